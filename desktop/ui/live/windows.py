"""« Animer la séance »: the two live views placed on the screens, and the keys that drive them.

With two screens (or more) the participant view goes full screen on the one the main window is not on — the
projector — and the facilitator view stays on the laptop. With one (a projector mirroring the laptop gives one)
the participant view opens alone, full screen, and F2 swaps it with the facilitator's. Plugging or unplugging a
screen during the session places the views again (``screenAdded`` / ``screenRemoved``).

Keys, in both views: Space pause / resume, → next segment, ← previous, + / − a minute more or less (``Key_Plus``,
``Key_Equal`` — « + » is Shift + « = » on French keyboards — and ``Key_Minus``, keypad or not), G the sub-groups
on the participant view, F2 swap the views (one screen), F11 full screen, Escape leave (asking).
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.live.session import LiveSession
from desktop.ui.live.views import FacilitatorView, ParticipantView
from desktop.ui.workspace import Workspace

K = Qt.Key
KEY_ACTIONS = {
    K.Key_Space: "toggle_pause", K.Key_Right: "next_segment", K.Key_Left: "previous_segment",
    K.Key_Plus: "add_minute", K.Key_Equal: "add_minute", K.Key_Minus: "remove_minute",
    K.Key_Escape: "ask_leave", K.Key_F11: "toggle_full_screen", K.Key_F2: "swap_views", K.Key_G: "toggle_groups",
}


def choose_screens(screens: list[QScreen], laptop: QScreen | None) -> tuple[QScreen | None, QScreen | None]:
    """(the facilitator's screen, the participants' screen); the first is None with a single screen."""
    if not screens:
        return None, None
    laptop = laptop if laptop in screens else screens[0]
    others = [s for s in screens if s is not laptop]
    if not others:
        return None, laptop
    return laptop, others[0]


class LiveWindows(QObject):
    """The session run live, its two views and their screens.

    Args:
        workspace: the owner of the kit.
        kit_uid, session_uid: the session to run.
        laptop: the main window (its screen is the laptop's), or None.
        clock: seconds since the epoch; tests pass their own.
        resume: start from the time already kept.
        screens: lists the screens (QGuiApplication.screens by default).

    Signals:
        closed(): both views are closed and the time spent is kept.
    """

    closed = Signal()

    def __init__(self, workspace: Workspace, kit_uid: str, session_uid: str, *, laptop: QWidget | None = None,
                 clock: Callable[[], float] = _time.time, resume: bool = False,
                 screens: Callable[[], list[QScreen]] = QGuiApplication.screens, parent=None) -> None:
        super().__init__(parent)
        self.live = LiveSession(workspace, kit_uid, session_uid, clock=clock, resume=resume, parent=self)
        self.laptop = laptop
        self._screens = screens
        self._leaving = False
        self.single_screen = False
        self.participant = ParticipantView(self.live, self.handle_key, self._close_asked)
        self.facilitator = FacilitatorView(self.live, self.handle_key, self._close_asked)
        self._connect()

    def _connect(self) -> None:
        self.live.ticked.connect(self.refresh)
        self.live.lost.connect(self._session_lost)
        self.facilitator.groups.show_requested.connect(self.show_groups)
        self.live.kit_changed.connect(self._kit_changed)
        f = self.facilitator
        f.pause_button.clicked.connect(self.toggle_pause)
        f.next_button.clicked.connect(self.next_segment)
        f.previous_button.clicked.connect(self.previous_segment)
        f.plus_button.clicked.connect(self.add_minute)
        f.minus_button.clicked.connect(self.remove_minute)
        f.swap_button.clicked.connect(self.swap_views)
        f.leave_button.clicked.connect(self.ask_leave)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.screen_added)
        app.screenRemoved.connect(self.screen_removed)

    # -- showing -----------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.live.start()
        self.place()

    def screen_added(self, screen: QScreen) -> None:
        self.place()

    def screen_removed(self, screen: QScreen) -> None:
        """A screen unplugged: place the views without it now, and again once Qt has moved its windows."""
        self.place(without=screen)
        QTimer.singleShot(0, self, self.place)

    def place(self, without: QScreen | None = None) -> None:
        """Put the views on the screens there are now (*without* one being unplugged)."""
        if self._leaving:
            return
        laptop_screen = self.laptop.screen() if self.laptop is not None else QGuiApplication.primaryScreen()
        screens = [s for s in self._screens() if s is not without]
        mine, theirs = choose_screens(screens, laptop_screen if laptop_screen is not without else None)
        self.single_screen = mine is None
        if theirs is None:
            return
        self._full_screen_on(self.participant, theirs)
        if mine is not None:
            self.facilitator.setScreen(mine)
            self.facilitator.setGeometry(mine.availableGeometry())
            self.facilitator.showMaximized()
            self.facilitator.raise_()
            self.facilitator.activateWindow()
        else:
            self.facilitator.hide()
            self.participant.activateWindow()
            self.participant.show_hint()
        self.facilitator.swap_button.setVisible(self.single_screen)
        self.refresh()

    @staticmethod
    def _full_screen_on(window: QWidget, screen: QScreen) -> None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        window.raise_()

    def refresh(self) -> None:
        if self.participant.isVisible():
            self.participant.refresh()
        if self.facilitator.isVisible():
            self.facilitator.refresh()

    def _kit_changed(self) -> None:
        if self.participant.groups_shown:
            self.participant.board.refresh()

    # -- the keys ----------------------------------------------------------------------------------------------
    def handle_key(self, event) -> bool:
        action = KEY_ACTIONS.get(Qt.Key(event.key()))
        if action is None or event.isAutoRepeat() and action in ("ask_leave", "toggle_groups", "swap_views"):
            return False
        getattr(self, action)()
        return True

    def toggle_pause(self) -> None:
        self.live.toggle_pause()

    def next_segment(self) -> None:
        self.live.next_segment()

    def previous_segment(self) -> None:
        self.live.previous_segment()

    def add_minute(self) -> None:
        self.live.add_minutes(1)

    def remove_minute(self) -> None:
        self.live.add_minutes(-1)

    def toggle_groups(self) -> None:
        self.facilitator.groups.show_button.toggle()  # emits show_requested

    def show_groups(self, on: bool) -> None:
        self.participant.show_groups(on)
        button = self.facilitator.groups.show_button
        if button.isChecked() != on:
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def toggle_full_screen(self) -> None:
        window = QGuiApplication.focusWindow()
        target = self.facilitator if self.facilitator.windowHandle() is window else self.participant
        if not target.isVisible():
            target = self.participant if target is self.facilitator else self.facilitator
        if target.isFullScreen():
            target.showNormal()
        else:
            target.showFullScreen()

    def swap_views(self) -> None:
        """One screen: show the facilitator's view in place of the participants' (or back)."""
        if not self.single_screen:
            return
        screen = (self.participant if self.participant.isVisible() else self.facilitator).screen()
        if self.participant.isVisible():
            self.participant.hide()
            self._full_screen_on(self.facilitator, screen)
            self.facilitator.activateWindow()
        else:
            self.facilitator.hide()
            self._full_screen_on(self.participant, screen)
            self.participant.activateWindow()
        self.refresh()

    # -- leaving -----------------------------------------------------------------------------------------------
    def ask_leave(self) -> bool:
        """Escape: leave the live views once she says so."""
        visible = self.facilitator if self.facilitator.isVisible() else self.participant
        answer = QMessageBox.question(visible, self.tr("Terminer l'animation"),
                                      self.tr("Quitter l'animation de la séance ? Le temps passé par étape est "
                                              "gardé avec la séance."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.leave()
        return True

    def leave(self) -> None:
        if self._leaving:
            return
        self._leaving = True
        self.live.stop()
        app = QGuiApplication.instance()
        app.screenAdded.disconnect(self.screen_added)
        app.screenRemoved.disconnect(self.screen_removed)
        for window in (self.participant, self.facilitator):
            window.close()
            window.deleteLater()
        self.closed.emit()

    def _close_asked(self) -> bool:
        """A view's close button: the same as Escape."""
        return self._leaving or self.ask_leave()

    def _session_lost(self) -> None:
        visible = self.facilitator if self.facilitator.isVisible() else self.participant
        QMessageBox.information(visible, self.tr("Animer la séance"),
                                self.tr("Cette séance n'existe plus : l'animation s'arrête."))
        self.leave()
