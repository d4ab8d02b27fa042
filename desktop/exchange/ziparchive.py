"""Zip archives from other people: bounded before they are parsed, refused whole when anything is suspicious.

:class:`UntrustedZip` reads a kit file's archive in memory and never extracts anything. Before
:class:`zipfile.ZipFile` sees the bytes (it builds one object per central-directory entry, however many there
are), the end-of-central-directory record and the zip64 locator are read here, with the same rules as ``zipfile``
so that both see the same directory, and the archive is refused when it declares more than ``max_members``
entries, a central directory over ``max_directory`` bytes, or a directory that does not sit where it says. Then
every entry of the directory is checked, even those the reader will ignore: only the stored and deflate methods
(what Tresse and the common zip tools write), no encryption, no absolute name, no ``..``, no drive letter, colon
or backslash, no control character, no symbolic link or special file. ``zipfile``'s own list must agree.

A member is read by parsing its local header here and inflating its data with a byte budget
(``zlib.decompressobj().decompress(data, max_length)``): never more than the declared size plus one byte is
produced, whatever the data holds, and the size and CRC-32 must match. Every refusal is a
:class:`~desktop.exchange.errors.KitFileError`.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass

from desktop.domain.reason import Reason
from desktop.exchange.errors import KitFileError, detail, readable_size

_EOCD, _EOCD_FORMAT = b"PK\x05\x06", "<4s4H2LH"
_LOCATOR, _LOCATOR_FORMAT = b"PK\x06\x07", "<4sLQL"
_EOCD64, _EOCD64_FORMAT = b"PK\x06\x06", "<4sQ2H2L4Q"
_CENTRAL, _CENTRAL_FORMAT = b"PK\x01\x02", "<4s4B4HL2L5H2L"
_LOCAL, _LOCAL_FORMAT = b"PK\x03\x04", "<4s5H3L2H"
_EOCD_SIZE, _LOCATOR_SIZE, _EOCD64_SIZE = 22, 20, 56
_CENTRAL_SIZE, _LOCAL_SIZE = 46, 30
_MAX_COMMENT = 0xFFFF

STORED, DEFLATED = 0, 8
_METHOD_NAMES = {1: "Shrink", 6: "Implode", 9: "Deflate64", 12: "bzip2", 14: "LZMA", 18: "TERSE", 19: "LZ77",
                 93: "Zstandard", 94: "MP3", 95: "xz", 96: "JPEG", 97: "WavPack", 98: "PPMd", 99: "AES"}
_ENCRYPTED = 0x0001 | 0x0040 | 0x2000  # encrypted, strong encryption, encrypted central directory
_UTF8_NAME = 0x0800
_WINDOWS_REPARSE_POINT = 0x0400  # how Windows archivers mark a link in the low (MS-DOS) attributes
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# What reading a hostile archive can raise: a refused file each. ``RuntimeError`` covers what ``zipfile`` raises
# for an encrypted entry and for a compression method it lacks (Deflate64, PPMd…: a subclass of it).
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError,
               struct.error)


@dataclass(frozen=True)
class _Entry:
    """One entry of the central directory as its bytes say it."""

    name: str
    raw_name: bytes
    method: int
    flags: int
    create_system: int
    external_attr: int


def _inconsistent(why: Reason) -> KitFileError:
    return KitFileError("inconsistent_archive", detail=why)


def method_name(method: int) -> str | Reason:
    """A compression method's usual name (« bzip2 »), or « méthode 99 »."""
    return _METHOD_NAMES.get(method) or detail("method", number=method)


def name_problem(name: str) -> Reason | None:
    """Why a member name is refused, or None when it is harmless."""
    if not name:
        return detail("empty_name")
    if _CONTROL.search(name):
        return detail("control_in_name")
    if name.startswith("/"):
        return detail("absolute_path")
    if "\\" in name:
        return detail("backslash")
    if re.match(r"[A-Za-z]:", name):
        return detail("drive_letter")
    if ":" in name:
        return detail("colon")
    if ".." in name.split("/"):
        return detail("parent_folder")
    return None


def _kind_problem(entry: _Entry) -> Reason | None:
    mode = entry.external_attr >> 16
    if stat.S_ISLNK(mode):
        return detail("symlink")
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        return detail("special_file")
    if entry.create_system == 0 and entry.external_attr & _WINDOWS_REPARSE_POINT:
        return detail("windows_link")
    return None


@dataclass(frozen=True)
class Directory:
    """Where the central directory is and what it declares, from the end record (zip64 when present)."""

    entries: int
    size: int
    offset: int


def end_record(data: bytes, *, max_members: int, max_directory: int) -> Directory:
    """Read the end-of-central-directory record (and the zip64 one) as ``zipfile`` finds them, and bound them.

    Raises:
        KitFileError: ``not_a_zip`` (no end record, several disks), ``too_many_members``, ``directory_too_big``
            or ``inconsistent_archive`` (bytes after the end record, a directory that is not where it says).
    """
    size = len(data)
    if size < _EOCD_SIZE:
        raise KitFileError("not_a_zip", detail=detail("file_too_short"))
    if data[-_EOCD_SIZE:-_EOCD_SIZE + 4] == _EOCD and data[-2:] == b"\x00\x00":
        at = size - _EOCD_SIZE
    else:
        at = data.rfind(_EOCD, max(size - _MAX_COMMENT - 1 - _EOCD_SIZE, 0))
    if at < 0 or at + _EOCD_SIZE > size:
        raise KitFileError("not_a_zip", detail=detail("no_archive_end"))
    _, disk, directory_disk, here, total, cd_size, cd_offset, comment = struct.unpack_from(_EOCD_FORMAT, data, at)
    if at + _EOCD_SIZE + comment != size:
        raise _inconsistent(detail("data_after_end"))
    location = at
    if at >= _LOCATOR_SIZE and data[at - _LOCATOR_SIZE:at - _LOCATOR_SIZE + 4] == _LOCATOR:
        _, locator_disk, _, disks = struct.unpack_from(_LOCATOR_FORMAT, data, at - _LOCATOR_SIZE)
        if locator_disk != 0 or disks > 1:
            raise KitFileError("not_a_zip", detail=detail("multi_part"))
        start = at - _LOCATOR_SIZE - _EOCD64_SIZE
        if start >= 0 and data[start:start + 4] == _EOCD64:
            (_, _, _, _, disk, directory_disk, here, total, cd_size,
             cd_offset) = struct.unpack_from(_EOCD64_FORMAT, data, start)
            location = start
    if disk or directory_disk:
        raise KitFileError("not_a_zip", detail=detail("multi_part"))
    if max(here, total) > max_members:
        raise KitFileError("too_many_members", count=max(here, total))
    if here != total:
        raise _inconsistent(detail("contradictory_counts"))
    if cd_size > max_directory:
        raise KitFileError("directory_too_big", size=readable_size(cd_size), limit=readable_size(max_directory))
    if cd_offset + cd_size != location:
        raise _inconsistent(detail("misplaced_directory"))
    return Directory(total, cd_size, cd_offset)


def _entries(data: bytes, directory: Directory) -> list[_Entry]:
    """Walk the central directory's bytes (already bounded) and decode each entry's name as ``zipfile`` does."""
    entries: list[_Entry] = []
    at, end = directory.offset, directory.offset + directory.size
    while at < end:
        if at + _CENTRAL_SIZE > end or data[at:at + 4] != _CENTRAL:
            raise _inconsistent(detail("unreadable_directory"))
        fields = struct.unpack_from(_CENTRAL_FORMAT, data, at)
        create_system, flags, method = fields[2], fields[5], fields[6]
        name_length, extra_length, comment_length, external_attr = fields[12], fields[13], fields[14], fields[17]
        raw = data[at + _CENTRAL_SIZE:at + _CENTRAL_SIZE + name_length]
        at += _CENTRAL_SIZE + name_length + extra_length + comment_length
        if at > end:
            raise _inconsistent(detail("unreadable_directory"))
        try:
            name = raw.decode("utf-8" if flags & _UTF8_NAME else "cp437")
        except UnicodeDecodeError as exc:
            raise _inconsistent(detail("unreadable_member_name")) from exc
        entries.append(_Entry(name, raw, method, flags, create_system, external_attr))
    if len(entries) != directory.entries:
        raise _inconsistent(detail("entries_count", announced=directory.entries, found=len(entries)))
    return entries


def _check(entry: _Entry) -> None:
    problem = name_problem(entry.name) or _kind_problem(entry)
    if problem:
        raise KitFileError("unsafe_member", name=entry.name[:80], detail=problem)
    if entry.flags & _ENCRYPTED:
        raise KitFileError("not_a_zip", detail=detail("password"))
    if entry.method not in (STORED, DEFLATED):
        raise KitFileError("unsupported_method", method=method_name(entry.method))


class UntrustedZip:
    """A zip archive held in memory, checked whole on opening; members are read by exact name with a budget.

    Raises (on construction):
        KitFileError: see :func:`end_record`, plus ``unsafe_member``, ``unsupported_method``, ``not_a_zip``
            (unreadable or encrypted) and ``inconsistent_archive``.
    """

    def __init__(self, data: bytes, *, max_members: int, max_directory: int) -> None:
        self._data = data
        self._directory = end_record(data, max_members=max_members, max_directory=max_directory)
        entries = _entries(data, self._directory)
        for entry in entries:
            _check(entry)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                infos = archive.infolist()
        except _ZIP_ERRORS as exc:
            raise KitFileError("not_a_zip", detail=detail("unreadable_zip")) from exc
        if [i.orig_filename for i in infos] != [e.name for e in entries]:
            raise _inconsistent(detail("ambiguous_directory"))
        self._raw_names = {id(info): entry.raw_name for info, entry in zip(infos, entries)}
        self.infos: tuple[zipfile.ZipInfo, ...] = tuple(infos)

    def named(self, name: str) -> list[zipfile.ZipInfo]:
        """The members called exactly *name* (normally one or none)."""
        return [i for i in self.infos if i.orig_filename == name]

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """The member's bytes, never producing more than ``min(limit, declared size) + 1`` bytes.

        Raises:
            KitFileError: ``too_big`` (declared or actual size over *limit*), ``corrupt`` (truncated, damaged,
                a size or CRC that does not match) or ``inconsistent_archive`` (a local header that contradicts
                the directory).
        """
        if info.file_size > limit:
            raise KitFileError("too_big", what=info.orig_filename[:80], limit=readable_size(limit))
        raw = self._compressed(info)
        if info.compress_type == STORED:
            content = bytes(raw[:info.file_size + 1])
        else:
            content = _inflate(raw, info.file_size)
        if len(content) != info.file_size or zlib.crc32(content) != info.CRC:
            raise KitFileError("corrupt")
        return content

    def _compressed(self, info: zipfile.ZipInfo) -> memoryview:
        data, at = self._data, info.header_offset
        if at + _LOCAL_SIZE > self._directory.offset or data[at:at + 4] != _LOCAL:
            raise KitFileError("corrupt")
        fields = struct.unpack_from(_LOCAL_FORMAT, data, at)
        method, name_length, extra_length = fields[3], fields[9], fields[10]
        if method != info.compress_type or data[at + _LOCAL_SIZE:at + _LOCAL_SIZE + name_length] != \
                self._raw_names[id(info)]:
            raise _inconsistent(detail("contradictory_header"))
        start = at + _LOCAL_SIZE + name_length + extra_length
        end = start + info.compress_size
        if end > self._directory.offset:
            raise KitFileError("corrupt")
        return memoryview(data)[start:end]


def _inflate(raw: memoryview, declared: int) -> bytes:
    """Inflate raw deflate data, producing at most ``declared + 1`` bytes (one more shows that the size lies)."""
    decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        content = decompressor.decompress(raw, declared + 1)
    except zlib.error as exc:
        raise KitFileError("corrupt") from exc
    if len(content) > declared or not decompressor.eof:
        raise KitFileError("corrupt")
    return content
