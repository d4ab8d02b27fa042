"""Kit files (``.tresse``): write a kit to a zip archive, read one back, and treat every file read as hostile.

A kit file is a zip archive holding ``kit.json`` (UTF-8 JSON; every field is described in ``docs/kit-format.md``)
and, when the issuing structure has logos, those images under ``images/`` (PNG or JPEG, 2 MB each at most).

Reading accepts only a regular file, never extracts anything to disk and never uses a path found in the archive as
a path: members are looked up by exact name in memory (:mod:`desktop.exchange.ziparchive` checks the archive whole
first: its directory's size, every member's name, kind and compression method). Every size is bounded before it
is trusted (the file, the central directory, the number of members, the declared and the actual size of each
member, the JSON nesting, every list and every string), every identifier must be a UUID, every reference must
point inside the file, and absurd values are refused. Any problem raises
:class:`~desktop.exchange.errors.KitFileError` with a stable ``reason`` and a French message; nothing half-read is
ever returned. Unknown fields are ignored, so that later additions to version 1 do not break this reader.

Writing builds the archive in memory, reads it back with the same checks (Tresse never writes a kit it would
refuse), then writes a temporary file beside the target and renames it into place: a failed export leaves no file,
never half a file.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import asdict
from datetime import datetime, time
from pathlib import Path
from typing import Any, Sequence

from desktop import __version__
from desktop.domain.kit import Facilitator, HalfDay, IssuingStructure, Kit, Presence, SessionStatus, Venue
from desktop.domain.call import call_to_dict
from desktop.domain.paperwork import VENUE_FACTS, fact_state, paperwork_to_dict
from desktop.exchange.files import write_atomically
from desktop.domain.reason import Reason
from desktop.exchange.errors import KitFileError, KitWriteError, detail, readable_size
from desktop.exchange.kitjson import FORMAT, MAX_FUNDER_LOGOS, MINOR, VERSION, KitFile, parse_document
from desktop.exchange.strictjson import load_json
from desktop.exchange.untrusted import NotARegularFile, read_regular_file
from desktop.exchange.ziparchive import UntrustedZip
from desktop.domain.workshop_codec import workshop_content

__all__ = ["FORMAT", "GENERATOR", "MINOR", "SUFFIX", "VERSION", "KitFile", "KitFileError", "KitWriteError",
           "read_kit", "write_kit"]

SUFFIX = ".tresse"
KIT_MEMBER = "kit.json"
GENERATOR = f"Tresse {__version__}"

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_MEMBERS = 64
MAX_DIRECTORY_BYTES = 64 * 1024

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_IMAGE_NAME = re.compile(r"images/[A-Za-z0-9_-]{1,64}\.(png|jpe?g)")


# -- writing ----------------------------------------------------------------------------------------------------


def write_kit(kit: Kit, path: Path | str, *, venues: Sequence[Venue] = (), facilitators: Sequence[Facilitator] = (),
              structure: IssuingStructure | None = None, with_participants: bool = False,
              generator: str = GENERATOR) -> None:
    """Write *kit* to *path* as a kit file, atomically.

    Args:
        kit: the kit.
        path: the file to write (by convention ending in ``.tresse``); replaced if it exists.
        venues: every venue the kit refers to (shared records, passed alongside the kit).
        facilitators: every facilitator the kit refers to.
        structure: the issuing structure to include, with its logos read from disk; None to leave it out.
        with_participants: include personal data (participants, attendances, evaluations); otherwise all three
            are left out.
        generator: the application name and version recorded in the file.

    Raises:
        KitWriteError: the kit holds something the format refuses (``invalid_kit``, with the reading error as
            ``cause``), a logo cannot be used (``image_*``) or the file cannot be written (``cannot_write``).
            Nothing is written then.
    """
    path = Path(path)
    images: dict[str, bytes] = {}
    document = _document(kit, tuple(venues), tuple(facilitators), structure, with_participants, generator, images)
    try:
        raw = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise KitWriteError("invalid_kit", where="kit", detail=detail("invalid_text_character")) from exc
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(KIT_MEMBER, raw)
        for name, data in images.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    payload = buffer.getvalue()
    try:
        read_kit(payload)
    except KitFileError as exc:
        raise KitWriteError("invalid_kit", cause=exc) from exc
    _replace_atomically(path, payload, private=with_participants)


def _replace_atomically(path: Path, payload: bytes, *, private: bool) -> None:
    try:
        write_atomically(path, payload, private=private)
    except OSError as exc:
        raise KitWriteError("cannot_write", path=str(path), detail=exc.strerror or str(exc)) from exc


def _hhmm(t: time | None) -> str | None:
    return None if t is None else f"{t.hour:02d}:{t.minute:02d}"


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _document(kit: Kit, venues: tuple[Venue, ...], facilitators: tuple[Facilitator, ...],
              structure: IssuingStructure | None, with_participants: bool, generator: str,
              images: dict[str, bytes]) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "minor": MINOR, "generator": generator,
        "exported": datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "personal_data": with_participants,
        "kit": {
            "uid": kit.uid, "name": kit.name, "territory": kit.territory, "departement": kit.departement,
            "audience": list(kit.audience), "capacity": kit.capacity, "facilitator_uids": list(kit.facilitator_uids),
            "venue_uids": list(kit.venue_uids),
            "funders_mention": kit.funders_mention, "partners_mention": kit.partners_mention, "notes": kit.notes,
            "archived": kit.archived, "template_id": kit.template_id, "experiment": kit.experiment,
            "created": _stamp(kit.created), "modified": _stamp(kit.modified),
            "paperwork": paperwork_to_dict(kit.paperwork),
            "call": call_to_dict(kit.call),
        },
        "workshops": [{"uid": kw.uid, "library_id": kw.workshop.id, "title": kw.workshop.title,
                       "format": kw.workshop.format, "audience": list(kw.workshop.audience),
                       "duration_minutes": kw.workshop.duration_minutes, "origin": kw.workshop.origin,
                       "experiments": list(kw.workshop.experiments), "source_note": kw.workshop.source_note,
                       "summary": kw.workshop.summary, "slot_minutes": kw.slot_minutes,
                       **workshop_content(kw.workshop)} for kw in kit.workshops],
        "venues": [_venue_document(v) for v in venues],
        "facilitators": [asdict(f) for f in facilitators],
        "sessions": [{"uid": s.uid, "workshop_uid": s.kit_workshop_uid, "date": s.day.isoformat(),
                      "start": _hhmm(s.start), "end": _hhmm(s.end),
                      "lunch": None if s.lunch_start is None and s.lunch_end is None
                      else {"start": _hhmm(s.lunch_start), "end": _hhmm(s.lunch_end)},
                      "status": SessionStatus(s.status).value, "sequence": s.sequence,
                      "venue_uid": s.venue_uid or None, "facilitator_uids": list(s.facilitator_uids),
                      "notes": s.notes} for s in kit.sessions],
        "issuing_structure": None if structure is None else _structure_document(structure, images),
        "session_runs": [{"session_uid": r.session_uid,
                          "spent": [{"title": x.title, "planned_minutes": x.planned_minutes,
                                     "spent_seconds": x.spent_seconds} for x in r.spent],
                          **({"groups": [list(g) for g in r.groups]} if with_participants else {})}
                         for r in kit.session_runs if r.spent or with_participants],
    }
    if with_participants:
        doc["participants"] = [asdict(p) for p in kit.participants]
        doc["attendances"] = [{"session_uid": a.session_uid, "participant_uid": a.participant_uid,
                               "half_day": HalfDay(a.half_day).value, "presence": Presence(a.presence).value,
                               **({"arrival": _hhmm(a.arrival)} if a.arrival else {}),
                               **({"departure": _hhmm(a.departure)} if a.departure else {})}
                              for a in kit.attendances]
        doc["evaluations"] = []
        for i, e in enumerate(kit.evaluations):
            scores = dict(e.scores)
            if len(scores) != len(e.scores):
                raise KitWriteError("invalid_kit", where=f"evaluations[{i}].scores", detail=detail("duplicate_question"))
            doc["evaluations"].append({"session_uid": e.session_uid, "participant_uid": e.participant_uid or None,
                                       "scores": scores, "comment": e.comment})
    return doc


def _venue_document(venue: Venue) -> dict[str, Any]:
    """A venue: its facts as ``<fact>_state`` (minor 1), and as the booleans older readers know (« à préciser »
    written as ``false``, which they print as before)."""
    out = asdict(venue)
    for name in VENUE_FACTS:
        out[name] = bool(getattr(venue, name))
        out[f"{name}_state"] = fact_state(getattr(venue, name)).value
    return out


def _structure_document(structure: IssuingStructure, images: dict[str, bytes]) -> dict[str, Any]:
    if len(structure.funder_logo_paths) > MAX_FUNDER_LOGOS:
        raise KitWriteError("invalid_kit", where="issuing_structure.funder_logos",
                            detail=detail("at_most_logos", limit=MAX_FUNDER_LOGOS))
    return {
        "name": structure.name, "address": structure.address,
        "logo": _pack_image(structure.logo_path, "logo", images) if structure.logo_path else None,
        "signatory_name": structure.signatory_name, "signatory_role": structure.signatory_role,
        "funders_mention": structure.funders_mention,
        "funder_logos": [_pack_image(p, f"funder-{i}", images) for i, p in enumerate(structure.funder_logo_paths, 1)],
    }


def _pack_image(path_text: str, stem: str, images: dict[str, bytes]) -> str:
    path = Path(path_text)
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            raise KitWriteError("image_too_big", path=path_text, limit=readable_size(MAX_IMAGE_BYTES))
        with path.open("rb") as fh:
            data = fh.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        raise KitWriteError("image_unreadable", path=path_text, detail=str(exc)) from exc
    if len(data) > MAX_IMAGE_BYTES:
        raise KitWriteError("image_too_big", path=path_text, limit=readable_size(MAX_IMAGE_BYTES))
    if data.startswith(_PNG):
        extension = "png"
    elif data.startswith(_JPEG):
        extension = "jpg"
    else:
        raise KitWriteError("image_format", path=path_text)
    name = f"images/{stem}.{extension}"
    images[name] = data
    return name


# -- reading ----------------------------------------------------------------------------------------------------


def read_kit(source: Path | str | bytes | bytearray | memoryview) -> KitFile:
    """Read and check a kit file.

    Args:
        source: a path (``Path`` or ``str``) or the file's bytes.

    Raises:
        KitFileError: the file is refused; its ``reason`` says why (see ``docs/kit-format.md``).
    """
    data = _source_bytes(source)
    archive = UntrustedZip(data, max_members=MAX_MEMBERS, max_directory=MAX_DIRECTORY_BYTES)
    members = archive.named(KIT_MEMBER)
    if not members:
        raise KitFileError("no_kit_json")
    if len(members) > 1:
        raise KitFileError("not_a_zip", detail=detail("kit_json_twice"))
    document = load_json(archive.read(members[0], MAX_JSON_BYTES))
    images: dict[str, bytes] = {}

    def load_image(name: str, where: str, warnings: list[str]) -> str:
        return _load_image(archive, name, where, images, warnings)

    result = parse_document(document, load_image)
    result.images = images
    return result


def _source_bytes(source: Path | str | bytes | bytearray | memoryview) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        try:
            data = read_regular_file(source, MAX_FILE_BYTES)
        except NotARegularFile as exc:
            raise KitFileError("not_a_file", path=Path(source).name) from exc
        except OSError as exc:
            raise KitFileError("unreadable", detail=exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise KitFileError("too_big", what=Reason.of("kitfile.the_file"), limit=readable_size(MAX_FILE_BYTES))
    return data


def _load_image(archive: UntrustedZip, value: str, where: str, images: dict[str, bytes],
                warnings: list[str]) -> str:
    """The member name of a valid logo, loaded into *images*; "" (with a warning) when it cannot be used."""
    match = _IMAGE_NAME.fullmatch(value)
    if match is None:
        raise KitFileError("bad_value", where=where, detail=detail("bad_image_name"))
    if value in images:
        return value
    members = archive.named(value)
    try:
        data = archive.read(members[0], MAX_IMAGE_BYTES) if len(members) == 1 else b""
    except KitFileError:
        data = b""
    if not data.startswith(_PNG if match.group(1) == "png" else _JPEG):
        warnings.append(Reason.of("kitread.logo_missing", path=value))
        return ""
    images[value] = data
    return value
