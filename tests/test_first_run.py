"""The first run that guides: three large actions on an empty Mes kits page, the profile asked for before
printing (and named in « À vérifier »), « Créer un kit » from the catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop import paths
from desktop.domain.kit import IssuingStructure
from desktop.printing.pack import PackResult
from desktop.ui.dialogs.new_kit import NewKitDialog
from desktop.ui.dialogs.print_dialog import PrintDialog
from desktop.ui.dialogs.profile import ProfileDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.widgets.profile_prompt import missing_profile, profile_warning
from desktop.ui.workspace import Workspace

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, store, french, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def accept_new_kit(monkeypatch, seen):
    def run(dialog):
        seen.append((dialog.from_template.isChecked(), dialog.template.currentData(),
                     dialog.from_experiment.isChecked(), dialog.experiment.currentData()))
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(NewKitDialog, "exec", run)


def test_an_empty_workspace_opens_on_three_large_actions(window, qtbot, monkeypatch):
    assert window.pages.currentWidget() is window.kits
    first = window.kits.first_run
    buttons = (first.new_kit_button, first.open_button, first.profile_button)
    assert first.isVisible() and all(b.isVisible() for b in buttons)
    assert [b.text() for b in buttons] == ["Créer un kit à partir d'un modèle", "Ouvrir un fichier .tresse",
                                           "Renseigner ma structure"]
    assert all(b.height() >= 64 for b in buttons) and not window.kits.empty.isVisible()
    seen = []
    accept_new_kit(monkeypatch, seen)
    qtbot.mouseClick(first.new_kit_button, LEFT)
    assert seen and seen[0][0]  # from a template
    assert len(window.workspace.kits()) == 1 and window.controller.kit is not None
    assert not first.isVisible() and window.kits.tabs.isVisible()
    window.workspace.undo_stack.undo()
    window.kits.refresh()
    assert first.isVisible()


def test_the_other_two_first_run_actions(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("desktop.ui.kit_files.import_kit", lambda parent, workspace, path=None: opened.append(1))
    qtbot.mouseClick(window.kits.first_run.open_button, LEFT)
    assert opened == [1]

    def fill(dialog):
        dialog.name.setText("Association Les Fermes Partagées")
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ProfileDialog, "exec", fill)
    qtbot.mouseClick(window.kits.first_run.profile_button, LEFT)
    assert window.workspace.structure().name == "Association Les Fermes Partagées"


def test_the_print_dialog_asks_for_an_empty_profile_and_a_button_fills_it(window, qtbot, monkeypatch):
    seen = []
    accept_new_kit(monkeypatch, seen)
    window.kits.new_kit()
    dialog = window.print_kit()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    prompt = dialog.profile_prompt
    assert prompt.isVisible() and "pas renseignée" in prompt.text.text()

    def fill(profile):
        profile.name.setText("Tiers-lieu La Grange")
        profile.signatory.setText("Camille Martin")
        profile.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ProfileDialog, "exec", fill)
    qtbot.mouseClick(prompt.button, LEFT)
    assert dialog.structure.name == "Tiers-lieu La Grange"
    assert prompt.isVisible() and prompt.text.text() == "Il manque à votre structure\u00a0: le logo, la mention des financeurs."
    dialog._finished(PackResult([], ["Une séance n'a pas de lieu."]))
    text = dialog.warnings.text()
    assert text.startswith("À vérifier avant d'imprimer")
    assert "• Il manque à votre structure" in text and "• Une séance n'a pas de lieu." in text
    dialog.close()


def test_profile_words():
    assert missing_profile(IssuingStructure(name="X", logo_path="/l.png", signatory_name="Y",
                                            funders_mention="Avec le soutien de…")) == []
    assert profile_warning(IssuingStructure(name="X", logo_path="/l.png", signatory_name="Y",
                                            funders_mention="Avec le soutien de…")) == ""
    assert "pas renseignée" in profile_warning(IssuingStructure())


def test_create_a_kit_from_the_catalogue(window, qtbot, monkeypatch):
    seen = []
    accept_new_kit(monkeypatch, seen)
    window.pages.setCurrentWidget(window.browser)
    browser = window.browser
    browser.tabs.setCurrentWidget(browser.templates)
    qtbot.waitExposed(browser.templates)
    template = browser.templates.current_object()
    assert browser.create_from_template.isVisible()
    qtbot.mouseClick(browser.create_from_template, LEFT)
    assert seen[-1][:2] == (True, template.id) and window.pages.currentWidget() is window.kits
    window.pages.setCurrentWidget(window.browser)
    browser.tabs.setCurrentWidget(browser.experiments)
    table = browser.experiments.table
    if not table.currentIndex().isValid():  # the cycle's presentation may be what the pane shows
        table.setCurrentIndex(table.model().index(0, 1))
    experiment = browser.experiments.current_object()
    table.doubleClicked.emit(table.currentIndex())  # what a double-click on the row does
    assert len(seen) == 2 and seen[-1][2:] == (True, experiment.number)
    (action,) = table.actions()  # the context menu
    assert action.text() == "Créer un kit à partir de cette expérimentation"
    window.pages.setCurrentWidget(window.browser)
    action.trigger()
    assert len(seen) == 3 and len(window.workspace.kits()) == 3


def test_sessions_several_at_once_and_confirm_all(window, qtbot, monkeypatch):
    from datetime import date

    from desktop.domain.kit import SessionStatus
    from desktop.domain.kit_edit import replace_sessions
    from desktop.scheduling.autoschedule import plan_sessions

    seen = []
    accept_new_kit(monkeypatch, seen)
    window.kits.new_kit()
    kit = window.controller.kit
    plan = plan_sessions(kit.workshops, date(2027, 1, 11))
    window.controller.apply(replace_sessions(kit, list(plan.sessions)), "planifier")
    panel = window.kits.sessions
    window.kits.tabs.setCurrentWidget(panel)
    panel.view.selectRow(0)
    panel.view.selectionModel().select(panel.proxy.index(2, 0), panel.view.selectionModel().SelectionFlag.Select
                                       | panel.view.selectionModel().SelectionFlag.Rows)
    assert len(panel.selected_uids()) == 2
    held = next(a for a in panel.status_button.menu().actions() if a.text() == "&Réalisée")
    held.trigger()
    statuses = [s.status for s in sorted(window.controller.kit.sessions, key=lambda s: s.day)]
    assert statuses == [SessionStatus.HELD, SessionStatus.PENCILLED, SessionStatus.HELD, SessionStatus.PENCILLED]
    qtbot.mouseClick(panel.confirm_all_button, LEFT)
    statuses = [s.status for s in sorted(window.controller.kit.sessions, key=lambda s: s.day)]
    assert statuses == [SessionStatus.HELD, SessionStatus.CONFIRMED, SessionStatus.HELD, SessionStatus.CONFIRMED]
    window.workspace.undo_stack.undo()
    assert sum(s.status == SessionStatus.PENCILLED for s in window.controller.kit.sessions) == 2


def test_keyboard_find_redo_and_save(window, qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    assert len(set(s.toString() for s in window.redo_action.shortcuts())) == len(window.redo_action.shortcuts())
    bound = [s.toString() for a in window.findChildren(type(window.redo_action)) for s in a.shortcuts()
             if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut]  # each table's own: tests/test_shortcuts.py
    assert len(bound) == len(set(bound)), "a key bound twice is an ambiguous shortcut"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.pages.setCurrentWidget(window.browser)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.browser.search
    window.pages.setCurrentWidget(window.calendar)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.calendar.facilitator_filter
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Tout est enregistré."


def test_no_screen_is_said_before_qt_aborts(tmp_path):
    from desktop.display_check import no_screen

    assert no_screen({}, "linux")
    assert not no_screen({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_screen({}, "win32")
    assert no_screen({"DISPLAY": ":5"}, "linux", tmp_path)
    (tmp_path / "X5").touch()
    assert not no_screen({"DISPLAY": ":5.0"}, "linux", tmp_path)
    assert not no_screen({"DISPLAY": "otherhost:0"}, "linux", tmp_path)  # remote: left to Qt
    runtime = tmp_path / "run"
    runtime.mkdir()
    assert no_screen({"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(runtime)}, "linux", tmp_path)
    (runtime / "wayland-0").touch()
    assert not no_screen({"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(runtime)}, "linux", tmp_path)


def test_started_with_no_display_the_app_says_so_in_french_and_exits_1():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run([sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "aucun écran" in run.stderr and "xvfb-run" in run.stderr and "core dumped" not in run.stderr


def test_search_highlights_the_matched_words_without_rendering_again(window, qtbot):
    from desktop.ui.widgets.search_highlight import _fold_chars

    assert _fold_chars("Économie") == "economie"
    browser = window.browser
    window.pages.setCurrentWidget(browser)
    browser.tabs.setCurrentWidget(browser.workshops)
    browser.search.setText("gouvernance")
    detail = browser.workshops.detail
    html_before = detail.toHtml()
    lit = highlighted(detail)
    assert lit and all(w.casefold().startswith("gouvernance") for w in lit)
    assert detail.toHtml() == html_before  # highlighted, not rendered again
    assert browser.workshops.highlighter.lit() == lit
    browser.search.setText("")
    assert highlighted(detail) == []


def highlighted(view) -> list[str]:
    """The texts of *view* painted with the search highlight (its extra selections of that background)."""
    return [s.cursor.selectedText() for s in view.extraSelections()
            if s.format.background().color().name() == "#ffe082"]


def test_a_hidden_tab_is_highlighted_when_shown_not_at_each_keystroke(window, qtbot):
    browser = window.browser
    window.pages.setCurrentWidget(browser)
    browser.tabs.setCurrentWidget(browser.workshops)
    hidden = browser.templates.detail
    assert not hidden.isVisible()
    browser.search.setText("projet")
    assert browser.templates.highlighter._stale  # not highlighted while hidden
    browser.tabs.setCurrentWidget(browser.templates)
    assert hidden.isVisible() and not browser.templates.highlighter._stale
    lit = highlighted(hidden)
    assert lit and all(w.casefold().startswith("projet") for w in lit)
