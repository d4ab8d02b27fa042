"""Preview of a participants CSV before importing: what was read, the rows in error, nothing half-imported."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QTextBrowser,
    QVBoxLayout,
)

from desktop.exchange.participants_csv import already_present
from desktop.ui.models.kits import ParticipantModel
from desktop.ui.wording import words


class CsvImportDialog(QDialog):
    """Shows the participants read from a CSV file; OK imports them (less those already enrolled, when the person
    keeps that box ticked), Cancel none.

    Args:
        preview: the result of ``exchange.participants_csv.parse_participants``.
        file_name: the file's name, for the title.
        room: places left in the kit (a warning when the import would exceed the capacity).
        existing: the kit's participants: rows naming one of them again (same e-mail, or same names) are offered
            to be skipped.
    """

    def __init__(self, preview, file_name: str, room: int, parent=None, existing=()) -> None:
        super().__init__(parent)
        self.preview = preview
        self.known = set(already_present(preview.participants, existing))
        self.setWindowTitle(self.tr("Importer des participants — %1").replace("%1", file_name))
        self.resize(860, 560)
        self._build(room)
        self._lay_out()
        self._connect()
        self._update()

    def _build(self, room: int) -> None:
        preview = self.preview
        count = len(preview.participants)
        summary = self.tr("%Ln participants lus (encodage %1, séparateur « %2 »).", "", count) \
            .replace("%1", str(preview.encoding)).replace("%2", str(preview.delimiter))
        if preview.undecodable_lines:
            summary += " " + self.tr("Quelques caractères illisibles sont remplacés par « � », lignes %1 : "
                                     "vérifiez ces noms.").replace(
                "%1", ", ".join(str(n) for n in preview.undecodable_lines[:20]))
        if count > room:
            summary += " " + self.tr("Attention : c'est plus que les %Ln places restantes du kit.", "",
                                     room)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.skip_known = QCheckBox(self.tr("Ne pas réinscrire les %Ln personne(s) déjà inscrite(s) au kit (même "
                                            "courriel, ou mêmes nom et prénom)", "", len(self.known)), self)
        self.skip_known.setChecked(True)
        self.skip_known.setVisible(bool(self.known))
        self.model = ParticipantModel(None, self)
        self.model.set_rows(preview.participants)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.errors = QTextBrowser(self)
        errors = list(preview.errors)
        if errors:
            items = "".join(f"<li>{escape(self.tr('Ligne %1').replace('%1', str(e.line)))} : {escape(words(e.said))}</li>"
                            for e in errors[:200])
            more = len(errors) - 200
            tail = f"<p>{escape(self.tr('… et %Ln autres.', '', more))}</p>" if more > 0 else ""
            self.errors.setHtml(f"<p><b>{escape(self.tr('Lignes ignorées (%1) :').replace('%1', str(len(errors))))}"
                                f"</b></p><ul>{items}</ul>{tail}")
        self.errors.setVisible(bool(errors))
        self.errors.setMaximumHeight(140)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_known)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.skip_known.toggled.connect(self._update)

    def chosen(self) -> list:
        """The participants to import: all the rows read, less those already enrolled if the box is ticked."""
        skip = self.known if self.skip_known.isChecked() else set()
        return [p for i, p in enumerate(self.preview.participants) if i not in skip]

    def _update(self, *args) -> None:
        count = len(self.chosen())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Importer %Ln participants", "", count))
        ok.setEnabled(count > 0)
