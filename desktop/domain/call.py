"""A kit's call for projects or for applications: its text, its deadline and the selection grid's criteria.

Some paths begin with a call (« appel à projets », « appel à candidatures »: the Sprint and May'IDÉSS
experiments): a text published on the territory, then a committee that scores every application with the same
grid. The text is the kit's own, pre-filled from :func:`model_text` — our proposal, not the source document's —
with words in braces (``{territoire}``, ``{date_limite}``…) that printing replaces with the kit's facts
(:func:`fill`), so that a date moved later is right on paper. The criteria proposed by default
(:data:`DEFAULT_CRITERIA`) are Tresse's too, and the grid says so while they are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from desktop.domain.errors import ValidationError


class CallKind(str, Enum):
    """What is called for: projects (a territory looks for projects) or applications (people join a path)."""

    PROJECTS = "projets"
    APPLICATIONS = "candidatures"


CALL_KIND_LABELS = {CallKind.PROJECTS: "Appel à projets", CallKind.APPLICATIONS: "Appel à candidatures"}

#: Limits, also those of the kit file (``kit.call``).
CALL_TEXT_MAX = 20_000
CRITERIA_MAX = 30
CRITERION_LABEL_MAX = 200
CRITERION_DESCRIPTION_MAX = 1_000
POINTS_RANGE = (1, 100)


@dataclass(frozen=True)
class Criterion:
    """One row of the selection grid: what is looked at, how many points it is worth at most, what it means."""

    label: str
    points: int = 5
    description: str = ""


@dataclass(frozen=True)
class Call:
    """The kit's call. An empty text prints :func:`model_text`; no criteria print :data:`DEFAULT_CRITERIA`.

    Attributes:
        kind: projects or applications (the document's title, the model's wording).
        text: the call as typed, with its words in braces; lines beginning with « # » are headings, with « - »
            bullets.
        deadline: the last day to apply, or None (« à préciser »).
        criteria: the selection grid's rows, in order.
    """

    kind: CallKind = CallKind.PROJECTS
    text: str = ""
    deadline: date | None = None
    criteria: tuple[Criterion, ...] = ()

    @property
    def title(self) -> str:
        return CALL_KIND_LABELS[self.kind]

    def grid(self) -> tuple[Criterion, ...]:
        """The criteria the grid prints: the kit's, or Tresse's proposal when it has none."""
        return self.criteria or DEFAULT_CRITERIA


#: Tresse's proposal for an ESS call (twenty points): to adapt to each call.
DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion("Utilité sociale", 5, "À quel besoin du territoire le projet répond-il, et pour qui ? Vise-t-il "
              "l'intérêt collectif plutôt que le seul profit (loi du 31 juillet 2014, art. 2) ?"),
    Criterion("Ancrage territorial", 4, "Le projet s'appuie-t-il sur les ressources, les habitants et les acteurs "
              "du territoire ? Crée-t-il de l'activité ou des liens là où il en manque ?"),
    Criterion("Gouvernance et dimension collective", 3, "Les décisions sont-elles ou seront-elles partagées "
              "(associés, bénévoles, usagers) ? Le projet est-il porté à plusieurs ?"),
    Criterion("Viabilité économique", 3, "Les premières pistes de modèle économique sont-elles réalistes "
              "(ventes, subventions, bénévolat, mutualisation) au stade où en est le projet ?"),
    Criterion("Motivation et disponibilité", 5, "La personne ou l'équipe est-elle disponible aux dates de "
              "l'accompagnement, et qu'en attend-elle ? L'accompagnement arrive-t-il au bon moment ?"),
)

#: The words in braces that printing replaces, and what each becomes (the kit editor lists them).
PLACEHOLDERS: dict[str, str] = {
    "nom": "le nom du kit",
    "structure": "la structure qui publie l'appel",
    "territoire": "le territoire",
    "public": "le public visé",
    "dates": "les dates des séances",
    "date_limite": "la date limite de candidature",
    "places": "le nombre de places",
    "contact": "les contacts",
}

_PROJECTS_MODEL = """\
{structure} lance un appel à projets sur son territoire ({territoire}) pour accompagner des projets de l'économie \
sociale et solidaire (ESS) : des activités utiles à leur territoire, gérées de façon collective, qui cherchent \
leur modèle économique.

# À qui s'adresse cet appel ?
Public visé : {public}. L'appel est ouvert à toute personne ou équipe qui porte un projet d'utilité sociale sur le \
territoire, qu'il soit encore une idée ou déjà en test. Il n'est pas nécessaire d'avoir un statut, un budget ou \
un local pour candidater.

# Ce que nous proposons
- un accompagnement collectif « {nom} », {dates} ;
- des ateliers pratiques et des rencontres avec des acteurs de l'ESS du territoire ;
- un suivi individuel pour avancer entre deux séances.
L'accompagnement est proposé à {places} projets.

# Comment candidater ?
Envoyez-nous en une à deux pages : votre projet en quelques lignes, le besoin auquel il répond et pour qui, où \
vous en êtes, et ce que vous attendez de l'accompagnement. Si vous préférez l'oral, appelez-nous : nous \
remplirons la candidature avec vous.

Date limite de candidature : {date_limite}.

# Comment les projets sont-ils choisis ?
Un comité examine chaque candidature avec la même grille, présentée ci-dessous. Chaque personne reçoit une \
réponse ; si l'accompagnement ne convient pas à votre projet, nous vous indiquerons vers qui vous tourner.

# Contact
{contact}
"""

_APPLICATIONS_MODEL = """\
{structure} ouvre les candidatures au parcours « {nom} » : un accompagnement pour créer une activité de \
l'économie sociale et solidaire (ESS) sur le territoire ({territoire}).

# Le parcours
Des modules collectifs et des rendez-vous individuels, {dates}, pour passer de l'idée au projet : ce qu'est \
l'ESS, les chiffres, le financement, les formes juridiques, la présentation de votre projet. Le parcours \
accueille {places} personnes ou équipes.

# Qui peut candidater ?
Public visé : {public}. Toute personne ou équipe qui a une idée d'activité utile à son territoire peut \
candidater, même au tout début. Il n'est pas \
nécessaire d'avoir un statut, un budget ou un local. Le parcours demande de venir à tous les modules et de \
travailler entre deux séances.

# Comment candidater ?
- remplissez le dossier de candidature (deux pages), seul ou avec notre aide ;
- ou venez à la réunion d'information, où nous le remplirons ensemble ;
- ou appelez-nous : la candidature peut se faire à l'oral.

Date limite de candidature : {date_limite}.

# La sélection
Un comité examine chaque candidature avec la même grille, présentée ci-dessous. Chaque personne reçoit une \
réponse, et une orientation vers une autre structure si le parcours ne convient pas à son projet.

# Contact
{contact}
"""


def model_text(kind: CallKind = CallKind.PROJECTS) -> str:
    """Tresse's model of a call's text, with its words in braces."""
    return _APPLICATIONS_MODEL if kind is CallKind.APPLICATIONS else _PROJECTS_MODEL


def model_call(kind: CallKind) -> Call:
    """A call pre-filled with Tresse's model text and criteria (what a template with a call starts from)."""
    return Call(kind=kind, text=model_text(kind), criteria=DEFAULT_CRITERIA)


_BRACES = re.compile(r"\{([a-z_]+)\}")


def fill(text: str, values: dict[str, str]) -> str:
    """*text* with each known word in braces replaced by its value; unknown words are left as typed."""
    return _BRACES.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# -- editing the criteria (pure: each returns a new call) ---------------------------------------------------


def check_criterion(criterion: Criterion) -> Criterion:
    """*criterion* with its texts tidied; refused when its label is empty or a value is out of range."""
    label = " ".join(criterion.label.split())
    if not label:
        raise ValidationError("label", "empty")
    if len(label) > CRITERION_LABEL_MAX:
        raise ValidationError("label", "too_long", limit=CRITERION_LABEL_MAX)
    low, high = POINTS_RANGE
    if isinstance(criterion.points, bool) or not isinstance(criterion.points, int) \
            or not low <= criterion.points <= high:
        raise ValidationError("points", "out_of_range", low=low, high=high, value=criterion.points)
    description = " ".join(criterion.description.split())[:CRITERION_DESCRIPTION_MAX]
    return Criterion(label, criterion.points, description)


def add_criterion(call: Call, criterion: Criterion = Criterion("Nouveau critère")) -> Call:
    if len(call.criteria) >= CRITERIA_MAX:
        raise ValidationError("criteria", "too_many", limit=CRITERIA_MAX)
    return replace(call, criteria=(*call.criteria, check_criterion(criterion)))


def update_criterion(call: Call, index: int, criterion: Criterion) -> Call:
    criteria = list(call.criteria)
    criteria[index] = check_criterion(criterion)
    return replace(call, criteria=tuple(criteria))


def remove_criteria(call: Call, indexes: set[int]) -> Call:
    return replace(call, criteria=tuple(c for i, c in enumerate(call.criteria) if i not in indexes))


def move_criterion(call: Call, index: int, step: int) -> Call:
    """The criterion at *index* moved *step* rows (−1 up, +1 down); unchanged at either end."""
    target = index + step
    if not (0 <= index < len(call.criteria) and 0 <= target < len(call.criteria)):
        return call
    criteria = list(call.criteria)
    criteria[index], criteria[target] = criteria[target], criteria[index]
    return replace(call, criteria=tuple(criteria))


# -- the stored form (database column and kit file) ---------------------------------------------------------


def call_to_dict(call: Call) -> dict:
    """The JSON object of :class:`Call` (the database column and the kit file's ``kit.call``)."""
    return {"kind": call.kind.value, "text": call.text,
            "deadline": call.deadline.isoformat() if call.deadline else None,
            "criteria": [{"label": c.label, "points": c.points, "description": c.description}
                         for c in call.criteria]}


def call_from_dict(data: dict) -> Call:
    """:class:`Call` from its JSON object as this application wrote it (kit files from others are checked field
    by field by the exchange layer first); what does not read takes its default."""
    try:
        kind = CallKind(data.get("kind", CallKind.PROJECTS.value))
    except ValueError:
        kind = CallKind.PROJECTS
    try:
        deadline = date.fromisoformat(data["deadline"]) if data.get("deadline") else None
    except (TypeError, ValueError):
        deadline = None
    criteria = []
    for item in data.get("criteria") or ():
        try:
            criteria.append(check_criterion(Criterion(str(item["label"]), item["points"],
                                                      str(item.get("description", "")))))
        except (KeyError, TypeError, ValidationError):
            continue
    text = data.get("text")
    return Call(kind=kind, text=text if isinstance(text, str) else "", deadline=deadline,
                criteria=tuple(criteria))
