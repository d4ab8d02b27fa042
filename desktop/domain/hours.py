"""Hours and presence: the one rule behind every count of time on paper and on screen.

Funders pay by the hour and Qualiopi auditors check hours, so every document and view counts time the same way:

* a session's hours come from its times: its half-days (:attr:`Session.half_days`) run from the start to the lunch
  break and from the end of the lunch break to the end (a full day without a lunch break is cut at noon);
* a participant's presence for a half-day is present, absent or excused, or **not entered yet** (``None``), which
  is never an absence: a rate with presences missing is not a rate (:attr:`PersonHours.rate` is ``None``) and the
  documents say which people and sessions lack them;
* a late arrival (or an early departure) recorded with its time counts from (or until) that time;
* hours planned cover every session not cancelled, hours held only the sessions marked « réalisée »; hours
  attended are counted on held sessions only, and sessions that have presences but are not marked held are
  reported (:func:`presence_gaps`), never silently dropped;
* percentages round half up with integer arithmetic (Python's ``round()`` rounds half to even: 5/8 would give
  62 %), and hours as decimals round half up with :class:`~decimal.Decimal`.

Everything here returns facts (minutes, counts, objects); the wording belongs to the printing and ui layers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.kit import Attendance, HalfDay, Kit, Presence, Session, SessionStatus

#: Where a full day without a lunch break is cut in two.
NOON = time(12, 0)


# -- a session's time ---------------------------------------------------------------------------------------


def minutes_between(start: time, end: time) -> int:
    """Whole minutes from *start* to *end* on the same day (0 if *end* is not after *start*)."""
    delta = datetime.combine(date.min, end) - datetime.combine(date.min, start)
    return max(0, int(delta.total_seconds() // 60))


def half_day_span(session: Session, half_day: HalfDay) -> tuple[time, time] | None:
    """The times of one half-day of *session* (« Matin 9 h – 12 h 30 »), or ``None`` if it does not cover it."""
    halves = session.half_days
    if half_day not in halves:
        return None
    if len(halves) == 1:
        return session.start, session.end
    if session.lunch_start and session.lunch_end:
        morning_end = min(max(session.lunch_start, session.start), session.end)
        afternoon_start = max(min(session.lunch_end, session.end), morning_end)
    else:
        morning_end = afternoon_start = min(max(NOON, session.start), session.end)
    if half_day is HalfDay.MORNING:
        return session.start, morning_end
    return afternoon_start, session.end


def half_day_minutes(session: Session, half_day: HalfDay) -> int:
    """Minutes of one half-day of *session* (0 if it does not cover it)."""
    span = half_day_span(session, half_day)
    return minutes_between(*span) if span else 0


def session_minutes(session: Session) -> int:
    """A session's length in minutes: its half-days, lunch break left out."""
    return sum(half_day_minutes(session, h) for h in session.half_days)


def attended_minutes(session: Session, attendance: Attendance | None) -> int:
    """Minutes a person attended of one half-day: the whole half-day, or from their arrival / until their
    departure when recorded; 0 unless present."""
    if attendance is None or attendance.presence is not Presence.PRESENT:
        return 0
    span = half_day_span(session, attendance.half_day)
    if span is None:
        return 0
    start, end = span
    if attendance.arrival is not None:
        start = min(max(start, attendance.arrival), end)
    if attendance.departure is not None:
        end = max(min(end, attendance.departure), start)
    return minutes_between(start, end)


# -- rounding -----------------------------------------------------------------------------------------------


def percent_half_up(part: int, whole: int) -> int | None:
    """*part* / *whole* as a whole percentage rounded half up (5/8 → 63, 7/8 → 88); ``None`` if *whole* is 0."""
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)


def decimal_hours(minutes: int) -> Decimal:
    """Minutes as hours with two decimals, rounded half up (« 3,50 h » for funders' tables)."""
    return (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# -- presences ----------------------------------------------------------------------------------------------

PresenceKey = tuple[str, str, HalfDay]  # (session uid, participant uid, half-day)


def presence_index(attendances: Iterable[Attendance]) -> dict[PresenceKey, Attendance]:
    """The recorded presences by (session, participant, half-day); a later record wins over an earlier one."""
    return {(a.session_uid, a.participant_uid, a.half_day): a for a in attendances}


@dataclass(frozen=True)
class HalfDayHours:
    """One half-day of one session, seen from one participant.

    Attributes:
        session: the session.
        half_day: which half-day.
        planned: its minutes.
        attendance: what was recorded, or ``None`` when nothing is entered yet.
        attended: the minutes attended (0 unless present on a held session).
    """

    session: Session
    half_day: HalfDay
    planned: int
    attendance: Attendance | None
    attended: int

    @property
    def presence(self) -> Presence | None:
        return self.attendance.presence if self.attendance else None

    @property
    def held(self) -> bool:
        return self.session.status is SessionStatus.HELD

    @property
    def missing(self) -> bool:
        """Held, and no presence entered yet."""
        return self.held and self.attendance is None


@dataclass(frozen=True)
class PersonHours:
    """A participant's hours over a kit's sessions not cancelled, in time order.

    Attributes:
        participant_uid: whose hours.
        half_days: every half-day of every session not cancelled.
    """

    participant_uid: str
    half_days: tuple[HalfDayHours, ...]

    @property
    def planned_minutes(self) -> int:
        """Every session not cancelled."""
        return sum(h.planned for h in self.half_days)

    @property
    def held_minutes(self) -> int:
        """The sessions marked « réalisée »."""
        return sum(h.planned for h in self.half_days if h.held)

    @property
    def attended_minutes(self) -> int:
        return sum(h.attended for h in self.half_days)

    @property
    def missing(self) -> tuple[HalfDayHours, ...]:
        """Half-days of held sessions with no presence entered."""
        return tuple(h for h in self.half_days if h.missing)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def rate(self) -> int | None:
        """Percentage of the held hours attended, rounded half up; ``None`` when nothing is held yet or when
        presences are missing (a missing presence is not an absence)."""
        if self.missing:
            return None
        return percent_half_up(self.attended_minutes, self.held_minutes)

    @property
    def attended(self) -> tuple[tuple[Session, tuple[HalfDayHours, ...]], ...]:
        """Each held session with at least one minute attended, and its half-days attended."""
        out: dict[str, tuple[Session, list[HalfDayHours]]] = {}
        for h in self.half_days:
            if h.attended:
                out.setdefault(h.session.uid, (h.session, []))[1].append(h)
        return tuple((session, tuple(parts)) for session, parts in out.values())

    @property
    def last_day(self) -> date | None:
        """The day of the last session attended."""
        days = [session.day for session, _ in self.attended]
        return max(days) if days else None

    @property
    def first_day(self) -> date | None:
        days = [session.day for session, _ in self.attended]
        return min(days) if days else None


def active_sessions(kit: Kit) -> list[Session]:
    """Sessions not cancelled, in time order."""
    return sorted((s for s in kit.sessions if s.is_active), key=lambda s: (s.day, s.start, s.uid))


def _person(uid: str, sessions: list[Session], index: dict[PresenceKey, Attendance]) -> PersonHours:
    rows = []
    for session in sessions:
        for half in session.half_days:
            record = index.get((session.uid, uid, half))
            attended = attended_minutes(session, record) if session.status is SessionStatus.HELD else 0
            rows.append(HalfDayHours(session, half, half_day_minutes(session, half), record, attended))
    return PersonHours(uid, tuple(rows))


def person_hours(kit: Kit, participant_uid: str) -> PersonHours:
    """One participant's hours."""
    return _person(participant_uid, active_sessions(kit), presence_index(kit.attendances))


def kit_hours(kit: Kit) -> dict[str, PersonHours]:
    """Every participant's hours, by participant uid (the presences are indexed once)."""
    sessions, index = active_sessions(kit), presence_index(kit.attendances)
    return {p.uid: _person(p.uid, sessions, index) for p in kit.participants}


@dataclass(frozen=True)
class PresenceGaps:
    """What stands between the recorded presences and a certificate.

    Attributes:
        missing: (session, participant uids) for each held session where someone has no presence entered for a
            half-day, in time order.
        not_held: sessions not cancelled and not marked « réalisée » although presences are entered for them or
            their day is past: their presences do not count until they are marked held.
    """

    missing: tuple[tuple[Session, tuple[str, ...]], ...]
    not_held: tuple[Session, ...]

    def __bool__(self) -> bool:
        return bool(self.missing or self.not_held)


def presence_gaps(kit: Kit, today: date | None = None) -> PresenceGaps:
    """The held sessions lacking presences (and for whom), and the sessions that look held but are not marked so.

    Args:
        kit: the kit.
        today: sessions before this day count as past (none when ``None``).
    """
    index = presence_index(kit.attendances)
    recorded = {key[0] for key in index}
    missing, not_held = [], []
    for session in active_sessions(kit):
        if session.status is SessionStatus.HELD:
            who = tuple(p.uid for p in kit.participants
                        if any((session.uid, p.uid, h) not in index for h in session.half_days))
            if who:
                missing.append((session, who))
        elif session.uid in recorded or (today is not None and session.day < today):
            not_held.append(session)
    return PresenceGaps(tuple(missing), tuple(not_held))


@dataclass(frozen=True)
class HalfDayCounts:
    """How many people are present, absent, excused and not entered for one half-day of a session."""

    present: int = 0
    absent: int = 0
    excused: int = 0
    not_entered: int = 0


def session_counts(kit: Kit, session: Session) -> dict[HalfDay, HalfDayCounts]:
    """Per half-day of *session*, the counts of each presence state over the kit's participants."""
    index = presence_index(a for a in kit.attendances if a.session_uid == session.uid)
    out = {}
    for half in session.half_days:
        states = [index.get((session.uid, p.uid, half)) for p in kit.participants]
        presences = [a.presence for a in states if a is not None]
        out[half] = HalfDayCounts(present=presences.count(Presence.PRESENT),
                                  absent=presences.count(Presence.ABSENT),
                                  excused=presences.count(Presence.EXCUSED),
                                  not_entered=sum(1 for a in states if a is None))
    return out


# -- a timed outline ----------------------------------------------------------------------------------------


def _plus(t: time, minutes: int) -> time:
    moment = datetime.combine(date.min, t) + timedelta(minutes=minutes)
    return moment.time() if moment.date() == date.min else time(23, 59)


@dataclass(frozen=True)
class TimedStep:
    """One line of a timed outline: a segment (its index) or the lunch break (``index`` is ``None``)."""

    start: time
    minutes: int
    index: int | None


def timed_outline(session: Session, durations: Iterable[int]) -> list[TimedStep]:
    """Each segment's clock time from the session's start (9 h 00, 9 h 15 …), the lunch break placed where the
    clock reaches it (a segment never starts inside it)."""
    cursor, steps = session.start, []
    lunch_done = not (session.lunch_start and session.lunch_end)
    for index, minutes in enumerate(durations):
        if not lunch_done and cursor >= session.lunch_start:
            steps.append(TimedStep(session.lunch_start, minutes_between(session.lunch_start, session.lunch_end),
                                   None))
            cursor, lunch_done = max(cursor, session.lunch_end), True
        steps.append(TimedStep(cursor, minutes, index))
        cursor = _plus(cursor, minutes)
    return steps
