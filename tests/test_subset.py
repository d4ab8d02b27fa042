"""The library's sorted subset proxy: the same rows and order as sorting and filtering from scratch, after any
sequence of searches and sorts; told to the view as rows removed and inserted or a layout change, never a reset;
the current row kept when it is still shown; the detail pane rendered once per change of the current row."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.domain.text import sort_key
from desktop.ui.models.base import ListTableModel
from desktop.ui.models.catalogue import LibraryIndex
from desktop.ui.models.subset import MAX_RUNS, SubsetProxy
from desktop.ui.widgets.master_detail import MasterDetail


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    minutes: int


class ItemModel(ListTableModel[Item]):
    FIXED_HEADERS = True

    def headers(self):
        return ("Titre", "Durée")

    def display(self, obj: Item, column: int) -> str:
        return obj.title if column == 0 else str(obj.minutes)

    def sort_value(self, obj: Item, column: int):
        return sort_key(obj.title) if column == 0 else obj.minutes


def items(count: int, seed: int = 7) -> list[Item]:
    rng = random.Random(seed)
    words = ["Élus", "elus", "Gouvernance", "modèle", "Œuvre", "zèbre", "Ardèche", "bilan"]
    return [Item(f"w{i}", f"{rng.choice(words)} {rng.randrange(50)}", rng.choice([60, 90, 120, 180]))
            for i in range(count)]


def expected(rows: list[Item], shown, column: int, order: Qt.SortOrder) -> list[str]:
    model = ItemModel()
    keep = [r for r in rows if shown is None or r.id in shown]
    ordered = sorted(range(len(keep)), key=lambda i: model.sort_value(keep[i], column),
                     reverse=order == Qt.SortOrder.DescendingOrder)
    return [keep[i].id for i in ordered]


def shown_ids(proxy: SubsetProxy) -> list[str]:
    return [proxy.object_at(r).id for r in range(proxy.rowCount())]


class Signals:
    def __init__(self, proxy: SubsetProxy) -> None:
        self.resets = self.layouts = self.removed = self.inserted = 0
        proxy.modelReset.connect(lambda: self._add("resets"))
        proxy.layoutChanged.connect(lambda *a: self._add("layouts"))
        proxy.rowsRemoved.connect(lambda *a: self._add("removed"))
        proxy.rowsInserted.connect(lambda *a: self._add("inserted"))

    def _add(self, name: str) -> None:
        setattr(self, name, getattr(self, name) + 1)


@pytest.fixture
def table(qtbot):
    model = ItemModel()
    rows = items(600)
    model.set_rows(rows)
    proxy = SubsetProxy(lambda i: i.id)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.addWidget(view)
    view.show()
    return rows, proxy, view


def test_the_rows_and_order_equal_a_fresh_sort_and_filter_after_every_step(table, qtmodeltester):
    rows, proxy, view = table
    qtmodeltester.check(proxy)
    signals = Signals(proxy)
    rng = random.Random(3)
    column, order = 0, Qt.SortOrder.AscendingOrder
    for step in range(60):
        if step % 7 == 3:
            column = rng.randrange(2)
            order = rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
            view.sortByColumn(column, order)
        else:
            kind = rng.randrange(3)
            shown = (None if kind == 0 else {r.id for r in rng.sample(rows, rng.randrange(len(rows)))} if kind == 1
                     else {r.id for r in rows if rng.random() < 0.97})  # few runs: removed and inserted rows
            proxy.set_shown(shown)
        assert shown_ids(proxy) == expected(rows, proxy._shown, column, order)
        assert view.verticalHeader().count() == proxy.rowCount()
    assert signals.resets == 0
    assert signals.layouts and signals.removed and signals.inserted


def test_a_narrowing_search_removes_rows_and_keeps_the_current_one(table):
    rows, proxy, view = table
    signals = Signals(proxy)
    first = proxy.object_at(0)
    view.setCurrentIndex(proxy.index(5, 0))
    current = proxy.object_at(5)
    proxy.set_shown({r.id for r in rows if r is not first})
    assert signals.removed == 1 and signals.layouts == 0 and signals.resets == 0
    assert proxy.object_at(view.currentIndex().row()) is current
    proxy.set_shown({r.id for r in rows[::2]} | {current.id})  # many runs: one layout change
    assert signals.layouts == 1 and signals.resets == 0
    assert proxy.object_at(view.currentIndex().row()) is current
    proxy.set_shown({rows[0].id} - {current.id})
    assert not view.currentIndex().isValid() or proxy.object_at(view.currentIndex().row()) is not current


def test_a_few_rows_shown_are_found_from_their_places_the_same_as_by_testing_every_row(table):
    rows, proxy, view = table
    few = {r.id for r in rows[::40]} | {"not-a-row", "w99999"}  # under a quarter, with keys not in the list
    proxy.set_shown(few)
    assert proxy._places and shown_ids(proxy) == expected(rows, few, 0, Qt.SortOrder.AscendingOrder)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # another order: the places found again
    proxy.set_shown({r.id for r in rows[3::50]})
    assert shown_ids(proxy) == expected(rows, proxy._shown, 1, Qt.SortOrder.DescendingOrder)
    twice = ItemModel()  # keys that repeat: every row tested
    twice.set_rows(rows[:20] + rows[:20])
    repeated = SubsetProxy(lambda i: i.id)
    repeated.setSourceModel(twice)
    repeated.set_shown({rows[0].id})
    assert shown_ids(repeated) == [rows[0].id, rows[0].id] and repeated._places is False


def test_few_runs_stay_incremental_up_to_the_limit(table):
    rows, proxy, _view = table
    signals = Signals(proxy)
    order = shown_ids(proxy)
    hidden = set(order[1:2 * MAX_RUNS:4])  # isolated rows: one run each
    proxy.set_shown(set(order) - hidden)
    assert signals.removed == len(hidden) and signals.layouts == 0
    proxy.set_shown(None)
    assert signals.inserted == len(hidden) and shown_ids(proxy) == order


def test_the_detail_is_rendered_once_per_change_of_the_current_row(qtbot):
    renders = []
    pane = MasterDetail(ItemModel(), lambda i: renders.append(i.id) or f"<h2>{i.title}</h2>", lambda i: i.id)
    qtbot.addWidget(pane)
    rows = items(200)
    pane.set_rows(rows)
    first = pane.current_object()
    assert renders == []  # hidden (another tab): rendered when shown
    pane.show()
    assert renders == [first.id] and first.title in pane.detail.toPlainText()
    for prefix in ("É", "Él", "Élu"):
        pane.highlighter.set_search(prefix)
        pane.set_shown({r.id for r in rows if sort_key(r.title).startswith(sort_key(prefix))} | {first.id})
    assert renders == [first.id]  # same current row: highlighted in place, not rendered again
    pane.set_shown({r.id for r in rows if r is not first})
    assert len(renders) == 2 and renders[-1] == pane.current_object().id
    pane.set_shown(set())
    assert pane.detail.toPlainText() == "" and pane.current_object() is None
    pane.hide()
    pane.set_shown(None)
    pane.set_shown({r.id for r in rows if r is not first})
    assert len(renders) == 2  # the current row changed twice while hidden: nothing rendered
    pane.show()
    assert len(renders) == 3 and renders[-1] == pane.current_object().id
    assert pane.current_object().title in pane.detail.toPlainText()


def test_library_index_sets_equal_the_filters_row_by_row():
    from desktop.domain.catalogue import Workshop

    workshops = [Workshop(id=f"w{i}", title=f"Atelier {i}", format=("atelier", "visite")[i % 2],
                          audience=(("elus",), ("porteurs",), ("elus", "porteurs"))[i % 3], duration_minutes=60,
                          origin="user", experiments=((1,), (2,), (1, 2), ())[i % 4]) for i in range(24)]

    class E:
        def __init__(self, number, region):
            self.number, self.region = number, region

    index = LibraryIndex([E(1, "Bretagne"), E(2, "Occitanie")], workshops, [])
    shown = index.shown("Bretagne", "elus", "visite")
    assert shown["workshop"] == {w.id for w in workshops if 1 in w.experiments and "elus" in w.audience
                                 and w.format == "visite"}
    assert shown["experiment"] == {1} and shown["template"] == set()
    assert index.shown("", "", "") == {"experiment": None, "workshop": None, "template": None}


def test_merge_rows_gives_the_new_rows_without_a_reset_even_with_equal_keys(qtmodeltester):
    model = ItemModel()
    model.set_rows(items(40))
    qtmodeltester.check(model)
    signals = Signals(model)
    rng = random.Random(5)
    for _ in range(20):
        rows = [r for r in items(40) if rng.random() < 0.8] + rng.sample(items(40, seed=9), 5)
        rows += rows[:3]  # equal keys, paired in order
        model.merge_rows(rows, lambda i: i.id)
        assert sorted(model.rows(), key=repr) == sorted(rows, key=repr)
    assert signals.resets == 0 and signals.removed and signals.inserted


def test_runs_are_found_from_the_fewer_positions_and_equal_a_scan():
    from desktop.ui.models.subset import _runs

    def scan(flags):
        runs, start = [], None
        for i, flag in enumerate([*flags, False]):
            if flag and start is None:
                start = i
            elif not flag and start is not None:
                runs.append((start, i - 1))
                start = None
        return None if len(runs) > MAX_RUNS else runs

    rng = random.Random(11)
    for _ in range(2000):
        share = rng.random()
        flags = [rng.random() < share for _ in range(rng.randrange(120))]
        assert _runs(flags) == scan(flags), flags
    back = [n % 800 != 0 for n in range(10_000)]  # a search of 13 rows cleared: the others come back
    assert _runs(back) == scan(back) and len(_runs(back)) == 13
