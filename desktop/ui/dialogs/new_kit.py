"""Start a kit: from a template, from an experiment's actions, or blank."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout,
)

from desktop.domain.errors import ValidationError
from desktop.domain.kit import NAME_MAX, Kit
from desktop.domain.kit_factory import blank_kit, kit_from_experiment, kit_from_template
from desktop.domain.text import plain_name
from desktop.storage.repositories import CatalogueRepository


class NewKitDialog(QDialog):
    """Choose how to start the kit and name it; ``kit()`` gives the result after ``exec()``."""

    def __init__(self, catalogue: CatalogueRepository, parent=None, *, template_id: str = "",
                 experiment: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau kit"))
        self.catalogue = catalogue
        self._templates = catalogue.templates()
        self._experiments = catalogue.experiments()
        self._kit: Kit | None = None
        self._auto_name = ""
        self._build()
        self._lay_out()
        self._connect()
        self._choose(template_id, experiment)
        self.resize(560, self.sizeHint().height())

    def _build(self) -> None:
        self.from_template = QRadioButton(self.tr("À partir d'un &modèle de kit"), self)
        self.from_experiment = QRadioButton(self.tr("À partir des actions d'une &expérimentation"), self)
        self.blank = QRadioButton(self.tr("Kit &vierge"), self)
        self.group = QButtonGroup(self)
        for b in (self.from_template, self.from_experiment, self.blank):
            self.group.addButton(b)
        self.template = QComboBox(self)
        for t in self._templates:
            self.template.addItem(plain_name(t.name), t.id)
        self.experiment = QComboBox(self)
        for e in self._experiments:
            self.experiment.addItem(f"{e.number} – {e.title}", e.number)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX)
        self.name.setObjectName("newKitName")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a4161a;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer le kit"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.from_template)
        form.addRow(self.tr("Modèle :"), self.template)
        form.addRow(self.from_experiment)
        form.addRow(self.tr("Expérimentation :"), self.experiment)
        form.addRow(self.blank)
        form.addRow(self.tr("&Nom du kit :"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for b in (self.from_template, self.from_experiment, self.blank):
            b.toggled.connect(self._update)
        self.template.currentIndexChanged.connect(self._update)
        self.experiment.currentIndexChanged.connect(self._update)

    def _choose(self, template_id: str, experiment: int | None) -> None:
        """Start on the experiment or template asked for (else the first template)."""
        if experiment is not None:
            self.experiment.setCurrentIndex(max(0, self.experiment.findData(experiment)))
            self.from_experiment.setChecked(True)
        else:
            if template_id:
                self.template.setCurrentIndex(max(0, self.template.findData(template_id)))
            self.from_template.setChecked(True)

    def _update(self, *args) -> None:
        self.template.setEnabled(self.from_template.isChecked())
        self.experiment.setEnabled(self.from_experiment.isChecked())
        if self.from_template.isChecked():
            suggestion = self.template.currentText()
        elif self.from_experiment.isChecked():
            e = self._experiments[self.experiment.currentIndex()] if self._experiments else None
            suggestion = e.title if e else ""
        else:
            suggestion = ""
        if not self.name.text() or self.name.text() == self._auto_name:
            self.name.setText(suggestion)
            self._auto_name = suggestion

    def accept(self) -> None:
        name = self.name.text()
        try:
            if self.from_template.isChecked():
                template = self._templates[self.template.currentIndex()]
                experiment = next((e for e in self._experiments if e.number == template.experiment), None)
                library = {w.id: w for w in self.catalogue.workshops()}
                self._kit = kit_from_template(template, library, name, experiment)
            elif self.from_experiment.isChecked():
                experiment = self._experiments[self.experiment.currentIndex()]
                self._kit = kit_from_experiment(experiment, self.catalogue.workshops(), name)
            else:
                self._kit = blank_kit(name)
        except ValidationError as exc:
            self.error.setText(self.tr("Donnez un nom au kit.") if exc.code == "empty" else
                               self.tr("Ce nom est trop long."))
            self.name.setFocus()
            return
        super().accept()

    def kit(self) -> Kit | None:
        return self._kit
