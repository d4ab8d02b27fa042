"""Scheduling conflicts across all kits: people and venues booked twice, days off, order, capacity, travel time.

Sessions are indexed by (day, facilitator), (day, venue) and (day, group of participants), and each group is swept
in start order, so the work grows with the number of sessions, never with its square. :class:`ConflictIndex`
keeps the findings per group: after a session is dragged, :meth:`ConflictIndex.update` recomputes only the groups
the old and new session touch (its days, facilitators, venue, participants and kit) and returns the whole current
list, equal to a full :func:`find_conflicts`.

Participants are the same person across kits when they share a uid, or when they have the same name and the same
e-mail address (folded). A session without facilitators is run by its kit's facilitators. Cancelled sessions
never conflict. Each conflict gives its reason as a key and values (:class:`~desktop.domain.reason.Reason`:
the sessions' labels, the day, the times, the names), worded by ``domain/wording.py`` and ``ui/wording.py``.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Mapping, Sequence

from desktop.domain.reason import Reason
from desktop.domain.kit import Facilitator, Kit, Session, Venue
from desktop.scheduling.conflict_kinds import (  # noqa: F401 - the kinds and the record are read from here
    ERROR, FACILITATOR_DOUBLE_BOOKED, OUT_OF_ORDER, PARTICIPANT_DOUBLE_BOOKED, PUBLIC_HOLIDAY, SCHOOL_DATES_UNKNOWN,
    SCHOOL_HOLIDAY, SEVERITIES, TRAVEL_TIME, VENUE_DOUBLE_BOOKED, VENUE_TOO_SMALL, WARNING, WEEKEND, Conflict,
    _overlaps, _RANK, participant_keys,
)
from desktop.scheduling.conflict_rules import ConflictRules
from desktop.scheduling.holidays_fr import DaysOff, school_zone

#: Fields of a kit that no check reads: a change to these alone leaves the conflicts as they are.
IGNORED_KIT_FIELDS = frozenset({"modified", "created", "notes", "attendances", "evaluations", "audience",
                                "funders_mention", "partners_mention", "template_id", "experiment", "call"})


def _conflict_fields(kit: Kit) -> dict:
    """The kit's fields that checks may read, sessions apart (they are followed one by one)."""
    return {f.name: getattr(kit, f.name) for f in fields(kit)
            if f.name not in IGNORED_KIT_FIELDS and f.name != "sessions"}


@dataclass(frozen=True)
class _KitInfo:
    kit: Kit
    days_off: DaysOff
    order: Mapping[str, int]
    titles: Mapping[str, str]
    groups: tuple[tuple[str, ...], ...]  # participant classes (kit sets) this kit's participants belong to


class _Wording:
    """The last part of a conflict's place in the list: its reason, compared by its ``repr``, made only when two
    conflicts of the same day, kind and sessions are compared (rare: most comparisons end before)."""

    __slots__ = ("reason", "_text")
    __hash__ = None

    def __init__(self, reason: Reason) -> None:
        self.reason = reason
        self._text: str | None = None

    def text(self) -> str:
        if self._text is None:
            self._text = repr(self.reason)
        return self._text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Wording) and self.text() == other.text()

    def __lt__(self, other: _Wording) -> bool:
        return self.text() < other.text()


class ConflictIndex(ConflictRules):
    """Conflicts of all kits, kept up to date session by session.

    Args:
        kits: every kit to check together.
        venues: the shared venues by uid (capacity, names).
        travel_buffer_minutes: the least time a facilitator needs between two venues (0: not checked).
        facilitators: the shared facilitators by uid, for their names.
        default_departement: the département of kits that give none (public holidays, school zone).
        zones: a school zone per kit uid, overriding the one of its département (``None``: no school holidays).
    """

    def __init__(self, kits: Sequence[Kit], *, venues: Mapping[str, Venue] | None = None,
                 travel_buffer_minutes: int = 30, facilitators: Mapping[str, Facilitator] | None = None,
                 default_departement: str = "", zones: Mapping[str, str | None] | None = None) -> None:
        self._buffer = max(0, int(travel_buffer_minutes))
        self._venues: dict[str, Venue] = dict(venues or {})
        self._facilitators: dict[str, Facilitator] = dict(facilitators or {})
        self._kits: dict[str, _KitInfo] = {}
        self._kit_of_workshop: dict[str, str] = {}
        self._sessions: dict[str, Session] = {}
        self._session_kit: dict[str, str] = {}
        self._kit_sessions: dict[str, set[str]] = {}
        self._groups: dict[tuple, set[str]] = {}
        self._entries: dict[tuple, tuple[tuple, ...]] = {}  # group or pair -> its entries in _ordered
        self._ordered: list[tuple] = []  # (sort key, serial, conflict), kept sorted
        self._serial = 0
        self._pair_sources: dict[tuple[str, str], set[tuple]] = {}
        self._person_found: dict[tuple, tuple[tuple[str, str], ...]] = {}
        self._dirty_pairs: set[tuple[str, str]] = set()
        self._list: list[Conflict] | None = None
        self._people_of_class: dict[tuple[str, ...], list[str]] = {}
        self._of_session: dict[str, dict[int, tuple]] = {}  # session uid -> its conflicts' entries, by serial
        self._removed: list[Conflict] = []  # conflicts taken out and put in since take_changes()
        self._added: list[Conflict] = []
        classes = self._participant_classes(kits)
        for kit in kits:
            departement = kit.departement or default_departement
            zone = zones[kit.uid] if zones is not None and kit.uid in zones else school_zone(departement)
            self._kits[kit.uid] = _KitInfo(
                kit=kit, days_off=DaysOff(departement, zone),
                order={kw.uid: i for i, kw in enumerate(kit.workshops)},
                titles={kw.uid: kw.workshop.title for kw in kit.workshops},
                groups=classes.get(kit.uid, ()),
            )
            self._kit_sessions[kit.uid] = set()
            for kw in kit.workshops:
                self._kit_of_workshop.setdefault(kw.uid, kit.uid)
        for kit in kits:
            for session in kit.sessions:
                self._insert(session, kit.uid)
        # Every session and kit is checked; a day's group of one session (most of them: a facilitator's, a
        # venue's, a class of participants') finds nothing, so only groups of two sessions or more are swept.
        for uid, session in self._sessions.items():
            if session.is_active:
                self._store(("s", uid), self._session_checks(session), bulk=True)
        for kit in kits:
            self._recompute(("k", kit.uid), bulk=True)
        for key, members in self._groups.items():
            if len(members) > 1:
                self._recompute(key, bulk=True)
        self._flush_pairs(bulk=True)
        self._ordered.sort()

    # -- participants --------------------------------------------------------------------------------------

    def _participant_classes(self, kits: Sequence[Kit]) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Group people by the set of kits they are enrolled in: people of one class share all their sessions."""
        parent: dict[tuple, tuple] = {}

        def find(key: tuple) -> tuple:
            root = key
            while parent.setdefault(root, root) != root:
                root = parent[root]
            while parent[key] != root:
                parent[key], key = root, parent[key]
            return root

        names: dict[tuple, str] = {}
        enrolled: list[tuple[str, tuple]] = []
        for kit in kits:
            for participant in kit.participants:
                keys = participant_keys(participant)
                first = find(keys[0])
                for other in keys[1:]:
                    root = find(other)
                    if root != first:
                        parent[root] = first
                enrolled.append((kit.uid, keys[0]))
                names.setdefault(keys[0], participant.full_name or Reason.of("label.participant_unnamed"))
        person_kits: dict[tuple, list[str]] = {}
        person_name: dict[tuple, str] = {}
        for kit_uid, key in enrolled:
            root = find(key)
            kits_of = person_kits.setdefault(root, [])
            if kit_uid not in kits_of:
                kits_of.append(kit_uid)
            person_name.setdefault(root, names[key])
        by_kit: dict[str, list[tuple[str, ...]]] = {}
        for root, kits_of in person_kits.items():
            cls = tuple(sorted(kits_of))
            if cls not in self._people_of_class:
                self._people_of_class[cls] = []
                for kit_uid in cls:
                    by_kit.setdefault(kit_uid, []).append(cls)
            self._people_of_class[cls].append(person_name[root])
        return {kit_uid: tuple(sorted(groups)) for kit_uid, groups in by_kit.items()}

    # -- the index -----------------------------------------------------------------------------------------

    def _facilitator_uids(self, session: Session, kit_uid: str) -> tuple[str, ...]:
        uids = session.facilitator_uids or self._kits[kit_uid].kit.facilitator_uids
        return tuple(dict.fromkeys(u for u in uids if u))

    def _keys(self, session: Session, kit_uid: str) -> list[tuple]:
        keys: list[tuple] = [("s", session.uid), ("k", kit_uid)]
        if not session.is_active:
            return keys
        day = session.day
        keys.extend(("f", day, uid) for uid in self._facilitator_uids(session, kit_uid))
        if session.venue_uid:
            keys.append(("v", day, session.venue_uid))
        keys.extend(("p", day, cls) for cls in self._kits[kit_uid].groups)
        return keys

    def _insert(self, session: Session, kit_uid: str) -> list[tuple]:
        self._sessions[session.uid] = session
        self._session_kit[session.uid] = kit_uid
        self._kit_sessions[kit_uid].add(session.uid)
        keys = self._keys(session, kit_uid)
        for key in keys[2:]:
            self._groups.setdefault(key, set()).add(session.uid)
        return keys

    def _remove(self, uid: str) -> list[tuple]:
        session = self._sessions.pop(uid, None)
        if session is None:
            return []
        kit_uid = self._session_kit.pop(uid)
        self._kit_sessions[kit_uid].discard(uid)
        keys = self._keys(session, kit_uid)
        for key in keys[2:]:
            members = self._groups.get(key)
            if members is not None:
                members.discard(uid)
                if not members:
                    del self._groups[key]
        return keys

    def apply_kit_change(self, before: Kit | None, after: Kit | None) -> bool:
        """Follow one kit's change incrementally when only its sessions (or fields no check reads) changed.

        Returns:
            True when the index is current; False when the change reaches beyond the sessions (a kit added or
            removed, its workshops, participants, name, département… changed): the caller builds a new index.
            Only :data:`IGNORED_KIT_FIELDS` are known not to matter, so a field added to :class:`Kit` later
            counts as mattering until it is listed there.
        """
        if before is None or after is None or _conflict_fields(before) != _conflict_fields(after):
            return False
        if after.uid not in self._kits:
            return False
        self._kits[after.uid] = replace(self._kits[after.uid], kit=after)
        old = {s.uid: s for s in before.sessions}
        new = {s.uid: s for s in after.sessions}
        for uid in old.keys() | new.keys():
            if old.get(uid) != new.get(uid):
                self._update_one(old.get(uid), new.get(uid))
        return True

    def update(self, session_before: Session | None, session_after: Session | None) -> list[Conflict]:
        """Replace one session (``None`` before: added; ``None`` after: deleted) and return all conflicts.

        Only the groups the old and the new session belong to are recomputed.

        Raises:
            KeyError: a new session whose kit workshop belongs to none of the kits.
        """
        self._update_one(session_before, session_after)
        return self.conflicts()

    def _update_one(self, session_before: Session | None, session_after: Session | None) -> None:
        current = session_after or session_before
        if current is None:
            return
        uid = current.uid
        kit_uid = self._session_kit.get(uid)
        touched = set(self._remove(uid))
        if session_before is not None and session_before.uid != uid:
            touched.update(self._remove(session_before.uid))
        if session_after is not None:
            kit_uid = kit_uid or self._kit_of_workshop.get(session_after.kit_workshop_uid)
            if kit_uid is None:
                raise KeyError(session_after.kit_workshop_uid)
            touched.update(self._insert(session_after, kit_uid))
        for key in touched:
            self._recompute(key)

    def conflicts_for(self, session_uid: str) -> list[Conflict]:
        """The current conflicts naming one session, in the order of :meth:`conflicts`."""
        self._flush_pairs(bulk=False)
        return [entry[2] for entry in sorted(self._of_session.get(session_uid, {}).values())]

    def take_changes(self) -> tuple[tuple[Conflict, ...], tuple[Conflict, ...]]:
        """The conflicts taken out of the index and put in since the last call (the very objects
        :meth:`conflicts` returned and returns; a conflict found again equal may be in both), then forgets them."""
        self._flush_pairs(bulk=False)
        passing = {id(c) for c in self._added} & {id(c) for c in self._removed}  # put in, then taken out again
        changes = (tuple(c for c in self._removed if id(c) not in passing),
                   tuple(c for c in self._added if id(c) not in passing))
        self._removed, self._added = [], []
        return changes

    def conflicts(self) -> list[Conflict]:
        """Every current conflict, sorted by day, kind and sessions."""
        self._flush_pairs(bulk=False)
        if self._list is None:
            self._list = [entry[2] for entry in self._ordered]
        return list(self._list)

    def _flush_pairs(self, *, bulk: bool) -> None:
        """Reword the participants' conflicts of the session pairs whose groups changed."""
        for pair in sorted(self._dirty_pairs):
            found = [self._participant_conflict(pair)] if self._pair_sources.get(pair) else []
            self._store(("pair", pair), found, bulk=bulk)
            self._list = None
        self._dirty_pairs.clear()

    def _store(self, key: tuple, found: list[Conflict], *, bulk: bool) -> None:
        """Replace the conflicts found for *key* in the sorted list (appended unsorted while building)."""
        for entry in self._entries.pop(key, ()):
            del self._ordered[bisect_left(self._ordered, entry)]
            for uid in entry[2].session_uids:
                self._of_session[uid].pop(entry[1], None)
            if not bulk:
                self._removed.append(entry[2])
        if not found:
            return
        entries = []
        for conflict in found:
            self._serial += 1
            entry = ((conflict.day or date.max, _RANK.get(conflict.kind, 99), conflict.session_uids,
                      _Wording(conflict.reason)), self._serial, conflict)
            if bulk:
                self._ordered.append(entry)
            else:
                insort(self._ordered, entry)
                self._added.append(conflict)
            for uid in conflict.session_uids:
                self._of_session.setdefault(uid, {})[self._serial] = entry
            entries.append(entry)
        self._entries[key] = tuple(entries)

    # -- recomputing one group -----------------------------------------------------------------------------

    def _recompute(self, key: tuple, *, bulk: bool = False) -> None:
        self._list = None
        if key[0] == "p":
            self._recompute_people(key)
            return
        if key[0] == "s":
            session = self._sessions.get(key[1])
            found = self._session_checks(session) if session is not None and session.is_active else []
        elif key[0] == "k":
            found = self._kit_checks(key[1])
        else:
            members = [self._sessions[uid] for uid in self._groups.get(key, ())]
            check = self._facilitator_checks if key[0] == "f" else self._venue_checks
            found = check(key[2], members)
        self._store(key, found, bulk=bulk)

    def _recompute_people(self, key: tuple) -> None:
        members = [self._sessions[uid] for uid in self._groups.get(key, ())]
        pairs = tuple((a.uid, b.uid) for a, b in _overlaps(members)) if len(members) > 1 else ()
        for pair in self._person_found.pop(key, ()):
            sources = self._pair_sources.get(pair)
            if sources is not None:
                sources.discard(key)
                if not sources:
                    del self._pair_sources[pair]
            self._dirty_pairs.add(pair)
        if pairs:
            self._person_found[key] = pairs
            for pair in pairs:
                self._pair_sources.setdefault(pair, set()).add(key)
                self._dirty_pairs.add(pair)




def find_conflicts(kits: Sequence[Kit], *, venues: Mapping[str, Venue] | None = None,
                   travel_buffer_minutes: int = 30, facilitators: Mapping[str, Facilitator] | None = None,
                   default_departement: str = "", zones: Mapping[str, str | None] | None = None) -> list[Conflict]:
    """Every conflict across *kits* (see :class:`ConflictIndex` for the arguments)."""
    return ConflictIndex(kits, venues=venues, travel_buffer_minutes=travel_buffer_minutes,
                         facilitators=facilitators, default_departement=default_departement,
                         zones=zones).conflicts()
