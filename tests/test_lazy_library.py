"""The catalogue with a long library, counted rather than timed: the window opens on the experiments without reading
the user's saved workshops nor sorting, selecting or rendering the hidden tabs; their titles give the counts from
the start; the hidden tabs, when shown or asked for their rows (a search, a filter, the search box's focus, their
model), show the same rows, order and first selection as when they were filled at once."""

from __future__ import annotations

import gc

import pytest

from bench.generate import build_store
from desktop import paths
from desktop.domain.catalogue import Workshop
from desktop.domain.text import sort_key
from desktop.storage.repositories import CatalogueRepository
from desktop.storage.store import open_store
from desktop.ui import detail
from desktop.ui.models.catalogue import TemplateModel, WorkshopModel
from desktop.ui.widgets.catalogue_browser import CatalogueBrowser
from desktop.ui.widgets.master_detail import MasterDetail
from desktop.ui.workspace import Workspace
from window_helpers import open_window

SAVED = 150  # the user's own workshops in the store


@pytest.fixture
def long_store(store):
    """A store holding one kit and SAVED workshops of the user's (the window then opens on the catalogue)."""
    store.close()
    build_store(paths.user_data_dir(), kits=1, sessions_per_kit=3, library=SAVED)
    db = open_store()
    yield db
    db.close()


@pytest.fixture
def counted(monkeypatch):
    """How many times the saved workshops were read, sort keys computed, details rendered, by kind."""
    seen = dict.fromkeys(("saved read", "workshop keys", "template keys", "workshop details", "template details"), 0)

    def counting(name, function):
        def wrapper(*args, **kwargs):
            seen[name] += 1
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(CatalogueRepository, "dated_user_workshops",
                        counting("saved read", CatalogueRepository.dated_user_workshops))
    monkeypatch.setattr(WorkshopModel, "sort_value", counting("workshop keys", WorkshopModel.sort_value))
    monkeypatch.setattr(TemplateModel, "sort_value", counting("template keys", TemplateModel.sort_value))
    monkeypatch.setattr(detail, "workshop_html", counting("workshop details", detail.workshop_html))
    monkeypatch.setattr(detail, "template_html", counting("template details", detail.template_html))
    return seen


def _filled_at_once(qtbot, rows, model) -> MasterDetail:
    """The pane as the catalogue filled it before: rows set at once, hidden (its first row made current)."""
    pane = MasterDetail(model, lambda obj: "", lambda obj: getattr(obj, "id", None))
    qtbot.addWidget(pane)
    pane.set_rows(rows)
    return pane


def _ids(pane: MasterDetail) -> list[str]:
    return [pane.proxy.object_at(r).id for r in range(pane.proxy.rowCount())]


def test_the_window_opens_without_reading_the_saved_workshops_nor_filling_the_hidden_tabs(qtbot, long_store, french,
                                                                                          counted):
    workspace = Workspace(long_store)
    win = open_window(qtbot, workspace)
    browser = win.browser
    assert win.pages.currentWidget() is browser and browser.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: browser.experiments.table.viewport().isVisible())
    assert browser.experiments.current_object() is not None  # the tab on screen: filled, its first row current
    assert set(counted.values()) == {0}
    titles = [browser.tabs.tabBar().tabText(i) for i in range(3)]
    summary = win.statusBar().currentMessage()
    every = len(workspace.library())  # reads them: after the counts above
    assert every == CatalogueRepository(long_store).workshop_count() and every > SAVED
    templates = len(win.catalogue.templates())
    assert titles[1:] == [f"&Ateliers ({every})", f"&Modèles de kits ({templates})"]
    assert f"{every} ateliers" in summary and f"{templates} modèles de kits" in summary


def test_a_hidden_tab_shown_has_the_rows_order_and_first_row_it_had_when_filled_at_once(qtbot, long_store, french,
                                                                                        counted):
    workspace = Workspace(long_store)
    win = open_window(qtbot, workspace)
    browser = win.browser
    win.show_catalogue_tab(1)  # Ctrl+2
    pane = browser.workshops
    qtbot.waitUntil(lambda: pane.table.viewport().isVisible())
    assert counted["saved read"] == 1 and counted["workshop details"] == 1  # read once, the first row rendered
    library = workspace.library()
    before = _filled_at_once(qtbot, library, WorkshopModel())
    assert _ids(pane) == _ids(before) == [w.id for w in sorted(library, key=lambda w: sort_key(w.title))]
    assert pane.table.currentIndex().row() == 0 and pane.current_object().id == before.current_object().id
    assert pane.detail.toPlainText().startswith(pane.current_object().title)
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)
    from PySide6.QtCore import Qt

    qtbot.keyClick(pane.table, Qt.Key.Key_Down)  # the keyboard moves through the rows as before
    assert pane.table.currentIndex().row() == 1 and pane.current_object().id == _ids(before)[1]
    win.show_catalogue_tab(2)
    qtbot.waitUntil(lambda: browser.templates.table.viewport().isVisible())
    templates = _filled_at_once(qtbot, win.catalogue.templates(), TemplateModel())
    assert _ids(browser.templates) == _ids(templates)
    assert browser.templates.current_object().id == templates.current_object().id
    assert counted["saved read"] == 1  # the templates' detail uses the library already read


def test_a_search_a_filter_or_a_question_reads_the_hidden_tabs_rows(qtbot, long_store, french, counted):
    workspace = Workspace(long_store)
    browser = CatalogueBrowser(workspace.catalogue, None, library=workspace.library)
    qtbot.addWidget(browser)
    every = browser.workshops.visible_count()
    assert set(counted.values()) == {0}
    browser.search.setText("gouvernance")  # typed on the experiments' tab: the other tabs' counts are searched
    assert counted["saved read"] == 1
    found = workspace.catalogue.search("gouvernance")["workshop"]
    library = workspace.library()
    assert _ids(browser.workshops) == [w.id for w in sorted(library, key=lambda w: sort_key(w.title))
                                       if w.id in found]
    assert 0 < browser.workshops.visible_count() < every
    browser.search.clear()
    assert browser.workshops.visible_count() == every == len(library)
    fresh = CatalogueBrowser(workspace.catalogue, None, library=workspace.library)
    qtbot.addWidget(fresh)
    fresh.format.setCurrentIndex(fresh.format.findData("visite"))  # a filter: read, then filtered
    assert {w.format for w in map(fresh.workshops.proxy.object_at, range(fresh.workshops.visible_count()))} \
        == {"visite"}
    other = CatalogueBrowser(workspace.catalogue, None, library=workspace.library)
    qtbot.addWidget(other)
    details = counted["template details"]
    first = other.templates.current_object()  # asked for: read, sorted, its first row current
    assert first.id == _filled_at_once(qtbot, workspace.catalogue.templates(), TemplateModel()).current_object().id
    assert counted["template details"] == details  # its detail is rendered when the pane is shown, not before
    assert other.workshops.model.rowCount() == len(library)  # the model asked for: read


def test_the_search_box_taking_the_focus_reads_the_rows_it_will_search(qtbot, long_store, french, counted):
    browser = CatalogueBrowser(Workspace(long_store).catalogue, None)
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitExposed(browser)
    browser.activateWindow()
    assert counted["saved read"] == 0 and counted["workshop keys"] == 0
    browser.focus_search()
    qtbot.waitUntil(browser.search.hasFocus)
    assert counted["saved read"] == 1 and counted["workshop keys"] > SAVED and counted["template keys"] > 0
    keys = counted["workshop keys"]
    browser.search.setText("modèle")  # the first keystroke sorts nothing
    assert counted["workshop keys"] == keys


def test_a_workshop_saved_before_the_library_is_read_is_counted_then_shown(qtbot, long_store, french, counted):
    workspace = Workspace(long_store)
    win = open_window(qtbot, workspace)
    browser = win.browser
    bar = browser.tabs.tabBar()
    every = browser.workshops.visible_count()
    mine = workspace.add_to_library(Workshop(id="x", title="Aaa notre atelier", format="atelier", audience=(),
                                             duration_minutes=60))
    assert mine is not None and counted["saved read"] == 0  # written, not read: memory holds none of them yet
    assert bar.tabText(1) == f"&Ateliers ({every + 1})"  # counted again
    win.show_catalogue_tab(1)
    qtbot.waitUntil(lambda: browser.workshops.table.viewport().isVisible())
    assert counted["saved read"] == 1 and browser.workshops.current_object().id == mine.id  # first by its title
    assert mine.id in {w.id for w in workspace.user_workshops()}
    workspace.undo_stack.undo()  # read now: memory and the tab follow the store
    assert counted["saved read"] == 1 and mine.id not in {w.id for w in workspace.user_workshops()}
    assert browser.workshops.visible_count() == every and mine.id not in _ids(browser.workshops)
    assert bar.tabText(1) == f"&Ateliers ({every})"
    workspace.undo_stack.redo()
    assert mine.id in _ids(browser.workshops) and counted["saved read"] == 1


def test_the_workspace_reads_the_saved_workshops_once_when_first_needed(long_store, qapp, counted):
    catalogue = CatalogueRepository(long_store)
    assert catalogue.workshop_count() == len(catalogue.workshops()) == len(catalogue.bundled_workshops()) + SAVED
    counted["saved read"] = 0  # the line above read them, as the repository's listing does
    workspace = Workspace(long_store)
    mine = workspace.add_to_library(catalogue.bundled_workshops()[0])
    assert counted["saved read"] == 0 and catalogue.workshop_count() == len(workspace.library())
    assert counted["saved read"] == 1 and len(workspace.user_workshops()) == SAVED + 1
    assert workspace.user_workshops()[-1].id == mine.id  # the newest last, as listed from the store
    workspace.undo_stack.undo()
    assert len(workspace.user_workshops()) == SAVED and counted["saved read"] == 1


def test_rows_read_later_are_made_without_the_collector_and_set_apart_when_many(qtbot, long_store, french,
                                                                              monkeypatch):
    from desktop.ui import heap

    browser = CatalogueBrowser(Workspace(long_store).catalogue, None)
    qtbot.addWidget(browser)
    passes = []

    def seen(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    gc.collect()  # nothing but live objects set apart below (never given back: see desktop/ui/heap.py)
    gc.callbacks.append(seen)
    try:
        frozen = gc.get_freeze_count()
        browser.templates.fill()  # a few objects: nothing set apart
        assert gc.get_freeze_count() == frozen and gc.isenabled()
        monkeypatch.setattr(heap, "MANY_OBJECTS", 1000)  # a library of 10,000 workshops is about 100,000
        passes[:] = []
        browser.workshops.fill()  # read, sorted, the first row current: SAVED workshops and more
        assert passes == [1]  # one short pass before (the young garbage of the moment), none while the rows are made
        assert gc.get_freeze_count() > frozen and gc.isenabled()
        assert browser.workshops.visible_count() > SAVED
    finally:
        gc.callbacks.remove(seen)
