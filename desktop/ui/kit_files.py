"""Export and import of kit files (.tresse) from the window: file dialogs, personal-data question, messages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.kit import NAME_MAX, Kit
from desktop.domain.kit_factory import duplicate_kit
from desktop.domain.shared_records import adopt_shared
from desktop.exchange.errors import ExchangeError, KitWriteError
from desktop.exchange.kitfile import SUFFIX, read_kit, write_kit
from desktop.ui.workspace import Workspace



def _safe_file_name(name: str) -> str:
    return "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip(" .") or "kit"


def export_kit(parent: QWidget, workspace: Workspace, kit: Kit, path: str | None = None,
               with_participants: bool | None = None) -> bool:
    """Ask where to write *kit* and whether to include personal data, then write it; True when written."""
    title = QCoreApplication.translate("KitFiles", "Exporter le kit")
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, _safe_file_name(kit.name) + SUFFIX,
                                              QCoreApplication.translate("KitFiles", "Kits Tresse (*.tresse)"))
        if not path:
            return False
    if not path.endswith(SUFFIX):
        path += SUFFIX
    if with_participants is None:
        with_participants = bool(kit.participants) and QMessageBox.question(
            parent, title,
            QCoreApplication.translate("KitFiles", "Inclure les participants, leurs présences et leurs évaluations ?\n\nCe sont des données "
                "personnelles : ne les partagez qu'avec une structure qui en a besoin pour l'accompagnement."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
    structure = workspace.structure()

    def write(with_structure) -> None:
        write_kit(kit, path, venues=workspace.venues_of(kit), facilitators=workspace.facilitators_of(kit),
                  structure=with_structure, with_participants=with_participants)

    try:
        write(structure if structure.name else None)
    except KitWriteError as exc:
        if exc.reason.startswith("image_"):
            again = QMessageBox.question(parent, title, exc.message + "\n\n" + QCoreApplication.translate("KitFiles", "Exporter sans la structure émettrice ?"))
            if again == QMessageBox.StandardButton.Yes:
                try:
                    write(None)
                except ExchangeError as second:
                    QMessageBox.warning(parent, title, second.message)
                    return False
                return True
        QMessageBox.warning(parent, title, exc.message)
        return False
    except ExchangeError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return False
    return True


def _local_uids(workspace: Workspace) -> set[str]:
    return {u for k in workspace.kits() for u in (k.uid, *(w.uid for w in k.workshops),
                                                   *(p.uid for p in k.participants), *(s.uid for s in k.sessions))}


def import_kit(parent: QWidget, workspace: Workspace, path: str | None = None) -> Kit | None:
    """Read a kit file from someone else and add it as a new kit (a copy when it is already here).

    The venues and facilitators it brings never change the user's own (see
    :mod:`desktop.domain.shared_records`); the import is one undoable step.
    """
    title = QCoreApplication.translate("KitFiles", "Importer un kit")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", QCoreApplication.translate("KitFiles", "Kits Tresse (*.tresse);;Tous les fichiers (*)"))
        if not path:
            return None
    try:
        kit_file = read_kit(Path(path))
    except ExchangeError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return None
    kit = kit_file.kit
    inner = {kit.uid, *(w.uid for w in kit.workshops), *(p.uid for p in kit.participants),
             *(s.uid for s in kit.sessions)}
    if inner & _local_uids(workspace):
        kit = duplicate_kit(kit, QCoreApplication.translate("KitFiles", "%1 (importé)").replace("%1", kit.name)[:NAME_MAX])
    adopted = adopt_shared(replace(kit, archived=False), kit_file.venues, kit_file.facilitators,
                           workspace.venues, workspace.facilitators)
    kit = adopted.kit
    if not workspace.create_kit(kit, QCoreApplication.translate("KitFiles", "Importer « %1 »").replace("%1", kit.name),
                                venues=adopted.new_venues, facilitators=adopted.new_facilitators):
        return None
    notes = list(kit_file.warnings)
    notes += [QCoreApplication.translate("KitFiles", "« %1 » a été ajouté : ce lieu ou cet intervenant existait déjà ici avec d'autres "
                  "informations, qui n'ont pas été modifiées.").replace("%1", name) for name in adopted.renamed]
    if notes:
        QMessageBox.information(parent, title, QCoreApplication.translate("KitFiles", "Le kit « %1 » a été importé, avec ces remarques :")
                                .replace("%1", kit.name) + "\n\n" + "\n".join(f"• {n}" for n in notes))
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
