"""Long titles whole on a 1366 × 768 screen, elided (« … », the whole title in the tooltip) only as needed on a
1024 × 600 one: the kit list, the kit's library and the catalogue's tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from desktop import paths
from desktop.domain.kit_factory import kit_from_template
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.small_screen import FRAME
from desktop.ui.widgets.content_split import MAIN_SHARE
from desktop.ui.workspace import Workspace

NAME = "Outille ton projet — Sarras"
WIDE, NARROW = QSize(1366, 768 - 40) - FRAME, QSize(1024, 600 - 40) - FRAME  # the taskbar and the frame counted


@pytest.fixture
def window(qtbot, store, french):
    window = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    library = {w.id: w for w in window.catalogue.workshops()}
    kit = kit_from_template(window.catalogue.template_by_name("outille ton projet"), library, NAME)
    window.controller.create(kit, "créer")
    window.kits.refresh()
    window.kits.select(kit.uid)
    window.show()
    qtbot.waitExposed(window)
    return window


def titles(view, column: int) -> list[tuple[str, bool, str]]:
    """(title, shown whole, tooltip) for every row of *view*'s *column*."""
    model, width = view.model(), view.columnWidth(column)
    margin = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = index.data()
        rows.append((text, view.fontMetrics().horizontalAdvance(text) + margin <= width,
                     index.data(Qt.ItemDataRole.ToolTipRole) or ""))
    return rows


def sized(qtbot, window, size: QSize, page, view) -> None:
    window.pages.setCurrentWidget(page)
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size and view.isVisible())
    qtbot.wait(1)  # the splitters size their panes once laid out (a zero timer)
    assert view.textElideMode() == Qt.TextElideMode.ElideRight


def test_the_catalogue_titles_are_whole_when_wide_and_elided_when_narrow(window, qtbot):
    browser = window.browser
    for tab, table, column in ((1, browser.workshops, 0), (2, browser.templates, 0)):
        browser.tabs.setCurrentIndex(tab)
        sized(qtbot, window, WIDE, browser, table.table)
        wide = titles(table.table, column)
        assert sum(whole for _, whole, _ in wide) >= 0.95 * len(wide)  # nearly all whole at 1366 × 768
        sized(qtbot, window, NARROW, browser, table.table)
        narrow = titles(table.table, column)
        cut = [(text, tip) for text, whole, tip in narrow if not whole]
        assert cut and len(cut) < len(narrow)  # elided only where the title is long
        assert all(tip.startswith(text) for text, tip in cut)  # the whole title in the tooltip
        viewport = table.table.viewport().width()
        assert table.table.columnWidth(column) >= MAIN_SHARE * viewport - 1  # never a sliver of ten characters
        header = table.table.horizontalHeader()
        for other in range(header.count()):  # the headers are never cut
            if not header.isSectionHidden(other):
                assert header.sectionSize(other) >= header.sectionSizeHint(other) or other == column
    browser.tabs.setCurrentIndex(1)
    sized(qtbot, window, WIDE, browser, browser.workshops.table)  # wide again: whole again
    assert sum(whole for _, whole, _ in titles(browser.workshops.table, 0)) >= 0.95 * len(wide)


def test_the_kit_list_and_library_titles(window, qtbot):
    kits = window.kits
    sized(qtbot, window, WIDE, kits, kits.view)
    assert titles(kits.view, 0) == [(NAME, True, NAME)]
    kits.tabs.setCurrentWidget(kits.workshops)
    qtbot.waitUntil(kits.workshops.library.isVisible)
    wide = titles(kits.workshops.library, 0)
    sized(qtbot, window, NARROW, kits, kits.view)
    assert titles(kits.view, 0) == [(NAME, False, NAME)]  # elided, said whole in the tooltip
    narrow = titles(kits.workshops.library, 0)
    assert sum(w for _, w, _ in wide) > sum(w for _, w, _ in narrow)  # more whole titles when there is room
    assert all(tip.startswith(text) for text, whole, tip in narrow if not whole)
    assert all(tip == text for text, _, tip in titles(kits.workshops.kit_view, 1))


def test_a_split_the_person_dragged_is_kept(window, qtbot):
    browser = window.browser
    browser.tabs.setCurrentIndex(1)
    sized(qtbot, window, WIDE, browser, browser.workshops.table)
    splitter = browser.workshops
    splitter.moveSplitter(500, 1)  # as a drag of the handle does
    sized(qtbot, window, NARROW, browser, browser.workshops.table)
    assert splitter.content_split.moved
    window.close()
    assert window.settings.state("main/workshops") is not None  # saved for the next launch
    assert window.settings.state("main/templates") is None  # never dragged: sized to its titles next time
