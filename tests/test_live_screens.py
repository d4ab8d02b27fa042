"""The live views on declared screens (the offscreen platform's configuration file, in a subprocess): with two,
the participants' full screen on the projector and the facilitator's on the laptop; with one, the participants'
alone; unplugging the projector during the session brings everything back to one screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap


SCRIPT = textwrap.dedent("""
    import json, sys
    from datetime import date, datetime, time
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
    from desktop import paths
    paths.set_data_dir(sys.argv[1])
    app = QApplication([])
    from desktop.domain.kit import Kit, KitWorkshop, Session, blank_workshop, new_uid
    from desktop.storage.store import open_store
    from desktop.ui.live.windows import LiveWindows
    from desktop.ui.workspace import Workspace
    db = open_store()
    ws = Workspace(db)
    kw = KitWorkshop(new_uid(), blank_workshop("Pitcher", 60))
    session = Session(new_uid(), kw.uid, date(2026, 12, 1), time(9, 0), time(10, 0))
    ws.create_kit(Kit(uid=new_uid(), name="K", workshops=(kw,), sessions=(session,)), "kit")
    laptop = QWidget()
    laptop.setScreen(app.screens()[0])
    laptop.show()
    now = [datetime(2026, 12, 1, 9, 0).timestamp()]
    screens = list(app.screens())
    live = LiveWindows(ws, ws.kits()[0].uid, session.uid, laptop=laptop, clock=lambda: now[0],
                       screens=lambda: screens)
    live.start()
    app.processEvents()

    def state():
        p, f = live.participant, live.facilitator
        return {"participant": [p.isVisible(), p.isFullScreen(), p.screen().name()],
                "facilitator": [f.isVisible(), f.screen().name()], "single": live.single_screen,
                "clock": p.panel.clock.text()}
    result = {"start": state()}
    now[0] += 61
    live.live.tick()
    result["ticked"] = state()
    if len(screens) > 1:
        live.screen_removed(screens[-1])  # what screenRemoved calls: the screen may still be listed
        screens.pop()
        app.processEvents()
        app.processEvents()
        result["unplugged"] = state()
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes
    live.ask_leave()
    result["spent"] = [x.spent_seconds for x in ws.kits()[0].session_run(session.uid).spent]
    db.close()
    print(json.dumps(result))
""")


def run(tmp_path, screens):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": name, "x": x, "y": 0, "width": w, "height": h, "logicalDpi": 96, "logicalBpi": 96, "dpr": 1}
        for name, x, w, h in screens]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", LANGUAGE="fr")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_screens_participants_on_the_projector(tmp_path):
    result = run(tmp_path, [("Portable", 0, 1366, 768), ("Projecteur", 1366, 1920, 1080)])
    assert result["start"]["participant"] == [True, True, "Projecteur"]
    assert result["start"]["facilitator"] == [True, "Portable"] and not result["start"]["single"]
    assert result["ticked"]["clock"] == "58:59"
    assert result["unplugged"]["single"] and result["unplugged"]["participant"] == [True, True, "Portable"]
    assert not result["unplugged"]["facilitator"][0]
    assert result["spent"] == [61]


def test_one_screen_participants_alone(tmp_path):
    result = run(tmp_path, [("Portable", 0, 1366, 768)])
    assert result["start"]["participant"] == [True, True, "Portable"]
    assert not result["start"]["facilitator"][0] and result["start"]["single"]
