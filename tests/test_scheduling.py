"""Scheduling core: days off, départements and zones, automatic planning and shifting (property-based and examples).

The properties check the planner against the two data packages directly (``holidays`` and
``vacances_scolaires_france``), not through the module under test.
"""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta

import holidays
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st
from vacances_scolaires_france import SchoolHolidayDates

from desktop.domain.catalogue import KitTemplate
from desktop.domain.dates import NBSP
from desktop.domain.errors import ValidationError
from desktop.domain.kit import KitWorkshop, Session, SessionStatus, blank_workshop
from desktop.scheduling import holidays_fr
from desktop.scheduling.autoschedule import Cadence, DayRules, add_months, plan_sessions, shift_following, slot_for
from desktop.domain.wording import french

SCHOOL = SchoolHolidayDates()
SUBDIVISIONS = {"Moselle": "57", "Bas-Rhin": "6AE", "68": "6AE", "974": "974"}
DEPARTEMENTS = ["", "85", "Vendée", "Moselle", "Bas-Rhin", "68", "2A", "Paris", "974", "inconnu"]
_PUBLIC: dict[tuple[int, str | None], holidays.HolidayBase] = {}


def is_public_holiday(day: date, departement: str) -> bool:
    subdiv = SUBDIVISIONS.get(departement)
    key = (day.year, subdiv)
    if key not in _PUBLIC:
        _PUBLIC[key] = holidays.France(years=day.year, subdiv=subdiv)
    return day in _PUBLIC[key]


def school_published(day: date) -> bool:
    return day <= date(2028, 8, 31)


def allowed(day: date, *, weekdays, departement, zone, blackout) -> bool:
    """An oracle written apart from the planner's own rules."""
    if day.weekday() >= 5 or (weekdays and day.weekday() not in weekdays):
        return False
    if is_public_holiday(day, departement) or day in blackout:
        return False
    if zone and school_published(day) and SCHOOL.is_holiday_for_zone(day, zone):
        return False
    return True


def after(cadence: Cadence, day: date) -> date:
    """The cadence's next earliest day, computed apart (dateutil's month arithmetic)."""
    if cadence.months:
        return day + relativedelta(months=cadence.months)
    return day + timedelta(days=cadence.days)


def kit_workshops(durations) -> list[KitWorkshop]:
    return [KitWorkshop(f"kw{i}", blank_workshop(f"Atelier {i + 1}", m)) for i, m in enumerate(durations)]


def counter():
    numbers = itertools.count(1)
    return lambda: f"s{next(numbers)}"


cadences = st.one_of(
    st.just(Cadence.weekly()), st.just(Cadence.fortnightly()), st.just(Cadence.monthly()),
    st.integers(1, 30).map(Cadence.every_days),
)
weekday_sets = st.sets(st.integers(0, 6), max_size=4).filter(lambda s: not s or any(d < 5 for d in s))
starts = st.dates(date(2025, 1, 1), date(2028, 12, 31))


@settings(deadline=None, max_examples=150)
@given(
    start=starts, every=cadences, weekdays=weekday_sets,
    blackout=st.sets(st.dates(date(2025, 1, 1), date(2030, 6, 30)), max_size=40),
    zone=st.sampled_from([None, "A", "B", "C"]), departement=st.sampled_from(DEPARTEMENTS),
    durations=st.lists(st.integers(30, 420), max_size=12), min_spacing=st.integers(1, 10),
    start_time=st.sampled_from([time(9, 0), time(8, 30), time(10, 15), time(13, 30), time(14, 0)]),
)
def test_plan_keeps_every_rule(start, every, weekdays, blackout, zone, departement, durations, min_spacing,
                               start_time):
    workshops = kit_workshops(durations)
    kwargs = dict(every=every, weekdays=weekdays, start_time=start_time, departement=departement, zone=zone,
                  blackout=blackout, min_spacing_days=min_spacing)
    result = plan_sessions(workshops, start, uid_factory=counter(), **kwargs)
    again = plan_sessions(workshops, start, uid_factory=counter(), **kwargs)
    assert result == again  # deterministic
    sessions = result.sessions
    assert [s.kit_workshop_uid for s in sessions] == [kw.uid for kw in workshops]  # order
    rules = dict(weekdays=weekdays, departement=departement, zone=zone, blackout=blackout)
    previous = None
    for session, kw in zip(sessions, workshops):
        day = session.day
        assert day.weekday() < 5
        assert not is_public_holiday(day, departement)
        assert day not in blackout
        assert not weekdays or day.weekday() in weekdays
        if zone and school_published(day):
            assert not SCHOOL.is_holiday_for_zone(day, zone)
        wanted = start if previous is None else max(after(every, previous), previous + timedelta(days=min_spacing))
        assert day >= wanted  # first on or after start; spacing at least the cadence and the minimum
        assert all(not allowed(wanted + timedelta(days=i), **rules) for i in range((day - wanted).days))
        minutes = kw.workshop.duration_minutes
        begin = session.start.hour * 60 + session.start.minute
        end = session.end.hour * 60 + session.end.minute
        if minutes <= 240:
            assert session.start == start_time and end - begin == minutes and session.lunch_start is None
        elif session.lunch_start is not None:
            assert session.start < time(12, 0) and end - begin == minutes + 60
            assert (session.lunch_start, session.lunch_end) == (time(12, 30), time(13, 30))
        assert session.status is SessionStatus.PENCILLED and session.sequence == 0
        previous = day
    unknown = [s.day for s in sessions if not school_published(s.day)]
    has_note = any("pas encore publiées" in w for w in map(french, result.warnings))
    assert has_note == bool(zone and unknown)


@settings(deadline=None, max_examples=80)
@given(
    start=st.dates(date(2025, 1, 1), date(2028, 6, 30)), count=st.integers(2, 8), moved=st.integers(0, 7),
    offset=st.integers(-20, 40), weekdays=weekday_sets, zone=st.sampled_from([None, "A", "C"]),
    departement=st.sampled_from(DEPARTEMENTS), min_spacing=st.integers(1, 7),
)
def test_shift_keeps_order_spacing_and_rules(start, count, moved, offset, weekdays, zone, departement,
                                             min_spacing):
    plan = plan_sessions(kit_workshops([180] * count), start, weekdays=weekdays, zone=zone,
                         departement=departement, min_spacing_days=min_spacing, uid_factory=counter())
    sessions = list(plan.sessions)
    moved = min(moved, count - 1)
    new_day = sessions[moved].day + timedelta(days=offset)
    kwargs = dict(weekdays=weekdays, zone=zone, departement=departement, min_spacing_days=min_spacing)
    shifted = shift_following(sessions, sessions[moved].uid, new_day, **kwargs)
    assert shifted == shift_following(sessions, sessions[moved].uid, new_day, **kwargs)
    assert [s.uid for s in shifted] == [s.uid for s in sessions]
    assert shifted[:moved] == sessions[:moved]
    assert shifted[moved].day == new_day
    rules = dict(weekdays=weekdays, departement=departement, zone=zone, blackout=frozenset())
    for before, after in zip(shifted[moved:], shifted[moved + 1:]):
        assert after.day >= before.day + timedelta(days=min_spacing)
        assert allowed(after.day, **rules)
    for old, new in zip(sessions, shifted):
        assert new.sequence == old.sequence + (new.day != old.day)


# -- examples --------------------------------------------------------------------------------------------------


def test_a_public_holiday_week():
    # Whit Monday 17 May 2027 and Ascension Thursday 6 May 2027.
    result = plan_sessions(kit_workshops([180] * 3), date(2027, 5, 3), weekdays={0, 3}, uid_factory=counter())
    assert [s.day for s in result.sessions] == [date(2027, 5, 3), date(2027, 5, 10), date(2027, 5, 20)]
    assert any("Lundi de Pentecôte (jour férié)" in n for n in map(french, result.notes))
    any_day = plan_sessions(kit_workshops([180]), date(2027, 5, 17), uid_factory=counter())
    assert any_day.sessions[0].day == date(2027, 5, 18)


def test_alsace_moselle_days_off():
    # 26 December 2028 is a Tuesday; Good Friday 2027 is 26 March.
    for departement in ("Moselle", "57", "bas-rhin", "Haut-Rhin", "68"):
        plan = plan_sessions(kit_workshops([180]), date(2028, 12, 26), departement=departement)
        assert plan.sessions[0].day == date(2028, 12, 27), departement
        assert plan_sessions(kit_workshops([180]), date(2027, 3, 26), departement=departement).sessions[0].day \
            == date(2027, 3, 30)
    assert plan_sessions(kit_workshops([180]), date(2028, 12, 26), departement="Vendée").sessions[0].day \
        == date(2028, 12, 26)
    assert holidays_fr.public_holiday(date(2028, 12, 26), "Moselle") == "Saint-Étienne"
    assert holidays_fr.public_holiday(date(2027, 3, 26), "67") == "Vendredi saint"
    assert holidays_fr.public_holiday(date(2027, 3, 26), "Vendée") is None


def test_zone_c_christmas_holidays():
    result = plan_sessions(kit_workshops([180, 180]), date(2027, 12, 20), zone="C", departement="Paris")
    assert [s.day for s in result.sessions] == [date(2028, 1, 3), date(2028, 1, 10)]
    assert any("Vacances de Noël (zone C)" in n and "lundi 20 décembre 2027" in n for n in map(french, result.notes))
    assert not result.warnings
    assert holidays_fr.school_holiday(date(2027, 12, 20), "C") == "Vacances de Noël"
    assert holidays_fr.school_holiday(date(2028, 1, 3), "c") == ""


def test_unpublished_school_dates_are_said():
    result = plan_sessions(kit_workshops([180, 180]), date(2029, 1, 8), zone="B")
    assert len(result.warnings) == 1
    text = french(result.warnings[0])
    assert "pas encore publiées" in text and "2028-2029" in text and "zone B" in text
    assert f"l'année scolaire 2028-2029 dans les données de Tresse (dates à partir du lundi 8 janvier 2029){NBSP}:" \
        in text
    assert holidays_fr.school_holiday(date(2029, 1, 8), "B") is None
    # The package accepts all of 2028 but only holds its first eight months: autumn 2028 is unknown too.
    assert holidays_fr.school_dates_known_until() == date(2028, 8, 31)
    assert holidays_fr.school_holiday(date(2028, 10, 25), "A") is None
    assert not holidays_fr.school_dates_published(date(2028, 9, 4))
    autumn = plan_sessions(kit_workshops([180]), date(2028, 10, 23), zone="A")
    assert "2028-2029" in french(autumn.warnings[0])
    assert not plan_sessions(kit_workshops([180]), date(2029, 1, 8)).warnings  # no zone: nothing to say


def test_departement_lookup_and_zones():
    find = holidays_fr.find_departement
    assert find("85").name == "Vendée" and find("vendee").code == "85" and find("VENDÉE (85)").code == "85"
    assert find("Côtes-d’Armor").code == "22" and find("cotes d armor").code == "22"
    assert find("2a").zone is None and find("Haute-Corse").code == "2B" and find("1").code == "01"
    assert find("Seine-St-Denis").zone == "C" and find("la réunion").code == "974"
    assert find("nowhere") is None and find("") is None
    zones = {"A": 0, "B": 0, "C": 0, None: 0}
    for code in [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"]:
        zones[find(code).zone] += 1
    assert zones == {"A": 32, "B": 41, "C": 21, None: 2}
    assert [holidays_fr.school_zone(d) for d in ("Rhône", "Nord", "Haute-Garonne", "Moselle")] == \
        ["A", "B", "C", "B"]
    assert "aucune des zones" in french(holidays_fr.zone_note("Corse-du-Sud"))
    assert holidays_fr.zone_note("Corse-du-Sud", zone="B") is None
    assert "non reconnu" in french(holidays_fr.zone_note("Atlantide"))
    assert holidays_fr.zone_note("Vendée") is None and holidays_fr.zone_note("") is None
    corsica = plan_sessions(kit_workshops([180]), date(2027, 1, 4), departement="2A")
    assert any("aucune des zones" in w for w in map(french, corsica.warnings))
    mismatch = plan_sessions(kit_workshops([180]), date(2027, 1, 4), departement="Vendée", zone="C")
    assert any("zone C choisie" in w for w in map(french, mismatch.warnings))
    with pytest.raises(ValueError):
        holidays_fr.check_zone("D")


def test_slots_and_defaults():
    assert slot_for(360) == slot_for(360, time(9, 0))
    full = slot_for(360)
    assert (full.start, full.lunch_start, full.lunch_end, full.end) == (time(9), time(12, 30), time(13, 30),
                                                                        time(16))
    assert slot_for(210).end == time(12, 30) and slot_for(240).lunch_start is None
    assert slot_for(180, time(14)).end == time(17)
    assert slot_for(420, time(14)).start == time(9)
    template = KitTemplate("t", "Parcours", ("a", "b"), spacing_days=14, usual_start="08:45")
    plan = plan_sessions(kit_workshops([180, 180]), date(2027, 1, 4), template=template)
    assert [s.day for s in plan.sessions] == [date(2027, 1, 4), date(2027, 1, 18)]
    assert plan.sessions[0].start == time(8, 45)
    afternoon = plan_sessions(kit_workshops([360]), date(2027, 1, 4), start_time=time(14))
    assert afternoon.sessions[0].start == time(9) and any("le matin" in n for n in map(french, afternoon.notes))
    assert plan_sessions([], date(2027, 1, 4)).sessions == ()


def test_monthly_cadence_and_months():
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2027, 12, 15), 1) == date(2028, 1, 15)
    plan = plan_sessions(kit_workshops([180] * 3), date(2027, 1, 11), every=Cadence.monthly(), weekdays={0})
    assert [s.day for s in plan.sessions] == [date(2027, 1, 11), date(2027, 2, 15), date(2027, 3, 15)]


def test_bad_input_is_refused():
    with pytest.raises(ValidationError) as caught:
        plan_sessions(kit_workshops([180]), date(2027, 1, 4), weekdays={5, 6})
    assert caught.value.code == "no_working_day"
    with pytest.raises(ValidationError):
        plan_sessions(kit_workshops([180]), date(2027, 1, 4), min_spacing_days=0)
    with pytest.raises(ValidationError):
        plan_sessions(kit_workshops([180]), date(2027, 1, 4), zone="Z")
    with pytest.raises(ValidationError):
        Cadence.every_days(0)
    with pytest.raises(ValidationError):
        shift_following([], "nope", date(2027, 1, 4))


def test_shift_following_example():
    plan = plan_sessions(kit_workshops([180] * 4), date(2027, 1, 4), weekdays={0}, uid_factory=counter())
    sessions = list(plan.sessions)
    sessions[3] = Session("x", "kw9", date(2027, 1, 20), time(9), time(12), status=SessionStatus.CANCELLED)
    shifted = shift_following(sessions, "s2", date(2027, 1, 18), weekdays={0})
    # One allowed day later (the next Monday): the third Monday follows, the cancelled one stays.
    assert [s.day for s in shifted] == [date(2027, 1, 4), date(2027, 1, 18), date(2027, 1, 25), date(2027, 1, 20)]
    assert [s.sequence for s in shifted] == [0, 1, 1, 0]
    back = shift_following(shifted, "s2", date(2027, 1, 11), weekdays={0})
    assert [s.day for s in back][:3] == [date(2027, 1, 4), date(2027, 1, 11), date(2027, 1, 18)]
    assert shift_following(sessions, "s2", sessions[1].day) == sessions


def test_day_rules_counting():
    rules = DayRules(departement="Vendée")
    assert rules.count_between(date(2027, 5, 14), date(2027, 5, 19)) == 2  # Whit Monday skipped
    assert rules.count_between(date(2027, 5, 19), date(2027, 5, 14)) == -2
    assert rules.step(date(2027, 5, 14), 2) == date(2027, 5, 19)
    assert rules.step(date(2027, 5, 19), -2) == date(2027, 5, 14)
    kind, why = rules.refusal(date(2027, 5, 17))
    assert kind == "public_holiday" and french(why) == "Lundi de Pentecôte (jour férié)"
