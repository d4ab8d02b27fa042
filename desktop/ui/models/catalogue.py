"""Table models of the catalogue: experiments, library workshops, kit templates."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.catalogue import Experiment, KitTemplate, Workshop
from desktop.domain.text import sort_key
from desktop.ui import labels
from desktop.ui.models.base import ListTableModel



class ExperimentModel(ListTableModel[Experiment]):
    """The ten experiments: number, title, operator, territory, region."""

    FIXED_HEADERS = True

    NUMBER, TITLE, OPERATOR, TERRITORY, REGION = range(5)

    def headers(self):
        return (QCoreApplication.translate("CatalogueModels", "N°"), QCoreApplication.translate("CatalogueModels", "Expérimentation"), QCoreApplication.translate("CatalogueModels", "Opérateur"), QCoreApplication.translate("CatalogueModels", "Territoire"), QCoreApplication.translate("CatalogueModels", "Région"))

    def display(self, obj: Experiment, column: int) -> str:
        return (str(obj.number), obj.title, obj.operator.name, obj.territory, obj.region)[column]

    def sort_value(self, obj: Experiment, column: int) -> Any:
        if column == self.NUMBER:
            return obj.number
        return sort_key(self.display(obj, column))

    def tooltip(self, obj: Experiment, column: int) -> str | None:
        return f"{obj.title}\n\n{obj.objective}".strip() if column == self.TITLE else None


class WorkshopModel(ListTableModel[Workshop]):
    """The workshop library: title, format, audience, duration, origin, experiments."""

    FIXED_HEADERS = True

    TITLE, FORMAT, AUDIENCE, DURATION, ORIGIN, EXPERIMENTS = range(6)

    def headers(self):
        return (QCoreApplication.translate("CatalogueModels", "Atelier"), QCoreApplication.translate("CatalogueModels", "Format"), QCoreApplication.translate("CatalogueModels", "Public"), QCoreApplication.translate("CatalogueModels", "Durée"), QCoreApplication.translate("CatalogueModels", "Origine"), QCoreApplication.translate("CatalogueModels", "Expérimentations"))

    def display(self, obj: Workshop, column: int) -> str:
        if column == self.TITLE:
            return obj.title
        if column == self.FORMAT:
            return labels.format_label(obj.format)
        if column == self.AUDIENCE:
            return ", ".join(labels.audience_label(a) for a in obj.audience)
        if column == self.DURATION:
            return labels.duration_label(obj.duration_minutes)
        if column == self.ORIGIN:
            return labels.origin_label(obj.origin)
        return ", ".join(str(n) for n in obj.experiments)

    def sort_value(self, obj: Workshop, column: int) -> Any:
        if column == self.DURATION:
            return obj.duration_minutes
        if column == self.EXPERIMENTS:
            return obj.experiments[0] if obj.experiments else 0
        return sort_key(self.display(obj, column))

    def tooltip(self, obj: Workshop, column: int) -> str | None:
        return f"{obj.title}\n\n{obj.summary}" if column == self.TITLE else None


class TemplateModel(ListTableModel[KitTemplate]):
    """Kit templates: name, number of workshops, spacing, experiment."""

    FIXED_HEADERS = True

    NAME, WORKSHOPS, SPACING, EXPERIMENT = range(4)

    def headers(self):
        return (QCoreApplication.translate("CatalogueModels", "Modèle de kit"), QCoreApplication.translate("CatalogueModels", "Ateliers"), QCoreApplication.translate("CatalogueModels", "Espacement"), QCoreApplication.translate("CatalogueModels", "Expérimentation"))

    def display(self, obj: KitTemplate, column: int) -> str:
        if column == self.NAME:
            return obj.name
        if column == self.WORKSHOPS:
            return str(len(obj.workshop_ids))
        if column == self.SPACING:
            return labels.days_label(obj.spacing_days)
        return str(obj.experiment or "")

    def tooltip(self, obj: KitTemplate, column: int) -> str | None:
        return obj.name if column == self.NAME else None  # whole where the column elides it

    def sort_value(self, obj: KitTemplate, column: int) -> Any:
        if column == self.WORKSHOPS:
            return len(obj.workshop_ids)
        if column == self.SPACING:
            return obj.spacing_days
        if column == self.EXPERIMENT:
            return obj.experiment or 0
        return sort_key(obj.name)


class LibraryIndex:
    """The keys of the experiments, workshops and templates by region, audience and format, indexed once, so that
    choosing a filter is a few set operations, not a test of every row.

    Keys are those of the catalogue's tables: an experiment's number, a workshop's or a template's id.
    """

    def __init__(self, experiments: Sequence[Experiment], workshops: Sequence[Workshop],
                 templates: Sequence[KitTemplate]) -> None:
        region_of = {e.number: e.region for e in experiments}
        self._experiments: dict[str, set[Hashable]] = {}
        for e in experiments:
            self._experiments.setdefault(e.region, set()).add(e.number)
        self._workshop_regions: dict[str, set[Hashable]] = {}
        self._audiences: dict[str, set[Hashable]] = {}
        self._formats: dict[str, set[Hashable]] = {}
        for w in workshops:
            for region in {region_of.get(n) for n in w.experiments}:
                self._workshop_regions.setdefault(region, set()).add(w.id)
            for audience in w.audience:
                self._audiences.setdefault(audience, set()).add(w.id)
            self._formats.setdefault(w.format, set()).add(w.id)
        self._templates: dict[str, set[Hashable]] = {}
        for t in templates:
            self._templates.setdefault(region_of.get(t.experiment or 0), set()).add(t.id)

    def shown(self, region: str, audience: str, fmt: str) -> dict[str, set[Hashable] | None]:
        """The keys each filter allows, by kind (``experiment``, ``workshop``, ``template``); None: every row.
        An empty criterion allows everything; audience and format concern only the workshops."""
        def pick(table: dict[str, set[Hashable]], value: str) -> set[Hashable] | None:
            return table.get(value, set()) if value else None

        workshops = None
        for part in (pick(self._workshop_regions, region), pick(self._audiences, audience),
                     pick(self._formats, fmt)):
            if part is not None:
                workshops = set(part) if workshops is None else workshops & part
        return {"experiment": pick(self._experiments, region), "workshop": workshops,
                "template": pick(self._templates, region)}
