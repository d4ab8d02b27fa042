"""Before printing: says when the issuing structure's profile is empty or incomplete, with a button to fill it.

The documents it concerns (attendance sheets, certificates, invitations) print the structure's name, logo,
signatory and funders' mention; without them they come out anonymous.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktop.domain.kit import IssuingStructure


def missing_profile(structure: IssuingStructure) -> list[str]:
    """What the profile lacks, in words (empty list: complete)."""
    t = {"name": QCoreApplication.translate("ProfilePrompt", "le nom"),
         "logo": QCoreApplication.translate("ProfilePrompt", "le logo"),
         "signatory": QCoreApplication.translate("ProfilePrompt", "la ou le signataire"),
         "funders": QCoreApplication.translate("ProfilePrompt", "la mention des financeurs")}
    missing = [("name", structure.name), ("logo", structure.logo_path), ("signatory", structure.signatory_name),
               ("funders", structure.funders_mention)]
    return [t[key] for key, value in missing if not value.strip()]


def profile_warning(structure: IssuingStructure) -> str:
    """The sentence for « À vérifier » ("" when the profile is complete)."""
    missing = missing_profile(structure)
    if not missing:
        return ""
    if not structure.name.strip():
        return QCoreApplication.translate(
            "ProfilePrompt", "Votre structure n'est pas renseignée : les émargements, les attestations et les "
            "convocations sortent sans nom, logo, signataire ni mention des financeurs.")
    return QCoreApplication.translate("ProfilePrompt", "Il manque à votre structure : %1.").replace(
        "%1", ", ".join(missing))


class ProfilePrompt(QFrame):
    """A yellow band with the sentence and « Renseigner ma structure… »; hidden when the profile is complete.

    Signals:
        fill_requested(): the user wants to fill the profile.
    """

    fill_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePrompt")
        self.setStyleSheet("#profilePrompt { border: 1px solid #e0c97f; background: #fff8e1; }"
                           "QLabel { color: #5c4400; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("&Renseigner ma structure…"), self)
        self.button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.fill_requested)

    def set_structure(self, structure: IssuingStructure) -> None:
        text = profile_warning(structure)
        self.text.setText(text)
        self.setVisible(bool(text))
