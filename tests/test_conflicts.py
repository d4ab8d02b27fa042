"""Conflict detection across kits, kind by kind, and the incremental index against a full recompute."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.dates import NBSP
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
from desktop.scheduling import conflicts as conflicts_module
from desktop.scheduling.conflicts import (
    SEVERITIES,
    Conflict,
    ConflictIndex,
)

TUESDAY = date(2027, 1, 12)
VENUES = {
    "v1": Venue("v1", "Salle des fêtes", commune="Mouilleron", capacity=30),
    "v2": Venue("v2", "Mairie", commune="Bazoges", capacity=8),
    "v3": Venue("v3", "Tiers-lieu", commune="Pouzauges"),
}
CAMILLE = Facilitator("f1", "Camille Martin")
PEOPLE = {"f1": CAMILLE}


def find_conflicts(kits, **options):
    """Conflicts with this file's facilitators as the shared records (unless a test gives others)."""
    options.setdefault("facilitators", PEOPLE)
    return conflicts_module.find_conflicts(kits, **options)


def session(uid, kw, day=TUESDAY, start=(9, 30), end=(12, 30), venue="", facilitators=("f1",), **kw_args):
    return Session(uid, kw, day, time(*start), time(*end), venue_uid=venue, facilitator_uids=facilitators,
                   **kw_args)


def kit(uid, sessions=(), *, workshops=None, participants=(), departement="Vendée", name=None, **kw_args):
    uids = workshops or sorted({s.kit_workshop_uid for s in sessions})
    return Kit(uid, name or f"Kit {uid}", departement=departement,
               workshops=tuple(KitWorkshop(w, blank_workshop(f"Atelier {w}", 180)) for w in uids),
               sessions=tuple(sessions), participants=tuple(participants), **kw_args)


def kinds(conflicts):
    return sorted(c.kind for c in conflicts)


def test_facilitator_in_two_places_at_once():
    a = kit("k1", [session("s1", "a1", venue="v1")])
    b = kit("k2", [session("s2", "b1", start=(11, 0), end=(13, 0), venue="v3")])
    [conflict] = find_conflicts([a, b], venues=VENUES)
    assert conflict.kind == "facilitator_double_booked" and conflict.severity == "error"
    assert conflict.session_uids == ("s1", "s2") and conflict.kit_uids == ("k1", "k2")
    assert conflict.day == TUESDAY
    assert conflict.message.startswith(
        f"Camille Martin doit être à deux endroits à la fois le mardi 12 janvier 2027 "
        f"de 11{NBSP}h à 12{NBSP}h{NBSP}30"
        f"{NBSP}: «{NBSP}Atelier a1{NBSP}» (Kit k1) à «{NBSP}Salle des fêtes, Mouilleron{NBSP}»")
    with pytest.raises(dataclasses.FrozenInstanceError):
        conflict.kind = "other"


def test_facilitator_from_the_kit_and_back_to_back_sessions():
    a = kit("k1", [session("s1", "a1", facilitators=())], facilitator_uids=("f1",))
    b = kit("k2", [session("s2", "b1", start=(10, 0), end=(11, 0))])
    assert kinds(find_conflicts([a, b])) == ["facilitator_double_booked"]
    assert "doit animer deux séances en même temps" in find_conflicts([a, b])[0].message
    touching = kit("k2", [session("s2", "b1", start=(12, 30), end=(15, 0))])
    assert find_conflicts([a, touching]) == []


def test_venue_double_booked():
    a = kit("k1", [session("s1", "a1", venue="v1", facilitators=("f1",))])
    b = kit("k2", [session("s2", "b1", venue="v1", facilitators=("f2",), start=(12, 0), end=(14, 0))])
    [conflict] = find_conflicts([a, b], venues=VENUES)
    assert conflict.kind == "venue_double_booked" and conflict.severity == "error"
    assert conflict.message.startswith(f"Le lieu «{NBSP}Salle des fêtes, Mouilleron{NBSP}» est réservé deux fois")
    assert f"de 12{NBSP}h à 12{NBSP}h{NBSP}30" in conflict.message


def test_participants_matched_by_uid_or_name_and_email():
    lea = Participant("p1", "Dupont", "Léa", email="lea@example.org")
    a = kit("k1", [session("s1", "a1", facilitators=("f1",))], participants=[lea])
    same_uid = kit("k2", [session("s2", "b1", facilitators=("f2",))], participants=[lea])
    [conflict] = find_conflicts([a, same_uid])
    assert conflict.kind == "participant_double_booked"
    assert conflict.message.startswith("Léa Dupont doit être à deux séances à la fois le mardi 12 janvier 2027")
    again = Participant("p9", "DUPONT", "Lea", email="Lea@Example.org")
    same_person = kit("k2", [session("s2", "b1", facilitators=("f2",))], participants=[again])
    assert kinds(find_conflicts([a, same_person])) == ["participant_double_booked"]
    other_mail = Participant("p9", "Dupont", "Léa", email="autre@example.org")
    no_mail = Participant("p9", "Dupont", "Léa")
    for participant in (other_mail, no_mail):
        b = kit("k2", [session("s2", "b1", facilitators=("f2",))], participants=[participant])
        assert find_conflicts([a, b]) == []


def test_participants_grouped_in_one_message():
    people = [Participant(f"p{i}", f"Nom{i}", "Prénom") for i in range(5)]
    a = kit("k1", [session("s1", "a1", facilitators=("f1",))], participants=people)
    b = kit("k2", [session("s2", "b1", facilitators=("f2",))], participants=people[:4])
    [conflict] = find_conflicts([a, b])
    assert conflict.message.startswith("4 participants, dont Prénom Nom0, Prénom Nom1, Prénom Nom2, doivent être")


def test_days_off():
    holiday = session("s1", "a1", day=date(2027, 5, 17))  # Whit Monday
    saturday = session("s2", "a2", day=date(2027, 1, 16))
    school = session("s3", "a3", day=date(2027, 2, 23))  # winter holidays of zone B: 20 February → 7 March
    k = kit("k1", [holiday, saturday, school], departement="Vendée", workshops=["a2", "a3", "a1"])
    found = {c.session_uids[0]: c for c in find_conflicts([k])}
    assert found["s1"].kind == "public_holiday" and found["s1"].severity == "error"
    assert found["s1"].message == (f"La séance «{NBSP}Atelier a1{NBSP}» (Kit k1) tombe un jour férié, le lundi 17 "
                                   f"mai 2027 (Lundi de Pentecôte).")
    assert found["s2"].kind == "weekend" and "samedi 16 janvier 2027" in found["s2"].message
    assert found["s3"].kind == "school_holiday" and found["s3"].severity == "warning"
    assert "zone B" in found["s3"].message and "Vacances d'hiver" in found["s3"].message
    corsica = dataclasses.replace(k, departement="2A")
    assert "school_holiday" not in kinds(find_conflicts([corsica]))
    assert "school_holiday" not in kinds(find_conflicts([k], zones={"k1": None}))
    assert "school_holiday" in kinds(find_conflicts([dataclasses.replace(k, departement="")],
                                                    default_departement="Nantes (44)"))
    boxing_day = [session("s1", "a1", day=date(2028, 12, 26))]  # a Tuesday, in the Christmas holidays
    [conflict] = find_conflicts([kit("k1", boxing_day, departement="Moselle")], zones={"k1": None})
    assert conflict.kind == "public_holiday" and "(Saint-Étienne)" in conflict.message
    assert find_conflicts([kit("k1", boxing_day, departement="Vendée")], zones={"k1": None}) == []


def test_unpublished_school_dates():
    k = kit("k1", [session("s1", "a1", day=date(2029, 1, 9)), session("s2", "a2", day=date(2029, 1, 16))],
            departement="Paris")
    [conflict] = find_conflicts([k])
    assert conflict.kind == "school_dates_unknown" and conflict.session_uids == ("s1", "s2")
    assert "2028-2029" in conflict.message and conflict.message.startswith(f"Kit «{NBSP}Kit k1{NBSP}»{NBSP}:")


def test_out_of_template_order():
    k = kit("k1", [session("s1", "a1", day=date(2027, 1, 19)), session("s2", "a2", day=date(2027, 1, 12))],
            workshops=["a1", "a2"])
    [conflict] = find_conflicts([k])
    assert conflict.kind == "out_of_order" and conflict.session_uids == ("s2", "s1")
    assert "qui la précède dans le déroulé du kit" in conflict.message
    ordered = dataclasses.replace(k, workshops=tuple(reversed(k.workshops)))
    assert find_conflicts([ordered]) == []


def test_venue_smaller_than_the_roster():
    people = [Participant(f"p{i}", f"Nom{i}") for i in range(10)]
    k = kit("k1", [session("s1", "a1", venue="v2"), session("s2", "a2", day=TUESDAY + timedelta(7), venue="v3")],
            participants=people)
    [conflict] = find_conflicts([k], venues=VENUES)
    assert conflict.kind == "venue_too_small" and conflict.session_uids == ("s1",)
    assert f"{NBSP}: 10 participants sont inscrits, pour une capacité de 8." in conflict.message


def test_travel_time_between_venues():
    a = kit("k1", [session("s1", "a1", venue="v1", end=(12, 0))])
    b = kit("k2", [session("s2", "b1", venue="v2", start=(12, 15), end=(15, 0))])
    [conflict] = find_conflicts([a, b], venues=VENUES)
    assert conflict.kind == "travel_time" and conflict.severity == "warning"
    assert conflict.message.startswith(f"Camille Martin n'a que 15{NBSP}min pour aller de «{NBSP}Salle des fêtes")
    assert f"il faut compter au moins 30{NBSP}min" in conflict.message
    assert find_conflicts([a, b], venues=VENUES, travel_buffer_minutes=10) == []
    same_place = kit("k2", [session("s2", "b1", venue="v1", start=(12, 0), end=(15, 0))])
    assert find_conflicts([a, same_place], venues=VENUES) == []


def test_cancelled_sessions_never_conflict():
    cancelled = dict(status=SessionStatus.CANCELLED)
    people = [Participant(f"p{i}", f"Nom{i}") for i in range(10)]
    a = kit("k1", [session("s1", "a1", venue="v2", day=date(2027, 5, 17), **cancelled),
                   session("s3", "a2", day=date(2027, 1, 5), **cancelled)], participants=people,
            workshops=["a1", "a2"])
    b = kit("k2", [session("s2", "b1", venue="v2", day=date(2027, 5, 17), start=(12, 45), end=(14, 0))],
            participants=people)
    assert kinds(find_conflicts([a, b], venues=VENUES)) == ["public_holiday", "venue_too_small"]
    assert all(c.session_uids == ("s2",) for c in find_conflicts([a, b], venues=VENUES))


def test_every_kind_has_a_severity():
    assert set(SEVERITIES.values()) == {"error", "warning"}
    assert Conflict("weekend", ("s",), ("k",), "error", "…").day is None


# -- incremental refresh -----------------------------------------------------------------------------------------


def random_kits(seed: int, n_kits: int = 12, per_kit: int = 4) -> list[Kit]:
    rng = random.Random(seed)
    shared = [Participant(f"shared{i}", f"Commun{i}", email=f"c{i}@x.org") for i in range(4)]
    kits = []
    for k in range(n_kits):
        people = [Participant(f"k{k}p{i}", f"Nom{k}-{i}") for i in range(rng.randint(1, 9))]
        people += rng.sample(shared, rng.randint(0, 2))
        if rng.random() < 0.3:
            people.append(Participant(f"alias{k}", "Commun0", email="C0@x.org"))
        sessions = []
        for i in range(per_kit):
            window = rng.choice([date(2027, 2, 15)] * 6 + [date(2027, 5, 3), date(2028, 12, 25)])
            day = window + timedelta(days=rng.randint(0, 20))
            start = rng.choice([(9, 0), (9, 30), (11, 0), (12, 15), (14, 0)])
            end = (start[0] + rng.randint(1, 3), start[1])
            status = SessionStatus.CANCELLED if rng.random() < 0.1 else SessionStatus.CONFIRMED
            sessions.append(Session(f"k{k}s{i}", f"k{k}w{i}", day, time(*start), time(*end),
                                    venue_uid=rng.choice(["", "v1", "v2", "v3"]),
                                    facilitator_uids=tuple(rng.sample(["f1", "f2", "f3"], rng.randint(0, 2))),
                                    status=status))
        kits.append(kit(f"k{k}", sessions, workshops=[f"k{k}w{i}" for i in range(per_kit)], participants=people,
                        departement=rng.choice(["Vendée", "Paris", "57", "2A", ""]),
                        facilitator_uids=("f3",)))
    return kits


def replace_session(kits: list[Kit], new: Session) -> list[Kit]:
    return [dataclasses.replace(k, sessions=tuple(new if s.uid == new.uid else s for s in k.sessions))
            for k in kits]


@settings(deadline=None, max_examples=40)
@given(seed=st.integers(0, 10_000), moves=st.lists(
    st.tuples(st.integers(0, 47), st.integers(-10, 10), st.sampled_from([None, (9, 0), (12, 0), (14, 30)]),
              st.sampled_from([None, "", "v1", "v2"]), st.booleans()), min_size=1, max_size=6))
def test_incremental_update_equals_full_recompute(seed, moves):
    kits = random_kits(seed)
    index = ConflictIndex(kits, venues=VENUES, facilitators=PEOPLE)
    assert index.conflicts() == find_conflicts(kits, venues=VENUES)
    all_sessions = [s for k in kits for s in k.sessions]
    current = {s.uid: s for s in all_sessions}
    for which, days, start, venue, cancel in moves:
        before = current[all_sessions[which].uid]
        after = dataclasses.replace(before, day=before.day + timedelta(days=days))
        if start is not None:
            after = dataclasses.replace(after, start=time(*start), end=time(start[0] + 2, start[1]))
        if venue is not None:
            after = dataclasses.replace(after, venue_uid=venue)
        if cancel:
            after = dataclasses.replace(after, status=SessionStatus.CANCELLED)
        current[after.uid] = after
        kits = replace_session(kits, after)
        assert index.update(before, after) == find_conflicts(kits, venues=VENUES)


def test_sessions_added_and_removed():
    kits = random_kits(7)
    index = ConflictIndex(kits, venues=VENUES, facilitators=PEOPLE)
    extra = session("new", "k0w1", venue="v1", facilitators=("f1", "f2"))
    kits2 = [dataclasses.replace(kits[0], sessions=kits[0].sessions + (extra,))] + kits[1:]
    assert index.update(None, extra) == find_conflicts(kits2, venues=VENUES)
    gone = kits[1].sessions[0]
    kits3 = [kits2[0], dataclasses.replace(kits[1], sessions=kits[1].sessions[1:])] + kits[2:]
    assert index.update(gone, None) == find_conflicts(kits3, venues=VENUES)
    with pytest.raises(KeyError):
        index.update(None, session("lost", "nowhere"))


@pytest.mark.parametrize("seed", [3, 11, 29])
def test_built_at_once_equals_built_session_by_session(seed):
    """The index built from every kit at once (which sweeps only the groups of two sessions or more) finds what
    the same index finds when each session is added one by one."""
    kits = random_kits(seed, n_kits=16, per_kit=6)
    empty = [dataclasses.replace(k, sessions=()) for k in kits]
    index = ConflictIndex(empty, venues=VENUES, facilitators=PEOPLE)
    for k in kits:
        for s in k.sessions:
            found = index.update(None, s)
    assert found == ConflictIndex(kits, venues=VENUES, facilitators=PEOPLE).conflicts()
