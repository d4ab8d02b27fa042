"""The funders' report's figures, checked by hand on two small kits with known presences (tests/report_helpers.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.domain.report import Period, build_report
from tests.report_helpers import bocage, mayenne


def test_one_kit_over_all_its_days():
    r = build_report([bocage()])
    f = r.totals
    # s1, s2, s3 are planned (s4 is cancelled); s1 and s2 are held.
    assert (f.kits, f.planned, f.held, f.cancelled) == (1, 3, 2, 1)
    # hours delivered = planned hours of held sessions: s1 180 min + s2 (9–12 = 180, 13–17 = 240) 420 min = 600.
    assert f.held_minutes == 600 and f.hours_delivered == Decimal("10.00")
    assert (f.enrolled, f.attendees) == (3, 3)
    # each of 3 people was expected for 600 min: 1800; attended Ana 600 + Bruno 240 + Chloé (120 + 180) 300 = 1140.
    assert (f.expected_minutes, f.attended_minutes) == (1800, 1140)
    # Chloé's afternoon of s2 is not entered: that is not an absence, so no rate is given.
    assert f.not_entered == 1 and f.attendance_rate is None


def test_attendance_per_session_and_per_participant():
    r = build_report([bocage()])
    s1, s2, s3, s4 = r.sessions
    assert [s.session.uid for s in r.sessions] == ["s1", "s2", "s3", "s4"]
    # s1: 3 × 180 = 540 expected; attended 180 (Ana) + 0 (Bruno absent) + 120 (Chloé from 10:00) = 300;
    # 300 / 540 = 55.6 % → 56 % (half up); 2 people present.
    assert (s1.expected_minutes, s1.attended_minutes, s1.rate, s1.present) == (540, 300, 56, 2)
    assert s1.workshop == "Formuler son idée" and s1.kit == "Bocage en transition"
    # s2: one half-day not entered, so no rate; 420 + 240 + 180 = 840 attended of 3 × 420 = 1260.
    assert (s2.expected_minutes, s2.attended_minutes, s2.not_entered, s2.rate) == (1260, 840, 1, None)
    assert (s3.held, s3.rate, s3.minutes) == (False, None, 180) and s4.minutes == 0
    people = {p.participant.uid: p for p in r.participants}
    assert (people["ana"].attended_minutes, people["ana"].rate) == (600, 100)
    # Bruno: absent s1, excused s2 morning (neither counts), present s2 afternoon 240 of 600 → 40 %.
    assert (people["bruno"].attended_minutes, people["bruno"].rate) == (240, 40)
    assert (people["chloe"].attended_minutes, people["chloe"].not_entered, people["chloe"].rate) == (300, 1, None)


def test_satisfaction_reads_answers_like_the_evaluation_results():
    f = build_report([bocage()]).totals
    stats = dict(f.satisfaction)
    assert f.evaluations == 3  # one of them anonymous
    # objectifs 4, 3, 1: average 8 / 3 = 2.67 → 2.7; 3 and 4 are 2 of 3 answers → 67 %.
    assert (stats["objectifs"].average, stats["objectifs"].satisfaction) == (Decimal("2.7"), 67)
    # organisation 2, 4 and one « non concerné »: left out, 1 of 2 → 50 %.
    org = stats["organisation"]
    assert (org.answers, org.not_concerned, org.average, org.satisfaction) == (2, 1, Decimal("3.0"), 50)
    assert stats["animation"].satisfaction == 100
    # over every answer: satisfied 2 + 2 + 3 + 1 = 8 of 3 + 3 + 3 + 2 = 11 → 72.7 % → 73 %.
    assert (f.answers, f.satisfaction_rate) == (11, 73)


def test_across_kits_a_person_counts_once():
    r = build_report([bocage(), mayenne()])
    f = r.totals
    assert (f.kits, f.planned, f.held, f.held_minutes) == (2, 4, 3, 780)  # 600 + 180
    # Ana is in both kits (same e-mail, other case and spaces): Ana, Bruno, Chloé, Dora.
    assert (f.enrolled, f.attendees) == (4, 4)
    ana = next(p for p in r.participants if p.participant.first_name == "Ana")
    assert ana.kits == ("Bocage en transition", "Mayenne solidaire") and (ana.attended_minutes, ana.rate) == (780, 100)
    assert len(r.participants) == 4
    assert [k for k, _ in r.by_territory] == ["Bocage vendéen", "Mayenne"]
    # a kit for two audiences counts in both; « porteurs » holds both kits.
    audiences = dict(r.by_audience)
    assert audiences["porteurs"] == f and audiences["elus"].held_minutes == 180
    assert dict(r.by_kit)["Mayenne solidaire"].attendance_rate == 100  # 360 of 360


def test_a_period_keeps_only_its_sessions():
    r = build_report([bocage(), mayenne()], Period(date(2027, 2, 1), date(2027, 2, 28)))
    f = r.totals
    # February: s3 (confirmed), s4 (cancelled), m1 (held, 180 min).
    assert (f.planned, f.held, f.cancelled, f.hours_delivered) == (2, 1, 1, Decimal("3.00"))
    # Bocage still has a session planned: its 3 people are enrolled; only Ana and Dora attended (m1).
    assert (f.enrolled, f.attendees) == (4, 2)
    # January's presences no longer count: 2 × 180 expected, all attended.
    assert (f.expected_minutes, f.attended_minutes, f.attendance_rate) == (360, 360, 100)
    assert f.satisfaction == () and f.satisfaction_rate is None  # the evaluations were of January's sessions
    january = build_report([bocage(), mayenne()], Period(date(2027, 1, 13), date(2027, 1, 31)))
    assert january.kit_names == ("Bocage en transition",) and january.totals.held_minutes == 420


def test_an_empty_report_has_no_rates():
    f = build_report([bocage()], Period(date(2030, 1, 1), None)).totals
    assert (f.kits, f.planned, f.enrolled, f.attendance_rate, f.satisfaction_rate) == (0, 0, 0, None, None)
    assert Period(date(2027, 2, 1), date(2027, 1, 1)).reversed
