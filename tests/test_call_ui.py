"""The kit's « Appel » tab: the call's kind, deadline and text (« Rétablir le modèle »), and the criteria table
edited like a spreadsheet; every change one undoable step through the workspace, saved at once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.domain.call import DEFAULT_CRITERIA, CallKind, model_text
from desktop.domain.kit_factory import kit_from_template
from desktop.storage.kits import KitRepository
from desktop.ui.main_window import MainWindow
from desktop.ui.models.criteria import CriteriaModel
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace
from helpers import type_text


@pytest.fixture
def window(qtbot, store, french):
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    win.pages.setCurrentWidget(win.kits)
    library = {w.id: w for w in win.catalogue.workshops()}
    kit = kit_from_template(win.catalogue.template_by_name("May'IDÉSS"), library, "May'IDÉSS 2027")
    assert win.controller.create(kit, "créer")
    win.kits.refresh()
    win.kits.select(kit.uid)
    win.kits.tabs.setCurrentWidget(win.kits.call)
    return win


def saved(window):
    return KitRepository(window.db).load(window.controller.kit.uid).call


def test_a_template_with_a_call_fills_the_tab(window):
    panel = window.kits.call
    call = saved(window)
    assert call.kind is CallKind.APPLICATIONS and call.criteria == DEFAULT_CRITERIA
    assert panel.text.toPlainText() == model_text(CallKind.APPLICATIONS)
    assert panel.kind.currentData() == "candidatures" and panel.model.rowCount() == len(DEFAULT_CRITERIA)
    assert panel.total.text() == "Total\u00a0: 20 points"
    assert not panel.defaults_button.isEnabled()


def test_text_kind_and_deadline_are_saved_and_undone(window):
    panel = window.kits.call
    panel.text.setPlainText("Appel du {territoire}.\n# Pour qui ?\n- les habitants")
    panel.text.committed.emit(panel.text.toPlainText())
    assert saved(window).text == "Appel du {territoire}.\n# Pour qui ?\n- les habitants\n"
    panel.restore_model()
    assert saved(window).text == model_text(CallKind.APPLICATIONS)
    assert window.statusBar().currentMessage() == "Le modèle de l'appel est rétabli — Ctrl+Z pour annuler"
    panel.kind.setCurrentIndex(panel.kind.findData("projets"))
    assert saved(window).kind is CallKind.PROJECTS and saved(window).text == model_text(CallKind.PROJECTS)
    panel.deadline.edit.setText("20/12/2026")
    panel.deadline.edit.editingFinished.emit()
    assert saved(window).deadline == date(2026, 12, 20)
    panel.deadline.edit.setText("31/02/2026")  # not a date: nothing saved, the reason shown
    panel.deadline.edit.editingFinished.emit()
    assert saved(window).deadline == date(2026, 12, 20) and panel.deadline.error_text()
    panel.deadline.edit.setText("")
    panel.deadline.edit.editingFinished.emit()
    assert saved(window).deadline is None and panel.deadline.is_valid()
    for _ in range(3):
        window.undo_action.trigger()
    assert saved(window).kind is CallKind.APPLICATIONS and saved(window).deadline is None
    window.undo_action.trigger()
    assert saved(window).text.startswith("Appel du {territoire}.")
    assert panel.text.toPlainText() == saved(window).text


def test_criteria_are_added_moved_removed_and_restored(window):
    panel = window.kits.call
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    panel.move_current(-1)
    assert [c.label for c in saved(window).criteria][:2] == ["Ancrage territorial", "Utilité sociale"]
    assert panel.view.currentIndex().row() == 0
    panel.view.selectRow(4)
    panel.remove_selected()
    assert len(saved(window).criteria) == 4 and panel.total.text() == "Total\u00a0: 15 points"
    assert panel.defaults_button.isEnabled()
    panel.restore_criteria()
    assert saved(window).criteria == DEFAULT_CRITERIA
    window.undo_action.trigger()
    assert len(saved(window).criteria) == 4


def test_tab_walks_across_the_criteria_like_a_spreadsheet(window, qtbot, qtlog):
    panel = window.kits.call
    panel.add()
    editor = QApplication.focusWidget()
    assert panel.view.currentIndex().row() == 5 and editor.text() == "Nouveau critère"
    editor.selectAll()
    type_text(editor, "Coopération avec les acteurs locaux")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert panel.view.currentIndex() == panel.model.index(5, CriteriaModel.POINTS)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "4")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    type_text(editor, "Le projet s'appuie-t-il sur d'autres structures ?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    added = saved(window).criteria[5]
    assert (added.label, added.points, added.description) == (
        "Coopération avec les acteurs locaux", 4, "Le projet s'appuie-t-il sur d'autres structures ?")
    assert panel.total.text() == "Total\u00a0: 24 points"
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_the_criteria_model_refuses_what_is_not_a_criterion(qtmodeltester):
    edited = []
    model = CriteriaModel(lambda position, c: edited.append((position, c)))
    model.set_criteria(DEFAULT_CRITERIA)
    qtmodeltester.check(model)
    assert not model.setData(model.index(0, CriteriaModel.LABEL), "   ")
    assert not model.setData(model.index(0, CriteriaModel.POINTS), "0")
    assert not model.setData(model.index(0, CriteriaModel.POINTS), "beaucoup")
    assert model.setData(model.index(0, CriteriaModel.POINTS), 7)
    assert edited == [(0, DEFAULT_CRITERIA[0].__class__(DEFAULT_CRITERIA[0].label, 7,
                                                        DEFAULT_CRITERIA[0].description))]


def test_the_tab_as_it_looks(window, tmp_path):
    window.resize(1024, 600)
    panel = window.kits.call
    QApplication.processEvents()
    assert panel.isVisible()
    window.grab().save(str(tmp_path / "call-tab.png"))
    assert (tmp_path / "call-tab.png").stat().st_size > 0
