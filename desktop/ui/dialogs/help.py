"""The bundled « Prise en main » (getting started), shown offline in a text browser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from desktop import paths
from desktop.ui.small_screen import fit_to_screen


def help_file(language: str) -> QUrl:
    folder = paths.help_dir()
    page = folder / f"prise-en-main.{language}.html"
    if not page.exists():
        page = folder / "prise-en-main.fr.html"
    return QUrl.fromLocalFile(str(page))


class HelpDialog(QDialog):
    """A non-modal window showing the getting-started page."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prise en main de Tresse"))
        fit_to_screen(self, 720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(help_file(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
