"""Kit files: exact round trips (hypothesis), atomic writes, and every defence against hostile files."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.catalogue import Segment, Workshop
from desktop.domain.kit import (Attendance, Evaluation, Facilitator, HalfDay, IssuingStructure, Kit, KitWorkshop,
                                Participant, Presence, Session, SessionStatus, Venue, new_uid)
from desktop.exchange import files, kitfile
from desktop.exchange.errors import KitFileError, KitWriteError
from desktop.exchange.kitfile import KitFile, read_kit
from desktop.domain.wording import WORDS, french

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


#: The venues and facilitators each test kit refers to, by kit uid: a kit holds their uids only, and whoever
#: writes it passes the records alongside.
SHARED: dict[str, tuple[tuple[Venue, ...], tuple[Facilitator, ...]]] = {}


def _shared(kit: Kit, venues, facilitators) -> Kit:
    SHARED[kit.uid] = (tuple(venues), tuple(facilitators))
    return kit


def write_kit(kit: Kit, path, **options) -> None:
    venues, facilitators = SHARED.get(kit.uid, ((), ()))
    options.setdefault("venues", venues)
    options.setdefault("facilitators", facilitators)
    kitfile.write_kit(kit, path, **options)


def sample_kit() -> Kit:
    workshop = KitWorkshop(new_uid(), Workshop(
        id="outille-ton-projet", title="Outille ton projet", format="atelier", audience=("porteurs",),
        duration_minutes=360, origin="tresse", experiments=(1, 4), source_note="« Ateliers collectifs »",
        summary="Clarifier son projet.", objectives=("Présenter son projet",), key_points=("Le modèle économique",),
        worksheet=("Qui sont vos clients ?",), resources=("Guide de l'ESS",), materials=("Paperboard", "Post-it"),
        segments=(Segment("accueil", "Accueil", 30, "Café"), Segment("apport", "Les étapes", 150),
                  Segment("sous_groupes", "Ateliers", 180, "Par projet"))))
    venue = Venue(new_uid(), "Salle des fêtes", "2 place de la Mairie", "Pouzauges", 40, True, True, False, True,
                  "Vidéoprojecteur", "Clé à la mairie")
    facilitator = Facilitator(new_uid(), "Anne Morel", "anne@example.org", "06 11 22 33 44", "CAE du Bocage")
    marie = Participant(new_uid(), "Dupont", "Marie", "La Ressourcerie", "Pouzauges", "marie@example.fr",
                        "06 12 34 56 78", "Allergie : arachide\nVient en covoiturage")
    paul = Participant(new_uid(), "Martin", "Paul")
    full_day = Session(new_uid(), workshop.uid, date(2027, 1, 12), time(9), time(17), venue.uid, (facilitator.uid,),
                       SessionStatus.CONFIRMED, time(12, 30), time(13, 30), 3, "Prévoir le repas")
    morning = Session(new_uid(), workshop.uid, date(2027, 2, 9), time(9, 30), time(12, 30))
    return _shared(Kit(
        uid=new_uid(), name="Parcours création 2027", territory="Pays de Pouzauges", departement="Vendée",
        audience=("porteurs", "elus"), facilitator_uids=(facilitator.uid,), funders_mention="Avec la Région",
        partners_mention="Avec la commune", notes="Kit pilote", capacity=14, archived=False,
        template_id="parcours-creation", experiment=1, created=datetime(2026, 11, 3, 14, 5),
        modified=datetime(2026, 11, 20, 9, 30, 12, 345), workshops=(workshop,), participants=(marie, paul),
        sessions=(full_day, morning),
        attendances=(Attendance(full_day.uid, marie.uid, HalfDay.MORNING, Presence.PRESENT),
                     Attendance(full_day.uid, marie.uid, HalfDay.AFTERNOON, Presence.EXCUSED),
                     Attendance(full_day.uid, paul.uid, HalfDay.MORNING, Presence.ABSENT)),
        evaluations=(Evaluation(full_day.uid, marie.uid, (("objectifs", 4), ("contenu", 3)), "Très utile"),
                     Evaluation(full_day.uid, "", (("animation", 2),), "")),
        venue_uids=(venue.uid,)), (venue,), (facilitator,))


def kit_bytes(kit: Kit, tmp_path: Path, **options) -> bytes:
    path = tmp_path / "out.tresse"
    write_kit(kit, path, **options)
    return path.read_bytes()


def document(kit: Kit, tmp_path: Path, **options) -> dict:
    with zipfile.ZipFile(io.BytesIO(kit_bytes(kit, tmp_path, **options))) as zf:
        return json.loads(zf.read("kit.json"))


def zipped(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def kit_json(doc: dict, **extra: bytes) -> bytes:
    return zipped({"kit.json": json.dumps(doc), **extra})


def refused(source, reason: str) -> KitFileError:
    with pytest.raises(KitFileError) as caught:
        read_kit(source)
    error = caught.value
    assert error.reason == reason, error
    assert error.message and "{" not in error.message and str(error) == error.message
    return error


@pytest.fixture
def doc(tmp_path) -> dict:
    return document(sample_kit(), tmp_path, with_participants=True)


# -- round trips ------------------------------------------------------------------------------------------------


def test_round_trip_with_personal_data(tmp_path):
    kit = sample_kit()
    structure = IssuingStructure(name="CAE du Bocage", address="1 rue des Tisserands\n85700 Pouzauges",
                                 signatory_name="Anne Morel", signatory_role="Gérante",
                                 funders_mention="Financé par l'Europe")
    write_kit(kit, tmp_path / "kit.tresse", structure=structure, with_participants=True, generator="Tresse 9.9")
    result = read_kit(tmp_path / "kit.tresse")
    assert isinstance(result, KitFile)
    assert result.kit == kit
    assert result.structure == structure
    assert (result.version, result.warnings, result.images) == (1, [], {})
    assert result.generator == "Tresse 9.9" and result.with_participants
    assert result.exported is not None and result.exported.tzinfo is not None
    assert read_kit(str(tmp_path / "kit.tresse")).kit == kit  # a path given as text
    assert read_kit((tmp_path / "kit.tresse").read_bytes()).kit == kit


def test_without_personal_data_participants_attendances_and_evaluations_are_left_out(tmp_path):
    kit = sample_kit()
    doc = document(kit, tmp_path)
    assert {"participants", "attendances", "evaluations"}.isdisjoint(doc)
    assert doc["personal_data"] is False
    assert "Dupont" not in json.dumps(doc, ensure_ascii=False)
    result = read_kit(tmp_path / "out.tresse")
    assert result.kit == replace(kit, participants=(), attendances=(), evaluations=())
    assert result.structure is None and not result.with_participants


def test_field_names_are_the_documented_ones(doc):
    assert set(doc) == {"format", "version", "minor", "generator", "exported", "personal_data", "kit", "workshops",
                        "venues", "facilitators", "sessions", "issuing_structure", "participants", "attendances",
                        "evaluations", "session_runs"}
    assert doc["format"] == "tresse-kit" and doc["version"] == 1
    session = doc["sessions"][0]
    assert session["date"] == "2027-01-12" and (session["start"], session["end"]) == ("09:00", "17:00")
    assert session["lunch"] == {"start": "12:30", "end": "13:30"} and session["status"] == "confirmed"
    assert doc["sessions"][1]["venue_uid"] is None and doc["sessions"][1]["lunch"] is None
    assert doc["workshops"][0]["library_id"] == "outille-ton-projet"
    assert doc["workshops"][0]["segments"][0] == {"kind": "accueil", "title": "Accueil", "minutes": 30,
                                                  "description": "Café"}
    assert doc["evaluations"][1]["participant_uid"] is None
    documented = Path(__file__).resolve().parent.parent / "docs" / "kit-format.md"
    text = documented.read_text(encoding="utf-8")
    for key in [*doc, *doc["kit"], *doc["workshops"][0], *doc["sessions"][0], *doc["venues"][0],
                *doc["participants"][0], *doc["attendances"][0], *doc["evaluations"][0]]:
        assert f"`{key}`" in text, key


def test_logos_travel_in_the_archive(tmp_path):
    (tmp_path / "logo.png").write_bytes(PNG)
    (tmp_path / "region.jpeg").write_bytes(JPEG)
    structure = IssuingStructure(name="CAE", logo_path=str(tmp_path / "logo.png"),
                                 funder_logo_paths=(str(tmp_path / "region.jpeg"), str(tmp_path / "logo.png")))
    write_kit(sample_kit(), tmp_path / "k.tresse", structure=structure)
    result = read_kit(tmp_path / "k.tresse")
    assert result.structure == replace(structure, logo_path="images/logo.png",
                                       funder_logo_paths=("images/funder-1.jpg", "images/funder-2.png"))
    assert result.images == {"images/logo.png": PNG, "images/funder-1.jpg": JPEG, "images/funder-2.png": PNG}


# -- hypothesis: any valid kit reads back equal ----------------------------------------------------------------

_chars = st.characters(blacklist_categories=("Cs", "Cc"))  # control characters are removed on reading
texts = st.text(_chars, max_size=40)
names = st.tuples(texts, st.characters(categories=("L", "N", "P", "S")), texts).map("".join)
keys = st.text("abcdefghijklmnopqrstuvwxyz_-", min_size=1, max_size=12)
uids = st.uuids().map(str)
clocks = st.integers(0, 24 * 60 - 1)
stamps = st.none() | st.datetimes(datetime(1900, 1, 2), datetime(2200, 12, 30)) | st.datetimes(
    datetime(1900, 1, 2), datetime(2200, 12, 30), timezones=st.sampled_from([timezone.utc,
                                                                              timezone(timedelta(hours=2))]))
segments = st.builds(Segment, kind=keys, title=texts, minutes=st.integers(1, 420), description=texts)
workshops = st.builds(Workshop, id=texts, title=names, format=keys, audience=st.lists(keys, max_size=3).map(tuple),
                      duration_minutes=st.integers(1, 420), origin=keys,
                      experiments=st.lists(st.integers(1, 9999), max_size=3).map(tuple), source_note=texts,
                      summary=texts, objectives=st.lists(texts, max_size=3).map(tuple),
                      key_points=st.lists(texts, max_size=2).map(tuple), worksheet=st.lists(texts, max_size=2).map(tuple),
                      resources=st.lists(texts, max_size=2).map(tuple), materials=st.lists(texts, max_size=2).map(tuple),
                      segments=st.lists(segments, max_size=4).map(tuple))
venues = st.builds(Venue, uid=uids, name=names, address=texts, commune=texts, capacity=st.integers(0, 100_000),
                   step_free=st.booleans(), parking=st.booleans(), mobile_coverage=st.booleans(), wifi=st.booleans(),
                   equipment=texts, access_notes=texts)
facilitators = st.builds(Facilitator, uid=uids, name=names, email=texts, phone=texts, organisation=texts)
participants = st.builds(Participant, uid=uids, last_name=names, first_name=texts, organisation=texts,
                         commune=texts, email=texts, phone=texts, notes=texts)


def _minutes(value: int) -> time:
    return time(value // 60, value % 60)


@st.composite
def kits(draw) -> Kit:
    by_uid = {"unique_by": lambda item: item.uid}
    kit_workshops = draw(st.lists(st.builds(KitWorkshop, uid=uids, workshop=workshops), max_size=3, **by_uid))
    kit_venues = draw(st.lists(venues, max_size=3, **by_uid))
    kit_facilitators = draw(st.lists(facilitators, max_size=3, **by_uid))
    people = draw(st.lists(participants, max_size=4, **by_uid))
    facilitator_uids = [f.uid for f in kit_facilitators]
    sessions = []
    for _ in range(draw(st.integers(0, 4)) if kit_workshops else 0):
        start = draw(st.integers(0, 24 * 60 - 2))
        end = draw(st.integers(start + 1, 24 * 60 - 1))
        lunch = draw(st.none() | st.integers(start, end - 1))
        lunch_end = None if lunch is None else draw(st.integers(lunch + 1, end))
        sessions.append(Session(
            uid=draw(uids), kit_workshop_uid=draw(st.sampled_from([w.uid for w in kit_workshops])),
            day=draw(st.dates(date(1900, 1, 1), date(2200, 12, 31))), start=_minutes(start), end=_minutes(end),
            venue_uid=draw(st.sampled_from([""] + [v.uid for v in kit_venues])),
            facilitator_uids=tuple(draw(st.lists(st.sampled_from(facilitator_uids), unique=True)))
            if facilitator_uids else (),
            status=draw(st.sampled_from(SessionStatus)),
            lunch_start=None if lunch is None else _minutes(lunch),
            lunch_end=None if lunch_end is None else _minutes(lunch_end),
            sequence=draw(st.integers(0, 10_000)), notes=draw(texts)))
    combos = [(s.uid, p.uid, h) for s in sessions for p in people for h in HalfDay]
    attendances = [Attendance(s, p, h, draw(st.sampled_from(Presence)))
                   for s, p, h in (draw(st.lists(st.sampled_from(combos), unique=True, max_size=6)) if combos else [])]
    evaluations = []
    if sessions:
        pairs = draw(st.lists(st.tuples(st.sampled_from([s.uid for s in sessions]),
                                        st.sampled_from([""] + [p.uid for p in people])), max_size=4))
        seen = set()
        for session_uid, participant_uid in pairs:
            if participant_uid and (session_uid, participant_uid) in seen:
                continue
            seen.add((session_uid, participant_uid))
            scores = draw(st.dictionaries(keys, st.integers(1, 4), max_size=4))
            evaluations.append(Evaluation(session_uid, participant_uid, tuple(scores.items()), draw(texts)))
    return _shared(Kit(
        uid=draw(uids), name=draw(names), territory=draw(texts), departement=draw(texts),
        audience=tuple(draw(st.lists(keys, max_size=3))),
        facilitator_uids=tuple(draw(st.lists(st.sampled_from(facilitator_uids), unique=True)))
        if facilitator_uids else (),
        funders_mention=draw(texts), partners_mention=draw(texts), notes=draw(texts),
        capacity=draw(st.integers(0, 5000)), archived=draw(st.booleans()), template_id=draw(texts),
        experiment=draw(st.none() | st.integers(1, 9999)), created=draw(stamps), modified=draw(stamps),
        workshops=tuple(kit_workshops), participants=tuple(people), sessions=tuple(sessions),
        attendances=tuple(attendances), evaluations=tuple(evaluations)), tuple(kit_venues), tuple(kit_facilitators))


structures = st.none() | st.builds(IssuingStructure, name=texts, address=texts, signatory_name=texts,
                                   signatory_role=texts, funders_mention=texts)


@settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(kit=kits(), structure=structures)
def test_any_kit_round_trips_exactly(tmp_path, kit, structure):
    path = tmp_path / "any.tresse"
    write_kit(kit, path, structure=structure, with_participants=True)
    result = read_kit(path)
    assert result.kit == kit
    assert (result.venues, result.facilitators) == SHARED[kit.uid]
    assert result.structure == structure
    assert result.warnings == []
    write_kit(kit, path, structure=structure)
    assert read_kit(path).kit == replace(kit, participants=(), attendances=(), evaluations=())


# -- writing: atomic, validated ----------------------------------------------------------------------------------


def test_an_invalid_kit_writes_nothing_and_keeps_the_previous_file(tmp_path):
    path = tmp_path / "kit.tresse"
    write_kit(sample_kit(), path)
    before = path.read_bytes()
    broken = sample_kit()
    with pytest.raises(KitWriteError) as caught:
        write_kit(broken, path, venues=())  # a session still points to its venue
    assert caught.value.reason == "invalid_kit"
    assert caught.value.cause.reason == "unknown_reference"
    assert caught.value.params["where"] == "sessions[0].venue_uid"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit.tresse"]
    with pytest.raises(KitWriteError):
        write_kit(broken, tmp_path / "new.tresse", venues=())
    assert not (tmp_path / "new.tresse").exists()


@pytest.mark.parametrize("name", ["nul\x00", "surrogate \ud800", " ", "x" * 1001])
def test_texts_the_format_refuses_are_refused_at_export(tmp_path, name):
    with pytest.raises(KitWriteError) as caught:
        write_kit(replace(sample_kit(), name=name), tmp_path / "k.tresse")
    assert caught.value.reason == "invalid_kit" and "exporté" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_repeated_evaluation_question_is_refused_at_export(tmp_path):
    kit = sample_kit()
    bad = replace(kit.evaluations[0], scores=(("objectifs", 4), ("objectifs", 2)))
    with pytest.raises(KitWriteError) as caught:
        write_kit(replace(kit, evaluations=(bad,)), tmp_path / "k.tresse", with_participants=True)
    assert caught.value.reason == "invalid_kit"


def test_a_failed_rename_leaves_no_temporary_file(tmp_path, monkeypatch):
    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(KitWriteError) as caught:
        write_kit(sample_kit(), tmp_path / "k.tresse")
    assert caught.value.reason == "cannot_write"
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(KitWriteError) as caught:
        write_kit(sample_kit(), tmp_path / "absent" / "k.tresse")
    assert caught.value.reason == "cannot_write" and "absent" in caught.value.message


def test_unusable_logos_stop_the_export(tmp_path, monkeypatch):
    (tmp_path / "logo.gif").write_bytes(b"GIF89a")
    (tmp_path / "big.png").write_bytes(PNG + b"\x00" * 200)
    monkeypatch.setattr(kitfile, "MAX_IMAGE_BYTES", 100)
    for logo, reason in [("absent.png", "image_unreadable"), ("logo.gif", "image_format"),
                         ("big.png", "image_too_big")]:
        with pytest.raises(KitWriteError) as caught:
            write_kit(sample_kit(), tmp_path / "k.tresse", structure=IssuingStructure(logo_path=str(tmp_path / logo)))
        assert caught.value.reason == reason
    assert not (tmp_path / "k.tresse").exists()


# -- reading hostile files ---------------------------------------------------------------------------------------


def test_not_a_zip(tmp_path):
    refused(b"Bonjour, voici le kit", "not_a_zip")
    refused(b"%PDF-1.7\n" + b"\x00" * 100, "not_a_zip")
    refused(b"", "not_a_zip")
    refused(kit_bytes(sample_kit(), tmp_path)[:300], "not_a_zip")  # a copy cut short: no central directory


def test_unreadable_path(tmp_path):
    error = refused(tmp_path / "absent.tresse", "unreadable")
    assert "clé USB" in error.message


def test_a_file_too_big_is_refused_before_parsing(monkeypatch, tmp_path):
    data = kit_bytes(sample_kit(), tmp_path)
    monkeypatch.setattr(kitfile, "MAX_FILE_BYTES", 1000)
    refused(data, "too_big")
    (tmp_path / "huge.tresse").write_bytes(b"\x00" * 2000)
    refused(tmp_path / "huge.tresse", "too_big")


def test_zip_without_kit_json():
    refused(zipped({"readme.txt": "bonjour"}), "no_kit_json")
    refused(zipped({"mon kit/kit.json": "{}"}), "no_kit_json")


def test_zip_with_two_kit_json(doc):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("kit.json", json.dumps(doc))
        with pytest.warns(UserWarning):
            zf.writestr("kit.json", json.dumps(doc))
    refused(buffer.getvalue(), "not_a_zip")


def test_too_many_members(doc, monkeypatch):
    crowded = kit_json(doc, **{f"images/x{i}.png": PNG for i in range(64)})
    refused(crowded, "too_many_members")

    def never(*args, **kwargs):
        raise AssertionError("the central directory was parsed")

    monkeypatch.setattr(kitfile.zipfile, "ZipFile", never)
    error = refused(crowded + b"", "too_many_members")  # counted from the end record, before zipfile
    assert "65" in error.message


def test_zip_bomb_declared_size():
    refused(zipped({"kit.json": b" " * (20 * 1024 * 1024 + 1)}), "too_big")


def test_zip_bomb_lying_about_its_size(monkeypatch):
    """A member whose headers declare a small size while the data inflates to more is never read past the cap."""
    data = bytearray(zipped({"kit.json": b" " * 5_000_000}))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        struct.pack_into("<I", data, at + offset, 100)
    monkeypatch.setattr(kitfile, "MAX_JSON_BYTES", 1000)
    with pytest.raises(KitFileError) as caught:
        read_kit(bytes(data))
    assert caught.value.reason in {"corrupt", "too_big"}


def test_read_limit_holds_even_if_the_header_is_trusted(monkeypatch):
    monkeypatch.setattr(kitfile, "MAX_JSON_BYTES", 1000)
    refused(zipped({"kit.json": b" " * 5000}), "too_big")


def test_encrypted_member_is_refused(doc):
    data = bytearray(kit_json(doc))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + offset] |= 0x01
    refused(bytes(data), "not_a_zip")


def test_unknown_compression_method_is_refused(doc):
    data = bytearray(kit_json(doc))
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        struct.pack_into("<H", data, data.find(signature) + offset, 99)
    error = refused(bytes(data), "unsupported_method")
    assert "AES" in error.message


def test_damaged_member_is_corrupt(doc):
    data = bytearray(kit_json(doc))
    at = data.find(b"PK\x03\x04") + 30 + len("kit.json") + 10
    data[at] ^= 0xFF
    with pytest.raises(KitFileError) as caught:
        read_kit(bytes(data))
    assert caught.value.reason in {"corrupt", "bad_encoding", "bad_json"}


def test_invalid_utf8_and_invalid_json():
    refused(zipped({"kit.json": b'{"format": "tresse-kit", "name": "\xe9t\xe9"}'}), "bad_encoding")
    refused(zipped({"kit.json": b'{"format": "tresse-kit",'}), "bad_json")
    refused(zipped({"kit.json": b'{"format": "tresse-kit", "format": "tresse-kit"}'}), "bad_json")
    refused(zipped({"kit.json": b'{"format": "tresse-kit", "version": NaN}'}), "bad_json")
    refused(zipped({"kit.json": b'{"version": ' + b"9" * 5000 + b"}"}), "bad_json")


def test_json_nested_too_deep(doc):
    refused(zipped({"kit.json": b"[" * 200_000 + b"]" * 200_000}), "too_deep")
    nested: object = "fond"
    for _ in range(20):
        nested = {"n": nested}
    refused(kit_json(doc | {"extension": nested}), "too_deep")


def test_not_a_kit(doc):
    refused(zipped({"kit.json": b"[1, 2, 3]"}), "not_a_kit")
    refused(kit_json(doc | {"format": "autre-logiciel"}), "not_a_kit")
    refused(kit_json({k: v for k, v in doc.items() if k != "format"}), "not_a_kit")


def test_newer_major_version_is_refused_with_a_clear_message(doc):
    error = refused(kit_json(doc | {"version": 2, "generator": "Tresse 3.0", "kit": "???"}), "too_new")
    assert "plus récente" in error.message and "Tresse 3.0" in error.message and "Mettez Tresse à jour" in error.message


def test_newer_minor_version_and_unknown_fields_are_read_with_a_warning(doc):
    plain = read_kit(kit_json(doc))
    newer = json.loads(json.dumps(doc)) | {"minor": 7, "future_list": [{"x": 1}]}
    newer["kit"]["colour"] = "bleu"
    newer["sessions"][0]["video_link"] = "https://example.org"
    result = read_kit(kit_json(newer, **{"images/unused.png": PNG, "future/data.bin": b"\x00"}))
    assert result.kit == plain.kit
    assert plain.warnings == []
    assert len(result.warnings) == 1 and "plus récente" in french(result.warnings[0])


def test_missing_required_fields(doc):
    for path, reason in [(("kit",), "missing_field"), (("sessions", 0, "date"), "missing_field"),
                         (("workshops", 0, "duration_minutes"), "missing_field"), (("version",), "missing_field"),
                         (("participants", 0, "last_name"), "missing_field"), (("venues", 0, "uid"), "missing_field")]:
        broken = json.loads(json.dumps(doc))
        target = broken
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
        error = refused(kit_json(broken), reason)
        assert error.where == ".".join(str(p) for p in path).replace(".0", "[0]")


@pytest.mark.parametrize("path, value, reason", [
    (("kit", "capacity"), "12", "bad_type"),
    (("kit", "capacity"), True, "bad_type"),
    (("kit", "archived"), 1, "bad_type"),
    (("kit", "name"), 12, "bad_type"),
    (("kit", "audience"), "porteurs", "bad_type"),
    (("sessions",), {"uid": "x"}, "bad_type"),
    (("sessions", 0), "séance", "bad_type"),
    (("sessions", 0, "sequence"), 1.5, "bad_type"),
    (("version",), "1", "bad_type"),
    (("kit", "uid"), "kit-1", "bad_uid"),
    (("kit", "uid"), "E1A3C5E7-9B1D-4F3A-8C5E-7A9C1E3B5D06", "bad_uid"),
    (("kit", "uid"), "{e1a3c5e7-9b1d-4f3a-8c5e-7a9c1e3b5d06}", "bad_uid"),
    (("sessions", 0, "workshop_uid"), "", "bad_uid"),
    (("sessions", 0, "workshop_uid"), "00000000-0000-4000-8000-000000000000", "unknown_reference"),
    (("sessions", 0, "venue_uid"), "00000000-0000-4000-8000-000000000000", "unknown_reference"),
    (("sessions", 0, "facilitator_uids"), ["00000000-0000-4000-8000-000000000000"], "unknown_reference"),
    (("kit", "facilitator_uids"), ["00000000-0000-4000-8000-000000000000"], "unknown_reference"),
    (("attendances", 0, "participant_uid"), "00000000-0000-4000-8000-000000000000", "unknown_reference"),
    (("evaluations", 0, "session_uid"), "00000000-0000-4000-8000-000000000000", "unknown_reference"),
    (("workshops", 0, "duration_minutes"), 0, "out_of_range"),
    (("workshops", 0, "duration_minutes"), 421, "out_of_range"),
    (("workshops", 0, "segments", 0, "minutes"), -5, "out_of_range"),
    (("sessions", 0, "date"), "1899-12-31", "out_of_range"),
    (("sessions", 0, "date"), "2201-01-01", "out_of_range"),
    (("kit", "created"), "0001-01-01T00:00:00", "out_of_range"),
    (("sessions", 0, "end"), "08:00", "out_of_range"),
    (("sessions", 0, "end"), "09:00", "out_of_range"),
    (("sessions", 0, "lunch"), {"start": "08:00", "end": "13:00"}, "out_of_range"),
    (("kit", "capacity"), 1_000_000, "out_of_range"),
    (("evaluations", 0, "scores", "objectifs"), 5, "out_of_range"),
    (("sessions", 0, "date"), "2027-13-01", "bad_value"),
    (("sessions", 0, "date"), "12/01/2027", "bad_value"),
    (("sessions", 0, "start"), "9:00", "bad_value"),
    (("sessions", 0, "start"), "09:00:00", "bad_value"),
    (("sessions", 0, "start"), "09:00:00.000000", "too_long"),
    (("kit", "modified"), "hier", "bad_value"),
    (("kit", "name"), "   ", "bad_value"),
    (("kit", "name"), "zéro\x00", "bad_value"),
    (("kit", "name"), "\ud800", "bad_value"),
    (("issuing_structure",), {"logo": "../../etc/passwd"}, "bad_value"),
    (("issuing_structure",), {"logo": "/tmp/logo.png"}, "bad_value"),
    (("kit", "name"), "x" * 1001, "too_long"),
    (("kit", "notes"), "x" * 20_001, "too_long"),
    (("workshops", 0, "objectives"), ["o"] * 1001, "too_many"),
])
def test_bad_values_are_refused(doc, path, value, reason):
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    error = refused(kit_json(doc), reason)
    assert error.where.startswith(str(path[0]))


def test_duplicates_are_refused(doc):
    twice = json.loads(json.dumps(doc))
    twice["participants"].append(dict(twice["participants"][0]))
    refused(kit_json(twice), "duplicate")
    twice = json.loads(json.dumps(doc))
    twice["attendances"].append(dict(twice["attendances"][0], presence="absent"))
    refused(kit_json(twice), "duplicate")
    twice = json.loads(json.dumps(doc))
    twice["sessions"][0]["facilitator_uids"] *= 2
    refused(kit_json(twice), "duplicate")


def test_too_many_participants_or_sessions(doc):
    many = [dict(doc["participants"][1], uid=new_uid()) for _ in range(5001)]
    refused(kit_json(doc | {"participants": many}), "too_many")
    sessions = [dict(doc["sessions"][1], uid=new_uid()) for _ in range(5001)]
    error = refused(kit_json(doc | {"sessions": sessions}), "too_many")
    assert error.where == "sessions" and "5000" in error.message


def test_unknown_status_and_presence_are_read_with_warnings(doc):
    doc["sessions"][0]["status"] = "postponed"
    doc["attendances"][0]["presence"] = "remote"
    result = read_kit(kit_json(doc))
    assert result.kit.sessions[0].status is SessionStatus.PENCILLED
    assert len(result.kit.attendances) == 2
    assert any("statut inconnu" in w for w in map(french, result.warnings))
    assert any("présence avait une valeur inconnue" in w for w in map(french, result.warnings))


def test_archive_paths_are_never_used(doc, tmp_path, monkeypatch):
    """A member that climbs out or is absolute refuses the whole file, even a member that would be ignored."""
    (tmp_path / "cwd" / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "cwd" / "a" / "b")
    for name in ("../../evil.json", "/etc/cron.d/evil", "images/../../x.png"):
        error = refused(kit_json(doc, **{name: PNG}), "unsafe_member")
        assert name in error.message
    assert read_kit(kit_json(doc, **{"readme.txt": b"bonjour"})).kit.name == "Parcours création 2027"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "cwd", "cwd/a", "cwd/a/b", "out.tresse"]


def test_bad_logos_are_dropped_with_a_warning(doc, monkeypatch):
    doc["issuing_structure"] = {"name": "CAE", "logo": "images/logo.png",
                                "funder_logos": ["images/a.png", "images/b.jpg", "images/c.png"]}
    monkeypatch.setattr(kitfile, "MAX_IMAGE_BYTES", 1000)
    data = kit_json(doc, **{"images/logo.png": PNG, "images/a.png": JPEG, "images/c.png": PNG + b"\x00" * 1000})
    result = read_kit(data)
    assert result.structure.logo_path == "images/logo.png" and result.structure.funder_logo_paths == ()
    assert result.images == {"images/logo.png": PNG}
    assert len(result.warnings) == 3


def test_every_reason_has_a_french_message():
    for key in WORDS:
        prefix, _, reason = key.partition(".")
        if prefix == "kitfile":
            assert KitFileError(reason).said.key == key and KitFileError(reason).message
        if prefix == "kitwrite":
            assert KitWriteError(reason).said.key == key and KitWriteError(reason).message
    assert KitFileError("no_such_reason").said.key == "kitfile.default"
    assert "pas un kit" in KitFileError("not_a_zip", detail="x").message
