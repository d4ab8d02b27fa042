"""Everything the measurements know of Tresse's window, in small functions: adapt them here when the window changes.

The rest of ``bench/`` only calls these: how Tresse is started (its own command-line entry point, as a user's
shortcut does), which widget being painted means « the catalogue is on screen », where the search box and the
calendar are, how a drop is delivered to the calendar, and how a session's day is read back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMainWindow, QWidget

from bench.qtprobe import after_first_paint, fail

#: The MIME type a dragged session carries (``desktop.ui.models.schedule.SESSION_MIME``).
SESSION_MIME = "application/x-tresse-session"


def launch(data_dir: Path | str, ready: Callable[[QMainWindow], None]) -> int:
    """Start Tresse on *data_dir* through its entry point; call *ready(window)* once the catalogue is painted.

    Returns the exit code of the entry point (after *ready* closes the window or quits).
    """
    from desktop.ui.main_window import MainWindow

    shown = MainWindow.show

    def show(window) -> None:
        shown(window)
        after_first_paint(catalogue_view(window).viewport(), lambda: _safely(ready, window))

    MainWindow.show = show
    QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.__main__ import main

    return main(["--data-dir", str(data_dir)])


def _safely(ready: Callable[[QMainWindow], None], window: QMainWindow) -> None:
    try:
        ready(window)
    except BaseException as exc:  # noqa: BLE001 - reported, then the process stops
        fail(exc)


def catalogue_view(window) -> QAbstractItemView:
    """The table of the catalogue tab shown at start: once it is painted, the catalogue is on screen."""
    return window.browser.tabs.currentWidget().table


def show_workshops(window) -> QAbstractItemView:
    """Bring the catalogue's « Ateliers » tab forward; return its table."""
    window.pages.setCurrentWidget(window.browser)
    window.browser.tabs.setCurrentWidget(window.browser.workshops)
    return window.browser.workshops.table


def search_box(window) -> QLineEdit:
    """The catalogue's search box."""
    return window.browser.search


def show_month(window, day: date) -> QWidget:
    """Bring the calendar forward, by month, on the month of *day*; return the month view."""
    page = window.calendar
    window.pages.setCurrentWidget(page)
    page.set_mode(page.MONTH)
    page.go_to(day)
    return page.month_view


def shown_sessions(view) -> list[tuple[str, date]]:
    """(session uid, day) of the sessions the month view draws a chip for, by date."""
    view._ensure_layout()
    return [(e.uid, e.session.day) for e in view.entries() if view.chip_rect(e.uid) is not None]


def day_point(view, day: date) -> QPoint | None:
    """The middle of *day*'s cell in the month view (None when the day is not shown)."""
    rect = view.cell_rect(day)
    return rect.center() if rect is not None else None


def prepare_drop(view: QWidget, session_uid: str, point: QPoint) -> Callable[[], bool]:
    """Drag *session_uid* over *view* to *point* (enter and move events, as Qt sends them before a drop: a real
    ``QDrag`` never starts offscreen) and return the drop itself, to be timed: it returns whether it was accepted."""
    mime = QMimeData()
    mime.setData(SESSION_MIME, session_uid.encode("utf-8"))
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, QDragEnterEvent(QPointF(point), *args))
    QApplication.sendEvent(view, QDragMoveEvent(QPointF(point), *args))

    def drop() -> bool:
        event = QDropEvent(QPointF(point), *args)
        QApplication.sendEvent(view, event)
        return event.isAccepted()

    return drop


def session_day(window, session_uid: str) -> date | None:
    """The day of a session as the window's schedule now holds it."""
    found = window.schedule.find_session(session_uid)
    return found[1].day if found else None
