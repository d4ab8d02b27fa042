"""Child process of the drag measurement: Tresse on DATA_DIR, the calendar by month, sessions dropped one by one
on the next (or previous) day with a synthesised drop event delivered to the real month view, each timed from the
drop event to the end of the repaint (the kit saved, the conflicts and the calendar brought up to date).

Prints one JSON line: drop times in milliseconds and the repaints counted. ``--quick`` drops 3 sessions;
``--profile FILE`` writes a cProfile of the timed drops only.
"""

from __future__ import annotations

import cProfile
import sys
import time
from datetime import date, timedelta

from bench import glue
from bench.qtprobe import PaintCounter, settle

#: A month in the middle of the generated sessions (2027).
MONTH = date(2027, 6, 15)
DROPS = 15
QUICK_DROPS = 3


def _targets(view, count: int) -> list[tuple[str, date]]:
    """Up to *count* distinct shown sessions spread over the month, each with a day to drop it on."""
    shown = glue.shown_sessions(view)
    if not shown:
        raise RuntimeError("no session is shown in the month: the data set has none there")
    step = max(1, len(shown) // count)
    out = []
    for uid, day in shown[::step][:count]:
        after = day + timedelta(days=1)
        out.append((uid, after if glue.day_point(view, after) is not None else day - timedelta(days=1)))
    return out


def measure(window, drops: int, profile: cProfile.Profile | None) -> dict:
    view = glue.show_month(window, MONTH)
    settle()
    paints = PaintCounter(view)
    times = []
    for uid, day in _targets(view, drops):
        drop = glue.prepare_drop(view, uid, glue.day_point(view, day))
        settle()
        if profile is not None:
            profile.enable()
        start = time.perf_counter()
        accepted = drop()
        settle()
        times.append((time.perf_counter() - start) * 1000)
        if profile is not None:
            profile.disable()
        if not accepted or glue.session_day(window, uid) != day:
            raise RuntimeError(f"the drop of session {uid} on {day} did not move it")
    return {"drops": times, "paints": paints.count}


def main(argv: list[str]) -> None:
    drops = QUICK_DROPS if "--quick" in argv else DROPS
    glue.run_in_window(argv[0], lambda window, profile: measure(window, drops, profile), argv)


if __name__ == "__main__":
    main(sys.argv[1:])
