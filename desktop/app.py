"""Composition root of the window: settings, translators, then (through ui/startup.py) the
lock, the start-up check, the store, the workspace and the main window.

It builds each object once and passes it down; nothing is global. The command line (``__main__.py``) calls
:func:`run_gui` when no sub-command is given.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.storage.errors import KnownError

log = logging.getLogger("desktop")


#: The log is started afresh past this size; the two before it are kept (``tresse.log.1``, ``tresse.log.2``).
LOG_MAX_BYTES = 1_000_000
LOG_KEPT = 2


def rotate_log(log_file: Path) -> None:
    """At start, past :data:`LOG_MAX_BYTES`: ``tresse.log`` → ``.1`` → ``.2`` (the oldest dropped). Done once per
    start rather than by ``logging.handlers``' rotating handler, whose module (sockets, pickle, queues) costs the
    window a megabyte of memory; a session's own log stays whole."""
    try:
        if log_file.stat().st_size <= LOG_MAX_BYTES:
            return
        for n in range(LOG_KEPT - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{n + 1}"))
        os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        pass  # not rotated this time: the log goes on in the same file


def _setup_logging() -> None:
    folder = paths.make_private_dir(paths.user_data_dir())
    log_file = folder / "tresse.log"
    if log_file.exists():
        rotate_log(log_file)
    if not log_file.exists():  # owner-only, like everything in the data folder
        os.close(os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(exc_type, exc, tb) -> None:
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if QApplication.instance() is None:
        return
    if isinstance(exc, KnownError):  # data the window reads when first needed (the kits) found damaged, locked…
        from desktop.ui.errors import describe

        QMessageBox.critical(None, "Tresse", describe(exc))
        return
    QMessageBox.critical(None, "Tresse", QCoreApplication.translate(
        "App", "Une erreur inattendue s'est produite. Elle a été enregistrée dans le journal :\n%1")
        .replace("%1", str(paths.user_data_dir() / "tresse.log")))


def _warn_portable_refused(location: paths.DataLocation) -> None:
    log.warning("portable data folder %s not writable (%s): using %s", location.portable_refused, location.reason,
                location.path)
    QMessageBox.warning(None, "Tresse", QCoreApplication.translate(
        "App", "Le dossier « %1 » ne peut pas être modifié (clé en lecture seule ?).\n\nTresse utilise pour "
        "cette fois les données de cet ordinateur, dans « %2 ».")
        .replace("%1", str(location.portable_refused)).replace("%2", str(location.path)))


def run_gui(argv: list[str], open_file: str | None = None) -> int:
    """Open the main window (importing *open_file*, a kit file, once it is shown); return the exit code."""
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

    location = paths.data_location()
    if location.portable_refused is not None:
        _warn_portable_refused(location)
    # Lock (Qt-free, shared with the sub-commands), start-up check, recovery, store, window: ui/startup.py.
    from desktop.ui.startup import run_sessions

    return run_sessions(app, lambda db: MainWindow(Workspace(db), settings, language), open_file=open_file)
