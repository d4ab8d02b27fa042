"""The part both live views share: the workshop's title, the segment under way and a large clock of the time
left, the next segment and the progress through the session.

Type is sized from the panel's own size (read from the back of a room on a projector, and still fitting a small
laptop); the colours are high contrast, light on black. At the end of a segment the clock turns red and blinks.
Every text is a label's text; the clock and the progress bar also carry an accessible name in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.live_timer import clock_text
from desktop.ui.live.session import LiveSession

BACKGROUND = "#000000"
TEXT = "#ffffff"
MUTED = "#c8c8c8"
WARN = "#ffd23f"  # the last minute
OVER = "#ff3b30"  # the end: the clock turns red, and blinks
LAST_MINUTE = 60


def spoken_duration(seconds: int) -> str:
    """« 4 minutes 5 secondes », for screen readers."""
    from PySide6.QtCore import QCoreApplication

    minutes, secs = divmod(max(0, int(seconds)), 60)
    return QCoreApplication.translate("ClockPanel", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))


class ClockPanel(QWidget):
    """Title, current segment, time left, next segment, progress.

    Args:
        live: the session run live.
        scale: how much of the panel's height the clock takes (the participant view gives it the most).
    """

    def __init__(self, live: LiveSession, scale: float = 0.36, parent=None) -> None:
        super().__init__(parent)
        self.live = live
        self.scale = scale
        self._build()
        self._lay_out()
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"ClockPanel {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")

    def _label(self, name: str, align=Qt.AlignmentFlag.AlignCenter) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(align)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _build(self) -> None:
        self.workshop = self._label("liveWorkshop")
        self.segment = self._label("liveSegment")
        self.clock = self._label("liveClock")
        self.clock.setWordWrap(False)
        self.state = self._label("liveState")
        self.following = self._label("liveNext")
        self.position = self._label("livePosition")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("liveProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setStyleSheet(f"QProgressBar {{ background: #333333; border: none; }}"
                                    f"QProgressBar::chunk {{ background: {WARN}; }}")

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.workshop)
        layout.addStretch(1)
        layout.addWidget(self.segment)
        layout.addWidget(self.clock)
        layout.addWidget(self.state)
        layout.addStretch(1)
        layout.addWidget(self.following)
        layout.addWidget(self.position)
        layout.addWidget(self.progress)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._size_type()

    def _size_type(self) -> None:
        h, w = max(1, self.height()), max(1, self.width())
        clock_px = int(min(h * self.scale, w / 4.2))
        for label, px, bold in ((self.workshop, h * 0.045, False), (self.segment, h * 0.085, True),
                                (self.clock, clock_px, True), (self.state, h * 0.05, True),
                                (self.following, h * 0.055, False), (self.position, h * 0.04, False)):
            font = QFont(self.font())
            font.setPixelSize(max(12, int(px)))
            font.setBold(bold)
            label.setFont(font)
        self.progress.setFixedHeight(max(8, int(h * 0.025)))

    def refresh(self) -> None:
        """Read the timer again (called on every tick)."""
        live, timer = self.live, self.live.timer
        now = live.now()
        self.workshop.setText(live.workshop_title)
        current = timer.current
        self.segment.setText(current.title if current else "")
        left = timer.remaining(now)
        over = timer.is_over(now)
        if self.clock.text() != clock_text(left):  # once a second: screen readers are not flooded
            self.clock.setText(clock_text(left))
            self.clock.setAccessibleName(self.tr("Temps restant : %1").replace("%1", spoken_duration(left)))
        if over:
            self.state.setText(self.tr("Temps écoulé") if timer.following or not timer.is_last
                               else self.tr("Fin de la séance"))
        elif not timer.running:
            self.state.setText(self.tr("En pause"))
        else:
            self.state.setText("")
        following = timer.following
        self.following.setText(self.tr("Ensuite : %1").replace("%1", following.title) if following
                               else self.tr("Dernière étape"))
        total = len(timer.segments)
        self.position.setText(self.tr("Étape %1 sur %2").replace("%1", str(timer.index + 1)).replace("%2", str(total)))
        progress = timer.progress(now)
        self.progress.setValue(int(progress * 1000))
        self.progress.setAccessibleName(self.tr("Avancement de la séance : %1 %").replace(
            "%1", str(int(progress * 100))))
        self._colour(left, over, now)

    def _colour(self, left: int, over: bool, now: float) -> None:
        blink_on = int(now * 2) % 2 == 0  # twice a second, from the clock (so tests can read it)
        if over:
            fg, bg = (BACKGROUND, OVER) if blink_on else (OVER, BACKGROUND)
        elif left <= LAST_MINUTE:
            fg, bg = WARN, BACKGROUND
        else:
            fg, bg = TEXT, BACKGROUND
        style = f"color: {fg}; background: {bg};"
        if self.clock.styleSheet() != style:  # a style sheet costs a re-polish: only when it changes
            self.clock.setStyleSheet(style)
            self.state.setStyleSheet(f"color: {OVER if over else WARN};")
        self.blinking = over
        self.blink_on = over and blink_on
