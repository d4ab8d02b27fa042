"""Runtime hook of the frozen bundle: what it loaded, for tests/test_bundle.py. Inert unless asked.

With ``TRESSE_BUNDLE_CHECK=<file.json>`` in the environment, the process writes at exit the file of every Python
module it imported (``sys.modules``), ``sys.path``, and on Linux every file mapped into its memory
(``/proc/self/maps``: shared libraries, Qt plugins), so that the test can fail on anything loaded from outside the
bundle. With ``TRESSE_BUNDLE_CHECK_QUIT_MS=<n>`` as well, the window's event loop is left after n milliseconds, as
if the window had been closed, and the visible top-level windows of that moment are recorded.
"""

import atexit
import json
import os
import sys

_REPORT = os.environ.get("TRESSE_BUNDLE_CHECK")
_seen_windows: list[str] = []


def _mapped_files() -> list[str]:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return sorted({line.split(None, 5)[5].strip() for line in maps
                           if len(line.split(None, 5)) == 6 and line.split(None, 5)[5].startswith("/")})
    except OSError:
        return []


def _write_report() -> None:
    modules = {name: getattr(module, "__file__", None) for name, module in list(sys.modules.items())}
    report = {"executable": sys.executable, "meipass": getattr(sys, "_MEIPASS", None),
              "modules": {k: v for k, v in modules.items() if v}, "path": list(sys.path),
              "mapped": _mapped_files(), "windows": _seen_windows}
    with open(_REPORT, "w", encoding="utf-8") as out:
        json.dump(report, out, indent=1)


def _quit_event_loop_after(milliseconds: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    real_exec = QApplication.exec  # a static method: app.exec() and QApplication.exec() both call it bare

    def exec_then_quit(*_):
        app = QApplication.instance()

        def close_windows():
            _seen_windows.extend(f"{type(w).__name__}:{w.windowTitle()}" for w in app.topLevelWidgets()
                                 if w.isVisible())
            for window in app.topLevelWidgets():
                window.close()
            app.quit()

        QTimer.singleShot(milliseconds, close_windows)
        return real_exec()

    QApplication.exec = exec_then_quit


if _REPORT:
    atexit.register(_write_report)
    if os.environ.get("TRESSE_BUNDLE_CHECK_QUIT_MS"):
        _quit_event_loop_after(int(os.environ["TRESSE_BUNDLE_CHECK_QUIT_MS"]))
