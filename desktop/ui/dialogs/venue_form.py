"""One venue in a form: name, address, commune, capacity, equipment, access, and its facts.

The facts' widgets are built and read by two small functions (:func:`fact_widgets`, :func:`read_facts`) so that
richer facts (yes / no / « à préciser ») replace them in one place. Enter in the form saves the venue.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from desktop.domain.kit import Venue, new_uid
from desktop.ui.widgets.date_field import ERROR_STYLE

#: The venue's facts, in the order shown.
FACTS = ("step_free", "parking", "mobile_coverage", "wifi")


def fact_labels() -> dict[str, str]:
    return {"step_free": QCoreApplication.translate("VenueForm", "Accès de plain-pied"), "parking": QCoreApplication.translate("VenueForm", "Parking"),
            "mobile_coverage": QCoreApplication.translate("VenueForm", "Réseau mobile"), "wifi": QCoreApplication.translate("VenueForm", "Wi-Fi")}


def fact_widgets(venue: Venue, parent: QWidget) -> tuple[QWidget, dict[str, QCheckBox]]:
    """The facts of *venue* as widgets: a box to put in the form, and one editor per fact."""
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    editors = {}
    for i, (name, label) in enumerate(fact_labels().items()):
        check = QCheckBox(label, box)
        check.setObjectName(f"fact_{name}")
        check.setChecked(bool(getattr(venue, name)))
        grid.addWidget(check, i // 2, i % 2)
        editors[name] = check
    return box, editors


def read_facts(editors: dict[str, QCheckBox]) -> dict[str, bool]:
    """The facts as the widgets of :func:`fact_widgets` say them, as Venue fields."""
    return {name: check.isChecked() for name, check in editors.items()}


class VenueForm(QDialog):
    """Create (venue None) or edit a venue; ``venue()`` after ``exec()``."""

    def __init__(self, venue: Venue | None = None, parent=None) -> None:
        super().__init__(parent)
        self._original = venue or Venue(new_uid(), "")
        self.setWindowTitle(self.tr("Nouveau lieu") if venue is None else self.tr("Lieu — %1").replace("%1",
                                                                                                       venue.name))
        self._build()
        self._lay_out()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.setFocus()

    def _build(self) -> None:
        v = self._original
        self.name = QLineEdit(v.name, self)
        self.name.setPlaceholderText(self.tr("ex. Salle des fêtes"))
        self.commune = QLineEdit(v.commune, self)  # before the address: the tab order is the form's
        self.commune.setPlaceholderText(self.tr("ex. Sarras"))
        self.address = QLineEdit(v.address, self)
        self.address.setPlaceholderText(self.tr("ex. Place de la Mairie"))
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("non précisée"))
        self.capacity.setSuffix(self.tr(" places"))
        self.capacity.setValue(v.capacity)
        self.equipment = QLineEdit(v.equipment, self)
        self.equipment.setPlaceholderText(self.tr("ex. vidéoprojecteur, paperboard"))
        self.access = QPlainTextEdit(v.access_notes, self)
        self.access.setPlaceholderText(self.tr("Clés, horaires, stationnement…"))
        self.access.setMaximumHeight(70)
        self.access.setTabChangesFocus(True)
        self.facts_box, self.facts = fact_widgets(v, self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer le lieu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Nom\u00a0:"), self.name)
        form.addRow(self.tr("&Commune\u00a0:"), self.commune)
        form.addRow(self.tr("&Adresse\u00a0:"), self.address)
        form.addRow(self.tr("Ca&pacité\u00a0:"), self.capacity)
        form.addRow(self.tr("É&quipement\u00a0:"), self.equipment)
        form.addRow(self.tr("Accè&s\u00a0:"), self.access)
        form.addRow(self.tr("Sur place\u00a0:"), self.facts_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def venue(self) -> Venue:
        return replace(self._original, name=" ".join(self.name.text().split()),
                       address=" ".join(self.address.text().split()), commune=" ".join(self.commune.text().split()),
                       capacity=self.capacity.value(), equipment=" ".join(self.equipment.text().split()),
                       access_notes=self.access.toPlainText().strip(), **read_facts(self.facts))

    def accept(self) -> None:
        if not self.venue().name:
            self.error.setText(self.tr("Donnez un nom au lieu."))
            self.name.setFocus()
            return
        super().accept()
