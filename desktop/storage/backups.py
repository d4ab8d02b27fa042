"""Automatic and manual backups of the database, their rotation, and restoring one.

A backup is a copy made with SQLite's online backup API, from its own read-only connection (so it can run in a
thread while the window works), into a temporary owner-only file in ``backups/`` of the data directory. The copy
is checked (``integrity_check``, schema version, Tresse's tables) and only then renamed to its final name,
``tresse-AAAA-MM-JJ-HHMMSS.sqlite3``: a kill or a full disk leaves at worst a ``.part`` file, cleaned up by the
next backup, never a half backup under a real name.

Automatic backups are taken only when the data changed since the newest backup (:func:`fingerprint`). Rotation
(:func:`rotate`) keeps the 10 newest, the newest of each day for a week and the newest of each week for two months.
Restoring (:func:`restore`) checks the chosen file like any untrusted file (read-only, immutable,
``trusted_schema=OFF``, its schema and pages checked) before copying it into place; the current database is moved
aside, never deleted, and no backup is ever deleted by a restore.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.domain.checksum import sha256
from desktop.paths import make_private_dir
from desktop.storage.errors import KnownError, classify, classify_os
from desktop.storage.health import REPLACED_MARK, Inspection, check_pages, connect_readonly, inspect, open_for_reading, set_aside

FOLDER = "backups"
PREFIX = "tresse-"
SUFFIX = ".sqlite3"
PART = ".part"
_NAME = re.compile(r"^tresse-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?\.sqlite3$")
_STAMP = "%Y-%m-%d-%H%M%S"

KEEP_LAST = 10
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_WEEKS = 9  # two months


class BackupError(KnownError):
    """A backup could not be made or a file cannot be restored.

    Reasons: those of :class:`KnownError` (``full``, ``read_only``, ``cannot_open``…), and ``damaged`` (the copy
    or the chosen file failed its check), ``not_ours`` (not a Tresse database), ``too_new``, ``unknown_backup``.

    Attributes:
        inspection: what the check found, when a file was refused.
    """

    def __init__(self, reason: str, path: Path | None = None, detail: str = "",
                 inspection: Inspection | None = None) -> None:
        super().__init__(reason, path, detail)
        self.inspection = inspection


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    Attributes:
        path: the file.
        taken: when it was taken (local time, from its name).
        size: bytes.
    """

    path: Path
    taken: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Contents:
    """What a database holds, to show before restoring it: number of kits, last change, schema version."""

    kits: int
    participants: int
    last_change: datetime | None
    version: int


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in *folder*, newest first (temporary and foreign files ignored)."""
    found = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(folder):
            m = _NAME.match(entry.name)
            if not m or not entry.is_file(follow_symlinks=False):
                continue
            try:
                taken = datetime.strptime(m.group(1), _STAMP)
            except ValueError:  # named like a backup, with a date that does not exist (month 13): not one of ours
                continue
            found.append((taken, int(m.group(2) or 1), BackupInfo(Path(entry.path), taken, entry.stat().st_size)))
    return [b for _, _, b in sorted(found, key=lambda t: t[:2], reverse=True)]


def inspect_database(database: Path, folder: Path) -> Inspection:
    """The start-up check of the user's database (a 0-byte file is damaged when backups exist)."""
    return inspect(database, backups_exist=bool(list_backups(folder)))


def find_backup(folder: Path, name: str) -> BackupInfo | None:
    """The backup called *name* (as :func:`list_backups` names it; the ``.sqlite3`` may be left out)."""
    wanted = name if name.endswith(SUFFIX) else name + SUFFIX
    return next((b for b in list_backups(folder) if b.name == wanted), None)


def contents(conn: sqlite3.Connection) -> Contents:
    """Count what the database on *conn* holds."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    kits, last = conn.execute("SELECT count(*), max(modified) FROM kit").fetchone()
    participants = conn.execute("SELECT count(*) FROM participant").fetchone()[0]
    with contextlib.suppress(TypeError, ValueError):
        last = datetime.fromisoformat(last)
    return Contents(int(kits), int(participants), last if isinstance(last, datetime) else None, version)


def describe_file(path: Path) -> Contents | None:
    """What the database *path* holds, read-only; None when it cannot be read."""
    try:
        with open_for_reading(path) as conn:
            return contents(conn)
    except sqlite3.Error:
        return None


def fingerprint(conn: sqlite3.Connection) -> str:
    """A digest of the user's data (every table except the catalogue's and SQLite's own)."""
    digest = sha256()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "AND name NOT LIKE 'catalogue_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT IN ('experiment', 'workshop', 'kit_template') ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        for row in sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{table}"')):
            digest.update(row.encode("utf-8"))
    return digest.hexdigest()


def _final_name(folder: Path, now: datetime) -> Path:
    base = f"{PREFIX}{now.strftime(_STAMP)}"
    target, n = folder / f"{base}{SUFFIX}", 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}{SUFFIX}"
    return target


def _clean_parts(folder: Path) -> None:
    """Remove temporary files left by a killed backup."""
    for leftover in folder.glob(f".{PREFIX}*{PART}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _copy_checked(source: sqlite3.Connection, temp: Path, expected_version: int | None, *,
                  create: bool = True) -> None:
    """Copy *source* into *temp* (created owner-only, or an existing empty file) with the backup API, then check
    the copy; BackupError if bad."""
    if create:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600))
    dest = sqlite3.connect(str(temp), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        check = check_pages(temp, full=True, conn=dest)
        version = int(dest.execute("PRAGMA user_version").fetchone()[0])
    finally:
        dest.close()
    if not check.ok:
        raise BackupError("damaged", temp, "; ".join(check.problems))
    if expected_version is not None and version != expected_version:
        raise BackupError("damaged", temp, f"schema {version}, expected {expected_version}")
    found = inspect(temp)
    if found.status != "ok":
        raise BackupError("damaged", temp, f"{found.status} {found.reason}", found)
    with open(temp, "rb+") as fh:
        os.fsync(fh.fileno())


def make_backup(database: Path, folder: Path, *, only_if_changed: bool = False, now: datetime | None = None,
                rotate_after: bool = True) -> BackupInfo | None:
    """Back up *database* into *folder*; return the new backup, or None when nothing changed (*only_if_changed*).

    Uses its own connection (safe from a worker thread). The database should be sound: it is read as it is.

    Raises:
        BackupError: the disk is full, the folder is read-only, the copy failed its check…; no backup file is
            left half-written and the database is untouched.
    """
    folder = make_private_dir(folder)
    _clean_parts(folder)
    now = now or datetime.now()
    try:
        source = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                 check_same_thread=False)
    except sqlite3.Error as exc:
        raise _as_backup_error(classify(exc, database)) from exc
    temp = folder / f".{PREFIX}{now.strftime(_STAMP)}-{os.getpid()}{PART}"
    try:
        source.execute("PRAGMA trusted_schema = OFF")
        source.execute("BEGIN")  # one snapshot for the fingerprint and the copy
        if only_if_changed:
            latest = list_backups(folder)
            if latest and _fingerprint_of(latest[0].path) == fingerprint(source):
                return None
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        _copy_checked(source, temp, version)
        target = _final_name(folder, now)
        os.replace(temp, target)
    except sqlite3.Error as exc:
        raise _as_backup_error(classify(exc, database)) from exc
    except OSError as exc:
        raise _as_backup_error(classify_os(exc, folder)) from exc
    finally:
        source.close()
        with contextlib.suppress(OSError):
            temp.unlink()
    if rotate_after:
        rotate(folder, now=now)
    return BackupInfo(target, datetime.strptime(_NAME.match(target.name).group(1), _STAMP), target.stat().st_size)


def write_copy(database: Path, temp: Path) -> Contents:
    """Write a checked copy of *database* into the empty file *temp* (made by the safe writer, which then renames
    it to where the user chose: « Sauvegarder vers… »); return what the copy holds.

    Raises:
        BackupError: full disk, read-only folder, the copy failed its check.
    """
    try:
        source = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                 check_same_thread=False)
        try:
            source.execute("PRAGMA trusted_schema = OFF")
            _copy_checked(source, Path(temp), int(source.execute("PRAGMA user_version").fetchone()[0]),
                          create=False)
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise _as_backup_error(classify(exc, database)) from exc
    except OSError as exc:
        raise _as_backup_error(classify_os(exc, Path(temp))) from exc
    held = describe_file(Path(temp))
    if held is None:
        raise BackupError("damaged", Path(temp), "unreadable copy")
    return held


def _fingerprint_of(path: Path) -> str | None:
    try:
        conn = connect_readonly(path)
        try:
            return fingerprint(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _as_backup_error(error) -> BackupError:
    if isinstance(error, BackupError):
        return error
    if isinstance(error, KnownError):
        return BackupError(error.reason, error.path, error.detail)
    return BackupError("cannot_open", None, str(error))


def to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Which backups rotation keeps: the 10 newest, one a day for a week, one a week for two months."""
    newest_first = sorted(backups, key=lambda b: b.taken, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LAST]}
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in newest_first:
        age = now - b.taken
        day = b.taken.date()
        if age <= timedelta(days=KEEP_DAILY_DAYS) and day not in days:
            days.add(day)
            keep.add(b.path)
        week = tuple(day.isocalendar())[:2]
        if age <= timedelta(weeks=KEEP_WEEKLY_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(b.path)
    return keep


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups rotation does not keep; return them."""
    backups = list_backups(folder)
    keep = to_keep(backups, now or datetime.now())
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def purge(folder: Path) -> int:
    """Delete every backup (the user asked, to erase personal data); return how many were deleted."""
    count = 0
    for b in list_backups(folder):
        with contextlib.suppress(OSError):
            b.path.unlink()
            count += 1
    _clean_parts(folder)
    return count


def verify_candidate(path: Path, *, newest_known: int | None = None) -> Contents:
    """Check a file before restoring it: a Tresse database this version can open, every page sound.

    Raises:
        BackupError: ``not_ours``, ``too_new``, ``damaged`` or ``cannot_open``; the file is not modified.
    """
    path = Path(path)
    found = inspect(path, newest_known=newest_known)
    if found.status == "new":
        raise BackupError("damaged", path, "empty", found)
    if found.status == "absent":
        raise BackupError("cannot_open", path, "absent", found)
    if found.status == "foreign":
        raise BackupError("not_ours", path, "", found)
    if found.status == "too_new":
        raise BackupError("too_new", path, f"schema {found.version}", found)
    if found.status != "ok":
        raise BackupError("damaged", path, found.reason, found)
    check = check_pages(path, full=True)
    if not check.ok:
        raise BackupError("damaged", path, "; ".join(check.problems), found)
    described = describe_file(path)
    if described is None:
        raise BackupError("damaged", path, "unreadable", found)
    return described


def restore(candidate: Path, database: Path, *, now: datetime | None = None,
            mark: str = REPLACED_MARK) -> Path | None:
    """Put a checked copy of *candidate* in place of *database*; return where the old database was moved.

    The caller holds the instance lock and has closed its connection. *candidate* (a backup or any file the user
    chose) is opened read-only; it and every backup stay as they are.

    Raises:
        BackupError: *candidate* is refused (see :func:`verify_candidate`) or the copy failed; *database* is then
            left in place untouched.
    """
    candidate, database = Path(candidate), Path(database)
    verify_candidate(candidate)
    temp = database.with_name(f".{database.name}.restore-{os.getpid()}{PART}")
    try:
        with open_for_reading(candidate) as source:
            _copy_checked(source, temp, None)
        aside = set_aside(database, now, mark) if database.exists() else None
        os.replace(temp, database)
    except sqlite3.Error as exc:
        raise _as_backup_error(classify(exc, database)) from exc
    except OSError as exc:
        raise _as_backup_error(classify_os(exc, database)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return aside


__all__ = ["BackupError", "BackupInfo", "Contents", "backups_dir", "contents", "describe_file", "find_backup",
           "inspect_database",
           "fingerprint", "list_backups", "make_backup", "purge", "restore", "rotate", "to_keep",
           "verify_candidate", "write_copy"]
