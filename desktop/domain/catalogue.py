"""The bundled TRESSONS catalogue: experiments, workshops of the library, kit templates.

These are immutable values loaded from ``data/`` (see ``docs/catalogue-format.md``); the storage layer keeps
them in SQLite, the UI and the printing layer read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.vocabulary import AUDIENCES, FORMATS, ORIGINS, SEGMENT_KINDS


@dataclass(frozen=True)
class Operator:
    """The structure that ran an experiment."""

    name: str
    presentation: str = ""
    missions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contact:
    """The person the document names for an experiment; empty strings where it gives nothing."""

    person: str = ""
    role: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class Programme:
    """The cycle of experiments itself, as the source document introduces it before the ten experiments.

    Attributes:
        title: « Le cycle TRESSONS ».
        introduction: the opening paragraph (who launched the cycle, when, why: the « zones blanches »).
        objective: the cycle's objective sentence.
        aims: the two ways (« à travers ») the objective is pursued.
        characteristics: what every experiment was to be (the document's four « caractéristiques »).
    """

    title: str
    introduction: str
    objective: str = ""
    aims: tuple[str, ...] = ()
    characteristics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Experiment:
    """One of the ten TRESSONS experiments, as the source document describes it.

    ``calendar`` holds dated milestones (« 02/12 : … »). When the document gives a period and a list of steps
    without saying which step falls when, the months are in ``period`` and the steps, in the document's order, in
    ``milestones``. ``components`` are the parts of a scheme the document lists under their own label
    (« Les composantes du dispositif »).
    """

    number: int
    title: str
    territory: str
    region: str
    departement: str
    objective: str
    operator: Operator
    contact: Contact
    communes: tuple[str, ...] = ()
    sub_objectives: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    calendar: tuple[str, ...] = ()
    period: tuple[str, ...] = ()
    milestones: tuple[str, ...] = ()
    components: tuple[str, ...] = ()
    impacts: tuple[str, ...] = ()
    corrections: tuple[str, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A timed part of a workshop's outline."""

    kind: str
    title: str
    minutes: int
    description: str = ""

    @property
    def kind_label(self) -> str:
        return SEGMENT_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class Workshop:
    """A reusable workshop of the library, with its outline and its handout content."""

    id: str
    title: str
    format: str
    audience: tuple[str, ...]
    duration_minutes: int
    origin: str = "tresse"
    experiments: tuple[int, ...] = ()
    source_note: str = ""
    summary: str = ""
    objectives: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    worksheet: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = ()

    @property
    def format_label(self) -> str:
        return FORMATS.get(self.format, self.format)

    @property
    def audience_labels(self) -> tuple[str, ...]:
        return tuple(AUDIENCES.get(a, a) for a in self.audience)

    @property
    def audience_text(self) -> str:
        """The audiences in one line, with commas: a label may hold « et » itself (« Élus et agents »)."""
        return ", ".join(self.audience_labels)

    @property
    def origin_label(self) -> str:
        return ORIGINS.get(self.origin, self.origin)

    @property
    def outline_minutes(self) -> int:
        return sum(s.minutes for s in self.segments)


@dataclass(frozen=True)
class KitTemplate:
    """An ordered list of library workshops with a default spacing, from which a kit is made."""

    id: str
    name: str
    workshop_ids: tuple[str, ...]
    origin: str = "tresse"
    experiment: int | None = None
    description: str = ""
    spacing_days: int = 7
    usual_start: str = "09:00"
    capacity: int = 12
    source_note: str = ""
    call: str = ""  # a path that starts with a call: "projets" or "candidatures" (desktop.domain.call.CallKind)


@dataclass(frozen=True)
class Catalogue:
    """Everything the bundled data holds."""

    experiments: tuple[Experiment, ...] = ()
    workshops: tuple[Workshop, ...] = ()
    templates: tuple[KitTemplate, ...] = ()
    programme: Programme | None = None
    digest: str = ""
    warnings: tuple[str, ...] = field(default=())

    def workshop(self, workshop_id: str) -> Workshop | None:
        return next((w for w in self.workshops if w.id == workshop_id), None)


def find_template(templates, name: str) -> KitTemplate | None:
    """The template named *name* (or with that id), ignoring case, accents, the kind of apostrophe and guillemets."""
    from desktop.domain.text import fold

    wanted = fold(name)
    return next((t for t in templates if wanted in (fold(t.name), fold(t.id))), None)
