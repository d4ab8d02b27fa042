"""SHA-256 without loading OpenSSL: CPython's own implementation (``_sha256``; ``_sha2`` from Python 3.12), or
:mod:`hashlib`'s where neither exists.

``import hashlib`` loads OpenSSL's ``libcrypto``: 3.7 MiB resident in the window, for the few digests it takes at
start (the catalogue sources', the handover socket's name, the backups' fingerprint of the data). The same digests
from CPython's own module cost 0.03 MiB. Values are identical either way (it is the same algorithm).
"""

from __future__ import annotations

try:
    from _sha256 import sha256
except ImportError:  # pragma: no cover - depends on the interpreter
    try:
        from _sha2 import sha256
    except ImportError:
        from hashlib import sha256

__all__ = ["sha256"]
