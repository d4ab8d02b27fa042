"""Properties of the workspace over random edits of two kits and the venues they share.

- Undo and redo are exact: undo everything and the user tables (sorted, timestamps included) are as at the start;
  redo everything and they are as at the end.
- The schedule's conflict index, followed incrementally from the workspace's change sets, always equals a full
  recomputation over the workspace's kits, session by session too; so do the conflicts a table holds by following
  each change's conflicts taken out and put in.
- The workspace's memory always equals what the database holds.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace
from datetime import date, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.kit import (
    Attendance, Facilitator, HalfDay, Participant, Presence, Session, SessionStatus, Venue, new_uid,
)
from desktop.domain.kit_edit import replace_sessions
from desktop.domain.kit_factory import kit_from_template
from desktop.scheduling.conflicts import find_conflicts
from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository
from desktop.storage.store import open_store
from desktop.ui.schedule import Schedule
from desktop.ui.workspace import Workspace
from helpers import logical_dump

_counter = itertools.count()

OPERATIONS = ("move", "rename_kit", "participant", "add_participant", "remove_participant", "departement",
              "rename_venue", "venue_capacity", "add_venue", "delete_venue", "team", "attendance", "cancel",
              "add_session", "delete_facilitator", "undo", "redo")

operations = st.lists(st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 1_000)), min_size=1, max_size=14)


_PRISTINE: list = []


def build(tmp_path_factory):
    """A new store (a copy of one migrated and filled once), its workspace and schedule, with two kits."""
    if not _PRISTINE:
        first = tmp_path_factory.mktemp("pristine") / "store.sqlite3"
        open_store(first).close()
        _PRISTINE.append(first.read_bytes())
    path = tmp_path_factory.mktemp("ws") / f"t{next(_counter)}.sqlite3"
    path.write_bytes(_PRISTINE[0])
    db = open_store(path)
    workspace = Workspace(db)
    library = {w.id: w for w in workspace.catalogue.workshops()}
    halls = [Venue(new_uid(), f"Salle {i}", commune="Sarras", capacity=3) for i in range(2)]
    people = [Facilitator(new_uid(), name) for name in ("Camille", "Youssef")]
    for venue in halls:
        workspace.save_venue(venue)
    for person in people:
        workspace.save_facilitator(person)
    for n, name in enumerate(("Kit A", "Kit B")):
        kit = kit_from_template(workspace.catalogue.template_by_name("outille ton projet"), library, name)
        sessions = tuple(Session(new_uid(), kw.uid, date(2027, 1, 11) + timedelta(days=i + n), time(9), time(12),
                                 halls[0].uid, (people[0].uid,)) for i, kw in enumerate(kit.workshops[:3]))
        roster = tuple(Participant(new_uid(), f"Nom{i}", "Lou" if i == 0 else f"P{i}", email="lou@example.org"
                                   if i == 0 else "") for i in range(4))
        workspace.create_kit(replace(kit, sessions=sessions, participants=roster, departement="Vendée"), "créer")
    workspace.undo_stack.clear()
    return db, workspace, Schedule(workspace)


def apply(workspace: Workspace, op: str, n: int) -> None:
    kits = sorted(workspace.kits(), key=lambda k: k.name)
    kit = kits[n % len(kits)]
    venues = sorted(workspace.venues.values(), key=lambda v: v.name)
    people = sorted(workspace.facilitators.values(), key=lambda f: f.name)
    stamp = f"{op} {n}"
    if op == "move" and kit.sessions:
        s = kit.sessions[n % len(kit.sessions)]
        moved = replace(s, day=date(2027, 1, 11) + timedelta(days=n % 9), start=time(9 + n % 4), end=time(13 + n % 4),
                        venue_uid=venues[n % len(venues)].uid if venues and n % 3 else "")
        workspace.update_kit(replace_sessions(kit, [moved if x.uid == s.uid else x for x in kit.sessions]), stamp)
    elif op == "rename_kit":
        workspace.update_kit(replace(kit, name=f"{kit.name[:5]} {n}"), stamp)
    elif op == "participant" and kit.participants:
        p = kit.participants[n % len(kit.participants)]
        changed = replace(p, first_name="Lou" if n % 2 else "Léa", phone=str(n))
        workspace.update_kit(replace(kit, participants=tuple(changed if x.uid == p.uid else x
                                                             for x in kit.participants)), stamp)
    elif op == "add_participant":
        person = Participant(new_uid(), "Nom0", "Lou", email="lou@example.org")
        workspace.update_kit(replace(kit, participants=(*kit.participants, person)), stamp)
    elif op == "remove_participant" and kit.participants:
        gone = kit.participants[n % len(kit.participants)].uid
        workspace.update_kit(replace(kit, participants=tuple(p for p in kit.participants if p.uid != gone),
                                     attendances=tuple(a for a in kit.attendances if a.participant_uid != gone)),
                             stamp)
    elif op == "departement":
        workspace.update_kit(replace(kit, departement=("Vendée", "Moselle", "Ardèche", "")[n % 4]), stamp)
    elif op == "rename_venue" and venues:
        workspace.save_venue(replace(venues[n % len(venues)], name=f"Salle {n}"))
    elif op == "venue_capacity" and venues:
        workspace.save_venue(replace(venues[n % len(venues)], capacity=n % 6))
    elif op == "add_venue":
        workspace.save_venue(Venue(new_uid(), f"Lieu {n}", capacity=n % 5))
    elif op == "delete_venue" and venues:
        workspace.delete_venue(venues[n % len(venues)].uid)
    elif op == "team" and people:
        workspace.update_kit(replace(kit, facilitator_uids=(people[n % len(people)].uid,)), stamp)
    elif op == "attendance" and kit.sessions and kit.participants:
        a = Attendance(kit.sessions[n % len(kit.sessions)].uid, kit.participants[n % len(kit.participants)].uid,
                       HalfDay.MORNING, (Presence.PRESENT, Presence.ABSENT, Presence.EXCUSED)[n % 3])
        others = tuple(x for x in kit.attendances if (x.session_uid, x.participant_uid, x.half_day)
                       != (a.session_uid, a.participant_uid, a.half_day))
        workspace.update_kit(replace(kit, attendances=(*others, a)), stamp)
    elif op == "cancel" and kit.sessions:
        s = kit.sessions[n % len(kit.sessions)]
        status = SessionStatus.CANCELLED if s.is_active else SessionStatus.CONFIRMED
        workspace.update_kit(replace_sessions(kit, [replace(x, status=status) if x.uid == s.uid else x
                                                    for x in kit.sessions]), stamp)
    elif op == "add_session":
        kw = kit.workshops[n % len(kit.workshops)]
        s = Session(new_uid(), kw.uid, date(2027, 1, 11) + timedelta(days=n % 7), time(14), time(17),
                    venues[0].uid if venues else "", (people[0].uid,) if people else ())
        workspace.update_kit(replace_sessions(kit, [*kit.sessions, s]), stamp)
    elif op == "delete_facilitator" and people:
        workspace.delete_facilitator(people[n % len(people)].uid)
    elif op == "undo":
        workspace.undo_stack.undo()
    elif op == "redo":
        workspace.undo_stack.redo()


def check_memory_is_the_database(db, workspace: Workspace) -> None:
    assert KitRepository(db).load_all() == {k.uid: k for k in workspace.kits()}
    assert {v.uid: v for v in VenueRepository(db).list()} == dict(workspace.venues)
    assert {f.uid: f for f in FacilitatorRepository(db).list()} == dict(workspace.facilitators)


class ConflictMirror:
    """The conflicts as the calendar page's table follows them: read whole after a full change, else the
    conflicts taken out (by identity) and put in that each change names."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule, self.rows = schedule, list(schedule.conflicts())
        schedule.changed.connect(self.follow)

    def follow(self) -> None:
        change = self.schedule.last_change
        if change is None:
            self.rows = list(self.schedule.conflicts())
            return
        gone = {id(c) for c in change.conflicts_removed}
        assert len([r for r in self.rows if id(r) in gone]) == len(gone)
        self.rows = [r for r in self.rows if id(r) not in gone] + list(change.conflicts_added)


def check_conflicts(schedule: Schedule, workspace: Workspace, mirror: ConflictMirror | None = None) -> None:
    full = find_conflicts(workspace.kits(), venues=workspace.venues, facilitators=workspace.facilitators)
    assert schedule.conflicts() == full
    for _, session in schedule.sessions():
        assert schedule.conflicts_for(session.uid) == [c for c in full if session.uid in c.session_uids]
    if mirror is not None:
        assert Counter(mirror.rows) == Counter(full)


@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(steps=operations)
def test_undo_and_redo_are_exact(qapp, tmp_path_factory, steps):
    db, workspace, schedule = build(tmp_path_factory)
    mirror = ConflictMirror(schedule)
    try:
        start = logical_dump(db)
        for op, n in steps:
            apply(workspace, op, n)
            check_conflicts(schedule, workspace, mirror)
        check_memory_is_the_database(db, workspace)
        end = logical_dump(db)
        stack = workspace.undo_stack
        at = stack.index()
        while stack.canUndo():
            stack.undo()
        assert logical_dump(db) == start
        check_memory_is_the_database(db, workspace)
        check_conflicts(schedule, workspace, mirror)
        while stack.index() < at:
            stack.redo()
        assert logical_dump(db) == end
        check_conflicts(schedule, workspace, mirror)
    finally:
        db.close()
