"""The issuing structure's profile: name, address, logo, signatory, funders' mention and logos.

Printed on attendance sheets and certificates. Logos are chosen as image files on this computer; their path is
kept (and the image is copied into kit files when a kit is exported with the structure).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop.domain.kit import IssuingStructure
from desktop.ui.file_dialogs import open_file, open_files


class LogoField(QWidget):
    """A logo preview with « Choisir… » and « Retirer » buttons."""

    def __init__(self, path: str, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.preview = QLabel(self)
        self.preview.setFixedSize(160, 60)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb;")
        choose = QPushButton(self.tr("Choisir…"), self)
        clear = QPushButton(self.tr("Retirer"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(choose)
        layout.addWidget(clear)
        layout.addStretch(1)
        choose.clicked.connect(self.choose)
        clear.clicked.connect(lambda: self.set_path(""))
        self.set_path(path)

    def set_path(self, path: str) -> None:
        self.path = path
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.preview.setText(self.tr("(aucun logo)") if not path else self.tr("(image illisible)"))
        else:
            self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def choose(self) -> None:
        path = open_file(self, "logo", self.tr("Choisir un logo"), self.tr("Images (*.png *.jpg *.jpeg)"),
                         str(Path(self.path).parent) if self.path else "")
        if path:
            self.set_path(path)


class ProfileDialog(QDialog):
    """Edit the issuing structure; ``structure()`` gives the result after ``exec()``."""

    def __init__(self, structure: IssuingStructure, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Structure émettrice des documents"))
        self.name = QLineEdit(structure.name, self)
        self.address = QPlainTextEdit(structure.address, self)
        self.address.setFixedHeight(64)
        self.logo = LogoField(structure.logo_path, self)
        self.signatory = QLineEdit(structure.signatory_name, self)
        self.role = QLineEdit(structure.signatory_role, self)
        self.role.setPlaceholderText(self.tr("ex. Présidente, Directeur"))
        self.funders = QPlainTextEdit(structure.funders_mention, self)
        self.funders.setFixedHeight(64)
        self.funders.setPlaceholderText(self.tr("ex. Action cofinancée par l'Union européenne (FSE+) et la Région"))
        self.funder_logos = QStringListModel(list(structure.funder_logo_paths), self)
        logos = QListView(self)
        logos.setModel(self.funder_logos)
        logos.setFixedHeight(80)
        add_logo = QPushButton(self.tr("Ajouter un logo…"), self)
        remove_logo = QPushButton(self.tr("Retirer le logo"), self)
        add_logo.clicked.connect(self._add_funder_logo)
        remove_logo.clicked.connect(lambda: self.funder_logos.removeRow(logos.currentIndex().row())
                                    if logos.currentIndex().isValid() else None)
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(add_logo)
        logo_buttons.addWidget(remove_logo)
        logo_buttons.addStretch(1)
        note = QLabel(self.tr("Ces informations sont imprimées sur les feuilles d'émargement et les attestations de "
                              "présence."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Nom de la structure :"), self.name)
        form.addRow(self.tr("&Adresse :"), self.address)
        form.addRow(self.tr("Logo :"), self.logo)
        form.addRow(self.tr("&Signataire :"), self.signatory)
        form.addRow(self.tr("&Qualité du signataire :"), self.role)
        form.addRow(self.tr("Mention des &financeurs :"), self.funders)
        form.addRow(self.tr("Logos des financeurs :"), logos)
        form.addRow("", logo_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _add_funder_logo(self) -> None:
        paths = open_files(self, "logo", self.tr("Logos des financeurs"), self.tr("Images (*.png *.jpg *.jpeg)"))
        existing = self.funder_logos.stringList()
        self.funder_logos.setStringList(existing + [p for p in paths if p not in existing])

    def structure(self) -> IssuingStructure:
        return IssuingStructure(
            name=" ".join(self.name.text().split()), address=self.address.toPlainText().strip(),
            logo_path=self.logo.path, signatory_name=" ".join(self.signatory.text().split()),
            signatory_role=" ".join(self.role.text().split()), funders_mention=self.funders.toPlainText().strip(),
            funder_logo_paths=tuple(self.funder_logos.stringList()))

