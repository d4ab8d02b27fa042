"""Child process of the start measurements: Tresse (``app DATA_DIR``) or the bare window (``bare``), up to the
first paint of the catalogue (or of the empty window).

It writes ``painted`` on its standard output at that moment (the parent times the whole process, from its launch
to that line), then, after one idle second of the event loop, one JSON line with the resident memory, and quits.
``--profile FILE`` writes a cProfile of everything from the interpreter's start to the paint.
"""

from __future__ import annotations

import cProfile
import sys

_profile = cProfile.Profile() if "--profile" in sys.argv else None
if _profile is not None:
    _profile.enable()

import json  # noqa: E402

IDLE_MS = 1000


def _painted(window) -> None:
    from PySide6.QtCore import QTimer

    from bench.qtprobe import quit_app, rss_mib

    if _profile is not None:
        _profile.disable()
        _profile.dump_stats(sys.argv[sys.argv.index("--profile") + 1])
    sys.stdout.write("painted\n")
    sys.stdout.flush()
    painted = rss_mib()

    def idle() -> None:
        sys.stdout.write(json.dumps({"rss_painted": painted, "rss_idle": rss_mib()}) + "\n")
        sys.stdout.flush()
        quit_app()

    QTimer.singleShot(IDLE_MS, idle)


def main(argv: list[str]) -> int:
    if argv[0] == "bare":
        from bench.qtprobe import bare_window

        return bare_window(_painted)
    from bench.glue import launch

    return launch(argv[1], _painted)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
