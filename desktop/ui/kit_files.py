"""Export and import of kit files (.tresse) from the window: file dialogs, personal-data question, messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.kit import Kit
from desktop.domain.kit_factory import template_to_share
from desktop.domain.kit_import import COPY, REPLACE, UNCHANGED, ChoiceNeeded, plan_import
from desktop.exchange.errors import ExchangeError, KitWriteError
from desktop.exchange.kitfile import SUFFIX, read_kit, write_kit
from desktop.ui.file_dialogs import open_file, save_file
from desktop.ui.tasks import run_with_progress
from desktop.ui.workspace import Workspace
from desktop.ui.wording import words


def _safe_file_name(name: str) -> str:
    return "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip(" .") or "kit"


def export_kit(parent: QWidget, workspace: Workspace, kit: Kit, path: str | None = None,
               with_participants: bool | None = None, *, as_template: bool = False) -> bool:
    """Write *kit* to a kit file; True when written.

    *as_template* (« Partager comme modèle », what one sends to another structure): the workshops, their order and
    outlines only — no participants, dates, venues, contact details or signatory. Otherwise (« Exporter le kit »):
    dates, venues and facilitators, and the participants only when the person says so, which the suggested file
    name then says too.
    """
    title = (QCoreApplication.translate("KitFiles", "Partager comme modèle") if as_template
             else QCoreApplication.translate("KitFiles", "Exporter le kit"))
    structure = workspace.structure()
    structure = structure if structure.name else None
    facilitators = workspace.facilitators_of(kit)
    venues = workspace.venues_of(kit)
    if as_template:
        with_participants = False
        kit, facilitators, structure = template_to_share(kit, facilitators, structure)
        venues = ()
        suffix = QCoreApplication.translate("KitFiles", " - modèle")
    else:
        if with_participants is None:
            with_participants = bool(kit.participants) and QMessageBox.question(
                parent, title, QCoreApplication.translate(
                    "KitFiles", "Inclure les participants, leurs présences et leurs évaluations ?\n\nCe sont des "
                    "données personnelles : ne les partagez qu'avec une structure qui en a besoin pour "
                    "l'accompagnement. Pour partager le kit sans elles, choisissez Non, ou Fichier › Partager comme "
                    "modèle."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        suffix = QCoreApplication.translate("KitFiles", " - avec participants") if with_participants else ""
    if path is None:
        path = save_file(parent, "export-kit", title, _safe_file_name(kit.name + suffix) + SUFFIX,
                         QCoreApplication.translate("KitFiles", "Kits Tresse (*.tresse)"))
        if not path:
            return False
    if not path.endswith(SUFFIX):
        path += SUFFIX

    def write(with_structure) -> None:
        write_kit(kit, path, venues=venues, facilitators=facilitators, structure=with_structure,
                  with_participants=bool(with_participants))

    try:
        write(structure)
    except KitWriteError as exc:
        if exc.reason.startswith("image_"):
            again = QMessageBox.question(parent, title, words(exc.said) + "\n\n" + QCoreApplication.translate(
                "KitFiles", "Exporter sans la structure émettrice ?"))
            if again == QMessageBox.StandardButton.Yes:
                try:
                    write(None)
                except ExchangeError as second:
                    QMessageBox.warning(parent, title, words(second.said))
                    return False
                return True
        QMessageBox.warning(parent, title, words(exc.said))
        return False
    except ExchangeError as exc:
        QMessageBox.warning(parent, title, words(exc.said))
        return False
    return True


def _ask_replace_or_copy(parent: QWidget, title: str, local: Kit) -> str | None:
    """« Remplacer », « Garder les deux » or « Annuler » for a received kit that has the uid of a local one."""
    box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
        "KitFiles", "Vous avez déjà le kit « %1 », avec un contenu différent de celui du fichier.").replace(
        "%1", local.name), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "KitFiles", "Remplacer : le kit, ses ateliers et ses séances prennent le contenu du fichier (vos "
        "participants, présences et évaluations sont gardés si le fichier n'en contient pas). Garder les deux : "
        "le fichier devient un nouveau kit. Vous pourrez annuler (Ctrl+Z)."))
    replace_button = box.addButton(QCoreApplication.translate("KitFiles", "&Remplacer"),
                                   QMessageBox.ButtonRole.DestructiveRole)
    copy_button = box.addButton(QCoreApplication.translate("KitFiles", "&Garder les deux"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy_button)
    box.exec()
    clicked = box.clickedButton()
    return REPLACE if clicked is replace_button else COPY if clicked is copy_button else None


def import_kit(parent: QWidget, workspace: Workspace, path: str | None = None,
               choose=_ask_replace_or_copy) -> Kit | None:
    """Read a kit file from someone else and add it (or update the kit it already is): one undoable step.

    The file is read and checked in a thread (a large file on a slow USB key does not freeze the window); the
    identity rules are :func:`desktop.domain.kit_import.plan_import`'s, and the venues and facilitators it brings
    never change the user's own. Returns the kit now in the workspace, or None when nothing was imported.
    """
    title = QCoreApplication.translate("KitFiles", "Importer un kit")
    if path is None:
        path = open_file(parent, "import-kit", title, QCoreApplication.translate(
            "KitFiles", "Kits Tresse (*.tresse);;Tous les fichiers (*)"))
        if not path:
            return None
    try:
        kit_file = run_with_progress(parent, lambda: read_kit(Path(path)),
                                     QCoreApplication.translate("KitFiles", "Lecture du kit…"))
    except ExchangeError as exc:
        QMessageBox.warning(parent, title, words(exc.said) + "\n\n" + QCoreApplication.translate(
            "KitFiles", "Rien n'a été modifié."))
        return None
    options = dict(with_personal_data=kit_file.with_participants, local_kits={k.uid: k for k in workspace.kits()},
                   local_venues=workspace.venues, local_facilitators=workspace.facilitators)
    try:
        plan = plan_import(kit_file.kit, kit_file.venues, kit_file.facilitators, **options)
    except ChoiceNeeded as needed:
        choice = choose(parent, title, needed.local)
        if choice is None:
            return None
        plan = plan_import(kit_file.kit, kit_file.venues, kit_file.facilitators, choice=choice, **options)
    if plan.action == UNCHANGED:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "KitFiles", "Le kit « %1 » est déjà là, identique : rien n'a changé.").replace(
            "%1", kit_file.kit.name))
        return workspace.kit(kit_file.kit.uid)
    text = QCoreApplication.translate("KitFiles", "Importer « %1 »").replace("%1", plan.kit.name)
    if not workspace.import_plan(plan, text):
        return None
    notes = [words(w) for w in kit_file.warnings]
    notes += [QCoreApplication.translate(
        "KitFiles", "« %1 » a été ajouté : ce lieu ou cet intervenant existait déjà ici avec d'autres "
        "informations, qui n'ont pas été modifiées.").replace("%1", name) for name in plan.renamed]
    if notes:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "KitFiles", "Le kit « %1 » a été importé, avec ces remarques :").replace("%1", plan.kit.name)
            + "\n\n" + "\n".join(f"• {n}" for n in notes))
    return plan.kit


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
