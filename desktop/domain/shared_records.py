"""Venues and facilitators received with a kit (from a kit file), set against those the user already has.

Shared records are never changed by what someone else sends: a received venue or facilitator whose uid is unknown
here is added; one with a known uid and the same content (every field, after trimming) is the same record and is
reused; one with a known uid and other content becomes a new record named « … (reçu) », and the kit is made to
point to it. The user's own record stays exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from desktop.domain.kit import NAME_MAX, Facilitator, Kit, Venue, new_uid

RECEIVED_SUFFIX = " (reçu)"


def _trimmed(record) -> tuple:
    return tuple(" ".join(v.split()) if isinstance(v, str) else v for v in (getattr(record, f.name) for f in fields(record)))


def same_content(a, b) -> bool:
    """Two venues (or two facilitators) hold the same thing, spaces aside."""
    return type(a) is type(b) and _trimmed(a) == _trimmed(b)


def _received_name(name: str) -> str:
    return name[:NAME_MAX - len(RECEIVED_SUFFIX)].rstrip() + RECEIVED_SUFFIX


@dataclass(frozen=True)
class Adopted:
    """A received kit made to fit the local shared records.

    Attributes:
        kit: the kit, its references moved to the renamed copies.
        new_venues: venues to add (unknown ones and renamed copies).
        new_facilitators: facilitators to add.
        renamed: the names given to the copies of records that differed from the local ones.
    """

    kit: Kit
    new_venues: tuple[Venue, ...]
    new_facilitators: tuple[Facilitator, ...]
    renamed: tuple[str, ...]


def _adopt(received, known) -> tuple[list, dict[str, str], list[str]]:
    added, remap, renamed = [], {}, []
    for record in received:
        local = known.get(record.uid)
        if local is None:
            added.append(record)
        elif not same_content(local, record):
            copy = replace(record, uid=new_uid(), name=_received_name(record.name))
            remap[record.uid] = copy.uid
            added.append(copy)
            renamed.append(copy.name)
    return added, remap, renamed


def adopt_shared(kit: Kit, venues, facilitators, known_venues, known_facilitators) -> Adopted:
    """Fit *kit* and the *venues*/*facilitators* it came with to the local ones (see the module's rules)."""
    new_v, v_map, v_names = _adopt(venues, known_venues)
    new_f, f_map, f_names = _adopt(facilitators, known_facilitators)
    if v_map or f_map:
        def people(uids):
            return tuple(f_map.get(u, u) for u in uids)

        kit = replace(kit, venue_uids=tuple(v_map.get(u, u) for u in kit.venue_uids),
                      facilitator_uids=people(kit.facilitator_uids),
                      sessions=tuple(replace(s, venue_uid=v_map.get(s.venue_uid, s.venue_uid),
                                             facilitator_uids=people(s.facilitator_uids)) for s in kit.sessions))
    return Adopted(kit, tuple(new_v), tuple(new_f), tuple(v_names + f_names))
