"""The print dialog once the documents are written: one line per file with its pages, and what to do with them
(preview, the system's PDF viewer, the folder, the printer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.dialogs.print_choices import list_item
from desktop.ui.pdf_printing import page_count, pdf_title, print_with_dialog


class PrintResults(QWidget):
    """The generated files and the actions on them.

    Signals:
        problem(str): something could not be opened (a French sentence to show).
    """

    problem = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.folder: Path | None = None
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self.files, self.files_view = QStandardItemModel(self), QListView(self)
        self.files_view.setObjectName("printFiles")
        self.files_view.setModel(self.files)
        self.files_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_view.setUniformItemSizes(True)
        self.preview_button = self._button(self.tr("&Aperçu"))
        self.viewer_button = self._button(self.tr("Ouvrir dans le &visualiseur"), tip=self.tr(
            "Ouvre le document sélectionné avec votre lecteur PDF habituel"))
        self.folder_button = self._button(self.tr("Ouvrir le &dossier"))
        self.print_button = self._button(self.tr("&Tout imprimer…"), name="printAll",
                                         tip=self.tr("Envoie tous les documents de la liste à l'imprimante ; pour "
                                                     "n'en imprimer qu'un, ouvrez l'aperçu"))

    def _button(self, text: str, *, name: str = "", tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.preview_button, self.viewer_button, self.folder_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files_view)
        layout.addStretch(1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.files_view.activated.connect(lambda index: self.preview())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.viewer_button.clicked.connect(lambda: self.open_in_viewer())
        self.folder_button.clicked.connect(lambda: self.open_folder())
        self.print_button.clicked.connect(lambda: self.print_all())

    def clear(self) -> None:
        self.paths = []
        self.files.clear()

    def show_files(self, paths: list[Path], folder: Path | None) -> int:
        """List *paths* (written in *folder*) with their pages, the first one selected; the pages in all."""
        self.clear()
        self.paths, self.folder = list(paths), folder
        total = 0
        for path in self.paths:
            pages = page_count(path)
            total += pages
            self.files.appendRow(list_item(f"{pdf_title(path)} — {self.pages_text(pages)}", str(path), str(path)))
        if self.files.rowCount():
            self.files_view.setCurrentIndex(self.files.index(0, 0))
            height = self.files_view.sizeHintForRow(0) * self.files.rowCount() + 2 * self.files_view.frameWidth()
            self.files_view.setMaximumHeight(height)
        return total

    def pages_text(self, count: int) -> str:
        return self.tr("%Ln pages", "", count)

    def selected_file(self) -> Path | None:
        index = self.files_view.currentIndex()
        files = self.paths
        return files[index.row()] if index.isValid() and index.row() < len(files) else (files[0] if files else None)

    def preview(self) -> PdfPreviewDialog | None:
        """Open the preview on the generated documents, showing the selected one."""
        if not self.paths:
            return None
        selected = self.selected_file()
        dialog = PdfPreviewDialog(self.paths, self.window(),
                                  current=self.paths.index(selected) if selected in self.paths else 0)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_in_viewer(self) -> bool:
        """Open the selected document with the system's PDF viewer."""
        path = self.selected_file()
        return path is not None and self._open(path, self.tr(
            "Aucun lecteur PDF n'a pu ouvrir le document. Utilisez « Aperçu » pour le voir et l'imprimer."))

    def open_folder(self) -> bool:
        """Open the output folder in the file manager."""
        return self.folder is not None and self._open(self.folder, self.tr("Le dossier n'a pas pu être ouvert : %1")
                                                      .replace("%1", str(self.folder)))

    def _open(self, path: Path, message: str) -> bool:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self.problem.emit(message)
        return False

    def print_all(self, printer: QPrinter | None = None) -> int:
        """Print every generated document, after the system's print dialog; the sheets sent."""
        return print_with_dialog(self.window(), self.paths, printer=printer)
