"""Times typed as people type them: the parser, and typing over the focused time field of each dialog."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.kit import Attendance, HalfDay, Presence
from desktop.domain.time_input import TimeInputError, parse_time
from desktop.ui.dialogs.late_dialog import LateDialog
from desktop.ui.dialogs.plan_dialog import PlanDialog
from desktop.ui.dialogs.session_dialog import SessionDialog
from desktop.ui.widgets.time_field import TimeField
from test_live_ui import live, workspace  # noqa: F401 (the live windows fixture)
from test_sessions_ui import make_kit, plan, window  # noqa: F401 (the window fixture)


@pytest.mark.parametrize("text, expected", [
    ("9h30", time(9, 30)), ("9 h 30", time(9, 30)), ("9:30", time(9, 30)), ("930", time(9, 30)),
    ("0930", time(9, 30)), ("9H30", time(9, 30)), ("9.30", time(9, 30)), ("14h", time(14)), ("14 h", time(14)),
    ("14", time(14)), ("7", time(7)), ("  13h45 ", time(13, 45)), ("00h00", time(0)), ("23:59", time(23, 59)),
])
def test_times_read_hours_then_minutes(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text, reason", [
    ("", "empty"), ("  ", "empty"), ("24h", "hour"), ("2530", "hour"), ("9h75", "minute"), ("960", "minute"),
    ("9h3", "format"), ("midi", "format"), ("12345", "format"), ("h30", "format"), ("9:30:00", "format"),
])
def test_impossible_times_are_refused_with_a_reason(text, reason):
    with pytest.raises(TimeInputError) as caught:
        parse_time(text)
    assert caught.value.reason == reason


def type_over(qtbot, field: TimeField, text: str) -> None:
    """Give *field* the focus as a click or Tab would, wait for its text to be selected, and type *text*."""
    window = field.window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if field.hasFocus():  # coming back to it, as after a click elsewhere
        field.clearFocus()
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus() and field.selectedText() == field.text())
    qtbot.keyClicks(field, text)


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_typing_over_the_plan_dialogs_time(window, qtbot):
    kit = make_kit(window, "Horaires")
    dialog = PlanDialog(kit, None, [], [], set(), date(2027, 3, 1), window)
    qtbot.addWidget(dialog)
    assert dialog.time.text() == "09:00"
    type_over(qtbot, dialog.time, "930")
    assert dialog.time.text() == "930" and dialog.time.time() == QTime(9, 30)
    assert ok_button(dialog).isEnabled() and not dialog.error.text()
    qtbot.keyClick(dialog.time, Qt.Key.Key_Tab)  # done: shown as the clock says it
    assert dialog.time.text() == "09:30"
    type_over(qtbot, dialog.time, "9h75")
    assert not ok_button(dialog).isEnabled() and "minutes" in dialog.error.text()
    assert "#a4161a" in dialog.time.styleSheet()
    dialog.accept()
    assert dialog.result_plan() is None
    type_over(qtbot, dialog.time, "14h")
    assert ok_button(dialog).isEnabled() and not dialog.error.text() and not dialog.time.styleSheet()
    dialog.accept()
    assert {s.start for s in dialog.result_plan().sessions} == {time(14)}


def test_typing_over_the_session_dialogs_times(window, qtbot, monkeypatch):
    make_kit(window, "Séance")
    plan(window, monkeypatch)
    dialog = SessionDialog(window.controller.kit.sessions[0], "Atelier", [], [], window)
    qtbot.addWidget(dialog)
    type_over(qtbot, dialog.start, "9 h 15")
    type_over(qtbot, dialog.end, "12:45")
    assert ok_button(dialog).isEnabled()
    type_over(qtbot, dialog.end, "25h")
    assert not ok_button(dialog).isEnabled() and "de 0 à 23" in dialog.error.text()
    type_over(qtbot, dialog.end, "1245")
    dialog.lunch.setChecked(True)
    type_over(qtbot, dialog.lunch_start, "12")
    type_over(qtbot, dialog.lunch_end, "12h3")
    assert not ok_button(dialog).isEnabled() and "non reconnue" in dialog.error.text()
    type_over(qtbot, dialog.lunch_end, "12h30")
    dialog.accept()
    assert dialog.result() == SessionDialog.DialogCode.Accepted
    got = dialog.session()
    assert (got.start, got.end, got.lunch_start, got.lunch_end) == (time(9, 15), time(12, 45), time(12), time(12, 30))


def test_typing_over_the_late_dialogs_times(qtbot, french):
    record = Attendance("s", "p", HalfDay.MORNING, Presence.PRESENT, arrival=time(9, 45))
    dialog = LateDialog("DUPRÉ Élodie — matin", (time(9, 30), time(12, 30)), record)
    qtbot.addWidget(dialog)
    assert dialog.arrival.text() == "09:45" and not dialog.departure.isEnabled()
    type_over(qtbot, dialog.arrival, "8h")  # before the half-day
    assert not ok_button(dialog).isEnabled() and dialog.error.text() == "Tapez une heure entre 9\u00a0h\u00a030 et 12\u00a0h\u00a030."
    type_over(qtbot, dialog.arrival, "10h15")
    dialog.departure_box.setChecked(True)
    type_over(qtbot, dialog.departure, "1150")
    assert ok_button(dialog).isEnabled() and dialog.error.isHidden()
    assert dialog.times() == (time(10, 15), time(11, 50))


def test_typing_over_the_roll_calls_arrival(live, qtbot, workspace):  # noqa: F811
    roll = live.facilitator.roll_call
    kit = workspace.kit(live.live.kit_uid)
    lea = kit.participants[2]
    live.clock.advance(20 * 60)
    roll.rows[lea.uid].late.click()
    edit = roll.rows[lea.uid].arrived
    type_over(qtbot, edit, "9h1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # not a time: nothing recorded, the field says why
    assert "#a4161a" in edit.styleSheet() and "non reconnue" in edit.toolTip()
    assert {a.participant_uid: a for a in workspace.kit(kit.uid).attendances}[lea.uid].arrival == time(9, 20)
    type_over(qtbot, edit, "910")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert {a.participant_uid: a for a in workspace.kit(kit.uid).attendances}[lea.uid].arrival == time(9, 10)
    assert edit.text() == "09:10"
