"""What a keystroke of the catalogue's search sets off on screen, kept small: the words lit as extra selections
(the detail neither rendered nor laid out again, nothing repainted while the same words stay lit), the tabs'
counts changed on a bar of fixed size (the pages not laid out and repainted), the roles a view asks for that the
library's models never answer returned at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QTextBrowser

from desktop.storage.repositories import CatalogueRepository
from desktop.ui.models.base import OBJECT_ROLE, SORT_ROLE
from desktop.ui.widgets.catalogue_browser import CatalogueBrowser
from desktop.ui.widgets.search_highlight import SearchHighlighter, _fold_chars, search_pattern
from desktop.ui.widgets.steady_tabs import keep_tab_bar_steady


class Paints(QObject):
    """Counts the paint events of some widgets, and keeps the areas they paint."""

    def __init__(self, *widgets) -> None:
        super().__init__()
        self.count, self.areas = 0, []
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.areas.append(event.rect())
        return False


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.fixture
def pane(qtbot):
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.setHtml("<h2>Gouvernance partagée</h2><p>Les élus et la gouvernance du projet ; un modèle économique.</p>"
                 "<ul><li>Gouverner</li><li>Économie sociale</li></ul>")
    return view, SearchHighlighter(view)


def expected_words(view, text: str) -> list[str]:
    """The words a search lights, found in the document's plain text block by block."""
    pattern, words = search_pattern(text), []
    block = view.document().begin()
    while block.isValid():
        words += [block.text()[m.start():m.end()] for m in pattern.finditer(_fold_chars(block.text()))]
        block = block.next()
    return words


def test_the_words_lit_are_the_prefixes_matched_without_case_or_accents(pane):
    view, highlighter = pane
    html = view.toHtml()
    for text in ("gouv", "eco", "ÉLUS", "mod gouv"):
        highlighter.set_search(text)
        assert highlighter.lit() == expected_words(view, text) and highlighter.lit(), text
    assert highlighter.lit() == ["Gouvernance", "gouvernance", "modèle", "Gouverner"]
    assert view.toHtml() == html  # lit over the text, which is neither rendered nor changed
    highlighter.set_search("")
    assert highlighter.lit() == []


def test_a_workshop_s_detail_is_lit_at_its_words_through_its_outline_table(qtbot, store):
    from desktop.ui.detail import workshop_html

    workshop = next(w for w in CatalogueRepository(store).workshops() if len(w.segments) > 2)
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.show()
    view.setHtml(workshop_html(workshop))  # headings, lists and the outline as a table: blocks within frames
    highlighter = SearchHighlighter(view)
    words = " ".join(s.title.split()[0] for s in workshop.segments[:3]) + " " + workshop.title.split()[0]
    for text in (words, workshop.segments[-1].description.split()[-1][:4], "min"):
        highlighter.set_search(text)
        assert highlighter.lit() == expected_words(view, text) and highlighter.lit(), text


def test_typing_on_in_a_lit_word_repaints_nothing(pane, monkeypatch):
    view, highlighter = pane
    highlighter.set_search("g")
    settle()
    calls, paints = [], Paints(view.viewport())
    monkeypatch.setattr(view, "setExtraSelections", lambda s: calls.append(len(s)))
    for text in ("go", "gou", "gouv"):  # the same whole words stay lit
        highlighter.set_search(text)
        settle()
    assert calls == [] and paints.count == 0
    highlighter.set_search("gouvernance")  # « Gouverner » is no longer lit
    assert calls == [2]


def test_another_document_is_lit_at_once_and_a_hidden_one_when_shown(pane):
    view, highlighter = pane
    highlighter.set_search("eco")
    view.setHtml("<p>Écosystème local, économie circulaire.</p>")
    assert highlighter.lit() == ["Écosystème", "économie"]
    view.hide()
    view.setHtml("<p>Un écolieu.</p>")
    highlighter.set_search("écol")
    assert highlighter._stale
    view.show()
    assert not highlighter._stale and highlighter.lit() == ["écolieu"]


def test_a_new_tab_title_repaints_the_bar_alone(qtbot):
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    keep_tab_bar_steady(tabs)
    pages = [QLabel("un"), QLabel("deux")]
    for n, page in enumerate(pages):
        tabs.addTab(page, f"Onglet {n}")
    qtbot.addWidget(tabs)
    tabs.resize(600, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    settle()
    bar = tabs.tabBar()
    assert bar.minimumSize() == bar.maximumSize() == QSize(600, bar.sizeHint().height())
    pages_painted, behind_bar = Paints(*pages), Paints(tabs)
    for n in range(5):
        bar.setTabText(0, f"Onglet ({n * 1000})")
        settle()
    assert bar.tabText(0) == "Onglet (4000)"
    assert pages_painted.count == 0 and all(bar.geometry().contains(r) for r in behind_bar.areas)
    tabs.setTabText(0, "Onglet")  # QTabWidget's own lays out and repaints the page shown: why the bar's is used
    settle()
    assert pages_painted.count > 0
    tabs.resize(450, 300)
    settle()
    assert bar.size() == QSize(450, bar.sizeHint().height())
    with pytest.raises(ValueError):
        keep_tab_bar_steady(QTabWidget())


def test_the_catalogue_tabs_counts_follow_the_search(qtbot, store):
    browser = CatalogueBrowser(CatalogueRepository(store))
    qtbot.addWidget(browser)
    browser.resize(1100, 700)
    browser.show()
    qtbot.waitExposed(browser)
    bar = browser.tabs.tabBar()
    every = browser.workshops.visible_count()
    assert bar.tabText(1) == f"&Ateliers ({every})"
    browser.search.setText("gouvernance")
    shown = browser.workshops.visible_count()
    assert 0 < shown < every and bar.tabText(1) == f"&Ateliers ({shown})"
    assert bar.width() == browser.tabs.width()


def test_the_roles_a_library_model_never_answers_are_none(qtbot, store):
    browser = CatalogueBrowser(CatalogueRepository(store))
    qtbot.addWidget(browser)
    proxy, model = browser.workshops.proxy, browser.workshops.model
    first = proxy.object_at(0)
    index = proxy.index(0, model.TITLE)
    assert index.data(Qt.ItemDataRole.DisplayRole) == first.title
    assert index.data(OBJECT_ROLE) is first and index.data(SORT_ROLE) == model.sort_value(first, model.TITLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(first.title)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole,
                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.TextAlignmentRole):
        assert index.data(role) is None and model.index(0, 0).data(role) is None
    assert proxy.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
