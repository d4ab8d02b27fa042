"""Personal data (RGPD): anonymising participants, the retention rule, one person's data across kits.

Anonymising keeps what the funders count: a participant keeps their identity inside the kit (its uid), so their
presences, hours and evaluations stay; only the name and contact details go, replaced by « Participant n ».
Deleting a participant (``kit_edit.remove_participants``) takes their presences and evaluations with them.

:func:`same_person` is this module's rule for « the same person across kits »; another module is being written
with the same rule for the funders' report (``domain/people.py``): the two are to be unified into one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.kit import Attendance, Evaluation, HalfDay, Kit, Participant, Session, touch
from desktop.domain.people import person_key
from desktop.domain.text import fold

ANONYMOUS_PREFIX = "Participant"
_ANONYMOUS = re.compile(rf"^{ANONYMOUS_PREFIX} \d+$")


def anonymous_name(number: int) -> str:
    """« Participant 3 »."""
    return f"{ANONYMOUS_PREFIX} {number}"


def is_anonymous(participant: Participant) -> bool:
    """Whether *participant* holds no personal data any more."""
    p = participant
    return bool(_ANONYMOUS.match(p.last_name)) and not any(
        (p.first_name, p.organisation, p.commune, p.email, p.phone, p.notes))


def anonymise_participants(kit: Kit, uids: set[str] | None = None) -> Kit:
    """*kit* with the participants *uids* (all when None) anonymised; presences and evaluations are kept.

    Each becomes « Participant n », n being their rank in the kit's roster (1 for the first), so the numbers stay
    stable whoever is anonymised first and never repeat inside a kit.
    """
    changed = False
    people = []
    for rank, p in enumerate(kit.participants, start=1):
        if (uids is None or p.uid in uids) and not is_anonymous(p):
            people.append(Participant(p.uid, anonymous_name(rank)))
            changed = True
        else:
            people.append(p)
    return touch(replace(kit, participants=tuple(people))) if changed else kit


def kit_end(kit: Kit) -> date | None:
    """The day of the kit's last session that was not cancelled (None when none is dated)."""
    days = [s.day for s in kit.sessions if s.is_active]
    return max(days) if days else None


def months_between(start: date, end: date) -> int:
    """Whole months from *start* to *end* (« 15 janvier → 14 mars » is 1)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def due_for_anonymisation(kits: list[Kit], months: int, today: date) -> list[Kit]:
    """The kits ended more than *months* months before *today* that still hold personal data (the retention rule).

    A kit with no dated session never ends; *months* ≤ 0 means no retention limit.
    """
    if months <= 0:
        return []
    due = []
    for kit in kits:
        end = kit_end(kit)
        if end is not None and months_between(end, today) >= months and any(
                not is_anonymous(p) for p in kit.participants):
            due.append(kit)
    return due


def same_person(a: Participant, b: Participant) -> bool:
    """Whether *a* and *b* are the same person, by the one rule of :func:`desktop.domain.people.person_key` (the
    same e-mail address when one is given; otherwise the same folded names). Anonymised participants are nobody's
    match, and a record with neither address nor name matches nobody either."""
    if is_anonymous(a) or is_anonymous(b) or not (a.email.strip() or fold(a.last_name)):
        return False
    return person_key(a) == person_key(b)


@dataclass(frozen=True)
class PersonInKit:
    """One person's rows in one kit: their roster entry, their presences and their evaluations.

    Attributes:
        kit: the kit (its name, its sessions and workshops give the context of each row).
        participant: their entry in the roster.
        attendances: their presences, in session order.
        evaluations: their answers, in session order.
    """

    kit: Kit
    participant: Participant
    attendances: tuple[Attendance, ...]
    evaluations: tuple[Evaluation, ...]

    def session(self, uid: str) -> Session | None:
        return next((s for s in self.kit.sessions if s.uid == uid), None)


def person_data(kits: list[Kit], person: Participant) -> list[PersonInKit]:
    """Everything the kits hold about *person* (matched with :func:`same_person`, or by uid), kit by kit."""
    found = []
    for kit in kits:
        order = {s.uid: (s.day, s.start, s.uid) for s in kit.sessions}
        for p in kit.participants:
            if p.uid != person.uid and not same_person(p, person):
                continue
            found.append(PersonInKit(
                kit, p,
                tuple(sorted((a for a in kit.attendances if a.participant_uid == p.uid),
                             key=lambda a: (order.get(a.session_uid, ()), list(HalfDay).index(a.half_day)))),
                tuple(sorted((e for e in kit.evaluations if e.participant_uid == p.uid),
                             key=lambda e: order.get(e.session_uid, ())))))
    return found
