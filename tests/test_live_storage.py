"""What running a session live leaves behind is kept: in the database (migration step), in kit files (minor 2),
and through the kit's edits (duplicating, removing people or sessions)."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import date, time

import pytest

from desktop.domain.catalogue import Segment
from desktop.domain.kit import HalfDay, Kit, KitWorkshop, Participant, Presence, Session
from desktop.domain.kit_edit import remove_participants, replace_sessions, set_attendance, set_session_run
from desktop.domain.kit_factory import duplicate_kit
from desktop.domain.kit import blank_workshop, new_uid
from desktop.domain.session_run import SegmentSpent, SessionRun
from desktop.exchange.errors import KitFileError
from desktop.exchange.kitfile import read_kit, write_kit
from desktop.storage.kits import KitRepository


def run_kit() -> Kit:
    workshop = replace(blank_workshop("Pitcher son projet", 60),
                       segments=(Segment("accueil", "Accueil", 20), Segment("apport", "Apport", 40)))
    kw = KitWorkshop(new_uid(), workshop)
    session = Session(new_uid(), kw.uid, date(2026, 12, 1), time(9, 0), time(10, 0))
    people = tuple(Participant(new_uid(), n, f) for n, f in (("Durand", "Marie"), ("Roux", "Léa"), ("Petit", "Jo")))
    kit = Kit(uid=new_uid(), name="Parcours", workshops=(kw,), sessions=(session,), participants=people)
    kit = set_attendance(kit, session.uid, people[0].uid, HalfDay.MORNING, Presence.PRESENT, time(9, 20))
    kit = set_attendance(kit, session.uid, people[1].uid, HalfDay.MORNING, Presence.PRESENT)
    run = SessionRun(session.uid, (SegmentSpent("Accueil", 20, 1500), SegmentSpent("Apport", 40, 2000)),
                     ((people[0].uid, people[2].uid), (people[1].uid,)))
    return set_session_run(kit, run)


def test_saved_and_loaded_whole(store):
    kit = run_kit()
    repo = KitRepository(store)
    repo.save(kit)
    loaded = repo.load(kit.uid)
    assert loaded.session_runs == kit.session_runs
    assert loaded.attendances == kit.attendances
    assert loaded.attendances[0].arrival == time(9, 20) and loaded.attendances[1].arrival is None
    repo.save(replace_sessions(loaded, []))
    assert repo.load(kit.uid).session_runs == ()


def test_edits_keep_the_records_consistent():
    kit = run_kit()
    marie = kit.participants[0].uid
    fewer = remove_participants(kit, {marie})
    assert all(marie not in g for g in fewer.session_runs[0].groups)
    assert fewer.session_runs[0].spent == kit.session_runs[0].spent
    copy = duplicate_kit(kit, "Copie")
    assert copy.session_runs[0].session_uid == copy.sessions[0].uid
    assert {u for g in copy.session_runs[0].groups for u in g} == {p.uid for p in copy.participants}
    assert copy.attendances[0].arrival == time(9, 20)
    assert set_session_run(kit, SessionRun(kit.sessions[0].uid)).session_runs == ()
    assert set_attendance(kit, kit.sessions[0].uid, marie, HalfDay.MORNING, Presence.ABSENT, time(9, 0)) \
        .attendances[-1].arrival is None


def test_kit_file_carries_runs_groups_only_with_personal_data(tmp_path):
    kit = run_kit()
    write_kit(kit, tmp_path / "all.tresse", with_participants=True)
    full = read_kit(tmp_path / "all.tresse").kit
    assert full.session_runs == kit.session_runs and full.attendances == kit.attendances
    write_kit(kit, tmp_path / "plain.tresse")
    plain = read_kit(tmp_path / "plain.tresse").kit
    assert plain.session_runs == (SessionRun(kit.sessions[0].uid, kit.session_runs[0].spent),)
    with zipfile.ZipFile(tmp_path / "plain.tresse") as z:
        doc = json.loads(z.read("kit.json"))
    assert doc["minor"] >= 3 and "groups" not in doc["session_runs"][0]


def rewritten(tmp_path, kit, change):
    write_kit(kit, tmp_path / "a.tresse", with_participants=True)
    with zipfile.ZipFile(tmp_path / "a.tresse") as z:
        doc = json.loads(z.read("kit.json"))
    change(doc)
    with zipfile.ZipFile(tmp_path / "b.tresse", "w") as z:
        z.writestr("kit.json", json.dumps(doc))
    return read_kit(tmp_path / "b.tresse")


def test_an_older_file_without_runs_still_imports(tmp_path):
    kit = run_kit()

    def older(doc):
        doc["minor"] = 1
        del doc["session_runs"]
        for a in doc["attendances"]:
            a.pop("arrival", None)
    result = rewritten(tmp_path, kit, older)
    assert result.kit.session_runs == () and all(a.arrival is None for a in result.kit.attendances)
    assert not result.warnings


@pytest.mark.parametrize("change, reason", [
    (lambda d: d["session_runs"][0]["groups"][1].append(d["session_runs"][0]["groups"][0][0]), "duplicate"),
    (lambda d: d["session_runs"][0]["groups"].append(["00000000-0000-4000-8000-000000000000"]), "unknown_reference"),
    (lambda d: d["session_runs"][0]["spent"][0].update(spent_seconds=-1), "out_of_range"),
    (lambda d: d["session_runs"].append(dict(d["session_runs"][0])), "duplicate"),
    (lambda d: d["attendances"][0].update(arrival="25:00"), "bad_value"),
    (lambda d: d["session_runs"][0].update(groups="x"), "bad_type"),
])
def test_hostile_runs_are_refused(tmp_path, change, reason):
    with pytest.raises(KitFileError) as caught:
        rewritten(tmp_path, run_kit(), change)
    assert caught.value.reason == reason
