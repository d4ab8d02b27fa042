"""The workspace: the one owner of what is open — kits, shared venues and facilitators, blackout dates, the issuing
structure and the user's own workshops — and the one way to change them.

Every write is an undoable step on the workspace's :class:`QUndoStack`: a :class:`WorkspaceCommand` holds the
:class:`~desktop.storage.changes.Edit` records it changes (value before and after); redo writes the after values,
undo the before values, each in one transaction (:func:`~desktop.storage.changes.write_edits`). The in-memory
values change only once the transaction committed, so a storage fault (disk full, locked, read-only) leaves memory,
database and screen as they were; it is reported through :attr:`Workspace.failed`, once, for every kind of write.

Views never keep their own copy of a record: they read it here when told, through :attr:`Workspace.changed`,
which carries the edits as applied (so a view can tell what changed without reading the database again).
"""

from __future__ import annotations

import logging
import uuid
import weakref
from dataclasses import replace
from datetime import date, datetime
from types import MappingProxyType
from typing import Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import Facilitator, IssuingStructure, Kit, Session, Venue
from desktop.domain.kit_edit import replace_sessions
from desktop.storage.changes import (
    BLACKOUTS, FACILITATOR, KIT, STRUCTURE, USER_WORKSHOP, VENUE, Edit, import_edits, write_edits,
)
from desktop.storage.db import Database
from desktop.storage.errors import StorageError
from desktop.storage.kits import FacilitatorRepository, KitRepository, ProfileRepository, VenueRepository
from desktop.storage.repositories import CatalogueRepository

log = logging.getLogger(__name__)



class Workspace(QObject):
    """What is open, held once; every change goes through :meth:`apply` and the undo stack.

    Args:
        db: the open store.

    Signals:
        changed(object): a tuple of :class:`~desktop.storage.changes.Edit` just written (as applied: for an undo,
            each edit's before and after are swapped).
        failed(object): a :class:`~desktop.storage.errors.StorageError`; nothing was changed.
    """

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.catalogue = CatalogueRepository(db)
        self.undo_stack = QUndoStack(self)
        self._loaded_kits: dict[str, Kit] | None = None  # read when first needed (see _kits)
        self._venues: dict[str, Venue] = {v.uid: v for v in VenueRepository(db).list()}
        self._facilitators: dict[str, Facilitator] = {f.uid: f for f in FacilitatorRepository(db).list()}
        profile = ProfileRepository(db)
        self._blackouts: dict[date, str] = profile.blackouts()
        self._structure: IssuingStructure | None = profile.saved_structure()  # None: never filled in
        self._saved_workshops: dict[str, tuple[Workshop, str]] | None = None  # read when first needed

    # -- reading -----------------------------------------------------------------------------------------------
    @property
    def _kits(self) -> dict[str, Kit]:
        """Every kit by uid, read whole when first needed: the window opens on the catalogue, and a structure with
        years of kits should not wait for all of them to see it."""
        if self._loaded_kits is None:
            self._loaded_kits = KitRepository(self.db).load_all()
        return self._loaded_kits

    @property
    def _user_workshops(self) -> dict[str, tuple[Workshop, str]]:
        """The user's own workshops by id, with the moment each was saved, read when first needed: the window opens
        on the catalogue's experiments, and years of saved workshops should not be read to show them."""
        if self._saved_workshops is None:
            self._saved_workshops = {w.id: (w, created) for w, created in self.catalogue.dated_user_workshops()}
        return self._saved_workshops

    def has_kits(self) -> bool:
        """Whether there is any kit (without reading them)."""
        if self._loaded_kits is not None:
            return bool(self._loaded_kits)
        return bool(self.db.query("SELECT 1 FROM kit LIMIT 1"))

    def kits(self) -> list[Kit]:
        return list(self._kits.values())

    def kit(self, uid: str | None) -> Kit | None:
        return self._kits.get(uid) if uid else None

    @property
    def venues(self) -> Mapping[str, Venue]:
        """Every venue by uid (read-only)."""
        return MappingProxyType(self._venues)

    @property
    def facilitators(self) -> Mapping[str, Facilitator]:
        """Every facilitator by uid (read-only)."""
        return MappingProxyType(self._facilitators)

    def venue(self, uid: str) -> Venue | None:
        return self._venues.get(uid) if uid else None

    def facilitator(self, uid: str) -> Facilitator | None:
        return self._facilitators.get(uid) if uid else None

    def venues_of(self, kit: Kit) -> tuple[Venue, ...]:
        """The venues *kit* refers to (for printing and exporting it)."""
        return tuple(self._venues[u] for u in kit.referenced_venue_uids() if u in self._venues)

    def facilitators_of(self, kit: Kit) -> tuple[Facilitator, ...]:
        """The facilitators *kit* refers to (for printing and exporting it)."""
        return tuple(self._facilitators[u] for u in kit.referenced_facilitator_uids() if u in self._facilitators)

    def blackouts(self) -> dict[date, str]:
        return dict(self._blackouts)

    def structure(self) -> IssuingStructure:
        """The issuing structure (empty when never filled in)."""
        return self._structure or IssuingStructure()

    def user_workshops(self) -> list[Workshop]:
        """The user's own workshops, oldest first (as the library lists them)."""
        return [w for w, _ in sorted(self._user_workshops.values(), key=lambda pair: (pair[1], pair[0].title))]

    def library(self) -> list[Workshop]:
        """The whole library: the bundled workshops, then the user's own (read from memory, not the database)."""
        return self.catalogue.bundled_workshops() + self.user_workshops()

    def sessions_using_venue(self, uid: str) -> list[tuple[Kit, Session]]:
        return [(k, s) for k in self._kits.values() for s in k.sessions if s.venue_uid == uid]

    def kits_using_facilitator(self, uid: str) -> list[Kit]:
        return [k for k in self._kits.values() if uid in k.referenced_facilitator_uids()]

    # -- writing -----------------------------------------------------------------------------------------------
    def apply(self, edits: list[Edit] | tuple[Edit, ...], text: str) -> bool:
        """Write *edits* as one undoable step named *text*; False when nothing changed or the write failed."""
        edits = tuple(e for e in edits if e.before != e.after)
        if not edits:
            return False
        # Written first, pushed only once written: a failed write leaves no step on the stack (and Qt never has to
        # delete an obsolete command behind Python's back).
        if not self._write(edits, True):
            return False
        self.undo_stack.push(WorkspaceCommand(self, edits, text))
        return True

    def update_kit(self, after: Kit, text: str) -> bool:
        before = self._kits.get(after.uid)
        if before is None:
            return False
        return self.apply([Edit(KIT, after.uid, before, after)], text)

    def create_kit(self, kit: Kit, text: str, *, venues: tuple[Venue, ...] = (),
                   facilitators: tuple[Facilitator, ...] = ()) -> bool:
        """Add *kit*, with the venues and facilitators it brings that are not here yet (one step)."""
        edits = [Edit(VENUE, v.uid, None, v) for v in venues if v.uid not in self._venues]
        edits += [Edit(FACILITATOR, f.uid, None, f) for f in facilitators if f.uid not in self._facilitators]
        edits.append(Edit(KIT, kit.uid, self._kits.get(kit.uid), kit))
        return self.apply(edits, text)

    def import_plan(self, plan, text: str) -> bool:
        """Write what :func:`desktop.domain.kit_import.plan_import` decided, as one undoable step."""
        edits = import_edits(plan, self._kits.get(plan.kit.uid)) if plan.kit is not None else ()
        return bool(edits) and self.apply(edits, text)

    def delete_kit(self, uid: str, text: str) -> bool:
        before = self._kits.get(uid)
        return before is not None and self.apply([Edit(KIT, uid, before, None)], text)

    def save_venue(self, venue: Venue, text: str | None = None) -> bool:
        before = self._venues.get(venue.uid)
        if text is None:
            text = (QCoreApplication.translate("Workspace", "Modifier le lieu « %1 »") if before else QCoreApplication.translate("Workspace", "Ajouter le lieu « %1 »")).replace("%1", venue.name)
        return self.apply([Edit(VENUE, venue.uid, before, venue)], text)

    def save_facilitator(self, person: Facilitator, text: str | None = None) -> bool:
        before = self._facilitators.get(person.uid)
        if text is None:
            text = (QCoreApplication.translate("Workspace", "Modifier l'intervenant « %1 »") if before
                    else QCoreApplication.translate("Workspace", "Ajouter l'intervenant « %1 »")).replace("%1", person.name)
        return self.apply([Edit(FACILITATOR, person.uid, before, person)], text)

    def delete_venue(self, uid: str) -> bool:
        """Remove a venue; the sessions and kits that used it lose it in the same undoable step."""
        venue = self._venues.get(uid)
        if venue is None:
            return False
        edits = []
        for kit in self._kits.values():
            if uid not in kit.referenced_venue_uids():
                continue
            sessions = [replace(s, venue_uid="") if s.venue_uid == uid else s for s in kit.sessions]
            after = replace(replace_sessions(kit, sessions), venue_uids=tuple(u for u in kit.venue_uids if u != uid))
            edits.append(Edit(KIT, kit.uid, kit, after))
        edits.append(Edit(VENUE, uid, venue, None))
        return self.apply(edits, QCoreApplication.translate("Workspace", "Supprimer le lieu « %1 »").replace("%1", venue.name))

    def delete_facilitator(self, uid: str) -> bool:
        """Remove a facilitator; the kits and sessions they were in lose them in the same undoable step."""
        person = self._facilitators.get(uid)
        if person is None:
            return False
        edits = []
        for kit in self.kits_using_facilitator(uid):
            sessions = [replace(s, facilitator_uids=tuple(f for f in s.facilitator_uids if f != uid))
                        for s in kit.sessions]
            after = replace(replace_sessions(kit, sessions),
                            facilitator_uids=tuple(f for f in kit.facilitator_uids if f != uid))
            edits.append(Edit(KIT, kit.uid, kit, after))
        edits.append(Edit(FACILITATOR, uid, person, None))
        return self.apply(edits, QCoreApplication.translate("Workspace", "Supprimer l'intervenant « %1 »").replace("%1", person.name))

    def set_blackouts(self, days: dict[date, str], text: str) -> bool:
        return self.apply([Edit(BLACKOUTS, "", dict(self._blackouts), dict(days))], text)

    def set_structure(self, structure: IssuingStructure) -> bool:
        return self.apply([Edit(STRUCTURE, "", self._structure, structure)],
                          QCoreApplication.translate("Workspace", "Modifier la structure émettrice"))

    def add_to_library(self, workshop: Workshop) -> Workshop | None:
        """Save a copy of *workshop* to the library as the user's own (undoable); the copy, or None on failure."""
        saved = replace(workshop, id=f"user-{uuid.uuid4().hex[:12]}", origin="user")
        created = datetime.now().isoformat(timespec="seconds")
        ok = self.apply([Edit(USER_WORKSHOP, saved.id, None, (saved, created))],
                        QCoreApplication.translate("Workspace", "Enregistrer « %1 » dans la bibliothèque").replace("%1", saved.title))
        return saved if ok else None

    # -- used by the commands ----------------------------------------------------------------------------------
    def _write(self, edits: tuple[Edit, ...], forward: bool) -> bool:
        try:
            applied = write_edits(self.db, edits, forward=forward)
        except StorageError as exc:
            log.warning("cannot write %d record(s): %s", len(edits), exc)
            self.failed.emit(exc)
            return False
        for edit in applied:
            self._remember(edit)
        self.changed.emit(applied)
        return True

    def _remember(self, edit: Edit) -> None:
        if edit.kind == BLACKOUTS:
            self._blackouts = dict(edit.after or {})
            return
        if edit.kind == STRUCTURE:
            self._structure = edit.after
            return
        if edit.kind == USER_WORKSHOP:
            if self._saved_workshops is None:
                return  # not read yet: read when first needed, with this write
            table = self._saved_workshops
        else:
            table = {KIT: self._kits, VENUE: self._venues, FACILITATOR: self._facilitators}[edit.kind]
        if edit.after is None:
            table.pop(edit.key, None)
        else:
            table[edit.key] = edit.after


class WorkspaceCommand(QUndoCommand):
    """One undoable step: several records, before → after, written together.

    It is pushed once its first write succeeded, so its first ``redo`` (the one ``QUndoStack.push`` makes) writes
    nothing. A later undo or redo that fails is reported (``Workspace.failed``) and changes nothing; the stack's
    position moves all the same, and doing the step again writes the same values, harmlessly.
    """

    def __init__(self, workspace: Workspace, edits: tuple[Edit, ...], text: str) -> None:
        super().__init__(text)
        # A weak reference: the stack (the workspace's child) owns the command, and a strong one back would make a
        # cycle that Python's collector tears down in an order Qt's destructors do not survive.
        self._workspace = weakref.ref(workspace)
        self.edits = edits
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        workspace = self._workspace()
        if workspace is not None:
            workspace._write(self.edits, True)

    def undo(self) -> None:
        workspace = self._workspace()
        if workspace is not None:
            workspace._write(self.edits, False)
