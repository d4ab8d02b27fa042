"""The two live views: the participants' (on the projector) and the facilitator's (on the laptop).

Both are top-level windows that hand every key to :class:`~desktop.ui.live.windows.LiveWindows` (space, arrows,
+ / −, Escape, F11, G, F2), so the keys work whichever of them has the focus. Their buttons take no focus, so that
Space never presses a button by accident.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QStackedLayout, QTabWidget, QVBoxLayout,
    QWidget,
)

from desktop.ui.dates import clock, duration
from desktop.ui.live.clock_panel import ClockPanel
from desktop.ui.live.groups import GroupsBoard, GroupsPanel
from desktop.ui.live.roll_call import RollCallPanel
from desktop.ui.live.session import LiveSession


class LiveWindow(QWidget):
    """A top-level live view whose keys and closing go to its owner.

    Args:
        keys: called with every key event not taken by a child; returns True when it used it.
        closing: called when the window is asked to close; returns True to let it close.
    """

    def __init__(self, keys: Callable, closing: Callable, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._keys, self._closing = keys, closing

    def keyPressEvent(self, event) -> None:  # Qt override
        if not self._keys(event):
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # Qt override
        if self._closing():
            event.accept()
        else:
            event.ignore()


class ParticipantView(LiveWindow):
    """What the room sees: the clock panel, or the sub-groups when the facilitator shows them. Nothing personal
    but the first names of the groups."""

    def __init__(self, live: LiveSession, keys: Callable, closing: Callable, parent=None) -> None:
        super().__init__(keys, closing, parent)
        self.setObjectName("liveParticipantView")
        self.live = live
        self.setWindowTitle(self.tr("Séance en cours — vue des participants"))
        self.panel = ClockPanel(live, 0.40, self)
        self.board = GroupsBoard(live, self)
        self.hint = QLabel(self.tr("F2 : vos notes et l'appel · Échap : terminer"), self)
        self.hint.setObjectName("liveHint")
        self.hint.setStyleSheet("color: #9a9a9a; background: #000000; padding: 6px;")
        self.hint.hide()
        pages = QWidget(self)
        self.stack = QStackedLayout(pages)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.panel)
        self.stack.addWidget(self.board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(pages, 1)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)
        self.setStyleSheet("ParticipantView { background: #000000; }")

    def show_hint(self, seconds: int = 12) -> None:
        """For a single screen: tell her, for a few seconds, how to reach her own view."""
        self.hint.show()
        QTimer.singleShot(seconds * 1000, self.hint, self.hint.hide)

    def show_groups(self, on: bool) -> None:
        if on:
            self.board.refresh()
        self.stack.setCurrentWidget(self.board if on else self.panel)

    @property
    def groups_shown(self) -> bool:
        return self.stack.currentWidget() is self.board

    def refresh(self) -> None:
        self.panel.refresh()


class FacilitatorView(LiveWindow):
    """The facilitator's screen: the same clock, the segment's instructions, the workshop's materials, the whole
    session's clock against its planned end, ahead or behind; the roll call and the sub-groups."""

    def __init__(self, live: LiveSession, keys: Callable, closing: Callable, parent=None) -> None:
        super().__init__(keys, closing, parent)
        self.setObjectName("liveFacilitatorView")
        self.live = live
        self.setWindowTitle(self.tr("Animer la séance — %1").replace("%1", live.workshop_title))
        self._build()
        self._lay_out()
        self.live.segment_changed.connect(self._segment_changed)
        self._segment_changed()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(44)
        return button

    def _build(self) -> None:
        self.panel = ClockPanel(self.live, 0.30, self)
        self.session_clock = QLabel(self)
        self.session_clock.setObjectName("liveSessionClock")
        self.session_clock.setWordWrap(True)
        self.drift = QLabel(self)
        self.drift.setObjectName("liveDrift")
        self.instructions = QLabel(self)
        self.instructions.setObjectName("liveInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.materials = QLabel(self)
        self.materials.setObjectName("liveMaterials")
        self.materials.setWordWrap(True)
        self.materials.setTextFormat(Qt.TextFormat.PlainText)
        self.roll_call = RollCallPanel(self.live, self)
        self.groups = GroupsPanel(self.live, self)
        self.pause_button = self._button(self.tr("Pause (Espace)"), "livePause")
        self.previous_button = self._button(self.tr("← Étape précédente"), "livePrevious")
        self.next_button = self._button(self.tr("Étape suivante →"), "liveNext")
        self.minus_button = self._button(self.tr("− 1 min"), "liveMinus")
        self.plus_button = self._button(self.tr("+ 1 min"), "livePlus")
        self.swap_button = self._button(self.tr("Vue des participants (F2)"), "liveSwap")
        self.leave_button = self._button(self.tr("Terminer (Échap)"), "liveLeave")
        self.auto = QCheckBox(self.tr("Enchaîner les étapes"), self)
        self.auto.setObjectName("liveAuto")
        self.auto.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.auto.setToolTip(self.tr("À la fin d'une étape, passer à la suivante sans attendre."))
        self.auto.toggled.connect(self.live.set_auto_advance)

    def _lay_out(self) -> None:
        details = QWidget(self)
        box = QVBoxLayout(details)
        heading = QFont(self.font())
        heading.setPixelSize(18)
        heading.setBold(True)
        self.instructions_title = QLabel(self.tr("Consignes de l'étape"), details)
        self.materials_title = QLabel(self.tr("Matériel de l'atelier"), details)
        for title in (self.instructions_title, self.materials_title):
            title.setFont(heading)
        body = QFont(self.font())
        body.setPixelSize(17)
        for label in (self.instructions, self.materials, self.session_clock, self.drift):
            label.setFont(body)
        for widget in (self.session_clock, self.drift, self.instructions_title, self.instructions,
                       self.materials_title, self.materials):
            box.addWidget(widget)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("liveTabs")
        self.tabs.addTab(scroll, self.tr("Déroulé"))
        self.tabs.addTab(self.roll_call, self.tr("Appel"))
        self.tabs.addTab(self.groups, self.tr("Sous-groupes"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.panel)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([3000, 2000])
        buttons = QHBoxLayout()
        for b in (self.previous_button, self.pause_button, self.next_button, self.minus_button, self.plus_button):
            buttons.addWidget(b)
        buttons.addWidget(self.auto)
        buttons.addStretch(1)
        buttons.addWidget(self.swap_button)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _segment_changed(self) -> None:
        current = self.live.timer.current
        text = current.description.strip() if current and current.description else ""
        self.instructions.setText(text or self.tr("Pas de consigne écrite pour cette étape."))
        materials = self.live.materials
        self.materials.setText("\n".join(f"• {m}" for m in materials) if materials
                               else self.tr("Aucun matériel indiqué."))

    def refresh(self) -> None:
        self.panel.refresh()
        live, timer = self.live, self.live.timer
        now = live.now()
        self.pause_button.setText(self.tr("Reprendre (Espace)") if not timer.running else self.tr("Pause (Espace)"))
        self.previous_button.setEnabled(timer.index > 0)
        self.next_button.setEnabled(not timer.is_last)
        session = live.session
        if session is None:
            return
        finish = live.local_time().timestamp() + timer.projected_left(now)
        from datetime import datetime

        projected = datetime.fromtimestamp(finish).time()
        self.session_clock.setText(
            self.tr("Séance : %1 passées sur %2 prévues. Fin prévue à %3, fin estimée à %4.")
            .replace("%1", duration(timer.elapsed(now) // 60)).replace("%2", duration(timer.planned_seconds // 60))
            .replace("%3", clock(session.end)).replace("%4", clock(projected)))
        drift = timer.drift(now)
        minutes = abs(drift) // 60
        if minutes == 0:
            self.drift.setText(self.tr("À l'heure"))
            colour = "#1b5e20"
        elif drift > 0:
            self.drift.setText(self.tr("En retard de %1 min").replace("%1", str(minutes)))
            colour = "#a4161a"
        else:
            self.drift.setText(self.tr("En avance de %1 min").replace("%1", str(minutes)))
            colour = "#1b5e20"
        self.drift.setStyleSheet(f"color: {colour}; font-weight: bold;")
