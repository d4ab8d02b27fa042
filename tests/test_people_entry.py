"""Entering people: the quick-entry line, rows pasted from a spreadsheet, a roster table edited like a spreadsheet,
removal said in the status bar; every change one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.domain.kit_factory import kit_from_template
from desktop.ui.dialogs.paste_participants import PasteParticipantsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.kits import ParticipantModel
from desktop.ui.settings import Settings
from desktop.ui.widgets.participant_entry import ENTRY_FIELDS, read_pasted
from desktop.ui.workspace import Workspace
from desktop import paths
from helpers import type_text

PEOPLE = [("Élodie", "Dupré", "elodie@example.fr", "Épicerie L'Épi", "Sarras", "06 11 22 33 44"),
          ("Karim", "Benali", "karim@example.fr", "Garage associatif", "Andance", ""),
          ("Anne", "Lefèvre", "", "Tiers-lieu La Grange", "Sarras", ""),
          ("Jules", "Moreau", "jules@example.fr", "", "Saint-Vallier", "07 00 00 00 01"),
          ("Léa", "Fabre", "lea@example.fr", "Crèche parentale", "", "")]


@pytest.fixture
def window(qtbot, store, french, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    library = {w.id: w for w in win.catalogue.workshops()}
    kit = kit_from_template(win.catalogue.template_by_name("outille ton projet"), library, "Outille — Sarras")
    assert win.controller.create(kit, "créer")
    win.kits.refresh()
    win.kits.select(kit.uid)
    win.pages.setCurrentWidget(win.kits)
    win.kits.tabs.setCurrentWidget(win.kits.participants)
    return win


def people(win):
    return [(p.first_name, p.last_name, p.email) for p in win.controller.kit.participants]


def test_three_people_from_the_quick_entry_line(window, qtbot):
    panel = window.kits.participants
    panel.add()
    for first, last, email, org, commune, phone in PEOPLE[:3]:
        for name, value in zip(ENTRY_FIELDS, (first, last, email, org, commune, phone)):
            if value:
                type_text(panel.entry.fields[name], value)
        qtbot.keyClick(panel.entry.fields["phone"], Qt.Key.Key_Return)
        assert QApplication.focusWidget() is panel.entry.fields["first_name"]  # ready for the next
        assert all(not e.text() for e in panel.entry.fields.values())
    assert people(window) == [(p[0], p[1], p[2]) for p in PEOPLE[:3]]
    assert window.controller.kit.participants[0].organisation == "Épicerie L'Épi"
    stack = window.workspace.undo_stack
    assert stack.undoText() == "Ajouter « Anne Lefèvre »"
    stack.undo()
    assert len(window.controller.kit.participants) == 2


def test_quick_entry_refuses_a_missing_name_or_a_bad_address_and_keeps_what_was_typed(window, qtbot):
    panel = window.kits.participants
    type_text(panel.entry.fields["first_name"], "Marie")
    qtbot.keyClick(panel.entry.fields["first_name"], Qt.Key.Key_Return)
    assert not window.controller.kit.participants and panel.entry.message.isVisible()
    assert "nom" in panel.entry.message.text()
    type_text(panel.entry.fields["last_name"], "Curie")
    type_text(panel.entry.fields["email"], "marie@")
    qtbot.keyClick(panel.entry.fields["email"], Qt.Key.Key_Return)
    assert not window.controller.kit.participants
    assert QApplication.focusWidget() is panel.entry.fields["email"]
    assert panel.entry.fields["first_name"].text() == "Marie"
    panel.entry.fields["email"].setText("marie@example.fr")
    qtbot.keyClick(panel.entry.fields["email"], Qt.Key.Key_Return)
    assert people(window) == [("Marie", "Curie", "marie@example.fr")] and not panel.entry.message.isVisible()


def _accept(monkeypatch, seen):
    def run(dialog):
        seen.append(dialog)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(PasteParticipantsDialog, "exec", run)


def test_ctrl_v_of_five_spreadsheet_rows_without_header(window, qtbot, monkeypatch):
    seen = []
    _accept(monkeypatch, seen)
    QGuiApplication.clipboard().setText("\r\n".join("\t".join(p) for p in PEOPLE) + "\r\n")
    panel = window.kits.participants
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    dialog = seen[0]
    assert [c.currentData() for c in dialog.combos] == list(ENTRY_FIELDS)  # the quick-entry order, shown
    assert people(window) == [(p[0], p[1], p[2]) for p in PEOPLE]
    assert window.controller.kit.participants[3].commune == "Saint-Vallier"
    assert window.workspace.undo_stack.undoText() == "Coller 5 participants"
    window.workspace.undo_stack.undo()
    assert people(window) == []


def test_pasted_columns_can_be_changed_and_a_header_row_is_used(window, qtbot, monkeypatch):
    text = "Dupré\tÉlodie\nBenali\tKarim\n"
    preview, fields = read_pasted(text)
    assert fields == ("first_name", "last_name")
    dialog = PasteParticipantsDialog(text, 12, window)
    qtbot.addWidget(dialog)
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("last_name"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("first_name"))
    assert [(p.first_name, p.last_name) for p in dialog.participants()] == [("Élodie", "Dupré"), ("Karim", "Benali")]
    assert dialog.import_dialog.model.rowCount() == 2
    preview, fields = read_pasted("Nom\tPrénom\tMail\nRoux\tLéa\tlea@example.fr\n")
    assert fields is None and [(p.first_name, p.email) for p in preview.participants] == [("Léa", "lea@example.fr")]


def test_pasting_into_a_quick_entry_field_pastes_rows(window, qtbot, monkeypatch):
    seen = []
    _accept(monkeypatch, seen)
    QGuiApplication.clipboard().setText("Élodie Dupré\nKarim Benali\n")
    field = window.kits.participants.entry.fields["first_name"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""
    assert [(p.first_name, p.last_name) for p in window.controller.kit.participants] == [
        ("Élodie", "Dupré"), ("Karim", "Benali")]
    QGuiApplication.clipboard().setText("Marie")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Marie" and len(seen) == 1  # one word is text for the field


def test_tab_walks_across_the_roster_like_a_spreadsheet(window, qtbot, qtlog):
    panel = window.kits.participants
    from desktop.domain.kit_edit import add_participants
    from desktop.domain.kit import Participant, new_uid
    kit = window.controller.kit
    window.controller.apply(add_participants(kit, [Participant(new_uid(), "Dupré", "Élodie"),
                                                   Participant(new_uid(), "Benali", "Karim")]), "deux")
    view = panel.view
    first = view.model().index(0, ParticipantModel.FIRST)
    view.edit_cell(first)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Ka")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == ParticipantModel.LAST
    editor = QApplication.focusWidget()
    assert editor is not view and editor.text() == "Benali"  # the next cell is open, not the same one again
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    type_text(editor, "L'Épi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # Enter commits on the next turn
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == ParticipantModel.ORGANISATION
    got = {p.last_name: (p.first_name, p.organisation) for p in window.controller.kit.participants}
    assert got == {"Benali": ("Ka", "L'Épi"), "Dupré": ("Élodie", "")}
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_delete_says_how_to_undo(window, qtbot):
    panel = window.kits.participants
    type_text(panel.entry.fields["last_name"], "Dupré")
    qtbot.keyClick(panel.entry.fields["last_name"], Qt.Key.Key_Return)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.view.model().index(0, 1))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert window.controller.kit.participants == ()
    assert window.statusBar().currentMessage() == "« Dupré » supprimé — Ctrl+Z pour annuler"
    window.workspace.undo_stack.undo()
    assert [p.last_name for p in window.controller.kit.participants] == ["Dupré"]
