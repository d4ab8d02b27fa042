"""Writing files so that a crash, a kill or a full disk never leaves half a file in place of the old one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path | str, payload: bytes) -> None:
    """Write *payload* to a temporary file beside *path*, flush it to disk, then rename it over *path*.

    Raises:
        OSError: the folder is not writable, the disk is full…; *path* is then left as it was.
    """
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=".tresse-", suffix=".part", dir=path.parent)
    try:
        with contextlib.suppress(OSError):  # mkstemp makes it private; files are shared (a NAS, a colleague)
            os.chmod(temp, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
