"""A 1024 × 600 laptop: the window and the dialogs fit, every button of the main pages is shown inside the window.

The check runs in its own process (``tests/small_screen_check.py``): the suite has one QApplication, on the
offscreen platform's default 800 × 800 screen, while this one needs a screen of 1024 × 600, declared to the
offscreen platform by a configuration file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_the_window_and_dialogs_fit_a_1024_by_600_screen(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 600,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", LANGUAGE="fr")
    run = subprocess.run([sys.executable, str(HERE / "small_screen_check.py")], env=env, capture_output=True,
                         text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["available"] == [1024, 600]
    width, height = report["opened"]
    assert width <= 1024 and height <= 600 - 40  # opened within the screen, its frame included
    laptop = (1024 - 16, 560 - 40)  # what the laptop leaves once its taskbar and the window frame are counted
    assert report["minimum"][0] <= laptop[0] and report["minimum"][1] <= laptop[1]
    assert report["first_run"] == []
    assert report["problems"] == []
    for name, (w, h, min_w, min_h) in report["dialogs"].items():
        assert w <= 1024 and h <= 600, name
        assert min_w <= laptop[0] and min_h <= laptop[1], name
