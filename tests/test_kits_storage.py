"""Kits in the store: created from templates, experiments, duplicates or blank; saved whole; edits pure."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.kit import (
    Attendance, Evaluation, Facilitator, HalfDay, IssuingStructure, Participant, Presence, Session, SessionStatus,
    Venue, check_duration, clean_name, kit_totals, materials_checklist, new_uid,
)
from desktop.domain.kit_edit import (
    add_participants, insert_workshop, move_workshops, remove_participants, remove_workshops, replace_sessions,
)
from desktop.domain.kit_factory import blank_kit, duplicate_kit, kit_from_experiment, kit_from_template
from desktop.storage.kits import FacilitatorRepository, KitRepository, ProfileRepository, VenueRepository
from desktop.storage.migrations import MIGRATIONS, migrate
from desktop.storage.repositories import CatalogueRepository
from desktop.storage.db import Database


@pytest.fixture
def catalogue(store):
    return CatalogueRepository(store)


@pytest.fixture
def full_kit(store, catalogue):
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("Outille ton projet"), library, "Outille ton projet — Annonay")
    venue = Venue(new_uid(), "Salle des fêtes", "1 place de la Mairie", "Sarras", 30, step_free=True)
    fac = Facilitator(new_uid(), "Camille Martin", "camille@example.org")
    VenueRepository(store).save(venue)  # shared records: saved by their own repositories, never with a kit
    FacilitatorRepository(store).save(fac)
    people = [Participant(new_uid(), "Dupré", "Élodie", "Asso L'Épi"), Participant(new_uid(), "Иванова", "Анна")]
    sessions = [Session(new_uid(), kw.uid, date(2027, 1, 12) + timedelta(days=7 * i), time(9), time(12), venue.uid, (fac.uid,),
                        SessionStatus.HELD) for i, kw in enumerate(kit.workshops)]
    attend = [Attendance(sessions[0].uid, people[0].uid, HalfDay.MORNING, Presence.PRESENT),
              Attendance(sessions[0].uid, people[1].uid, HalfDay.MORNING, Presence.EXCUSED)]
    evals = [Evaluation(sessions[0].uid, people[0].uid, (("objectifs", 4), ("contenu", 3)), "Très utile ; merci !")]
    return replace(kit, participants=tuple(people), sessions=tuple(sessions), attendances=tuple(attend),
                   evaluations=tuple(evals), venue_uids=(venue.uid,), facilitator_uids=(fac.uid,),
                   funders_mention="Avec le soutien de la Région", departement="Ardèche")


def test_save_and_load_round_trip(store, full_kit):
    repo = KitRepository(store)
    repo.save(full_kit)
    loaded = repo.load(full_kit.uid)
    assert loaded == full_kit
    assert repo.counts()[full_kit.uid] == (4, 2, 4)
    assert [k.name for k in repo.list()] == [full_kit.name]


def test_saving_again_replaces_children(store, full_kit):
    repo = KitRepository(store)
    repo.save(full_kit)
    smaller = remove_workshops(full_kit, {full_kit.workshops[0].uid})
    repo.save(smaller)
    loaded = repo.load(full_kit.uid)
    assert len(loaded.workshops) == 3 and len(loaded.sessions) == 3
    assert loaded.attendances == () and loaded.evaluations == ()


def test_delete_cascades(store, full_kit):
    repo = KitRepository(store)
    repo.save(full_kit)
    repo.delete(full_kit.uid)
    for table in ("kit", "kit_workshop", "participant", "session", "attendance", "evaluation"):
        assert store.query(f"SELECT count(*) FROM {table}")[0][0] == 0, table
    assert len(VenueRepository(store).list()) == 1  # venues are shared, kept


def test_failed_save_changes_nothing(store, full_kit):
    repo = KitRepository(store)
    repo.save(full_kit)
    broken = replace(full_kit, name="Nouveau nom",
                     sessions=full_kit.sessions + (replace(full_kit.sessions[0], kit_workshop_uid="inconnu"),))
    with pytest.raises(Exception):
        repo.save(broken)
    assert repo.load(full_kit.uid) == full_kit


def test_find_by_name_ignoring_accents(store, full_kit):
    repo = KitRepository(store)
    repo.save(full_kit)
    assert repo.find("OUTILLE TON PROJET — ANNONAY").uid == full_kit.uid
    assert repo.find(full_kit.uid).uid == full_kit.uid
    assert repo.find("autre") is None


def test_kit_from_experiment_and_blank(catalogue):
    exp = catalogue.experiments()[8]
    kit = kit_from_experiment(exp, catalogue.workshops())
    assert kit.experiment == 9 and kit.departement == "Mayenne"
    assert {kw.workshop.id for kw in kit.workshops} >= {"mayidess-comptabilite", "mayidess-pitch-final"}
    assert blank_kit("  Mon   kit ").name == "Mon kit"
    with pytest.raises(ValidationError) as info:
        blank_kit("   ")
    assert info.value.code == "empty"


def test_duplicate_gets_new_identities_and_consistent_references(full_kit):
    copy = duplicate_kit(full_kit, "Copie")
    assert copy.uid != full_kit.uid
    assert not {kw.uid for kw in copy.workshops} & {kw.uid for kw in full_kit.workshops}
    uids = {kw.uid for kw in copy.workshops}
    assert all(s.kit_workshop_uid in uids for s in copy.sessions)
    assert {a.participant_uid for a in copy.attendances} <= {p.uid for p in copy.participants}
    assert [kw.workshop for kw in copy.workshops] == [kw.workshop for kw in full_kit.workshops]


def test_edits_are_pure(full_kit, catalogue):
    w = catalogue.workshop("visite-apprenante")
    bigger, item = insert_workshop(full_kit, w, 1)
    assert len(full_kit.workshops) == 4 and bigger.workshops[1] == item
    moved = move_workshops(bigger, [item.uid], 5)
    assert moved.workshops[-1].uid == item.uid
    back = move_workshops(moved, [item.uid], 0)
    assert back.workshops[0].uid == item.uid
    fewer = remove_participants(full_kit, {full_kit.participants[0].uid})
    assert len(fewer.participants) == 1 and all(a.participant_uid != full_kit.participants[0].uid
                                                 for a in fewer.attendances)
    more = add_participants(full_kit, [Participant(new_uid(), "Nouveau")])
    assert len(more.participants) == 3


def test_changed_session_raises_its_sequence(full_kit):
    s = full_kit.sessions[0]
    changed = replace_sessions(full_kit, [replace(s, start=time(10)), *full_kit.sessions[1:]])
    assert changed.sessions[0].sequence == s.sequence + 1
    same = replace_sessions(full_kit, list(full_kit.sessions))
    assert same.sessions[0].sequence == s.sequence


def test_rules():
    with pytest.raises(ValidationError):
        check_duration(0)
    with pytest.raises(ValidationError):
        check_duration(24 * 60)
    assert check_duration(180) == 180
    with pytest.raises(ValidationError):
        clean_name("x" * 500)


def test_totals_and_materials(full_kit):
    sessions, minutes = kit_totals(full_kit)
    assert sessions == 4 and minutes == 4 * 180
    items = materials_checklist(full_kit)
    assert items and all(n >= 1 for _, n in items)
    assert len({i.lower() for i, _ in items}) == len(items)


def test_profile_and_shared_repositories(store):
    profile = ProfileRepository(store)
    assert profile.structure() == IssuingStructure()
    s = IssuingStructure(name="Pôle ESS", signatory_name="Anne", funder_logo_paths=("/tmp/a.png",))
    profile.save_structure(s)
    assert profile.structure() == s
    profile.save_blackouts({date(2027, 5, 7): "Pont"})
    assert profile.blackouts() == {date(2027, 5, 7): "Pont"}
    FacilitatorRepository(store).save(Facilitator(new_uid(), "Zoé"))
    assert [f.name for f in FacilitatorRepository(store).list()] == ["Zoé"]


def test_upgrade_from_schema_1_keeps_the_catalogue(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrate(db, MIGRATIONS[:1])
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('catalogue_digest', 'old')")
    migrate(db, MIGRATIONS[:7])
    assert db.query("SELECT value FROM meta WHERE key = 'catalogue_digest'")[0][0] == "old"
    migrate(db)
    assert db.user_version == len(MIGRATIONS)
    # step 8 forgets the digest on purpose: the catalogue is installed again with the templates' calls
    assert db.query("SELECT value FROM meta WHERE key = 'catalogue_digest'") == []
    assert db.query("SELECT count(*) FROM kit_template")[0][0] == 0
    db.close()
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM kit").fetchone()[0] == 0
    raw.close()


def _writes(trace: list[str]) -> list[str]:
    return [s for s in trace if s.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE")]


def test_a_moved_session_writes_one_session_row(store, full_kit):
    """An edit of a stored kit writes only the rows that differ: a session moved to the next day is one statement,
    forward and back, and the kit read back is the kit as edited."""
    from desktop.storage.changes import KIT, Edit, write_edits

    repo = KitRepository(store)
    repo.save(full_kit)
    before = repo.load(full_kit.uid)
    moved = replace(before.sessions[1], day=before.sessions[1].day + timedelta(days=1))
    after = replace(before, sessions=(before.sessions[0], moved, *before.sessions[2:]))
    trace: list[str] = []
    store.conn.set_trace_callback(trace.append)
    try:
        write_edits(store, (Edit(KIT, before.uid, before, after),))
        forward = _writes(trace)
        trace.clear()
        write_edits(store, (Edit(KIT, before.uid, before, after),), forward=False)
        backward = _writes(trace)
    finally:
        store.conn.set_trace_callback(None)
    assert len(forward) == 1 and forward[0].startswith("INSERT INTO session ") and moved.uid in forward[0]
    assert len(backward) == 1 and backward[0].startswith("INSERT INTO session ")
    assert repo.load(before.uid) == before
    write_edits(store, (Edit(KIT, before.uid, before, after),))
    assert repo.load(before.uid) == after


def test_edits_written_row_by_row_read_back_as_written(store, full_kit):
    """Every kind of child change written as a difference reads back equal to the kit edited, in the same order,
    and undone in reverse brings the first kit back exactly (including removals from the middle, where the rows
    read back in insertion order are written whole again)."""
    repo = KitRepository(store)
    repo.save(full_kit)
    first = repo.load(full_kit.uid)
    s, p = first.sessions, first.participants
    newcomer = Participant(new_uid(), "Nguyen", "Lan")
    extra = replace(s[0], uid=new_uid(), day=date(2027, 6, 1))
    steps = [first]
    steps.append(replace(steps[-1], participants=(*p, newcomer), name="Outille ton projet — Sarras"))
    steps.append(replace(steps[-1], participants=(newcomer, *p)))  # positions change
    steps.append(replace(steps[-1], attendances=(
        replace(first.attendances[0], presence=Presence.ABSENT), first.attendances[1],
        Attendance(s[0].uid, newcomer.uid, HalfDay.MORNING, Presence.PRESENT))))
    steps.append(replace(steps[-1], sessions=(*s, extra)))
    steps.append(replace(steps[-1], sessions=(s[0], *s[2:], extra)))  # a session removed from the middle
    steps.append(replace(steps[-1], evaluations=(
        *first.evaluations, Evaluation(s[0].uid, "", (("objectifs", 5),), "anonyme"),
        Evaluation(s[0].uid, "", (("objectifs", 2),), ""))))
    last = steps[-1]  # a participant removed with their presences and evaluation
    steps.append(replace(last, participants=(newcomer, p[1]),
                         attendances=tuple(a for a in last.attendances if a.participant_uid != p[0].uid),
                         evaluations=tuple(e for e in last.evaluations if e.participant_uid != p[0].uid)))
    last = steps[-1]
    steps.append(replace(remove_workshops(last, {last.workshops[0].uid}), workshops=tuple(
        reversed(remove_workshops(last, {last.workshops[0].uid}).workshops))))
    for old, new in zip(steps, steps[1:]):
        with store.transaction() as conn:
            KitRepository.write_changes(conn, old, new)
        assert repo.load(first.uid) == new
    for old, new in zip(reversed(steps), list(reversed(steps))[1:]):
        with store.transaction() as conn:
            KitRepository.write_changes(conn, old, new)
        assert repo.load(first.uid) == new
    assert repo.load(first.uid) == first
