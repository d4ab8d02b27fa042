"""The calendar's month view: a grid of weeks (lundi → dimanche) with one chip per session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from desktop.ui.dates import clock, day_number, month_name, short_weekday, weekdays
from desktop.ui.models.schedule import SessionEntry
from desktop.ui.schedule import Schedule
from desktop.scheduling.holidays_fr import school_holiday
from desktop.ui.widgets.calendar_views import GRID, MUTED, SHADE, TEXT, TODAY, CalendarView, holiday_name


#: School holidays of the zone shown: a light green, lighter than weekends.
SCHOOL_HOLIDAY = QColor("#e3f1e3")


class MonthView(CalendarView):
    """A month as a grid of weeks (lundi → dimanche): one chip per session « 9 h Charte sociale ».

    Weekends and public holidays are shaded, school holidays of the zone shown lightly, today is outlined, and a day with more sessions than room shows
    « +N » (clicking it opens that day's week).

    Signals:
        (those of :class:`CalendarView`)
    """

    def __init__(self, schedule: Schedule, parent=None, *, today: Callable[[], date] = date.today) -> None:
        self._cells: list[tuple[QRectF, date]] = []
        self._more: list[tuple[QRectF, date, list[SessionEntry]]] = []
        super().__init__(schedule, parent, today=today)
        self._zone: str | None = None
        self.setMinimumSize(7 * 80, 260)  # fits a 1024 × 600 screen with the conflicts below

    def first_day(self) -> date:
        first = self._anchor.replace(day=1)
        return first - timedelta(days=first.weekday())

    def period(self) -> tuple[date, date]:
        first = self.first_day()
        month_end = (self._anchor.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        last = month_end + timedelta(days=6 - month_end.weekday())
        return first, last

    def weeks(self) -> int:
        first, last = self.period()
        return ((last - first).days + 1) // 7

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def _chip_height(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def cell_rect(self, day: date) -> QRect | None:
        """The rectangle of a day's cell, or None if the day is not shown."""
        self._ensure_layout()
        return next((r.toRect() for r, d in self._cells if d == day), None)

    def more_rect(self, day: date) -> QRect | None:
        """Where a day's « +N » is drawn, or None when all its sessions fit."""
        self._ensure_layout()
        return next((r.toRect() for r, d, _ in self._more if d == day), None)

    def _layout(self) -> None:
        self._cells, self._more = [], []
        first = self.first_day()
        weeks = self.weeks()
        top = self._header_height()
        w = self.width() / 7
        h = (self.height() - top) / weeks
        chip_h, gap = self._chip_height(), 2
        number_h = QFontMetrics(self.font()).height() + 4
        by_day: dict[date, list[SessionEntry]] = {}
        for e in self._entries:
            by_day.setdefault(e.day, []).append(e)
        for i in range(weeks * 7):
            day = first + timedelta(days=i)
            cell = QRectF(int((i % 7) * w), int(top + (i // 7) * h), int(((i % 7) + 1) * w) - int((i % 7) * w),
                          int(top + (i // 7 + 1) * h) - int(top + (i // 7) * h))
            self._cells.append((cell, day))
            todays = by_day.get(day, [])
            room = max(1, int((cell.height() - number_h - 2) // (chip_h + gap)))
            shown = todays if len(todays) <= room else todays[:room - 1]
            y = cell.top() + number_h
            for e in shown:
                self._rects.append((QRectF(cell.left() + 4, y, cell.width() - 8, chip_h), e))
                y += chip_h + gap
            if len(shown) < len(todays):
                self._more.append((QRectF(cell.left() + 4, y, cell.width() - 8, chip_h), day, todays[len(shown):]))

    def _days_rect(self, days: set[date]) -> QRect:
        self._ensure_layout()
        area = QRect()
        for cell, day in self._cells:
            if day in days:
                area = area.united(cell.toAlignedRect().adjusted(-3, -3, 3, 3))  # with the chips' outlines
        return area

    def date_at(self, pos: QPoint | QPointF) -> date | None:
        self._ensure_layout()
        point = QPointF(pos)
        return next((d for r, d in self._cells if r.contains(point)), None)

    def _more_at(self, pos: QPointF) -> date | None:
        self._ensure_layout()
        return next((d for r, d, _ in self._more if r.contains(pos)), None)

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        self._ensure_layout()
        point = QPointF(pos)
        for r, _, hidden in self._more:
            if r.contains(point):
                return "<br>".join(escape(f"{clock(e.session.start)} {e.title} ({e.kit.name})") for e in hidden)
        return super().tooltip_at(pos)

    def _key_move(self, key: int) -> tuple[int, int] | None:
        return {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (-7, 0),
                Qt.Key.Key_Down: (7, 0)}.get(key)

    def set_school_zone(self, zone: str | None) -> None:
        """Shade the school holidays of *zone* (« A », « B », « C »; None: none)."""
        if zone != self._zone:
            self._zone = zone
            self.update()

    def school_zone(self) -> str | None:
        return self._zone

    def paintEvent(self, event) -> None:
        self._ensure_layout()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        fm = QFontMetrics(self.font())
        top = self._header_height()
        w = self.width() / 7
        names = weekdays()
        long_names = all(fm.horizontalAdvance(n) + 8 < w for n in names)
        bold = QFont(self.font())
        bold.setBold(True)
        p.fillRect(QRectF(0, 0, self.width(), top), QColor("#f6f7f9"))
        p.setFont(bold)
        p.setPen(TEXT)
        for c, name in enumerate(names):
            p.drawText(QRectF(c * w, 0, w, top), Qt.AlignmentFlag.AlignCenter, name if long_names else short_weekday(c))
        today = self._today()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        small.setItalic(True)
        clip = QRectF(event.rect())
        for cell, day in self._cells:
            if not cell.intersects(clip):
                continue
            holiday = holiday_name(day)
            if day.weekday() >= 5 or holiday:
                p.fillRect(cell, SHADE)
            elif self._zone and school_holiday(day, self._zone):
                p.fillRect(cell, SCHOOL_HOLIDAY)
            hint = self._drop_hint
            if hint is not None and hint[0] == day:
                p.fillRect(cell, QColor(26, 115, 232, 45))
            p.setPen(QPen(GRID, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(cell)
            number = f"{day_number(day)} {month_name(day.month)}" if day.day == 1 else str(day.day)
            number_rect = QRectF(cell.left() + 6, cell.top() + 2, cell.width() - 12, fm.height())
            p.setFont(bold if day == today else self.font())
            p.setPen(TODAY if day == today else (TEXT if day.month == self._anchor.month else MUTED))
            p.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
            if holiday:
                used = QFontMetrics(p.font()).horizontalAdvance(number) + 8
                p.setFont(small)
                p.setPen(QColor("#8a4b12"))
                rest = number_rect.adjusted(used, 0, 0, 0)
                p.drawText(rest, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           QFontMetrics(small).elidedText(holiday, Qt.TextElideMode.ElideRight, int(rest.width())))
            if day == today:
                p.setPen(QPen(TODAY, 2))
                p.drawRect(cell.adjusted(1, 1, -1, -1))
        p.setFont(self.font())
        untitled = QCoreApplication.translate("CalendarView", "Séance")
        for rect, e in self._rects:
            if rect.intersects(clip):
                self._paint_session(p, rect, e, [f"{clock(e.session.start)} {e.title or untitled}"])
        p.setFont(bold)
        p.setPen(TODAY)
        for rect, _, hidden in self._more:
            p.drawText(rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"+{len(hidden)}")
        p.end()
