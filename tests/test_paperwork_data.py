"""The paperwork fields (kit programme facts and certificate options, slot length, arrival and departure times,
three-state venue facts) survive the store and kit files; older databases and version 1.0 files keep loading, and
a 1.0 ``false`` reads as « à préciser »."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from dataclasses import replace
from datetime import time

import pytest

from desktop.domain.kit import Attendance, HalfDay, Presence, Venue
from desktop.domain.paperwork import ActionNature, Paperwork, paperwork_from_dict, paperwork_to_dict
from desktop.exchange.errors import KitFileError
from desktop.exchange.kitfile import read_kit
from desktop.storage.db import Database
from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository
from desktop.storage.migrations import MIGRATIONS, migrate
from test_kitfile import SHARED, _shared, sample_kit, write_kit

PAPERWORK = Paperwork(training_action=True, nature=ActionNature.SKILLS_REVIEW, prerequisites="Aucun",
                      audience="Porteuses et porteurs de projet", access="Inscription jusqu'à 8 jours avant",
                      price="Gratuit", methods="Ateliers", assessment="Auto-positionnement",
                      accessibility="Salle de plain-pied", accessibility_contact="Camille, 06 12 34 56 78",
                      fse_plus=True, answer_lines=9)


def rich_kit():
    kit = sample_kit()
    venues, facilitators = SHARED[kit.uid]
    venue = replace(venues[0], step_free=None, parking=False, mobile_coverage=None, wifi=True)
    late = replace(kit.attendances[0], arrival=time(9, 40), departure=time(11, 45))
    workshop = replace(kit.workshops[0], slot_minutes=45)
    return _shared(replace(kit, attendances=(late, *kit.attendances[1:]), workshops=(workshop,),
                           paperwork=PAPERWORK, modified=kit.modified.replace(microsecond=0)), (venue,), facilitators)


def test_paperwork_codec_round_trips():
    assert paperwork_from_dict(paperwork_to_dict(PAPERWORK)) == PAPERWORK
    assert paperwork_from_dict({}) == Paperwork()


def test_everything_survives_the_store(store):
    kit = rich_kit()
    venues, facilitators = SHARED[kit.uid]
    VenueRepository(store).save(venues[0])
    FacilitatorRepository(store).save(facilitators[0])
    KitRepository(store).save(kit)
    assert VenueRepository(store).list() == list(venues)
    assert KitRepository(store).load(kit.uid) == kit


def test_everything_survives_a_kit_file(tmp_path):
    kit = rich_kit()
    write_kit(kit, tmp_path / "k.tresse", with_participants=True)
    back = read_kit(tmp_path / "k.tresse")
    assert back.kit == kit and back.warnings == [] and back.venues == SHARED[kit.uid][0]
    with zipfile.ZipFile(tmp_path / "k.tresse") as zf:
        doc = json.loads(zf.read("kit.json"))
    venue = doc["venues"][0]
    assert (venue["step_free_state"], venue["parking_state"], venue["wifi_state"]) == ("unknown", "no", "yes")
    assert venue["step_free"] is False and venue["wifi"] is True  # still written for older readers
    assert doc["minor"] >= 3 and doc["kit"]["paperwork"]["nature"] == "bilan"
    assert doc["attendances"][0]["arrival"] == "09:40" and "arrival" not in doc["attendances"][1]


def legacy_file(tmp_path, **venue_fields) -> bytes:
    """A version 1.0 file (minor 0): booleans only, no paperwork, no slots, no arrival times."""
    kit = sample_kit()
    write_kit(kit, tmp_path / "new.tresse", with_participants=True)
    with zipfile.ZipFile(tmp_path / "new.tresse") as zf:
        doc = json.loads(zf.read("kit.json"))
    doc["minor"] = 0
    del doc["kit"]["paperwork"]
    for w in doc["workshops"]:
        del w["slot_minutes"]
    for v in doc["venues"]:
        for name in ("step_free", "parking", "mobile_coverage", "wifi"):
            del v[f"{name}_state"]
        v.update(venue_fields)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("kit.json", json.dumps(doc))
    return buffer.getvalue()


def test_a_version_1_0_false_reads_as_a_preciser(tmp_path):
    read = read_kit(legacy_file(tmp_path, step_free=True, parking=False, wifi=False, mobile_coverage=True))
    venue = read.venues[0]
    assert (venue.step_free, venue.parking, venue.wifi, venue.mobile_coverage) == (True, None, None, True)
    assert read.kit.paperwork == Paperwork() and read.kit.workshops[0].slot_minutes == 60
    assert read.warnings == []
    without = read_kit(legacy_file(tmp_path, step_free=None, parking=None, wifi=None, mobile_coverage=None))
    assert without.venues[0].mobile_coverage is None


@pytest.mark.parametrize("change, where", [
    (lambda d: d["venues"][0].update(step_free_state="peut-être"), "venues[0].step_free_state"),
    (lambda d: d["kit"].update(paperwork={"nature": "stage"}), "kit.paperwork.nature"),
    (lambda d: d["kit"].update(paperwork={"price": 12}), "kit.paperwork.price"),
    (lambda d: d["kit"].update(paperwork={"answer_lines": 500}), "kit.paperwork.answer_lines"),
    (lambda d: d["workshops"][0].update(slot_minutes=0), "workshops[0].slot_minutes"),
    (lambda d: d["attendances"][0].update(arrival="25:00"), "attendances[0].arrival"),
])
def test_hostile_values_are_refused_with_their_place(tmp_path, change, where):
    write_kit(sample_kit(), tmp_path / "k.tresse", with_participants=True)
    with zipfile.ZipFile(tmp_path / "k.tresse") as zf:
        doc = json.loads(zf.read("kit.json"))
    change(doc)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("kit.json", json.dumps(doc))
    with pytest.raises(KitFileError) as caught:
        read_kit(buffer.getvalue())
    assert where in caught.value.message


def test_a_version_2_database_upgrades_keeping_its_venues_and_presences(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrate(db, MIGRATIONS[:2])
    kit = sample_kit()
    with db.transaction() as conn:
        conn.execute("INSERT INTO venue VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     ("v1", "Mairie", "", "", 0, 1, 0, 1, 0, "", ""))
    db.close()
    db = Database(path)
    migrate(db)
    kit = replace(kit, evaluations=tuple(e for e in kit.evaluations if e.participant_uid))
    venue = VenueRepository(db).list()[0]
    assert (venue.step_free, venue.parking, venue.mobile_coverage, venue.wifi) == (True, None, True, None)
    VenueRepository(db).save(replace(venue, parking=False))
    assert VenueRepository(db).list()[0].parking is False
    for venue in SHARED[kit.uid][0]:
        VenueRepository(db).save(venue)
    for person in SHARED[kit.uid][1]:
        FacilitatorRepository(db).save(person)
    KitRepository(db).save(kit)
    assert KitRepository(db).load(kit.uid).attendances == kit.attendances
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    raw.close()
    db.close()


def test_venues_default_to_a_preciser():
    venue = Venue("v", "Salle")
    assert (venue.step_free, venue.parking, venue.mobile_coverage, venue.wifi) == (None, None, None, None)
    assert Attendance("s", "p", HalfDay.MORNING, Presence.PRESENT).arrival is None
