"""Benchmark: write the .ics of 1,000 sessions (budget 200 ms) and read it back as a check.

The sessions use the bundled catalogue's workshops (real summaries and outlines, so realistic DESCRIPTIONs).
Run from the repository root: ``python bench/bench_ics.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time as clock
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import icalendar  # noqa: E402

from desktop.domain.kit import Facilitator, Kit, KitWorkshop, Session, SessionStatus, Venue  # noqa: E402
from desktop.exchange.ics import calendar_for  # noqa: E402
from desktop.scheduling.autoschedule import slot_for  # noqa: E402
from desktop.sources.catalogue import read_catalogue  # noqa: E402

SESSIONS = 1_000
KITS = 100
RUNS = 5
BUDGET_MS = 200.0


def generate() -> tuple[list[Kit], dict[str, Venue]]:
    """100 kits of 10 sessions of the catalogue's workshops, taken in turn."""
    library = read_catalogue().workshops
    venues = {f"v{i}": Venue(f"v{i}", f"Salle des fêtes n° {i}", address=f"{i}, rue de la Mairie",
                             commune="Mouilleron-en-Pareds") for i in range(20)}
    team = (Facilitator("f1", "Camille Martin"), Facilitator("f2", "Dominique Bernard"))
    kits = []
    for k in range(KITS):
        workshops = tuple(KitWorkshop(f"k{k}w{i}", library[(k * 7 + i) % len(library)])
                          for i in range(SESSIONS // KITS))
        first = date(2027, 1, 4) + timedelta(days=k)
        sessions = []
        for i, kw in enumerate(workshops):
            slot = slot_for(kw.workshop.duration_minutes, time(9))
            sessions.append(Session(f"k{k}s{i}", kw.uid, first + timedelta(days=7 * i), slot.start, slot.end,
                                    venue_uid=f"v{(k + i) % 20}", facilitator_uids=("f1",),
                                    status=SessionStatus.CONFIRMED, sequence=i % 3, lunch_start=slot.lunch_start,
                                    lunch_end=slot.lunch_end))
        kits.append(Kit(f"k{k}", f"Parcours d'accompagnement n° {k}", workshops=workshops, sessions=tuple(sessions),
                        facilitators=team, facilitator_uids=("f1",)))
    return kits, venues


def main() -> int:
    kits, venues = generate()
    now = datetime(2027, 1, 2, 10, 0, tzinfo=timezone.utc)
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "sessions.ics"
        for _ in range(RUNS):
            t0 = clock.perf_counter()
            data = calendar_for(kits, venues, facilitator_uid="f1", now=now, name="Camille Martin")
            target.write_bytes(data)
            timings.append((clock.perf_counter() - t0) * 1000)
        size = target.stat().st_size
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    best, median = min(timings), statistics.median(timings)
    print(f"{len(events)} events, {size / 1024:.0f} KiB written: best {best:.0f} ms, median {median:.0f} ms "
          f"over {RUNS} runs (budget {BUDGET_MS:.0f} ms)")
    return 0 if len(events) == SESSIONS and median <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
