"""Export and import of kit files (.tresse) from the window: file dialogs, personal-data question, messages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.kit import Kit
from desktop.domain.kit_factory import duplicate_kit
from desktop.exchange.errors import ExchangeError, KitWriteError
from desktop.exchange.kitfile import SUFFIX, read_kit, write_kit
from desktop.storage.kits import KitRepository, ProfileRepository
from desktop.ui.kit_controller import KitController


def _safe_file_name(name: str) -> str:
    return "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip(" .") or "kit"


def export_kit(parent: QWidget, kit: Kit, repo: KitRepository, profile: ProfileRepository,
               path: str | None = None, with_participants: bool | None = None) -> bool:
    """Ask where to write *kit* and whether to include personal data, then write it; True when written."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("KitFiles", "Exporter le kit"), _safe_file_name(kit.name) + SUFFIX,
                                              QCoreApplication.translate("KitFiles", "Kits Tresse (*.tresse)"))
        if not path:
            return False
    if not path.endswith(SUFFIX):
        path += SUFFIX
    full = repo.load(kit.uid) or kit
    if with_participants is None:
        with_participants = bool(full.participants) and QMessageBox.question(
            parent, QCoreApplication.translate("KitFiles", "Exporter le kit"),
            QCoreApplication.translate("KitFiles", "Inclure les participants, leurs présences et leurs évaluations ?\n\nCe sont des données "
               "personnelles : ne les partagez qu'avec une structure qui en a besoin pour l'accompagnement."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
    structure = profile.structure()
    try:
        write_kit(full, path, structure=structure if structure.name else None, with_participants=with_participants)
    except KitWriteError as exc:
        if exc.reason.startswith("image_"):
            again = QMessageBox.question(parent, QCoreApplication.translate("KitFiles", "Exporter le kit"),
                                         exc.message + "\n\n" + QCoreApplication.translate("KitFiles", "Exporter sans la structure émettrice ?"))
            if again == QMessageBox.StandardButton.Yes:
                try:
                    write_kit(full, path, structure=None, with_participants=with_participants)
                except ExchangeError as second:
                    QMessageBox.warning(parent, QCoreApplication.translate("KitFiles", "Exporter le kit"), second.message)
                    return False
                return True
        QMessageBox.warning(parent, QCoreApplication.translate("KitFiles", "Exporter le kit"), exc.message)
        return False
    except ExchangeError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("KitFiles", "Exporter le kit"), exc.message)
        return False
    return True


def import_kit(parent: QWidget, controller: KitController, path: str | None = None) -> Kit | None:
    """Read a kit file from someone else and add it as a new kit (a copy when it is already here)."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("KitFiles", "Importer un kit"), "",
                                              QCoreApplication.translate("KitFiles", "Kits Tresse (*.tresse);;Tous les fichiers (*)"))
        if not path:
            return None
    try:
        kit_file = read_kit(Path(path))
    except ExchangeError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("KitFiles", "Importer un kit"), exc.message)
        return None
    kit = kit_file.kit
    repo = controller.repo
    if repo.load(kit.uid) is not None:
        kit = duplicate_kit(kit, QCoreApplication.translate("KitFiles", "%1 (importé)").replace("%1", kit.name))
    kit = replace(kit, archived=False)
    if not controller.create(kit, QCoreApplication.translate("KitFiles", "Importer « %1 »").replace("%1", kit.name)):
        return None
    notes = list(kit_file.warnings)
    if notes:
        QMessageBox.information(parent, QCoreApplication.translate("KitFiles", "Importer un kit"),
                                QCoreApplication.translate("KitFiles", "Le kit « %1 » a été importé, avec ces remarques :").replace("%1", kit.name)
                                + "\n\n" + "\n".join(f"• {n}" for n in notes))
    return kit



def save_bytes(parent: QWidget, title: str, path: str, data: bytes, *, private: bool = True) -> bool:
    """Write *data* to *path* atomically (owner-only when new and *private*: rosters, agendas with names);
    a clear message and False when it cannot be written."""
    from desktop.exchange.files import write_atomically

    try:
        write_atomically(path, data, private=private)
    except OSError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate("KitFiles", "Impossible d'écrire ce fichier\u00a0: %1")
                            .replace("%1", exc.strerror or str(exc)))
        return False
    return True
