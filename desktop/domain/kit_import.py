"""What importing a received kit does to the local data: the identity rules, as one pure function.

- A kit whose uid is unknown here is added. Its workshops, participants and sessions whose uids another local kit
  already uses get new ones (references inside the kit follow): never two records with one uid.
- The same kit received again (same content, personal data aside when the file has none) changes nothing.
- A kit whose uid exists here with other content needs a choice: **replace** (the kit and its own contents; the
  local participants, presences and evaluations are kept unless the file carries personal data) or **copy**
  (« Garder les deux »: new identities for everything inside, the name marked « (importé) »).
- Shared records (venues, facilitators) are never changed: see :mod:`desktop.domain.shared_records`.
- A name that a suffix would make too long is shortened, never refused.

The window and ``tresse import`` both call :func:`plan_import` and write what it returns in one step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from desktop.domain.kit import NAME_MAX, Attendance, Evaluation, Facilitator, Kit, KitWorkshop, Venue, new_uid
from desktop.domain.kit_factory import duplicate_kit
from desktop.domain.shared_records import adopt_shared

NEW = "new"
UNCHANGED = "unchanged"
REPLACE = "replace"
COPY = "copy"

#: Appended to the name of a kit kept beside the local one (« Garder les deux »).
IMPORTED_SUFFIX = " (importé)"


class ChoiceNeeded(Exception):
    """The received kit has the uid of a local kit with other content: replace it, keep both, or cancel.

    Attributes:
        local: the local kit of that uid.
    """

    def __init__(self, local: Kit) -> None:
        super().__init__(local.uid)
        self.local = local


@dataclass(frozen=True)
class ImportPlan:
    """What to write for one import.

    Attributes:
        action: :data:`NEW`, :data:`UNCHANGED`, :data:`REPLACE` or :data:`COPY`.
        kit: the kit to write (the received one, adapted); None when nothing changes.
        replaced: the local kit it replaces (for :data:`REPLACE`), else None.
        new_venues: venues to add before the kit (unknown ones, and copies named « … (reçu) »).
        new_facilitators: facilitators to add likewise.
        renamed: names of the shared records added as copies because a local one with their uid differed.
        renewed: how many inner uids (workshops, participants, sessions) were renewed because another local kit
            used them.
    """

    action: str
    kit: Kit | None
    replaced: Kit | None = None
    new_venues: tuple[Venue, ...] = ()
    new_facilitators: tuple[Facilitator, ...] = ()
    renamed: tuple[str, ...] = ()
    renewed: int = 0


def suffixed(name: str, suffix: str) -> str:
    """*name* followed by *suffix*, the name shortened so that the whole stays within the name limit."""
    return name[:NAME_MAX - len(suffix)].rstrip() + suffix


def _personal(kit: Kit) -> Kit:
    return replace(kit, participants=(), attendances=(), evaluations=())


def _same(received: Kit, local: Kit, with_personal_data: bool) -> bool:
    a, b = replace(received, archived=local.archived), local
    return a == b if with_personal_data else _personal(a) == _personal(b)


def _inner_uids(kit: Kit) -> set[str]:
    return {*(w.uid for w in kit.workshops), *(p.uid for p in kit.participants), *(s.uid for s in kit.sessions)}


def renew_colliding(kit: Kit, taken: set[str]) -> tuple[Kit, int]:
    """*kit* with new uids for its workshops, participants and sessions whose uid is in *taken*."""
    fresh = {u: new_uid() for u in _inner_uids(kit) & taken}
    if not fresh:
        return kit, 0

    def m(uid: str) -> str:
        return fresh.get(uid, uid)

    kit = replace(
        kit,
        workshops=tuple(KitWorkshop(m(w.uid), w.workshop) for w in kit.workshops),
        participants=tuple(replace(p, uid=m(p.uid)) for p in kit.participants),
        sessions=tuple(replace(s, uid=m(s.uid), kit_workshop_uid=m(s.kit_workshop_uid)) for s in kit.sessions),
        attendances=tuple(Attendance(m(a.session_uid), m(a.participant_uid), a.half_day, a.presence)
                          for a in kit.attendances),
        evaluations=tuple(Evaluation(m(e.session_uid), m(e.participant_uid) if e.participant_uid else "", e.scores,
                                     e.comment) for e in kit.evaluations))
    return kit, len(fresh)


def plan_import(received: Kit, venues, facilitators, *, with_personal_data: bool, local_kits: Mapping[str, Kit],
                local_venues: Mapping[str, Venue], local_facilitators: Mapping[str, Facilitator],
                choice: str | None = None) -> ImportPlan:
    """Decide what importing *received* does (see the module's rules).

    Args:
        received: the kit read from the file.
        venues: the venues the file carries.
        facilitators: the facilitators the file carries.
        with_personal_data: whether the file carries participants, presences and evaluations.
        local_kits: every local kit by uid.
        local_venues: every local venue by uid.
        local_facilitators: every local facilitator by uid.
        choice: :data:`REPLACE` or :data:`COPY` when the kit's uid exists here with other content.

    Raises:
        ChoiceNeeded: the uid exists here with other content and *choice* is None.
    """
    local = local_kits.get(received.uid)
    action = NEW
    kit = replace(received, archived=False)
    if local is not None:
        if _same(received, local, with_personal_data):
            return ImportPlan(UNCHANGED, None)
        if choice not in (REPLACE, COPY):
            raise ChoiceNeeded(local)
        action = choice
        if choice == COPY:
            kit = duplicate_kit(kit, suffixed(kit.name, IMPORTED_SUFFIX))
        else:
            kit = replace(kit, archived=local.archived)
            if not with_personal_data:
                kept = {p.uid for p in local.participants}
                sessions = {s.uid for s in kit.sessions}
                kit = replace(kit, participants=local.participants,
                              attendances=tuple(a for a in local.attendances if a.session_uid in sessions
                                                and a.participant_uid in kept),
                              evaluations=tuple(e for e in local.evaluations if e.session_uid in sessions))
    taken = {u for k in local_kits.values() if k.uid != kit.uid for u in _inner_uids(k)}
    kit, renewed = renew_colliding(kit, taken)
    adopted = adopt_shared(kit, venues, facilitators, local_venues, local_facilitators)
    return ImportPlan(action, adopted.kit, local if action == REPLACE else None, adopted.new_venues,
                      adopted.new_facilitators, adopted.renamed, renewed)
