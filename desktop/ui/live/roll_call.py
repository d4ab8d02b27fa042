"""The roll call, on the facilitator's screen only: the session's participants, to tick present for the current
half-day, in large type for a finger or the mouse.

A tick writes the same presence that « Présences et évaluations » holds (one undoable step each); « En retard »
marks someone present with the time they came (the hours count from it), which can then be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.ui.dates import clock
from desktop.domain.kit import HalfDay, Presence
from desktop.domain.roll_call import attendance_of
from desktop.ui.live.session import LiveSession
from desktop.ui.models.followup import half_day_label
from desktop.ui.widgets.time_field import TimeField

ROW_FONT_PX = 20


class RollCallRow:
    """The widgets of one participant's line (kept to update them in place)."""

    def __init__(self, parent: QWidget, uid: str, name: str) -> None:
        self.uid, self.name = uid, name
        self.present = QPushButton(name, parent)
        self.present.setCheckable(True)
        self.present.setObjectName("rollPresent")
        self.present.setMinimumHeight(48)
        self.late = QPushButton(QCoreApplication.translate("RollCallPanel", "En retard"), parent)
        self.late.setObjectName("rollLate")
        self.late.setMinimumHeight(48)
        self.arrived = TimeField(parent=parent)  # typed as people type times: « 9h30 », « 930 »
        self.arrived.setObjectName("rollArrived")
        self.arrived.setAccessibleName(QCoreApplication.translate("RollCallPanel", "Heure d'arrivée de %1").replace("%1", name))
        self.arrived.setMinimumHeight(48)
        for button in (self.present, self.late):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class RollCallPanel(QWidget):
    """Tick who is here, for the half-day chosen (the one under way by default)."""

    def __init__(self, live: LiveSession, parent=None) -> None:
        super().__init__(parent)
        self.live = live
        self.rows: dict[str, RollCallRow] = {}
        self._build()
        self.live.kit_changed.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.half_day = QComboBox(self)
        self.half_day.setObjectName("rollHalfDay")
        self.half_day.setAccessibleName(self.tr("Demi-journée"))
        for h in self.live.session.half_days:
            self.half_day.addItem(half_day_label(h), h)
        self.half_day.setCurrentIndex(max(0, self.half_day.findData(self.live.roll_half_day)))
        self.half_day.currentIndexChanged.connect(self._half_day_chosen)
        self.count = QLabel(self)
        self.count.setObjectName("rollCount")
        self.inner = QWidget(self)
        self.grid = QGridLayout(self.inner)
        self.grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        top = QHBoxLayout()
        top.addWidget(self.half_day)
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        font = QFont(self.font())
        font.setPixelSize(ROW_FONT_PX)
        self.inner.setFont(font)
        self.count.setFont(font)
        self.inner.setStyleSheet(
            f"QPushButton, QLineEdit {{ font-size: {ROW_FONT_PX}px; }}"
            "QPushButton#rollPresent { background: #ffffff; border: 2px solid #8a8a8a; border-radius: 6px; }"
            "QPushButton#rollPresent:checked { background: #1b5e20; color: #ffffff; border-color: #1b5e20;"
            " font-weight: bold; }")

    def current_half_day(self) -> HalfDay:
        return self.live.roll_half_day

    def _half_day_chosen(self) -> None:
        data = self.half_day.currentData()
        if data:
            self.live.roll_half_day = HalfDay(data)
        self.refresh()

    def refresh(self) -> None:
        kit = self.live.kit
        if kit is None:
            return
        uids = [p.uid for p in kit.participants]
        if list(self.rows) != uids:
            self._rebuild(kit)
        marks = attendance_of(kit, self.live.session_uid, self.current_half_day())
        here = 0
        for uid, row in self.rows.items():
            mark = marks.get(uid)
            is_present = mark is not None and mark.presence is Presence.PRESENT
            here += is_present
            row.present.blockSignals(True)
            row.present.setChecked(is_present)
            row.present.setText(f"✓  {row.name}" if is_present else row.name)
            row.present.blockSignals(False)
            arrived = mark.arrival if is_present and mark.arrival else None
            row.arrived.setVisible(arrived is not None)
            row.late.setVisible(arrived is None)
            if arrived is not None:
                row.arrived.blockSignals(True)
                row.arrived.setTime(QTime(arrived.hour, arrived.minute))
                row.arrived.blockSignals(False)
            name = row.name
            row.present.setAccessibleName(
                (self.tr("%1 : présence notée") if is_present else self.tr("%1 : présence pas encore notée")).replace("%1", name)
                + (self.tr(", arrivée à %1").replace("%1", clock(arrived)) if arrived else ""))
        self.count.setText(self.tr("Présences : %1 sur %2").replace("%1", str(here)).replace("%2", str(len(self.rows))))

    def _rebuild(self, kit) -> None:
        for row in self.rows.values():
            for w in (row.present, row.late, row.arrived):
                w.deleteLater()
        self.rows = {}
        people = sorted(kit.participants, key=lambda p: p.sort_name)
        for i, p in enumerate(people):
            row = RollCallRow(self.inner, p.uid, p.full_name or p.last_name)
            row.present.toggled.connect(lambda on, uid=p.uid: self.tick(uid, on))
            row.late.clicked.connect(lambda _=False, uid=p.uid: self.arrived_late(uid))
            row.arrived.editingFinished.connect(lambda uid=p.uid: self.correct_arrival(uid))
            self.grid.addWidget(row.present, i, 0)
            self.grid.addWidget(row.late, i, 1)
            self.grid.addWidget(row.arrived, i, 1)
            self.rows[p.uid] = row
        self.grid.setRowStretch(len(people), 1)

    # -- writing -----------------------------------------------------------------------------------------------
    def tick(self, uid: str, present: bool) -> bool:
        """Mark *uid* present for the half-day (or take the mark back)."""
        ok = self.live.mark(uid, self.current_half_day(), Presence.PRESENT if present else None)
        self.refresh()
        return ok

    def arrived_late(self, uid: str) -> bool:
        """Mark *uid* present, arrived now."""
        ok = self.live.mark(uid, self.current_half_day(), Presence.PRESENT, self.live.local_time().time())
        self.refresh()
        return ok

    def correct_arrival(self, uid: str) -> bool:
        """The arrival time, corrected by hand (one step once the editing is done)."""
        value = self.rows[uid].arrived.value()
        if value is None:  # the field stays red and says why until the time is one
            return False
        return self.live.mark(uid, self.current_half_day(), Presence.PRESENT, value)
