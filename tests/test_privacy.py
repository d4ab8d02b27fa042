"""Privacy: anonymising keeps the funders' figures, the retention rule, one person's data as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, time

from desktop.domain.kit import (
    Attendance, Evaluation, HalfDay, KitWorkshop, Participant, Presence, Session, SessionStatus, blank_workshop,
)
from desktop.domain.kit_edit import remove_participants
from desktop.domain.kit_factory import blank_kit
from desktop.domain.privacy import (
    anonymise_participants, due_for_anonymisation, is_anonymous, months_between, person_data, same_person,
)
from desktop.exchange.person_export import person_csv, person_json

ANNE = Participant("00000000-0000-4000-8000-000000000001", "Dupont", "Anne", "Les Jardins", "Privas",
                   "anne@exemple.fr", "06 00 00 00 00", "allergie")
BOB = Participant("00000000-0000-4000-8000-000000000002", "Martin", "Bob")


def kit_with(people, day=date(2026, 3, 10), name="Outille ton projet — Privas"):
    kw = KitWorkshop("10000000-0000-4000-8000-000000000001", blank_workshop("Mon modèle économique"))
    session = Session("20000000-0000-4000-8000-000000000001", kw.uid, day, time(9), time(17),
                      status=SessionStatus.HELD, lunch_start=time(12), lunch_end=time(13, 30))
    att = tuple(Attendance(session.uid, p.uid, half, Presence.PRESENT)
                for p in people for half in (HalfDay.MORNING, HalfDay.AFTERNOON))
    ev = tuple(Evaluation(session.uid, p.uid, (("objectifs", 4), ("contenu", 3)), "Très utile") for p in people)
    return replace(blank_kit(name), workshops=(kw,), sessions=(session,), participants=tuple(people),
                   attendances=att, evaluations=ev)


def test_anonymising_keeps_presences_hours_and_evaluations():
    kit = kit_with([ANNE, BOB])
    after = anonymise_participants(kit, {ANNE.uid})
    anne = after.participants[0]
    assert anne == Participant(ANNE.uid, "Participant 1") and is_anonymous(anne)
    assert after.participants[1] == BOB
    assert after.attendances == kit.attendances and after.evaluations == kit.evaluations
    everyone = anonymise_participants(after)
    assert [p.last_name for p in everyone.participants] == ["Participant 1", "Participant 2"]
    assert anonymise_participants(everyone) is everyone  # nothing left to change


def test_deleting_a_participant_takes_their_presences_with_them():
    kit = remove_participants(kit_with([ANNE, BOB]), {ANNE.uid})
    assert [p.uid for p in kit.participants] == [BOB.uid]
    assert {a.participant_uid for a in kit.attendances} == {BOB.uid}
    assert {e.participant_uid for e in kit.evaluations} == {BOB.uid}


def test_retention_finds_the_kits_ended_more_than_n_months_ago():
    old = kit_with([ANNE], day=date(2026, 1, 15), name="Ancien")
    recent = kit_with([BOB], day=date(2026, 11, 2), name="Récent")
    undated = replace(kit_with([BOB], name="Sans date"), sessions=())
    done = anonymise_participants(kit_with([ANNE], day=date(2025, 1, 1), name="Déjà anonyme"))
    today = date(2026, 12, 1)
    assert months_between(date(2026, 1, 15), date(2026, 3, 14)) == 1
    assert [k.name for k in due_for_anonymisation([old, recent, undated, done], 6, today)] == ["Ancien"]
    assert due_for_anonymisation([old], 0, today) == []


def test_the_same_person_rule():
    assert same_person(ANNE, replace(ANNE, uid="x", last_name="DUPONT", first_name="anne"))
    assert same_person(ANNE, Participant("x", "Dupont-Leroy", "Anne-Marie", email="ANNE@exemple.fr "))  # e-mail alone
    assert not same_person(ANNE, Participant("x", "Dupont", "Anne", email="autre@exemple.fr"))
    assert not same_person(ANNE, Participant("x", "Dupont", "Anne"))  # one has an e-mail, the other none
    assert same_person(Participant("a", "Lefèvre", "Élise"), Participant("b", "LEFEVRE", "elise"))
    assert not same_person(Participant("a", "Participant 1"), Participant("b", "Participant 1"))


def test_one_persons_data_across_kits_as_csv_and_json():
    first = kit_with([ANNE, BOB])
    second = kit_with([replace(ANNE, uid="00000000-0000-4000-8000-000000000009", notes="")], name="Sprint — Aubenas")
    items = person_data([first, second], ANNE)
    assert [i.kit.name for i in items] == [first.name, second.name]
    assert all(len(i.attendances) == 2 and len(i.evaluations) == 1 for i in items)
    rows = list(csv.reader(io.StringIO(person_csv(items).decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:6] == ["Kit", "Rubrique", "Date", "Atelier", "Demi-journée", "Présence"]
    assert [r[1] for r in body] == ["Inscription", "Présence", "Présence", "Évaluation"] * 2
    assert body[0][header.index("Courriel")] == "anne@exemple.fr" and body[0][header.index("Notes")] == "allergie"
    assert body[1][2:6] == ["2026-03-10", "Mon modèle économique", "Matin", "Présent"]
    assert body[3][-1] == "Très utile" and "Martin" not in person_csv(items).decode("utf-8-sig")
    document = json.loads(person_json(items))
    assert [k["kit"] for k in document["kits"]] == [first.name, second.name]
    assert document["kits"][0]["inscription"]["last_name"] == "Dupont"
    assert document["kits"][0]["evaluations"][0]["notes"] == {"objectifs": 4, "contenu": 3}


def test_a_formula_in_a_name_is_neutralised_in_the_csv():
    evil = replace(ANNE, last_name="=HYPERLINK(\"http://x\")")
    items = person_data([kit_with([evil])], evil)
    text = person_csv(items).decode("utf-8-sig")
    assert "'=HYPERLINK" in text
