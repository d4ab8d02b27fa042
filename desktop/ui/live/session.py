"""The session being run live: its timer, its roll call and its sub-groups, written through the workspace.

:class:`LiveSession` wraps the pure :class:`~desktop.domain.live_timer.LiveTimer` with a Qt timer that reads the
clock a few times a second (the clock is a function returning ``time.time()``; tests pass their own). What is kept
with the session — the time spent per segment, the sub-groups, the presences — is written to the kit through
:meth:`Workspace.update_kit`: one undoable step per segment change (never per tick), per draw and per presence.
"""

from __future__ import annotations

import random
import time as _time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.domain.catalogue import Segment
from desktop.domain.kit import HalfDay, Kit, Presence, Session
from desktop.domain.kit_edit import set_attendance, set_session_run
from desktop.domain.live_timer import LiveTimer, spent_seconds_for
from desktop.domain.roll_call import arrival_minute, current_half_day, present
from desktop.domain.subgroups import Mixing, draw_groups
from desktop.storage.changes import KIT
from desktop.ui.workspace import Workspace

TICK_MS = 250


def outline_of(kit: Kit, session: Session) -> tuple[Segment, ...]:
    """The session's timed outline: its workshop's segments (one segment for the whole session if it has none)."""
    kw = kit.kit_workshop(session.kit_workshop_uid)
    if kw is not None and kw.workshop.segments:
        return kw.workshop.segments
    minutes = max(1, (session.ends_at - session.starts_at).seconds // 60)
    return (Segment("apport", kw.workshop.title if kw else "Séance", minutes),)


class LiveSession(QObject):
    """One session run live.

    Args:
        workspace: the owner of the kit (every write goes through it).
        kit_uid, session_uid: the session.
        clock: seconds since the epoch (``time.time``); differences keep counting across a suspend.
        resume: start from the time already kept for the session (after a crash or a break).

    Signals:
        ticked(): the clock was read (the views redraw the time).
        segment_changed(): another segment is under way, or minutes were added or removed.
        kit_changed(): the kit changed (presences, groups, an undo): the views read it again.
        lost(): the session no longer exists (its kit or itself was deleted, or undone away).
    """

    ticked = Signal()
    segment_changed = Signal()
    kit_changed = Signal()
    lost = Signal()

    def __init__(self, workspace: Workspace, kit_uid: str, session_uid: str, *,
                 clock: Callable[[], float] = _time.time, resume: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.kit_uid, self.session_uid, self.clock = workspace, kit_uid, session_uid, clock
        kit, session = self.kit, self.session
        segments = outline_of(kit, session)
        spent = spent_seconds_for(segments, kit.session_run(session_uid).spent) if resume else []
        index = next((i for i, s in enumerate(spent) if s < segments[i].minutes * 60), max(0, len(spent) - 1))
        self.timer = LiveTimer(segments, spent=spent, index=index if spent else 0)
        self.rng = random.Random()
        #: the half-day the roll call marks and the groups are drawn from (the one under way, unless she changes it)
        self.roll_half_day = current_half_day(session, self.local_time().time())
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        workspace.changed.connect(self._workspace_changed)

    # -- what it runs ------------------------------------------------------------------------------------------
    @property
    def kit(self) -> Kit | None:
        return self.workspace.kit(self.kit_uid)

    @property
    def session(self) -> Session | None:
        kit = self.kit
        return next((s for s in kit.sessions if s.uid == self.session_uid), None) if kit else None

    @property
    def workshop_title(self) -> str:
        kit, session = self.kit, self.session
        kw = kit.kit_workshop(session.kit_workshop_uid) if kit and session else None
        return kw.workshop.title if kw else ""

    @property
    def materials(self) -> tuple[str, ...]:
        kit, session = self.kit, self.session
        kw = kit.kit_workshop(session.kit_workshop_uid) if kit and session else None
        return kw.workshop.materials if kw else ()

    def now(self) -> float:
        return self.clock()

    def local_time(self) -> datetime:
        return datetime.fromtimestamp(self.clock())

    # -- the clock ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.timer.start(self.now())
        self._ticker.start()
        self.ticked.emit()

    def stop(self) -> None:
        """Stop reading the clock and keep the time spent (leaving the live view)."""
        self._ticker.stop()
        self.timer.pause(self.now())
        self.save_spent()

    def tick(self) -> None:
        index = self.timer.index
        self.timer.tick(self.now())
        if self.timer.index != index:  # moved on by itself (chosen): a segment change like any other
            self.save_spent()
            self.segment_changed.emit()
        self.ticked.emit()

    def toggle_pause(self) -> bool:
        running = self.timer.toggle(self.now())
        self.ticked.emit()
        return running

    def set_auto_advance(self, on: bool) -> None:
        self.timer.auto_advance = on

    def next_segment(self) -> bool:
        return self._moved(self.timer.next(self.now()))

    def previous_segment(self) -> bool:
        return self._moved(self.timer.previous(self.now()))

    def add_minutes(self, minutes: int) -> None:
        self.timer.add_minutes(minutes, self.now())
        self.segment_changed.emit()
        self.ticked.emit()

    def _moved(self, moved: bool) -> bool:
        if moved:
            self.save_spent()
            self.segment_changed.emit()
            self.ticked.emit()
        return moved

    # -- what is kept ------------------------------------------------------------------------------------------
    def save_spent(self) -> bool:
        """Keep the time spent per segment with the session (one undoable step; nothing when unchanged)."""
        kit = self.kit
        if kit is None or self.session is None:
            return False
        run = replace(kit.session_run(self.session_uid), spent=self.timer.spent_record())
        if run == kit.session_run(self.session_uid):
            return False
        title = self.timer.current.title if self.timer.current else ""
        return self.workspace.update_kit(set_session_run(kit, run), QCoreApplication.translate(
            "LiveSession", "Temps passé en séance (« %1 »)").replace("%1", title))

    @property
    def groups(self) -> tuple[tuple[str, ...], ...]:
        kit = self.kit
        return kit.session_run(self.session_uid).groups if kit else ()

    def draw_groups(self, *, groups: int | None = None, size: int | None = None,
                    mixing: Mixing = Mixing.NONE) -> bool:
        """Draw sub-groups among the participants present for the current half-day, and keep them."""
        kit = self.kit
        if kit is None or self.session is None:
            return False
        people = present(kit, self.session_uid, self.roll_half_day)
        before = kit.session_run(self.session_uid).groups
        for _ in range(20):  # « redraw » gives other groups whenever other groups are possible
            drawn = draw_groups(people, groups=groups, size=size, mixing=mixing, rng=self.rng)
            if drawn != before:
                break
        run = replace(kit.session_run(self.session_uid), groups=drawn)
        return self.workspace.update_kit(set_session_run(kit, run), QCoreApplication.translate(
            "LiveSession", "Tirer les sous-groupes"))

    def mark(self, participant_uid: str, half_day: HalfDay, presence: Presence | None,
             arrived: time | None = None) -> bool:
        """Record one presence (the same records as « Présences et évaluations »)."""
        kit = self.kit
        if kit is None:
            return False
        person = next((p for p in kit.participants if p.uid == participant_uid), None)
        name = person.full_name if person else ""
        if arrived is not None:
            arrived = arrival_minute(arrived)
        return self.workspace.update_kit(
            set_attendance(kit, self.session_uid, participant_uid, half_day, presence, arrived),
            QCoreApplication.translate("LiveSession", "Appel : %1").replace("%1", name))

    def _workspace_changed(self, applied) -> None:
        if not any(e.kind == KIT and e.key == self.kit_uid for e in applied):
            return
        if self.session is None:
            self._ticker.stop()
            self.lost.emit()
            return
        self.kit_changed.emit()
