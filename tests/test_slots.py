"""Individual appointments: slots per session = its length ÷ the slot, each person their own slot, the others
named with how many more sessions it takes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import Kit, KitWorkshop, Participant, Session, SessionStatus
from desktop.domain.slots import session_slots, slot_plan, slot_plans

RDV = KitWorkshop("rdv", Workshop(id="", title="Rendez-vous individuel", format="rdv", audience=("porteurs",),
                                  duration_minutes=60, origin="tresse"))


def kit(sessions, people=12, slot=60) -> Kit:
    return Kit("k", "Cycle", workshops=(replace(RDV, slot_minutes=slot),),
               participants=tuple(Participant(f"p{i:02d}", f"N{i:02d}") for i in range(people)),
               sessions=tuple(sessions))


def test_slots_per_session_are_its_length_divided_by_the_slot():
    morning = Session("a", "rdv", date(2027, 4, 6), time(9), time(12))
    assert session_slots(morning, 60) == [(time(9), time(10)), (time(10), time(11)), (time(11), time(12))]
    assert len(session_slots(morning, 45)) == 4  # 180 ÷ 45
    day = Session("b", "rdv", date(2027, 4, 7), time(9), time(17), lunch_start=time(12, 30), lunch_end=time(13, 30))
    assert len(session_slots(day, 60)) == 3 + 3  # never across lunch: 9–12, 13 h 30–16 h 30
    assert session_slots(day, 60)[3] == (time(13, 30), time(14, 30))


def test_each_person_gets_their_own_slot_and_the_rest_are_named():
    sessions = [Session(f"s{i}", "rdv", date(2027, 4, 6 + i), time(9), time(12)) for i in range(3)]
    plan = slot_plan(kit(sessions), kit(sessions).workshops[0])
    assert len(plan.slots) == 9 and plan.unplaced == ("p09", "p10", "p11") and plan.more_sessions == 1
    assert (plan.slots["p00"].session.uid, plan.slots["p00"].start) == ("s0", time(9))
    assert (plan.slots["p04"].session.uid, plan.slots["p04"].start, plan.slots["p04"].end) == ("s1", time(10),
                                                                                                time(11))
    assert len({(s.session.uid, s.start) for s in plan.slots.values()}) == 9  # nobody shares a slot


def test_cancelled_sessions_offer_no_slot_and_other_formats_have_no_plan():
    sessions = [Session("s0", "rdv", date(2027, 4, 6), time(9), time(12), status=SessionStatus.CANCELLED)]
    plan = slot_plan(kit(sessions, people=2), kit(sessions).workshops[0])
    assert plan.slots == {} and plan.unplaced == ("p00", "p01") and plan.more_sessions == 2  # 60-min sessions
    group = replace(kit([]), workshops=(replace(RDV, workshop=replace(RDV.workshop, format="atelier")),))
    assert slot_plans(group) == {}
