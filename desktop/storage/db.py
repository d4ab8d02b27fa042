"""The SQLite connection: pragmas, explicit transactions, error classification.

The connection runs in autocommit mode (``isolation_level=None``) and every write goes through
:meth:`Database.transaction`, a ``BEGIN IMMEDIATE … COMMIT`` block: what is inside is applied whole or not at all,
even if the process is killed halfway (WAL journal).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop.storage.errors import BugError, DatabaseTooNewError, KnownError, StorageError, classify

BUSY_TIMEOUT_MS = 5000


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
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
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
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        except KnownError:
            raise
        except OSError as exc:
            raise KnownError("cannot_open", self.path, str(exc)) from exc
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

    def backup_to(self, target: Path) -> None:
        """Copy the whole database to *target* with SQLite's online backup API."""
        dest = sqlite3.connect(str(target))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


__all__ = ["Database", "StorageError", "KnownError", "BugError"]
