"""Hours and presence states: a session's hours from its times, hours planned / held / attended per person, late
arrivals, « not entered » never counted as absent, and one rounding rule (half up)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.hours import (
    decimal_hours, half_day_minutes, half_day_span, kit_hours, percent_half_up, person_hours, presence_gaps,
    session_counts, session_minutes,
)
from desktop.domain.kit import Attendance, HalfDay, Kit, Participant, Presence, Session, SessionStatus

M, A = HalfDay.MORNING, HalfDay.AFTERNOON
HELD = SessionStatus.HELD


def session(uid: str, start: time, end: time, status=HELD, lunch=None, day=date(2027, 1, 12)) -> Session:
    lunch_start, lunch_end = lunch or (None, None)
    return Session(uid, "kw", day, start, end, status=status, lunch_start=lunch_start, lunch_end=lunch_end)


FULL = session("full", time(9), time(17), lunch=(time(12, 30), time(13, 30)), day=date(2027, 1, 19))
MORNING = session("am", time(9, 30), time(12, 30))
AFTERNOON = session("pm", time(14), time(17), status=SessionStatus.CONFIRMED, day=date(2027, 2, 1))


def test_a_sessions_hours_come_from_its_times():
    assert session_minutes(MORNING) == 180 and half_day_span(MORNING, M) == (time(9, 30), time(12, 30))
    assert half_day_span(MORNING, A) is None and half_day_minutes(MORNING, A) == 0
    assert half_day_span(FULL, M) == (time(9), time(12, 30)) and half_day_span(FULL, A) == (time(13, 30), time(17))
    assert session_minutes(FULL) == 420
    no_lunch = session("x", time(10), time(16))
    assert half_day_span(no_lunch, M) == (time(10), time(12)) and session_minutes(no_lunch) == 360
    assert session_minutes(AFTERNOON) == 180 and half_day_span(AFTERNOON, A) == (time(14), time(17))


def test_rounding_is_half_up_everywhere():
    assert [percent_half_up(n, 8) for n in (1, 3, 5, 7)] == [13, 38, 63, 88]  # round() would give 12, 38, 62, 88
    assert percent_half_up(2, 3) == 67 and percent_half_up(1, 3) == 33 and percent_half_up(0, 0) is None
    assert decimal_hours(210) == Decimal("3.50") and decimal_hours(20) == Decimal("0.33")
    assert decimal_hours(1) == Decimal("0.02")  # 0.01666… rounds up


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_percent_matches_decimal_half_up(part, whole):
    expected = (Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding="ROUND_HALF_UP")
    assert percent_half_up(part, whole) == int(expected)


def kit(attendances, sessions=(MORNING, FULL, AFTERNOON), people=("p1", "p2")) -> Kit:
    return Kit("k", "Cycle", participants=tuple(Participant(p, p.upper()) for p in people), sessions=sessions,
               attendances=tuple(attendances))


def test_hours_planned_held_and_attended_per_person():
    k = kit([Attendance("am", "p1", M, Presence.PRESENT), Attendance("full", "p1", M, Presence.PRESENT),
             Attendance("full", "p1", A, Presence.EXCUSED)])
    hours = person_hours(k, "p1")
    assert (hours.planned_minutes, hours.held_minutes, hours.attended_minutes) == (780, 600, 390)
    assert hours.complete and hours.rate == 65  # 390 / 600
    assert [s.uid for s, _ in hours.attended] == ["am", "full"]
    assert [h.half_day for h in hours.attended[1][1]] == [M]
    assert hours.first_day == date(2027, 1, 12) and hours.last_day == date(2027, 1, 19)


def test_not_entered_is_not_absent():
    k = kit([Attendance("am", "p1", M, Presence.PRESENT)])
    hours = kit_hours(k)["p1"]
    assert [(h.session.uid, h.half_day) for h in hours.missing] == [("full", M), ("full", A)]
    assert hours.rate is None and not hours.complete  # refused, never printed as 30 %
    assert [h.presence for h in hours.half_days][:3] == [Presence.PRESENT, None, None]
    absent = kit([Attendance("am", "p1", M, Presence.PRESENT), Attendance("full", "p1", M, Presence.ABSENT),
                  Attendance("full", "p1", A, Presence.ABSENT)])
    assert person_hours(absent, "p1").rate == 30  # 180 / 600, now that the absences are entered


def test_a_late_arrival_counts_from_its_time():
    k = kit([Attendance("am", "p1", M, Presence.PRESENT, arrival=time(10, 15)),
             Attendance("full", "p1", M, Presence.PRESENT, arrival=time(8)),  # early: the half-day's start
             Attendance("full", "p1", A, Presence.PRESENT, departure=time(16))])
    hours = person_hours(k, "p1")
    assert [h.attended for h in hours.half_days if h.held] == [135, 210, 150]
    assert hours.attended_minutes == 495 and hours.rate == 83  # 495 / 600 = 82.5 → 83


def test_presences_on_a_session_not_marked_held_are_reported_not_counted():
    k = kit([Attendance("pm", "p1", A, Presence.PRESENT)])
    assert person_hours(k, "p1").attended_minutes == 0
    gaps = presence_gaps(k)
    assert [s.uid for s in gaps.not_held] == ["pm"]
    assert [(s.uid, who) for s, who in gaps.missing] == [("am", ("p1", "p2")), ("full", ("p1", "p2"))]
    assert [s.uid for s in presence_gaps(kit([]), today=date(2027, 3, 1)).not_held] == ["pm"]  # in the past
    assert not presence_gaps(kit([], sessions=(AFTERNOON,)), today=date(2027, 1, 1))


def test_cancelled_sessions_count_nowhere():
    cancelled = session("c", time(9), time(12), status=SessionStatus.CANCELLED)
    hours = person_hours(kit([], sessions=(MORNING, cancelled)), "p1")
    assert hours.planned_minutes == 180 and len(hours.half_days) == 1


def test_counts_per_half_day_for_the_live_view():
    k = kit([Attendance("full", "p1", M, Presence.PRESENT), Attendance("full", "p2", M, Presence.EXCUSED),
             Attendance("full", "p1", A, Presence.ABSENT)])
    counts = session_counts(k, FULL)
    assert (counts[M].present, counts[M].excused, counts[M].not_entered) == (1, 1, 0)
    assert (counts[A].absent, counts[A].not_entered) == (1, 1)


def test_a_timed_outline_runs_from_the_start_around_lunch():
    from desktop.domain.hours import timed_outline

    steps = timed_outline(FULL, [15, 120, 75, 90, 120])
    assert [(s.start, s.index) for s in steps] == [
        (time(9), 0), (time(9, 15), 1), (time(11, 15), 2), (time(12, 30), None), (time(13, 30), 3),
        (time(15), 4)]
    assert steps[3].minutes == 60
    assert [s.start for s in timed_outline(MORNING, [30, 150])] == [time(9, 30), time(10)]

