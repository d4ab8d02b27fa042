"""Schedule a kit's sessions automatically from a start date, around weekends, holidays and blackout dates.

The start date is typed as people type it (:class:`~desktop.ui.widgets.date_field.DateField`); the dialog shows
the first and last dates the plan will produce before « Planifier », and refuses an impossible date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListView, QVBoxLayout,
)

from desktop.ui import dates
from desktop.domain.catalogue import KitTemplate
from desktop.domain.errors import ValidationError
from desktop.domain.kit import Facilitator, Kit, Venue
from desktop.scheduling.autoschedule import Cadence, PlanResult, plan_sessions
from desktop.scheduling.holidays_fr import school_zone, zone_note
from desktop.ui.dialogs.session_dialog import checked_uids, facilitator_checklist, from_qtime
from desktop.ui.widgets.date_field import ERROR_STYLE, DateField
from desktop.ui.widgets.time_field import TimeField
from desktop.ui.wording import words

WEEKDAY_KEYS = range(5)


def venue_text(venue: Venue) -> str:
    return f"{venue.name} — {venue.commune}" if venue.commune else venue.name


class PlanDialog(QDialog):
    """Options of the automatic schedule; ``result_plan()`` gives the proposed sessions after ``exec()``."""

    #: The venue list's last entry: a new venue, typed in a form.
    NEW_VENUE = "new-venue"  # never a uid (uids are UUIDs)

    def __init__(self, kit: Kit, template: KitTemplate | None, venues: list[Venue], facilitators: list[Facilitator],
                 blackouts: set[date], today: date | None = None, parent=None, *,
                 save_venue: Callable[[Venue], bool] | None = None, last: dict | None = None) -> None:
        super().__init__(parent)
        self.save_venue = save_venue
        self.setWindowTitle(self.tr("Planifier les séances — %1").replace("%1", kit.name))
        self.kit, self.template, self.blackouts = kit, template, blackouts
        self._result: PlanResult | None = None
        self._build(venues, facilitators, today or date.today())
        self._restore(last or {})
        self._lay_out()
        self._connect()
        self._preview()
        self.start.setFocus()

    def _build(self, venues: list[Venue], facilitators: list[Facilitator], today: date) -> None:
        template, kit = self.template, self.kit
        self.start = DateField(today, self, today=today)
        self.cadence = QComboBox(self)
        spacing = template.spacing_days if template else 7
        self.cadence.addItem(self.tr("Espacement du modèle (%Ln jours)", "", spacing), spacing)
        self.cadence.addItem(self.tr("Chaque semaine"), "1w")
        self.cadence.addItem(self.tr("Toutes les deux semaines"), "2w")
        self.cadence.addItem(self.tr("Chaque mois"), "1m")
        self.days = {i: QCheckBox(dates.weekday(i), self) for i in WEEKDAY_KEYS}
        usual = template.usual_start if template else "09:00"
        hh, mm = (int(x) for x in usual.split(":"))
        self.time = TimeField(QTime(hh, mm), self)  # typed as people type times: « 9h30 », « 930 »
        self.venue = QComboBox(self)
        self.venue.addItem(self.tr("(lieu à définir)"), "")
        for v in venues:
            self.venue.addItem(venue_text(v), v.uid)
        if self.save_venue is not None:
            self.venue.addItem(self.tr("Nouveau lieu…"), self.NEW_VENUE)
        own = next((u for u in kit.referenced_venue_uids() if self.venue.findData(u) >= 0), None)
        if own is None and len(venues) == 1:
            own = venues[0].uid
        self.venue.setCurrentIndex(max(0, self.venue.findData(own)))
        self._venue_index = self.venue.currentIndex()
        self.facilitators = facilitator_checklist(facilitators, set(kit.facilitator_uids), self)
        self.people = QListView(self)
        self.people.setModel(self.facilitators)
        self.people.setMaximumHeight(100)
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
        self.note = QLabel(words(note) if note else "", self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.explain = QLabel(self.tr("Les week-ends, les jours fériés et vos dates à éviter (%Ln) sont toujours "
                                      "écartés. Les ateliers d'une journée ont lieu le matin et l'après-midi, avec "
                                      "une pause déjeuner.", "", len(self.blackouts)), self)
        self.explain.setWordWrap(True)
        self.span = QLabel(self)
        self.span.setObjectName("planSpan")
        self.span.setStyleSheet("font-weight: bold;")
        self.span.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Planifier"))

    def _restore(self, last: dict) -> None:
        """The weekdays, time, venue and facilitators chosen last time (what no longer exists is ignored)."""
        days = last.get("weekdays")
        if isinstance(days, list):
            for i, box in self.days.items():
                box.setChecked(i in days)
        hhmm = QTime.fromString(str(last.get("time", "")), "HH:mm")
        if hhmm.isValid():
            self.time.setTime(hhmm)
        venue = self.venue.findData(last.get("venue"))
        if venue >= 0 and not self.kit.referenced_venue_uids():
            self.venue.setCurrentIndex(venue)
            self._venue_index = venue
        people = last.get("facilitators")
        if isinstance(people, list) and not self.kit.facilitator_uids:
            for r in range(self.facilitators.rowCount()):
                item = self.facilitators.item(r)
                if item.data(Qt.ItemDataRole.UserRole) in people:
                    item.setCheckState(Qt.CheckState.Checked)

    def choices(self) -> dict:
        """What to remember for next time."""
        return {"weekdays": [i for i, box in self.days.items() if box.isChecked()],
                "time": self.time.time().toString("HH:mm"), "venue": self._venue_uid(),
                "facilitators": list(checked_uids(self.facilitators))}

    def _lay_out(self) -> None:
        weekdays = QHBoxLayout()
        for box in self.days.values():
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        form = QFormLayout()
        start_label = QLabel(self.tr("&Première séance le ou après le :"), self)
        start_label.setBuddy(self.start.edit)
        form.addRow(start_label, self.start)
        form.addRow(self.tr("&Rythme :"), self.cadence)
        form.addRow(self.tr("Jours possibles :"), weekdays)
        form.addRow(self.tr("&Heure de début :"), self.time)
        form.addRow(self.tr("&Lieu :"), self.venue)
        form.addRow(self.tr("Intervenants :"), self.people)
        form.addRow(self.tr("&Vacances scolaires :"), self.zone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.note)
        layout.addWidget(self.span)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(min(640, max(480, self.sizeHint().width())), self.sizeHint().height())

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.start.date_changed.connect(self._preview)
        self.cadence.currentIndexChanged.connect(self._preview)
        self.zone.currentIndexChanged.connect(self._preview)
        self.time.timeChanged.connect(self._preview)
        self.venue.activated.connect(self._venue_chosen)
        for box in self.days.values():
            box.toggled.connect(self._preview)

    def _venue_chosen(self, index: int) -> None:
        """« Nouveau lieu… »: the venue form; the new venue is saved (one undoable step) and chosen."""
        if self.venue.itemData(index) != self.NEW_VENUE:
            self._venue_index = index
            return
        from desktop.ui.dialogs.venue_form import VenueForm

        form = VenueForm(None, self)
        if form.exec() and self.save_venue(form.venue()):
            venue = form.venue()
            self.venue.insertItem(index, venue_text(venue), venue.uid)
            self._venue_index = index
        self.venue.setCurrentIndex(self._venue_index)

    def every(self) -> Cadence:
        value = self.cadence.currentData()
        return {"1w": Cadence.weekly(), "2w": Cadence.fortnightly(), "1m": Cadence.monthly()}.get(
            value, Cadence.every_days(int(value)) if isinstance(value, int) else Cadence.weekly())

    def _plan(self) -> PlanResult:
        """The sessions these settings give (raises ValidationError)."""
        return plan_sessions(
            self.kit.workshops, self.start.date(), every=self.every(),
            weekdays={i for i, box in self.days.items() if box.isChecked()},
            start_time=from_qtime(self.time.time()), departement=self.kit.departement,
            zone=self.zone.currentData(), blackout=self.blackouts, venue_uid=self._venue_uid(),
            facilitator_uids=checked_uids(self.facilitators), template=self.template)

    def _venue_uid(self) -> str:
        uid = self.venue.currentData() or ""
        return "" if uid == self.NEW_VENUE else uid

    def _preview(self, *args) -> None:
        """Show the first and last dates the plan will produce; « Planifier » only for a real date."""
        self.error.clear()
        self.span.clear()
        if not self.start.is_valid() or not self.time.is_valid():
            self.error.setText(self.time.error_text())
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)
        try:
            sessions = self._plan().sessions
        except ValidationError as exc:
            self.error.setText(self.tr("Ces réglages ne permettent pas de planifier (%1).").replace("%1", exc.field))
            return
        if not sessions:
            return
        days = sorted(s.day for s in sessions)
        self.span.setText(self.tr("%Ln séances, du %1 au %2.", "", len(sessions))
                          .replace("%1", dates.long_date(days[0])).replace("%2", dates.long_date(days[-1])))

    def accept(self) -> None:
        if not self.start.is_valid():
            self.error.setText(self.start.error_text())
            self.start.setFocus()
            return
        if not self.time.is_valid():
            self.error.setText(self.time.error_text())
            self.time.setFocus()
            return
        try:
            self._result = self._plan()
        except ValidationError as exc:
            self.error.setText(self.tr("Ces réglages ne permettent pas de planifier (%1).").replace("%1", exc.field))
            return
        super().accept()

    def result_plan(self) -> PlanResult | None:
        return self._result
