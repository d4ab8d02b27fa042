"""Several records written in one transaction, forward or backward: what one undoable edit of the workspace does.

An :class:`Edit` names one record (a kit, a venue, a facilitator, the blackout dates, the issuing structure, one of
the user's workshops) with its value before and after (``None`` on a side: the record does not exist there).
:func:`write_edits` writes the *after* values in order, or the *before* values in reverse order, in one transaction:
all or nothing. The order of a change is chosen so that references always hold (a venue is created before a kit
uses it; kits stop using a venue before it is deleted), and going backward keeps them holding too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.workshop_codec import load_contents
from desktop.storage.db import Database
from desktop.storage.kits import FacilitatorRepository, KitRepository, ProfileRepository, VenueRepository
from desktop.storage.repositories import CatalogueRepository

KIT = "kit"
VENUE = "venue"
FACILITATOR = "facilitator"
BLACKOUTS = "blackouts"
STRUCTURE = "structure"
USER_WORKSHOP = "user_workshop"
KINDS = (KIT, VENUE, FACILITATOR, BLACKOUTS, STRUCTURE, USER_WORKSHOP)


@dataclass(frozen=True)
class Edit:
    """One record's value before and after a change.

    Attributes:
        kind: one of :data:`KINDS`.
        key: the record's uid (``""`` for the blackouts and the structure, which are one record each).
        before: the value before (None: created by the change).
        after: the value after (None: deleted by the change). For a user workshop, a ``(Workshop, created)`` pair.
    """

    kind: str
    key: str
    before: Any
    after: Any

    def reversed(self) -> Edit:
        return Edit(self.kind, self.key, self.after, self.before)


def _write_one(conn, edit: Edit) -> None:
    value = edit.after
    if edit.kind == KIT:
        if value is None:
            KitRepository.remove(conn, edit.key)
        elif edit.before is not None:
            KitRepository.write_changes(conn, edit.before, value)  # only the rows that differ
        else:
            KitRepository.write(conn, value)
    elif edit.kind == VENUE:
        VenueRepository.write(conn, value) if value is not None else VenueRepository.remove(conn, edit.key)
    elif edit.kind == FACILITATOR:
        FacilitatorRepository.write(conn, value) if value is not None else FacilitatorRepository.remove(conn, edit.key)
    elif edit.kind == BLACKOUTS:
        ProfileRepository.write_blackouts(conn, value or {})
    elif edit.kind == STRUCTURE:
        ProfileRepository.write_structure(conn, value)
    elif edit.kind == USER_WORKSHOP:
        if value is None:
            CatalogueRepository.remove_user_workshop(conn, edit.key)
        else:
            CatalogueRepository.write_user_workshop(conn, *value)
    else:
        raise ValueError(f"unknown record kind {edit.kind!r}")


def write_edits(db: Database, edits: tuple[Edit, ...], *, forward: bool = True) -> tuple[Edit, ...]:
    """Write *edits* (their after values, or their before values in reverse order) in one transaction.

    Returns:
        The edits as applied: for a backward write, each one reversed (before and after swapped), in the order
        they were written.

    Raises:
        StorageError: nothing was written.
    """
    applied = tuple(edits) if forward else tuple(e.reversed() for e in reversed(edits))
    read_contents(applied)
    with db.transaction() as conn:
        for edit in applied:
            _write_one(conn, edit)
    return applied


def read_contents(edits: tuple[Edit, ...]) -> None:
    """Read, before their rows are written, the content of the workshops of *edits* not read yet: a workshop read
    from the store reads its content from its row when first needed (``stored_workshop``), and every value held
    in memory (the workspace's, its undo stack's, a view's) keeps the content it had when it was read."""
    for edit in edits:
        for value in (edit.before, edit.after):
            if value is None:
                continue
            if edit.kind == KIT:
                load_contents(kw.workshop for kw in value.workshops)
            elif edit.kind == USER_WORKSHOP:
                load_contents((value[0],))


def import_edits(plan, current) -> tuple[Edit, ...]:
    """The edits that write an import plan (:class:`desktop.domain.kit_import.ImportPlan`): the shared records it
    adds first, then the kit (*current*: the local kit of that uid, or None)."""
    if plan.kit is None:
        return ()
    edits = [Edit(VENUE, v.uid, None, v) for v in plan.new_venues]
    edits += [Edit(FACILITATOR, f.uid, None, f) for f in plan.new_facilitators]
    edits.append(Edit(KIT, plan.kit.uid, current, plan.kit))
    return tuple(edits)
