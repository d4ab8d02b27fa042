"""Child process of the search measurements: Tresse on DATA_DIR, the « Ateliers » tab, words typed one key at a
time into the real search box, each keystroke timed from the key event to the end of the repaint it causes; after
each word the box is emptied (all selected, then one Backspace, timed the same way).

Prints one JSON line: keystroke and clearing times in milliseconds, and the repaints counted. ``--quick`` types
two words; ``--profile FILE`` writes a cProfile of the timed keystrokes only.
"""

from __future__ import annotations

import cProfile
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bench import glue
from bench.qtprobe import PaintCounter, settle, type_key

#: What a facilitator looks for: themes of the library, with accents, typed letter by letter.
WORDS = ["gouvernance", "modèle", "financement", "écosystème", "pitch", "diagnostic", "sprint", "bilan", "Ardèche",
         "élus"]
QUICK_WORDS = WORDS[:2]
#: The pause between bringing the « Ateliers » tab forward and the first keystroke.
PAUSE_MS = 200


def measure(window, words: list[str], profile: cProfile.Profile | None) -> dict:
    table = glue.show_workshops(window)
    box = glue.search_box(window)
    box.setFocus()
    # A person types a moment after bringing the tab forward, never in the same turn of the event loop: the tab
    # change's layouts and their timers are done before the first keystroke (else it pays for them).
    QTest.qWait(PAUSE_MS)
    settle()
    paints = PaintCounter(table.viewport())
    keys, clears = [], []

    def timed(action) -> float:
        if profile is not None:
            profile.enable()
        start = time.perf_counter()
        action()
        settle()
        elapsed = (time.perf_counter() - start) * 1000
        if profile is not None:
            profile.disable()
        return elapsed

    for word in words:
        for ch in word:
            keys.append(timed(lambda ch=ch: type_key(box, ch)))
        box.selectAll()
        settle()
        clears.append(timed(lambda: QTest.keyClick(box, Qt.Key.Key_Backspace)))
    if box.text():
        raise RuntimeError(f"the search box was not emptied: {box.text()!r}")
    return {"keystrokes": keys, "clears": clears, "paints": paints.count}


def main(argv: list[str]) -> None:
    words = QUICK_WORDS if "--quick" in argv else WORDS
    glue.run_in_window(argv[0], lambda window, profile: measure(window, words, profile), argv)


if __name__ == "__main__":
    main(sys.argv[1:])
