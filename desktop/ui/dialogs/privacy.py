"""« Données personnelles… »: the participants of every kit; export one person's data, anonymise, delete; the
retention setting and anonymising the kits it has made due.

Every change goes through the kit controller (undoable, saved at once). After anonymising or deleting, the dialog
says that the backups keep the old data until they rotate out (two months at most) and offers to purge them; a
fresh backup of the cleaned data is taken at once, so there is always one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from desktop.domain.kit import Kit, Participant
from desktop.domain.kit_edit import remove_participants
from desktop.domain.privacy import anonymise_participants, due_for_anonymisation, is_anonymous, person_data
from desktop.domain.text import fold, sort_key
from desktop.exchange.files import write_atomically
from desktop.exchange.person_export import person_csv, person_json
from desktop.storage import backups
from desktop.storage.changes import KIT, Edit
from desktop.ui.file_dialogs import save_file
from desktop.ui.kit_controller import KitController
from desktop.ui.models.base import FilterProxy, ListTableModel
from desktop.domain.wording import QT_TRANSLATE_NOOP
from desktop.ui.wording import counted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrolment:
    """One participant of one kit, a row of the dialog."""

    kit: Kit
    participant: Participant


class EnrolmentModel(ListTableModel[Enrolment]):
    def headers(self):
        return (self.tr("Nom"), self.tr("Prénom"), self.tr("Courriel"), self.tr("Kit"))

    def display(self, obj: Enrolment, column: int) -> str:
        p = obj.participant
        return (p.last_name, p.first_name, p.email, obj.kit.name)[column]

    def sort_value(self, obj: Enrolment, column: int):
        return sort_key(self.display(obj, column))


def purge_question(parent: QWidget, database: Path, folder: Path) -> None:
    """Say that backups keep the old data; purge them (and take a fresh one) if the person asks."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("Privacy", "Sauvegardes"), QCoreApplication.translate(
        "Privacy", "Les sauvegardes de Tresse gardent encore ces données, jusqu'à ce qu'elles soient renouvelées "
                   "(deux mois au plus).\n\nEffacer toutes les sauvegardes maintenant\u00a0? Une nouvelle sauvegarde, "
                   "sans ces données, est faite aussitôt."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return
    removed = backups.purge(folder)
    try:
        backups.make_backup(database, folder)
    except backups.BackupError as exc:
        log.warning("backup after purge failed: %s %s", exc.reason, exc.detail)
    QMessageBox.information(parent, QCoreApplication.translate("Privacy", "Sauvegardes"), counted(
        "Privacy", QT_TRANSLATE_NOOP("Privacy", "%Ln sauvegarde(s) effacée(s).", None, 2), removed))


class PrivacyDialog(QDialog):
    """The participants of every kit and what can be done with their personal data.

    Args:
        controller: the kit controller (edits are undoable and saved at once).
        settings: the preferences (``retention_months``).
        folder: the backups folder.
    """

    def __init__(self, controller: KitController, settings, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.settings, self.folder = controller, settings, folder
        self.database = Path(controller.workspace.db.path)
        self._build()
        self._lay_out()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Données personnelles"))
        self.setObjectName("privacyDialog")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher une personne (nom, prénom, courriel)"))
        self.model = EnrolmentModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self.tr("&Exporter ses données…"), self)
        self.anonymise_button = QPushButton(self.tr("&Anonymiser"), self)
        self.delete_button = QPushButton(self.tr("&Supprimer…"), self)
        self.retention = QSpinBox(self)
        self.retention.setRange(0, 120)
        self.retention.setSpecialValueText(self.tr("jamais"))
        self.retention.setSuffix(self.tr(" mois"))
        self.retention.setValue(int(self.settings.get("retention_months")))
        self.due_button = QPushButton(self.tr("Anonymiser les kits &concernés…"), self)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for button in (self.export_button, self.anonymise_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        group = QGroupBox(self.tr("Durée de conservation : anonymiser les participants des kits terminés depuis"),
                          self)
        inner = QHBoxLayout(group)
        inner.addWidget(self.retention)
        inner.addWidget(self.due_label, 1)
        inner.addWidget(self.due_button)
        layout.addWidget(group)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.anonymise_button.clicked.connect(lambda: self.anonymise_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.retention.valueChanged.connect(self._retention_changed)
        self.due_button.clicked.connect(lambda: self.anonymise_due())
        self.buttons.rejected.connect(self.reject)

    def kits(self) -> list[Kit]:
        return sorted(self.controller.workspace.kits(), key=lambda k: k.name.casefold())

    def refresh(self) -> None:
        kits = self.kits()
        self.model.set_rows([Enrolment(k, p) for k in kits for p in k.participants])
        self._update_buttons()
        self._show_due(kits)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        self.proxy.set_accept(None if not words else lambda e: all(
            w in fold(f"{e.participant.last_name} {e.participant.first_name} {e.participant.email}") for w in words))

    def selected(self) -> Enrolment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.object_at(rows[0].row()) if rows else None

    def _update_buttons(self, *args) -> None:
        chosen = self.selected()
        self.export_button.setEnabled(chosen is not None and not is_anonymous(chosen.participant))
        self.anonymise_button.setEnabled(chosen is not None and not is_anonymous(chosen.participant))
        self.delete_button.setEnabled(chosen is not None)

    def _retention_changed(self, months: int) -> None:
        self.settings.set("retention_months", months)
        self._show_due(self.kits())

    def _show_due(self, kits: list[Kit]) -> None:
        due = due_for_anonymisation(kits, self.retention.value(), date.today())
        self.due_button.setEnabled(bool(due))
        self.due_label.setText(self.tr("%Ln kit(s) à anonymiser.", "", len(due)) if due else
                               self.tr("Aucun kit à anonymiser."))

    def export_selected(self, path: str | None = None) -> bool:
        """Write the chosen person's data across every kit as FILE.csv and FILE.json (owner-only)."""
        chosen = self.selected()
        if chosen is None:
            return False
        if path is None:
            name = "-".join(x for x in (chosen.participant.last_name, chosen.participant.first_name) if x)
            path = save_file(self, "person-data", self.tr("Exporter ses données"), f"donnees-{name}.csv",
                             self.tr("CSV (*.csv)"))
            if not path:
                return False
        items = person_data(self.kits(), chosen.participant)
        target = Path(path).with_suffix(".csv")
        try:
            write_atomically(target, person_csv(items), private=True)
            write_atomically(target.with_suffix(".json"), person_json(items), private=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Exporter ses données"), self.tr("Impossible d'écrire ce fichier : %1")
                                .replace("%1", exc.strerror or str(exc)))
            return False
        QMessageBox.information(self, self.tr("Exporter ses données"), self.tr(
            "Les données de %1 (%Ln kits) sont dans :\n%3\n%4", "", len(items)).replace("%1", chosen.participant.full_name)
            .replace("%3", str(target)).replace("%4", str(target.with_suffix(".json"))))
        return True

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def anonymise_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self._confirm(self.tr("Anonymiser"), self.tr(
                "Le nom et les coordonnées de %1 deviennent « Participant n » dans le kit « %2 ». Ses présences, ses "
                "heures et ses évaluations restent : les chiffres des financeurs les comptent toujours.")
                .replace("%1", chosen.participant.full_name).replace("%2", chosen.kit.name)):
            return False
        after = anonymise_participants(chosen.kit, {chosen.participant.uid})
        return self._applied(self.controller.apply(after, self.tr("Anonymiser un participant")))

    def delete_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self._confirm(self.tr("Supprimer"), self.tr(
                "Supprimer %1 du kit « %2 »\u00a0? Ses présences et ses évaluations sont supprimées avec lui ou elle : "
                "elles ne compteront plus dans les chiffres du kit. Pour les garder, anonymisez plutôt.")
                .replace("%1", chosen.participant.full_name).replace("%2", chosen.kit.name)):
            return False
        after = remove_participants(chosen.kit, {chosen.participant.uid})
        return self._applied(self.controller.apply(after, self.tr("Supprimer un participant")))

    def anonymise_due(self) -> bool:
        due = due_for_anonymisation(self.kits(), self.retention.value(), date.today())
        if not due or not self._confirm(self.tr("Anonymiser"), self.tr(
                "Anonymiser les participants de ces kits\u00a0? Leurs présences, heures et évaluations restent.\n\n%1")
                .replace("%1", "\n".join(f"• {k.name}" for k in due))):
            return False
        edits = [Edit(KIT, k.uid, k, anonymise_participants(k)) for k in due]  # one undoable step for them all
        return self._applied(self.controller.workspace.apply(
            edits, self.tr("Anonymiser %Ln kit(s)", "", len(due))))

    def _applied(self, ok: bool) -> bool:
        self.refresh()
        if ok:
            purge_question(self, self.database, self.folder)
        return ok
