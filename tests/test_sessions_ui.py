"""Sessions in the kit editor: automatic planning, editing with shift, alerts, venues and facilitators, .ics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from icalendar import Calendar
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop import paths
from desktop.domain.kit import Facilitator, Venue, new_uid
from desktop.domain.kit_factory import kit_from_template
from desktop.scheduling.holidays_fr import public_holiday
from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository
from desktop.ui.dialogs.places_dialog import PlacesDialog
from desktop.ui.dialogs.plan_dialog import PlanDialog
from desktop.ui.dialogs.session_dialog import SessionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.schedule_rows import BlackoutModel, FacilitatorModel, SessionModel, VenueModel
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot, store, french, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    return win


def make_kit(window, name, departement="Ardèche"):
    library = {w.id: w for w in window.catalogue.workshops()}
    kit = kit_from_template(window.catalogue.template_by_name("outille ton projet"), library, name)
    kit = replace(kit, departement=departement)
    assert window.controller.create(kit, "créer")
    window.kits.refresh()
    window.kits.select(kit.uid)
    return kit


def plan(window, monkeypatch, start=date(2027, 4, 1), venue_uid="", facilitator_uid=""):
    def run(dialog):
        dialog.start.set_date(start)
        dialog.time.setTime(QTime(9, 30))
        if venue_uid:
            dialog.venue.setCurrentIndex(dialog.venue.findData(venue_uid))
        for r in range(dialog.facilitators.rowCount()):
            item = dialog.facilitators.item(r)
            if item.data(256) == facilitator_uid:
                from PySide6.QtCore import Qt

                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanDialog, "exec", run)
    assert window.kits.sessions.plan()


def test_planning_avoids_weekends_and_holidays(window, monkeypatch):
    make_kit(window, "Outille — Annonay")
    plan(window, monkeypatch, start=date(2027, 4, 28))
    kit = KitRepository(window.db).load(window.controller.kit.uid)
    assert len(kit.sessions) == 4
    for s in kit.sessions:
        assert s.day.weekday() < 5 and public_holiday(s.day, "Ardèche") is None
        assert s.start == time(9, 30)
    days = [s.day for s in kit.sessions]
    assert days == sorted(days) and all((b - a).days >= 7 for a, b in zip(days, days[1:]))
    panel = window.kits.sessions
    assert panel.model.rowCount() == 4
    assert panel.model.index(0, SessionModel.DATE).data().startswith(("lundi", "mardi", "mercredi", "jeudi",
                                                                      "vendredi"))
    window.undo_action.trigger()
    assert KitRepository(window.db).load(kit.uid).sessions == ()


def test_double_booked_facilitator_is_shown_on_the_session(window, monkeypatch):
    person = Facilitator(new_uid(), "Camille Martin")
    hall = Venue(new_uid(), "Salle des fêtes", commune="Sarras", capacity=20)
    window.schedule.save_facilitator(person)
    window.schedule.save_venue(hall)
    make_kit(window, "Kit A")
    plan(window, monkeypatch, venue_uid=hall.uid, facilitator_uid=person.uid)
    make_kit(window, "Kit B")
    plan(window, monkeypatch, venue_uid=hall.uid, facilitator_uid=person.uid)
    panel = window.kits.sessions
    first = panel.model.row_at(0)
    assert first.has_error and any("Camille Martin" in m for m in first.conflicts)
    panel.view.selectRow(0)
    assert "Camille Martin" in panel.alerts.text()


def test_edit_a_session_and_shift_the_following(window, monkeypatch):
    make_kit(window, "Outille — Tournon")
    plan(window, monkeypatch)
    kit = window.controller.kit
    first, second = sorted(kit.sessions, key=lambda s: s.day)[:2]

    def run(dialog):
        new_day = date(2027, 4, 13)
        dialog.day.set_date(new_day)
        assert dialog.shift.isEnabled()
        dialog.shift.setChecked(True)
        dialog.end.setTime(QTime(12, 45))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionDialog, "exec", run)
    panel = window.kits.sessions
    panel.select(first.uid)
    panel.edit_current()
    saved = {s.uid: s for s in KitRepository(window.db).load(kit.uid).sessions}
    assert saved[first.uid].day == date(2027, 4, 13) and saved[first.uid].end == time(12, 45)
    assert saved[first.uid].sequence > first.sequence
    assert saved[second.uid].day > second.day


def test_session_dialog_refuses_an_end_before_the_start(window, qtbot, monkeypatch):
    make_kit(window, "K")
    plan(window, monkeypatch)
    s = window.controller.kit.sessions[0]
    dialog = SessionDialog(s, "Atelier", [], [], window)
    qtbot.addWidget(dialog)
    dialog.end.setTime(QTime(8, 0))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()


def test_ics_export_from_the_kit(window, monkeypatch, tmp_path):
    make_kit(window, "Kit ics")
    plan(window, monkeypatch)
    out = tmp_path / "kit.ics"
    assert window.kits.sessions.export_ics(str(out))
    events = [c for c in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert len(events) == 4
    assert {str(e["UID"]) for e in events} == {f"{s.uid}@tresse" for s in window.controller.kit.sessions}


def add_venue(dialog, monkeypatch, name="Nouveau lieu"):
    """« Nouveau lieu » in the places dialog, the form filled with *name* and saved."""
    from desktop.ui.dialogs.venue_form import VenueForm

    def run(form):
        form.name.setText(name)
        form.accept()
        return form.result()

    monkeypatch.setattr(VenueForm, "exec", run)
    dialog.add_venue()


def test_places_dialog_edits_venues_facilitators_and_blackouts(window, qtbot, monkeypatch):
    dialog = PlacesDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    add_venue(dialog, monkeypatch)
    dialog.add_facilitator()
    assert dialog.venues.rowCount() == 1 and dialog.facilitators.rowCount() == 1
    assert dialog.venues.setData(dialog.venues.index(0, VenueModel.NAME), "Tiers-lieu La Grange")
    assert dialog.venues.setData(dialog.venues.index(0, VenueModel.CAPACITY), "25")
    assert not dialog.venues.setData(dialog.venues.index(0, VenueModel.CAPACITY), "beaucoup")
    from PySide6.QtCore import Qt

    assert dialog.venues.setData(dialog.venues.index(0, VenueModel.WIFI), Qt.CheckState.Checked.value,
                                 Qt.ItemDataRole.CheckStateRole)
    venue = VenueRepository(window.db).list()[0]
    assert venue.name == "Tiers-lieu La Grange" and venue.capacity == 25 and venue.wifi
    assert dialog.facilitators.setData(dialog.facilitators.index(0, 0), "Zoé Lambert")
    assert FacilitatorRepository(window.db).list()[0].name == "Zoé Lambert"
    dialog.blackout_day.set_date(date(2027, 5, 7))
    dialog.blackout_label.setText("Pont de l'Ascension")
    dialog.add_blackout()
    assert window.schedule.blackouts() == {date(2027, 5, 7)}
    assert dialog.blackouts.rowCount() == 1


def test_models(qtmodeltester, window, monkeypatch):
    make_kit(window, "Kit modèles")
    plan(window, monkeypatch)
    qtmodeltester.check(window.kits.sessions.model)
    venues = VenueModel()
    venues.set_rows([Venue(new_uid(), "Mairie", capacity=30, step_free=True)])
    qtmodeltester.check(venues)
    people = FacilitatorModel()
    people.set_rows([Facilitator(new_uid(), "Zoé")])
    qtmodeltester.check(people)
    blackouts = BlackoutModel()
    blackouts.set_rows([(date(2027, 5, 7), "Pont")])
    qtmodeltester.check(blackouts)


def test_presences_and_evaluations_grid(window, monkeypatch, qtmodeltester):
    from desktop.domain.kit import Participant, Presence
    from desktop.domain.kit_edit import add_participants

    make_kit(window, "Kit suivi")
    plan(window, monkeypatch)
    window.controller.apply(add_participants(window.controller.kit, [
        Participant(new_uid(), "Dupré", "Élodie"), Participant(new_uid(), "Иванова", "Анна")]), "ajout")
    panel = window.kits.followup
    assert panel.attendance.rowCount() == 2 and panel.attendance.columnCount() == 2  # name + morning
    panel.mark_all_present()
    kit = KitRepository(window.db).load(window.controller.kit.uid)
    session = panel.current_session()
    assert sum(1 for a in kit.attendances if a.session_uid == session.uid) == 2
    assert panel.attendance.setData(panel.attendance.index(0, 1), Presence.EXCUSED.value)
    assert panel.attendance.index(0, 1).data() == "Absent excusé"
    assert not panel.attendance.setData(panel.attendance.index(0, 1), "peut-être")
    assert panel.evaluation.setData(panel.evaluation.index(0, 1), "4")
    assert panel.evaluation.setData(panel.evaluation.index(1, 1), "3")
    assert not panel.evaluation.setData(panel.evaluation.index(1, 2), "7")
    assert panel.evaluation.setData(panel.evaluation.index(1, 5), "Très concret ; merci !")
    assert "3,5" in panel.averages.text()
    panel.mark_held()
    saved = KitRepository(window.db).load(kit.uid)
    assert next(s for s in saved.sessions if s.uid == session.uid).status.value == "held"
    assert len(saved.evaluations) == 2
    qtmodeltester.check(panel.attendance)
    qtmodeltester.check(panel.evaluation)
    window.undo_action.trigger()
    assert next(s for s in KitRepository(window.db).load(kit.uid).sessions if s.uid == session.uid).status.value \
        != "held"


def test_kit_facilitators_and_agendas_per_facilitator_and_participant(window, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt

    from desktop.domain.kit import Participant
    from desktop.domain.kit_edit import add_participants
    from desktop.ui.dialogs.ics_dialog import IcsDialog

    person = Facilitator(new_uid(), "Camille Martin")
    window.schedule.save_facilitator(person)
    make_kit(window, "Kit A")
    general = window.kits.general
    item = general.facilitators.item(0)
    assert item.text() == "Camille Martin"
    item.setCheckState(Qt.CheckState.Checked)
    assert KitRepository(window.db).load(window.controller.kit.uid).facilitator_uids == (person.uid,)
    plan(window, monkeypatch, facilitator_uid=person.uid)
    window.controller.apply(add_participants(window.controller.kit, [Participant(new_uid(), "Dupré", "Élodie")]),
                            "ajout")
    make_kit(window, "Kit B")
    plan(window, monkeypatch, start=date(2027, 9, 1), facilitator_uid=person.uid)
    dialog = IcsDialog(window.schedule, window.controller.kit.uid, window)
    dialog.by_facilitator.setChecked(True)
    out = tmp_path / "camille.ics"
    assert dialog.export(str(out))
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == 8
    dialog.kit.setCurrentIndex(dialog.kit.findText("Kit A"))
    dialog.by_participant.setChecked(True)
    assert dialog.participant.currentText() == "Élodie Dupré"
    assert dialog.export(str(out))
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == 4


def test_choice_delegate_edits_presence_through_a_combo(window, monkeypatch):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.domain.kit import Participant
    from desktop.domain.kit_edit import add_participants

    make_kit(window, "Kit délégué")
    plan(window, monkeypatch)
    window.controller.apply(add_participants(window.controller.kit, [Participant(new_uid(), "Dupré")]), "ajout")
    panel = window.kits.followup
    view = panel.attendance_view
    index = panel.attendance.index(0, 1)
    delegate = view.itemDelegate()
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert [editor.itemText(i) for i in range(editor.count())] == ["—", "Présent", "Absent", "Absent excusé"]
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData("absent"))
    delegate.setModelData(editor, panel.attendance, index)
    kit = KitRepository(window.db).load(window.controller.kit.uid)
    assert [a.presence.value for a in kit.attendances] == ["absent"]
    editor.deleteLater()


def test_venue_and_facilitator_edits_are_undoable(window, qtbot, monkeypatch):
    dialog = PlacesDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    add_venue(dialog, monkeypatch)
    assert dialog.venues.setData(dialog.venues.index(0, VenueModel.NAME), "Mairie de Sarras")
    assert VenueRepository(window.db).list()[0].name == "Mairie de Sarras"
    window.controller.undo_stack.undo()
    assert VenueRepository(window.db).list()[0].name == "Nouveau lieu"
    assert dialog.venues.row_at(0).name == "Nouveau lieu"
    window.controller.undo_stack.undo()
    assert VenueRepository(window.db).list() == [] and dialog.venues.rowCount() == 0
    window.controller.undo_stack.redo()
    window.controller.undo_stack.redo()
    assert VenueRepository(window.db).list()[0].name == "Mairie de Sarras"
