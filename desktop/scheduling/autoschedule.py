"""Automatic scheduling: date a kit's workshops as a cycle of sessions, and shift a cycle after one move.

The rules (see :class:`DayRules`): never a Saturday or a Sunday, never a public holiday of the département, never
a school-holiday day of the chosen zone, never a blackout date, only the chosen weekdays (if any). The first
session falls on the first allowed day on or after the start date; each next one at least the cadence (and the
minimum spacing) after the previous one, then on the next allowed day — so the workshops' order and the
spacing are always kept. Everything is deterministic: the same input gives the same dates and times (only the
uids are fresh, unless a ``uid_factory`` is given).

Times: a half-day workshop (at most ``HALF_DAY_MAX_MINUTES``) is one block starting at the chosen time (9:00 by
default; from 12:00 it is an afternoon). A longer one is a full day: morning, lunch break, afternoon, so that it
ends at start + duration + lunch (9:00–16:00 for 360 minutes with lunch 12:30–13:30).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Callable, Iterable, Sequence

from desktop.domain.catalogue import KitTemplate
from desktop.domain.reason import Reason
from desktop.domain.errors import ValidationError
from desktop.domain.kit import KitWorkshop, Session, SessionStatus, new_uid
from desktop.domain.vocabulary import HALF_DAY_MAX_MINUTES
from desktop.scheduling.holidays_fr import (
    DaysOff,
    find_departement,
    unpublished_note,
    zone_note,
)

DEFAULT_START = time(9, 0)
AFTERNOON_FROM = time(12, 0)
LUNCH_START = time(12, 30)
LUNCH_MINUTES = 60
#: How far past the start (or the last blackout date) a free day is looked for before giving up.
SEARCH_DAYS = 1000

WEEKEND = "weekend"
NOT_CHOSEN = "weekday"
PUBLIC_HOLIDAY = "public_holiday"
SCHOOL_HOLIDAY = "school_holiday"
BLACKOUT = "blackout"


def add_months(day: date, months: int) -> date:
    """*day* moved by whole calendar months, kept within the month (31 January + 1 month → 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


@dataclass(frozen=True)
class Cadence:
    """The least distance between two consecutive sessions of a cycle.

    Attributes:
        days: a number of days (7: weekly, 14: fortnightly); ignored when ``months`` is set.
        months: calendar months (1: monthly).
    """

    days: int = 7
    months: int = 0

    def __post_init__(self) -> None:
        if self.months < 0 or (self.months == 0 and self.days < 1):
            raise ValidationError("every", "out_of_range", low=1, value=self.months or self.days)

    @classmethod
    def weekly(cls) -> Cadence:
        return cls(days=7)

    @classmethod
    def fortnightly(cls) -> Cadence:
        return cls(days=14)

    @classmethod
    def monthly(cls) -> Cadence:
        return cls(days=0, months=1)

    @classmethod
    def every_days(cls, days: int) -> Cadence:
        return cls(days=days)

    @classmethod
    def from_template(cls, template: KitTemplate) -> Cadence:
        """The template's default spacing (``spacing_days``)."""
        return cls(days=template.spacing_days)

    def after(self, day: date) -> date:
        """The earliest day the next session may take after one on *day*."""
        return add_months(day, self.months) if self.months else day + timedelta(days=self.days)



def _cadence(every: Cadence | int | None, template: KitTemplate | None) -> Cadence:
    if isinstance(every, Cadence):
        return every
    if every is not None:
        return Cadence(days=int(every))
    return Cadence.from_template(template) if template else Cadence.weekly()


@dataclass(frozen=True)
class DayRules:
    """Which days may hold a session.

    Attributes:
        weekdays: the days of the week allowed (0 = Monday … 4 = Friday); empty: any working day.
        departement: name or code, for its public holidays (Alsace-Moselle's included).
        zone: « A », « B », « C » to avoid that zone's school holidays; ``None`` not to.
        blackout: dates the facilitator is not available.
    """

    weekdays: frozenset[int] = frozenset()
    departement: str = ""
    zone: str | None = None
    blackout: frozenset[date] = frozenset()
    days_off: DaysOff = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        weekdays = frozenset(int(d) for d in self.weekdays)
        if any(not 0 <= d <= 6 for d in weekdays):
            raise ValidationError("weekdays", "out_of_range", low=0, high=6, value=sorted(weekdays))
        if weekdays and not any(d < 5 for d in weekdays):
            raise ValidationError("weekdays", "no_working_day", value=sorted(weekdays))
        object.__setattr__(self, "weekdays", weekdays)
        object.__setattr__(self, "blackout", frozenset(self.blackout))
        try:
            days_off = DaysOff(self.departement, self.zone)
        except ValueError:
            raise ValidationError("zone", "bad_format", value=self.zone) from None
        object.__setattr__(self, "zone", days_off.zone)
        object.__setattr__(self, "days_off", days_off)

    def refusal(self, day: date) -> tuple[str, Reason | None] | None:
        """Why *day* may not hold a session — (kind, the reason a planning note gives, if any) — or ``None``."""
        weekday = day.weekday()
        if weekday >= 5:
            return WEEKEND, None
        if self.weekdays and weekday not in self.weekdays:
            return NOT_CHOSEN, None
        holiday = self.days_off.public_holiday(day)
        if holiday:
            return PUBLIC_HOLIDAY, Reason.of("plan.public_holiday", holiday=holiday)
        if day in self.blackout:
            return BLACKOUT, Reason.of("plan.blackout")
        if self.zone:
            school = self.days_off.school_holiday(day)
            if school:
                return SCHOOL_HOLIDAY, Reason.of("plan.school_holiday", holiday=school, zone=self.zone)
        return None

    def allowed(self, day: date) -> bool:
        return self.refusal(day) is None

    def _limit(self, day: date) -> date:
        return max(day, max(self.blackout, default=day)) + timedelta(days=SEARCH_DAYS)

    def next_allowed(self, day: date) -> date:
        """The first allowed day on or after *day*."""
        limit = self._limit(day)
        while not self.allowed(day):
            day += timedelta(days=1)
            if day > limit:
                raise ValidationError("start", "no_free_day", value=day.isoformat())
        return day

    def previous_allowed(self, day: date) -> date:
        """The last allowed day on or before *day*."""
        limit = day - timedelta(days=SEARCH_DAYS)
        while not self.allowed(day):
            day -= timedelta(days=1)
            if day < limit:
                raise ValidationError("start", "no_free_day", value=day.isoformat())
        return day

    def count_between(self, old: date, new: date) -> int:
        """Signed number of allowed days from *old* to *new*: those in (old, new] forwards, in [new, old) back."""
        if new == old:
            return 0
        low, high, sign = (old, new, 1) if new > old else (new, old, -1)
        first = low + timedelta(days=1) if sign > 0 else low
        span = (high - low).days
        return sign * sum(1 for i in range(span) if self.allowed(first + timedelta(days=i)))

    def step(self, day: date, count: int) -> date:
        """*day* moved by *count* allowed days (forwards if positive, backwards if negative)."""
        for _ in range(abs(count)):
            if count > 0:
                day = self.next_allowed(day + timedelta(days=1))
            else:
                day = self.previous_allowed(day - timedelta(days=1))
        return day


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _time(minutes: int) -> time:
    if not 0 <= minutes < 24 * 60:
        raise ValidationError("start_time", "out_of_range", value=minutes)
    return time(minutes // 60, minutes % 60)


@dataclass(frozen=True)
class Slot:
    """The times of one session: start, end and, for a full day, the lunch break.

    Attributes:
        start: when it starts.
        end: when it ends (lunch included).
        lunch_start: start of the lunch break, ``None`` for a half-day.
        lunch_end: end of the lunch break, ``None`` for a half-day.
    """

    start: time
    end: time
    lunch_start: time | None = None
    lunch_end: time | None = None


def slot_for(minutes: int, start_time: time | None = None, *, lunch_start: time = LUNCH_START,
             lunch_minutes: int = LUNCH_MINUTES) -> Slot:
    """The times of a workshop of *minutes* starting at *start_time* (9:00 by default).

    A half-day (at most ``HALF_DAY_MAX_MINUTES``) is one block from *start_time* (an afternoon if it is 12:00 or
    later). A full day starts in the morning — at *start_time*, or at 9:00 if *start_time* is in the afternoon —
    and breaks for lunch at *lunch_start*: it ends at start + minutes + lunch.
    """
    if minutes <= 0:
        raise ValidationError("duration_minutes", "out_of_range", low=1, value=minutes)
    start = start_time or DEFAULT_START
    if minutes <= HALF_DAY_MAX_MINUTES:
        begin = _minutes(start)
        return Slot(start, _time(begin + minutes))
    if start >= AFTERNOON_FROM:
        start = DEFAULT_START
    begin = _minutes(start)
    lunch = _minutes(lunch_start)
    if begin + minutes <= lunch or begin >= lunch:
        return Slot(start, _time(begin + minutes))
    return Slot(start, _time(begin + minutes + lunch_minutes), lunch_start, _time(lunch + lunch_minutes))


@dataclass(frozen=True)
class PlanResult:
    """The sessions proposed for a cycle, with what the facilitator should know about them.

    Attributes:
        sessions: one new session per workshop, in the workshops' order (and in date order).
        notes: reasons (``plan.…``) for choices made (a session moved past holidays, a full day set to the
            morning).
        warnings: reasons for what could not be checked (unpublished school holidays, a département
            without zone or not recognised).
    """

    sessions: tuple[Session, ...] = ()
    notes: tuple[Reason, ...] = ()
    warnings: tuple[Reason, ...] = ()

    @property
    def messages(self) -> tuple[Reason, ...]:
        return self.warnings + self.notes


def _push_note(title: str, wanted: date, chosen: date, rules: DayRules) -> Reason | None:
    """Why a session could not take the first day its cadence allowed, if holidays or blackouts were the cause."""
    reasons: list[Reason] = []
    day = wanted
    first_blocked: date | None = None
    while day < chosen:
        refusal = rules.refusal(day)
        if refusal and refusal[0] not in (WEEKEND, NOT_CHOSEN):
            first_blocked = first_blocked or day
            if refusal[1] not in reasons:
                reasons.append(refusal[1])
        day += timedelta(days=1)
    if first_blocked is None:
        return None
    return Reason.of("plan.pushed", title=title, day=chosen, wanted=first_blocked, reasons=tuple(reasons))


def plan_sessions(
    workshops: Sequence[KitWorkshop],
    start: date,
    *,
    every: Cadence | int | None = None,
    weekdays: Iterable[int] = frozenset(),
    start_time: time | None = None,
    departement: str = "",
    zone: str | None = None,
    blackout: Iterable[date] = frozenset(),
    min_spacing_days: int = 1,
    venue_uid: str = "",
    facilitator_uids: tuple[str, ...] = (),
    template: KitTemplate | None = None,
    status: SessionStatus = SessionStatus.PENCILLED,
    uid_factory: Callable[[], str] = new_uid,
    lunch_start: time = LUNCH_START,
    lunch_minutes: int = LUNCH_MINUTES,
) -> PlanResult:
    """Date one session per workshop, in order, from *start*.

    Args:
        workshops: the kit's workshops, in the order they must happen.
        start: the first session falls on the first allowed day on or after it.
        every: the cadence (a :class:`Cadence` or a number of days); by default the template's spacing, else
            weekly.
        weekdays: allowed days of the week (0 = Monday); empty: any working day.
        start_time: when sessions start; by default the template's usual start, else 9:00.
        departement: name or code, for public holidays (Alsace-Moselle's included).
        zone: « A », « B » or « C » to avoid that zone's school holidays; ``None`` not to (the caller may take
            :func:`desktop.scheduling.holidays_fr.school_zone` of the kit's département).
        blackout: dates to avoid.
        min_spacing_days: at least this many days between two sessions, whatever the cadence (1 or more).
        venue_uid: the venue given to every session.
        facilitator_uids: the facilitators given to every session.
        template: where the default cadence and start time come from.
        status: the status of the new sessions.
        uid_factory: makes the sessions' uids (tests pass a deterministic one).
        lunch_start: start of the lunch break of full days.
        lunch_minutes: length of the lunch break of full days.

    Raises:
        ValidationError: a bad weekday set, zone, spacing or start time.
    """
    if min_spacing_days < 1:
        raise ValidationError("min_spacing_days", "out_of_range", low=1, value=min_spacing_days)
    cadence = _cadence(every, template)
    rules = DayRules(frozenset(weekdays), departement, zone, frozenset(blackout))
    if start_time is None:
        start_time = _template_start(template) if template else DEFAULT_START
    notes: list[Reason] = []
    warnings: list[Reason] = [w for w in (zone_note(departement, rules.zone),) if w]
    found = find_departement(departement)
    if rules.zone and found is not None and found.zone and found.zone != rules.zone:
        warnings.append(Reason.of("plan.zone_mismatch", zone=rules.zone, departement=found.label,
                                  its_zone=found.zone))

    sessions: list[Session] = []
    previous: date | None = None
    morning_note = False
    for kw in workshops:
        minutes = kw.workshop.duration_minutes
        if previous is None:
            wanted = start
        else:
            wanted = max(cadence.after(previous), previous + timedelta(days=min_spacing_days))
        day = rules.next_allowed(wanted)
        note = _push_note(kw.workshop.title, wanted, day, rules)
        if note:
            notes.append(note)
        slot = slot_for(minutes, start_time, lunch_start=lunch_start, lunch_minutes=lunch_minutes)
        if minutes > HALF_DAY_MAX_MINUTES and slot.start != start_time and not morning_note:
            morning_note = True
            notes.append(Reason.of("plan.full_day_morning", start=slot.start))
        sessions.append(Session(
            uid=uid_factory(), kit_workshop_uid=kw.uid, day=day, start=slot.start, end=slot.end,
            venue_uid=venue_uid, facilitator_uids=tuple(facilitator_uids), status=status,
            lunch_start=slot.lunch_start, lunch_end=slot.lunch_end,
        ))
        previous = day
    if rules.zone:
        unknown = unpublished_note(rules.zone, [s.day for s in sessions])
        if unknown:
            warnings.append(unknown)
    return PlanResult(tuple(sessions), tuple(notes), tuple(warnings))


def _template_start(template: KitTemplate) -> time:
    try:
        return datetime.strptime(template.usual_start.strip(), "%H:%M").time()
    except ValueError:
        return DEFAULT_START


def shift_following(
    sessions: Sequence[Session],
    moved_uid: str,
    new_day: date,
    *,
    weekdays: Iterable[int] = frozenset(),
    departement: str = "",
    zone: str | None = None,
    blackout: Iterable[date] = frozenset(),
    min_spacing_days: int = 1,
) -> list[Session]:
    """Move one session to *new_day* and the sessions after it by as many allowed days.

    The moved session takes *new_day* as asked (even if it is not an allowed day: the conflict check will say
    so). Each active session after it in time (cancelled and held ones stay where they are) moves by the same
    signed number of allowed days, then forward if needed to keep *min_spacing_days* after the previous one, so
    the order is kept. Moved sessions get their ``sequence`` raised (iCalendar updates).

    Returns:
        The sessions in the same order as given, changed where moved.

    Raises:
        ValidationError: *moved_uid* is not among *sessions*, or bad rules.
    """
    if min_spacing_days < 1:
        raise ValidationError("min_spacing_days", "out_of_range", low=1, value=min_spacing_days)
    index = next((i for i, s in enumerate(sessions) if s.uid == moved_uid), None)
    if index is None:
        raise ValidationError("moved_uid", "unknown", value=moved_uid)
    moved = sessions[index]
    result = list(sessions)
    if new_day == moved.day:
        return result
    rules = DayRules(frozenset(weekdays), departement, zone, frozenset(blackout))
    delta = rules.count_between(moved.day, new_day)
    result[index] = replace(moved, day=new_day, sequence=moved.sequence + 1)
    key = (moved.starts_at, index)
    fixed = (SessionStatus.CANCELLED, SessionStatus.HELD)
    following = sorted(
        (i for i, s in enumerate(sessions) if (s.starts_at, i) > key and s.status not in fixed),
        key=lambda i: (sessions[i].starts_at, i),
    )
    previous = new_day
    for i in following:
        session = sessions[i]
        target = rules.step(session.day, delta)
        least = previous + timedelta(days=min_spacing_days)
        if target < least:
            target = rules.next_allowed(least)
        if target != session.day:
            result[i] = replace(session, day=target, sequence=session.sequence + 1)
        previous = target
    return result
