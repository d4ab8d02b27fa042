"""The SQLite connection: pragmas, explicit transactions, error classification.

The connection runs in autocommit mode (``isolation_level=None``) and every write goes through
:meth:`Database.transaction`, a ``BEGIN IMMEDIATE … COMMIT`` block: what is inside is applied whole or not at all,
even if the process is killed halfway (WAL journal).

Durability: ``synchronous = FULL`` (docs/durability.md): in WAL mode NORMAL survives a killed process but can lose
the last commits when the power goes, and a laptop's battery dying mid-session is a real case for Tresse's users.
On a network folder (SMB, NFS…) WAL's shared memory does not work: the journal is ``DELETE`` there, and
:attr:`Database.network_folder` says so, for a warning.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

from desktop.paths import make_private_dir
from desktop.storage.errors import BugError, DatabaseTooNewError, KnownError, StorageError, classify, classify_os

BUSY_TIMEOUT_MS = 5000
#: see the module docstring and docs/durability.md.
SYNCHRONOUS = "FULL"

#: file system types (Linux ``/proc/mounts``) where SQLite's WAL shared memory cannot be trusted.
NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "9p", "fuse.sshfs", "sshfs", "davfs",
    "fuse.davfs2", "fuse.rclone", "glusterfs", "ceph", "lustre",
})


def _unescape_mount(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def network_folder(path: Path | str, mounts: str | None = None) -> str | None:
    """The network file system *path* sits on (``cifs``, ``nfs4``, ``réseau``…), or None for a local disk.

    Args:
        path: a file or folder (need not exist yet).
        mounts: the text of ``/proc/mounts`` (read when None; tests pass their own).
    """
    path = Path(os.path.abspath(path))
    if os.name == "nt":  # pragma: no cover - Windows
        text = str(path)
        if text.startswith("\\\\"):
            return "réseau"
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return "réseau" if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4 else None  # DRIVE_REMOTE
    if mounts is None:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
                mounts = fh.read()
        except OSError:
            return None
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = _unescape_mount(fields[1]), fields[2]
        inside = path == Path(point) or Path(point) in path.parents
        if inside and len(point) >= len(best):
            best, best_type = point, kind
    return best_type if best_type in NETWORK_FILESYSTEMS else None


def _create_private(path: Path) -> None:
    """Create the database file owner-only before SQLite does (its -wal and -shm take the same permissions)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600))
    except FileExistsError:
        pass


class Database:
    """An open Tresse database.

    Args:
        path: the SQLite file, or ``":memory:"``.
        newest_known: the newest schema version this Tresse knows; a file with a higher ``user_version`` is
            refused before anything is written to it (not even the journal mode).

    Raises:
        KnownError: the file cannot be opened, is not a database, or (DatabaseTooNewError) is too new.
    """

    def __init__(self, path: Path | str, *, newest_known: int | None = None) -> None:
        self.path = Path(path) if path != ":memory:" else None
        self.network_folder: str | None = None
        try:
            if self.path is not None:
                make_private_dir(self.path.parent)
                _create_private(self.path)
                self.network_folder = network_folder(self.path)
            self.conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Reading the schema version first tells a non-database file apart before anything is written.
            found = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
            if newest_known is not None and found > newest_known:
                self.conn.close()
                raise DatabaseTooNewError(self.path, found, newest_known)
            if self.path is not None:
                mode = "DELETE" if self.network_folder else "WAL"
                self.conn.execute(f"PRAGMA journal_mode = {mode}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
            # Deleted rows are overwritten, so an anonymised participant's name does not linger in free pages
            # (and from there in backups); some builds (Debian's) do it already, Windows' Python does not.
            self.conn.execute("PRAGMA secure_delete = ON")
        except KnownError:
            raise
        except OSError as exc:
            raise classify_os(exc, self.path) from exc
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block of writes as one transaction; sqlite3 errors come out classified."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        try:
            yield self.conn
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise classify(exc, self.path) from exc
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise classify(exc, self.path) from exc

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """Run a read and return every row; errors come out classified."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc

    def column(self, sql: str, params: tuple | dict = ()) -> list:
        """Run a read and return the first column of every row, as plain values (no row objects: a query of
        10,000 rows costs a third less); errors come out classified."""
        try:
            cursor = self.conn.cursor()
            cursor.row_factory = None
            return list(map(itemgetter(0), cursor.execute(sql, params).fetchall()))
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc

    def backup_to(self, target: Path) -> None:
        """Copy the whole database to *target* with SQLite's online backup API (owner-only file)."""
        try:
            _create_private(Path(target))
            dest = sqlite3.connect(str(target))
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
        except OSError as exc:
            raise classify_os(exc, Path(target)) from exc
        except sqlite3.Error as exc:
            raise classify(exc, Path(target)) from exc

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


__all__ = ["Database", "StorageError", "KnownError", "BugError"]


class StoredText:
    """A function that reads one text value of one row when called: a workshop's content read when first needed
    (:func:`desktop.domain.workshop_codec.stored_workshop`), so that listing thousands of workshops neither reads
    nor holds their content.

    Args:
        db: the open store.
        sql: a query of one value with one parameter (``SELECT content_json FROM kit_workshop WHERE uid = ?``).
        key: the parameter, the row's key.

    Raises:
        BugError: when called, the row is gone (its one writer reads a content before removing its row).
        StorageError: the read failed.
    """

    __slots__ = ("_db", "_sql", "_key")

    def __init__(self, db: Database, sql: str, key: str) -> None:
        self._db, self._sql, self._key = db, sql, key

    def __call__(self) -> str:
        values = self._db.column(self._sql, (self._key,))
        if not values:
            raise BugError(f"no row for {self._key!r} any more: {self._sql}")
        return values[0]


class SharedValues:
    """One object for the equal values read from many rows: a structure's workshops repeat their summaries,
    sources and audiences, a calendar its facilitators; a read of thousands of rows then holds each once, and
    parses each JSON list once. The values are immutable (strings, tuples of strings or numbers)."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._tuples: dict[str, tuple] = {}

    def text(self, value: str) -> str:
        return self._texts.setdefault(value, value)

    def json_tuple(self, text: str) -> tuple:
        """The JSON list *text* as a tuple (of strings or numbers)."""
        found = self._tuples.get(text)
        if found is None:
            found = self._tuples[text] = tuple(json.loads(text))
        return found

