"""Schedule a kit's sessions automatically from a start date, around weekends, holidays and blackout dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListView,
    QTimeEdit, QVBoxLayout,
)

from desktop.domain import dates
from desktop.domain.catalogue import KitTemplate
from desktop.domain.errors import ValidationError
from desktop.domain.kit import Facilitator, Kit, Venue
from desktop.scheduling.autoschedule import Cadence, PlanResult, plan_sessions
from desktop.scheduling.holidays_fr import school_zone, zone_note
from desktop.ui.dialogs.session_dialog import checked_uids, facilitator_checklist, from_qdate, from_qtime

WEEKDAY_KEYS = range(5)


class PlanDialog(QDialog):
    """Options of the automatic schedule; ``result()`` gives the proposed sessions after ``exec()``."""

    def __init__(self, kit: Kit, template: KitTemplate | None, venues: list[Venue], facilitators: list[Facilitator],
                 blackouts: set[date], today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planifier les séances — %1").replace("%1", kit.name))
        self.kit, self.template, self.blackouts = kit, template, blackouts
        self._result: PlanResult | None = None
        today = today or date.today()
        self.start = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.cadence = QComboBox(self)
        spacing = template.spacing_days if template else 7
        self.cadence.addItem(self.tr("Espacement du modèle (%1 jours)").replace("%1", str(spacing)), spacing)
        self.cadence.addItem(self.tr("Chaque semaine"), "1w")
        self.cadence.addItem(self.tr("Toutes les deux semaines"), "2w")
        self.cadence.addItem(self.tr("Chaque mois"), "1m")
        self.days = {i: QCheckBox(dates.WEEKDAYS[i], self) for i in WEEKDAY_KEYS}
        usual = template.usual_start if template else "09:00"
        hh, mm = (int(x) for x in usual.split(":"))
        self.time = QTimeEdit(QTime(hh, mm), self)
        self.time.setDisplayFormat("HH:mm")
        self.venue = QComboBox(self)
        self.venue.addItem(self.tr("(lieu à définir)"), "")
        for v in venues:
            self.venue.addItem(f"{v.name} — {v.commune}" if v.commune else v.name, v.uid)
        self.facilitators = facilitator_checklist(facilitators, set(kit.facilitator_uids), self)
        people = QListView(self)
        people.setModel(self.facilitators)
        people.setMaximumHeight(100)
        own_zone = school_zone(kit.departement)
        self.zone = QComboBox(self)
        self.zone.addItem(self.tr("Ne pas tenir compte des vacances scolaires"), None)
        for z in ("A", "B", "C"):
            label = self.tr("Éviter les vacances scolaires de la zone %1").replace("%1", z)
            if z == own_zone:
                label += self.tr(" (celle du département)")
            self.zone.addItem(label, z)
        if own_zone:
            self.zone.setCurrentIndex(self.zone.findData(own_zone))
        note = zone_note(kit.departement)
        self.note = QLabel(note or "", self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a4161a;")
        self.error.setWordWrap(True)
        weekdays = QHBoxLayout()
        for box in self.days.values():
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Première séance le ou après le :"), self.start)
        form.addRow(self.tr("&Rythme :"), self.cadence)
        form.addRow(self.tr("Jours possibles :"), weekdays)
        form.addRow(self.tr("&Heure de début :"), self.time)
        form.addRow(self.tr("&Lieu :"), self.venue)
        form.addRow(self.tr("Intervenants :"), people)
        form.addRow(self.tr("&Vacances scolaires :"), self.zone)
        explain = QLabel(self.tr("Les week-ends, les jours fériés et vos dates à éviter (%1) sont toujours écartés. "
                                 "Les ateliers d'une journée ont lieu le matin et l'après-midi, avec une pause "
                                 "déjeuner.").replace("%1", str(len(blackouts))), self)
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Planifier"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def every(self) -> Cadence:
        value = self.cadence.currentData()
        return {"1w": Cadence.weekly(), "2w": Cadence.fortnightly(), "1m": Cadence.monthly()}.get(
            value, Cadence.every_days(int(value)) if isinstance(value, int) else Cadence.weekly())

    def accept(self) -> None:
        try:
            self._result = plan_sessions(
                self.kit.workshops, from_qdate(self.start.date()), every=self.every(),
                weekdays={i for i, box in self.days.items() if box.isChecked()},
                start_time=from_qtime(self.time.time()), departement=self.kit.departement,
                zone=self.zone.currentData(), blackout=self.blackouts, venue_uid=self.venue.currentData() or "",
                facilitator_uids=checked_uids(self.facilitators), template=self.template)
        except ValidationError as exc:
            self.error.setText(self.tr("Ces réglages ne permettent pas de planifier (%1).").replace("%1", exc.field))
            return
        super().accept()

    def result_plan(self) -> PlanResult | None:
        return self._result


