"""Typed errors of the storage layer.

Two kinds, after qutebrowser: a :class:`KnownError` is something the user can act on (the file is locked, the disk
is full, the file is not a Tresse database, it was made by a newer Tresse); the UI words it for them. Anything else
is a :class:`BugError`: ours to fix, logged with its traceback.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class StorageError(Exception):
    """Base of the storage errors."""


class KnownError(StorageError):
    """A problem the user can act on.

    Attributes:
        reason: a stable key the UI maps to a sentence (``locked``, ``full``, ``not_a_database``, ``damaged``,
            ``not_ours``, ``read_only``, ``too_new``, ``cannot_open``).
        path: the database file concerned.
        detail: the underlying message, for the log.
    """

    def __init__(self, reason: str, path: Path | None = None, detail: str = "") -> None:
        super().__init__(f"{reason}: {path} {detail}".strip())
        self.reason = reason
        self.path = path
        self.detail = detail


class DatabaseTooNewError(KnownError):
    """The database was written by a newer Tresse; it is left untouched."""

    def __init__(self, path: Path | None, found: int, supported: int) -> None:
        super().__init__("too_new", path, f"schema {found} > {supported}")
        self.found = found
        self.supported = supported


class BugError(StorageError):
    """An unexpected database failure: a bug in Tresse."""


_KNOWN_CODES = {
    "SQLITE_BUSY": "locked",
    "SQLITE_LOCKED": "locked",
    "SQLITE_FULL": "full",
    "SQLITE_NOTADB": "not_a_database",
    "SQLITE_CORRUPT": "damaged",
    "SQLITE_READONLY": "read_only",
    "SQLITE_CANTOPEN": "cannot_open",
    "SQLITE_PERM": "read_only",
    "SQLITE_IOERR": "cannot_open",
}


def classify(error: sqlite3.Error, path: Path | None = None) -> StorageError:
    """Turn a sqlite3 error into a KnownError when the user can act on it, a BugError otherwise."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, reason in _KNOWN_CODES.items():
        if name.startswith(prefix):
            return KnownError(reason, path, str(error))
    text = str(error).lower()
    if "database is locked" in text:
        return KnownError("locked", path, str(error))
    if "file is not a database" in text:
        return KnownError("not_a_database", path, str(error))
    if "malformed" in text:
        return KnownError("damaged", path, str(error))
    if "disk is full" in text or "database or disk is full" in text:
        return KnownError("full", path, str(error))
    if "readonly" in text or "read-only" in text:
        return KnownError("read_only", path, str(error))
    if "unable to open" in text:
        return KnownError("cannot_open", path, str(error))
    return BugError(str(error))


_OS_REASONS = {
    errno.ENOSPC: "full",
    errno.EFBIG: "full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
}


def classify_os(error: OSError, path: Path | None = None) -> KnownError:
    """Turn an OSError met while handling a database or backup file into a KnownError."""
    return KnownError(_OS_REASONS.get(error.errno, "cannot_open"), path, str(error))
