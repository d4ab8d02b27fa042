"""The first run: when there is no kit yet, the Mes kits page offers the three ways to begin, in large."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget


class FirstRunPanel(QWidget):
    """Three large actions: a kit from a template, a received .tresse file, the structure's profile.

    Signals:
        new_kit_requested(), open_file_requested(), profile_requested(): the user chose that action.
    """

    new_kit_requested = Signal()
    open_file_requested = Signal()
    profile_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self._build()
        self._lay_out()
        self.new_kit_button.clicked.connect(self.new_kit_requested)
        self.open_button.clicked.connect(self.open_file_requested)
        self.profile_button.clicked.connect(self.profile_requested)

    def _build(self) -> None:
        self.title = QLabel(self.tr("<h2>Bienvenue dans Tresse</h2><p>Par quoi commencer\u00a0?</p>"), self)
        self.title.setWordWrap(True)
        self.new_kit_button = QCommandLinkButton(
            self.tr("Créer un kit à partir d'un modèle"),
            self.tr("« Outille ton projet », « Premiers Pas »… : ateliers, documents et calendrier prêts à "
                    "adapter."), self)
        self.open_button = QCommandLinkButton(
            self.tr("Ouvrir un fichier .tresse"),
            self.tr("Un kit reçu d'une ou d'un collègue, par courriel ou sur une clé USB."), self)
        self.profile_button = QCommandLinkButton(
            self.tr("Renseigner ma structure"),
            self.tr("Nom, logo, signataire et mention des financeurs, imprimés sur les émargements, les "
                    "attestations et les convocations."), self)
        for button in (self.new_kit_button, self.open_button, self.profile_button):
            button.setMinimumHeight(64)
            button.setMaximumWidth(620)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.title)
        for button in (self.new_kit_button, self.open_button, self.profile_button):
            layout.addWidget(button)  # full width: the description wraps and the button grows to show it
        layout.addStretch(1)
