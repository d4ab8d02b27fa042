"""What is being typed is saved to the kit it was typed in: choosing another kit, Ctrl+S, a menu or closing the
window never loses it nor gives it to another kit."""

from __future__ import annotations

import pytest

from desktop import paths
from desktop.domain.kit_factory import kit_from_template
from desktop.storage.kits import KitRepository
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot, store, french):
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.pages.setCurrentWidget(win.kits)
    library = {w.id: w for w in win.catalogue.workshops()}
    template = win.catalogue.template_by_name("outille ton projet")
    win.kit_uids = []
    for name in ("Kit A", "Kit B"):
        kit = kit_from_template(template, library, name)
        assert win.controller.create(kit, "créer")
        win.kit_uids.append(kit.uid)
    win.kits.refresh()
    win.kits.select(win.kit_uids[0])
    return win


def stored(window, uid):
    return KitRepository(window.db).load(uid)


def type_notes(window, qtbot, text):
    notes = window.kits.general.notes
    window.kits.tabs.setCurrentIndex(0)  # « Général »
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, text)  # ASCII only: QTest types no accented key
    assert stored(window, window.controller.kit.uid).notes == ""  # typed, not yet saved
    return notes


def test_choosing_another_kit_saves_the_text_to_the_kit_it_was_typed_in(window, qtbot):
    a, b = window.kit_uids
    type_notes(window, qtbot, "Salle a reserver")
    window.kits.select(b)  # from the keyboard: the focus never left the notes
    assert stored(window, a).notes == "Salle a reserver"
    assert stored(window, b).notes == ""
    assert window.kits.general.notes.toPlainText() == ""


def test_ctrl_s_saves_what_is_being_typed_and_keeps_the_focus(window, qtbot):
    notes = type_notes(window, qtbot, "Prevoir le cafe")
    window.say_saved()
    assert stored(window, window.kit_uids[0]).notes == "Prevoir le cafe"
    assert notes.hasFocus()
    window.undo_action.trigger()  # one undoable step, like leaving the field
    assert stored(window, window.kit_uids[0]).notes == ""


def test_opening_a_menu_saves_what_is_being_typed(window, qtbot):
    type_notes(window, qtbot, "Cle chez la mairie")
    window.file_menu.aboutToShow.emit()
    assert stored(window, window.kit_uids[0]).notes == "Cle chez la mairie"


def test_closing_the_window_saves_what_is_being_typed(window, qtbot):
    type_notes(window, qtbot, "Dernier mot")
    window.close()
    assert stored(window, window.kit_uids[0]).notes == "Dernier mot"
