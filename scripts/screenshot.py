"""Take the screenshots shown in the README (docs/screenshots/), from a fresh temporary data folder.

    python scripts/screenshot.py [--out docs/screenshots]

Runs offscreen unless QT_QPA_PLATFORM says otherwise (under Xvfb, pass QT_QPA_PLATFORM=xcb for real window
decorations and fonts).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.storage.store import open_store
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(tmp)
        app = QApplication([])
        translators = install_translators(app, args.lang)  # noqa: F841
        db = open_store()
        window = MainWindow(db, Settings(Path(tmp)), args.lang)
        window.resize(1280, 800)
        window.show()
        browser = window.browser
        shots = []

        browser.tabs.setCurrentIndex(0)
        app.processEvents()
        shots.append(("main-window", window))

        def workshops():
            browser.tabs.setCurrentIndex(1)
            browser.search.setText("gouvernance")
            app.processEvents()

        for name, prepare in (("main-window", lambda: None), ("workshops", workshops)):
            prepare()
            app.processEvents()
            path = out / f"{name}{'' if args.lang == 'fr' else '-' + args.lang}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
