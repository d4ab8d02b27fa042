"""Dialogs remember their last choices (window-state settings): the plan dialog's weekdays, time, venue and
facilitators; the print dialog's documents and folder."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop import paths
from desktop.domain.kit import Facilitator, Venue, new_uid
from desktop.domain.kit_factory import kit_from_template
from desktop.ui.dialog_memory import recall, remember
from desktop.ui.dialogs.plan_dialog import PlanDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


def test_recall_survives_a_damaged_state_file(tmp_path):
    settings = Settings(tmp_path)
    assert recall(settings, "plan") == {} and recall(None, "plan") == {}
    remember(settings, "plan", {"time": "14:00"})
    assert recall(Settings(tmp_path), "plan") == {"time": "14:00"}
    settings.set_state("dialogs/plan", QByteArray(b"\xff{not json"))
    assert recall(settings, "plan") == {}


def test_the_plan_and_print_dialogs_remember_their_choices(qtbot, store, french, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    settings = Settings(paths.user_data_dir())
    window = MainWindow(Workspace(store), settings, "fr")
    qtbot.addWidget(window)
    venue, person = Venue(new_uid(), "Mairie", commune="Andance"), Facilitator(new_uid(), "Camille Martin")
    window.workspace.save_venue(venue)
    window.workspace.save_venue(Venue(new_uid(), "Grange"))
    window.workspace.save_facilitator(person)
    library = {w.id: w for w in window.catalogue.workshops()}
    template = window.catalogue.template_by_name("outille ton projet")
    for name in ("Premier", "Second"):
        kit = kit_from_template(template, library, name)
        window.controller.create(kit, "créer")
    window.kits.refresh()
    seen = []

    def first(dialog):
        seen.append(dialog.choices())
        dialog.start.set_date(date(2027, 3, 1))
        dialog.days[1].setChecked(True)
        dialog.time.setTime(QTime(14, 0))
        dialog.venue.setCurrentIndex(dialog.venue.findData(venue.uid))
        dialog.facilitators.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanDialog, "exec", first)
    kits = sorted(window.workspace.kits(), key=lambda k: k.name)
    window.kits.select(kits[0].uid)
    assert window.kits.sessions.plan()
    assert person.uid in window.controller.kit.facilitator_uids  # the facilitator joined the kit

    def second(dialog):
        seen.append(dialog.choices())
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PlanDialog, "exec", second)
    window.kits.select(kits[1].uid)
    window.kits.sessions.plan()
    assert seen[1] == {"weekdays": [1], "time": "14:00", "venue": venue.uid, "facilitators": [person.uid]}
    assert seen[0] != seen[1]

    monkeypatch.setattr("desktop.ui.dialogs.print_choices.documents_dir", lambda: tmp_path)
    dialog = window.print_kit()
    qtbot.addWidget(dialog)
    dialog.set_documents(["programme"])
    dialog.folder.setText(str(tmp_path / "dossiers" / "Second"))
    dialog.generate()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=60_000)
    dialog.close()
    again = window.print_kit()
    qtbot.addWidget(again)
    assert again.chosen_documents() == ["programme"]
    assert again.output_folder().parent == tmp_path / "dossiers"
    again.close()
