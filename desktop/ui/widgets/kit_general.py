"""The kit's own fields: name, territory, département, audience, capacity, facilitators, mentions, notes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLineEdit, QListView, QPlainTextEdit, QSpinBox, QWidget,
)

from desktop.domain.kit import NAME_MAX, Kit, touch
from desktop.domain.vocabulary import AUDIENCES
from desktop.ui import labels
from desktop.ui.kit_controller import KitController


class CommitPlainTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text when it loses the focus.

    Signals:
        committed(str): the text, on focus out.
    """

    committed = Signal(str)

    def focusOutEvent(self, event) -> None:
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)


class KitGeneralPanel(QWidget):
    """Form of the kit's fields; each change is one undoable edit, saved at once."""

    status_message = Signal(str, int)  # a message for the status bar, and for how long (ms)

    def __init__(self, controller: KitController, schedule=None, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.schedule = schedule
        self.facilitators = QStandardItemModel(self)
        self.facilitator_view = QListView(self)
        self.facilitator_view.setModel(self.facilitators)
        self.facilitator_view.setMaximumHeight(90)
        self.facilitators.itemChanged.connect(self._facilitators_edited)
        self.name = QLineEdit(self)
        self.name.setObjectName("kitName")
        self.name.setMaxLength(NAME_MAX)
        self.territory = QLineEdit(self)
        self.departement = QLineEdit(self)
        self.departement.setPlaceholderText(self.tr("ex. Ardèche ou 07 (jours fériés et vacances scolaires)"))
        self.audience = {key: QCheckBox(labels.audience_label(key), self) for key in AUDIENCES}
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 500)
        self.funders = CommitPlainTextEdit(self)
        self.funders.setPlaceholderText(self.tr("Imprimée sur les feuilles d'émargement et les attestations, "
                                                "ex. « Action soutenue par la Région et le FSE+ »"))
        self.funders.setFixedHeight(60)
        self.partners = CommitPlainTextEdit(self)
        self.partners.setFixedHeight(60)
        self.notes = CommitPlainTextEdit(self)
        self.archived = QCheckBox(self.tr("Kit archivé (terminé)"), self)

        audience_row = QHBoxLayout()
        for box in self.audience.values():
            audience_row.addWidget(box)
        audience_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Nom du kit :"), self.name)
        form.addRow(self.tr("&Territoire :"), self.territory)
        form.addRow(self.tr("&Département :"), self.departement)
        form.addRow(self.tr("Public :"), audience_row)
        form.addRow(self.tr("&Capacité (participants) :"), self.capacity)
        form.addRow(self.tr("Intervenants du kit :"), self.facilitator_view)
        form.addRow(self.tr("Mention des &financeurs :"), self.funders)
        form.addRow(self.tr("Mention des &partenaires :"), self.partners)
        form.addRow(self.tr("N&otes :"), self.notes)
        form.addRow("", self.archived)

        self.name.editingFinished.connect(self._name_edited)
        self.territory.editingFinished.connect(lambda: self._edit(self.tr("Modifier le territoire"),
                                                                  territory=" ".join(self.territory.text().split())))
        self.departement.editingFinished.connect(
            lambda: self._edit(self.tr("Modifier le département"), departement=self.departement.text().strip()))
        self.capacity.editingFinished.connect(lambda: self._edit(self.tr("Modifier la capacité"),
                                                                 capacity=self.capacity.value()))
        for box in self.audience.values():
            box.toggled.connect(self._audience_edited)
        self.funders.committed.connect(lambda t: self._edit(self.tr("Modifier la mention des financeurs"),
                                                            funders_mention=t.strip()))
        self.partners.committed.connect(lambda t: self._edit(self.tr("Modifier la mention des partenaires"),
                                                             partners_mention=t.strip()))
        self.notes.committed.connect(lambda t: self._edit(self.tr("Modifier les notes"), notes=t.strip()))
        self.archived.toggled.connect(lambda on: self._edit(self.tr("Archiver le kit") if on else
                                                            self.tr("Réactiver le kit"), archived=on))
        if schedule is not None:
            schedule.changed.connect(lambda: self._fill_facilitators(self.controller.kit))
        self.set_kit(None)

    def _fill_facilitators(self, kit: Kit | None) -> None:
        self.facilitators.blockSignals(True)
        self.facilitators.clear()
        people = sorted(self.schedule.facilitators.values(), key=lambda f: f.name.casefold()) if self.schedule else []
        for f in people:
            item = QStandardItem(f.name)
            item.setData(f.uid, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if kit and f.uid in kit.facilitator_uids
                               else Qt.CheckState.Unchecked)
            self.facilitators.appendRow(item)
        if not people:
            item = QStandardItem(self.tr("Ajoutez des intervenants : Édition › Lieux, intervenants et dates à éviter"))
            item.setEnabled(False)
            self.facilitators.appendRow(item)
        self.facilitators.blockSignals(False)

    def _facilitators_edited(self, *args) -> None:
        chosen = tuple(self.facilitators.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.facilitators.rowCount())
                       if self.facilitators.item(r).isCheckable()
                       and self.facilitators.item(r).checkState() == Qt.CheckState.Checked)
        self._edit(self.tr("Modifier les intervenants du kit"), facilitator_uids=chosen)

    def set_kit(self, kit: Kit | None) -> None:
        widgets = [self.name, self.territory, self.departement, self.capacity, self.funders, self.partners,
                   self.notes, self.archived, *self.audience.values()]
        for w in widgets:
            w.blockSignals(True)
        self.setEnabled(kit is not None)
        kit = kit or Kit(uid="", name="")
        for edit, value in ((self.name, kit.name), (self.territory, kit.territory),
                            (self.departement, kit.departement)):
            if edit.text() != value:
                edit.setText(value)
        self.capacity.setValue(kit.capacity)
        for edit, value in ((self.funders, kit.funders_mention), (self.partners, kit.partners_mention),
                            (self.notes, kit.notes)):
            if edit.toPlainText() != value:
                edit.setPlainText(value)
        self.archived.setChecked(kit.archived)
        for key, box in self.audience.items():
            box.setChecked(key in kit.audience)
        self._fill_facilitators(kit if kit.uid else None)
        for w in widgets:
            w.blockSignals(False)

    def _edit(self, text: str, **changes) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        new = replace(kit, **changes)
        if new != kit:
            self.controller.apply(touch(new), text)

    def _name_edited(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            # An empty name is refused: the field goes back to the saved name.
            self.name.setText(self.controller.kit.name if self.controller.kit else "")
            self.status_message.emit(self.tr("Un kit doit avoir un nom."), 5000)
            return
        self._edit(self.tr("Renommer le kit"), name=name)

    def _audience_edited(self, *args) -> None:
        self._edit(self.tr("Modifier le public"),
                   audience=tuple(k for k, box in self.audience.items() if box.isChecked()))


