"""Is this file a sound Tresse database? Inspected without ever writing to it.

:func:`inspect` is the cheap check run before the window opens: the 100-byte header, the file size against the
page count, the ``application_id``, the schema version and the tables that version must have. It opens the file
read-only and immutable (``mode=ro&immutable=1``: a plain open could create ``-wal``/``-shm`` files or replay a
journal), with ``trusted_schema=OFF``, so a foreign or hostile file stays byte-identical. When a non-empty
``-wal`` lies beside the file (a crash before a checkpoint), the pair is copied to a temporary folder and the copy
is opened instead, so committed work still in the journal counts.

:func:`check_pages` runs ``quick_check`` (every page, after the first paint, in a thread) or ``integrity_check``
(on demand, and before a backup or a restore is trusted). :func:`set_aside` moves a damaged file out of the way
under a timestamped name; nothing here deletes anything.

Results are facts (a status and a reason key); the window and the command line word them.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.storage.migrations import APPLICATION_ID, MIGRATIONS, Migration

HEADER = b"SQLite format 3\x00"
#: tables any Tresse database has had since the first version: used to recognise files made before the
#: application_id step.
SIGNATURE_TABLES = frozenset({"meta", "experiment", "workshop", "kit_template"})
#: how a damaged file is renamed: ``tresse.sqlite3.endommage-20261201-213000``.
ASIDE_MARK = "endommage"
#: how the database replaced by a restore is renamed.
REPLACED_MARK = "avant-restauration"

_CREATE = re.compile(r"^\s*CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[\"`\[]?(\w+)", re.I)
_DROP = re.compile(r"^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[\"`\[]?(\w+)", re.I)
_RENAME = re.compile(r"^\s*ALTER\s+TABLE\s+[\"`\[]?(\w+)[\"`\]]?\s+RENAME\s+TO\s+[\"`\[]?(\w+)", re.I)


def expected_tables(version: int, migrations: Sequence[Migration] = MIGRATIONS) -> frozenset[str]:
    """The tables a database at schema *version* must hold, read from the migration steps themselves."""
    names: set[str] = set()
    for step in migrations[:version]:
        for statement in step:
            if m := _CREATE.match(statement):
                names.add(m.group(1))
            elif m := _DROP.match(statement):
                names.discard(m.group(1))
            elif m := _RENAME.match(statement):
                names.discard(m.group(1))
                names.add(m.group(2))
    return frozenset(names)


@dataclass(frozen=True)
class Inspection:
    """What :func:`inspect` found.

    Attributes:
        path: the file.
        status: ``absent`` (no file: a first start), ``new`` (an empty database, or a 0-byte file when there is no
            backup), ``ok``, ``damaged``, ``foreign`` (another program's SQLite file, or not SQLite and not ours
            either), ``too_new`` (a newer Tresse's).
        reason: for ``damaged``: ``zero_length``, ``header``, ``truncated``, ``missing_tables``, ``malformed``.
        version: ``user_version``.
        application_id: ``PRAGMA application_id``.
        missing: the tables missing, for ``missing_tables``.
        detail: SQLite's message, for the log.
    """

    path: Path
    status: str
    reason: str = ""
    version: int = 0
    application_id: int = 0
    missing: tuple[str, ...] = ()
    detail: str = ""

    @property
    def usable(self) -> bool:
        """The file can be opened (and migrated) as the user's database."""
        return self.status in ("absent", "new", "ok")


@dataclass(frozen=True)
class PageCheck:
    """The result of ``quick_check`` or ``integrity_check``: ok, or the first problems SQLite lists."""

    ok: bool
    problems: tuple[str, ...] = ()


def readonly_uri(path: Path | str, *, immutable: bool = True) -> str:
    """A ``file:`` URI opening *path* read-only (and immutable: no journal, no -wal/-shm ever created)."""
    return f"{Path(path).resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_readonly(path: Path | str, *, immutable: bool = True) -> sqlite3.Connection:
    """A read-only connection to an untrusted file: immutable, ``trusted_schema=OFF``, no extension loading."""
    conn = sqlite3.connect(readonly_uri(path, immutable=immutable), uri=True, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def open_for_reading(path: Path | str) -> Iterator[sqlite3.Connection]:
    """A read-only connection to *path* as it would be seen once its ``-wal`` is applied; *path* is never touched."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        with tempfile.TemporaryDirectory(prefix="tresse-inspect-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            conn = sqlite3.connect(str(copy), isolation_level=None, check_same_thread=False)
            try:
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA query_only = ON")
                yield conn
            finally:
                conn.close()
        return
    conn = connect_readonly(path)
    try:
        yield conn
    finally:
        conn.close()


def _header_problem(path: Path, size: int) -> str:
    """``header`` or ``truncated`` when the first bytes or the size are wrong, else ``""``."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(HEADER):
        return "header"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return "header"
    if size % page_size:
        return "truncated"
    pages = int.from_bytes(head[28:32], "big")
    header_size_valid = head[24:28] == head[92:96] and pages > 0
    if header_size_valid and size < pages * page_size:
        return "truncated"
    return ""


def inspect(path: Path | str, *, newest_known: int | None = None, backups_exist: bool = False) -> Inspection:
    """Look at *path* without modifying it (see the module).

    Args:
        path: the database file.
        newest_known: the newest schema this Tresse knows (default: the number of migration steps).
        backups_exist: a 0-byte file is damaged when backups exist (the data was lost), new otherwise.
    """
    path = Path(path)
    newest = len(MIGRATIONS) if newest_known is None else newest_known
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Inspection(path, "absent")
    if size == 0:
        return Inspection(path, "damaged", "zero_length") if backups_exist else Inspection(path, "new")
    problem = _header_problem(path, size)
    if problem == "header":
        return Inspection(path, "foreign" if not backups_exist and not _looks_like_ours(path) else "damaged",
                          "header")
    if problem:
        return Inspection(path, "damaged", problem)
    try:
        with open_for_reading(path) as conn:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        return Inspection(path, "damaged", "malformed", detail=str(exc))
    ours = app_id == APPLICATION_ID or (app_id == 0 and SIGNATURE_TABLES <= names)
    if not ours:
        if app_id == 0 and not names and version == 0:
            return Inspection(path, "new")  # an empty SQLite file (created, then nothing written)
        if app_id == 0 and not names and version > newest:
            return Inspection(path, "too_new", version=version)  # refused untouched either way
        return Inspection(path, "foreign", version=version, application_id=app_id)
    if version > newest:
        return Inspection(path, "too_new", version=version, application_id=app_id)
    missing = tuple(sorted(expected_tables(version) - names))
    if missing:
        return Inspection(path, "damaged", "missing_tables", version, app_id, missing)
    return Inspection(path, "ok", version=version, application_id=app_id)


def _looks_like_ours(path: Path, limit: int = 16 << 20) -> bool:
    """A file with a broken header that still holds our table definitions (an overwritten first page)."""
    marks = (b"CREATE TABLE kit_template", b"CREATE TABLE experiment")
    tail = b""
    try:
        with open(path, "rb") as fh:
            while fh.tell() < limit and (chunk := fh.read(1 << 20)):
                window = tail + chunk
                if any(m in window for m in marks):
                    return True
                tail = chunk[-64:]
    except OSError:
        return False
    return False


def check_pages(path: Path | str, *, full: bool = False, conn: sqlite3.Connection | None = None,
                live: bool = False) -> PageCheck:
    """``quick_check`` (or ``integrity_check`` when *full*) on a read-only connection; never raises for damage.

    Args:
        path: the file (ignored when *conn* is given).
        full: the full check (indexes against tables); slower.
        conn: an already open connection to check instead (a backup just written).
        live: the database is open and written by this Tresse (the window): read it through a read-only but not
            immutable connection, which takes part in WAL locking and so sees one consistent state.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        if conn is not None:
            rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
        elif live:
            own = connect_readonly(path, immutable=False)
            try:
                rows = own.execute(f"PRAGMA {pragma}(20)").fetchall()
            finally:
                own.close()
        else:
            with open_for_reading(path) as own:
                rows = own.execute(f"PRAGMA {pragma}(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        return PageCheck(False, (str(exc),))
    problems = tuple(str(r[0]) for r in rows)
    return PageCheck(problems == ("ok",), () if problems == ("ok",) else problems)


def set_aside(path: Path | str, now: datetime | None = None, mark: str = ASIDE_MARK) -> Path:
    """Rename *path* (and its ``-wal``/``-shm``) to ``NAME.endommage-YYYYMMDD-HHMMSS``; return the new name.

    Nothing is deleted; a name already taken gets ``-2``, ``-3``…. *mark* is ``endommage`` for a damaged file,
    ``avant-restauration`` for the database a restore replaces.
    """
    path = Path(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}.{mark}-{stamp}")
    target, n = base, 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


#: folder names of the file-synchronising services, as they appear in a path (case ignored).
CLOUD_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "mon drive": "Google Drive", "nextcloud": "Nextcloud", "owncloud": "ownCloud",
    "icloud drive": "iCloud Drive", "iclouddrive": "iCloud Drive", "pcloud": "pCloud", "kdrive": "kDrive",
}


def cloud_service(path: Path | str) -> str | None:
    """The synchronisation service whose folder holds *path* (``OneDrive``, ``Dropbox``…), or None."""
    for part in Path(path).parts:
        key = part.casefold()
        for prefix, name in CLOUD_FOLDERS.items():
            if key == prefix or key.startswith(prefix + " ") or key.startswith(prefix + "-"):
                return name
    return None
