"""Files and texts from other people: read only regular files, within a byte budget; make texts safe to show.

Three things every reader of untrusted input needs, defined once:

- :func:`read_regular_file` refuses anything that is not a regular file (a folder, a named pipe, a device) before
  opening it, opens without blocking, and never reads more than a budget: choosing a FIFO as a kit file must not
  hang the window, and a huge file must not fill the memory;
- :func:`clean_controls` removes the C0 and C1 control characters a text field must not hold (keeping tabs and
  line breaks in long texts), so that names never carry ESC or BEL into a window, a PDF or a terminal;
- :func:`terminal_safe` makes any text safe to print on a terminal: the command line passes every text that comes
  from a file or the database through it.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_TAB_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?")
_WHITE_CONTROLS = re.compile(r"\r\n|[\t\n\r]")
# Control characters, the bidirectional overrides and isolates a terminal obeys (« Trojan Source »), and lone
# surrogates, which cannot even be encoded for output.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


class NotARegularFile(OSError):
    """The path names a folder, a named pipe, a socket or a device, not a file."""


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file *path*, at most ``limit + 1`` of them (so that the caller sees it is too big).

    The path is checked with ``os.stat`` before it is opened, opened with ``O_NONBLOCK`` where the system has it (a
    FIFO that appeared in between then fails instead of waiting for a writer) and checked again once open.

    Raises:
        NotARegularFile: the path is not a regular file.
        OSError: the file cannot be read (missing, no permission, a USB key removed).
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotARegularFile(f"{path} n'est pas un fichier ordinaire")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(f"{path} n'est pas un fichier ordinaire")
        chunks, size = [], 0
        while size <= limit:
            chunk = fh.read(min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    return b"".join(chunks)


def clean_controls(text: str, *, multiline: bool) -> str:
    """*text* without C0/C1 control characters (nor DEL).

    In a long text (*multiline*), tabs and line feeds are kept and a CR or CRLF becomes a line feed; in a short one,
    tabs and line breaks become spaces. NUL is removed like the others: refuse it before calling this where it
    matters.
    """
    if _CONTROLS.search(text) is None:
        return text
    if multiline:
        return _CONTROLS_BUT_TAB_LF.sub("", _LINE_BREAKS.sub("\n", text))
    return _CONTROLS.sub("", _WHITE_CONTROLS.sub(" ", text))


def terminal_safe(text: object) -> str:
    """``str(text)`` ready for a terminal: every control character (line breaks included), bidirectional override
    and lone surrogate becomes « ? », so that a name read from a file can neither move the cursor, ring, rewrite
    the title, change colours, reorder the line nor break the output's encoding."""
    return _UNPRINTABLE.sub("?", str(text))
