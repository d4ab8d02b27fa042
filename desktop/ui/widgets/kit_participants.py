"""The kit's roster: a quick-entry line, rows pasted from a spreadsheet, a table edited like a spreadsheet; remove
(with a word in the status bar: Ctrl+Z brings them back); import a CSV with a preview; copy e-mail addresses;
export."""

from __future__ import annotations


from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from desktop.domain.kit import Kit, Participant
from desktop.domain.kit_edit import add_participants, remove_participants, update_participant
from desktop.exchange import participants_csv
from desktop.exchange.errors import CsvImportError
from desktop.ui.dialogs.csv_import import CsvImportDialog
from desktop.ui.dialogs.paste_participants import PasteParticipantsDialog
from desktop.ui.file_dialogs import open_file, save_file
from desktop.ui.kit_controller import KitController
from desktop.ui.kit_files import save_bytes
from desktop.ui.models.base import FilterProxy
from desktop.ui.models.kits import ParticipantModel
from desktop.ui.widgets.participant_entry import QuickEntry
from desktop.ui.widgets.sheet_table import SheetTable
from desktop.ui.wording import words

#: Largest CSV read into memory for the preview (the parser refuses anything larger).


class KitParticipantsPanel(QWidget):
    """Roster table and its actions."""

    status_message = Signal(str, int)  # a message for the status bar, and for how long (ms)

    def __init__(self, controller: KitController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build()
        self._lay_out()
        self._connect()
        self.set_kit(None)

    def _build(self) -> None:
        self.model = ParticipantModel(self._edited, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = SheetTable(self)
        self.view.setObjectName("participantsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ParticipantModel.LAST, Qt.SortOrder.AscendingOrder)
        self.view.set_placeholders(self._placeholder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ParticipantModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.capacity = QLabel(self)
        self.capacity.setObjectName("capacityLabel")
        self.entry = QuickEntry(self)
        self.remove_button = QPushButton(self.tr("&Retirer"), self)
        self.paste_button = QPushButton(self.tr("C&oller des lignes"), self)
        self.paste_button.setToolTip(self.tr("Colle des lignes copiées d'un tableur (Ctrl+V)"))
        self.import_button = QPushButton(self.tr("&Importer un CSV…"), self)
        self.emails_button = QPushButton(self.tr("&Copier les courriels"), self)
        self.export_button = QPushButton(self.tr("E&xporter en CSV…"), self)
        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the roster is shown
        self.addAction(self.paste_action)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for b in (self.remove_button, self.paste_button, self.import_button, self.emails_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.capacity)
        layout.addWidget(self.entry)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.entry.add_requested.connect(self._add_person)
        self.entry.paste_requested.connect(self.paste_rows)
        self.paste_action.triggered.connect(self.paste)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_csv)
        self.emails_button.clicked.connect(self.copy_emails)
        self.export_button.clicked.connect(self.export_csv)
        self.view.installEventFilter(self)

    def _placeholder(self, column: int) -> str:
        return {ParticipantModel.EMAIL: self.tr("prenom.nom@exemple.fr"),
                ParticipantModel.PHONE: self.tr("06 12 34 56 78")}.get(column, "")

    def showEvent(self, event) -> None:
        """The roster shown: ready to type a person, unless something in it already has the focus."""
        super().showEvent(event)
        if not self.isAncestorOf(QApplication.focusWidget()):
            self.entry.focus_first()

    def eventFilter(self, watched, event) -> bool:
        """Suppr removes the selected participants (when no cell is being edited)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete \
                and self.view.state() != QAbstractItemView.State.EditingState:
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def set_kit(self, kit: Kit | None) -> None:
        count = self.model.rowCount()
        self.model.update_rows(list(kit.participants) if kit else [], key=lambda p: p.uid)
        if self.model.rowCount() != count:  # columns fit their titles and content, Notes takes the rest
            self.view.resizeColumnsToContents()
        self.setEnabled(kit is not None)
        if kit is None:
            self.capacity.clear()
            return
        n = len(kit.participants)
        text = self.tr("%Ln participant(s) inscrit(s) pour %1 places.", "", n).replace("%1", str(kit.capacity))
        over = n > kit.capacity
        if over:
            text += " " + self.tr("La capacité du kit est dépassée de %Ln.", "", n - kit.capacity)
        self.capacity.setText(text)
        self.capacity.setStyleSheet("color: #a4161a; font-weight: bold;" if over else "")

    # -- edits -----------------------------------------------------------------------------------------------
    def _edited(self, participant: Participant) -> None:
        if self.controller.kit is not None:
            self.controller.apply(update_participant(self.controller.kit, participant),
                                  self.tr("Modifier « %1 »").replace("%1", participant.full_name))

    def add(self) -> None:
        """Ready to type a new person on the quick-entry line."""
        self.entry.focus_first()

    def _add_person(self, person: Participant) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        if self.controller.apply(add_participants(kit, [person]),
                                 self.tr("Ajouter « %1 »").replace("%1", person.full_name)):
            self.entry.added()
            self.status_message.emit(self.tr("« %1 » ajouté·e.").replace("%1", person.full_name), 4000)

    def paste(self) -> bool:
        """Ctrl+V: the clipboard's spreadsheet rows, through the import preview."""
        return self.paste_rows(QGuiApplication.clipboard().text())

    def paste_rows(self, text: str) -> bool:
        """Add the people in pasted *text* after showing them; True if some were added."""
        kit = self.controller.kit
        if kit is None or not text.strip():
            return False
        try:
            dialog = PasteParticipantsDialog(text, kit.capacity - len(kit.participants), self)
        except CsvImportError as exc:
            QMessageBox.warning(self, self.tr("Coller des participants"), words(exc.said))
            return False
        people = dialog.participants() if dialog.exec() else []
        if not people:
            return False
        return self.controller.apply(add_participants(kit, people),
                                     self.tr("Coller %Ln participant(s)", "", len(people)))

    def selected_uids(self) -> set[str]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return {self.proxy.object_at(r).uid for r in rows}

    def remove_selected(self) -> None:
        kit, uids = self.controller.kit, self.selected_uids()
        if kit is None or not uids:
            return
        names = [p.full_name for p in kit.participants if p.uid in uids]
        if not self.controller.apply(remove_participants(kit, uids),
                                     self.tr("Retirer %Ln participant(s)", "", len(uids))):
            return
        if len(names) == 1:
            text = self.tr("« %1 » supprimé — Ctrl+Z pour annuler").replace("%1", names[0])
        else:
            text = self.tr("%Ln participant(s) supprimé(s) — Ctrl+Z pour annuler", "", len(names))
        self.status_message.emit(text, 8000)

    # -- files -----------------------------------------------------------------------------------------------
    def import_csv(self, path: str | None = None) -> bool:
        """Import participants from a CSV file (asks for it when *path* is None); True if some were imported."""
        kit = self.controller.kit
        if kit is None:
            return False
        if not path:
            path = open_file(self, "csv-import", self.tr("Importer des participants"),
                             self.tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"))
            if not path:
                return False
        try:
            preview = participants_csv.read_participants_file(path)  # a regular file only: a pipe never hangs
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Importer des participants"),
                                self.tr("Impossible de lire ce fichier : %1").replace("%1", exc.strerror or str(exc)))
            return False
        except CsvImportError as exc:
            QMessageBox.warning(self, self.tr("Importer des participants"), words(exc.said))
            return False
        dialog = CsvImportDialog(preview, Path(path).name, kit.capacity - len(kit.participants), self,
                                 existing=kit.participants)
        chosen = dialog.chosen() if dialog.exec() else []
        if not chosen:
            return False
        self.controller.apply(add_participants(kit, chosen),
                              self.tr("Importer %Ln participants", "", len(chosen)))
        return True

    def copy_emails(self) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        text = participants_csv.email_list(kit.participants)
        QGuiApplication.clipboard().setText(text)
        count = sum(1 for p in kit.participants if p.email)
        self.status_message.emit(
            self.tr("%Ln adresses copiées : collez-les dans le champ « À » ou « Cci » de votre messagerie.",
                    "", count), 8000)

    def export_csv(self, path: str | None = None) -> bool:
        kit = self.controller.kit
        if kit is None:
            return False
        if not path:
            path = save_file(self, "csv-export", self.tr("Exporter les participants"), f"{kit.name} - participants.csv",
                             self.tr("Fichiers CSV (*.csv)"))
            if not path:
                return False
        return save_bytes(self, self.tr("Exporter les participants"), path,
                          participants_csv.export_participants(kit.participants))


