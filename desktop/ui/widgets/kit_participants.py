"""The kit's roster: add, edit in place, remove; import a CSV with a preview; copy e-mail addresses; export."""

from __future__ import annotations


from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desktop.domain.kit import Kit, Participant, new_uid
from desktop.domain.kit_edit import add_participants, remove_participants, update_participant
from desktop.exchange import participants_csv
from desktop.exchange.errors import CsvImportError
from desktop.ui.dialogs.csv_import import CsvImportDialog
from desktop.ui.kit_controller import KitController
from desktop.ui.kit_files import save_bytes
from desktop.ui.models.base import FilterProxy
from desktop.ui.models.kits import ParticipantModel

#: Largest CSV read into memory for the preview (the parser refuses anything larger).
CSV_MAX_BYTES = participants_csv.MAX_BYTES


class KitParticipantsPanel(QWidget):
    """Roster table and its actions."""

    status_message = Signal(str, int)  # a message for the status bar, and for how long (ms)

    def __init__(self, controller: KitController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = ParticipantModel(self._edited, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("participantsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(ParticipantModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.capacity = QLabel(self)
        self.capacity.setObjectName("capacityLabel")
        self.add_button = QPushButton(self.tr("&Ajouter"), self)
        self.remove_button = QPushButton(self.tr("&Retirer"), self)
        self.import_button = QPushButton(self.tr("&Importer un CSV…"), self)
        self.emails_button = QPushButton(self.tr("&Copier les courriels"), self)
        self.export_button = QPushButton(self.tr("E&xporter en CSV…"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.import_button, self.emails_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.capacity)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_csv)
        self.emails_button.clicked.connect(self.copy_emails)
        self.export_button.clicked.connect(self.export_csv)
        self.view.installEventFilter(self)
        self.set_kit(None)

    def eventFilter(self, watched, event) -> bool:
        """Suppr removes the selected participants (when no cell is being edited)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete \
                and self.view.state() != QAbstractItemView.State.EditingState:
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def set_kit(self, kit: Kit | None) -> None:
        self.model.set_rows(list(kit.participants) if kit else [])
        self.setEnabled(kit is not None)
        if kit is None:
            self.capacity.clear()
            return
        n = len(kit.participants)
        text = self.tr("%1 participants inscrits pour %2 places.").replace("%1", str(n)).replace("%2", str(kit.capacity))
        over = n > kit.capacity
        if over:
            text += " " + self.tr("La capacité du kit est dépassée de %1.").replace("%1", str(n - kit.capacity))
        self.capacity.setText(text)
        self.capacity.setStyleSheet("color: #a4161a; font-weight: bold;" if over else "")

    # -- edits -----------------------------------------------------------------------------------------------
    def _edited(self, participant: Participant) -> None:
        if self.controller.kit is not None:
            self.controller.apply(update_participant(self.controller.kit, participant),
                                  self.tr("Modifier « %1 »").replace("%1", participant.full_name))

    def add(self) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        person = Participant(new_uid(), self.tr("Nouveau participant"))
        self.controller.apply(add_participants(kit, [person]), self.tr("Ajouter un participant"))
        row = self.model.find_row(lambda p: p.uid == person.uid)
        index = self.proxy.mapFromSource(self.model.index(row, ParticipantModel.FIRST))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
        self.view.edit(index)

    def selected_uids(self) -> set[str]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return {self.proxy.object_at(r).uid for r in rows}

    def remove_selected(self) -> None:
        kit, uids = self.controller.kit, self.selected_uids()
        if kit is None or not uids:
            return
        self.controller.apply(remove_participants(kit, uids),
                              self.tr("Retirer %1 participant(s)").replace("%1", str(len(uids))))

    # -- files -----------------------------------------------------------------------------------------------
    def import_csv(self, path: str | None = None) -> bool:
        """Import participants from a CSV file (asks for it when *path* is None); True if some were imported."""
        kit = self.controller.kit
        if kit is None:
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Importer des participants"), "",
                                                  self.tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"))
            if not path:
                return False
        try:
            with open(path, "rb") as fh:
                data = fh.read(CSV_MAX_BYTES + 1)
            preview = participants_csv.parse_participants(data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Importer des participants"),
                                self.tr("Impossible de lire ce fichier : %1").replace("%1", exc.strerror or str(exc)))
            return False
        except CsvImportError as exc:
            QMessageBox.warning(self, self.tr("Importer des participants"), exc.message)
            return False
        dialog = CsvImportDialog(preview, Path(path).name, kit.capacity - len(kit.participants), self)
        if not dialog.exec() or not preview.participants:
            return False
        self.controller.apply(add_participants(kit, list(preview.participants)),
                              self.tr("Importer %1 participants").replace("%1", str(len(preview.participants))))
        return True

    def copy_emails(self) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        text = participants_csv.email_list(kit.participants)
        QGuiApplication.clipboard().setText(text)
        count = sum(1 for p in kit.participants if p.email)
        self.status_message.emit(
            self.tr("%1 adresses copiées : collez-les dans le champ « À » ou « Cci » de votre messagerie.")
            .replace("%1", str(count)), 8000)

    def export_csv(self, path: str | None = None) -> bool:
        kit = self.controller.kit
        if kit is None:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les participants"),
                                                  f"{kit.name} - participants.csv", self.tr("Fichiers CSV (*.csv)"))
            if not path:
                return False
        return save_bytes(self, self.tr("Exporter les participants"), path,
                          participants_csv.export_participants(kit.participants))


