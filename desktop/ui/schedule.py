"""All kits' sessions and their conflicts, kept current for the calendars, the agenda and the session editor.

Loads every kit once, builds a :class:`~desktop.scheduling.conflicts.ConflictIndex`, and refreshes only the kit
that was saved (through the kit controller) — a dragged session costs an incremental update, not a full check.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.domain.kit import Facilitator, Kit, Session, Venue
from desktop.domain.kit_edit import replace_sessions
from desktop.scheduling.conflicts import Conflict, ConflictIndex
from desktop.storage.kits import FacilitatorRepository, ProfileRepository, VenueRepository
from desktop.ui.kit_controller import KitController

#: Default least time between two venues for one facilitator, in minutes.
TRAVEL_BUFFER_MINUTES = 30


class Schedule(QObject):
    """Every kit with its sessions, venues, facilitators and conflicts.

    Signals:
        changed(): kits, sessions or conflicts changed.
    """

    changed = Signal()

    def __init__(self, controller: KitController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        db = controller.repo.db
        self.venue_repo = VenueRepository(db)
        self.facilitator_repo = FacilitatorRepository(db)
        self.profile_repo = ProfileRepository(db)
        self.travel_buffer = TRAVEL_BUFFER_MINUTES
        self._kits: dict[str, Kit] = {}
        self._index: ConflictIndex | None = None
        self._by_session: dict[str, list[Conflict]] | None = None
        controller.kit_saved.connect(self._kit_saved)
        self.reload()

    # -- reading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load every kit and rebuild the conflict index."""
        repo = self.controller.repo
        self._kits = {k.uid: repo.load(k.uid) for k in repo.list()}
        self.venues = {v.uid: v for v in self.venue_repo.list()}
        self.facilitators = {f.uid: f for f in self.facilitator_repo.list()}
        self._rebuild_index()
        self.changed.emit()

    def _rebuild_index(self) -> None:
        self._index = ConflictIndex(list(self._kits.values()), venues=self.venues,
                                    facilitators=self.facilitators, travel_buffer_minutes=self.travel_buffer)
        self._by_session = None

    def kits(self) -> list[Kit]:
        return list(self._kits.values())

    def kit(self, uid: str) -> Kit | None:
        return self._kits.get(uid)

    def sessions(self, start: date | None = None, end: date | None = None) -> list[tuple[Kit, Session]]:
        """(kit, session) pairs whose day is within [start, end], by date and time."""
        found = [(k, s) for k in self._kits.values() for s in k.sessions
                 if (start is None or s.day >= start) and (end is None or s.day <= end)]
        return sorted(found, key=lambda ks: (ks[1].day, ks[1].start, ks[0].name))

    def find_session(self, uid: str) -> tuple[Kit, Session] | None:
        for kit in self._kits.values():
            for s in kit.sessions:
                if s.uid == uid:
                    return kit, s
        return None

    def conflicts(self) -> list[Conflict]:
        return self._index.conflicts() if self._index else []

    def conflicts_for(self, session_uid: str) -> list[Conflict]:
        if self._by_session is None:
            self._by_session = {}
            for c in self.conflicts():
                for uid in c.session_uids:
                    self._by_session.setdefault(uid, []).append(c)
        return self._by_session.get(session_uid, [])

    def venue(self, uid: str) -> Venue | None:
        return self.venues.get(uid)

    def facilitator(self, uid: str) -> Facilitator | None:
        return self.facilitators.get(uid)

    def blackouts(self) -> set[date]:
        return set(self.profile_repo.blackouts())

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
        return self.controller.apply(replace_sessions(kit, sessions),
                                     self.tr("Déplacer la séance « %1 »").replace("%1", title))

    def save_venue(self, venue: Venue) -> None:
        """Add or change a venue: one undoable edit, saved at once."""
        before = self.venues.get(venue.uid)
        text = self.tr("Modifier le lieu « %1 »") if before else self.tr("Ajouter le lieu « %1 »")
        self.controller.undo_stack.push(SharedRecordCommand(self, "venue", before, venue, text.replace("%1", venue.name)))

    def save_facilitator(self, facilitator: Facilitator) -> None:
        """Add or change a facilitator: one undoable edit, saved at once."""
        before = self.facilitators.get(facilitator.uid)
        text = self.tr("Modifier l'intervenant « %1 »") if before else self.tr("Ajouter l'intervenant « %1 »")
        self.controller.undo_stack.push(SharedRecordCommand(self, "facilitator", before, facilitator,
                                                            text.replace("%1", facilitator.name)))

    def _store_record(self, kind: str, uid: str, value) -> None:
        repo, table = (self.venue_repo, self.venues) if kind == "venue" else (self.facilitator_repo, self.facilitators)
        if value is None:
            repo.delete(uid)
            table.pop(uid, None)
        else:
            repo.save(value)
            table[uid] = value
        self._rebuild_index()
        self.changed.emit()

    def _kit_saved(self, uid: str) -> None:
        before = self._kits.get(uid)
        after = self.controller.repo.load(uid)
        if after is None:
            self._kits.pop(uid, None)
        else:
            self._kits[uid] = after
            # a kit may bring venues and facilitators with it (imported, created from the command line)
            new_places = [v for v in after.venues if self.venues.get(v.uid) != v]
            new_people = [f for f in after.facilitators if self.facilitators.get(f.uid) != f]
            self.venues.update({v.uid: v for v in new_places})
            self.facilitators.update({f.uid: f for f in new_people})
            if new_places or new_people:
                before = None  # names changed: rebuild the index
        workshops_same = (before is not None and after is not None and before.workshops == after.workshops
                          and before.participants == after.participants and before.departement == after.departement
                          and before.facilitator_uids == after.facilitator_uids and before.capacity == after.capacity)
        if workshops_same and self._index is not None:
            old = {s.uid: s for s in before.sessions}
            new = {s.uid: s for s in after.sessions}
            for uid_ in old.keys() | new.keys():
                if old.get(uid_) != new.get(uid_):
                    self._index.update(old.get(uid_), new.get(uid_))
            self._by_session = None
        else:
            self._rebuild_index()
        self.changed.emit()


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


class SharedRecordCommand(QUndoCommand):
    """Add or change a venue or a facilitator (shared by all kits): before → after, None before for an addition."""

    def __init__(self, schedule: Schedule, kind: str, before, after, text: str) -> None:
        super().__init__(text)
        self.schedule, self.kind, self.before, self.after = schedule, kind, before, after

    def redo(self) -> None:
        self.schedule._store_record(self.kind, self.after.uid, self.after)

    def undo(self) -> None:
        self.schedule._store_record(self.kind, self.after.uid, self.before)
