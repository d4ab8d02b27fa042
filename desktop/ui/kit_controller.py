"""The kit being edited, its undo stack, and saving: every change is saved at once (there is no Save button).

Each edit is a :class:`KitEditCommand` holding the kit's value before and after; redo saves the after value, undo
the before value, through the repository, in one transaction each. Undoing an edit of another kit than the one on
screen brings that kit back on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.domain.kit import Kit
from desktop.storage.errors import StorageError
from desktop.storage.kits import KitRepository

log = logging.getLogger(__name__)


class KitController(QObject):
    """Owns the current kit and applies edits to it.

    Signals:
        kit_changed(object): the current kit's new value (or None when no kit is selected).
        kit_saved(str): any kit was saved or deleted (its uid): calendars and conflicts refresh.
        kits_changed(): a kit was created, deleted, renamed or archived (the list must refresh).
        failed(object): a storage error while saving; the edit was not applied.
    """

    kit_changed = Signal(object)
    kit_saved = Signal(str)
    kits_changed = Signal()
    failed = Signal(object)

    def __init__(self, repo: KitRepository, parent=None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.undo_stack = QUndoStack(self)
        self.kit: Kit | None = None

    def select(self, uid: str | None) -> None:
        """Show the kit *uid* (None: no kit)."""
        self.kit = self.repo.load(uid) if uid else None
        self.kit_changed.emit(self.kit)

    def apply(self, after: Kit, text: str) -> bool:
        """Apply an edit of a kit — the current one or another (from the calendar) — pushed on the undo stack
        and saved at once; False if nothing changed or saving failed."""
        before = self.kit if self.kit is not None and self.kit.uid == after.uid else self.repo.load(after.uid)
        if before is None or after == before:
            return False
        return self._push(KitEditCommand(self, before, after, text))

    def create(self, kit: Kit, text: str) -> bool:
        return self._push(KitEditCommand(self, None, kit, text))

    def delete(self, kit: Kit, text: str) -> bool:
        full = self.repo.load(kit.uid) or kit
        return self._push(KitEditCommand(self, full, None, text))

    def _push(self, command: KitEditCommand) -> bool:
        self.undo_stack.push(command)
        return not command.error

    # -- used by the commands ----------------------------------------------------------------------------------
    def _store(self, kit: Kit | None, uid: str, structural: bool) -> bool:
        try:
            if kit is None:
                self.repo.delete(uid)
            else:
                self.repo.save(kit)
        except StorageError as exc:
            log.exception("cannot save kit %s", uid)
            self.failed.emit(exc)
            self.kit_changed.emit(self.kit)  # views go back to what is saved
            return False
        if self.kit is not None and self.kit.uid == uid:
            self.kit = kit
            self.kit_changed.emit(kit)
        self.kit_saved.emit(uid)
        if structural:
            self.kits_changed.emit()
        return True


def _list_fields(kit: Kit | None):
    return None if kit is None else (kit.name, kit.territory, kit.archived)


class KitEditCommand(QUndoCommand):
    """One undoable change of one kit: before → after (None on either side for creation or deletion)."""

    def __init__(self, controller: KitController, before: Kit | None, after: Kit | None, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.before = before
        self.after = after
        self.uid = (after or before).uid
        self.structural = _list_fields(before) != _list_fields(after)
        self.error = False

    def redo(self) -> None:
        if not self.controller._store(self.after, self.uid, self.structural):
            self.error = True
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.controller._store(self.before, self.uid, self.structural):
            self.setObsolete(True)
