"""The kit builder driven through real widgets: compose, reorder, edit the outline, undo, roster, persistence."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop import paths
from desktop.domain.kit import Participant, new_uid
from desktop.domain.kit_factory import blank_kit, kit_from_template
from desktop.storage.kits import KitRepository
from desktop.ui.dialogs.new_kit import NewKitDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.kits import (
    KIT_WORKSHOP_MIME, LIBRARY_MIME, KitListModel, KitWorkshopModel, MaterialsModel, ParticipantModel, SegmentModel,
)
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot, store, french):
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    win.pages.setCurrentWidget(win.kits)
    return win


@pytest.fixture
def otp(window):
    """A kit made from « Outille ton projet », selected."""
    library = {w.id: w for w in window.catalogue.workshops()}
    kit = kit_from_template(window.catalogue.template_by_name("outille ton projet"), library, "Outille — Sarras")
    assert window.controller.create(kit, "créer")
    window.kits.refresh()
    window.kits.select(kit.uid)
    assert window.controller.kit.uid == kit.uid
    return kit


def saved(window):
    return KitRepository(window.db).load(window.controller.kit.uid)


def titles(window):
    return [kw.workshop.title for kw in window.controller.kit.workshops]


def test_new_kit_dialog_from_template(window, qtbot, monkeypatch):
    def run(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData("mayidess"))
        assert dialog.name.text() == "May'IDÉSS"
        dialog.name.setText("May'IDÉSS 2027")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewKitDialog, "exec", run)
    window.new_kit_action.trigger()
    kit = window.controller.kit
    assert kit.name == "May'IDÉSS 2027" and len(kit.workshops) == 11 and kit.departement == "Mayenne"
    assert window.kits.list_model.rowCount() == 1
    assert window.kits.tabs.currentWidget() is window.kits.workshops


def test_new_kit_dialog_refuses_an_empty_name(window, qtbot):
    dialog = NewKitDialog(window.catalogue, window)
    qtbot.addWidget(dialog)
    dialog.blank.setChecked(True)
    dialog.name.setText("   ")
    dialog.accept()
    assert dialog.kit() is None and dialog.error.text()


def test_the_library_drags_what_it_shows_sorted_and_filtered(window, otp, qtbot):
    """The kit editor's library (a long list: sort keys computed once) drags the workshops of the rows shown, in
    their order, whatever the sort and the filter."""
    panel = window.kits.workshops
    proxy = panel.library_proxy
    titles = [proxy.object_at(r).title for r in range(proxy.rowCount())]
    from desktop.domain.text import sort_key

    assert titles == sorted(titles, key=sort_key)
    panel.library.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert proxy.object_at(0).title == titles[-1]
    panel.filter.setText("visite apprenante")
    shown = [proxy.object_at(r) for r in range(proxy.rowCount())]
    found = window.catalogue.search("visite apprenante")["workshop"]
    assert shown and {w.id for w in shown} == found & {proxy.sourceModel().row_at(r).id
                                                       for r in range(proxy.sourceModel().rowCount())}
    assert [w.title for w in shown] == sorted((w.title for w in shown), key=sort_key, reverse=True)
    assert proxy.flags(proxy.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    data = proxy.mimeData([proxy.index(r, 0) for r in range(proxy.rowCount())])
    assert json.loads(bytes(data.data(LIBRARY_MIME)).decode()) == [w.id for w in shown]
    panel.filter.setText("")
    assert proxy.rowCount() == len(titles)


def test_add_by_double_click_button_and_drop_then_undo(window, otp, qtbot):
    panel = window.kits.workshops
    panel.filter.setText("visite apprenante")
    assert panel.library_proxy.rowCount() >= 1
    first = panel.library_proxy.index(0, 0)
    panel.library.setCurrentIndex(first)
    panel.add_button.click()
    assert len(window.controller.kit.workshops) == 5
    # drop a library workshop at row 0 through the model (offscreen, a real QDrag never starts)
    data = QMimeData()
    data.setData(LIBRARY_MIME, json.dumps(["reunion-information"]).encode())
    assert panel.kit_model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, panel.kit_model.index(-1, -1))
    assert window.controller.kit.workshops[0].workshop.id == "reunion-information"
    assert saved(window) == window.controller.kit
    window.undo_action.trigger()
    assert len(window.controller.kit.workshops) == 5
    window.undo_action.trigger()
    assert len(window.controller.kit.workshops) == 4
    assert saved(window) == window.controller.kit
    window.redo_action.trigger()
    assert len(saved(window).workshops) == 5


def test_reorder_by_keyboard_and_by_drop(window, otp, qtbot):
    panel = window.kits.workshops
    before = titles(window)
    panel.kit_view.setFocus()
    panel.kit_view.setCurrentIndex(panel.kit_model.index(0, 0))
    qtbot.keyClick(panel.kit_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(window) == [before[1], before[0], *before[2:]]
    assert panel.kit_view.currentIndex().row() == 1
    uid = window.controller.kit.workshops[3].uid
    data = QMimeData()
    data.setData(KIT_WORKSHOP_MIME, json.dumps([uid]).encode())
    panel.kit_model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, panel.kit_model.index(-1, -1))
    assert window.controller.kit.workshops[0].uid == uid
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert titles(window) == before


def test_copy_in_kit_leaves_the_library_untouched(window, otp, qtbot):
    panel = window.kits.workshops
    panel.kit_view.setCurrentIndex(panel.kit_model.index(0, 0))
    panel.editor.title.setText("Charte sociale, version rurale")
    panel.editor.title.editingFinished.emit()
    assert titles(window)[0] == "Charte sociale, version rurale"
    assert window.catalogue.workshop("otp-charte-sociale").title != "Charte sociale, version rurale"
    panel.save_to_library.click()
    mine = window.catalogue.user_workshops()
    assert [w.title for w in mine] == ["Charte sociale, version rurale"] and mine[0].origin == "user"
    assert panel.library_model.find_row(lambda w: w.id == mine[0].id) >= 0


def test_outline_must_add_up_with_a_visible_warning(window, otp, qtbot):
    panel = window.kits.workshops
    panel.kit_view.setCurrentIndex(panel.kit_model.index(0, 0))
    editor = panel.editor
    assert editor.warning.text() == ""
    index = editor.segments.index(0, SegmentModel.MINUTES)
    old = index.data(Qt.ItemDataRole.EditRole)
    assert editor.segments.setData(index, old + 10)
    assert "10 min de plus" in editor.warning.text()
    assert panel.kit_model.index(0, KitWorkshopModel.OUTLINE).data() == "10 min de trop"
    editor.fill_segment.click()
    assert editor.warning.text() == ""
    assert not editor.segments.setData(editor.segments.index(0, SegmentModel.MINUTES), 0)
    editor.duration.setValue(240)
    editor.duration.editingFinished.emit()
    assert "il manque 60 min" in editor.warning.text()


def test_new_workshop_from_scratch(window, otp, qtbot):
    panel = window.kits.workshops
    panel.new_button.click()
    kit = window.controller.kit
    assert kit.workshops[-1].workshop.id == "" and kit.workshops[-1].workshop.outline_minutes == 180


def test_kit_name_cannot_be_emptied(window, otp, qtbot):
    general = window.kits.general
    general.name.setText("")
    general.name.editingFinished.emit()
    assert window.controller.kit.name == "Outille — Sarras" and general.name.text() == "Outille — Sarras"
    general.name.setText("Outille ton projet — Tournon")
    general.name.editingFinished.emit()
    assert saved(window).name == "Outille ton projet — Tournon"
    assert window.kits.list_model.row_at(0).name == "Outille ton projet — Tournon"


def test_the_roster_count_has_french_plural_forms(window, otp, qtbot):
    roster = window.kits.participants
    roster.entry.fields["last_name"].setText("Personne 1")
    roster.entry.add_button.click()
    assert roster.capacity.text().startswith("1 participant inscrit pour")
    roster.entry.fields["last_name"].setText("Personne 2")
    roster.entry.add_button.click()
    assert roster.capacity.text().startswith("2 participants inscrits pour")


def test_roster_edit_in_place_capacity_warning_and_undo(window, otp, qtbot):
    roster = window.kits.participants
    for i in range(11):  # the quick-entry line, Ajouter
        roster.entry.fields["last_name"].setText(f"Personne {i + 1}")
        roster.entry.add_button.click()
    kit = window.controller.kit
    assert len(kit.participants) == 11 and kit.capacity == 10
    assert "dépassée de 1" in roster.capacity.text()
    index = roster.model.index(0, ParticipantModel.LAST)
    assert not roster.model.setData(index, "   ")  # a participant needs a last name
    assert roster.model.setData(index, "Dupré")
    assert window.controller.kit.participants[0].last_name == "Dupré"
    roster.view.selectRow(roster.proxy.mapFromSource(roster.model.index(0, 0)).row())
    roster.remove_button.click()
    assert len(window.controller.kit.participants) == 10
    window.undo_action.trigger()
    assert window.controller.kit.participants[0].last_name == "Dupré"


def test_copy_emails(window, otp, qtbot, qapp):
    kit = window.controller.kit
    from desktop.domain.kit_edit import add_participants

    window.controller.apply(add_participants(kit, [
        Participant(new_uid(), "Dupré", "Élodie", email="elodie@example.org"),
        Participant(new_uid(), "Sans", "Courriel")]), "ajout")
    window.kits.participants.emails_button.click()
    text = qapp.clipboard().text()
    assert "elodie@example.org" in text and "Sans" not in text


def test_delete_kit_is_undoable(window, otp, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.kits.delete_button.click()
    assert window.controller.kit is None and window.kits.list_model.rowCount() == 0
    assert KitRepository(window.db).list() == []
    window.undo_action.trigger()
    assert [k.uid for k in KitRepository(window.db).list()] == [otp.uid]
    assert len(KitRepository(window.db).load(otp.uid).workshops) == 4


def test_summary_totals_and_materials(window, otp):
    summary = window.kits.summary
    assert "4 séances" in summary.totals.text() and "12" in summary.totals.text()
    assert summary.materials.rowCount() >= 1


def test_archive_moves_the_kit_to_the_archived_list(window, otp):
    window.kits.general.archived.setChecked(True)
    assert saved(window).archived
    window.kits.show_which.setCurrentIndex(window.kits.ACTIVE)
    assert window.kits.proxy.rowCount() == 0
    window.kits.show_which.setCurrentIndex(window.kits.ARCHIVED)
    assert window.kits.proxy.rowCount() == 1


def test_models(qtmodeltester, window, otp):
    kit = window.controller.kit
    for model in (KitListModel(), KitWorkshopModel(), SegmentModel(), ParticipantModel(), MaterialsModel()):
        qtmodeltester.check(model)
    lm = KitListModel()
    lm.set_rows([kit, blank_kit("Vide")])
    qtmodeltester.check(lm)
    wm = KitWorkshopModel()
    wm.set_rows(list(kit.workshops))
    qtmodeltester.check(wm)
    sm = SegmentModel()
    sm.set_rows(list(kit.workshops[0].workshop.segments))
    qtmodeltester.check(sm)
    pm = ParticipantModel()
    pm.set_rows([Participant(new_uid(), "Dupré", "Élodie")])
    qtmodeltester.check(pm)


def test_a_workshop_saved_to_the_library_shows_in_the_catalogue_at_once(window, otp, qtbot):
    panel = window.kits.workshops
    panel.kit_view.setCurrentIndex(panel.kit_model.index(0, 0))
    bundled = window.browser.workshops.visible_count()
    messages = []
    window.kits.status_message.connect(lambda text, ms: messages.append(text))
    panel.save_current_to_library()
    assert window.browser.workshops.visible_count() == bundled + 1
    assert "bibliothèque" in window.statusBar().currentMessage() and messages
    assert panel.library_model.rowCount() == bundled + 1
    window.undo_action.trigger()
    assert window.browser.workshops.visible_count() == bundled
    assert panel.library_model.rowCount() == bundled
