"""Every Qt model passes pytest-qt's model tester, and sorts on raw values."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.storage.repositories import CatalogueRepository
from desktop.ui.models.base import FilterProxy, ListTableModel
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


class _Values(ListTableModel):
    """Rows of (key, value) pairs; the one column sorts on the value."""

    FIXED_HEADERS = True

    def headers(self):
        return ("Valeur",)

    def display(self, obj, column):
        return str(obj[1])

    def sort_value(self, obj, column):
        return obj[1]


def test_proxy_sorts_on_kept_values_that_follow_the_rows(qtmodeltester):
    """The proxy keeps each row's sort value and follows rows inserted, removed and changed: its order is always
    the order of the current values (texts without regard to case, None and numbers apart)."""
    import random

    rng = random.Random(5)
    model = _Values()
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)

    def order():
        return [proxy.object_at(r) for r in range(proxy.rowCount())]

    def expected(rows):
        return sorted(rows, key=lambda r: (str(r[1]).casefold() if isinstance(r[1], str) else r[1], r[0]))

    rows = [(i, rng.choice(["Brest", "angers", "Évian", "brest", "Caen"])) for i in range(30)]
    model.set_rows(rows)
    assert [r[1].casefold() for r in order()] == sorted(r[1].casefold() for r in rows)
    for step in range(40):
        current = list(model._rows)
        if step % 3 == 0 and current:  # one row removed, one added
            gone = rng.choice(current)
            model.replace_objects([gone], [(100 + step, rng.choice(["Dax", "albi", "Zurich"]))])
        elif step % 3 == 1:  # rows changed in place and new ones merged in
            fresh = [(k, v.upper() if rng.random() < 0.3 else v) for k, v in current]
            fresh.append((200 + step, "mâcon"))
            model.merge_rows(fresh, key=lambda r: r[0])
        else:
            model.merge_rows([r for r in current if rng.random() < 0.9], key=lambda r: r[0])
        assert [r[1].casefold() for r in order()] == [r[1].casefold() for r in expected(model._rows)]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r[1].casefold() for r in order()] == [r[1].casefold() for r in reversed(expected(model._rows))]

    numbers = _Values()
    numbers.set_rows([(0, 3), (1, None), (2, 1), (3, None), (4, 2)])
    proxy.setSourceModel(numbers)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [r[1] for r in order()] == [None, None, 1, 2, 3]
