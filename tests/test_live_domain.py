"""The live timer, the sub-group draw and the roll call's reading of presences: pure, with a clock passed in."""

from __future__ import annotations

import random
from collections import Counter
from datetime import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.catalogue import Segment
from desktop.domain.kit import HalfDay, Participant, Session
from desktop.domain.live_timer import LiveTimer, clock_text, spent_seconds_for
from desktop.domain.roll_call import current_half_day
from desktop.domain.subgroups import Mixing, draw_groups, group_count, short_names

OUTLINE = (Segment("accueil", "Accueil", 10), Segment("apport", "Apport", 20), Segment("atelier", "Atelier", 30))


def test_remaining_follows_the_clock_and_pause_stops_it():
    t = LiveTimer(OUTLINE)
    t.start(1000.0)
    assert t.remaining(1000.0) == 600
    assert t.remaining(1090.0) == 510
    t.pause(1100.0)
    assert t.remaining(5000.0) == 500  # paused: nothing counted
    t.toggle(5000.0)
    assert t.running and t.remaining(5060.0) == 440


def test_clock_set_backwards_counts_nothing_and_never_goes_negative():
    t = LiveTimer(OUTLINE)
    t.start(1000.0)
    t.tick(1100.0)
    assert t.remaining(500.0) == 500  # backwards: nothing counted
    assert t.remaining(560.0) == 440  # counts again from the new reading
    assert t.elapsed(0.0) == 160


def test_suspend_counts_as_time_passed():
    t = LiveTimer(OUTLINE)
    t.start(0.0)
    assert t.remaining(3 * 3600.0) == 0 and t.is_over(3 * 3600.0)
    assert t.index == 0  # never moves on by itself
    assert t.overrun(3 * 3600.0) == 3 * 3600 - 600


def test_minutes_added_and_removed_never_below_nothing():
    t = LiveTimer(OUTLINE)
    t.start(0.0)
    t.add_minutes(1, 0.0)
    assert t.remaining(0.0) == 660
    for _ in range(20):
        t.add_minutes(-1, 0.0)
    assert t.remaining(0.0) == 0 and t.segment_seconds(0) == 0


def test_segments_advance_and_spent_times_are_kept():
    t = LiveTimer(OUTLINE)
    t.start(0.0)
    assert t.next(300.0)  # five minutes early
    assert t.current.title == "Apport" and t.following.title == "Atelier"
    assert t.drift(300.0) == -300
    t.tick(300.0 + 25 * 60)  # five minutes past the end of « Apport »
    assert t.drift(300.0 + 25 * 60) == 0
    assert t.previous(1800.0) and t.index == 0
    assert not t.previous(1800.0)
    assert [s.spent_seconds for s in t.spent_record()] == [300, 1500, 0]
    assert t.spent_record()[1].planned_minutes == 20


def test_auto_advance_moves_on_at_the_end_only_when_chosen():
    t = LiveTimer(OUTLINE, auto_advance=True)
    t.start(0.0)
    t.tick(650.0)
    assert t.index == 1 and t.remaining(650.0) == 1150
    t.tick(100000.0)
    assert t.index == 2 and t.is_over(100000.0)  # the last segment stays


def test_progress_and_projected_end():
    t = LiveTimer(OUTLINE)
    t.start(0.0)
    assert t.progress(0.0) == 0.0
    assert t.projected_left(0.0) == 3600
    t.next(600.0)
    assert t.progress(600.0) == pytest.approx(1 / 6)
    t.next(1800.0)
    t.tick(10000.0)
    assert t.progress(10000.0) == 1.0


def test_resumed_from_a_record_while_the_titles_agree():
    t = LiveTimer(OUTLINE)
    t.start(0.0)
    t.next(700.0)
    t.tick(800.0)
    record = t.spent_record()
    assert spent_seconds_for(OUTLINE, record) == [700.0, 100.0, 0.0]
    edited = (OUTLINE[0], Segment("apport", "Autre apport", 20), OUTLINE[2])
    assert spent_seconds_for(edited, record) == [700.0]
    assert LiveTimer(OUTLINE, spent=[700.0, 100.0], index=1).remaining(0.0) == 1100


def test_clock_text():
    assert clock_text(0) == "0:00" and clock_text(65) == "1:05" and clock_text(3750) == "1:02:30"
    assert clock_text(-5) == "0:00"


def people(n, orgs=("A", "B", "C"), communes=("Melle", "Niort")):
    return [Participant(f"p{i}", f"Nom{i}", f"Prénom{i}", orgs[i % len(orgs)], communes[i % len(communes)])
            for i in range(n)]


@settings(deadline=None, max_examples=150)
@given(n=st.integers(0, 60), k=st.integers(1, 12), by_size=st.booleans(), mixing=st.sampled_from(list(Mixing)),
       orgs=st.integers(1, 8), seed=st.integers(0, 10**6))
def test_every_participant_exactly_once_and_mixing_honoured(n, k, by_size, mixing, orgs, seed):
    ps = people(n, orgs=tuple("ABCDEFGH"[:orgs]))
    groups = draw_groups(ps, size=k, mixing=mixing, rng=random.Random(seed)) if by_size else \
        draw_groups(ps, groups=k, mixing=mixing, rng=random.Random(seed))
    drawn = [u for g in groups for u in g]
    assert sorted(drawn) == sorted(p.uid for p in ps)
    if n:
        sizes = [len(g) for g in groups]
        assert max(sizes) - min(sizes) <= 1 and min(sizes) >= 1
        if by_size:
            assert max(sizes) <= k
    if mixing is not Mixing.NONE and groups:
        attr = "organisation" if mixing is Mixing.STRUCTURES else "commune"
        of = {p.uid: getattr(p, attr) for p in ps}
        totals = Counter(of.values())
        for g in groups:
            for value, count in Counter(of[u] for u in g).items():
                assert count <= -(-totals[value] // len(groups))


def test_mixing_spreads_a_structure_that_a_plain_draw_may_clump():
    ps = [Participant(f"a{i}", "X", f"A{i}", "Coop") for i in range(4)] + \
         [Participant(f"b{i}", "Y", f"B{i}", "Asso") for i in range(4)]
    for seed in range(30):
        groups = draw_groups(ps, groups=4, mixing=Mixing.STRUCTURES, rng=random.Random(seed))
        assert all(sorted(u[0] for u in g) == ["a", "b"] for g in groups)


def test_group_count():
    assert group_count(10, size=3) == 4 and group_count(10, groups=3) == 3
    assert group_count(2, groups=5) == 2 and group_count(0, groups=3) == 0
    with pytest.raises(ValueError):
        group_count(3)


def test_short_names_with_an_initial_when_two_are_alike():
    ps = [Participant("1", "Durand", "Marie"), Participant("2", "Martin", "marie"), Participant("3", "Roux", "Léa"),
          Participant("4", "Dupont", "Hélène"), Participant("5", "Dubois", "Helene"), Participant("6", "Sans")]
    names = short_names(ps)
    assert names["1"] == "Marie D." and names["2"] == "marie M." and names["3"] == "Léa"
    assert names["4"] == "Hélène Dupont" and names["5"] == "Helene Dubois"  # same initial: the whole name
    assert names["6"] == "Sans"


def test_current_half_day():
    day = Session("s", "w", __import__("datetime").date(2026, 12, 1), time(9, 0), time(17, 0),
                  lunch_start=time(12, 30), lunch_end=time(13, 30))
    assert current_half_day(day, time(10, 0)) is HalfDay.MORNING
    assert current_half_day(day, time(12, 45)) is HalfDay.AFTERNOON
    morning = Session("s", "w", day.day, time(9, 0), time(12, 0))
    assert current_half_day(morning, time(15, 0)) is HalfDay.MORNING
