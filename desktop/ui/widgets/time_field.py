"""A time field that takes times as people type them (« 9h30 », « 9:30 », « 930 », « 14h »), over whatever it holds.

What ``QTimeEdit`` does per section (« 930 » typed over « 09:00 » gives a wrong time) is replaced by one line of
text, selected on focus so that typing replaces it, read by ``domain.time_input.parse_time``. A time that cannot
be read, or outside the allowed range, frames the field in red and says why (``error_text()``, the tooltip); the
dialogs refuse to confirm it. Once the editing is done a readable time is shown as « 09:30 ».

The API is ``QTimeEdit``'s where the dialogs use it: ``time()`` (an invalid ``QTime`` while unreadable),
``setTime``, ``setTimeRange``, ``minimumTime``, ``maximumTime``, ``timeChanged``, ``editingFinished``.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.dates import clock
from desktop.domain.time_input import TimeInputError, parse_time
from desktop.ui.widgets.date_field import ERROR_FRAME, SelectingLineEdit


class TimeField(SelectingLineEdit):
    """A typed time (hours and minutes).

    Signals:
        timeChanged(QTime): the time now understood, or an invalid ``QTime`` when the text is not one (emitted
            too when the reason it is not one changes).
    """

    timeChanged = Signal(QTime)

    def __init__(self, value: QTime | time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time: time | None = None
        self._error = ""
        self._range: tuple[time, time] | None = None
        self._build()
        self._connect()
        self.setTime(value if value is not None else QTime(0, 0))

    def _build(self) -> None:
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(12)
        width = self.fontMetrics().horizontalAdvance("00:00") * 2 + 16
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        self._hint = self.tr("Tapez l'heure comme vous l'écrivez : 9h30, 9:30, 930 ou 14h.")
        self.setToolTip(self._hint)

    def _connect(self) -> None:
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._tidy)

    # -- value -------------------------------------------------------------------------------------------------
    def time(self) -> QTime:
        return QTime(self._time.hour, self._time.minute) if self._time is not None else QTime()

    def value(self) -> time | None:
        """The time understood, None while the text is not one."""
        return self._time

    def setTime(self, value: QTime | time) -> None:
        if isinstance(value, QTime):
            value = time(value.hour(), value.minute()) if value.isValid() else None
        self.setText(f"{value:%H:%M}" if value is not None else "")
        self._read()

    def setTimeRange(self, low: QTime, high: QTime) -> None:
        self._range = (time(low.hour(), low.minute()), time(high.hour(), high.minute()))
        self._read()

    def minimumTime(self) -> QTime:
        return QTime(self._range[0].hour, self._range[0].minute) if self._range else QTime(0, 0)

    def maximumTime(self) -> QTime:
        return QTime(self._range[1].hour, self._range[1].minute) if self._range else QTime(23, 59)

    def is_valid(self) -> bool:
        return self._time is not None

    def error_text(self) -> str:
        """Why the text is not an allowed time ("" when it is one)."""
        return self._error

    # -- reading -----------------------------------------------------------------------------------------------
    def _read(self) -> None:
        before = self._error
        try:
            value = parse_time(self.text())
        except TimeInputError as exc:
            value, self._error = None, self._message(exc.reason)
        else:
            self._error = ""
            if self._range is not None and not self._range[0] <= value <= self._range[1]:
                value, self._error = None, self.tr("Tapez une heure entre %1 et %2.").replace(
                    "%1", clock(self._range[0])).replace("%2", clock(self._range[1]))
        self.setStyleSheet(ERROR_FRAME if value is None else "")
        self.setToolTip(self._error or self._hint)
        if value != self._time or self._error != before:
            self._time = value
            self.timeChanged.emit(self.time())

    def _message(self, reason: str) -> str:
        if reason == "empty":
            return self.tr("Tapez une heure, par exemple 9h30.")
        if reason == "hour":
            return self.tr("Cette heure n'existe pas : tapez une heure de 0 à 23, par exemple 14h.")
        if reason == "minute":
            return self.tr("Ces minutes n'existent pas : tapez de 00 à 59, par exemple 9h30.")
        return self.tr("Heure non reconnue : tapez par exemple 9h30, 9:30, 930 ou 14h.")

    def _tidy(self) -> None:
        if self._time is not None:
            text = f"{self._time:%H:%M}"
            if self.text() != text:
                self.setText(text)


def time_problem(fields: list[TimeField]) -> tuple[TimeField | None, str]:
    """The first enabled field whose text is not an allowed time, and why; ``(None, "")`` when all are."""
    for field in fields:
        if field.isEnabled() and not field.is_valid():
            return field, field.error_text()
    return None, ""
