"""The kit's paperwork fields, typed once in the « Général » tab: each change one undoable edit, saved at once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop import paths
from desktop.domain.kit_factory import kit_from_template
from desktop.domain.paperwork import ActionNature
from desktop.storage.kits import KitRepository
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot, store, french):
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    win.pages.setCurrentWidget(win.kits)
    library = {w.id: w for w in win.catalogue.workshops()}
    kit = kit_from_template(win.catalogue.template_by_name("outille ton projet"), library, "Outille — Sarras")
    rdv = replace(kit.workshops[0], uid="rdv-1", workshop=replace(kit.workshops[0].workshop, format="rdv",
                                                                  title="Rendez-vous individuel"))
    assert win.controller.create(replace(kit, workshops=kit.workshops + (rdv,)), "créer")
    win.kits.refresh()
    win.kits.select(kit.uid)
    return win


def saved(window):
    return KitRepository(window.db).load(window.controller.kit.uid)


def test_paperwork_fields_are_saved_and_undoable(window):
    panel = window.kits.paperwork
    assert panel.isEnabled() and not panel.nature.isEnabled()
    panel.training.setChecked(True)
    assert saved(window).paperwork.training_action and panel.nature.isEnabled()
    panel.nature.setCurrentIndex(panel.nature.findData(ActionNature.SKILLS_REVIEW.value))
    panel.fse.setChecked(True)
    panel.lines.setValue(9)
    panel.lines.editingFinished.emit()
    panel.texts["prerequisites"].setPlainText("Aucun prérequis")
    panel.texts["prerequisites"].committed.emit(panel.texts["prerequisites"].toPlainText())
    pw = saved(window).paperwork
    assert (pw.nature, pw.fse_plus, pw.answer_lines, pw.prerequisites) == (ActionNature.SKILLS_REVIEW, True, 9,
                                                                           "Aucun prérequis")
    window.undo_action.trigger()
    assert saved(window).paperwork.prerequisites == "" and panel.texts["prerequisites"].toPlainText() == ""
    assert saved(window).paperwork.answer_lines == 9


def test_an_appointment_workshop_has_its_slot_length(window):
    panel = window.kits.paperwork
    assert list(panel.slot_spins) == ["rdv-1"] and panel.slot_spins["rdv-1"].value() == 60
    panel.slot_spins["rdv-1"].setValue(45)
    panel.slot_spins["rdv-1"].editingFinished.emit()
    assert next(kw for kw in saved(window).workshops if kw.uid == "rdv-1").slot_minutes == 45


def test_venue_facts_have_three_states_in_the_places_table(qtmodeltester):
    from desktop.domain.kit import Venue
    from desktop.ui.models.schedule_rows import VenueModel

    edited = []
    model = VenueModel(on_edit=lambda before, after: edited.append(after))
    model.set_rows([Venue("v", "Mairie", parking=True, wifi=False)])
    qtmodeltester.check(model)
    check = Qt.ItemDataRole.CheckStateRole
    states = [model.data(model.index(0, c), check) for c in range(VenueModel.STEP_FREE, VenueModel.WIFI + 1)]
    assert states == [Qt.CheckState.PartiallyChecked, Qt.CheckState.Checked, Qt.CheckState.PartiallyChecked,
                      Qt.CheckState.Unchecked]
    assert model.data(model.index(0, VenueModel.STEP_FREE), Qt.ItemDataRole.ToolTipRole) == "À préciser"
    assert model.flags(model.index(0, VenueModel.WIFI)) & Qt.ItemFlag.ItemIsUserTristate
