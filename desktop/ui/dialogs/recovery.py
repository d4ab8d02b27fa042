"""The recovery dialog: the database is damaged; restore the newest good backup, or start empty.

Shown before the window (the start-up check found a damaged file) or instead of it (``quick_check`` failed after
the first paint). By then the damaged file has been moved aside: the dialog says under which name, shows the
newest backup that passed its check — its date, how many kits and participants it holds, its last change — and
lets the person pick another one. Nothing is deleted whatever is chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.wording import QT_TRANSLATE_NOOP
from desktop.ui.dates import moment
from desktop.storage.backups import BackupInfo, Contents
from desktop.storage.health import Inspection
from desktop.ui.wording import counted

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


def damage_sentence(found: Inspection) -> str:
    """What is wrong with the database, for a facilitator."""
    return {
        "zero_length": QCoreApplication.translate(
            "Recovery", "Le fichier des données de Tresse est vide (0 octet), alors que des "
                        "sauvegardes existent : son contenu a été perdu."),
        "header": QCoreApplication.translate("Recovery", "Le début du fichier des données de Tresse est abîmé."),
        "truncated": QCoreApplication.translate(
            "Recovery", "Le fichier des données de Tresse est incomplet : il manque sa fin (une copie "
                        "interrompue, une clé USB retirée trop tôt ?)."),
        "missing_tables": QCoreApplication.translate(
            "Recovery", "Des parties du fichier des données de Tresse ont disparu."),
        "malformed": QCoreApplication.translate(
            "Recovery", "Le fichier des données de Tresse est illisible par endroits."),
        "pages": QCoreApplication.translate(
            "Recovery", "La vérification a trouvé des pages abîmées dans le fichier des données de "
                        "Tresse."),
    }.get(found.reason, QCoreApplication.translate("Recovery", "Le fichier des données de Tresse est endommagé."))


def contents_sentence(backup: BackupInfo, held: Contents) -> str:
    kits = counted("Recovery", QT_TRANSLATE_NOOP("Recovery", "%Ln kits", None, 2), held.kits)
    people = counted("Recovery", QT_TRANSLATE_NOOP("Recovery", "%Ln participants", None, 2), held.participants)
    text = (QCoreApplication.translate("Recovery", "Sauvegarde du %1 : %2, %3.")
            .replace("%1", moment(backup.taken)).replace("%2", kits).replace("%3", people))
    if held.last_change is not None:
        text += " " + QCoreApplication.translate(
            "Recovery", "Dernière modification le %1.").replace("%1", moment(held.last_change))
    return text


class RecoveryDialog(QDialog):
    """Choose how to go on after a damaged database was set aside.

    Args:
        found: what the check found.
        aside: where the damaged file was moved (None if it could not be moved: then only « Quitter » is offered).
        candidates: the backups that passed their check, newest first, with what each holds.

    After ``exec()``: :attr:`choice` is ``restore``, ``empty`` or ``quit``; :meth:`chosen` the backup to restore.
    """

    def __init__(self, found: Inspection, aside: Path | None,
                 candidates: list[tuple[BackupInfo, Contents]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found, self.aside, self.candidates = found, aside, candidates
        self.choice = QUIT
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Récupérer les données de Tresse"))
        self.setObjectName("recoveryDialog")
        self.problem = QLabel(damage_sentence(self.found), self)
        if self.aside is not None:
            kept = self.tr("Le fichier endommagé a été mis de côté sous le nom « %1 », dans le même dossier : "
                           "rien n'a été effacé.").replace("%1", self.aside.name)
        else:
            kept = self.tr("Le fichier endommagé n'a pas pu être mis de côté : Tresse ne l'a pas modifié.")
        self.kept = QLabel(kept, self)
        self.backups = QComboBox(self)
        self.backups_label = QLabel(self.tr("&Sauvegarde à restaurer :"), self)
        self.backups_label.setBuddy(self.backups)
        for backup, _held in self.candidates:
            self.backups.addItem(moment(backup.taken), backup.name)
        self.summary = QLabel(self)
        if not self.candidates:
            self.summary.setText(self.tr("Aucune sauvegarde en bon état n'a été trouvée."))
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restaurer cette sauvegarde"), self)
        self.empty_button = QPushButton(self.tr("Commencer avec des données &vides"), self)
        self.quit_button = QPushButton(self.tr("&Quitter"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(bool(self.candidates) and self.aside is not None)
        self.empty_button.setEnabled(self.aside is not None)
        self.backups.setVisible(bool(self.candidates))
        self.backups_label.setVisible(bool(self.candidates))
        (self.restore_button if self.restore_button.isEnabled() else self.quit_button).setDefault(True)
        for label in (self.problem, self.kept, self.summary):
            label.setWordWrap(True)
        self._show_summary()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.kept)
        layout.addSpacing(8)
        layout.addWidget(self.backups_label)
        layout.addWidget(self.backups)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 260)

    def _connect(self) -> None:
        self.backups.currentIndexChanged.connect(self._show_summary)
        self.restore_button.clicked.connect(lambda: self._finish(RESTORE))
        self.empty_button.clicked.connect(lambda: self._finish(EMPTY))
        self.quit_button.clicked.connect(lambda: self._finish(QUIT))

    def _show_summary(self, *args) -> None:
        if self.candidates:
            backup, held = self.candidates[max(0, self.backups.currentIndex())]
            self.summary.setText(contents_sentence(backup, held))

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != QUIT else self.reject()

    def chosen(self) -> BackupInfo | None:
        if self.choice != RESTORE or not self.candidates:
            return None
        return self.candidates[max(0, self.backups.currentIndex())][0]
