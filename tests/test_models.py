"""Every Qt model passes pytest-qt's model tester, and sorts on raw values."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.storage.repositories import CatalogueRepository
from desktop.ui.models.base import FilterProxy
from desktop.ui.models.catalogue import ExperimentModel, TemplateModel, WorkshopModel


def test_experiment_model(qtmodeltester, store, french):
    model = ExperimentModel()
    model.set_rows(CatalogueRepository(store).experiments())
    qtmodeltester.check(model)
    assert model.rowCount() == 10
    assert model.index(0, ExperimentModel.OPERATOR).data() == "Pôle ESS Vendée"
    assert model.headerData(ExperimentModel.TITLE, Qt.Orientation.Horizontal) == "Expérimentation"


def test_workshop_model_and_proxy_sort_on_minutes(qtmodeltester, store, french):
    model = WorkshopModel()
    model.set_rows(CatalogueRepository(store).workshops())
    qtmodeltester.check(model)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(WorkshopModel.DURATION, Qt.SortOrder.AscendingOrder)
    minutes = [proxy.object_at(r).duration_minutes for r in range(proxy.rowCount())]
    assert minutes == sorted(minutes)
    proxy.set_accept(lambda w: w.format == "visite")
    assert proxy.rowCount() >= 1
    assert all(proxy.object_at(r).format == "visite" for r in range(proxy.rowCount()))


def test_template_model(qtmodeltester, store, french):
    model = TemplateModel()
    model.set_rows(CatalogueRepository(store).templates())
    qtmodeltester.check(model)
    row = model.find_row(lambda t: t.id == "outille-ton-projet")
    assert model.index(row, TemplateModel.WORKSHOPS).data() == "4"
    assert model.index(row, TemplateModel.SPACING).data() == "7 jours"


def test_empty_model(qtmodeltester):
    model = WorkshopModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
