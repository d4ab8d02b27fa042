"""Export an iCalendar file: a whole kit, one facilitator across all kits, or one participant."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QRadioButton, QVBoxLayout,
)

from desktop.exchange.ics import calendar_for
from desktop.ui.file_dialogs import save_file
from desktop.ui.kit_files import save_bytes
from desktop.ui.schedule import Schedule


class IcsDialog(QDialog):
    """Choose whose agenda to export, then where."""

    def __init__(self, schedule: Schedule, current_kit_uid: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.setWindowTitle(self.tr("Exporter un agenda (.ics)"))
        self._build(current_kit_uid)
        self._lay_out()
        self._connect()
        self._fill_participants()
        self.by_kit.setChecked(True)
        self.by_facilitator.setEnabled(self.facilitator.count() > 0)

    def _build(self, current_kit_uid: str | None) -> None:
        self.by_kit = QRadioButton(self.tr("Les séances d'un &kit"), self)
        self.by_facilitator = QRadioButton(self.tr("Les séances d'un &intervenant, tous kits confondus"), self)
        self.by_participant = QRadioButton(self.tr("Les séances d'un &participant"), self)
        self.group = QButtonGroup(self)
        for b in (self.by_kit, self.by_facilitator, self.by_participant):
            self.group.addButton(b)
        self.kit = QComboBox(self)
        for k in sorted(self.schedule.kits(), key=lambda k: k.name.casefold()):
            self.kit.addItem(k.name, k.uid)
        if current_kit_uid:
            self.kit.setCurrentIndex(max(0, self.kit.findData(current_kit_uid)))
        self.facilitator = QComboBox(self)
        for f in sorted(self.schedule.facilitators.values(), key=lambda f: f.name.casefold()):
            self.facilitator.addItem(f.name, f.uid)
        self.participant = QComboBox(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exporter…"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.by_kit)
        form.addRow(self.tr("Kit :"), self.kit)
        form.addRow(self.by_facilitator)
        form.addRow(self.tr("Intervenant :"), self.facilitator)
        form.addRow(self.by_participant)
        form.addRow(self.tr("Participant du kit :"), self.participant)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.kit.currentIndexChanged.connect(self._fill_participants)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fill_participants(self, *args) -> None:
        self.participant.clear()
        kit = self.schedule.kit(self.kit.currentData() or "")
        for p in sorted(kit.participants if kit else (), key=lambda p: p.sort_name):
            self.participant.addItem(p.full_name, p.uid)
        self.by_participant.setEnabled(self.participant.count() > 0)

    def calendar(self) -> tuple[str, bytes]:
        """(suggested file name, the .ics bytes) for the current choice."""
        kits = self.schedule.kits()
        venues, people = self.schedule.venues, self.schedule.facilitators
        if self.by_facilitator.isChecked():
            name = self.facilitator.currentText()
            return name, calendar_for(kits, venues, people, facilitator_uid=self.facilitator.currentData(), name=name)
        kit = self.schedule.kit(self.kit.currentData() or "")
        if kit is None:
            return "", b""
        if self.by_participant.isChecked():
            name = f"{kit.name} — {self.participant.currentText()}"
            return name, calendar_for([kit], venues, people, participant_uid=self.participant.currentData(),
                                      name=name)
        return kit.name, calendar_for([kit], venues, people, name=kit.name)

    def export(self, path: str | None = None) -> bool:
        name, data = self.calendar()
        if not data:
            return False
        if not path:
            safe = "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip(" .") or "agenda"
            path = save_file(self, "ics", self.windowTitle(), f"{safe}.ics", self.tr("Agenda iCalendar (*.ics)"))
            if not path:
                return False
        return save_bytes(self, self.windowTitle(), path, data)

    def accept(self) -> None:
        if self.export():
            super().accept()
