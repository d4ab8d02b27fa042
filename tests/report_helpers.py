"""A small pair of kits with known presences and evaluations, shared by the funders' report tests."""

from __future__ import annotations

from datetime import date, time

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import (
    Attendance, Evaluation, HalfDay, Kit, KitWorkshop, Participant, Presence, Session, SessionStatus,
)

M, A = HalfDay.MORNING, HalfDay.AFTERNOON
P, ABS, EXC = Presence.PRESENT, Presence.ABSENT, Presence.EXCUSED
HELD = SessionStatus.HELD


def workshop(uid: str, title: str) -> KitWorkshop:
    return KitWorkshop(uid, Workshop(id="", title=title, format="atelier", audience=("porteurs",),
                                     duration_minutes=180, origin="tresse"))


def bocage() -> Kit:
    """Three people, four sessions:

    s1 12 Jan 2027 9:00–12:00 held (180 min): Ana present, Bruno absent, Chloé present from 10:00 (120 min);
    s2 19 Jan 9:00–17:00, lunch 12:00–13:00, held (420 min = 180 + 240): Ana present both half-days,
       Bruno excused morning and present afternoon, Chloé present morning, afternoon NOT ENTERED;
    s3 2 Feb 14:00–17:00 confirmed (not held);
    s4 9 Feb cancelled.
    """
    sessions = (
        Session("s1", "w1", date(2027, 1, 12), time(9), time(12), status=HELD),
        Session("s2", "w2", date(2027, 1, 19), time(9), time(17), status=HELD, lunch_start=time(12),
                lunch_end=time(13)),
        Session("s3", "w1", date(2027, 2, 2), time(14), time(17), status=SessionStatus.CONFIRMED),
        Session("s4", "w2", date(2027, 2, 9), time(14), time(17), status=SessionStatus.CANCELLED),
    )
    people = (Participant("ana", "Durand", "Ana", email="ana@example.org"),
              Participant("bruno", "Martin", "Bruno"),
              Participant("chloe", "=HYPERLINK(\"http://x\")", "Chloé"))
    attendances = (
        Attendance("s1", "ana", M, P), Attendance("s1", "bruno", M, ABS),
        Attendance("s1", "chloe", M, P, arrival=time(10)),
        Attendance("s2", "ana", M, P), Attendance("s2", "ana", A, P),
        Attendance("s2", "bruno", M, EXC), Attendance("s2", "bruno", A, P),
        Attendance("s2", "chloe", M, P),
    )
    evaluations = (
        Evaluation("s1", "ana", (("objectifs", 4), ("contenu", 3), ("animation", 4), ("organisation", 2))),
        Evaluation("s1", "chloe", (("objectifs", 3), ("contenu", 2), ("animation", 4))),  # organisation: n.c.
        Evaluation("s2", None, (("objectifs", 1), ("contenu", 4), ("animation", 3), ("organisation", 4))),
    )
    return Kit("k1", "Bocage en transition", territory="Bocage vendéen", audience=("porteurs",),
               workshops=(workshop("w1", "Formuler son idée"), workshop("w2", "Budget prévisionnel")),
               participants=people, sessions=sessions, attendances=attendances, evaluations=evaluations)


def mayenne() -> Kit:
    """One session held 3 Feb 2027 14:00–17:00 (180 min); Ana again (same e-mail, other spelling) and Dora,
    both present."""
    people = (Participant("ana2", "DURAND", "Ana", email=" Ana@Example.org "), Participant("dora", "Petit", "Dora"))
    return Kit("k2", "Mayenne solidaire", territory="Mayenne", audience=("porteurs", "elus"),
               workshops=(workshop("w9", "Gouvernance"),), participants=people,
               sessions=(Session("m1", "w9", date(2027, 2, 3), time(14), time(17), status=HELD),),
               attendances=(Attendance("m1", "ana2", A, P), Attendance("m1", "dora", A, P)))
