"""All kits' sessions and their conflicts, for the calendars, the agenda and the session editor.

A read view over the :class:`~desktop.ui.workspace.Workspace` (it keeps no copy of any kit) with one
:class:`~desktop.scheduling.conflicts.ConflictIndex`, followed from the workspace's change sets: a change that
touches only a kit's sessions updates the index session by session (a dragged session costs well under a
millisecond for 10,000 sessions); anything else — a kit added or removed, its participants or workshops, a venue or
a facilitator — rebuilds it.

After an incremental change, :attr:`Schedule.last_change` names the sessions whose display may differ (those of
the kits changed and those whose conflicts changed), so that the calendar repaints their days only; after any
other change it is None and views read everything again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from typing import Mapping

from PySide6.QtCore import QObject, Signal

from desktop.domain.kit import Facilitator, Kit, Session, Venue
from desktop.domain.kit_edit import replace_sessions
from desktop.scheduling.conflicts import Conflict, ConflictIndex
from desktop.storage.changes import FACILITATOR, KIT, VENUE
from desktop.ui.heap import building_long_lived
from desktop.ui.workspace import Workspace

#: Default least time between two venues for one facilitator, in minutes.
TRAVEL_BUFFER_MINUTES = 30


@dataclass(frozen=True)
class ScheduleChange:
    """What an incremental change touched: the uids of the sessions whose entry may differ (moved, added or
    removed, of a kit changed, or with conflicts gained or lost)."""

    session_uids: frozenset[str]
    conflicts_removed: tuple[Conflict, ...] = ()  # the conflicts taken out and put in (ConflictIndex.take_changes)
    conflicts_added: tuple[Conflict, ...] = ()


class Schedule(QObject):
    """Every kit's sessions with venues, facilitators and conflicts.

    Signals:
        changed(): kits, sessions or conflicts changed.
    """

    changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.travel_buffer = TRAVEL_BUFFER_MINUTES
        self._index: ConflictIndex | None = None
        self.last_change: ScheduleChange | None = None
        self._kit_of_session: dict[str, str] | None = None
        workspace.changed.connect(self._workspace_changed)

    # -- reading -----------------------------------------------------------------------------------------------
    def _rebuild_index(self) -> None:
        """Forget the index: it is built again when conflicts are first asked for (not at start, where the
        catalogue is shown first and the days off would import the holiday calendars)."""
        self._index = None

    def _current_index(self) -> ConflictIndex:
        if self._index is None:
            with building_long_lived():  # a second with years of kits, half of it collections without it
                self._index = ConflictIndex(self.workspace.kits(), venues=self.workspace.venues,
                                            facilitators=self.workspace.facilitators,
                                            travel_buffer_minutes=self.travel_buffer)
        return self._index

    @property
    def venues(self) -> Mapping[str, Venue]:
        return self.workspace.venues

    @property
    def facilitators(self) -> Mapping[str, Facilitator]:
        return self.workspace.facilitators

    def kits(self) -> list[Kit]:
        return self.workspace.kits()

    def kit(self, uid: str) -> Kit | None:
        return self.workspace.kit(uid)

    def sessions(self, start: date | None = None, end: date | None = None) -> list[tuple[Kit, Session]]:
        """(kit, session) pairs whose day is within [start, end], by date and time."""
        found = [(k, s) for k in self.workspace.kits() for s in k.sessions
                 if (start is None or s.day >= start) and (end is None or s.day <= end)]
        return sorted(found, key=session_order)

    def sessions_of(self, uids) -> list[tuple[Kit, Session]]:
        """(kit, session) pairs of these session uids that exist, by date and time (each found through its kit,
        not among all sessions)."""
        kit_of = self._session_kits()
        found = []
        for uid in set(uids):
            kit = self.workspace.kit(kit_of.get(uid))
            session = next((s for s in kit.sessions if s.uid == uid), None) if kit is not None else None
            if session is not None:
                found.append((kit, session))
        return sorted(found, key=session_order)

    def _session_kits(self) -> dict[str, str]:
        """The kit uid of every session uid, built when first needed and followed from the kits' edits."""
        if self._kit_of_session is None:
            self._kit_of_session = {s.uid: k.uid for k in self.workspace.kits() for s in k.sessions}
        return self._kit_of_session

    def find_session(self, uid: str) -> tuple[Kit, Session] | None:
        for kit in self.workspace.kits():
            for s in kit.sessions:
                if s.uid == uid:
                    return kit, s
        return None

    def conflicts(self) -> list[Conflict]:
        return self._current_index().conflicts()

    def conflicts_for(self, session_uid: str) -> list[Conflict]:
        return self._current_index().conflicts_for(session_uid)

    def venue(self, uid: str) -> Venue | None:
        return self.workspace.venue(uid)

    def facilitator(self, uid: str) -> Facilitator | None:
        return self.workspace.facilitator(uid)

    def blackouts(self) -> set[date]:
        return set(self.workspace.blackouts())

    # -- writing -----------------------------------------------------------------------------------------------
    def move_session(self, session_uid: str, day: date, start: time | None = None) -> bool:
        """Move a session to *day* (and *start*, keeping its length and lunch break): one undoable edit."""
        found = self.find_session(session_uid)
        if found is None:
            return False
        kit, s = found
        moved = _moved(s, day, start)
        if moved == s:
            return False
        sessions = [moved if x.uid == s.uid else x for x in kit.sessions]
        title = kit.kit_workshop(s.kit_workshop_uid).workshop.title if kit.kit_workshop(s.kit_workshop_uid) else ""
        return self.workspace.update_kit(replace_sessions(kit, sessions),
                                         self.tr("Déplacer la séance « %1 »").replace("%1", title))

    def save_venue(self, venue: Venue) -> bool:
        """Add or change a venue: one undoable edit, saved at once."""
        return self.workspace.save_venue(venue)

    def save_facilitator(self, facilitator: Facilitator) -> bool:
        """Add or change a facilitator: one undoable edit, saved at once."""
        return self.workspace.save_facilitator(facilitator)

    def _workspace_changed(self, applied) -> None:
        relevant = [e for e in applied if e.kind in (KIT, VENUE, FACILITATOR)]
        if self._kit_of_session is not None:
            for edit in (e for e in relevant if e.kind == KIT):
                for s in edit.before.sessions if edit.before is not None else ():
                    self._kit_of_session.pop(s.uid, None)
                for s in edit.after.sessions if edit.after is not None else ():
                    self._kit_of_session[s.uid] = edit.after.uid
        if self._index is not None:
            self._index.take_changes()  # forget what came before this change
        incremental = self._index is not None and all(
            e.kind == KIT and self._index.apply_kit_change(e.before, e.after) for e in relevant)
        if not incremental:
            self._rebuild_index()
        if not incremental or not relevant:
            self.last_change = None
        else:
            touched = {s.uid for e in relevant for k in (e.before, e.after) if k is not None for s in k.sessions}
            removed, added = self._index.take_changes()
            for conflict in set(removed).symmetric_difference(added):  # those found again equal touch nothing
                touched.update(conflict.session_uids)
            self.last_change = ScheduleChange(frozenset(touched), removed, added)
        self.changed.emit()


def session_order(pair: tuple[Kit, Session]) -> tuple:
    """The calendar's order of (kit, session) pairs: date, time, kit name, then uid (a total order)."""
    kit, s = pair
    return s.day, s.start, kit.name, s.uid


def _moved(s: Session, day: date, start: time | None) -> Session:
    if start is None or start == s.start:
        return replace(s, day=day)

    def minutes(t: time) -> int:
        return t.hour * 60 + t.minute

    def at(m: int) -> time:
        m = max(0, min(m, 23 * 60 + 59))
        return time(m // 60, m % 60)

    shift = minutes(start) - minutes(s.start)
    if minutes(s.end) + shift >= 24 * 60:
        return replace(s, day=day)
    return replace(s, day=day, start=start, end=at(minutes(s.end) + shift),
                   lunch_start=at(minutes(s.lunch_start) + shift) if s.lunch_start else None,
                   lunch_end=at(minutes(s.lunch_end) + shift) if s.lunch_end else None)
