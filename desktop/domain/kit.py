"""Kits: a facilitator's accompaniment programme, with its workshops, participants, sessions and paperwork data.

All objects are frozen dataclasses identified by stable UUIDs (strings), so that a kit file exchanged between two
structures keeps the same identities (and an .ics export the same UIDs). Edits make new values with
:func:`dataclasses.replace`; the storage layer persists them, the undo stack keeps the old ones.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import Enum

from desktop.domain.call import Call
from desktop.domain.catalogue import Segment, Workshop
from desktop.domain.errors import ValidationError
from desktop.domain.paperwork import DEFAULT_SLOT_MINUTES, Paperwork
from desktop.domain.session_run import SessionRun
from desktop.domain.vocabulary import DAY_MAX_MINUTES
from desktop.domain.wording import QT_TRANSLATE_NOOP

NAME_MAX = 200
TEXT_MAX = 20_000


def new_uid() -> str:
    """A fresh random identifier (UUID 4, as text)."""
    return str(uuid.uuid4())


class SessionStatus(str, Enum):
    """Where a session stands."""

    PENCILLED = "pencilled"  # « pressentie »
    CONFIRMED = "confirmed"  # « confirmée »
    HELD = "held"  # « réalisée »
    CANCELLED = "cancelled"  # « annulée »


SESSION_STATUS_LABELS = {
    SessionStatus.PENCILLED: QT_TRANSLATE_NOOP("SessionStatus", "Pressentie"),
    SessionStatus.CONFIRMED: QT_TRANSLATE_NOOP("SessionStatus", "Confirmée"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("SessionStatus", "Réalisée"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("SessionStatus", "Annulée"),
}


class HalfDay(str, Enum):
    """Attendance is signed per half-day."""

    MORNING = "matin"
    AFTERNOON = "apres-midi"


HALF_DAY_LABELS = {HalfDay.MORNING: QT_TRANSLATE_NOOP("Presence", "Matin"),
                   HalfDay.AFTERNOON: QT_TRANSLATE_NOOP("Presence", "Après-midi")}


class Presence(str, Enum):
    """A participant's attendance for one half-day of a session."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


PRESENCE_LABELS = {Presence.PRESENT: QT_TRANSLATE_NOOP("Presence", "Présent"),
                   Presence.ABSENT: QT_TRANSLATE_NOOP("Presence", "Absent"),
                   Presence.EXCUSED: QT_TRANSLATE_NOOP("Presence", "Absent excusé")}


@dataclass(frozen=True)
class KitWorkshop:
    """A workshop placed in a kit: a copy of a library workshop (or written from scratch), editable freely.

    Attributes:
        uid: identity within the kit and across exports.
        workshop: the content; ``workshop.id`` names the library workshop it was copied from ("" if none).
        slot_minutes: for individual appointments, how long each person's slot lasts.
    """

    uid: str
    workshop: Workshop
    slot_minutes: int = DEFAULT_SLOT_MINUTES  # an individual appointment's slot (« rendez-vous individuel »)


@dataclass(frozen=True)
class Participant:
    """A project holder (porteuse ou porteur de projet) enrolled in a kit."""

    uid: str
    last_name: str
    first_name: str = ""
    organisation: str = ""
    commune: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(x for x in (self.first_name, self.last_name) if x)

    @property
    def sort_name(self) -> tuple[str, str]:
        from desktop.domain.text import sort_key

        return (sort_key(self.last_name), sort_key(self.first_name))


@dataclass(frozen=True)
class Venue:
    """A place where sessions happen, reused across kits.

    Its facts (step-free access, parking, mobile coverage, Wi-Fi) are yes, no or ``None``: not described yet,
    printed « à préciser » (:mod:`desktop.domain.paperwork`).
    """

    uid: str
    name: str
    address: str = ""
    commune: str = ""
    capacity: int = 0  # 0: unknown
    step_free: bool | None = None
    parking: bool | None = None
    mobile_coverage: bool | None = None
    wifi: bool | None = None
    equipment: str = ""
    access_notes: str = ""


@dataclass(frozen=True)
class Facilitator:
    """A person who runs sessions (accompagnatrice, accompagnateur, intervenant)."""

    uid: str
    name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Session:
    """One dated occurrence of a kit workshop.

    A session that runs across lunch (a full day) has a lunch break; attendance is then signed morning and
    afternoon. Times are local to Europe/Paris.
    """

    uid: str
    kit_workshop_uid: str
    day: date
    start: time
    end: time
    venue_uid: str = ""
    facilitator_uids: tuple[str, ...] = ()
    status: SessionStatus = SessionStatus.PENCILLED
    lunch_start: time | None = None
    lunch_end: time | None = None
    sequence: int = 0  # raised at every change, for iCalendar
    notes: str = ""

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end)

    @property
    def half_days(self) -> tuple[HalfDay, ...]:
        """The half-days this session covers: morning if it starts before noon, afternoon if it ends after 14:00
        or starts at noon or later."""
        parts = []
        if self.start < time(12, 0):
            parts.append(HalfDay.MORNING)
        if self.end > time(14, 0) or self.start >= time(12, 0):
            parts.append(HalfDay.AFTERNOON)
        return tuple(parts)

    @property
    def is_active(self) -> bool:
        return self.status is not SessionStatus.CANCELLED


@dataclass(frozen=True)
class Attendance:
    """Presence of one participant for one half-day of one session.

    A late arrival or an early departure may be recorded with its time; the hours attended then count from the
    arrival and until the departure (:mod:`desktop.domain.hours`).
    """

    session_uid: str
    participant_uid: str
    half_day: HalfDay
    presence: Presence
    arrival: time | None = None
    departure: time | None = None


#: Questions of the « évaluation à chaud » (scored 1 to 4); the keys are stable in kit files.
EVALUATION_QUESTIONS: dict[str, str] = {
    "objectifs": QT_TRANSLATE_NOOP("Evaluation", "Les objectifs de l'atelier ont été atteints"),
    "contenu": QT_TRANSLATE_NOOP("Evaluation", "Le contenu m'est utile pour mon projet"),
    "animation": QT_TRANSLATE_NOOP("Evaluation", "L'animation m'a permis de participer"),
    "organisation": QT_TRANSLATE_NOOP("Evaluation", "L'organisation (lieu, horaires, accueil) était satisfaisante"),
}
EVALUATION_SCALE = (1, 2, 3, 4)


@dataclass(frozen=True)
class Evaluation:
    """One participant's answers to the « évaluation à chaud » of one session."""

    session_uid: str
    participant_uid: str
    scores: tuple[tuple[str, int], ...] = ()  # (question key, 1..4)
    comment: str = ""

    def score(self, key: str) -> int | None:
        return dict(self.scores).get(key)


@dataclass(frozen=True)
class IssuingStructure:
    """The structure that issues the documents (profile in the settings).

    The last six texts are the defaults of the kits' programme facts of the same names
    (:data:`~desktop.domain.paperwork.PROFILE_DEFAULTS`): a kit that leaves one empty prints the profile's
    (:func:`~desktop.domain.paperwork.effective_paperwork`). They stay on this computer: kit files do not carry them.
    """

    name: str = ""
    address: str = ""
    logo_path: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    funders_mention: str = ""
    funder_logo_paths: tuple[str, ...] = ()
    access: str = ""
    price: str = ""
    methods: str = ""
    assessment: str = ""
    accessibility: str = ""
    accessibility_contact: str = ""


@dataclass(frozen=True)
class Kit:
    """An accompaniment kit: what a facilitator builds, schedules and prints.

    Venues and facilitators are shared by all kits: a kit holds their uids only (``venue_uids``,
    ``facilitator_uids``, and each session's own), never a copy. Whoever prints or exports a kit passes the
    records alongside it.
    """

    uid: str
    name: str
    territory: str = ""
    departement: str = ""  # name or code (« Vendée », « 85 »): public and school holidays depend on it
    audience: tuple[str, ...] = ()
    facilitator_uids: tuple[str, ...] = ()
    funders_mention: str = ""
    partners_mention: str = ""
    notes: str = ""
    capacity: int = 12
    archived: bool = False
    template_id: str = ""
    experiment: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    workshops: tuple[KitWorkshop, ...] = ()
    participants: tuple[Participant, ...] = ()
    sessions: tuple[Session, ...] = ()
    attendances: tuple[Attendance, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()
    venue_uids: tuple[str, ...] = ()  # venues chosen for the kit (its sessions may use others too)
    paperwork: Paperwork = Paperwork()  # the programme's facts and the certificates' options
    session_runs: tuple[SessionRun, ...] = ()  # sessions as they were run live (time spent, sub-groups)
    call: Call = Call()  # the call for projects or applications and its selection grid

    def session_run(self, session_uid: str) -> SessionRun:
        """What running *session_uid* live left behind (an empty record if it never was)."""
        return next((r for r in self.session_runs if r.session_uid == session_uid), SessionRun(session_uid))

    def kit_workshop(self, uid: str) -> KitWorkshop | None:
        return next((w for w in self.workshops if w.uid == uid), None)

    def referenced_venue_uids(self) -> tuple[str, ...]:
        """Every venue the kit refers to: its own, then those of its sessions, each once."""
        return tuple(dict.fromkeys(u for u in (*self.venue_uids, *(s.venue_uid for s in self.sessions)) if u))

    def referenced_facilitator_uids(self) -> tuple[str, ...]:
        """Every facilitator the kit refers to: its own, then those of its sessions, each once."""
        return tuple(dict.fromkeys(
            u for u in (*self.facilitator_uids, *(f for s in self.sessions for f in s.facilitator_uids)) if u))


# -- rules ----------------------------------------------------------------------------------------------------


def clean_name(value: str, field_name: str = "name") -> str:
    """A name stripped of surrounding spaces; refused if empty or longer than NAME_MAX."""
    value = " ".join((value or "").split())
    if not value:
        raise ValidationError(field_name, "empty")
    if len(value) > NAME_MAX:
        raise ValidationError(field_name, "too_long", limit=NAME_MAX)
    return value


def check_duration(minutes: int) -> int:
    """A session length in minutes: more than 0, at most a working day."""
    if not isinstance(minutes, int) or minutes <= 0:
        raise ValidationError("duration_minutes", "out_of_range", low=1, high=DAY_MAX_MINUTES, value=minutes)
    if minutes > DAY_MAX_MINUTES:
        raise ValidationError("duration_minutes", "out_of_range", low=1, high=DAY_MAX_MINUTES, value=minutes)
    return minutes


def outline_gap(workshop: Workshop) -> int:
    """Minutes missing (positive) or in excess (negative) between the outline and the duration."""
    return workshop.duration_minutes - sum(s.minutes for s in workshop.segments)


def copy_for_kit(workshop: Workshop) -> KitWorkshop:
    """A kit's own copy of a library workshop."""
    return KitWorkshop(uid=new_uid(), workshop=workshop)


def blank_workshop(title: str = "Nouvel atelier", minutes: int = 180) -> Workshop:
    """A workshop written from scratch: one segment filling the duration."""
    return Workshop(id="", title=title, format="atelier", audience=("porteurs",), duration_minutes=minutes,
                    origin="tresse", segments=(Segment("apport", "Déroulé à préciser", minutes),))


def materials_checklist(kit: Kit) -> list[tuple[str, int]]:
    """Materials across the kit's workshops: (item, number of workshops needing it), in first-seen order."""
    from desktop.domain.text import fold

    counts: dict[str, list] = {}
    for kw in kit.workshops:
        for item in kw.workshop.materials:
            key = fold(item)
            if key in counts:
                counts[key][1] += 1
            else:
                counts[key] = [item, 1]
    return [(item, n) for item, n in counts.values()]


def kit_totals(kit: Kit) -> tuple[int, int]:
    """(number of sessions planned or workshops if unscheduled, total minutes of the workshops)."""
    active = [s for s in kit.sessions if s.is_active]
    sessions = len(active) if active else len(kit.workshops)
    return sessions, sum(kw.workshop.duration_minutes for kw in kit.workshops)


def touch(kit: Kit, now: datetime | None = None) -> Kit:
    return replace(kit, modified=now or datetime.now().replace(microsecond=0))
