"""Table models of the catalogue: experiments, library workshops, kit templates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.catalogue import Experiment, KitTemplate, Workshop
from desktop.domain.text import sort_key
from desktop.ui import labels
from desktop.ui.models.base import ListTableModel



class ExperimentModel(ListTableModel[Experiment]):
    """The ten experiments: number, title, operator, territory, region."""

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
