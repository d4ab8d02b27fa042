"""The kit's totals: sessions, hours, participants against capacity, and the materials checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.kit import Kit, kit_totals, materials_checklist
from desktop.ui import labels
from desktop.ui.models.kits import MaterialsModel


class KitSummaryPanel(QWidget):
    """Read-only summary of a kit."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.totals = QLabel(self)
        self.totals.setObjectName("kitTotals")
        self.totals.setWordWrap(True)
        self.materials = MaterialsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.materials)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(QLabel(self.tr("<b>Matériel à prévoir</b> pour l'ensemble du kit"), self))
        layout.addWidget(self.view, 1)

    def set_kit(self, kit: Kit | None) -> None:
        if kit is None:
            self.totals.clear()
            self.materials.set_rows([])
            return
        sessions, minutes = kit_totals(kit)
        text = self.tr("<p><b>%Ln séances</b>, %1 d'ateliers au total.</p>", "", sessions).replace(
            "%1", labels.duration_label(minutes))
        text += self.tr("<p>%Ln participants inscrits pour %1 places.</p>", "", len(kit.participants)).replace(
            "%1", str(kit.capacity))
        if len(kit.participants) > kit.capacity:
            text += self.tr("<p style='color:#a4161a'><b>Attention : le nombre de participants dépasse la capacité "
                            "du kit.</b></p>")
        self.totals.setText(text)
        self.materials.set_rows(materials_checklist(kit))
