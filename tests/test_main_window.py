"""The main window driven through pytest-qt: search as you type, filters, help, state saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import paths
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot, store, french):
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.pages.setCurrentWidget(win.browser)  # with no kit the window opens on « Mes kits » (tests/test_first_run.py)
    return win


def test_title_and_counts(window):
    # Qt adds the application's display name (« Tresse ») to the title: the title says it no second time.
    assert window.windowTitle() == "Accompagner les projets d'ESS en milieu rural"
    browser = window.browser
    assert browser.experiments.visible_count() == 10
    assert browser.workshops.visible_count() >= 30
    assert "10 expérimentations" in window.statusBar().currentMessage()
    assert browser.tabs.tabText(0) == "&Expérimentations (10)"


def test_search_updates_as_you_type_without_accents(window, qtbot):
    browser = window.browser
    browser.tabs.setCurrentIndex(1)
    qtbot.keyClicks(browser.search, "evaluation")
    shown = browser.workshops.visible_count()
    assert 0 < shown < len(browser._workshops)
    assert "Affichés" in window.statusBar().currentMessage()
    qtbot.keyClick(browser.search, Qt.Key.Key_Escape)
    assert browser.search.text() == ""
    assert browser.workshops.visible_count() == len(browser._workshops)


def test_selecting_shows_every_field(window, qtbot):
    exp = window.browser.experiments
    exp.table.setCurrentIndex(exp.proxy.index(0, 0))
    html = exp.detail.toPlainText()
    obj = exp.current_object()
    for text in (obj.title, obj.territory, obj.operator.name, obj.contact.person, obj.impacts[0], obj.actions[0]):
        assert text in html


def test_filters_by_region_audience_and_format(window):
    browser = window.browser
    browser.region.setCurrentIndex(browser.region.findData("Pays de la Loire"))
    assert browser.experiments.visible_count() == 3
    browser.audience.setCurrentIndex(browser.audience.findData("elus"))
    for r in range(browser.workshops.proxy.rowCount()):
        assert "elus" in browser.workshops.proxy.object_at(r).audience
    browser.format.setCurrentIndex(browser.format.findData("visite"))
    for r in range(browser.workshops.proxy.rowCount()):
        assert browser.workshops.proxy.object_at(r).format == "visite"
    browser.clear_filters()
    assert browser.experiments.visible_count() == 10


def test_search_with_no_result_leaves_an_empty_detail(window, qtbot):
    qtbot.keyClicks(window.browser.search, "zzzzqqq")
    assert window.browser.workshops.visible_count() == 0
    assert window.browser.workshops.detail.toPlainText() == ""


def test_ctrl_f_focuses_search(window, qtbot):
    window.browser.tabs.setFocus()
    window.find_action.trigger()
    assert window.browser.search.hasFocus() or window.focusWidget() is window.browser.search


def test_help_opens_offline(window, qtbot):
    window.help_action.trigger()
    dialog = window._help
    qtbot.waitExposed(dialog)
    assert "Prise en main" in dialog.browser.toPlainText()
    dialog.close()


def test_window_state_is_saved_on_close(window, data_dir):
    window.close()
    settings = Settings(data_dir)
    assert settings.state("main/geometry") is not None


def test_the_cycle_is_presented_above_the_experiments(window):
    browser = window.browser
    assert "Le cycle TRESSONS" in browser.programme_label.text()
    browser.programme_label.linkActivated.emit("programme")
    text = browser.experiments.detail.toPlainText()
    assert "Le cycle TRESSONS" in text and "blanches" in text and "Caractéristiques" in text


def test_portable_mode_is_shown_in_the_status_bar(qtbot, store, french, tmp_path, monkeypatch):
    key = tmp_path / "key"
    key.mkdir()
    (key / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "executable_dir", lambda: key)
    paths.set_data_dir(None)
    win = MainWindow(Workspace(store), Settings(tmp_path / "settings"), "fr")
    qtbot.addWidget(win)
    win.show()
    win.statusBar().showMessage("un autre message")  # the permanent label stays beside passing messages
    assert win.portable_label.isVisible()
    assert win.portable_label.text() == f"Mode portable : données dans {key / 'Données Tresse'}"


def test_a_read_only_key_is_reported_with_both_folders(qapp, french, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop import app

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    refused, used = tmp_path / "CLÉ" / "Données Tresse", tmp_path / "home" / "Tresse"
    app._warn_portable_refused(paths.DataLocation(used, paths.FROM_USER, refused, "Read-only file system"))
    (text,) = shown
    assert f"«\u00a0{refused}\u00a0»" in text and f"«\u00a0{used}\u00a0»" in text and "lecture seule" in text


def test_other_pages_are_built_when_first_needed(qtbot, store, french):
    from PySide6.QtGui import QAction, QKeySequence

    from bench.generate import build_store

    store.close()
    build_store(paths.user_data_dir(), kits=1, sessions_per_kit=3, library=0)
    from desktop.storage.store import open_store

    db = open_store()
    try:
        win = MainWindow(Workspace(db), Settings(paths.user_data_dir()), "fr")
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.pages.currentWidget() is win.browser  # there is a kit: the catalogue first
        assert win.pages.built("kits") is None and win.pages.built("calendar") is None
        calendar_action = next(a for a in win.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+5"))
        calendar_action.trigger()  # Affichage › Calendrier
        assert win.pages.built("calendar") is not None and win.pages.currentWidget() is win.calendar
        assert win.pages.built("kits") is None
        session = win.schedule.kits()[0].sessions[0]
        win.calendar.session_activated.emit(session.uid)  # a session opened from the calendar: in its kit
        assert win.pages.currentWidget() is win.pages.built("kits") and win.kits.sessions.current_uid() == session.uid
        win.close()
    finally:
        db.close()
