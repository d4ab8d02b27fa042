"""Every action in the menus shows a shortcut, and no key is bound twice where both could answer (Qt's
« Ambiguous shortcut overload » then runs neither)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from desktop import paths
from desktop.ui.main_window import MainWindow
from desktop.ui.safety import SafetyGuard
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace

# Menu actions without a shortcut, each with its reason.
NO_SHORTCUT = {
    "À &propos de Tresse": "no platform has a usual key for it; F1 opens the help, which is the useful page",
}
SCOPED = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


@pytest.fixture
def window(qtbot, store, french):
    window = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    window.safety = SafetyGuard(window, store)  # adds its actions to the File menu, as at launch
    return window


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found += menu_actions(action.menu())
        else:
            found.append(action)
    return found


def all_menu_actions(window) -> list[QAction]:
    """The menu bar's, the pages' menus (the sessions' status) and the context menus made of actions."""
    actions = [a for menu in window.menuBar().findChildren(QMenu) if menu.parent() is window.menuBar()
               for a in menu_actions(menu)]
    actions += menu_actions(window.kits.sessions.status_button.menu())
    for widget in window.findChildren(QWidget):
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            actions += [a for a in widget.actions() if not a.isSeparator()]
    return actions


def test_every_menu_action_shows_a_shortcut_or_an_underlined_letter(window):
    actions = all_menu_actions(window)
    assert len(actions) >= 30
    status = set(menu_actions(window.kits.sessions.status_button.menu()))
    missing = []
    for action in actions:
        if action in status:  # a choice of value in a button's menu: its underlined letter, after Alt+S
            assert action.text().startswith("&")
            continue
        if action.shortcut().isEmpty() and action.text() not in NO_SHORTCUT:
            missing.append(action.text())
    assert missing == []
    assert window.import_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert QKeySequence("Ctrl+I") in window.import_action.shortcuts()
    for action, key in ((window.print_action, QKeySequence.StandardKey.Print),
                        (window.save_action, QKeySequence.StandardKey.Save),
                        (window.find_action, QKeySequence.StandardKey.Find),
                        (window.undo_action, QKeySequence.StandardKey.Undo),
                        (window.new_kit_action, QKeySequence.StandardKey.New),
                        (window.help_action, QKeySequence.StandardKey.HelpContents)):
        assert action.shortcut() == QKeySequence(key), action.text()
    for action, key, fallback in ((window.quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q"),
                                  (window.preferences_action, QKeySequence.StandardKey.Preferences, "Ctrl+,")):
        assert action.shortcuts() == (QKeySequence.keyBindings(key) or [QKeySequence(fallback)])


def bindings(window) -> list[tuple[str, object, str]]:
    """(key, scope, what) for every action and shortcut of the window; scope is None for window-wide keys, else
    the widget the key is limited to."""
    found = []
    for action in window.findChildren(QAction):
        for widget in action.associatedObjects() or [action.parent()]:
            scope = widget if action.shortcutContext() in SCOPED else None
            found += [(k.toString(), scope, action.text() or repr(action)) for k in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        scope = shortcut.parent() if shortcut.context() in SCOPED else None
        found += [(k.toString(), scope, repr(shortcut)) for k in shortcut.keys()]
    return found


def test_no_key_is_bound_twice_where_both_could_answer(window):
    by_key = defaultdict(list)
    for key, scope, what in bindings(window):
        by_key[key].append((scope, what))
    clashes = {}
    for key, owners in by_key.items():
        window_wide = [what for scope, what in owners if scope is None]
        scopes = [scope for scope, _ in owners if scope is not None]
        names = {what for _, what in owners}
        if (len(window_wide) > 1 or (window_wide and scopes) or len(scopes) != len(set(scopes))) and len(names) > 1:
            clashes[key] = sorted(names)
    assert clashes == {}
    assert len(by_key) >= 30


def test_ctrl_enter_creates_a_kit_from_the_chosen_template(window, qtbot, monkeypatch):
    from desktop.ui.dialogs.new_kit import NewKitDialog

    asked = []
    monkeypatch.setattr(NewKitDialog, "exec", lambda self: asked.append(self) or 0)
    window.show()
    qtbot.waitExposed(window)
    window.show_catalogue_tab(2)
    table = window.browser.templates.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and window.pages.currentWidget() is window.kits
