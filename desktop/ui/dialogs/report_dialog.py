"""« Bilan pour les financeurs… »: choose the period, the kits and the format, see the key figures, save the file.

The figures are :func:`desktop.domain.report.build_report` over the workspace's kits (read when needed, never
copied); the file is written by :func:`desktop.commands.save_report`, the same code as ``tresse report``. A report
is one page or a few small tables, written in well under a second, so it is saved on the UI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QMessageBox, QPushButton, QRadioButton, QVBoxLayout,
)

from desktop.commands import save_report
from desktop.domain.report import Period, Report, build_report
from desktop.ui import dates
from desktop.ui.file_dialogs import save_file
from desktop.ui.workspace import Workspace


class ReportDialog(QDialog):
    """The funders' report of every kit, or of the one open, over a period.

    Args:
        workspace: where the kits are.
        current_kit_uid: the kit open in the window, offered as the other choice (none: all kits only).
        today: sets the default period (the calendar year of this day).
    """

    def __init__(self, workspace: Workspace, current_kit_uid: str | None = None, parent=None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.current_kit_uid = current_kit_uid if workspace.kit(current_kit_uid) is not None else None
        self.saved_path: str | None = None
        self._build(today or date.today())
        self._lay_out()
        self._connect()
        self._refresh()

    # -- building -------------------------------------------------------------------------------------------

    def _build(self, today: date) -> None:
        self.setWindowTitle(self.tr("Bilan pour les financeurs"))
        self.setMinimumWidth(460)
        self.start = self._date_edit(QDate(today.year, 1, 1))
        self.end = self._date_edit(QDate(today.year, 12, 31))
        self.all_kits = QRadioButton(self.tr("&Tous les kits"), self)
        current = self.workspace.kit(self.current_kit_uid)
        self.one_kit = QRadioButton(
            self.tr("Le kit &ouvert\u00a0: «\u00a0%1\u00a0»").replace("%1", current.name.replace("&", "&&"))
            if current
            else self.tr("Le kit &ouvert (aucun kit n'est ouvert)"), self)
        self.one_kit.setEnabled(current is not None)
        self.kits_group = QButtonGroup(self)
        for button in (self.all_kits, self.one_kit):
            self.kits_group.addButton(button)
        self.all_kits.setChecked(True)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF\u00a0: résumé d'une page avec graphique"), "pdf")
        self.format.addItem(self.tr("Tableur (.xlsx)\u00a0: indicateurs, séances, participants"), "xlsx")
        self.format.addItem(self.tr("CSV (point-virgule)\u00a0: les mêmes tableaux"), "csv")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Enregistrer…"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("du"), self))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("au"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        kits = QVBoxLayout()
        kits.addWidget(self.all_kits)
        kits.addWidget(self.one_kit)
        form = QFormLayout()
        form.addRow(self.tr("Période\u00a0:"), period)
        form.addRow(self.tr("Kits\u00a0:"), kits)
        form.addRow(self.tr("Format\u00a0:"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.start.dateChanged.connect(self._refresh)
        self.end.dateChanged.connect(self._refresh)
        self.kits_group.buttonToggled.connect(self._refresh)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # -- what is chosen -------------------------------------------------------------------------------------

    def period(self) -> Period:
        return Period(self.start.date().toPython(), self.end.date().toPython())

    def chosen_format(self) -> str:
        return self.format.currentData()

    def report(self) -> Report:
        """The report of the kits and period chosen, from the workspace as it is now."""
        if self.one_kit.isChecked():
            kit = self.workspace.kit(self.current_kit_uid)
            kits = [kit] if kit is not None else []
        else:
            kits = self.workspace.kits()
        return build_report(kits, self.period())

    def _refresh(self, *args) -> None:
        period = self.period()
        if period.reversed:
            self.summary.setText(self.tr("La période commence après sa fin\u00a0: changez l'une des deux dates."))
            self.save_button.setEnabled(False)
            return
        f = self.report().totals
        self.save_button.setEnabled(f.kits > 0)
        if not f.kits:
            self.summary.setText(self.tr("Aucune séance sur cette période\u00a0: rien à mettre dans le bilan."))
            return
        parts = (self.tr("%Ln kits", "", f.kits), self.tr("%Ln séances réalisées", "", f.held),
                 self.tr("sur %Ln prévues", "", f.planned),
                 self.tr("%1\u00a0h").replace("%1", dates.number(f.hours_delivered, 2)),
                 self.tr("%Ln participants", "", f.enrolled))
        text = self.tr("%1\u00a0: %2 %3, %4, %5.")
        for i, part in enumerate(parts, 1):
            text = text.replace(f"%{i}", part)
        if f.not_entered:
            text += " " + self.tr("%Ln présences à saisir\u00a0: le taux de présence sera "
                                  "«\u00a0à compléter\u00a0».", "", f.not_entered)
        self.summary.setText(text)

    # -- saving ---------------------------------------------------------------------------------------------

    def _suggested_name(self) -> str:
        period = self.period()
        name = self.tr("Bilan %1 au %2").replace("%1", f"{period.start:%Y-%m-%d}").replace("%2", f"{period.end:%Y-%m-%d}")
        return f"{name}.{self.chosen_format()}"

    def _ask_path(self) -> str | None:
        kind = self.chosen_format()
        filters = {"pdf": self.tr("Document PDF (*.pdf)"), "xlsx": self.tr("Classeur Excel (*.xlsx)"),
                   "csv": self.tr("Fichier CSV (*.csv)")}
        path = save_file(self, "report", self.windowTitle(), self._suggested_name(), filters[kind])
        if not path:
            return None
        return path if Path(path).suffix.lower() == f".{kind}" else f"{path}.{kind}"

    def save(self, path: str | None = None) -> bool:
        """Ask where (unless *path* is given) and write the report; a clear message and False when it cannot be."""
        report = self.report()
        if not report.kit_names:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Aucune séance sur cette période\u00a0: aucun fichier n'a été écrit."))
            return False
        path = path or self._ask_path()
        if not path:
            return False
        try:
            save_report(report, path, self.workspace.structure())
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            message = self.tr("Le bilan n'a pas pu être écrit (rien n'a été remplacé)\u00a0: %1")
            QMessageBox.warning(self, self.windowTitle(), message.replace("%1", reason))
            return False
        self.saved_path = path
        self.accept()
        return True
