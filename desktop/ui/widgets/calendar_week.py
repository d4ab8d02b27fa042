"""The calendar's week view: seven columns of hours, sessions as blocks from their start to their end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from desktop.ui.dates import clock, day_number, hour, short_weekday, weekday
from desktop.ui.models.schedule import SessionEntry, hours_text, minutes
from desktop.ui.schedule import Schedule
from desktop.ui.widgets.calendar_views import (
    GRID, MUTED, QUARTER, SHADE, TEXT, TODAY, CalendarView, holiday_name, time_of,
)


class WeekView(CalendarView):
    """A week (lundi → dimanche) by hours: sessions as blocks from start to end, lunch breaks drawn.

    Rows are the hours from 8 h to 19 h (more when a session starts earlier or ends later); overlapping sessions
    of one day share the column. Cancelled sessions are greyed and struck through.

    Signals:
        (those of :class:`CalendarView`)
    """

    FIRST_HOUR, LAST_HOUR = 8, 20

    def __init__(self, schedule: Schedule, parent=None, *, today: Callable[[], date] = date.today) -> None:
        self._hours = (self.FIRST_HOUR, self.LAST_HOUR)
        self._lunches: dict[str, QRectF] = {}
        super().__init__(schedule, parent, today=today)
        self.setMinimumSize(7 * 80, 260)  # fits a 1024 × 600 screen (the hours drawn closer)

    def period(self) -> tuple[date, date]:
        monday = self._anchor - timedelta(days=self._anchor.weekday())
        return monday, monday + timedelta(days=6)

    def refresh(self) -> None:
        super().refresh()
        self._hours = self._hours_needed()

    def _schedule_changed(self) -> None:
        super()._schedule_changed()
        hours = self._hours_needed()
        if hours != self._hours:  # a session moved outside the hours drawn: the whole grid changes
            self._hours = hours
            self._laid_out = False
            self.update()

    def _hours_needed(self) -> tuple[int, int]:
        first = min([self.FIRST_HOUR, *(e.session.start.hour for e in self._entries)])
        last = max([self.LAST_HOUR, *(-(-minutes(e.session.end) // 60) for e in self._entries)])
        return first, min(24, last)

    def hours(self) -> tuple[int, int]:
        """The first and last hour lines drawn."""
        return self._hours

    # -- geometry ----------------------------------------------------------------------------------------------
    def _gutter(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(hour(20)) + 14

    def _header_height(self) -> int:
        return 2 * QFontMetrics(self.font()).height() + 8

    def _column_width(self) -> float:
        return (self.width() - self._gutter()) / 7

    def _hour_height(self) -> float:
        return (self.height() - self._header_height()) / (self._hours[1] - self._hours[0])

    def y_of(self, value: time | int) -> float:
        """The vertical position of a time (or of minutes since midnight)."""
        m = minutes(value) if isinstance(value, time) else value
        return self._header_height() + (m - self._hours[0] * 60) * self._hour_height() / 60

    def day_rect(self, day: date) -> QRect | None:
        """A day's column below the header, or None if the day is not shown."""
        first = self.period()[0]
        index = (day - first).days
        if not 0 <= index < 7:
            return None
        x = self._gutter() + index * self._column_width()
        return QRectF(x, self._header_height(), self._column_width(), self.height() - self._header_height()).toRect()

    def position_of(self, day: date, at: time) -> QPoint | None:
        """The point in *day*'s column at time *at* (the inverse of ``date_at`` / ``time_at``)."""
        rect = self.day_rect(day)
        return None if rect is None else QPoint(rect.center().x(), round(self.y_of(at)) + 1)

    def lunch_rect(self, session_uid: str) -> QRect | None:
        """Where a full-day session's lunch break is drawn, or None."""
        self._ensure_layout()
        rect = self._lunches.get(session_uid)
        return rect.toRect() if rect is not None else None

    def date_at(self, pos: QPoint | QPointF) -> date | None:
        point = QPointF(pos)
        x = point.x() - self._gutter()
        if x < 0 or not 0 <= point.y() < self.height():
            return None
        index = int(x // self._column_width())
        return self.period()[0] + timedelta(days=index) if 0 <= index < 7 else None

    def _raw_minutes(self, pos: QPointF) -> float:
        return self._hours[0] * 60 + (pos.y() - self._header_height()) * 60 / self._hour_height()

    def time_at(self, pos: QPoint | QPointF) -> time | None:
        point = QPointF(pos)
        if point.y() < self._header_height() or self.date_at(point) is None:
            return None
        return self._snap(self._raw_minutes(point))

    def _snap(self, value: float) -> time:
        lowest, highest = self._hours[0] * 60, self._hours[1] * 60 - QUARTER
        return time_of(int(max(lowest, min(highest, round(value / QUARTER) * QUARTER))))

    def _drop_target(self, session_uid: str, pos: QPointF) -> tuple[date, time | None] | None:
        day = self.date_at(pos)
        if day is None:
            return None
        if pos.y() < self._header_height():
            return day, None
        return day, self._snap(self._raw_minutes(pos) - self._drag_offset)

    def _grab_offset(self, entry: SessionEntry, pos: QPointF) -> int:
        return int(self._raw_minutes(pos) - minutes(entry.session.start))

    def _key_move(self, key: int) -> tuple[int, int] | None:
        return {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -QUARTER),
                Qt.Key.Key_Down: (0, QUARTER)}.get(key)

    def _layout(self) -> None:
        self._lunches = {}
        first = self.period()[0]
        col_w = self._column_width()
        for index in range(7):
            day = first + timedelta(days=index)
            todays = sorted((e for e in self._entries if e.day == day),
                            key=lambda e: (e.session.start, e.session.end, e.uid))
            x = self._gutter() + index * col_w
            for entry, lane, lanes in _lanes(todays):
                s = entry.session
                width = (col_w - 6) / lanes
                top, bottom = self.y_of(s.start), self.y_of(s.end)
                rect = QRectF(x + 3 + lane * width, top + 1, width - 2, max(bottom - top - 2, 6))
                self._rects.append((rect, entry))
                if s.lunch_start and s.lunch_end and s.start < s.lunch_start < s.lunch_end < s.end:
                    lunch_top = self.y_of(s.lunch_start)
                    self._lunches[entry.uid] = QRectF(rect.left() + 4, lunch_top, rect.width() - 4,
                                                      self.y_of(s.lunch_end) - lunch_top)

    def paintEvent(self, event) -> None:
        self._ensure_layout()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        small.setItalic(True)
        gutter, header, col_w = self._gutter(), self._header_height(), self._column_width()
        today = self._today()
        first = self.period()[0]
        p.fillRect(QRectF(0, 0, self.width(), header), QColor("#f6f7f9"))
        for index in range(7):
            day = first + timedelta(days=index)
            x = gutter + index * col_w
            holiday = holiday_name(day)
            body = QRectF(x, header, col_w, self.height() - header)
            if day.weekday() >= 5 or holiday:
                p.fillRect(body, SHADE)
            elif day == today:
                p.fillRect(body, QColor("#f3f8ff"))
            p.setFont(bold)
            p.setPen(TODAY if day == today else TEXT)
            label = f"{weekday(day.weekday())} {day_number(day)}"
            if fm.horizontalAdvance(label) + 8 > col_w:
                label = f"{short_weekday(day.weekday())} {day.day}"
            p.drawText(QRectF(x, 4, col_w, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
            if holiday:
                p.setFont(small)
                p.setPen(QColor("#8a4b12"))
                p.drawText(QRectF(x + 2, 4 + fm.height(), col_w - 4, fm.height()), Qt.AlignmentFlag.AlignCenter,
                           QFontMetrics(small).elidedText(holiday, Qt.TextElideMode.ElideRight, int(col_w - 4)))
            if day == today:
                p.fillRect(QRectF(x + 4, header - 3, col_w - 8, 3), TODAY)
        p.setFont(self.font())
        for value in range(self._hours[0], self._hours[1] + 1):
            y = self.y_of(value * 60)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(gutter - 4, y), QPointF(self.width(), y))
            if value < self._hours[1]:
                p.setPen(QPen(QColor("#e6e8eb"), 1, Qt.PenStyle.DotLine))
                half = self.y_of(value * 60 + 30)
                p.drawLine(QPointF(gutter, half), QPointF(self.width(), half))
                p.setPen(MUTED)
                p.drawText(QRectF(0, y + 1, gutter - 8, fm.height()),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, hour(value))
        p.setPen(QPen(GRID, 1))
        for index in range(8):
            x = gutter + index * col_w
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        hint = self._drop_hint
        if hint is not None:
            index = (hint[0] - first).days
            top = self.y_of(hint[1])
            ghost = QRectF(gutter + index * col_w + 2, top, col_w - 4, hint[2] * self._hour_height() / 60)
            p.setPen(QPen(TODAY, 1, Qt.PenStyle.DashLine))
            p.setBrush(QColor(26, 115, 232, 50))
            p.drawRoundedRect(ghost, 3, 3)
        for rect, e in self._rects:
            s = e.session
            title = e.title or QCoreApplication.translate("CalendarView", "Séance")
            hours = hours_text(s.start, s.end)
            if fm.horizontalAdvance(hours) > rect.width() - 12 - fm.height():
                hours = clock(s.start)
            if rect.height() < 2 * fm.height() + 2:
                lines = [f"{clock(s.start)} {title}"]
            else:
                lines = [hours, title, e.kit.name, e.venue]
            self._paint_session(p, rect, e, [line for line in lines if line], self._lunches.get(e.uid))
            lunch = self._lunches.get(e.uid)
            if lunch is not None and lunch.height() >= QFontMetrics(small).height():
                p.setFont(small)
                p.setPen(MUTED)
                label = QCoreApplication.translate("CalendarView", "pause déjeuner")
                if QFontMetrics(small).horizontalAdvance(label) > lunch.width() - 4:
                    label = QCoreApplication.translate("CalendarView", "pause")
                p.drawText(lunch, Qt.AlignmentFlag.AlignCenter,
                           QFontMetrics(small).elidedText(label, Qt.TextElideMode.ElideRight, int(lunch.width() - 4)))
                p.setFont(self.font())
        p.end()


def _lanes(entries: list[SessionEntry]) -> list[tuple[SessionEntry, int, int]]:
    """Side-by-side places for overlapping sessions: (entry, lane, lanes of its group of overlaps)."""
    placed: list[tuple[SessionEntry, int, int]] = []
    group: list[tuple[SessionEntry, int]] = []
    ends: list[time] = []  # per lane, when its last session ends
    group_end = time(0)

    def close() -> None:
        lanes = max(lane for _, lane in group) + 1
        placed.extend((e, lane, lanes) for e, lane in group)

    for e in entries:
        s = e.session
        if group and s.start >= group_end:
            close()
            group, ends = [], []
        lane = next((i for i, end in enumerate(ends) if end <= s.start), len(ends))
        if lane == len(ends):
            ends.append(s.end)
        else:
            ends[lane] = s.end
        group_end = s.end if not group else max(group_end, s.end)
        group.append((e, lane))
    if group:
        close()
    return placed
