"""A date field that takes dates as people type them, over whatever it holds, and says which day it understood.

Typing replaces the whole text once the field has focus (no section of a ``QDateEdit`` to overwrite by halves);
``domain.date_input.parse_date`` reads it; below the field, the day understood (« mardi 11 janvier 2027 ») or,
in red, why the text is not a date. A calendar button picks a day with the mouse.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget, QWidgetAction,
)

from desktop.ui import dates
from desktop.domain.date_input import DateInputError, parse_date

ERROR_STYLE = "color: #a4161a;"
ERROR_FRAME = "QLineEdit { border: 2px solid #a4161a; color: #a4161a; }"


class SelectingLineEdit(QLineEdit):
    """Selects all its text when it gets focus, so what is typed replaces it."""

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # not after the field is gone


class DateField(QWidget):
    """A typed date with its reading underneath.

    Signals:
        date_changed(object): the date now understood, or None when the text is not a date.
    """

    date_changed = Signal(object)

    def __init__(self, day: date | None = None, parent=None, *, today: date | None = None,
                 empty_text: str = "") -> None:
        """*empty_text*, when given, makes the date optional: an empty field is no date, said in those words."""
        super().__init__(parent)
        self._today = today
        self._empty_text = empty_text
        self._date: date | None = None
        self._build()
        self._lay_out()
        self._connect()
        self.set_date(day)

    def _build(self) -> None:
        self.edit = SelectingLineEdit(self)
        self.edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.edit.setToolTip(self.tr("Tapez la date comme vous l'écrivez : 11/01/2027, 11/1/27 ou 11 janvier 2027."))
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choisir dans le calendrier"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar_button.setMenu(menu)
        self.reading = QLabel(self)
        self.reading.setObjectName("dateReading")
        self.reading.setWordWrap(True)
        self.setFocusProxy(self.edit)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reading)

    def _connect(self) -> None:
        self.edit.textChanged.connect(self._read)
        self.calendar.clicked.connect(self._picked)

    # -- value -------------------------------------------------------------------------------------------------
    def date(self) -> date | None:
        """The date understood, None while the text is not a date."""
        return self._date

    def is_valid(self) -> bool:
        return self._date is not None or self.is_empty_allowed()

    def is_empty_allowed(self) -> bool:
        """The date is optional and the field is empty."""
        return bool(self._empty_text) and not self.edit.text().strip()

    def set_date(self, day: date | None) -> None:
        self.edit.setText(dates.short_date(day) if day else "")
        self._read()

    def error_text(self) -> str:
        """Why the text is not a date ("" when it is one)."""
        return "" if self.is_valid() else self.reading.text()

    # -- reading -----------------------------------------------------------------------------------------------
    def _read(self) -> None:
        try:
            day = parse_date(self.edit.text(), self._today)
        except DateInputError as exc:
            day = None
            self.reading.setText(self._message(exc.reason))
        else:
            self.reading.setText(dates.long_date(day))
        if self.is_empty_allowed():
            self.reading.setText(self._empty_text)
        invalid = day is None and not self.is_empty_allowed()
        self.reading.setStyleSheet(ERROR_STYLE if invalid else "color: palette(mid);")
        self.edit.setStyleSheet(ERROR_FRAME if invalid else "")
        if day:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        if day != self._date:
            self._date = day
            self.date_changed.emit(day)

    def _message(self, reason: str) -> str:
        if reason == "empty":
            return self.tr("Tapez une date, par exemple 11/01/2027.")
        if reason == "month":
            return self.tr("Ce mois n'existe pas : tapez par exemple 11/01/2027 ou 11 janvier 2027.")
        if reason == "day":
            return self.tr("Ce jour n'existe pas dans ce mois.")
        return self.tr("Date non reconnue : tapez le jour, le mois et l'année, par exemple 11/01/2027.")

    def _picked(self, q: QDate) -> None:
        self.set_date(date(q.year(), q.month(), q.day()))
        self.calendar_button.menu().close()
        self.edit.setFocus()
