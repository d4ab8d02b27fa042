"""Benchmark: the cost of ``synchronous = FULL`` against ``NORMAL`` for one edit (one kit saved, as a keystroke or a
drop commits it), in WAL mode, on the disk of a temporary folder (pass another folder to measure a USB key).

Run from the repository root: ``python bench/bench_save_durability.py [FOLDER]``. A save of a 40-participant,
12-session kit is what one edit costs; the budget is 50 ms at the median for FULL (docs/durability.md).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time as clock
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.kit import Participant, Session, SessionStatus, copy_for_kit, blank_workshop  # noqa: E402
from desktop.domain.kit_factory import blank_kit  # noqa: E402
from desktop.storage.kits import KitRepository  # noqa: E402
from desktop.storage.store import open_store  # noqa: E402

RUNS = 60
BUDGET_MS = 50.0


def sample_kit():
    kit = blank_kit("Banc d'essai")
    workshops = tuple(copy_for_kit(blank_workshop(f"Atelier {i}")) for i in range(12))
    sessions = tuple(Session(f"00000000-0000-4000-8000-{i:012d}", workshops[i].uid, date(2027, 1, 4) + timedelta(7 * i),
                             time(9), time(12), status=SessionStatus.CONFIRMED) for i in range(12))
    people = tuple(Participant(f"10000000-0000-4000-8000-{i:012d}", f"Nom{i}", f"Prénom{i}") for i in range(40))
    return replace(kit, workshops=workshops, sessions=sessions, participants=people)


def measure(folder: Path, level: str) -> list[float]:
    db = open_store(folder / f"bench-{level}.sqlite3")
    db.conn.execute(f"PRAGMA synchronous = {level}")
    repo = KitRepository(db)
    kit = sample_kit()
    repo.save(kit)
    times = []
    for n in range(RUNS):
        kit = replace(kit, name=f"Banc d'essai {n}")  # one keystroke in the kit's name
        start = clock.perf_counter()
        repo.save(kit)
        times.append((clock.perf_counter() - start) * 1000)
    db.close()
    return times


def main() -> int:
    with tempfile.TemporaryDirectory(dir=sys.argv[1] if len(sys.argv) > 1 else None) as tmp:
        results = {level: measure(Path(tmp), level) for level in ("NORMAL", "FULL")}
    for level, times in results.items():
        print(f"{level:6}  median {statistics.median(times):6.1f} ms   p90 {sorted(times)[int(RUNS * 0.9)]:6.1f} ms")
    full = statistics.median(results["FULL"])
    print(f"FULL median {full:.1f} ms — budget {BUDGET_MS:.0f} ms: {'ok' if full <= BUDGET_MS else 'OVER'}")
    return 0 if full <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
