"""Composition root of the window: lock, store, settings, translators, the workspace, the main window.

It builds each object once and passes it down; nothing is global. The command line (``__main__.py``) calls
:func:`run_gui` when no sub-command is given.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths

log = logging.getLogger("desktop")


def _setup_logging() -> None:
    folder = paths.user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(folder / "tresse.log", maxBytes=1_000_000, backupCount=2,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(exc_type, exc, tb) -> None:
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if QApplication.instance() is not None:
        QMessageBox.critical(None, "Tresse", QCoreApplication.translate(
            "App", "Une erreur inattendue s'est produite. Elle a été enregistrée dans le journal :\n%1")
            .replace("%1", str(paths.user_data_dir() / "tresse.log")))


def run_gui(argv: list[str]) -> int:
    """Open the main window; return the exit code."""
    from desktop.storage.errors import StorageError
    from desktop.storage.store import open_store
    from desktop.ui.errors import describe
    from desktop.ui.i18n import choose_language, install_translators
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings
    from desktop.ui.workspace import Workspace

    from desktop.display_check import NO_SCREEN, no_screen

    if QApplication.instance() is None and no_screen():  # Qt would abort with a core dump
        print(NO_SCREEN, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Tresse")
    app.setOrganizationName("Tresse")
    app.setApplicationDisplayName("Tresse")
    icon = paths.icons_dir() / "tresse.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    try:
        _setup_logging()
        settings = Settings(paths.user_data_dir())
    except OSError as exc:
        QMessageBox.critical(None, "Tresse", f"Impossible d'utiliser le dossier des données :\n{exc}")
        return 1
    language = choose_language(settings.get("language"))
    translators = install_translators(app, language)  # noqa: F841 - kept alive while the app runs
    sys.excepthook = _excepthook

    lock = QLockFile(str(paths.user_data_dir() / "tresse.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        QMessageBox.information(None, "Tresse", QCoreApplication.translate(
            "App", "Tresse est déjà ouvert avec ces données. Utilisez la fenêtre déjà ouverte."))
        return 1
    try:
        db = open_store()
    except StorageError as exc:
        log.exception("cannot open the store")
        QMessageBox.critical(None, "Tresse", describe(exc))
        lock.unlock()
        return 1
    workspace = Workspace(db)
    window = MainWindow(workspace, settings, language)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
        lock.unlock()
