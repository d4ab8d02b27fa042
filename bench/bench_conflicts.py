"""Benchmark: conflicts of 1,000 kits and 10,000 sessions — index build, refresh after one drag, full recompute.

Run from the repository root: ``python bench/bench_conflicts.py``. The data are random but seeded, so every run
checks the same schedule. The budget for the refresh after a drag is 50 ms.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import sys
import time as clock
from datetime import date, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.kit import (  # noqa: E402
    Facilitator,
    Kit,
    KitWorkshop,
    Participant,
    Session,
    SessionStatus,
    Venue,
    blank_workshop,
)
from desktop.scheduling.conflicts import ConflictIndex, find_conflicts  # noqa: E402

KITS = 1_000
SESSIONS_PER_KIT = 10
DRAGS = 50
BUDGET_MS = 50.0
DEPARTEMENTS = ["Vendée", "Deux-Sèvres", "Moselle", "Haute-Garonne", "Creuse", "Paris", ""]


def generate(seed: int = 20270112) -> tuple[list[Kit], dict[str, Venue]]:
    """1,000 kits of 10 weekly sessions each, sharing facilitators, venues and a few participants."""
    rng = random.Random(seed)
    venues = {f"v{i}": Venue(f"v{i}", f"Lieu {i}", commune=f"Commune {i % 90}", capacity=rng.choice([0, 10, 15, 30]))
              for i in range(300)}
    facilitators = [Facilitator(f"f{i}", f"Animatrice {i}") for i in range(200)]
    shared = [Participant(f"shared{i}", f"Commun{i}", "Alex", email=f"alex{i}@example.org") for i in range(300)]
    kits = []
    for k in range(KITS):
        workshops = tuple(KitWorkshop(f"k{k}w{i}", blank_workshop(f"Atelier {i + 1}", rng.choice([180, 210, 360])))
                          for i in range(SESSIONS_PER_KIT))
        people = [Participant(f"k{k}p{i}", f"Nom{i}", f"Prénom{k}") for i in range(rng.randint(6, 12))]
        people += rng.sample(shared, rng.randint(0, 2))
        team = tuple(rng.sample(facilitators, rng.randint(1, 2)))
        first = date(2027, 1, 4) + timedelta(days=rng.randint(0, 300))
        sessions = []
        for i, kw in enumerate(workshops):
            day = first + timedelta(days=7 * i + rng.choice([0, 0, 0, 1, 2]))
            start = rng.choice([time(9, 0), time(9, 30), time(14, 0)])
            minutes = kw.workshop.duration_minutes
            end_minutes = start.hour * 60 + start.minute + minutes + (60 if minutes > 240 else 0)
            sessions.append(Session(
                f"k{k}s{i}", kw.uid, day, start, time(min(end_minutes // 60, 23), end_minutes % 60),
                venue_uid=rng.choice(list(venues)), facilitator_uids=tuple(f.uid for f in team),
                status=SessionStatus.CANCELLED if rng.random() < 0.03 else SessionStatus.CONFIRMED))
        kits.append(Kit(f"k{k}", f"Kit {k}", departement=rng.choice(DEPARTEMENTS), workshops=workshops,
                        participants=tuple(people), sessions=tuple(sessions),
                        facilitator_uids=tuple(f.uid for f in team)))
    return kits, venues, {f.uid: f for f in facilitators}


def main() -> int:
    kits, venues, people = generate()
    sessions = [s for k in kits for s in k.sessions]
    print(f"{len(kits)} kits, {len(sessions)} sessions")

    t0 = clock.perf_counter()
    index = ConflictIndex(kits, venues=venues, facilitators=people)
    found = index.conflicts()
    build_ms = (clock.perf_counter() - t0) * 1000
    print(f"index built with {len(found)} conflicts in {build_ms:.0f} ms")

    rng = random.Random(7)
    by_uid = {s.uid: s for s in sessions}
    drags = []
    for _ in range(DRAGS):
        before = by_uid[rng.choice(sessions).uid]
        after = dataclasses.replace(before, day=before.day + timedelta(days=rng.choice([-7, -1, 1, 2, 7])),
                                    sequence=before.sequence + 1)
        t0 = clock.perf_counter()
        current = index.update(before, after)
        drags.append((clock.perf_counter() - t0) * 1000)
        by_uid[after.uid] = after

    moved = [dataclasses.replace(k, sessions=tuple(by_uid[s.uid] for s in k.sessions)) for k in kits]
    t0 = clock.perf_counter()
    full = find_conflicts(moved, venues=venues, facilitators=people)
    full_ms = (clock.perf_counter() - t0) * 1000
    same = full == current
    worst = max(drags)
    print(f"refresh after one drag: median {statistics.median(drags):.1f} ms, max {worst:.1f} ms "
          f"over {DRAGS} drags (budget {BUDGET_MS:.0f} ms)")
    print(f"full recompute: {full_ms:.0f} ms ({len(full)} conflicts); incremental result identical: {same}")
    return 0 if same and worst <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
