"""Dates typed as people type them: the parser, the field typed over while focused, the plan dialog's span."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.dates import long_date
from desktop.domain.date_input import DateInputError, month_number, parse_date
from desktop.ui.widgets.date_field import DateField

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, expected", [
    ("11/01/2027", date(2027, 1, 11)),
    ("11/1/27", date(2027, 1, 11)),
    ("11-01-2027", date(2027, 1, 11)),
    ("11.01.27", date(2027, 1, 11)),
    ("11012027", date(2027, 1, 11)),
    ("11 janvier 2027", date(2027, 1, 11)),
    ("11 Janv. 2027", date(2027, 1, 11)),
    ("1er février 2027", date(2027, 2, 1)),
    ("mardi 12 janvier 2027", date(2027, 1, 12)),
    ("11 January 2027", date(2027, 1, 11)),
    ("January 11, 2027", date(2027, 1, 11)),
    ("3 aout 27", date(2027, 8, 3)),
    ("25 déc. 2026", date(2026, 12, 25)),
    ("11/01", date(2027, 1, 11)),  # no year: the next such day
    ("  5 / 12  ", date(2026, 12, 5)),
    ("29/02/28", date(2028, 2, 29)),
])
def test_dates_read_day_month_year(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text, reason", [
    ("", "empty"), ("   ", "empty"), ("31/04/2027", "day"), ("29/02/2027", "day"), ("11/13/2027", "month"),
    ("11 brumaire 2027", "month"), ("demain", "format"), ("11/12/00001/2027", "format"), ("2027-01-11", "format"),
    ("0/1/2027", "day"),
])
def test_impossible_dates_are_refused_with_a_reason(text, reason):
    with pytest.raises(DateInputError) as caught:
        parse_date(text, TODAY)
    assert caught.value.reason == reason


def test_month_names_french_and_english_abbreviations():
    assert [month_number(w) for w in ("janv", "Feb", "mars", "avr", "mai", "juin", "juil", "aout", "sept",
                                      "oct", "nov", "DÉC")] == list(range(1, 13))
    assert month_number("ju") is None and month_number("jui") is None and month_number("xyz") is None


def test_typing_over_the_focused_field_replaces_what_it_held(qtbot):
    field = DateField(date(2026, 12, 1), today=TODAY)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(lambda: field.edit.selectedText() == "01/12/2026")  # selected once the focus arrived
    qtbot.keyClicks(field.edit, "11/01/2027")
    assert field.edit.text() == "11/01/2027"
    assert field.date() == date(2027, 1, 11)
    assert field.reading.text() == "lundi 11 janvier 2027"


def test_an_impossible_date_is_shown_in_red_and_gives_no_date(qtbot):
    field = DateField(date(2027, 1, 11), today=TODAY)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.date_changed) as signal:
        field.edit.setText("31/04/2027")
    assert signal.args == [None]
    assert field.date() is None and not field.is_valid()
    assert "n'existe pas" in field.error_text()
    assert "#a4161a" in field.reading.styleSheet() and "#a4161a" in field.edit.styleSheet()
    field.edit.setText("30/04/2027")
    assert field.date() == date(2027, 4, 30) and field.edit.styleSheet() == ""


def test_the_calendar_button_picks_a_day(qtbot):
    field = DateField(date(2027, 1, 11), today=TODAY)
    qtbot.addWidget(field)
    field.calendar.setSelectedDate(field.calendar.selectedDate().addDays(3))
    field.calendar.clicked.emit(field.calendar.selectedDate())
    assert field.date() == date(2027, 1, 14) and field.edit.text() == "14/01/2027"


def test_plan_dialog_shows_first_and_last_dates_and_refuses_an_impossible_one(qtbot, store, french):
    from desktop.domain.kit_factory import kit_from_template
    from desktop.storage.repositories import CatalogueRepository
    from desktop.ui.dialogs.plan_dialog import PlanDialog

    catalogue = CatalogueRepository(store)
    template = catalogue.template_by_name("outille ton projet")
    kit = kit_from_template(template, {w.id: w for w in catalogue.workshops()}, "Outille — Annonay")
    dialog = PlanDialog(kit, template, [], [], set(), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.start.edit.selectedText() == "01/12/2026")
    assert dialog.focusWidget() is dialog.start.edit
    qtbot.keyClicks(dialog.focusWidget(), "11/01/2027")
    span = dialog.span.text()
    assert span.startswith(f"{len(kit.workshops)} séance")
    assert "lundi 11 janvier 2027" in span
    qtbot.keyClicks(dialog.start.edit, "x")
    assert not dialog.ok_button.isEnabled() and dialog.span.text() == ""
    dialog.start.edit.setText("11/01/2027")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    plan = dialog.result_plan()
    assert plan is not None and min(s.day for s in plan.sessions) == date(2027, 1, 11)
    assert f"au {long_date(max(s.day for s in plan.sessions))}" in span


def test_the_session_dialog_and_the_blackout_dates_take_typed_dates(qtbot, store, french):
    from datetime import time

    from desktop.domain.kit import Session, new_uid
    from desktop.ui.dialogs.places_dialog import PlacesDialog
    from desktop.ui.dialogs.session_dialog import SessionDialog
    from desktop.ui.workspace import Workspace

    session = Session(new_uid(), new_uid(), date(2027, 1, 11), time(9), time(12))
    dialog = SessionDialog(session, "Charte sociale", [], [])
    qtbot.addWidget(dialog)
    dialog.day.edit.setText("31/04/2027")
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text() == "Ce jour n'existe pas dans ce mois."
    assert not dialog.shift.isEnabled()
    dialog.day.edit.setText("18 janvier 2027")
    assert dialog.shift.isEnabled()
    dialog.accept()
    assert dialog.result() == 1 and dialog.session().day == date(2027, 1, 18)

    workspace = Workspace(store)
    places = PlacesDialog(workspace)
    qtbot.addWidget(places)
    places.blackout_day.edit.setText("7 mai 27")
    places.add_blackout()
    places.blackout_day.edit.setText("30/02/2027")
    places.add_blackout()
    assert list(workspace.blackouts()) == [date(2027, 5, 7)]
