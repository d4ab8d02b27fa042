"""Qt helpers of the measurements that know nothing of Tresse: first paint, settling the event queue, memory.

The application-specific part (how to open Tresse's window, where its search box is…) is in ``bench/glue.py``.
The first-paint watch is the application's own (``desktop.ui.first_paint``, which imports nothing but Qt).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.ui.first_paint import after_first_paint

#: Passes of event processing after an input event: a model change posts layout requests whose zero-delay timers
#: post the update requests that paint; three passes have always reached an empty queue.
SETTLE_PASSES = 3


class PaintCounter(QObject):
    """Counts the paint events a widget receives (to check that a timed action did repaint)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle() -> None:
    """Deliver everything an input event set off, up to the end of the repaint it asked for."""
    app = QApplication.instance()
    for _ in range(SETTLE_PASSES):
        app.sendPostedEvents()
        app.processEvents()


def type_key(widget: QWidget, ch: str) -> None:
    """Press and release the key of the character *ch* in *widget*, as typing it does (``QTest.keyClicks`` only
    knows ASCII; Qt's key codes for Latin letters are their capitals' code points)."""
    key = ord(ch.upper()) if len(ch.upper()) == 1 else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


_PINNED: tuple = ()


def pin_none() -> None:
    """Work around PySide6 6.12.0 on Python 3.11, whose every call of a method returning nothing takes one reference
    from ``None`` (Python aborts with « deallocating None » once they run out; from 3.12 on ``None`` is immortal):
    hold two million references, enough for the longest measurement. A tuple of ``None`` is untracked by the
    garbage collector, so it costs 16 MB and no collection time. The start measurements do not use it (memory)."""
    global _PINNED
    if sys.version_info < (3, 12):
        _PINNED = tuple([None] * 2_000_000)


def exit_now(code: int) -> None:
    """End the process with *code* without the interpreter's finalization, where the references :func:`pin_none`
    took would be given back and ``None`` could reach zero (the application has already closed its store)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def rss_mib() -> float | None:
    """Resident memory of this process in MiB (Linux: now; elsewhere the peak; None if unknown)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bare_window(ready: Callable[[QMainWindow], None]) -> int:
    """The floor of the start: an empty ``QMainWindow`` of Tresse's size, shown; *ready* once painted."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    after_first_paint(window, lambda: ready(window))
    return app.exec()


def quit_app(code: int = 0) -> None:
    """Leave the event loop with *code* (the windows are closed first, as a user closing Tresse would)."""
    app = QApplication.instance()
    for w in app.topLevelWidgets():
        w.close()
    app.exit(code)


def fail(exc: BaseException) -> None:
    """A measurement broke inside the event loop: say why and stop the process (no dialog may wait offscreen)."""
    import traceback

    traceback.print_exception(exc, file=sys.stderr)
    sys.stderr.flush()
    os._exit(2)
