"""Hostile kit files, built here byte by byte: each is refused with its reason, in bounded memory, writing nothing.

Every file is also read in a process of its own under ``RLIMIT_AS`` = 1 GiB (one helper process imports Tresse
once, then forks one child per file): its peak resident memory must stay under 200 MB, so that a regression on a
bomb fails this test instead of taking the machine down. The bombs are real: the deflate ones inflate to 1 GiB.
"""

from __future__ import annotations

import bz2
import functools
import io
import json
import os
import pickle
import stat
import struct
import subprocess
import sys
import textwrap
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.domain.wording import french
from desktop.exchange.errors import KitFileError
from desktop.exchange.kitfile import read_kit
from desktop.exchange.untrusted import terminal_safe

UID = "e1a3c5e7-9b1d-4f3a-8c5e-7a9c1e3b5d06"
DOC = {"format": "tresse-kit", "version": 1, "minor": 0, "generator": "Tresse 0.1.0",
       "kit": {"uid": UID, "name": "Parcours reçu"}}
KIT_JSON = json.dumps(DOC).encode()
PEAK_LIMIT_KB = 200 * 1024
GIB = 1 << 30


# -- building archives by hand -----------------------------------------------------------------------------------


@dataclass
class Entry:
    """One member as it will be written, compressed data included; every field can lie."""

    name: bytes
    data: bytes
    method: int = zipfile.ZIP_STORED
    crc: int | None = None
    size: int | None = None
    attr: int = (stat.S_IFREG | 0o644) << 16
    system: int = 3
    flags: int = 0


def stored(name: str | bytes, content: bytes, **fields) -> Entry:
    raw = name.encode() if isinstance(name, str) else name
    return Entry(raw, content, crc=zlib.crc32(content), size=len(content), **fields)


def deflated(name: str, content: bytes, **fields) -> Entry:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Entry(name.encode(), packer.compress(content) + packer.flush(), zipfile.ZIP_DEFLATED,
                 zlib.crc32(content), len(content), **fields)


def archive(entries: list[Entry], *, count: int | None = None, cd_size: int | None = None,
            cd_offset: int | None = None, comment: bytes = b"", central_copies: int = 1) -> bytes:
    """A zip archive; *count*, *cd_size* and *cd_offset* replace what the end record says."""
    out, central = bytearray(), bytearray()
    for e in entries:
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.size is None else e.size
        offset = len(out)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, e.flags, e.method, 0, 0x21, crc, len(e.data), size,
                           len(e.name), 0) + e.name + e.data
        central += struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, e.system, 20, 0, e.flags, e.method, 0, 0x21,
                               crc, len(e.data), size, len(e.name), 0, 0, 0, 0, e.attr, offset) + e.name
    central *= central_copies
    entries_count = len(entries) * central_copies if count is None else count
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, entries_count & 0xFFFF, entries_count & 0xFFFF,
                      len(central) if cd_size is None else cd_size, len(out) if cd_offset is None else cd_offset,
                      len(comment)) + comment
    return bytes(out + central + end)


def kit(*extra: Entry, **options) -> bytes:
    return archive([deflated("kit.json", KIT_JSON), *extra], **options)


def kit_json(raw: bytes) -> bytes:
    return archive([deflated("kit.json", raw)])


def with_zip64_end(data: bytes, entries: int) -> bytes:
    """*data* (an archive without comment) with a zip64 end record declaring *entries* members."""
    at = len(data) - 22
    _, _, _, _, _, cd_size, cd_offset, _ = struct.unpack_from("<4s4H2LH", data, at)
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, cd_size, cd_offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, at, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return data[:at] + record + locator + end


def deflate_bomb(gib: int = 1) -> tuple[bytes, int]:
    """Raw deflate data inflating to *gib* GiB of zeros (about 1 MB), and its CRC-32."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every further MiB
    crc = 0
    for _ in range(1024 * gib):
        crc = zlib.crc32(chunk, crc)
    return first + block * (1024 * gib - 1) + packer.flush(), crc


def library_zip(name: str, content: bytes, method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as zf:
        zf.writestr(name, content)
    return buffer.getvalue()


def link(name: str, target: bytes) -> Entry:
    return stored(name, target, attr=(stat.S_IFLNK | 0o777) << 16)


def nested(depth: int) -> bytes:
    return b'{"format": "tresse-kit", "x": ' + b"[" * depth + b"]" * depth + b"}"


def json_with(fragment: bytes) -> bytes:
    return KIT_JSON[:-1] + b", " + fragment + b"}"


# -- the hostile files: name → (how to build it, the reason it is refused with; None: read, harmlessly) ---------


@functools.lru_cache(maxsize=1)
def bomb() -> tuple[bytes, int]:
    return deflate_bomb()


@functools.lru_cache(maxsize=1)
def valid() -> bytes:
    return kit()


def _damaged() -> bytes:
    data = bytearray(valid())
    data[40] ^= 0xFF  # inside kit.json's compressed data: its CRC no longer matches
    return bytes(data)


def _renamed_local() -> bytes:
    data = bytearray(valid())
    data[30:38] = b"kit.jsoN"  # the local header's name, not the directory's
    return bytes(data)


def _fake_end_in_comment() -> bytes:
    """The real end record carries a comment holding a second end record: zipfile would trust the second."""
    data = kit(stored("readme.txt", b"x"))
    end = data.rindex(b"PK\x05\x06")
    return data[:end + 20] + struct.pack("<H", 22) + data[end:end + 20] + struct.pack("<H", 0)


ZEROS = 32 << 20  # above the 20 MB budget of kit.json: for bzip2 and LZMA only the method refuses them
CASES: dict[str, tuple[Callable[[], bytes], str | None]] = {
    # zip-slip in its forms, and links: the whole file is refused, even for a member that would be ignored
    "climbs with ..": (lambda: kit(stored("../evil.txt", b"x")), "unsafe_member"),
    "climbs from images/": (lambda: kit(stored("images/../../x.png", b"x")), "unsafe_member"),
    "absolute path": (lambda: kit(stored("/etc/cron.d/evil", b"x")), "unsafe_member"),
    "drive letter": (lambda: kit(stored("C:/Windows/evil.dll", b"x")), "unsafe_member"),
    "drive-relative": (lambda: kit(stored("C:evil.txt", b"x")), "unsafe_member"),
    "backslashes": (lambda: kit(stored("images\\..\\..\\evil.txt", b"x")), "unsafe_member"),
    "NUL in a name": (lambda: kit(stored(b"kit.json\x00/../../evil", b"x")), "unsafe_member"),
    "ESC in a name": (lambda: kit(stored(b"\x1b]0;pwned\x07.txt", b"x")), "unsafe_member"),
    "symbolic link": (lambda: kit(link("images/logo.png", b"/etc/passwd")), "unsafe_member"),
    "link as kit.json": (lambda: archive([link("kit.json", b"/home/user/.ssh/id_rsa")]), "unsafe_member"),
    "named pipe member": (lambda: kit(stored("fifo", b"", attr=(stat.S_IFIFO | 0o644) << 16)), "unsafe_member"),
    "Windows reparse point": (lambda: kit(stored("lien", b"x", system=0, attr=0x400)), "unsafe_member"),
    # bombs and the other methods
    "deflate bomb, size declared": (lambda: archive([Entry(b"kit.json", bomb()[0], 8, bomb()[1], GIB)]), "too_big"),
    "deflate bomb, size hidden": (lambda: archive([Entry(b"kit.json", bomb()[0], 8, bomb()[1], 1000)]), "corrupt"),
    "deflate bomb in an unread member": (lambda: kit(Entry(b"images/x.png", bomb()[0], 8, bomb()[1], 1000)), None),
    "bzip2 bomb": (lambda: library_zip("kit.json", bytes(ZEROS), zipfile.ZIP_BZIP2), "unsupported_method"),
    "LZMA bomb": (lambda: library_zip("kit.json", bytes(ZEROS), zipfile.ZIP_LZMA), "unsupported_method"),
    "bzip2 in an unread member": (lambda: kit(Entry(b"notes.txt", bz2.compress(b"x"), 12, zlib.crc32(b"x"), 1)),
                                  "unsupported_method"),
    "Deflate64": (lambda: archive([Entry(b"kit.json", bytes(10), 9, 0, 10)]), "unsupported_method"),
    "encrypted": (lambda: archive([stored("kit.json", KIT_JSON, flags=1)]), "not_a_zip"),
    # lying or oversized central directories
    "thousands of entries": (lambda: archive([stored(f"images/{i}.png", b"") for i in range(5000)]),
                             "too_many_members"),
    "zip64 claiming a billion entries": (lambda: with_zip64_end(valid(), 10**9), "too_many_members"),
    "claims one entry, holds 700,000": (lambda: kit(count=1, central_copies=700_000), "directory_too_big"),
    "claims one entry, directory says small": (lambda: kit(stored("readme.txt", b"x"), count=1, cd_size=46 + 8),
                                               "inconsistent_archive"),
    "directory where it is not": (lambda: kit(cd_offset=3), "inconsistent_archive"),
    "two entries announced, one present": (lambda: kit(count=2), "inconsistent_archive"),
    "local header contradicts the directory": (_renamed_local, "inconsistent_archive"),
    "bytes after the end record": (lambda: valid() + b"MZ" * 40, "inconsistent_archive"),
    "fake end record in the comment": (_fake_end_in_comment, "inconsistent_archive"),
    # truncated, empty, not a zip
    "empty file": (lambda: b"", "not_a_zip"),
    "cut in half": (lambda: valid()[:len(valid()) // 2], "not_a_zip"),
    "damaged data": (_damaged, "corrupt"),
    "pickle renamed .tresse": (lambda: pickle.dumps(("os.system", "id > x")), "not_a_zip"),
    "no kit.json": (lambda: archive([stored("readme.txt", b"bonjour")]), "no_kit_json"),
    # every JSON fault
    "duplicate keys": (lambda: kit_json(b'{"format": "tresse-kit", "format": "autre"}'), "bad_json"),
    "NaN": (lambda: kit_json(json_with(b'"x": NaN')), "bad_json"),
    "Infinity": (lambda: kit_json(json_with(b'"x": -Infinity')), "bad_json"),
    "1e999": (lambda: kit_json(json_with(b'"x": 1e999')), "bad_json"),
    "a number of 5,000 digits": (lambda: kit_json(json_with(b'"x": ' + b"9" * 5000)), "bad_json"),
    "nested 200,000 deep": (lambda: kit_json(nested(200_000)), "too_deep"),
    "nested 20 deep": (lambda: kit_json(nested(20)), "too_deep"),
    "lone surrogate": (lambda: kit_json(json_with(b'"extension": ["\\ud83d"]')), "bad_value"),
    "NUL in a key": (lambda: kit_json(json_with(b'"a\\u0000b": 1')), "bad_value"),
    "a million empty lists": (lambda: kit_json(json_with(b'"x": [' + b"[]," * 999_999 + b"[]]")), "too_many"),
    "not UTF-8": (lambda: kit_json(b'{"format": "tresse-kit", "nom": "\xe9t\xe9"}'), "bad_encoding"),
    "null at the top": (lambda: kit_json(b"null"), "not_a_kit"),
    "a bare number at the top": (lambda: kit_json(b"42"), "not_a_kit"),
    "a bare string at the top": (lambda: kit_json(b'"tresse-kit"'), "not_a_kit"),
    "a list at the top": (lambda: kit_json(b"[1, 2, 3]"), "not_a_kit"),
    "a newer format version": (lambda: kit_json(json.dumps(DOC | {"version": 2}).encode()), "too_new"),
}
SPECIAL = {"a named pipe": "not_a_file", "a folder": "not_a_file"}


# -- reading each in a process of its own --------------------------------------------------------------------------

READER = textwrap.dedent("""
    import json, os, resource, select, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from desktop.exchange.errors import KitFileError
    from desktop.exchange.kitfile import read_kit

    def read(path):
        try:
            read_kit(path)
            return {"reason": None, "message": ""}
        except KitFileError as exc:
            return {"reason": exc.reason, "message": exc.message}
        except MemoryError:
            return {"reason": "MemoryError", "message": ""}
        except BaseException as exc:
            return {"reason": "crash", "message": repr(exc)[:500]}

    results = {}
    for path in sys.argv[1:]:
        out, into = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(out)
            result = read(path)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            result["peak_kb"] = peak // 1024 if sys.platform == "darwin" else peak
            os.write(into, json.dumps(result).encode())
            os._exit(0)
        os.close(into)
        chunks = []
        while select.select([out], [], [], 60)[0]:
            chunk = os.read(out, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        else:
            os.kill(pid, 9)
            chunks = [b'{"reason": "hang", "message": ""}']
        os.waitpid(pid, 0)
        os.close(out)
        results[path] = json.loads(b"".join(chunks) or b'{"reason": "died", "message": ""}')
    print(json.dumps(results))
""")


@pytest.fixture(scope="session")
def hostile_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = {}
    for i, (name, (build, _)) in enumerate(CASES.items()):
        paths[name] = folder / f"{i:02d}.tresse"
        paths[name].write_bytes(build())
    paths["a named pipe"] = folder / "tube.tresse"
    os.mkfifo(paths["a named pipe"])
    paths["a folder"] = folder / "dossier.tresse"
    paths["a folder"].mkdir()
    return paths


@pytest.fixture(scope="session")
def outcomes(hostile_files, tmp_path_factory) -> dict[str, dict]:
    """Each file read by a forked child of one process limited to 1 GiB of address space."""
    pytest.importorskip("resource")
    if not hasattr(os, "fork"):
        pytest.skip("needs fork")
    cwd = tmp_path_factory.mktemp("cwd")
    folder = next(iter(hostile_files.values())).parent
    before = sorted(folder.iterdir())
    done = subprocess.run([sys.executable, "-c", READER, *map(str, hostile_files.values())], cwd=cwd,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert list(cwd.iterdir()) == []  # nothing written where the reader ran, nor beside the files
    assert sorted(folder.iterdir()) == before
    by_path = json.loads(done.stdout)
    return {name: by_path[str(path)] for name, path in hostile_files.items()}


def test_at_least_thirty_hostile_files():
    assert len(CASES) + len(SPECIAL) >= 30


def test_the_hand_built_archive_is_a_valid_kit():
    assert read_kit(valid()).kit.name == "Parcours reçu"


@pytest.mark.parametrize("name", [*CASES, *SPECIAL])
def test_refused_with_its_reason_in_bounded_memory(name, outcomes):
    outcome = outcomes[name]
    expected = SPECIAL[name] if name in SPECIAL else CASES[name][1]
    assert outcome["reason"] == expected, outcome
    assert outcome["peak_kb"] < PEAK_LIMIT_KB, f"{name}: {outcome['peak_kb'] // 1024} MB"
    message = outcome["message"]
    if expected is not None:
        assert message and "{" not in message and terminal_safe(message) == message
        assert message == KitFileError(expected).message or len(message) > 40


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "kit.tresse"
    os.mkfifo(fifo)
    result: list = []
    reader = threading.Thread(target=lambda: result.append(_reason(fifo)), daemon=True)
    reader.start()
    reader.join(10)
    assert result == ["not_a_file"]


def _reason(path: Path) -> str:
    try:
        read_kit(path)
    except KitFileError as exc:
        return exc.reason
    return "read"


# -- texts: control characters removed with a warning, never printed raw --------------------------------------------


def test_control_characters_are_removed_with_a_warning_naming_the_fields():
    doc = json.loads(KIT_JSON)
    doc["kit"] |= {"name": "Parcours\x1b[2J\x07 reçu", "notes": "Ligne 1\r\nLigne 2\tfin\x1b]0;titre\x07",
                   "territory": "Bocage\u0085\u009b"}
    result = read_kit(kit_json(json.dumps(doc).encode()))
    assert result.kit.name == "Parcours[2J reçu"
    assert result.kit.notes == "Ligne 1\nLigne 2\tfin]0;titre"  # tab and line feed kept in a long text
    assert result.kit.territory == "Bocage"
    assert len(result.warnings) == 1
    assert all(f"«\u00a0kit.{field}\u00a0»" in french(result.warnings[0]) for field in ("name", "notes", "territory"))


def test_a_clean_kit_has_no_warning():
    assert read_kit(valid()).warnings == []


def test_terminal_safe_neutralises_every_control_character():
    hostile = "Kit\x1b]0;pwned\x07 \x1b[31mrouge\x9b2J\nligne\u202eevil\ud800 « été »"
    shown = terminal_safe(hostile)
    assert shown == "Kit?]0;pwned? ?[31mrouge?2J?ligne?evil? « été »"
    assert shown.isprintable()
    assert terminal_safe(42) == "42"


def test_error_messages_never_carry_a_control_character():
    error = KitFileError("unsafe_member", name="a\x1b[2Jb\x07", detail="x")
    assert "\x1b" not in error.message and "\x07" not in error.message
    assert "«\u00a0a?[2Jb?\u00a0»" in error.message
    assert len(KitFileError("not_a_kit", detail="x" * 5000).message) < 400


def test_two_questions_differing_by_a_control_character_are_a_duplicate():
    doc = json.loads(KIT_JSON) | {
        "workshops": [{"uid": "5b0c1f0e-8a52-4c4e-9a51-0d3f4b6f2a01", "title": "Atelier", "duration_minutes": 60}],
        "sessions": [{"uid": "7d9f1b3c-5e7a-4c9e-8b1d-3f5a7c9e1b05",
                      "workshop_uid": "5b0c1f0e-8a52-4c4e-9a51-0d3f4b6f2a01", "date": "2027-01-12",
                      "start": "09:00", "end": "10:00"}],
        "evaluations": [{"session_uid": "7d9f1b3c-5e7a-4c9e-8b1d-3f5a7c9e1b05",
                         "scores": {"contenu": 3, "con\u0007tenu": 4}}]}
    with pytest.raises(KitFileError) as caught:
        read_kit(kit_json(json.dumps(doc).encode()))
    assert caught.value.reason == "duplicate"
