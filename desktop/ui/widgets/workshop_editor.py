"""The editor of one workshop of a kit: its title, format, duration and timed outline (the kit's « Ateliers » tab)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTableView, QVBoxLayout,
)

from desktop.domain.catalogue import Segment, Workshop
from desktop.domain.kit import outline_gap
from desktop.domain.vocabulary import DAY_MAX_MINUTES, FORMATS, SEGMENT_KINDS
from desktop.ui import labels
from desktop.ui.models.kits import SegmentModel
from desktop.ui.widgets.delegates import ChoiceDelegate


class WorkshopEditor(QGroupBox):
    """Edit one kit workshop: title, format, duration and the timed outline (a warning when it does not add up).

    Signals:
        edited(object): the edited Workshop.
    """

    edited = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._build()
        self._lay_out()
        self._connect()
        self.set_workshop(None)

    def _build(self) -> None:
        self.setTitle(self.tr("Atelier sélectionné"))
        self._workshop: Workshop | None = None
        self.title = QLineEdit(self)
        self.format = QComboBox(self)
        for key in FORMATS:
            self.format.addItem(labels.format_label(key), key)
        self.duration = QSpinBox(self)
        self.duration.setRange(5, DAY_MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" min")
        self.segments = SegmentModel(self._segment_edited, self)
        self.outline = QTableView(self)
        self.outline.setModel(self.segments)
        self.outline.setItemDelegateForColumn(SegmentModel.KIND, ChoiceDelegate(
            lambda: [(labels.segment_kind_label(k), k) for k in SEGMENT_KINDS], self.outline))
        self.outline.verticalHeader().setVisible(False)
        self.outline.horizontalHeader().setSectionResizeMode(SegmentModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.outline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.warning = QLabel(self)
        self.warning.setObjectName("outlineWarning")
        self.warning.setStyleSheet("color: #a4161a; font-weight: bold;")
        self.warning.setWordWrap(True)
        self.add_segment = QPushButton(self.tr("Ajouter une séquence"), self)
        self.remove_segment = QPushButton(self.tr("Retirer la séquence"), self)
        self.fill_segment = QPushButton(self.tr("Ajuster la dernière séquence"), self)
        self.fill_segment.setToolTip(self.tr("Donne à la dernière séquence les minutes qui manquent ou qui sont en trop"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Titre :"), self.title)
        row = QHBoxLayout()
        row.addWidget(self.format, 1)
        dlabel = QLabel(self.tr("&Durée :"), self)
        dlabel.setBuddy(self.duration)
        row.addWidget(dlabel)
        row.addWidget(self.duration)
        form.addRow(self.tr("Format :"), row)
        buttons = QHBoxLayout()
        for b in (self.add_segment, self.remove_segment, self.fill_segment):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outline, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.title.editingFinished.connect(self._title_edited)
        self.format.activated.connect(lambda *_: self._emit(format=self.format.currentData()))
        self.duration.editingFinished.connect(lambda: self._emit(duration_minutes=self.duration.value()))
        self.add_segment.clicked.connect(self._add_segment)
        self.remove_segment.clicked.connect(self._remove_segment)
        self.fill_segment.clicked.connect(self._fill_last)

    def set_workshop(self, workshop: Workshop | None) -> None:
        self._workshop = workshop
        self.setEnabled(workshop is not None)
        for w in (self.title, self.format, self.duration):
            w.blockSignals(True)
        if workshop is None:
            self.title.clear()
            self.segments.set_rows([])
            self.warning.clear()
        else:
            self.title.setText(workshop.title)
            self.format.setCurrentIndex(max(0, self.format.findData(workshop.format)))
            self.duration.setValue(workshop.duration_minutes)
            self.segments.set_rows(list(workshop.segments))
            self.outline.resizeColumnsToContents()
            self.outline.horizontalHeader().setSectionResizeMode(SegmentModel.DESCRIPTION,
                                                                 QHeaderView.ResizeMode.Stretch)
            gap = outline_gap(workshop)
            if gap > 0:
                self.warning.setText(self.tr("Le déroulé totalise %1 min : il manque %2 min pour atteindre la durée "
                                             "de la séance.").replace("%1", str(workshop.outline_minutes))
                                     .replace("%2", str(gap)))
            elif gap < 0:
                self.warning.setText(self.tr("Le déroulé totalise %1 min : %2 min de plus que la durée de la "
                                             "séance.").replace("%1", str(workshop.outline_minutes))
                                     .replace("%2", str(-gap)))
            else:
                self.warning.clear()
            self.fill_segment.setEnabled(gap != 0 and bool(workshop.segments))
        for w in (self.title, self.format, self.duration):
            w.blockSignals(False)

    def _emit(self, **changes) -> None:
        if self._workshop is None:
            return
        new = replace(self._workshop, **changes)
        if new != self._workshop:
            self.edited.emit(new)

    def _title_edited(self) -> None:
        text = " ".join(self.title.text().split())
        if not text:
            self.title.setText(self._workshop.title if self._workshop else "")
            return
        self._emit(title=text)

    def _segment_edited(self, row: int, segment: Segment) -> None:
        segments = list(self._workshop.segments)
        segments[row] = segment
        self._emit(segments=tuple(segments))

    def _add_segment(self) -> None:
        gap = max(outline_gap(self._workshop), 15)
        self._emit(segments=self._workshop.segments + (Segment("apport", self.tr("Nouvelle séquence"), gap),))

    def _remove_segment(self) -> None:
        row = self.outline.currentIndex().row()
        if row < 0 or len(self._workshop.segments) <= 1:
            return
        segments = list(self._workshop.segments)
        del segments[row]
        self._emit(segments=tuple(segments))

    def _fill_last(self) -> None:
        segments = list(self._workshop.segments)
        last = segments[-1]
        minutes = last.minutes + outline_gap(self._workshop)
        if minutes <= 0:
            return
        segments[-1] = replace(last, minutes=minutes)
        self._emit(segments=tuple(segments))
