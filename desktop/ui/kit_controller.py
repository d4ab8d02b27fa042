"""Which kit the kit editor shows, and the edits its panels make to it.

The kit's value lives in the :class:`~desktop.ui.workspace.Workspace` only; the controller holds its uid. Panels
call :meth:`KitController.apply` with the kit's new value; the workspace saves it at once as one undoable step
(there is no Save button). The controller re-emits the workspace's changes that concern the kit on screen. Undo
and redo apply to whichever kit an edit was made to (a session dragged in the calendar, another kit's rename):
that kit's views update wherever they are shown; the editor does not jump to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.kit import Kit
from desktop.storage.changes import FACILITATOR, KIT, STRUCTURE, VENUE
from desktop.ui.pending_edit import commit_pending_edit
from desktop.ui.workspace import Workspace


def _list_fields(kit: Kit | None):
    return None if kit is None else (kit.name, kit.territory, kit.archived)


class KitController(QObject):
    """The kit on screen in the kit editor.

    Args:
        workspace: the owner of every kit.

    Signals:
        kit_changed(object): the kit on screen has a new value, or another kit is on screen (None: none), or
            what it shows beside itself changed (its venues, facilitators, the profile's programme defaults).
        kits_changed(): a kit was created, deleted, renamed or archived (the list must refresh).
    """

    kit_changed = Signal(object)
    kits_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = workspace.undo_stack
        self._uid: str | None = None
        workspace.changed.connect(self._workspace_changed)

    @property
    def kit(self) -> Kit | None:
        """The kit on screen, as the workspace holds it now."""
        return self.workspace.kit(self._uid)

    def select(self, uid: str | None) -> None:
        """Show the kit *uid* (None: no kit); what is being typed goes to the kit shown until now."""
        commit_pending_edit()
        self._uid = uid if self.workspace.kit(uid) is not None else None
        self.kit_changed.emit(self.kit)

    def apply(self, after: Kit, text: str) -> bool:
        """Save a new value of a kit — the one on screen or another — as one undoable step; False if nothing
        changed or saving failed."""
        return self.workspace.update_kit(after, text)

    def create(self, kit: Kit, text: str, **shared) -> bool:
        return self.workspace.create_kit(kit, text, **shared)

    def delete(self, kit: Kit, text: str) -> bool:
        return self.workspace.delete_kit(kit.uid, text)

    def _workspace_changed(self, applied) -> None:
        structural = any(e.kind == KIT and _list_fields(e.before) != _list_fields(e.after) for e in applied)
        shown = any((e.kind == KIT and e.key == self._uid) or e.kind in (VENUE, FACILITATOR, STRUCTURE) for e in applied)
        if structural:
            self.kits_changed.emit()
        if shown and self._uid is not None:
            if self.kit is None:
                self._uid = None
            self.kit_changed.emit(self.kit)
