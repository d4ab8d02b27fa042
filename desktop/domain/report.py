"""The funders' report: what a programme delivered over a period, as facts (counts, minutes, whole percentages).

One kit or several, over the sessions whose day lies in [start, end] (either bound may be open):

* sessions **planned** are those not cancelled, sessions **held** those marked « réalisée »;
* hours **delivered** are the planned hours of the held sessions (:func:`desktop.domain.hours.session_minutes`);
* **participants** are distinct people by :func:`desktop.domain.people.person_key`, counted over the kits that have
  at least one session planned in the period (enrolled) and over those present at least once on a held session
  (attended): one person enrolled in two kits counts once;
* **attendance** comes from :mod:`desktop.domain.hours` and nowhere else: per session and per participant, the
  minutes attended over the minutes held; a presence not entered is never an absence, so a rate over presences
  with some missing is ``None`` and the number missing is given beside it;
* **satisfaction** is read as the evaluation results read it (:func:`desktop.domain.evaluations.question_stats`):
  the average of each question of the « évaluation à chaud », and the share of 3 and 4 among the answers given,
  « non concerné » left out;
* the same figures **by territory** (the kit's) and **by audience** (a kit aimed at two audiences counts in both).

Nothing here words anything: the printing and exchange layers and ``ui/`` do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from desktop.domain.evaluations import QuestionStats, question_stats
from desktop.domain.hours import PersonHours, decimal_hours, kit_hours, percent_half_up, session_minutes
from desktop.domain.kit import EVALUATION_QUESTIONS, Evaluation, Kit, Participant, Session, SessionStatus
from desktop.domain.people import person_key


@dataclass(frozen=True)
class Period:
    """The days a report covers, both included; ``None`` leaves that side open."""

    start: date | None = None
    end: date | None = None

    def __contains__(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def reversed(self) -> bool:
        return self.start is not None and self.end is not None and self.start > self.end


@dataclass(frozen=True)
class Figures:
    """The indicators of a group of kits over the period.

    Attributes:
        kits: how many kits have a session planned in the period.
        planned: sessions not cancelled.
        held: sessions marked « réalisée ».
        cancelled: sessions cancelled.
        held_minutes: the planned minutes of the held sessions (hours delivered).
        enrolled: distinct people enrolled in those kits.
        attendees: distinct people present at least once on a held session.
        expected_minutes: over every enrolled person, the minutes of the held sessions.
        attended_minutes: the minutes they attended.
        not_entered: half-days of held sessions with no presence entered, over every person.
        satisfaction: per question of the evaluation, its figures over the period's evaluations.
        evaluations: evaluation forms entered for the period's sessions.
    """

    kits: int
    planned: int
    held: int
    cancelled: int
    held_minutes: int
    enrolled: int
    attendees: int
    expected_minutes: int
    attended_minutes: int
    not_entered: int
    satisfaction: tuple[tuple[str, QuestionStats], ...]
    evaluations: int

    @property
    def hours_delivered(self) -> Decimal:
        return decimal_hours(self.held_minutes)

    @property
    def attendance_rate(self) -> int | None:
        """Minutes attended over minutes held, in whole percent; ``None`` with presences missing or nothing held."""
        if self.not_entered:
            return None
        return percent_half_up(self.attended_minutes, self.expected_minutes)

    @property
    def answers(self) -> int:
        """Scores given, over every question."""
        return sum(stats.answers for _, stats in self.satisfaction)

    @property
    def satisfaction_rate(self) -> int | None:
        """The share of 3 and 4 among every score given, in whole percent (``None`` without answers)."""
        return percent_half_up(sum(s.satisfied for _, s in self.satisfaction), self.answers)


@dataclass(frozen=True)
class SessionLine:
    """One session of the period with its attendance.

    Attributes:
        kit: the kit's name.
        session: the session.
        workshop: the workshop's title.
        minutes: its planned minutes.
        enrolled: participants of its kit.
        expected_minutes / attended_minutes / not_entered: summed over the kit's participants (held sessions only).
    """

    kit: str
    session: Session
    workshop: str
    minutes: int
    enrolled: int
    expected_minutes: int
    attended_minutes: int
    not_entered: int
    present: int

    @property
    def held(self) -> bool:
        return self.session.status is SessionStatus.HELD

    @property
    def rate(self) -> int | None:
        if not self.held or self.not_entered:
            return None
        return percent_half_up(self.attended_minutes, self.expected_minutes)


@dataclass(frozen=True)
class ParticipantLine:
    """One distinct person over the period, across the kits they are enrolled in.

    Attributes:
        participant: the first record found for them (the name shown).
        kits: the names of their kits.
        expected_minutes: minutes of the held sessions of their kits.
        attended_minutes: minutes they attended.
        not_entered: half-days of held sessions with no presence entered for them.
    """

    participant: Participant
    kits: tuple[str, ...]
    expected_minutes: int
    attended_minutes: int
    not_entered: int

    @property
    def rate(self) -> int | None:
        if self.not_entered:
            return None
        return percent_half_up(self.attended_minutes, self.expected_minutes)


@dataclass(frozen=True)
class Report:
    """The funders' report of some kits over a period.

    Attributes:
        period: the days covered.
        kit_names: the kits included (those with a session in the period), in the order given.
        totals: every included kit together.
        by_kit / by_territory / by_audience: (key, figures); the territory is the kit's text ("" when not
            given), the audience its key (:data:`desktop.domain.vocabulary.AUDIENCES`, "" when none).
        sessions: each session of the period, in time order.
        participants: each distinct person, by family then first name.
    """

    period: Period
    kit_names: tuple[str, ...]
    totals: Figures
    by_kit: tuple[tuple[str, Figures], ...]
    by_territory: tuple[tuple[str, Figures], ...]
    by_audience: tuple[tuple[str, Figures], ...]
    sessions: tuple[SessionLine, ...]
    participants: tuple[ParticipantLine, ...]


# -- computing ----------------------------------------------------------------------------------------------


def in_period(kit: Kit, period: Period) -> Kit:
    """*kit* with only the sessions of *period* (and their presences and evaluations)."""
    sessions = tuple(s for s in kit.sessions if s.day in period)
    uids = {s.uid for s in sessions}
    return replace(kit, sessions=sessions, attendances=tuple(a for a in kit.attendances if a.session_uid in uids),
                   evaluations=tuple(e for e in kit.evaluations if e.session_uid in uids))


@dataclass(frozen=True)
class _KitPart:
    kit: Kit  # restricted to the period
    hours: dict[str, PersonHours]


def _figures(parts: Sequence[_KitPart]) -> Figures:
    sessions = [s for p in parts for s in p.kit.sessions]
    held = [s for s in sessions if s.status is SessionStatus.HELD]
    enrolled, attendees = set(), set()
    expected = attended = missing = 0
    for part in parts:
        for person in part.kit.participants:
            record = part.hours[person.uid]
            enrolled.add(person_key(person))
            if record.attended_minutes:
                attendees.add(person_key(person))
            expected += record.held_minutes
            attended += record.attended_minutes
            missing += len(record.missing)
    evaluations: list[Evaluation] = [e for p in parts for e in p.kit.evaluations]
    return Figures(kits=len(parts), planned=sum(1 for s in sessions if s.is_active), held=len(held),
                   cancelled=sum(1 for s in sessions if not s.is_active),
                   held_minutes=sum(session_minutes(s) for s in held), enrolled=len(enrolled),
                   attendees=len(attendees), expected_minutes=expected, attended_minutes=attended,
                   not_entered=missing, satisfaction=satisfaction(evaluations), evaluations=len(evaluations))


def satisfaction(evaluations: Sequence[Evaluation]) -> tuple[tuple[str, QuestionStats], ...]:
    """Each question of the « évaluation à chaud » with its figures (empty without any evaluation)."""
    if not evaluations:
        return ()
    return tuple((key, question_stats(evaluations, key)) for key in EVALUATION_QUESTIONS)


def _grouped(parts: Sequence[_KitPart], keys) -> tuple[tuple[str, Figures], ...]:
    groups: dict[str, list[_KitPart]] = {}
    for part in parts:
        for key in keys(part.kit):
            groups.setdefault(key, []).append(part)
    return tuple((key, _figures(group)) for key, group in sorted(groups.items(), key=lambda kv: (not kv[0], kv[0])))


def _session_lines(parts: Sequence[_KitPart]) -> list[SessionLine]:
    lines = []
    for part in parts:
        kit = part.kit
        for session in kit.sessions:
            rows = [h for record in part.hours.values() for h in record.half_days if h.session.uid == session.uid]
            kw = kit.kit_workshop(session.kit_workshop_uid)
            present = {r.attendance.participant_uid for r in rows if r.attended}
            lines.append(SessionLine(
                kit=kit.name, session=session, workshop=kw.workshop.title if kw else "",
                minutes=session_minutes(session) if session.is_active else 0, enrolled=len(kit.participants),
                expected_minutes=sum(r.planned for r in rows if r.held),
                attended_minutes=sum(r.attended for r in rows), not_entered=sum(1 for r in rows if r.missing),
                present=len(present)))
    return sorted(lines, key=lambda x: (x.session.day, x.session.start, x.kit, x.session.uid))


def _participant_lines(parts: Sequence[_KitPart]) -> list[ParticipantLine]:
    people: dict[tuple, dict] = {}
    for part in parts:
        for person in part.kit.participants:
            record = part.hours[person.uid]
            line = people.setdefault(person_key(person), {"who": person, "kits": [], "e": 0, "a": 0, "m": 0})
            if part.kit.name not in line["kits"]:
                line["kits"].append(part.kit.name)
            line["e"] += record.held_minutes
            line["a"] += record.attended_minutes
            line["m"] += len(record.missing)
    lines = [ParticipantLine(v["who"], tuple(v["kits"]), v["e"], v["a"], v["m"]) for v in people.values()]
    return sorted(lines, key=lambda x: (x.participant.sort_name, x.kits))


def build_report(kits: Iterable[Kit], period: Period = Period()) -> Report:
    """The report of *kits* over *period*; kits without any session in the period are left out."""
    parts = []
    for kit in kits:
        part = in_period(kit, period)
        if part.sessions:
            parts.append(_KitPart(part, kit_hours(part)))
    return Report(
        period=period, kit_names=tuple(p.kit.name for p in parts), totals=_figures(parts),
        by_kit=tuple((p.kit.name, _figures([p])) for p in parts),
        by_territory=_grouped(parts, lambda k: [" ".join(k.territory.split())]),
        by_audience=_grouped(parts, lambda k: list(dict.fromkeys(k.audience)) or [""]),
        sessions=tuple(_session_lines(parts)), participants=tuple(_participant_lines(parts)))


__all__ = ["Figures", "ParticipantLine", "Period", "Report", "SessionLine", "build_report",
           "in_period", "satisfaction"]
