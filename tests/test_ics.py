"""iCalendar export: round trip through icalendar's parser, clock changes, stable UIDs, VTIMEZONE rules, folding."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest
from icalendar.parser import Contentline

from desktop.domain.catalogue import Segment
from desktop.domain.kit import (
    Facilitator,
    Kit,
    KitWorkshop,
    Participant,
    Session,
    SessionStatus,
    Venue,
    blank_workshop,
)
from desktop.exchange.ics import ICS_PRODID, calendar_for, kit_calendar, paris_vtimezone, session_event

PARIS = ZoneInfo("Europe/Paris")
NB = "\u00a0"
NOW = datetime(2027, 1, 2, 10, 0, tzinfo=timezone.utc)
VENUES = {"v1": Venue("v1", "Salle des fêtes", address="2 rue de l'Église", commune="Mouilleron-en-Pareds")}
DAYS = [date(2027, 3, 26), date(2027, 3, 29), date(2027, 10, 29), date(2027, 11, 1)]


def make_kit(days=DAYS, uid="k1", statuses=None, **kw_args) -> Kit:
    workshop = dataclasses.replace(
        blank_workshop("Trouver son modèle économique", 180), summary="Comprendre, chiffrer; décider.",
        segments=(Segment("accueil", "Café", 15), Segment("apport", "Les coûts", 90),
                  Segment("synthese", "Bilan", 75)))
    kw = KitWorkshop(f"{uid}w", workshop)
    statuses = statuses or [SessionStatus.CONFIRMED] * len(days)
    sessions = tuple(Session(f"{uid}s{i}", kw.uid, day, time(9), time(12), venue_uid="v1", facilitator_uids=("f1",),
                             status=status, sequence=i)
                     for i, (day, status) in enumerate(zip(days, statuses)))
    return Kit(uid, f"Parcours {uid}", workshops=(kw,), sessions=sessions, **kw_args)


PEOPLE = {"f1": Facilitator("f1", "Camille")}


def unambiguous(moment: datetime) -> bool:
    """Whether a local time exists once in Paris (not skipped in March, not repeated in October)."""
    local = moment.replace(tzinfo=PARIS)
    again = local.astimezone(timezone.utc).astimezone(PARIS).replace(tzinfo=None)
    return again == moment and local.utcoffset() == moment.replace(tzinfo=PARIS, fold=1).utcoffset()


def events(data: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def test_times_survive_the_clock_changes():
    data = kit_calendar(make_kit(), VENUES, PEOPLE, now=NOW)
    parsed = events(data)
    assert [e.decoded("dtstart").date() for e in parsed] == DAYS
    offsets = []
    for event in parsed:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert start.astimezone(PARIS).time() == time(9) and end.astimezone(PARIS).time() == time(12)
        assert event["dtstart"].params["TZID"] == "Europe/Paris"
        offsets.append(start.utcoffset())
    assert offsets == [timedelta(hours=h) for h in (1, 2, 2, 1)]
    assert b"DTSTART;TZID=Europe/Paris:20270326T090000" in data
    # The parser's own reading of our VTIMEZONE (not the system database) gives the same instants.
    own = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    for event in parsed:
        local = event.decoded("dtstart").replace(tzinfo=None)
        assert local.replace(tzinfo=own).utcoffset() == local.replace(tzinfo=PARIS).utcoffset()


def test_vtimezone_is_made_of_yearly_rules_valid_after_2038():
    vtz = icalendar.Calendar.from_ical(kit_calendar(make_kit(), VENUES, PEOPLE, now=NOW)).walk("VTIMEZONE")[0]
    assert vtz["TZID"] == "Europe/Paris"
    for part in vtz.walk("DAYLIGHT") + vtz.walk("STANDARD"):
        rule = part["RRULE"]
        assert rule["FREQ"] == ["YEARLY"] and rule["BYDAY"] == ["-1SU"] and "UNTIL" not in rule
        assert "RDATE" not in part
    assert vtz.walk("DAYLIGHT")[0]["RRULE"]["BYMONTH"] == [3]
    assert vtz.walk("STANDARD")[0]["RRULE"]["BYMONTH"] == [10]
    tz = paris_vtimezone().to_tz(lookup_tzid=False)
    moment = datetime(2025, 1, 1, 12)
    while moment < datetime(2061, 1, 1):
        if unambiguous(moment):
            assert moment.replace(tzinfo=tz).utcoffset() == moment.replace(tzinfo=PARIS).utcoffset(), moment
        moment += timedelta(days=5, hours=7)
    for year in (2037, 2038, 2039, 2050):  # the transitions themselves, by the hour
        for month in (3, 10):
            last_sunday = max(date(year, month, d) for d in range(25, 32) if date(year, month, d).weekday() == 6)
            for hour in (0, 1, 3, 4, 5):
                moment = datetime.combine(last_sunday, time(hour))
                if not unambiguous(moment):  # 2:00–3:00 in October happens twice
                    continue
                assert moment.replace(tzinfo=tz).utcoffset() == moment.replace(tzinfo=PARIS).utcoffset()


def test_uid_stable_and_sequence_follows():
    kit = make_kit()
    first = events(kit_calendar(kit, VENUES, PEOPLE, now=NOW))
    later = dataclasses.replace(kit, sessions=tuple(dataclasses.replace(s, sequence=s.sequence + 1)
                                                    for s in kit.sessions))
    second = events(kit_calendar(later, VENUES, PEOPLE, now=NOW + timedelta(days=3)))
    assert [str(e["uid"]) for e in first] == [f"k1s{i}@tresse" for i in range(4)]
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in second]
    assert [e["sequence"] for e in first] == [0, 1, 2, 3]
    assert [e["sequence"] for e in second] == [1, 2, 3, 4]
    assert first[0].decoded("dtstamp") == NOW and second[0].decoded("dtstamp") == NOW + timedelta(days=3)
    facilitator_view = events(calendar_for([kit], VENUES, PEOPLE, facilitator_uid="f1", now=NOW))
    assert [str(e["uid"]) for e in facilitator_view] == [str(e["uid"]) for e in first]


def test_status_location_description_and_calendar_properties():
    statuses = [SessionStatus.PENCILLED, SessionStatus.CONFIRMED, SessionStatus.HELD, SessionStatus.CANCELLED]
    data = kit_calendar(make_kit(statuses=statuses), VENUES, PEOPLE, now=NOW)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["prodid"]) == ICS_PRODID and str(calendar["version"]) == "2.0"
    parsed = calendar.walk("VEVENT")
    assert [str(e["status"]) for e in parsed] == ["TENTATIVE", "CONFIRMED", "CONFIRMED", "CANCELLED"]
    event = parsed[0]
    assert str(event["summary"]) == "Trouver son modèle économique"
    assert str(event["location"]) == "Salle des fêtes, 2 rue de l'Église, Mouilleron-en-Pareds"
    description = str(event["description"])
    assert description.startswith("Kit\u00a0: Parcours k1\n\nAnimation\u00a0: Camille\n\n"
                                  "Comprendre, chiffrer; décider.")
    assert "9\u00a0h – 9\u00a0h\u00a015\u00a0: Café" in description
    assert "10\u00a0h\u00a045 – 12\u00a0h\u00a0: Bilan" in description


def test_full_day_outline_has_lunch():
    workshop = dataclasses.replace(blank_workshop("Journée", 360), segments=(
        Segment("apport", "Matin", 210), Segment("sous_groupes", "Après-midi", 150)))
    kw = KitWorkshop("w", workshop)
    session = Session("s", "w", date(2027, 1, 12), time(9), time(16), lunch_start=time(12, 30),
                      lunch_end=time(13, 30))
    description = str(events(kit_calendar(Kit("k", "K", workshops=(kw,), sessions=(session,)), {}, now=NOW))[0]
                      ["description"])
    lunch = f"12{NB}h{NB}30 – 13{NB}h{NB}30{NB}: déjeuner\n13{NB}h{NB}30 – 16{NB}h{NB}: Après-midi"
    assert lunch in description


def test_escaping_and_folding():
    title = ("Atelier, « gouvernance » ; statuts\\SCIC\nsuite : " + "é" * 60 + "x" * 200)[:200]
    workshop = dataclasses.replace(blank_workshop(title, 180), summary="Une ligne;\nune autre, avec\\ tout.")
    kw = KitWorkshop("w", workshop)
    venue = Venue("v", "Salle; la grande, étage 2", address="1, place\nde la Mairie", commune="Sèvremont")
    session = Session("s", "w", date(2027, 1, 12), time(9), time(12), venue_uid="v")
    data = kit_calendar(Kit("k", "Kit, avec; tout", workshops=(kw,), sessions=(session,)), {"v": venue}, now=NOW)
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    data.decode("utf-8")  # folding never splits a character
    [event] = events(data)
    assert str(event["summary"]) == title and len(title) == 200
    assert str(event["location"]) == "Salle; la grande, étage 2, 1, place\nde la Mairie, Sèvremont"
    assert "Une ligne;\nune autre, avec\\ tout." in str(event["description"])
    assert "Kit\u00a0: Kit, avec; tout" in str(event["description"])
    assert b"SUMMARY:Atelier\\, " in data and b"\\;" in data


def test_filters_per_facilitator_and_participant_across_kits():
    lea = Participant("p1", "Dupont", "Léa", email="lea@example.org")
    same_lea = Participant("p7", "Dupont", "Léa", email="LEA@example.org")
    a = make_kit(days=DAYS[:2], uid="a", participants=(lea,))
    b = make_kit(days=DAYS[2:], uid="b", participants=(same_lea,))
    b = dataclasses.replace(b, sessions=(dataclasses.replace(b.sessions[0], facilitator_uids=("f2",)),
                                         dataclasses.replace(b.sessions[1], facilitator_uids=())),
                            facilitator_uids=("f1",))
    c = make_kit(days=[date(2027, 6, 1)], uid="c")
    uids = lambda data: [str(e["uid"]) for e in events(data)]  # noqa: E731
    assert uids(calendar_for([a, b, c], VENUES, PEOPLE, facilitator_uid="f1", now=NOW)) == \
        ["as0@tresse", "as1@tresse", "cs0@tresse", "bs1@tresse"]
    assert uids(calendar_for([a, b, c], VENUES, PEOPLE, participant_uid="p1", now=NOW)) == \
        ["as0@tresse", "as1@tresse", "bs0@tresse", "bs1@tresse"]
    assert uids(kit_calendar(c, VENUES, PEOPLE, participant_uid="p1", now=NOW)) == []
    assert uids(calendar_for([a, b, c], VENUES, PEOPLE, participant_uid="p1", facilitator_uid="f2", now=NOW)) == \
        ["bs0@tresse"]


def test_dtstamp_is_utc():
    [event, *_] = events(kit_calendar(make_kit(), VENUES, PEOPLE, now=datetime(2027, 7, 1, 12, 0)))
    assert event.decoded("dtstamp") == datetime(2027, 7, 1, 10, 0, tzinfo=timezone.utc)
    assert b"DTSTAMP:20270701T100000Z" in kit_calendar(make_kit(), VENUES, PEOPLE, now=datetime(2027, 7, 1, 12, 0))


@pytest.mark.parametrize("day", [date(2038, 3, 29), date(2045, 10, 30)])
def test_far_future_sessions(day):
    [event] = events(kit_calendar(make_kit(days=[day]), VENUES, PEOPLE, now=NOW))
    assert event.decoded("dtstart").utcoffset() == datetime.combine(day, time(9), PARIS).utcoffset()


def test_fast_writer_equals_the_library_serialisation():
    statuses = [SessionStatus.PENCILLED, SessionStatus.CONFIRMED, SessionStatus.HELD, SessionStatus.CANCELLED]
    long_title = dataclasses.replace(blank_workshop("Titre, long; " + "é" * 120, 360), summary="a\nb, c; d")
    kit = make_kit(statuses=statuses)
    kit = dataclasses.replace(kit, workshops=kit.workshops + (KitWorkshop("other", long_title),),
                              sessions=kit.sessions + (Session("z", "other", date(2039, 4, 1), time(9), time(16),
                                                               venue_uid="v1", lunch_start=time(12, 30),
                                                               lunch_end=time(13, 30)),))
    reference = icalendar.Calendar()
    for name, value in (("prodid", ICS_PRODID), ("version", "2.0"), ("calscale", "GREGORIAN"),
                        ("method", "PUBLISH"), ("x-wr-calname", icalendar.vText(kit.name)), ("x-wr-timezone", "Europe/Paris")):
        reference.add(name, value)
    reference.add_component(paris_vtimezone())
    for session in sorted(kit.sessions, key=lambda s: (s.day, s.start, s.uid)):
        reference.add_component(session_event(kit, session, VENUES, PEOPLE, now=NOW))
    assert kit_calendar(kit, VENUES, PEOPLE, now=NOW) == reference.to_ical()


def test_lines_are_folded_as_the_library_folds_them():
    """The agenda folds its long lines over bytes, as the installed icalendar folds them character by character:
    the same octets for French text, emoji, CJK, and escapes at every place of a fold."""
    import random

    from icalendar.parser import Contentline

    from desktop.exchange import ics

    probe = ("X-PROBE:" + "a" * 65 + "\\n" + "é" * 40).encode()
    assert ics.fold_octets(probe, keep_escapes=True) != ics.fold_octets(probe, keep_escapes=False)
    assert ics._FOLDING is not None  # the installed library folds one of the two known ways
    rng = random.Random(16)
    alphabet = "abcdefghij \\^;,:éèçàœ€’«»😀中"
    for _ in range(3000):
        text = "DESCRIPTION:" + "".join(rng.choice(alphabet) for _ in range(rng.randint(60, 400)))
        line = Contentline(text)
        assert ics._fold(line) == line.to_ical(), text


@pytest.mark.parametrize("text", ["C:\\Nouveau dossier\\notes", "a\r\nb\rc\nd", "fin\\", "; , \\; \\, \\\\n",
                                  "« Café » ; 12,5 €", "😀 中文 \u200b\u00a0x"])
def test_every_text_reads_back_as_written(text):
    """A text value reads back through icalendar as the same text (line breaks as LF), a literal backslash and N
    included, which the library itself would have turned into a line break."""
    workshop = dataclasses.replace(blank_workshop(text, 180), summary=text)
    kw = KitWorkshop("w", workshop)
    venue = Venue("v", text, commune="Sèvremont")
    session = Session("s", "w", date(2027, 1, 12), time(9), time(12), venue_uid="v", notes=text)
    [event] = events(kit_calendar(Kit("k", text, workshops=(kw,), sessions=(session,)), {"v": venue}, now=NOW))
    plain = text.replace("\r\n", "\n").replace("\r", "\n")
    assert str(event["summary"]) == plain
    assert str(event["location"]) == f"{plain.strip()}, Sèvremont"
    assert f"Kit\u00a0: {plain}" in str(event["description"])
    # the calendar's name is a TEXT too (RFC 5545 § 3.8.8.2), escaped, which the library's reader leaves as it is
    # written: its line is read back here with the library's unescaping (which reads « \\N » as a line break)
    unfolded = kit_calendar(Kit("k", text), {}, now=NOW).replace(b"\r\n ", b"").decode().split("\r\n")
    [name] = [line for line in unfolded if line.startswith("X-WR-CALNAME:")]
    if "\\N" not in text:
        assert Contentline(name).parts()[2] == plain
