"""Edits of a kit as pure functions: each returns a new Kit and leaves the given one as it was.

The UI's undo commands keep the value before and after an edit; the storage layer saves whichever is current.
Removing a workshop removes its sessions (and their attendance and evaluations); removing a participant removes
their attendance and evaluations.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import Kit, KitWorkshop, Participant, Session, new_uid, touch
from desktop.domain.session_run import SessionRun, prune_runs


def insert_workshop(kit: Kit, workshop: Workshop, index: int | None = None) -> tuple[Kit, KitWorkshop]:
    """Place a copy of *workshop* at *index* (the end by default)."""
    item = KitWorkshop(new_uid(), workshop)
    items = list(kit.workshops)
    items.insert(len(items) if index is None else max(0, min(index, len(items))), item)
    return touch(replace(kit, workshops=tuple(items))), item


def move_workshops(kit: Kit, uids: list[str], to_index: int) -> Kit:
    """Move the workshops *uids* (kept in their relative order) to before position *to_index* of the list."""
    moving = [kw for kw in kit.workshops if kw.uid in uids]
    before = sum(1 for kw in kit.workshops[:to_index] if kw.uid in uids)
    rest = [kw for kw in kit.workshops if kw.uid not in uids]
    at = max(0, min(to_index - before, len(rest)))
    return touch(replace(kit, workshops=tuple(rest[:at] + moving + rest[at:])))


def remove_workshops(kit: Kit, uids: set[str]) -> Kit:
    sessions = tuple(s for s in kit.sessions if s.kit_workshop_uid not in uids)
    kept = {s.uid for s in sessions}
    return touch(replace(
        kit, workshops=tuple(kw for kw in kit.workshops if kw.uid not in uids), sessions=sessions,
        attendances=tuple(a for a in kit.attendances if a.session_uid in kept),
        evaluations=tuple(e for e in kit.evaluations if e.session_uid in kept),
        session_runs=prune_runs(kit.session_runs, kept, {p.uid for p in kit.participants})))


def update_workshop(kit: Kit, uid: str, workshop: Workshop) -> Kit:
    return touch(replace(kit, workshops=tuple(KitWorkshop(kw.uid, workshop) if kw.uid == uid else kw
                                              for kw in kit.workshops)))


def add_participants(kit: Kit, participants: list[Participant]) -> Kit:
    return touch(replace(kit, participants=kit.participants + tuple(participants)))


def update_participant(kit: Kit, participant: Participant) -> Kit:
    return touch(replace(kit, participants=tuple(participant if p.uid == participant.uid else p
                                                 for p in kit.participants)))


def remove_participants(kit: Kit, uids: set[str]) -> Kit:
    return touch(replace(
        kit, participants=tuple(p for p in kit.participants if p.uid not in uids),
        attendances=tuple(a for a in kit.attendances if a.participant_uid not in uids),
        evaluations=tuple(e for e in kit.evaluations if e.participant_uid not in uids),
        session_runs=prune_runs(kit.session_runs, {s.uid for s in kit.sessions},
                                {p.uid for p in kit.participants if p.uid not in uids})))


def replace_sessions(kit: Kit, sessions: list[Session]) -> Kit:
    """Set the kit's sessions; a session whose time, place or status changed gets its sequence raised."""
    old = {s.uid: s for s in kit.sessions}
    result = []
    for s in sessions:
        previous = old.get(s.uid)
        if previous is not None and replace(previous, sequence=s.sequence) != s:
            s = replace(s, sequence=max(previous.sequence, s.sequence) + 1)
        result.append(s)
    kept = {s.uid for s in result}
    return touch(replace(kit, sessions=tuple(result),
                         attendances=tuple(a for a in kit.attendances if a.session_uid in kept),
                         evaluations=tuple(e for e in kit.evaluations if e.session_uid in kept),
                         session_runs=prune_runs(kit.session_runs, kept, {p.uid for p in kit.participants})))


def set_attendance(kit: Kit, session_uid: str, participant_uid: str, half_day, presence, arrived=None) -> Kit:
    """Record (or clear, with *presence* None) one participant's presence for one half-day of a session;
    *arrived* is a late arrival's time (present only)."""
    from desktop.domain.kit import Attendance, Presence

    same = [a for a in kit.attendances if (a.session_uid, a.participant_uid, a.half_day)
            == (session_uid, participant_uid, half_day)]
    kept = tuple(a for a in kit.attendances if a not in same)
    if presence is not None:
        times = (same[-1].arrival, same[-1].departure) if same and presence is same[-1].presence else (None, None)
        if arrived is not None:
            times = (arrived, times[1])
        if presence is not Presence.PRESENT:
            times = (None, None)
        kept += (Attendance(session_uid, participant_uid, half_day, presence, *times),)
    return touch(replace(kit, attendances=kept))


def set_times(kit: Kit, session_uid: str, participant_uid: str, half_day, arrival=None, departure=None) -> Kit:
    """Record a late arrival and/or an early departure (``None``: none): the person is present for that
    half-day, and the hours attended count from the arrival and until the departure."""
    from desktop.domain.kit import Attendance, Presence

    kept = tuple(a for a in kit.attendances if (a.session_uid, a.participant_uid, a.half_day)
                 != (session_uid, participant_uid, half_day))
    record = Attendance(session_uid, participant_uid, half_day, Presence.PRESENT, arrival, departure)
    return touch(replace(kit, attendances=kept + (record,)))


def set_session_run(kit: Kit, run: SessionRun) -> Kit:
    """Keep what running a session live left behind (replacing the earlier record; an empty one removes it)."""
    runs = tuple(r for r in kit.session_runs if r.session_uid != run.session_uid)
    if not run.is_empty:
        runs += (run,)
    return touch(replace(kit, session_runs=runs))


def set_all_present(kit: Kit, session_uid: str) -> Kit:
    """Everyone on the roster present for every half-day of the session (answers already given are kept)."""
    from desktop.domain.kit import Attendance, Presence

    session = next(s for s in kit.sessions if s.uid == session_uid)
    known = {(a.participant_uid, a.half_day) for a in kit.attendances if a.session_uid == session_uid}
    added = tuple(Attendance(session_uid, p.uid, h, Presence.PRESENT) for p in kit.participants
                  for h in session.half_days if (p.uid, h) not in known)
    return touch(replace(kit, attendances=kit.attendances + added))


def set_evaluation(kit: Kit, evaluation) -> Kit:
    """Record one participant's evaluation of one session (replacing an earlier one); empty answers remove it."""
    kept = tuple(e for e in kit.evaluations if not (e.session_uid == evaluation.session_uid
                                                    and e.participant_uid == evaluation.participant_uid))
    if evaluation.scores or evaluation.comment:
        kept += (evaluation,)
    return touch(replace(kit, evaluations=kept))


def confirm_sessions(kit: Kit, uids: set[str]) -> Kit:
    """Mark the sessions of *uids* that are still « pressenties » as « confirmées » (their sequence raised)."""
    from desktop.domain.kit import SessionStatus

    return replace_sessions(kit, [replace(s, status=SessionStatus.CONFIRMED)
                                  if s.uid in uids and s.status is SessionStatus.PENCILLED else s
                                  for s in kit.sessions])
