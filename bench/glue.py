"""Everything the measurements know of Tresse's window, in small functions: adapt them here when the window changes.

The rest of ``bench/`` only calls these: how Tresse is started (its own command-line entry point, as a user's
shortcut does), which widget being painted means « the first page is on screen » (the catalogue, or Mes kits'
first-run page when there is no kit yet), where the search box and the calendar are, how a drop is delivered to
the calendar, and how a session's day is read back.

A child process measuring inside the window is :func:`run_in_window`: it starts Tresse, waits for the first
paint, runs the measurement, prints its JSON line and leaves. Nothing may wait for a person offscreen: a dialog
opened by the window, or an error raised where the application would show its « unexpected error » box, stops the
process with its reason (exit code 2) instead of hanging.
"""

from __future__ import annotations

import cProfile
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from bench.qtprobe import after_first_paint, exit_now, fail, pin_none, quit_app

#: The MIME type a dragged session carries (``desktop.ui.models.schedule.SESSION_MIME``).
SESSION_MIME = "application/x-tresse-session"


class DialogOffscreen(RuntimeError):
    """The window opened a dialog, which nobody can answer offscreen."""


def _refuse_dialogs() -> None:
    """Make every modal dialog and message box a failure of the measurement, with what it said."""
    def refuse(*args, **_kwargs):
        texts = [a for a in args if isinstance(a, str)]
        fail(DialogOffscreen(" / ".join(texts) or "a dialog was opened"))

    for name in ("critical", "warning", "information", "question", "about"):
        setattr(QMessageBox, name, staticmethod(refuse))
    QDialog.exec = lambda self: refuse(self.windowTitle(), type(self).__name__)
    QMessageBox.exec = QDialog.exec


def launch(data_dir: Path | str, ready: Callable[[QMainWindow], None]) -> int:
    """Start Tresse on *data_dir* through its entry point; call *ready(window)* once its first page is painted.

    Returns the exit code of the entry point (after *ready* closes the window or quits).
    """
    from desktop.ui.main_window import MainWindow

    shown = MainWindow.show

    def show(window) -> None:
        sys.excepthook = lambda _kind, exc, _tb: fail(exc)  # an error in an event: its traceback, then out
        try:
            shown(window)
            after_first_paint(first_view(window), lambda: _safely(ready, window))
        except BaseException as exc:  # noqa: BLE001 - reported, then the process stops
            fail(exc)

    MainWindow.show = show
    _refuse_dialogs()
    QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.__main__ import main

    try:
        return main(["--data-dir", str(data_dir)])
    except BaseException as exc:  # noqa: BLE001 - never the application's error box
        fail(exc)
        raise


def _safely(ready: Callable[[QMainWindow], None], window: QMainWindow) -> None:
    try:
        ready(window)
    except BaseException as exc:  # noqa: BLE001 - reported, then the process stops
        fail(exc)


def run_in_window(data_dir: Path | str, measure: Callable[[QMainWindow, cProfile.Profile | None], dict],
                  argv: list[str]) -> None:
    """The life of a child measuring inside the window: Tresse on *data_dir*, *measure(window, profile)* once the
    first page is painted, its result printed as one JSON line, the window closed, the process ended.

    ``--profile FILE`` in *argv*: *measure* enables the profile around what it times; it is written to FILE.
    """
    profile = cProfile.Profile() if "--profile" in argv else None
    pin_none()

    def ready(window) -> None:
        result = measure(window, profile)
        if profile is not None:
            profile.dump_stats(argv[argv.index("--profile") + 1])
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
        quit_app()

    exit_now(launch(data_dir, ready))


def first_view(window) -> QWidget:
    """The widget whose first paint means the first page is on screen: the table of the catalogue's tab shown,
    or, when the window opens on another page (Mes kits' first-run page, with no kit yet), that page."""
    page = window.pages.currentWidget()
    if page is window.pages.built("catalogue"):  # not window.browser: that would build the catalogue
        return catalogue_view(window).viewport()
    return page


def catalogue_view(window) -> QAbstractItemView:
    """The table of the catalogue's tab shown (experiments, workshops or templates)."""
    browser = window.browser
    panes = (browser.experiments, browser.workshops, browser.templates)
    return panes[browser.tabs.currentIndex()].table


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
    QApplication.sendEvent(view, QDragEnterEvent(point, *args))  # these two take a QPoint, the drop a QPointF
    QApplication.sendEvent(view, QDragMoveEvent(point, *args))

    def drop() -> bool:
        event = QDropEvent(QPointF(point), *args)
        QApplication.sendEvent(view, event)
        return event.isAccepted()

    return drop


def session_day(window, session_uid: str) -> date | None:
    """The day of a session as the window's schedule now holds it."""
    found = window.schedule.find_session(session_uid)
    return found[1].day if found else None
