"""What the calendar's painted views share: sessions of the period, filter, highlights, drag and drop, chips.

They are custom-painted widgets that read the :class:`~desktop.ui.schedule.Schedule` (no item widget holds data):
each session is a chip (month) or a block (week) in its kit's colour, with a red or orange border when it is in an
error or warning conflict. A session is dragged to another day (month) or day and time (week, by quarters of an
hour) with the ``application/x-tresse-session`` MIME type, or moved with Alt+arrows once clicked; the drop calls
:meth:`Schedule.move_session`, one undoable edit. :meth:`CalendarView.drop_at` is the drop without the event.
The views themselves are :class:`~desktop.ui.widgets.calendar_month.MonthView` and
:class:`~desktop.ui.widgets.calendar_week.WeekView`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QDropEvent, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from desktop.ui.dates import long_date, time_range
from desktop.scheduling.conflicts import ERROR
from desktop.scheduling.holidays_fr import public_holiday
from desktop.ui.models.schedule import (
    ERROR_COLOR, SESSION_MIME, WARNING_COLOR, SessionEntry, SessionFilter, kit_colors, merge_entries, minutes,
    session_entries, session_entries_of,
)
from desktop.ui.schedule import Schedule
from desktop.ui.wording import words
from desktop.ui.labels import status_label

GRID = QColor("#c8ccd2")
SHADE = QColor("#eceef1")
TODAY = QColor("#1a73e8")
HIGHLIGHT = QColor("#f5b800")
TEXT = QColor("#1d2430")
MUTED = QColor("#8a919c")
QUARTER = 15


def session_tooltip(entry: SessionEntry) -> str:
    """Rich text: workshop, kit, date and time, venue, facilitators, status and the conflict messages."""
    s = entry.session
    when = f"{long_date(s.day)}, {time_range(s.start, s.end)}"
    if s.lunch_start and s.lunch_end:
        when += QCoreApplication.translate("CalendarView", " (pause déjeuner %1)").replace(
            "%1", time_range(s.lunch_start, s.lunch_end))
    title = entry.title or QCoreApplication.translate("CalendarView", "Séance sans atelier")
    venue = entry.venue or QCoreApplication.translate("CalendarView", "non précisé")
    people = ", ".join(entry.facilitators) or QCoreApplication.translate("CalendarView", "non précisés")
    lines = [f"<b>{escape(title)}</b>",
             QCoreApplication.translate("CalendarView", "Kit : %1").replace("%1", escape(entry.kit.name)),
             escape(when),
             QCoreApplication.translate("CalendarView", "Lieu : %1").replace(
                 "%1", escape(venue)),
             QCoreApplication.translate("CalendarView", "Intervenants : %1").replace(
                 "%1", escape(people)),
             QCoreApplication.translate("CalendarView", "Statut : %1").replace("%1", escape(status_label(s.status)))]
    for conflict in entry.conflicts:
        color = ERROR_COLOR if conflict.severity == ERROR else WARNING_COLOR
        lines.append(f"<span style='color:{color}'>• {escape(words(conflict.reason))}</span>")
    return "<p>" + "<br>".join(lines) + "</p>"


def holiday_name(day: date) -> str:
    """The national public holiday on *day* (« Armistice »), or ""."""
    return public_holiday(day, "") or ""


def time_of(value: int) -> time:
    """The time *value* minutes after midnight, kept within the day."""
    value = max(0, min(value, 24 * 60 - 1))
    return time(value // 60, value % 60)


class CalendarView(QWidget):
    """What the month and week views share: the shown sessions, the filter, highlights, selection, drag and drop.

    Args:
        schedule: every kit's sessions and conflicts.
        today: gives today's date (a clock the tests can fix).

    Signals:
        session_activated(str): a session was double-clicked, or Enter pressed on it (its uid).
        day_activated(object): a day was double-clicked, or its « +N » clicked (a ``date``).
        date_requested(object): the view needs the calendar to show this day (a session moved by keyboard).
    """

    session_activated = Signal(str)
    day_activated = Signal(object)
    date_requested = Signal(object)

    def __init__(self, schedule: Schedule, parent=None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self._today = today
        self._anchor = today()
        self._filter = SessionFilter()
        self._entries: list[SessionEntry] = []
        self._rects: list[tuple[QRectF, SessionEntry]] = []
        self._laid_out = False
        self._highlighted: frozenset[str] = frozenset()
        self._selected = ""
        self._press: tuple[QPoint, str] | None = None
        self._drag_offset = 0
        self._drop_hint: tuple[date, time, int] | None = None  # day, start, minutes
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.rebuilds = 0  # full readings of the period (a drop repaints its days only, without one)
        schedule.changed.connect(self._schedule_changed)
        self.refresh()

    # -- period, filter, highlight -----------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        """The first and last days shown (each view widens the anchor day to its month or week)."""
        return self._anchor, self._anchor

    def anchor(self) -> date:
        return self._anchor

    def set_anchor(self, day: date) -> None:
        """Show the period holding *day*."""
        self._anchor = day
        self.refresh()

    def set_filter(self, session_filter: SessionFilter) -> None:
        self._filter = session_filter
        self.refresh()

    def set_highlighted(self, uids) -> None:
        """Outline these sessions (the ones of the selected conflict)."""
        self._highlighted = frozenset(uids)
        self.update()

    def highlighted(self) -> frozenset[str]:
        return self._highlighted

    def selected_session(self) -> str:
        return self._selected

    def entries(self) -> list[SessionEntry]:
        """The sessions shown, by date and time."""
        return list(self._entries)

    def refresh(self) -> None:
        """Read the sessions of the period again."""
        start, end = self.period()
        self.rebuilds += 1
        self._entries = [e for e in session_entries(self.schedule, start, end) if self._filter.accepts(e)]
        self._laid_out = False
        self.update()

    def _schedule_changed(self) -> None:
        change = self.schedule.last_change
        if change is None:
            self.refresh()
            return
        uids = change.session_uids
        start, end = self.period()
        fresh = [e for e in session_entries_of(self.schedule, uids)
                 if start <= e.day <= end and self._filter.accepts(e)]
        days = {e.day for e in self._entries if e.uid in uids} | {e.day for e in fresh}
        if not days:
            return
        self._entries = merge_entries(self._entries, uids, fresh)
        self._laid_out = False
        self.update(self._days_rect(days))

    def _days_rect(self, days: set[date]) -> QRect:
        """What to repaint when the sessions of *days* changed (each view narrows it to those days)."""
        return self.rect()

    # -- geometry ----------------------------------------------------------------------------------------------
    def _layout(self) -> None:
        """Fill ``self._rects`` (and what the view needs) for the current size."""

    def _ensure_layout(self) -> None:
        if not self._laid_out:
            self._rects = []
            self._layout()
            self._laid_out = True

    def chip_rect(self, session_uid: str) -> QRect | None:
        """Where a session is drawn (its first chip or block), or None when it is not shown."""
        self._ensure_layout()
        return next((r.toRect() for r, e in self._rects if e.uid == session_uid), None)

    def session_at(self, pos: QPoint | QPointF) -> str | None:
        """The uid of the session drawn at *pos*, if any."""
        self._ensure_layout()
        point = QPointF(pos)
        return next((e.uid for r, e in reversed(self._rects) if r.contains(point)), None)

    def entry(self, session_uid: str) -> SessionEntry | None:
        return next((e for e in self._entries if e.uid == session_uid), None)

    def date_at(self, pos: QPoint | QPointF) -> date | None:
        """The day under *pos*, or None outside the days."""
        return None

    def time_at(self, pos: QPoint | QPointF) -> time | None:
        """The time under *pos*, to the nearest quarter of an hour (None where the view shows no hours)."""
        return None

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        uid = self.session_at(pos)
        entry = self.entry(uid) if uid else None
        if entry is not None:
            return session_tooltip(entry)
        day = self.date_at(pos)
        return escape(holiday_name(day)) if day else ""

    # -- dropping ----------------------------------------------------------------------------------------------
    def _drop_target(self, session_uid: str, pos: QPointF) -> tuple[date, time | None] | None:
        day = self.date_at(pos)
        return (day, None) if day else None

    def drop_at(self, session_uid: str, pos: QPoint | QPointF) -> bool:
        """Move a session to the day (and time) at *pos*: what a drop does. False if nothing moved."""
        target = self._drop_target(session_uid, QPointF(pos))
        if target is None or self.schedule.find_session(session_uid) is None:
            return False
        return self.schedule.move_session(session_uid, target[0], target[1])

    @staticmethod
    def _dragged_uid(mime: QMimeData | None) -> str:
        if mime is None or not mime.hasFormat(SESSION_MIME):
            return ""
        return bytes(mime.data(SESSION_MIME).data()).decode("utf-8", "replace").strip()

    def dragEnterEvent(self, event) -> None:
        if self._dragged_uid(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        uid = self._dragged_uid(event.mimeData())
        target = self._drop_target(uid, event.position()) if uid else None
        found = self.schedule.find_session(uid) if uid else None
        if target is None or found is None:
            self._drop_hint = None
            event.ignore()
        else:
            s = found[1]
            self._drop_hint = (target[0], target[1] or s.start, minutes(s.end) - minutes(s.start))
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        self.update()

    def dragLeaveEvent(self, event) -> None:
        self._drop_hint = None
        self.update()

    def dropEvent(self, event) -> None:
        self.handle_drop(event)

    def handle_drop(self, event: QDropEvent) -> bool:
        """What a drop does, callable with a synthesised event: move the session, accept or ignore the event."""
        hint, self._drop_hint = self._drop_hint, None
        uid = self._dragged_uid(event.mimeData())
        moved = bool(uid) and self.drop_at(uid, event.position())
        if moved:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        if hint is not None:  # the day the hint shaded (the session's new day: repainted already if it moved)
            self.update(self._days_rect({hint[0]}))
        return moved

    # -- mouse and keyboard ------------------------------------------------------------------------------------
    def _grab_offset(self, entry: SessionEntry, pos: QPointF) -> int:
        return 0

    def _more_at(self, pos: QPointF) -> date | None:
        return None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            uid = self.session_at(event.position())
            self._press = (event.position().toPoint(), uid) if uid else None
            more = None if uid else self._more_at(event.position())
            self._selected = uid or ""
            self.update()
            if more is not None:
                self.day_activated.emit(more)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, uid = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        entry, rect = self.entry(uid), self.chip_rect(uid)
        if entry is None or rect is None:
            return
        mime = QMimeData()
        mime.setData(SESSION_MIME, uid.encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab(rect.intersected(self.rect())))
        drag.setHotSpot(start - rect.topLeft())
        self._drag_offset = self._grab_offset(entry, QPointF(start))
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self._drag_offset = 0
            self._drop_hint = None
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        uid = self.session_at(event.position())
        if uid:
            self.session_activated.emit(uid)
            return
        day = self.date_at(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def _key_move(self, key: int) -> tuple[int, int] | None:
        """(days, minutes) a session moves by with Alt and this arrow key."""
        return {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}.get(key)

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        found = self.schedule.find_session(self._selected) if self._selected else None
        if found is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.session_activated.emit(self._selected)
            return
        step = self._key_move(key) if mods & Qt.KeyboardModifier.AltModifier else None
        if found is not None and step is not None:
            s = found[1]
            day = s.day + timedelta(days=step[0])
            start = time_of(minutes(s.start) + step[1]) if step[1] else None
            if self.schedule.move_session(s.uid, day, start):
                start_, end_ = self.period()
                if not start_ <= day <= end_:
                    self.date_requested.emit(day)
            return
        if key == Qt.Key.Key_Escape and self._selected:
            self._selected = ""
            self.update()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        self._laid_out = False
        super().resizeEvent(event)

    # -- painting helpers --------------------------------------------------------------------------------------
    def _paint_session(self, p: QPainter, rect: QRectF, entry: SessionEntry, lines: list[str],
                       lunch: QRectF | None = None) -> None:
        """A chip or block: light kit colour, a strong stripe on the left, text lines, conflict border."""
        strong, light = kit_colors(entry.kit.uid)
        if entry.cancelled:
            strong, light = QColor("#a0a4aa"), QColor("#f1f2f4")
        if entry.uid in self._highlighted:
            p.setPen(QPen(HIGHLIGHT, 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(light)
        p.drawRoundedRect(rect, 3, 3)
        if lunch is not None:
            p.setBrush(QColor(255, 255, 255, 215))
            p.drawRect(lunch)
            p.setPen(QPen(strong, 1, Qt.PenStyle.DashLine))
            p.drawLine(lunch.topLeft(), lunch.topRight())
            p.drawLine(lunch.bottomLeft(), lunch.bottomRight())
            p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(strong)
        p.drawRect(QRectF(rect.left(), rect.top(), 4, rect.height()))
        severity = entry.severity
        if severity:
            p.setPen(QPen(QColor(ERROR_COLOR if severity == ERROR else WARNING_COLOR), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if entry.uid == self._selected:
            p.setPen(QPen(TEXT, 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 2, 2)
        text_rect = rect.adjusted(7, 1, -4, -1)
        if severity:
            fm = QFontMetrics(self.font())
            d = min(fm.height() - 2, text_rect.height() - 2)
            badge = QRectF(text_rect.right() - d, text_rect.top() + 1, d, d)
            text_rect.setRight(badge.left() - 2)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(ERROR_COLOR if severity == ERROR else WARNING_COLOR))
            p.drawEllipse(badge)
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(Qt.GlobalColor.white)
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
        self._paint_lines(p, text_rect, lines, entry.cancelled, lunch)

    def _paint_lines(self, p: QPainter, rect: QRectF, lines: list[str], cancelled: bool,
                     lunch: QRectF | None) -> None:
        """Draw *lines* from the top of *rect*; with several lines the second (the title) is bold and wraps."""
        y = rect.top()
        for i, line in enumerate(lines):
            font = QFont(self.font())
            title = i == 1 and len(lines) > 1
            font.setBold(title)
            font.setStrikeOut(cancelled)
            fm = QFontMetrics(font)
            p.setFont(font)
            p.setPen(MUTED if cancelled else TEXT)
            for part in wrap_text(line, fm, int(rect.width()), 3 if title else 1):
                if lunch is not None and lunch.top() <= y + fm.height() and y < lunch.bottom():
                    y = lunch.bottom() + 1
                if y + fm.height() > rect.bottom() + 2 and (i or y > rect.top()):
                    p.setFont(self.font())
                    return
                p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, part)
                y += fm.height()
        p.setFont(self.font())


def wrap_text(text: str, fm: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """*text* cut at spaces into at most *max_lines* lines of *width* pixels, the last one elided if need be."""
    lines: list[str] = []
    current = ""
    words = text.split(" ")
    for n, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if not current or fm.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            current = " ".join([current, *words[n:]])
            break
        lines.append(current)
        current = word
    lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
