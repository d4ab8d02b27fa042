"""What the start costs, checked without timing anything: the window opens without importing the heavy packages
(they are imported where first used) nor the dialogs its first page does not show, builds only the page it opens
on (the first run's « Mes kits » without the kit editor, the catalogue without measuring its hidden tabs),
the database's quick check and the handover server (with ``QtNetwork``) wait for the first paint, and the garbage collector is on again after it, the objects
built at start set apart (frozen).

Each case is a fresh interpreter (``sys.modules`` of this test process is shared by every test), started through
Tresse's own entry point offscreen by the bench's window glue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import build_store

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("holidays", "vacances_scolaires_france", "dateutil", "reportlab", "icalendar", "pypdfium2", "pypdf",
         "xlsxwriter", "tomllib")
#: Modules the first page does not need: the dialogs it does not show (imported when first opened), the
#: standard library's rotating log handler (the log is rotated at start by ``desktop.app.rotate_log``) and
#: OpenSSL through ``hashlib`` (3.7 MiB resident: the start's digests use ``desktop.domain.checksum``).
LATER = ("desktop.ui.dialogs.help", "desktop.ui.dialogs.preferences", "desktop.ui.dialogs.recovery",
         "logging.handlers", "_hashlib")

SCRIPT = """
import gc, json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from bench import glue
from bench.qtprobe import exit_now, quit_app
from desktop.ui import handover, safety

seen = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen.append("paint")
            seen.append("network" if "PySide6.QtNetwork" in sys.modules else "no network")
        return False

checked = safety.SafetyGuard.quick_check
def quick_check(self):
    seen.append("quick_check")
    return checked(self)
safety.SafetyGuard.quick_check = quick_check
listen = handover.Handover.listen
def listening(self):
    seen.append("listen")
    return listen(self)
handover.Handover.listen = listening
app = QApplication(sys.argv[:1])
watch = FirstPaint()
app.installEventFilter(watch)

def ready(window):
    app.processEvents()
    heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2].split(",")))
    later = sorted(set(sys.modules) & set(sys.argv[3].split(",")))
    print(json.dumps({"heavy": heavy, "later": later, "order": seen,
                      "page": type(window.pages.currentWidget()).__name__,
                      "built": [k for k in ("catalogue", "kits", "calendar") if window.pages.built(k) is not None],
                      "schedule": "desktop.scheduling.conflicts" in sys.modules,
                      "editor": window.pages.built("kits") is not None
                                and window.pages.built("kits")._editor is not None,
                      "gc": [gc.isenabled(), gc.get_freeze_count() > 0]}))
    quit_app()

exit_now(glue.launch(sys.argv[1], ready))
"""


def _start(data: Path) -> dict:
    env = {k: v for k, v in os.environ.items()} | {"QT_QPA_PLATFORM": "offscreen",
                                                  "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get(
                                                      "PYTHONPATH", "")]).rstrip(os.pathsep)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(data), ",".join(HEAVY), ",".join(LATER)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("kits", [0, 1])
def test_the_window_opens_without_the_heavy_packages(tmp_path, kits):
    data = tmp_path / "start"
    if kits:
        build_store(data, kits=kits, sessions_per_kit=4, library=0)
    first = _start(data)
    assert first["page"] == ("CatalogueBrowser" if kits else "KitsPage")
    assert first["heavy"] == []  # a new database: the catalogue installed from its compiled form, not the TOML
    again = _start(data)
    assert again["heavy"] == []
    # only the page on screen is built; on the first-run page, not the kit editor
    assert first["built"] == again["built"] == (["catalogue"] if kits else ["kits"])
    assert first["editor"] is again["editor"] is False
    # neither the catalogue nor the first-run page needs the sessions' schedule: its conflict rules are not even
    # imported (« Mes kits » asks for it with the kit editor)
    assert first["schedule"] is again["schedule"] is False
    assert first["later"] == again["later"] == []  # the dialogs imported when first opened, no rotating handler
    assert again["order"][:2] == ["paint", "no network"] and "quick_check" in again["order"]
    assert first["order"][:2] == ["paint", "no network"] and "listen" in again["order"]
    # the collector, off while the window was built, is on again with the start's objects set apart from it
    assert first["gc"] == again["gc"] == [True, True]


def test_the_start_digests_are_those_of_hashlib():
    import hashlib

    from desktop.domain.checksum import sha256

    for data in (b"", b"Tresse", "Outille ton projet — Sarras".encode("utf-8") * 1000):
        h = sha256()
        h.update(data[:7])
        h.update(data[7:])
        assert h.hexdigest() == hashlib.sha256(data).hexdigest()
