"""Rows pasted from a spreadsheet: the CSV import's preview, with the columns' meaning shown and changeable.

Without a header row the columns are read in the quick-entry order; one combo box per column says which field it
fills, and changing one reads the rows again. OK adds every valid person in one undoable step, Cancel none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.exchange.errors import CsvImportError
from desktop.ui.dialogs.csv_import import CsvImportDialog
from desktop.ui.small_screen import fit_to_screen
from desktop.ui.widgets.participant_entry import IGNORED, pasted_rows, read_pasted
from desktop.ui.wording import words

_CHOICES = ("first_name", "last_name", "email", "organisation", "commune", "phone", "notes", "full_name", IGNORED)


def field_label(field: str) -> str:
    """What a pasted column fills, in words."""
    return {"first_name": QCoreApplication.translate("PasteParticipantsDialog", "Prénom"), "last_name": QCoreApplication.translate("PasteParticipantsDialog", "Nom"),
            "email": QCoreApplication.translate("PasteParticipantsDialog", "Courriel"),
            "organisation": QCoreApplication.translate("PasteParticipantsDialog", "Projet ou structure"),
            "commune": QCoreApplication.translate("PasteParticipantsDialog", "Commune"), "phone": QCoreApplication.translate("PasteParticipantsDialog", "Téléphone"),
            "notes": QCoreApplication.translate("PasteParticipantsDialog", "Notes"),
            "full_name": QCoreApplication.translate("PasteParticipantsDialog", "Prénom et nom"),
            }.get(field, QCoreApplication.translate("PasteParticipantsDialog", "(ne pas importer)"))


class PasteParticipantsDialog(QDialog):
    """Preview of pasted rows; ``participants()`` after ``exec()``.

    Args:
        text: the clipboard's text.
        room: places left in the kit.
    Raises:
        CsvImportError: nothing in *text* can be read as people.
    """

    def __init__(self, text: str, room: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coller des participants"))
        self.text, self.room = text, room
        self.preview, self.fields = read_pasted(text)
        self.combos: list[QComboBox] = []
        self.import_dialog: CsvImportDialog | None = None
        self._build()
        self._lay_out()
        self._connect()
        self._show_preview()

    def _build(self) -> None:
        """The columns' meaning: one combo box per column over a sample of it, or a note when there were titles."""
        if self.fields is None:  # the rows had their own header
            self.columns = QLabel(self.tr("La première ligne collée donne les titres des colonnes."), self)
            return
        self.columns = QWidget(self)
        self.columns_note = QLabel(self.tr("Sans ligne de titres, les colonnes sont lues dans l'ordre de la saisie "
                                           "rapide. Changez ce que contient une colonne si besoin :"), self.columns)
        self.columns_note.setWordWrap(True)
        first = pasted_rows(self.text)[0]
        self.samples: list[QLabel] = []
        for i, field in enumerate(self.fields):
            combo = QComboBox(self.columns)
            combo.setObjectName(f"column_{i}")
            for choice in _CHOICES:
                combo.addItem(field_label(choice), choice)
            combo.setCurrentIndex(combo.findData(field))
            sample = QLabel(first[i] if i < len(first) else "", self.columns)
            sample.setStyleSheet("color: palette(mid);")
            self.combos.append(combo)
            self.samples.append(sample)

    def _lay_out(self) -> None:
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.columns)
        if self.fields is None:
            return
        grid = QGridLayout(self.columns)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.columns_note, 0, 0, 1, max(1, len(self.combos)))
        for i, (combo, sample) in enumerate(zip(self.combos, self.samples)):
            grid.addWidget(combo, 1, i)
            grid.addWidget(sample, 2, i)

    def _connect(self) -> None:
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._columns_changed)

    def _show_preview(self) -> None:
        if self.import_dialog is not None:
            self.layout_.removeWidget(self.import_dialog)
            self.import_dialog.deleteLater()
        dialog = CsvImportDialog(self.preview, self.tr("lignes collées"), self.room, self)
        dialog.setWindowFlags(Qt.WindowType.Widget)
        count = len(self.preview.participants)
        summary = self.tr("%Ln personne(s) lue(s) dans les lignes collées.", "", count)
        if count > self.room:
            summary += " " + self.tr("Attention : c'est plus que les %Ln places restantes du kit.", "",
                                     self.room)
        dialog.summary.setText(summary)
        dialog.accepted.connect(self.accept)
        dialog.rejected.connect(self.reject)
        self.layout_.addWidget(dialog, 1)
        self.import_dialog = dialog
        fit_to_screen(self, 860, 520)

    def _columns_changed(self) -> None:
        fields = tuple(c.currentData() for c in self.combos)
        try:
            self.preview, self.fields = read_pasted(self.text, fields)
        except CsvImportError as exc:
            self.import_dialog.summary.setText(words(exc.said))
            self.import_dialog.model.set_rows([])
            self.preview = None
            self.import_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._show_preview()

    def participants(self) -> list:
        return list(self.preview.participants) if self.preview else []
