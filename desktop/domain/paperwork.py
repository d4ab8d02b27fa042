"""What a kit says about itself on paper: the programme's Qualiopi facts and the certificates' options.

A Qualiopi auditor reads the programme for its prerequisites, audience, duration, access terms and delays, price,
teaching methods, evaluation and accessibility (indicator 1); a funder of a training action (an OPCO, the CPF)
wants the certificate of the Code du travail (art. L6353-1) and the Ministry of Labour's « certificat de
réalisation », which names the action's nature. These facts are typed once, in the kit, and printed everywhere.

Venue facts (step-free access, parking, mobile coverage, Wi-Fi) have three states: yes, no and « à préciser »
(``None``), which is what a venue never described says, never « non».
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import Enum
from typing import Protocol


class ActionNature(str, Enum):
    """The nature of an action, as the certificat de réalisation ticks it (art. L6313-1 du Code du travail)."""

    TRAINING = "formation"
    SKILLS_REVIEW = "bilan"
    VAE = "vae"
    APPRENTICESHIP = "apprentissage"


ACTION_NATURE_LABELS = {
    ActionNature.TRAINING: "Action de formation",
    ActionNature.SKILLS_REVIEW: "Bilan de compétences",
    ActionNature.VAE: "Action de validation des acquis de l'expérience",
    ActionNature.APPRENTICESHIP: "Action de formation par apprentissage",
}

#: How long an individual appointment lasts by default (« rendez-vous individuel »), in minutes.
DEFAULT_SLOT_MINUTES = 60


@dataclass(frozen=True)
class Paperwork:
    """The kit's facts for the programme and its options for the certificates; empty texts print « à préciser ».

    Attributes:
        training_action: the kit is a training action in the sense of the Code du travail: the certificate is an
            « attestation de fin de formation » and the certificat de réalisation applies.
        nature: what the certificat de réalisation ticks.
        prerequisites: « Aucun prérequis », « Avoir une idée de projet »…
        audience: who it is for, in words.
        access: how and how soon people can join (« inscription jusqu'à 8 jours avant la première séance »).
        price: the price, or « Gratuit ».
        methods: teaching methods (« ateliers collectifs, études de cas, rendez-vous individuels »).
        assessment: how learning is evaluated (« auto-positionnement en début et fin de parcours »).
        accessibility: accessibility for people with disabilities.
        accessibility_contact: whom to contact for adaptations (name, phone, e-mail).
        fse_plus: the action is co-financed by the European Social Fund Plus: documents carry the EU emblem.
        answer_lines: ruled lines under each worksheet question of the participant handouts.
    """

    training_action: bool = False
    nature: ActionNature = ActionNature.TRAINING
    prerequisites: str = ""
    audience: str = ""
    access: str = ""
    price: str = ""
    methods: str = ""
    assessment: str = ""
    accessibility: str = ""
    accessibility_contact: str = ""
    fse_plus: bool = False
    answer_lines: int = 6


#: Ruled lines under a handout question: at least, at most.
ANSWER_LINES_RANGE = (1, 30)
#: The text fields of :class:`Paperwork`, in the order a form shows them.
PAPERWORK_TEXTS: tuple[str, ...] = tuple(f.name for f in fields(Paperwork) if f.type == "str")
#: The labels of those fields, as the programme prints them (and the kit editor names them).
PAPERWORK_LABELS: dict[str, str] = {
    "prerequisites": "Prérequis",
    "audience": "Public",
    "access": "Modalités et délais d'accès",
    "price": "Tarif",
    "methods": "Méthodes mobilisées",
    "assessment": "Modalités d'évaluation",
    "accessibility": "Accessibilité aux personnes en situation de handicap",
    "accessibility_contact": "Contact pour une adaptation",
}

#: The text fields a structure's profile gives a default for (the same names on
#: :class:`~desktop.domain.kit.IssuingStructure`); prerequisites and audience belong to each kit alone.
PROFILE_DEFAULTS: tuple[str, ...] = ("access", "price", "methods", "assessment", "accessibility",
                                     "accessibility_contact")


class PaperworkDefaults(Protocol):
    """What :func:`effective_paperwork` reads: an object with a text attribute per name of :data:`PROFILE_DEFAULTS`
    (the :class:`~desktop.domain.kit.IssuingStructure`)."""

    access: str
    price: str
    methods: str
    assessment: str
    accessibility: str
    accessibility_contact: str


def effective_paperwork(paperwork: Paperwork, defaults: PaperworkDefaults | None) -> Paperwork:
    """The paperwork as it prints: each of :data:`PROFILE_DEFAULTS` is the kit's own text, or, when the kit leaves it
    empty (or blank), the profile's default; every other field is the kit's.

    Args:
        paperwork: the kit's own paperwork (as typed in the kit).
        defaults: the issuing structure's profile; None (no profile) changes nothing.
    """
    if defaults is None:
        return paperwork
    filled = {name: getattr(defaults, name).strip() for name in PROFILE_DEFAULTS
              if not getattr(paperwork, name).strip() and getattr(defaults, name).strip()}
    return replace(paperwork, **filled) if filled else paperwork


def with_defaults(structure, profile: PaperworkDefaults):
    """*structure* (a kit file's letterhead, say) with the programme defaults of *profile* (this computer's own)."""
    return replace(structure, **{name: getattr(profile, name) for name in PROFILE_DEFAULTS})


class FactState(str, Enum):
    """A venue fact as kit files write it (``step_free_state`` …)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


def fact_state(value: bool | None) -> FactState:
    """``True``/``False``/``None`` as a state."""
    return FactState.UNKNOWN if value is None else FactState.YES if value else FactState.NO


def fact_value(state: FactState | str) -> bool | None:
    """A state as ``True``/``False``/``None``."""
    state = FactState(state)
    return None if state is FactState.UNKNOWN else state is FactState.YES


def legacy_fact(flag: bool) -> bool | None:
    """A fact written as a plain boolean by an older Tresse: ``true`` stays yes, ``false`` was also what a venue
    never described said, so it reads as « à préciser »."""
    return True if flag else None


#: The venue facts with three states, by field name.
VENUE_FACTS: tuple[str, ...] = ("step_free", "parking", "mobile_coverage", "wifi")


def paperwork_to_dict(paperwork: Paperwork) -> dict:
    """The JSON object of :class:`Paperwork` (the database column and the kit file's ``kit.paperwork``)."""
    out = {name: getattr(paperwork, name) for name in PAPERWORK_TEXTS}
    out.update(training_action=paperwork.training_action, nature=paperwork.nature.value,
               fse_plus=paperwork.fse_plus, answer_lines=paperwork.answer_lines)
    return out


def paperwork_from_dict(data: dict) -> Paperwork:
    """:class:`Paperwork` from its JSON object as this application wrote it (missing keys take their defaults;
    kit files from others are checked field by field by the exchange layer first)."""
    texts = {name: str(data[name]) for name in PAPERWORK_TEXTS if isinstance(data.get(name), str)}
    try:
        nature = ActionNature(data.get("nature", ActionNature.TRAINING.value))
    except ValueError:
        nature = ActionNature.TRAINING
    lines = data.get("answer_lines")
    low, high = ANSWER_LINES_RANGE
    lines = min(max(lines, low), high) if isinstance(lines, int) and not isinstance(lines, bool) else 6
    return Paperwork(training_action=bool(data.get("training_action", False)), nature=nature,
                     fse_plus=bool(data.get("fse_plus", False)), answer_lines=lines, **texts)
