"""The one safe file writer: every file Tresse writes goes through here.

A file is written to a temporary name beside its target, flushed to disk, then renamed over the target, so a
crash, a kill or a full disk never leaves half a file in place of the old one. Before anything is written the
target is looked at: a symbolic link, a device, a FIFO, a socket or a folder is refused with a clear message
(writing "over" ``/dev/null`` or a link would replace or leak through it). Permissions:

- replacing an existing file keeps that file's permissions (an owner-only file is never loosened);
- a new file holding personal data (``private=True``: kit files with participants, rosters, the print pack,
  agendas with names) is created owner-only, 0600;
- any other new file follows the umask (the temporary file is created with 0666 and the system applies it).

After the rename the target is checked to be the file just written, so success is never reported for a write
that did not happen.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import uuid
from pathlib import Path

TEMP_PREFIX = ".tresse-"
TEMP_SUFFIX = ".part"
PRIVATE_FILE = 0o600

#: kind of target → French sentence; the message says what to do instead.
_REFUSALS = {
    "symlink": "« {name} » est un lien symbolique : Tresse n'écrit pas à travers un lien. "
               "Choisissez un autre nom de fichier.",
    "directory": "« {name} » est un dossier : choisissez un nom de fichier dans ce dossier.",
    "device": "« {name} » est un périphérique, pas un fichier : choisissez un nom de fichier dans un dossier.",
    "fifo": "« {name} » est un tube (FIFO), pas un fichier : choisissez un autre nom de fichier.",
    "socket": "« {name} » est une prise de communication (socket), pas un fichier : choisissez un autre nom.",
    "other": "« {name} » n'est pas un fichier ordinaire : choisissez un autre nom de fichier.",
    "not_written": "« {name} » n'a pas pu être écrit : le fichier trouvé après l'écriture n'est pas celui qui "
                   "vient d'être écrit. Réessayez, ou choisissez un autre dossier.",
}


class UnsafeTargetError(OSError):
    """The target is not a regular file (or the write could not be confirmed); nothing was written over it.

    An :class:`OSError`, so callers that report ``exc.strerror`` show the French sentence.

    Attributes:
        reason: ``symlink``, ``directory``, ``device``, ``fifo``, ``socket``, ``other`` or ``not_written``.
        path: the target.
    """

    def __init__(self, reason: str, path: Path) -> None:
        message = _REFUSALS[reason].format(name=path.name or str(path))
        super().__init__(errno.EINVAL, message, str(path))
        self.reason = reason
        self.path = path


def target_kind(path: Path | str) -> str | None:
    """What *path* is, without following a link: ``None`` (absent), ``file`` or one of the refused kinds."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def check_target(path: Path | str) -> int | None:
    """Refuse *path* unless it is absent or a regular file; return the existing file's permission bits, if any.

    Raises:
        UnsafeTargetError: a link, folder, device, FIFO or socket is there.
    """
    path = Path(path)
    kind = target_kind(path)
    if kind is None:
        return None
    if kind != "file":
        raise UnsafeTargetError(kind, path)
    return stat.S_IMODE(os.lstat(path).st_mode)


def temporary_beside(path: Path | str, *, private: bool = False) -> Path:
    """Create an empty temporary file beside *path* and return its name (0600 if *private*, else by umask)."""
    path = Path(path)
    temp = path.with_name(f"{TEMP_PREFIX}{path.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(temp, flags, PRIVATE_FILE if private else 0o666))
    return temp


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace_with(temp: Path | str, path: Path | str, *, private: bool = False) -> None:
    """Rename the finished temporary file *temp* over *path*, with the permissions described in the module.

    *temp* must already be flushed to disk. It is removed if the target is refused or the rename fails.

    Raises:
        UnsafeTargetError: *path* is not a regular file, or the rename could not be confirmed.
        OSError: the rename failed.
    """
    temp, path = Path(temp), Path(path)
    try:
        existing = check_target(path)
        if existing is not None:
            os.chmod(temp, existing)
        elif private:
            os.chmod(temp, PRIVATE_FILE)
        written = os.stat(temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(path.parent)
    try:
        found = os.lstat(path)
    except OSError as exc:
        raise UnsafeTargetError("not_written", path) from exc
    if not stat.S_ISREG(found.st_mode) or (found.st_ino, found.st_size) != (written.st_ino, written.st_size):
        raise UnsafeTargetError("not_written", path)


def write_atomically(path: Path | str, payload: bytes, *, private: bool = False) -> None:
    """Write *payload* to *path* safely (see the module): temporary file, fsync, checked rename.

    Args:
        path: the target file.
        payload: the whole content.
        private: the content holds personal data; a new file is created owner-only (0600).

    Raises:
        UnsafeTargetError: *path* is a link, folder, device, FIFO or socket (nothing was written).
        OSError: the folder is not writable, the disk is full…; *path* is then left as it was.
    """
    path = Path(path)
    check_target(path)  # refuse before creating anything
    temp = temporary_beside(path, private=private)
    try:
        with open(temp, "r+b") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    replace_with(temp, path, private=private)
