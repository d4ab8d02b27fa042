"""Individual appointments: each participant gets their own slot, not the whole session.

A workshop in the « rendez-vous individuel » format (``rdv``) has a slot length (:attr:`KitWorkshop.slot_minutes`,
60 minutes by default). Each of its sessions offers as many slots as its half-days hold whole slots (a slot never
spans the lunch break); the participants, in roster order, take the slots of the sessions in time order. Those
left over have no slot: the documents say so and propose more sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.domain.hours import active_sessions, half_day_span
from desktop.domain.kit import Kit, KitWorkshop, Session

#: The format whose sessions are individual appointments.
APPOINTMENT_FORMAT = "rdv"


@dataclass(frozen=True)
class Slot:
    """One person's appointment: a session and the times within it."""

    session: Session
    start: time
    end: time


@dataclass(frozen=True)
class SlotPlan:
    """How one appointment workshop's slots go round.

    Attributes:
        workshop: the kit workshop.
        slots: participant uid → their slot.
        unplaced: participants without a slot, in roster order.
        per_session: uid of each session → how many slots it offers.
        more_sessions: how many more sessions of the usual size would give everyone a slot.
    """

    workshop: KitWorkshop
    slots: dict[str, Slot]
    unplaced: tuple[str, ...]
    per_session: dict[str, int]
    more_sessions: int


def is_appointment(kw: KitWorkshop) -> bool:
    return kw.workshop.format == APPOINTMENT_FORMAT


def _add(t: time, minutes: int) -> time:
    return (datetime.combine(date.min, t) + timedelta(minutes=minutes)).time()


def session_slots(session: Session, slot_minutes: int) -> list[tuple[time, time]]:
    """The slots of one session: whole slots within each half-day, in time order."""
    out = []
    for half in session.half_days:
        start, end = half_day_span(session, half)
        while slot_minutes > 0 and _add(start, slot_minutes) <= end and _add(start, slot_minutes) > start:
            out.append((start, _add(start, slot_minutes)))
            start = _add(start, slot_minutes)
    return out


def slot_plan(kit: Kit, kw: KitWorkshop, participant_uids: list[str] | None = None) -> SlotPlan:
    """Give each participant (in *participant_uids* order, the kit's roster by default) a slot of *kw*."""
    people = list(participant_uids if participant_uids is not None else (p.uid for p in kit.participants))
    sessions = [s for s in active_sessions(kit) if s.kit_workshop_uid == kw.uid]
    offered = [(session, start, end) for session in sessions for start, end in session_slots(session,
                                                                                            kw.slot_minutes)]
    slots = {uid: Slot(*offered[i]) for i, uid in enumerate(people[:len(offered)])}
    unplaced = tuple(people[len(offered):])
    per_session = {s.uid: len(session_slots(s, kw.slot_minutes)) for s in sessions}
    usual = max(per_session.values(), default=0) or len(session_slots(
        Session("", kw.uid, date.min, time(9), _add(time(9), kw.workshop.duration_minutes)), kw.slot_minutes))
    more = -(-len(unplaced) // usual) if unplaced and usual else 0
    return SlotPlan(kw, slots, unplaced, per_session, more)


def slot_plans(kit: Kit, participant_uids: list[str] | None = None) -> dict[str, SlotPlan]:
    """The plan of every appointment workshop of the kit, by kit workshop uid."""
    return {kw.uid: slot_plan(kit, kw, participant_uids) for kw in kit.workshops if is_appointment(kw)}
