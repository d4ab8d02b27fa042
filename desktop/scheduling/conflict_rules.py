"""The rules of :class:`~desktop.scheduling.conflicts.ConflictIndex`: what makes a session, a kit, a facilitator's
day or a venue's day a conflict, and how each conflict names its sessions, people and places.

The index keeps the sessions by group and calls these checks for the groups a change touches; the checks read the
index's tables (``_kits``, ``_session_kit``, ``_sessions``, ``_kit_sessions``, ``_venues``, ``_facilitators``,
the days off and the travel buffer) and never change them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Sequence

from desktop.domain.kit import Session
from desktop.domain.reason import Reason
from desktop.scheduling.conflict_kinds import (
    FACILITATOR_DOUBLE_BOOKED, OUT_OF_ORDER, PARTICIPANT_DOUBLE_BOOKED, PUBLIC_HOLIDAY, SCHOOL_DATES_UNKNOWN,
    SCHOOL_HOLIDAY, SEVERITIES, TRAVEL_TIME, VENUE_DOUBLE_BOOKED, VENUE_TOO_SMALL, WEEKEND, Conflict, _name_order,
    _overlaps, _sort,
)
from desktop.scheduling.holidays_fr import school_dates_published, unpublished_note


class ConflictRules:
    """Mixed into :class:`~desktop.scheduling.conflicts.ConflictIndex`: the checks and the conflicts' wording."""

    # -- wording -------------------------------------------------------------------------------------------

    def _label(self, session: Session) -> Reason:
        info = self._kits[self._session_kit[session.uid]]
        title = info.titles.get(session.kit_workshop_uid) or Reason.of("label.no_workshop")
        if info.kit.name:
            return Reason.of("label.session", title=title, kit=info.kit.name)
        return Reason.of("label.session_no_kit", title=title)

    def _venue_name(self, uid: str) -> Reason:
        venue = self._venues.get(uid)
        if venue is None:
            return Reason.of("label.venue_unknown")
        if venue.commune:
            return Reason.of("label.venue", name=venue.name, commune=venue.commune)
        return Reason.of("label.venue_no_commune", name=venue.name)

    def _facilitator_name(self, uid: str) -> str | Reason:
        person = self._facilitators.get(uid)
        return person.name if person and person.name else Reason.of("label.facilitator_unnamed")

    def _conflict(self, kind: str, sessions: Sequence[Session], key: str, **values) -> Conflict:
        kits = tuple(dict.fromkeys(self._session_kit[s.uid] for s in sessions))
        return Conflict(kind, tuple(s.uid for s in sessions), kits, SEVERITIES[kind],
                        Reason.of(f"conflict.{key}", **values), sessions[0].day)

    def _pair(self, a: Session, b: Session) -> dict:
        """The values naming two overlapping sessions: the day, the common times, their labels."""
        return {"day": a.day, "start": max(a.start, b.start), "end": min(a.end, b.end),
                "first": self._label(a), "second": self._label(b)}

    # -- the checks ----------------------------------------------------------------------------------------

    def _session_checks(self, session: Session) -> list[Conflict]:
        info = self._kits[self._session_kit[session.uid]]
        label, day = self._label(session), session.day
        found: list[Conflict] = []
        holiday = info.days_off.public_holiday(day)
        if holiday:
            found.append(self._conflict(PUBLIC_HOLIDAY, [session], "public_holiday", session=label, day=day,
                                        holiday=holiday))
        elif day.weekday() >= 5:
            found.append(self._conflict(WEEKEND, [session], "weekend", session=label, day=day))
        if info.days_off.zone:
            school = info.days_off.school_holiday(day)
            if school:
                found.append(self._conflict(SCHOOL_HOLIDAY, [session], "school_holiday", session=label,
                                            zone=info.days_off.zone, day=day, holiday=school))
        venue = self._venues.get(session.venue_uid) if session.venue_uid else None
        roster = len(info.kit.participants)
        if venue is not None and 0 < venue.capacity < roster:
            found.append(self._conflict(VENUE_TOO_SMALL, [session], "venue_too_small",
                                        venue=self._venue_name(venue.uid), capacity=venue.capacity, n=roster,
                                        session=label, day=day))
        return found

    def _kit_checks(self, kit_uid: str) -> list[Conflict]:
        info = self._kits[kit_uid]
        active = [self._sessions[uid] for uid in self._kit_sessions[kit_uid] if self._sessions[uid].is_active]
        found: list[Conflict] = []
        first: dict[str, Session] = {}
        for session in sorted(active, key=lambda s: (s.starts_at, s.uid)):
            if session.kit_workshop_uid in info.order:
                first.setdefault(session.kit_workshop_uid, session)
        latest: Session | None = None
        for session in sorted(first.values(), key=lambda s: info.order[s.kit_workshop_uid]):
            if latest is not None and session.starts_at < latest.starts_at:
                found.append(self._conflict(OUT_OF_ORDER, [session, latest], "out_of_order",
                                            session=self._label(session), day=session.day,
                                            other=self._label(latest), other_day=latest.day))
            if latest is None or session.starts_at > latest.starts_at:
                latest = session
        zone = info.days_off.zone
        if zone:
            unknown = sorted((s for s in active if not school_dates_published(s.day)), key=lambda s: (s.day, s.uid))
            note = unpublished_note(zone, [s.day for s in unknown]) if unknown else None
            if note:
                name = (Reason.of("label.kit", name=info.kit.name) if info.kit.name
                        else Reason.of("label.kit_unnamed"))
                found.append(self._conflict(SCHOOL_DATES_UNKNOWN, unknown, "school_dates_unknown", kit=name,
                                            note=note))
        return found

    def _facilitator_checks(self, facilitator_uid: str, members: list[Session]) -> list[Conflict]:
        if len(members) < 2:
            return []
        name = self._facilitator_name(facilitator_uid)
        found: list[Conflict] = []
        for a, b in _overlaps(members):
            if a.venue_uid and b.venue_uid and a.venue_uid != b.venue_uid:
                found.append(self._conflict(FACILITATOR_DOUBLE_BOOKED, [a, b], "facilitator_two_places",
                                            person=name, first_venue=self._venue_name(a.venue_uid),
                                            second_venue=self._venue_name(b.venue_uid), **self._pair(a, b)))
            else:
                found.append(self._conflict(FACILITATOR_DOUBLE_BOOKED, [a, b], "facilitator_double_booked",
                                            person=name, **self._pair(a, b)))
        if self._buffer:
            ordered = sorted(members, key=_sort)
            for a, b in zip(ordered, ordered[1:]):
                if not (a.venue_uid and b.venue_uid) or a.venue_uid == b.venue_uid or b.start < a.end:
                    continue
                gap = (b.start.hour * 60 + b.start.minute) - (a.end.hour * 60 + a.end.minute)
                if gap < self._buffer:
                    found.append(self._conflict(
                        TRAVEL_TIME, [a, b], "travel_time" if gap else "no_travel_time", person=name,
                        gap=timedelta(minutes=gap), from_venue=self._venue_name(a.venue_uid),
                        to_venue=self._venue_name(b.venue_uid), day=a.day, first=self._label(a), end=a.end,
                        second=self._label(b), start=b.start, needed=timedelta(minutes=self._buffer)))
        return found

    def _venue_checks(self, venue_uid: str, members: list[Session]) -> list[Conflict]:
        if len(members) < 2:
            return []
        return [self._conflict(VENUE_DOUBLE_BOOKED, [a, b], "venue_double_booked",
                               venue=self._venue_name(venue_uid), **self._pair(a, b))
                for a, b in _overlaps(members)]

    def _participant_conflict(self, pair: tuple[str, str]) -> Conflict:
        a, b = self._sessions[pair[0]], self._sessions[pair[1]]
        names = sorted((n for key in self._pair_sources[pair] for n in self._people_of_class[key[2]]),
                       key=_name_order)
        if len(names) == 1:
            return self._conflict(PARTICIPANT_DOUBLE_BOOKED, [a, b], "participant_double_booked",
                                  person=names[0], **self._pair(a, b))
        key = "participants_double_booked" if len(names) <= 3 else "many_participants_double_booked"
        return self._conflict(PARTICIPANT_DOUBLE_BOOKED, [a, b], key, n=len(names), names=tuple(names[:3]),
                              **self._pair(a, b))
