"""A late arrival or an early departure, typed in with the presences: the hours attended count from / until it."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.domain.kit import Attendance
from desktop.ui.widgets.date_field import ERROR_STYLE
from desktop.ui.widgets.time_field import TimeField, time_problem


class LateDialog(QDialog):
    """Asks for an arrival and/or a departure time within a half-day.

    Args:
        who: the person and the half-day, as shown (« DUPONT Marie — matin »).
        span: the half-day's start and end: the times are kept within it.
        record: what is recorded already (its times are shown).
        parent: the parent widget.
    """

    def __init__(self, who: str, span: tuple[time, time], record: Attendance | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lateDialog")
        self.setWindowTitle(self.tr("Retard ou départ anticipé"))
        self.span = span
        self._build(who, record)
        self._lay_out()

    def _edit(self, value: time | None, default: time) -> tuple[QCheckBox, TimeField]:
        box = QCheckBox(self)
        edit = TimeField(parent=self)  # typed as people type times: « 9h30 », « 930 »
        edit.setTimeRange(QTime(self.span[0].hour, self.span[0].minute), QTime(self.span[1].hour, self.span[1].minute))
        shown = value or default
        edit.setTime(QTime(shown.hour, shown.minute))
        box.setChecked(value is not None)
        edit.setEnabled(value is not None)
        box.toggled.connect(edit.setEnabled)
        box.toggled.connect(self._check)
        edit.timeChanged.connect(self._check)
        return box, edit

    def _build(self, who: str, record: Attendance | None) -> None:
        self.who = QLabel(who, self)
        self.arrival_box, self.arrival = self._edit(record.arrival if record else None, self.span[0])
        self.arrival_box.setText(self.tr("Arrivée à"))
        self.departure_box, self.departure = self._edit(record.departure if record else None, self.span[1])
        self.departure_box.setText(self.tr("Départ à"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self._check()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.who)
        form.addRow(self.arrival_box, self.arrival)
        form.addRow(self.departure_box, self.departure)
        form.addRow(QLabel(self.tr("Les heures suivies comptent à partir de l'arrivée et jusqu'au départ."), self))
        form.addRow(self.error)
        form.addRow(self.buttons)

    def _check(self, *args) -> None:
        """A ticked time that cannot be read (or outside the half-day) is said, and cannot be confirmed."""
        if not hasattr(self, "buttons"):  # still being built
            return
        _, problem = time_problem([self.arrival, self.departure])
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if time_problem([self.arrival, self.departure])[0] is None:
            super().accept()

    def times(self) -> tuple[time | None, time | None]:
        """The arrival and the departure chosen (``None`` where unticked)."""
        def value(box: QCheckBox, edit: TimeField) -> time | None:
            return edit.value() if box.isChecked() else None

        return value(self.arrival_box, self.arrival), value(self.departure_box, self.departure)
