"""The issuing structure's profile: name, address, logo, signatory, funders' mention and logos, and the default
programme facts of its kits (access, price, methods, evaluation, accessibility and its contact).

Printed on attendance sheets and certificates; the defaults on every programme whose kit leaves the field empty
(they stay on this computer: kit files do not carry them). Logos are chosen as image files on this computer; their
path is kept (and the image is copied into kit files when a kit is exported with the structure).
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
from desktop.domain.paperwork import PROFILE_DEFAULTS
from desktop.ui.small_screen import ScrolledTabs, fit_to_screen
from desktop.ui.widgets.kit_paperwork import paperwork_labels
from desktop.ui.file_dialogs import open_file, open_files


class LogoField(QWidget):
    """A logo preview with « Choisir… » and « Retirer » buttons."""

    def __init__(self, path: str, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self._build()
        self._lay_out()
        self._connect()
        self.set_path(path)

    def _build(self) -> None:
        self.preview = QLabel(self)
        self.preview.setFixedSize(160, 60)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb;")
        self.choose_button = QPushButton(self.tr("Choisir…"), self)
        self.clear_button = QPushButton(self.tr("Retirer"), self)

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(lambda: self.set_path(""))

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


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ProfileDialog(QDialog):
    """Edit the issuing structure; ``structure()`` gives the result after ``exec()``.

    Two tabs, each scrolling on a small screen: the structure itself (printed on sheets and certificates), and the
    default programme facts (:data:`~desktop.domain.paperwork.PROFILE_DEFAULTS`) every kit prints unless it says
    otherwise.
    """

    def __init__(self, structure: IssuingStructure, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Structure émettrice des documents"))
        self._build(structure)
        self._lay_out()
        self._connect()
        fit_to_screen(self, 660, 620)

    def _build(self, structure: IssuingStructure) -> None:
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
        self.logos = QListView(self)
        self.logos.setModel(self.funder_logos)
        self.logos.setFixedHeight(80)
        self.add_logo = QPushButton(self.tr("Ajouter un logo…"), self)
        self.remove_logo = QPushButton(self.tr("Retirer le logo"), self)
        self.defaults: dict[str, QPlainTextEdit] = {}
        for name in PROFILE_DEFAULTS:
            edit = QPlainTextEdit(getattr(structure, name), self)
            edit.setObjectName(f"profileDefault_{name}")
            edit.setFixedHeight(52)
            edit.setTabChangesFocus(True)
            self.defaults[name] = edit
        self.defaults["price"].setPlaceholderText(self.tr("ex. Gratuit (financé par la Région)"))
        self.defaults["access"].setPlaceholderText(self.tr("ex. Inscription jusqu'à 8 jours avant la première "
                                                           "séance, auprès de l'animatrice"))
        self.tabs = ScrolledTabs(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)

    def _note(self, text: str, parent: QWidget) -> QLabel:
        note = QLabel(text, parent)
        note.setWordWrap(True)
        return note

    def _lay_out(self) -> None:
        self.tabs.add_page(self._structure_page(), self.tr("Structure"))
        self.tabs.add_page(self._defaults_page(), self.tr("Modalités des programmes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def _structure_page(self) -> QWidget:
        page = QWidget(self)
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.add_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Nom de la structure :"), self.name)
        form.addRow(self.tr("&Adresse :"), self.address)
        form.addRow(self.tr("Logo :"), self.logo)
        form.addRow(self.tr("&Signataire :"), self.signatory)
        form.addRow(self.tr("&Qualité du signataire :"), self.role)
        form.addRow(self.tr("Mention des &financeurs :"), self.funders)
        form.addRow(self.tr("Logos des financeurs :"), self.logos)
        form.addRow("", logo_buttons)
        layout = QVBoxLayout(page)
        layout.addWidget(self._note(self.tr("Ces informations sont imprimées sur les feuilles d'émargement et les "
                                            "attestations de présence."), page))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _defaults_page(self) -> QWidget:
        page = QWidget(self)
        labels = paperwork_labels()
        form = QFormLayout()
        for name, edit in self.defaults.items():
            form.addRow(labels[name], edit)
        layout = QVBoxLayout(page)
        layout.addWidget(self._note(self.tr("Ce que le programme de chaque kit imprime quand le kit ne dit rien "
                                            "d'autre : tapé une fois ici, modifiable kit par kit (onglet Général "
                                            "du kit). Les prérequis et le public se saisissent dans chaque kit."),
                                    page))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _connect(self) -> None:
        self.add_logo.clicked.connect(self._add_funder_logo)
        self.remove_logo.clicked.connect(self._remove_funder_logo)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _add_funder_logo(self) -> None:
        paths = open_files(self, "logo", self.tr("Logos des financeurs"), self.tr("Images (*.png *.jpg *.jpeg)"))
        existing = self.funder_logos.stringList()
        self.funder_logos.setStringList(existing + [p for p in paths if p not in existing])

    def _remove_funder_logo(self) -> None:
        if self.logos.currentIndex().isValid():
            self.funder_logos.removeRow(self.logos.currentIndex().row())

    def structure(self) -> IssuingStructure:
        return IssuingStructure(
            name=_one_line(self.name.text()), address=self.address.toPlainText().strip(),
            logo_path=self.logo.path, signatory_name=_one_line(self.signatory.text()),
            signatory_role=_one_line(self.role.text()), funders_mention=self.funders.toPlainText().strip(),
            funder_logo_paths=tuple(self.funder_logos.stringList()),
            **{name: edit.toPlainText().strip() for name, edit in self.defaults.items()})
