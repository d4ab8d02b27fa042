"""Opening the user's data for the window, safely: lock, start-up check, recovery, store; the session loop.

:func:`run_sessions` is what ``app.py`` calls once the application, the settings and the translators exist:

1. the instance lock (:mod:`desktop.instance_lock`): another Tresse on this computer → a message and out; a lock
   from another computer → a clear question (is Tresse closed there?) before taking it over;
2. the cheap start-up check (:func:`desktop.storage.backups.inspect_database`): a foreign or newer file is refused
   untouched; a damaged one is moved aside and the recovery dialog offers the newest good backup;
3. the store, then the window (built by the caller's *build_window*), with :class:`~desktop.ui.safety.SafetyGuard`
   (backups, the quick check after the first paint, the Fichier menu's safety actions);
4. after the first paint, the server later launches hand their kit files to (:mod:`desktop.ui.handover`).

When the guard asks for it (a restore chosen in the window, or the quick check found damage), the window is
closed, the database too, the change is made on the closed file and a new window opens: no connection is ever
open on a file being replaced.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import paths
from desktop.instance_lock import InstanceLock, LockHeldError
from desktop.ui.handover import Handover, send_file
from desktop.storage import backups
from desktop.storage.db import Database
from desktop.storage.errors import KnownError, StorageError
from desktop.storage.health import Inspection, cloud_service, set_aside
from desktop.ui.dates import moment
from desktop.ui.errors import describe
from desktop.ui.first_paint import after_first_paint
from desktop.ui.heap import keep_long_lived
from desktop.ui.safety import SafetyGuard, backup_error_sentence

log = logging.getLogger(__name__)


#: What :func:`acquire_lock` returns when the kit file to open was handed to the Tresse already open.
HANDED_OVER = "handed over"


def acquire_lock(parent: QWidget | None = None, handover: str | None = None):
    """The data directory's lock, asking before taking over another computer's; None when refused.

    With *handover* (a kit file to open), when Tresse is already open on these data on this computer, the file is
    given to that window and :data:`HANDED_OVER` is returned.
    """
    lock = InstanceLock(paths.user_data_dir())
    try:
        lock.acquire()
        return lock
    except OSError as exc:
        QMessageBox.critical(parent, "Tresse", QCoreApplication.translate(
            "Startup", "Impossible d'utiliser le dossier des données :\n%1")
                             .replace("%1", f"{paths.user_data_dir()}\n{exc.strerror or exc}"))
        return None
    except LockHeldError as held:
        if not held.can_take_over:
            if handover and send_file(handover):
                return HANDED_OVER
            QMessageBox.information(parent, "Tresse", QCoreApplication.translate("Startup",
                "Tresse est déjà ouvert avec ces données. Utilisez la fenêtre déjà ouverte."))
            return None
        if not _ask_take_over(held, parent):
            return None
        try:
            lock.take_over(held)
        except LockHeldError:
            QMessageBox.information(parent, "Tresse", QCoreApplication.translate("Startup",
                "Un autre Tresse vient d'ouvrir ces données. Utilisez la fenêtre déjà ouverte."))
            return None
        return lock


def _ask_take_over(held: LockHeldError, parent: QWidget | None) -> bool:
    owner = held.owner
    host = owner.host if owner else "?"
    seen = moment(datetime.fromtimestamp(datetime.now().timestamp() - owner.age_seconds)) if owner else "?"
    text = QCoreApplication.translate(
        "Startup", "Ces données sont marquées comme ouvertes par Tresse sur l'ordinateur « %1 » (vu pour la dernière "
                   "fois le %2).").replace("%1", host).replace("%2", seen)
    if held.stale:
        text += "\n\n" + QCoreApplication.translate(
            "Startup", "Ce marquage date de plus d'un jour : Tresse a sans doute été mal fermé là-bas.")
    text += "\n\n" + QCoreApplication.translate(
        "Startup", "Si Tresse est encore ouvert sur cet ordinateur, répondez Non et fermez-le d'abord : "
                   "deux Tresse ouverts sur les mêmes données peuvent perdre des modifications.\n\n"
                   "Tresse est-il bien fermé sur « %1 » ?").replace("%1", host)
    answer = QMessageBox.question(parent, QCoreApplication.translate("Startup", "Données déjà ouvertes ailleurs"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def refused_sentence(found: Inspection) -> str:
    """Why a foreign or newer file is not opened (it is left untouched)."""
    if found.status == "too_new":
        return QCoreApplication.translate(
            "Startup", "Ces données ont été enregistrées par une version plus récente de Tresse. Installez cette "
                       "version pour les ouvrir ; le fichier n'a pas été modifié.\n\n%1").replace("%1", str(found.path))
    return QCoreApplication.translate(
        "Startup", "Le fichier des données n'est pas une base de données Tresse : un autre programme l'a créé. Tresse "
                   "ne l'a pas modifié. Déplacez-le, ou lancez Tresse avec un autre dossier de données "
                   "(--data-dir).\n\n%1").replace("%1", str(found.path))


def good_backups(folder: Path, limit: int = 5) -> list[tuple[backups.BackupInfo, backups.Contents]]:
    """The newest backups that pass their check (at most *limit*), with what each holds."""
    found = []
    for backup in backups.list_backups(folder):
        try:
            found.append((backup, backups.verify_candidate(backup.path)))
        except backups.BackupError as exc:
            log.warning("backup %s refused: %s %s", backup.name, exc.reason, exc.detail)
        if len(found) >= limit:
            break
    return found


def recover(found: Inspection, parent: QWidget | None = None) -> bool:
    """Set the damaged database aside and let the person restore a backup or start empty; False to quit."""
    from desktop.ui.dialogs.recovery import EMPTY, RESTORE, RecoveryDialog  # only for a damaged database

    database, folder = paths.database_path(), backups.backups_dir(paths.user_data_dir())
    log.warning("damaged database (%s %s): %s", found.status, found.reason, found.detail)
    try:
        aside = set_aside(database) if database.exists() else None
    except OSError:
        log.exception("cannot set the damaged database aside")
        aside = None
    dialog = RecoveryDialog(found, aside, good_backups(folder), parent)
    dialog.exec()
    if dialog.choice == RESTORE and dialog.chosen() is not None:
        return restore_file(dialog.chosen().path, parent)
    return dialog.choice == EMPTY


def restore_file(candidate: Path, parent: QWidget | None = None) -> bool:
    """Restore *candidate* over the (closed) database; a message and False when it cannot be."""
    try:
        backups.restore(candidate, paths.database_path())
    except backups.BackupError as exc:
        log.warning("restore of %s refused: %s %s", candidate, exc.reason, exc.detail)
        QMessageBox.warning(parent, QCoreApplication.translate("Startup", "Restaurer"), backup_error_sentence(exc))
        return False
    return True


def open_data(parent: QWidget | None = None) -> Database | None:
    """The start-up check, the recovery if needed, then the store; None when the window must not open."""
    from desktop.storage.store import open_store

    database, folder = paths.database_path(), backups.backups_dir(paths.user_data_dir())
    found = backups.inspect_database(database, folder)
    if found.status in ("foreign", "too_new"):
        QMessageBox.critical(parent, "Tresse", refused_sentence(found))
        return None
    if found.status == "damaged" and not recover(found, parent):
        return None
    try:
        return open_store()
    except StorageError as exc:
        log.exception("cannot open the store")
        QMessageBox.critical(parent, "Tresse", describe(exc))
        return None


def warn_about_folder(db: Database, parent: QWidget | None = None) -> None:
    """Say when the data sit in a synchronised (cloud) folder or on a network folder."""
    folder = paths.user_data_dir()
    notes = []
    service = cloud_service(folder)
    if service:
        notes.append(QCoreApplication.translate(
            "Startup", "Les données de Tresse sont dans un dossier synchronisé par %1 : les noms des participants "
                       "sont alors copiés sur les serveurs de ce service, et deux ordinateurs synchronisés peuvent "
                       "abîmer la base. Choisissez de préférence un dossier qui n'est pas synchronisé.")
                     .replace("%1", service))
    if db.network_folder:
        notes.append(QCoreApplication.translate(
            "Startup", "Les données de Tresse sont dans un dossier réseau : Tresse y enregistre plus prudemment "
                       "(mode de journal « DELETE »), ce qui peut être plus lent. N'ouvrez pas Tresse sur ces "
                       "données depuis deux ordinateurs à la fois."))
    if notes:
        QMessageBox.warning(parent, QCoreApplication.translate(
            "Startup", "Dossier des données"), "\n\n".join(notes) + f"\n\n{folder}")


def run_sessions(app: QApplication, build_window: Callable[[Database], QWidget], open_file: str | None = None) -> int:
    """Lock, check, open, show the window; reopen after a restore or a recovery; return the exit code.

    *open_file*: a kit file to import once the window is shown (or to hand to the Tresse already open). Kit files
    handed over by later launches are imported by the window open at the time; they are listened for from the
    first window's first paint on (a launch meanwhile waits for it: :func:`desktop.ui.handover.send_file`).
    """
    lock = acquire_lock(handover=open_file)
    if lock is HANDED_OVER:
        return 0
    if lock is None:
        return 1
    handover = Handover()
    try:
        pending: tuple[str, object] | None = None
        warned = False
        while True:
            if pending is not None and not _apply(pending):
                return 1
            db = open_data()
            if db is None:
                return 1
            if not warned:
                warn_about_folder(db)
                warned = True
            gc.disable()  # the start builds long-lived objects only: no collection pass over them meanwhile
            try:
                window = build_window(db)
            except KnownError as exc:
                gc.enable()
                db.close()
                if exc.reason not in ("damaged", "not_a_database"):
                    QMessageBox.critical(None, "Tresse", describe(exc))
                    return 1
                pending = ("recover", Inspection(paths.database_path(), "damaged", "malformed", detail=str(exc)))
                continue
            except BaseException:
                gc.enable()
                raise
            guard = SafetyGuard(window, db, lock)
            window.show()
            # the start's objects (the library, the widgets: 290,000 with 1,000 kits and 10,000 workshops) set apart
            # from the collector: a full collection over them took 300–400 ms, a pause in typing or dragging
            after_first_paint(window, keep_long_lived)
            guard.after_first_paint()
            opener = getattr(window, "open_kit_file", None)
            handover.hand_to(opener)
            # once painted, and after what that paint set off: the window is on screen before the server starts
            after_first_paint(window, lambda: QTimer.singleShot(0, handover.listen))
            if opener is not None and open_file:
                QTimer.singleShot(0, lambda path=open_file: opener(path))
                open_file = None
            code = app.exec()
            handover.hand_to(None)
            guard.finish()
            db.close()
            pending = guard.pending
            window.deleteLater()
            if pending is None:
                return code
    finally:
        handover.close()
        lock.release()


def _apply(pending: tuple[str, object]) -> bool:
    """Do what the previous window asked, on the closed database."""
    kind, value = pending
    if kind == "restore":
        restore_file(Path(value))  # refused: a message, and the current data open again
        return True
    return recover(value)  # type: ignore[arg-type]
