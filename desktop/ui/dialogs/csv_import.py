"""Preview of a participants CSV before importing: what was read, the rows in error, nothing half-imported."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QTextBrowser, QVBoxLayout,
)

from desktop.ui.models.kits import ParticipantModel


class CsvImportDialog(QDialog):
    """Shows the participants read from a CSV file; OK imports all of them, Cancel none.

    Args:
        preview: the result of ``exchange.participants_csv.parse_participants``.
        file_name: the file's name, for the title.
        room: places left in the kit (a warning when the import would exceed the capacity).
    """

    def __init__(self, preview, file_name: str, room: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des participants — %1").replace("%1", file_name))
        self.resize(860, 560)
        count = len(preview.participants)
        summary = self.tr("%1 participants lus (encodage %2, séparateur « %3 »).") \
            .replace("%1", str(count)).replace("%2", str(preview.encoding)).replace("%3", str(preview.delimiter))
        if count > room:
            summary += " " + self.tr("Attention : c'est plus que les %1 places restantes du kit.").replace("%1",
                                                                                                          str(room))
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.model = ParticipantModel(None, self)
        self.model.set_rows(preview.participants)
        view = QTableView(self)
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.errors = QTextBrowser(self)
        errors = list(preview.errors)
        if errors:
            items = "".join(f"<li>{escape(self.tr('Ligne %1').replace('%1', str(e.line)))} : {escape(e.message)}</li>"
                            for e in errors[:200])
            more = len(errors) - 200
            tail = f"<p>{escape(self.tr('… et %1 autres.').replace('%1', str(more)))}</p>" if more > 0 else ""
            self.errors.setHtml(f"<p><b>{escape(self.tr('Lignes ignorées (%1) :').replace('%1', str(len(errors))))}"
                                f"</b></p><ul>{items}</ul>{tail}")
        self.errors.setVisible(bool(errors))
        self.errors.setMaximumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Importer %1 participants").replace("%1", str(count)))
        ok.setEnabled(count > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
