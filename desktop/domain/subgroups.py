"""Sub-groups drawn at random from the participants present, and the names they are shown with.

Pure functions: the caller passes the participants and a :class:`random.Random` (a seeded one in tests). Every
participant given lands in exactly one group; groups differ in size by one at most. With the mixing option, people
of the same structure (or the same commune) are spread over the groups as evenly as their number allows: a
structure of *m* people in *k* groups never has more than ⌈m / k⌉ of them in one group.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from enum import Enum

from desktop.domain.kit import Participant
from desktop.domain.text import fold


class Mixing(str, Enum):
    """What the draw spreads over the groups."""

    NONE = "none"
    STRUCTURES = "structures"
    COMMUNES = "communes"


def group_count(people: int, *, groups: int | None = None, size: int | None = None) -> int:
    """How many groups: *groups* asked for, or enough groups of at most *size* people; at least one, never more
    than the people (an empty draw has none)."""
    if people <= 0:
        return 0
    if groups is not None:
        wanted = groups
    elif size is not None:
        wanted = math.ceil(people / max(1, size))
    else:
        raise ValueError("groups or size")
    return max(1, min(people, wanted))


def _mixing_key(p: Participant, mixing: Mixing) -> str:
    value = p.organisation if mixing is Mixing.STRUCTURES else p.commune
    # Someone with no structure (or commune) stated is a cluster of one: nothing to spread.
    return fold(value) or f"\x00{p.uid}"


def draw_groups(participants: list[Participant] | tuple[Participant, ...], *, groups: int | None = None,
                size: int | None = None, mixing: Mixing = Mixing.NONE,
                rng: random.Random | None = None) -> tuple[tuple[str, ...], ...]:
    """Random groups of participant uids, by number of groups or by group size.

    Args:
        participants: those to share out (each once; duplicates by uid are counted once).
        groups: the number of groups wanted, or
        size: the largest group wanted.
        mixing: spread structures or communes over the groups.
        rng: the source of randomness.
    """
    rng = rng or random.Random()
    mixing = Mixing(mixing)
    people = list({p.uid: p for p in participants}.values())
    k = group_count(len(people), groups=groups, size=size)
    if k == 0:
        return ()
    if mixing is Mixing.NONE:
        order = people[:]
        rng.shuffle(order)
    else:
        clusters: dict[str, list[Participant]] = defaultdict(list)
        for p in people:
            clusters[_mixing_key(p, mixing)].append(p)
        lists = list(clusters.values())
        for members in lists:
            rng.shuffle(members)
        rng.shuffle(lists)
        lists.sort(key=len, reverse=True)  # stable: ties keep their random order
        order = [p for members in lists for p in members]
    # Dealt like cards: consecutive people (one cluster) go to different groups, and the groups fill in turn.
    start = rng.randrange(k)
    result: list[list[str]] = [[] for _ in range(k)]
    for i, p in enumerate(order):
        result[(start + i) % k].append(p.uid)
    rng.shuffle(result)
    return tuple(tuple(g) for g in result)


def short_names(participants: list[Participant] | tuple[Participant, ...]) -> dict[str, str]:
    """uid → the name shown on a group: the first name, with the last name's initial when two first names are
    alike (« Marie D. »), the whole last name when the initials are alike too; the last name if no first name."""
    def first(p: Participant) -> str:
        return (p.first_name or p.last_name).strip()

    by_first: dict[str, list[Participant]] = defaultdict(list)
    for p in participants:
        by_first[fold(first(p))].append(p)
    names: dict[str, str] = {}
    for same in by_first.values():
        if len(same) == 1:
            names[same[0].uid] = first(same[0])
            continue
        initials: dict[str, int] = defaultdict(int)
        for p in same:
            initials[fold(p.last_name[:1])] += 1
        for p in same:
            if not p.first_name:
                names[p.uid] = p.full_name
            elif initials[fold(p.last_name[:1])] > 1 or not p.last_name:
                names[p.uid] = p.full_name
            else:
                names[p.uid] = f"{p.first_name} {p.last_name[:1].upper()}."
    return names
