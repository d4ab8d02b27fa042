"""The roll call of a session run live: which half-day it is, who is marked present, who came late.

Written against the kit's :class:`~desktop.domain.kit.Attendance` records, the same ones « Présences et
évaluations » shows and the attendance certificate counts; the writes go through
:func:`desktop.domain.kit_edit.set_attendance`.
"""

from __future__ import annotations

from datetime import time

from desktop.domain.kit import Attendance, HalfDay, Kit, Participant, Presence, Session

#: When a session covers both half-days and has no lunch break stated, the afternoon starts here.
AFTERNOON_FROM = time(13, 0)


def current_half_day(session: Session, now: time) -> HalfDay:
    """The half-day of *session* under way at *now* (the first before it starts, the last after it ends)."""
    parts = session.half_days
    if len(parts) < 2:
        return parts[0] if parts else HalfDay.MORNING
    boundary = session.lunch_start or AFTERNOON_FROM
    return HalfDay.MORNING if now < boundary else HalfDay.AFTERNOON


def attendance_of(kit: Kit, session_uid: str, half_day: HalfDay) -> dict[str, Attendance]:
    """participant uid → the presence recorded for *half_day* of the session."""
    return {a.participant_uid: a for a in kit.attendances
            if a.session_uid == session_uid and a.half_day == half_day}


def present(kit: Kit, session_uid: str, half_day: HalfDay) -> list[Participant]:
    """The participants marked present for *half_day* of the session, in the kit's order."""
    marks = attendance_of(kit, session_uid, half_day)
    return [p for p in kit.participants
            if p.uid in marks and marks[p.uid].presence is Presence.PRESENT]


def arrival_minute(clock: time) -> time:
    """A late arrival's time as it is kept: to the minute."""
    return clock.replace(second=0, microsecond=0)
