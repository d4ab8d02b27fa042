"""iCalendar (RFC 5545) export of sessions: per kit, per facilitator across kits, per participant.

Built with the ``icalendar`` package, which escapes text (commas, semicolons, backslashes, newlines) and folds
lines at 75 octets. Times are local to Europe/Paris and carry ``TZID=Europe/Paris``; the calendar holds a
VTIMEZONE whose DAYLIGHT and STANDARD parts are yearly rules (last Sunday of March and of October, the EU rule
in force since 1996), so it stays right after 2038 — ``icalendar.Timezone.from_tzinfo`` would instead list dated
transitions up to a chosen last date.

A session keeps the same UID in every export (``{session.uid}@tresse``) and its ``SEQUENCE`` is the session's
own counter, raised at every change, so that calendar programs update the event instead of duplicating it.
Cancelled sessions are exported with ``STATUS:CANCELLED`` for the same reason.

The calendar's head and VTIMEZONE are icalendar's; the events' lines are written by :func:`_write` (four kinds
of value, escaped and folded as the library does), byte for byte what ``Calendar.to_ical()`` gives with
:func:`session_event`'s components, in a fraction of the time.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.parser import Contentline
from icalendar.prop import vDDDTypes, vInt, vRecur, vText

from desktop.domain.catalogue import Segment
from desktop.domain.dates import NBSP, clock
from desktop.domain.kit import Facilitator, Kit, KitWorkshop, Session, SessionStatus, Venue
from desktop.scheduling.conflicts import participant_keys

#: The PRODID of every calendar Tresse writes.
ICS_PRODID = "-//Tresse//Tresse//FR"
TZID = "Europe/Paris"
PARIS = ZoneInfo(TZID)
UID_DOMAIN = "tresse"

_STATUS = {
    SessionStatus.PENCILLED: "TENTATIVE",
    SessionStatus.CONFIRMED: "CONFIRMED",
    SessionStatus.HELD: "CONFIRMED",
    SessionStatus.CANCELLED: "CANCELLED",
}


def paris_vtimezone() -> Timezone:
    """The VTIMEZONE of Europe/Paris as yearly rules, valid for any year from 1996 on (2038 and after too)."""
    tz = Timezone()
    tz.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", _offset(1))
    summer.add("tzoffsetto", _offset(2))
    summer.add("dtstart", datetime(1996, 3, 31, 2, 0))
    summer.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", _offset(2))
    winter.add("tzoffsetto", _offset(1))
    winter.add("dtstart", datetime(1996, 10, 27, 3, 0))
    winter.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def _offset(hours: int) -> timedelta:
    return timedelta(hours=hours)


def session_uid(session: Session) -> str:
    """The iCalendar UID of a session, the same in every export."""
    return f"{session.uid}@{UID_DOMAIN}"


def _stamp(now: datetime | None) -> datetime:
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=PARIS)  # domain times are local to Europe/Paris
    return now.astimezone(timezone.utc).replace(microsecond=0)


def _location(venue: Venue | None) -> str:
    if venue is None:
        return ""
    return ", ".join(part.strip() for part in (venue.name, venue.address, venue.commune) if part and part.strip())


@lru_cache(maxsize=2048)
def _at(minutes: int) -> str:
    return clock(time((minutes // 60) % 24, minutes % 60))


def _outline(kw: KitWorkshop, session: Session) -> tuple[str, ...]:
    """The workshop's segments with their times from the session's start, the lunch break in its place."""
    lunch = None
    if session.lunch_start and session.lunch_end and session.lunch_end > session.lunch_start:
        lunch = (session.lunch_start.hour * 60 + session.lunch_start.minute,
                 session.lunch_end.hour * 60 + session.lunch_end.minute)
    return _timed_segments(kw.workshop.segments, session.start.hour * 60 + session.start.minute, lunch)


@lru_cache(maxsize=512)
def _timed_segments(segments: tuple[Segment, ...], cursor: int, lunch: tuple[int, int] | None) -> tuple[str, ...]:
    """:func:`_outline`'s lines, the same for every session of a workshop at the same hours (kept: an agenda
    repeats them week after week)."""
    lines: list[str] = []
    for segment in segments:
        if lunch and cursor >= lunch[0]:
            lines.append(f"{_at(lunch[0])} – {_at(lunch[1])}{NBSP}: déjeuner")
            cursor += lunch[1] - lunch[0]
            lunch = None
        end, extra = cursor + segment.minutes, ""
        if lunch and cursor < lunch[0] < end:
            end += lunch[1] - lunch[0]
            extra, lunch = " (pause déjeuner comprise)", None
        lines.append(f"{_at(cursor)} – {_at(end)}{NBSP}: {segment.title}{extra}")
        cursor = end
    return tuple(lines)


def _description(kit: Kit, kw: KitWorkshop | None, session: Session,
                 facilitators: Mapping[str, Facilitator]) -> str:
    parts = [f"Kit{NBSP}: {kit.name}"]
    names = [f.name for uid in (session.facilitator_uids or kit.facilitator_uids)
             if (f := facilitators.get(uid)) is not None and f.name]
    if names:
        parts.append(f"Animation{NBSP}: {', '.join(names)}")
    if kw is not None:
        if kw.workshop.summary.strip():
            parts.append(kw.workshop.summary.strip())
        outline = _outline(kw, session)
        if outline:
            parts.append(f"Déroulé{NBSP}:\n" + "\n".join(outline))
    if session.notes.strip():
        parts.append(session.notes.strip())
    return "\n\n".join(parts)


#: The kinds of a VEVENT's values: text (escaped), a Paris wall-clock time (``TZID``), a UTC time, an integer.
TEXT, LOCAL, UTC, INTEGER = "text", "local", "utc", "integer"


def _event_values(kit: Kit, session: Session, venues: Mapping[str, Venue],
                  facilitators: Mapping[str, Facilitator]) -> list[tuple[str, str, object]]:
    """The properties of a session's VEVENT as ``(name, kind, value)``, in the order icalendar writes them (its
    canonical order, then alphabetical). DTSTAMP, the same for every event of a calendar, is left to the writer."""
    kw = kit.kit_workshop(session.kit_workshop_uid)
    venue = None
    if session.venue_uid:
        venue = venues.get(session.venue_uid)
    location = _location(venue)
    return [
        ("SUMMARY", TEXT, kw.workshop.title if kw is not None else "Séance"),
        ("DTSTART", LOCAL, datetime.combine(session.day, session.start)),
        ("DTEND", LOCAL, datetime.combine(session.day, session.end)),
        ("DTSTAMP", UTC, None),
        ("UID", TEXT, session_uid(session)),
        ("SEQUENCE", INTEGER, max(0, int(session.sequence))),
        ("DESCRIPTION", TEXT, _description(kit, kw, session, facilitators)),
        *([("LOCATION", TEXT, location)] if location else []),
        ("STATUS", TEXT, _STATUS[session.status]),
    ]


def session_event(kit: Kit, session: Session, venues: Mapping[str, Venue] | None = None,
                  facilitators: Mapping[str, Facilitator] | None = None, *, now: datetime | None = None) -> Event:
    """The VEVENT of one session of *kit*, as icalendar's values (what :func:`calendar_for` writes, line for
    line)."""
    event = Event()
    for name, kind, value in _event_values(kit, session, venues or {}, facilitators or {}):
        if kind == TEXT:
            event[name] = vText(value)
        elif kind == LOCAL:
            event[name] = vDDDTypes(value.replace(tzinfo=PARIS))
        elif kind == UTC:
            event[name] = vDDDTypes(_stamp(now))
        else:
            event[name] = vInt(value)
    return event


def _identities(kits: Sequence[Kit], participant_uid: str) -> set[tuple[str, ...]]:
    for kit in kits:
        for participant in kit.participants:
            if participant.uid == participant_uid:
                return set(participant_keys(participant))
    return set()


def calendar_for(kits: Sequence[Kit], venues: Mapping[str, Venue] | None = None,
                 facilitators: Mapping[str, Facilitator] | None = None, *,
                 facilitator_uid: str | None = None, participant_uid: str | None = None,
                 now: datetime | None = None, name: str = "") -> bytes:
    """An .ics of the sessions of *kits*, filtered for one facilitator and/or one participant.

    Args:
        kits: the kits whose sessions are exported.
        venues: the shared venues by uid, for LOCATION.
        facilitators: the shared facilitators by uid, named in DESCRIPTION.
        facilitator_uid: only the sessions this facilitator runs (a session without facilitators is run by its
            kit's facilitators).
        participant_uid: only the sessions of the kits this participant is enrolled in (the same person in
            another kit, same name and e-mail address, counts too).
        now: the DTSTAMP (UTC; a naive value is read as Paris time); by default the current time.
        name: the calendar's display name (X-WR-CALNAME).
    """
    identities = _identities(kits, participant_uid) if participant_uid else set()
    calendar = Calendar()
    calendar.add("prodid", ICS_PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", vText(name))  # icalendar leaves an X- property's plain text unescaped
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(paris_vtimezone())
    chosen: list[tuple[Session, Kit]] = []
    for kit in kits:
        if participant_uid and not any(identities.intersection(participant_keys(p)) for p in kit.participants):
            continue
        for session in kit.sessions:
            if facilitator_uid and facilitator_uid not in (session.facilitator_uids or kit.facilitator_uids):
                continue
            chosen.append((session, kit))
    chosen.sort(key=lambda pair: (pair[0].day, pair[0].start, pair[0].uid))
    return _write(calendar, [_event_values(kit, session, venues or {}, facilitators or {}) for session, kit in chosen],
                  _stamp(now))


#: icalendar folds a content line once it reaches this many octets; shorter lines come out unchanged.
_FOLD_AT = 75
#: Properties whose lines repeat from one event to the next.
_REPEATED = frozenset({"STATUS", "LOCATION", "SUMMARY"})


def _write(calendar: Calendar, events: list[list[tuple[str, str, object]]], stamp: datetime) -> bytes:
    """What ``calendar.to_ical()`` gives once the events are added as VEVENTs (:func:`session_event`), byte for
    byte, in a fraction of the time.

    The calendar's head and its VTIMEZONE are icalendar's own lines. An event's lines are written here: they are
    four kinds of value (:func:`_line`), and icalendar's generic path (a ``vText`` and its ``Parameters`` for
    each value, the time zone's identifiers looked up for each time, ``Contentline.from_parts``) was nine tenths
    of an agenda's writing. Repeated lines (DTSTAMP, STATUS, a venue's LOCATION, a workshop's SUMMARY) are made
    once. The tests compare the result with ``Calendar.to_ical()`` and read every value back with the library.
    """
    head = [line for line in calendar.content_lines() if line]
    out = [_fold(line) for line in head[:-1]]  # all but END:VCALENDAR
    dtstamp = f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}Z".encode("ascii")
    made: dict[tuple[str, object], bytes] = {}
    for properties in events:
        out.append(b"BEGIN:VEVENT")
        for name, kind, value in properties:
            if kind == UTC:
                out.append(dtstamp)
                continue
            key = (name, value) if name in _REPEATED else None
            line = made.get(key) if key else None
            if line is None:
                line = _fold(_line(name, kind, value))
                if key:
                    made[key] = line
            out.append(line)
        out.append(b"END:VEVENT")
    out.append(_fold(head[-1]))
    return b"\r\n".join(out) + b"\r\n"


def _line(name: str, kind: str, value: object) -> str:
    """One content line, unfolded: ``NAME:value``, a Paris time with its ``TZID`` parameter."""
    if kind == TEXT:
        return f"{name}:{escape_text(value)}"
    if kind == LOCAL:
        return f"{name};TZID={TZID}:{value:%Y%m%dT%H%M%S}"
    return f"{name}:{value}"


def escape_text(text: str) -> str:
    """A TEXT value escaped as RFC 5545 § 3.3.11 says: backslash, semicolon and comma preceded by a backslash, a
    line break (CRLF, LF or a lone CR) written ``\\n``. (icalendar also reads a literal ``\\N`` in the text as a
    line break before escaping; here it stays the two characters it is.)"""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> bytes:
    raw = line.encode("utf-8")
    if len(raw) < _FOLD_AT:
        return raw
    return fold_octets(raw, keep_escapes=_FOLDING) if _FOLDING is not None else Contentline(line).to_ical()


def fold_octets(raw: bytes, *, keep_escapes: bool) -> bytes:
    """A content line's UTF-8 octets folded as icalendar folds them (RFC 5545 § 3.1), in passes over bytes:
    lines of at most 74 octets after the first's, never splitting a character, each continued by CRLF and a
    space; with *keep_escapes* (icalendar 7), a line that would end on ``\\`` or ``^`` leaves it to the next, so
    that an escape is not split across lines. The library's own folding looks at every character in Python: two
    thirds of an agenda's writing."""
    limit = _FOLD_AT - 1
    parts = []
    start, size = 0, len(raw)
    while size - start > limit:
        end = start + limit
        while raw[end] & 0xC0 == 0x80:  # inside a character: cut before it
            end -= 1
        if keep_escapes and raw[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        parts.append(raw[start:end])
        start = end
    parts.append(raw[start:])
    return b"\r\n ".join(parts)


def _library_folding() -> bool | None:
    """How the installed icalendar folds: True when it keeps escapes whole, False when it does not, None when it
    folds some other way (its own folding is then used)."""
    probe = Contentline("X-PROBE:" + "a" * 65 + "\\n" + "é" * 40)  # the first line would end on the backslash
    wanted = probe.to_ical()
    raw = probe.encode("utf-8")
    for mode in (True, False):
        if fold_octets(raw, keep_escapes=mode) == wanted:
            return mode
    return None


_FOLDING = _library_folding()


def kit_calendar(kit: Kit, venues: Mapping[str, Venue] | None = None,
                 facilitators: Mapping[str, Facilitator] | None = None, *, facilitator_uid: str | None = None,
                 participant_uid: str | None = None, now: datetime | None = None) -> bytes:
    """An .ics of one kit's sessions (all of them, or those of one facilitator or one participant)."""
    return calendar_for([kit], venues, facilitators, facilitator_uid=facilitator_uid, participant_uid=participant_uid,
                        now=now, name=kit.name)
