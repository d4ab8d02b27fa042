"""One Tresse per data directory: a lock file shared by the window and every sub-command that writes.

The lock is ``tresse.lock`` in the data directory, created with ``O_CREAT | O_EXCL`` (only one process can create
it) and holding JSON: the host name, the process id, the start time and a random token. A running window touches
it every few minutes (:meth:`InstanceLock.refresh`), so its age says when its owner was last seen.

When the file already exists:

- same host, and its process is gone: the lock is stale (a crash) and is taken over silently;
- same host, process alive: another Tresse is running; never taken over;
- another host (the data folder is on a USB key or a NAS): it may be running there, or have crashed. After a
  clear question, the user can take it over — the question says whether it was last seen more than a day ago.

Taking over renames the old file aside (one rename wins) and creates a new lock with ``O_EXCL`` again, so two
processes taking over at once still end with one owner. Qt-free: the window and the command line share it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from desktop.paths import make_private_dir

LOCK_NAME = "tresse.lock"
#: a lock from another host not refreshed for this long is presumed abandoned (still asked).
STALE_AFTER_SECONDS = 24 * 3600
#: an unreadable lock (a crash while it was written) younger than this is presumed being written.
UNREADABLE_GRACE_SECONDS = 10

#: tokens of the locks this process holds: a lock naming our own pid is live only if its token is here (otherwise
#: it was left by an earlier process that had the same pid, before a reboot or in a container).
_HELD_HERE: set[str] = set()


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as written in it.

    Attributes:
        host: the computer's name.
        pid: the process id there.
        started: when that process took the lock (UTC), or None if unknown.
        age_seconds: seconds since the lock was last refreshed (its file's modification time).
        token: random, identifies one taking of the lock.
    """

    host: str
    pid: int
    started: datetime | None
    age_seconds: float
    token: str = ""


class LockHeldError(Exception):
    """Another Tresse holds the data directory.

    Attributes:
        owner: what the lock says (None when it cannot be read).
        same_host: the owner runs on this computer (then it is alive and cannot be taken over).
        stale: another host's lock not refreshed for more than a day.
        path: the lock file.
    """

    def __init__(self, path: Path, owner: LockOwner | None, *, same_host: bool, stale: bool) -> None:
        super().__init__(f"locked by {owner}")
        self.path = path
        self.owner = owner
        self.same_host = same_host
        self.stale = stale

    @property
    def can_take_over(self) -> bool:
        """Only another computer's lock may be taken over, and only after asking."""
        return not self.same_host


def this_host() -> str:
    return socket.gethostname() or "?"


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists on this computer."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read(path: Path) -> tuple[LockOwner | None, float]:
    """The owner written in *path* (None if unreadable) and the file's age; FileNotFoundError if gone."""
    age = max(0.0, time.time() - os.stat(path).st_mtime)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        started = data.get("started")
        return LockOwner(host=str(data["host"]), pid=int(data["pid"]),
                         started=datetime.fromisoformat(started) if started else None,
                         age_seconds=age, token=str(data.get("token", ""))), age
    except (OSError, ValueError, KeyError, TypeError):
        return None, age


class InstanceLock:
    """The lock of one data directory.

    Args:
        folder: the data directory (created owner-only if missing).
        host, pid: who we are (tests pass others to play a second computer or a dead process).
    """

    def __init__(self, folder: Path | str, *, host: str | None = None, pid: int | None = None) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self.host = host or this_host()
        self.pid = pid or os.getpid()
        self.token = ""

    @property
    def held(self) -> bool:
        return bool(self.token)

    def acquire(self) -> None:
        """Take the lock, taking over a stale one of this computer silently.

        Raises:
            LockHeldError: another Tresse holds it (see its attributes for what to ask the user).
            OSError: the folder cannot be written.
        """
        make_private_dir(self.folder)
        for _ in range(5):
            if self._create():
                return
            try:
                owner, age = _read(self.path)
            except FileNotFoundError:
                continue  # released meanwhile: try again
            if owner is None:
                if age < UNREADABLE_GRACE_SECONDS:
                    raise LockHeldError(self.path, None, same_host=True, stale=False)
                self._set_aside(None)
                continue
            if owner.host == self.host:
                alive = owner.token in _HELD_HERE if owner.pid == os.getpid() else process_alive(owner.pid)
                if alive:
                    raise LockHeldError(self.path, owner, same_host=True, stale=False)
                self._set_aside(owner)  # our own crashed run: stale
                continue
            raise LockHeldError(self.path, owner, same_host=False, stale=age > STALE_AFTER_SECONDS)
        raise LockHeldError(self.path, None, same_host=True, stale=False)

    def take_over(self, seen: LockHeldError) -> None:
        """Take another computer's lock after the user confirmed it is closed there (or abandoned).

        Raises:
            LockHeldError: the lock changed since *seen* (someone else took it), or it is this host's live one.
        """
        if seen.same_host:
            raise seen
        self._set_aside(seen.owner)
        self.acquire()

    def refresh(self) -> None:
        """Say we are still here (the lock's age is the time since the last refresh)."""
        if self.held:
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def release(self) -> None:
        """Remove the lock if it is still ours."""
        if not self.held:
            return
        with contextlib.suppress(OSError, FileNotFoundError):
            owner, _ = _read(self.path)
            if owner is not None and owner.token == self.token:
                os.unlink(self.path)
        _HELD_HERE.discard(self.token)
        self.token = ""

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def _create(self) -> bool:
        token = uuid.uuid4().hex
        record = {"host": self.host, "pid": self.pid, "token": token, "program": Path(sys.argv[0]).name,
                  "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            return False
        try:
            os.write(fd, json.dumps(record).encode("utf-8"))
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            raise
        os.close(fd)
        self.token = token
        _HELD_HERE.add(token)
        return True

    def _set_aside(self, expected: LockOwner | None) -> None:
        """Rename the lock aside if it still is the one examined; put it back if it changed meanwhile."""
        aside = self.path.with_name(f"{LOCK_NAME}.{uuid.uuid4().hex[:8]}.stale")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return
        try:
            found, _ = _read(aside)
        except FileNotFoundError:
            found = None
        if expected is not None and (found is None or found.token != expected.token):
            # someone else's fresh lock: put it back (a hard link fails if a newer lock exists meanwhile)
            try:
                os.link(aside, self.path)
            except FileExistsError:
                pass
            except OSError:  # no hard links (FAT on a USB key): rename it back if the place is still free
                if not self.path.exists():
                    with contextlib.suppress(OSError):
                        os.replace(aside, self.path)
                        return
        with contextlib.suppress(OSError):
            os.unlink(aside)
