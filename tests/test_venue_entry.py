"""Venues: a new one typed in a form (Enter saves it), the table edited like a spreadsheet, columns never
collapsed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.kit import Venue, new_uid
from desktop.ui.dialogs.places_dialog import PlacesDialog
from desktop.ui.dialogs.venue_form import VenueForm
from desktop.ui.models.schedule_rows import VenueModel
from desktop.ui.workspace import Workspace
from helpers import type_text


@pytest.fixture
def workspace(store):
    return Workspace(store)


def test_a_new_venue_is_typed_in_the_form_and_enter_saves_it(qtbot, workspace, french, monkeypatch):
    dialog = PlacesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def fill(form):
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
        type_text(form.name, "Salle des fêtes")
        qtbot.keyClick(form.name, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is form.commune
        type_text(form.commune, "Sarras")
        qtbot.keyClick(form.commune, Qt.Key.Key_Return)  # the default button
        return form.result()

    monkeypatch.setattr(VenueForm, "exec", fill)
    dialog.add_venue()
    (venue,) = workspace.venues.values()
    assert (venue.name, venue.commune, venue.mobile_coverage) == ("Salle des fêtes", "Sarras", True)
    assert workspace.undo_stack.undoText() == "Ajouter le lieu « Salle des fêtes »"
    assert dialog.venue_view.columnWidth(VenueModel.ADDRESS) >= 200


def test_the_form_refuses_a_venue_without_a_name_and_edits_the_facts(qtbot, french):
    form = VenueForm(Venue(new_uid(), "Mairie", commune="Andance"))
    qtbot.addWidget(form)
    form.name.clear()
    form.accept()
    assert form.result() == 0 and form.error.text() == "Donnez un nom au lieu."
    form.name.setText("  Mairie   d'Andance ")
    form.facts["wifi"].setChecked(True)
    form.facts["mobile_coverage"].setChecked(False)
    form.capacity.setValue(40)
    form.accept()
    venue = form.venue()
    assert form.result() == 1
    assert (venue.name, venue.capacity, venue.wifi, venue.mobile_coverage) == ("Mairie d'Andance", 40, True, False)


def test_tab_across_the_venues_table_goes_to_the_next_cell_without_warnings(qtbot, workspace, french, qtlog):
    workspace.save_venue(Venue(new_uid(), "Tiers-lieu La Grange", commune="Sarras"))
    dialog = PlacesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    view = dialog.venue_view
    view.edit_cell(dialog.venues.index(0, VenueModel.NAME))
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "La Grange")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, VenueModel.ADDRESS)
    editor = QApplication.focusWidget()
    assert editor is not view and editor.text() == ""  # the address cell is open, empty: not the name again
    type_text(editor, "Route de Lyon")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    assert editor.text() == "Sarras"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    (venue,) = workspace.venues.values()
    assert (venue.name, venue.address, venue.commune) == ("La Grange", "Route de Lyon", "Sarras")
    assert not [r for r in qtlog.records if "commitData" in r.message]
    workspace.undo_stack.undo()
    assert workspace.venue(venue.uid).address == ""
