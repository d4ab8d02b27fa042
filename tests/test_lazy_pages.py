"""What the window builds only when it is first shown or asked for, counted rather than timed: the catalogue
browser when the window opens on « Mes kits » (no kit yet), the kit editor and the sessions' schedule while no
kit is shown, its workshop
library until its « Ateliers » tab is shown, and the columns of the catalogue's hidden tabs (measured when first
shown, to the same widths)."""

from __future__ import annotations

import pytest

from desktop.domain.kit_factory import kit_from_template
from desktop.ui.widgets import master_detail
from desktop.ui.widgets.catalogue_browser import CatalogueBrowser
from desktop.ui.widgets.content_split import content_widths
from desktop.ui.workspace import Workspace
from window_helpers import open_window


@pytest.fixture
def measured(monkeypatch):
    """The tables whose columns were measured, in order."""
    seen = []
    measure = master_detail.content_widths

    def counting(view, cap=None):
        seen.append(view)
        return measure(view, cap)

    monkeypatch.setattr(master_detail, "content_widths", counting)
    return seen


def test_the_first_run_builds_neither_the_catalogue_nor_the_kit_editors_library(qtbot, store, french, measured):
    workspace = Workspace(store)
    win = open_window(qtbot, workspace)
    assert win.pages.built("catalogue") is None and measured == []
    assert win.kits._editor is None  # the first-run page shows no kit
    assert win._schedule is None  # nor the sessions' schedule: the kit editor asks for it
    summaries = []
    win.statusBar().messageChanged.connect(summaries.append)
    win.show_catalogue_tab(1)  # Affichage > Ateliers: built now, on its « Ateliers » tab
    browser = win.pages.built("catalogue")
    assert browser is not None and win.pages.currentWidget() is browser and browser.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: browser.workshops.table.viewport().isVisible())
    assert browser.workshops.visible_count() == len(workspace.library())
    assert browser.workshops.table in measured and browser.templates.table not in measured  # never shown
    assert any("ateliers" in text for text in summaries)  # its summary reached the status bar
    # a kit made from the catalogue: the kit editor reads the library when its « Ateliers » tab is shown
    library = {w.id: w for w in workspace.library()}
    kit = kit_from_template(win.catalogue.template_by_name("outille ton projet"), library, "Outille — Sarras")
    assert win.controller.create(kit, "créer")
    win.pages.setCurrentWidget(win.kits)
    win.kits.refresh()
    win.kits.select(kit.uid)
    assert win.kits._editor is not None and win.kits.tabs.isVisible()  # built to show the kit
    assert win._schedule is not None  # made with it, the one the calendar shares
    assert win.kits.sessions.schedule is win.schedule is win.calendar.schedule
    assert [s.uid for s in win.kits.sessions.schedule.kit(kit.uid).sessions] == [s.uid for s in kit.sessions]
    panel = win.kits.workshops
    assert panel._library_read is False  # on « Général »
    win.kits.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.library.isVisible())
    assert panel._library_read is True and panel._library_proxy.rowCount() == len(library)


def test_the_library_is_read_when_asked_for_even_unseen(qtbot, store, french):
    win = open_window(qtbot, Workspace(store))
    panel = win.kits.workshops  # asked for: the editor is built, hidden (no kit)
    assert panel._library_read is False and not win.kits.tabs.isVisible()
    assert panel.library_model.rowCount() == len(win.workspace.library())  # asked for: read now
    before = panel.library_model.rowCount()
    panel.reload_library()
    assert panel.library_model.rowCount() == before


def test_hidden_catalogue_tabs_are_measured_when_first_shown_to_the_same_widths(qtbot, workspace, measured):
    browser = CatalogueBrowser(workspace.catalogue, None, library=workspace.library)
    qtbot.addWidget(browser)
    assert measured == []  # rows set, nothing measured while nothing is on screen
    browser.resize(1024, 560)
    browser.show()
    qtbot.waitExposed(browser)
    assert measured == [browser.experiments.table]
    panes = (browser.experiments, browser.workshops, browser.templates)
    for i, pane in enumerate(panes):
        browser.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda pane=pane: pane.table.isVisible())
        assert measured.count(pane.table) == 1
    browser.hide()
    for pane in panes:  # measured on screen, as the table asks off screen (at most 1,000 rows read either way)
        assert pane._widths == content_widths(pane.table, master_detail.MAX_COLUMN_WIDTH)
    browser.show()
    browser.reload_workshops()  # the rows changed behind another tab: measured when shown again
    assert len(measured) == 3 and browser.workshops._widths is None
    browser.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: browser.workshops._widths is not None)
    assert measured[-1] is browser.workshops.table and len(measured) == 4
    browser.reload_workshops()  # on screen: measured again at once
    assert browser.workshops._widths is not None and len(measured) == 5
