"""Child process of the .ics measurement: the agenda of one facilitator over 1,000 sessions of 100 kits written to
a file with Tresse's own iCalendar code, timed from the kits in memory to the file written; read back with the
``icalendar`` package as a check (not timed).

Prints one JSON line: times in milliseconds, the number of events and the file's size. ``--quick`` writes 100
sessions twice; ``--profile FILE`` writes a cProfile of the timed runs only.
"""

from __future__ import annotations

import cProfile
import json
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import icalendar

from bench.generate import ics_kits
from desktop.exchange.files import write_atomically
from desktop.exchange.ics import calendar_for

SESSIONS = 1_000
RUNS = 7
#: ``--quick``: 100 sessions, twice.
QUICK_SESSIONS, QUICK_RUNS = 100, 2


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    runs, sessions = (QUICK_RUNS, QUICK_SESSIONS) if quick else (RUNS, SESSIONS)
    profile = cProfile.Profile() if "--profile" in argv else None
    kits, venues, people = ics_kits(sessions, kits=sessions // 10)
    now = datetime(2027, 1, 2, 10, 0, tzinfo=timezone.utc)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "seances.ics"
        for _ in range(runs):
            if profile is not None:
                profile.enable()
            start = time.perf_counter()
            write_atomically(target, calendar_for(kits, venues, people, facilitator_uid="f1", now=now, name="Camille Martin"))
            times.append((time.perf_counter() - start) * 1000)
            if profile is not None:
                profile.disable()
        data = target.read_bytes()
    if profile is not None:
        profile.dump_stats(argv[argv.index("--profile") + 1])
    events = len(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    if events != sessions:
        raise RuntimeError(f"{events} events written for {sessions} sessions")
    print(json.dumps({"times": times, "events": events, "bytes": len(data)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
