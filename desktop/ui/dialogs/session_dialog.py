"""Edit one session: date, times, lunch break, venue, facilitators, status, notes; optionally shift the next ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QTime, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListView,
    QPlainTextEdit, QVBoxLayout,
)

from desktop.domain.kit import Facilitator, Session, SessionStatus, Venue
from desktop.ui.labels import status_label
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.time_field import TimeField, time_problem


def from_qtime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def facilitator_checklist(facilitators: list[Facilitator], checked: set[str], parent) -> QStandardItemModel:
    """A checkable list model of facilitators."""
    model = QStandardItemModel(parent)
    for f in facilitators:
        item = QStandardItem(f.name)
        item.setData(f.uid, Qt.ItemDataRole.UserRole)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.CheckState.Checked if f.uid in checked else Qt.CheckState.Unchecked)
        model.appendRow(item)
    return model


def checked_uids(model: QStandardItemModel) -> tuple[str, ...]:
    return tuple(model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())
                 if model.item(r).checkState() == Qt.CheckState.Checked)


class SessionDialog(QDialog):
    """Edit a session; ``session()`` and ``shift_following()`` give the result after ``exec()``."""

    def __init__(self, session: Session, workshop_title: str, venues: list[Venue], facilitators: list[Facilitator],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Séance — %1").replace("%1", workshop_title))
        self._session = session
        self._build(venues, facilitators)
        self._lay_out()
        self._connect()
        self._lunch_toggled(self.lunch.isChecked())

    def _build(self, venues: list[Venue], facilitators: list[Facilitator]) -> None:
        session = self._session
        self.day = DateField(session.day, self)  # typed as people type dates; the day understood below
        self.start = TimeField(session.start, self)  # typed as people type times: « 9h30 », « 930 »
        self.end = TimeField(session.end, self)
        self.lunch = QCheckBox(self.tr("Pause déjeuner"), self)
        self.lunch_start = TimeField(session.lunch_start or time(12, 30), self)
        self.lunch_end = TimeField(session.lunch_end or time(13, 30), self)
        self.lunch.setChecked(session.lunch_start is not None)
        self.venue = QComboBox(self)
        self.venue.addItem(self.tr("(lieu à définir)"), "")
        for v in venues:
            self.venue.addItem(f"{v.name} — {v.commune}" if v.commune else v.name, v.uid)
        self.venue.setCurrentIndex(max(0, self.venue.findData(session.venue_uid)))
        self.facilitators = facilitator_checklist(facilitators, set(session.facilitator_uids), self)
        self.people = QListView(self)
        self.people.setModel(self.facilitators)
        self.people.setMaximumHeight(110)
        self.status = QComboBox(self)
        for st in SessionStatus:
            self.status.addItem(status_label(st), st.value)
        self.status.setCurrentIndex(self.status.findData(session.status.value))
        self.notes = QPlainTextEdit(session.notes, self)
        self.notes.setFixedHeight(60)
        self.shift = QCheckBox(self.tr("Décaler d'autant les séances suivantes"), self)
        self.shift.setEnabled(False)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a4161a;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _lay_out(self) -> None:
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("à"), self))
        times.addWidget(self.end)
        times.addStretch(1)
        lunch = QHBoxLayout()
        lunch.addWidget(self.lunch)
        lunch.addWidget(self.lunch_start)
        lunch.addWidget(QLabel(self.tr("à"), self))
        lunch.addWidget(self.lunch_end)
        lunch.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Date :"), self.day)
        form.addRow("", self.shift)
        form.addRow(self.tr("Horaires :"), times)
        form.addRow("", lunch)
        form.addRow(self.tr("&Lieu :"), self.venue)
        form.addRow(self.tr("Intervenants :"), self.people)
        form.addRow(self.tr("&Statut :"), self.status)
        form.addRow(self.tr("&Notes :"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.day.date_changed.connect(self._day_changed)
        self.lunch.toggled.connect(self._lunch_toggled)
        for field in self._times():
            field.timeChanged.connect(self._check_times)

    def _times(self) -> list[TimeField]:
        return [self.start, self.end, self.lunch_start, self.lunch_end]

    def _check_times(self, *args) -> None:
        """A time that cannot be read is said at once, and the dialog cannot be confirmed with it."""
        _, problem = time_problem(self._times())
        self.error.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _day_changed(self, day: date | None) -> None:
        self.shift.setEnabled(day is not None and day != self._session.day)

    def _lunch_toggled(self, on: bool) -> None:
        self.lunch_start.setEnabled(on)
        self.lunch_end.setEnabled(on)
        self._check_times()

    def accept(self) -> None:
        if not self.day.is_valid():
            self.error.setText(self.day.error_text())
            self.day.setFocus()
            return
        field, problem = time_problem(self._times())
        if field is not None:
            self.error.setText(problem)
            field.setFocus()
            return
        start, end = from_qtime(self.start.time()), from_qtime(self.end.time())
        if end <= start:
            self.error.setText(self.tr("La séance doit finir après son début."))
            return
        lunch_start = lunch_end = None
        if self.lunch.isChecked():
            lunch_start, lunch_end = from_qtime(self.lunch_start.time()), from_qtime(self.lunch_end.time())
            if not start < lunch_start < lunch_end < end:
                self.error.setText(self.tr("La pause déjeuner doit se tenir pendant la séance."))
                return
        super().accept()

    def session(self) -> Session:
        return replace(
            self._session, day=self.day.date() or self._session.day, start=from_qtime(self.start.time()),
            end=from_qtime(self.end.time()),
            lunch_start=from_qtime(self.lunch_start.time()) if self.lunch.isChecked() else None,
            lunch_end=from_qtime(self.lunch_end.time()) if self.lunch.isChecked() else None,
            venue_uid=self.venue.currentData() or "", facilitator_uids=checked_uids(self.facilitators),
            status=SessionStatus(self.status.currentData()), notes=self.notes.toPlainText().strip())

    def shift_following(self) -> bool:
        return self.shift.isEnabled() and self.shift.isChecked()


