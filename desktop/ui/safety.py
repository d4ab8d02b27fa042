"""The window's data safety: automatic backups, the quick check after the first paint, the Fichier menu's
« Sauvegarder vers… », « Restaurer depuis… » and « Vérifier la base ».

Every check and copy runs in a :class:`Task` (a ``QThread``) with its own SQLite connection: the window's
connection never crosses a thread, and the window stays responsive. Automatic backups are taken every few minutes
of work and when the window closes, only when the data changed since the newest backup
(:func:`desktop.storage.backups.make_backup`). A restore is never done under an open connection: the guard records
it in :attr:`SafetyGuard.pending` and closes the window; :func:`desktop.ui.startup.run_sessions` does it on the
closed file and opens a new window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop import paths
from desktop.exchange.files import UnsafeTargetError, check_target, replace_with, temporary_beside
from desktop.instance_lock import InstanceLock
from desktop.storage import backups
from desktop.storage.db import Database
from desktop.ui.file_dialogs import open_file, save_file
from desktop.ui.tasks import Task
from desktop.storage.health import Inspection, check_pages
from desktop.ui.first_paint import after_first_paint

log = logging.getLogger(__name__)

#: minutes of work between two automatic backups (and lock refreshes).
BACKUP_EVERY_MINUTES = 5


def backup_error_sentence(error: backups.BackupError) -> str:
    """A backup or restore refusal, for a facilitator."""
    where = f"\n\n{error.path}" if error.path else ""
    return {
        "full": QCoreApplication.translate(
            "Safety", "Le disque est plein : libérez de la place, puis réessayez. Rien n'a été perdu."),
        "read_only": QCoreApplication.translate(
            "Safety", "Impossible d'écrire à cet endroit : la clé USB est peut-être protégée en écriture, ou le "
                      "dossier est en lecture seule."),
        "not_ours": QCoreApplication.translate(
            "Safety", "Ce fichier n'est pas une sauvegarde de Tresse. Il n'a pas été modifié et rien n'a été "
                      "remplacé."),
        "too_new": QCoreApplication.translate(
            "Safety", "Cette sauvegarde vient d'une version plus récente de Tresse : installez cette version pour "
                      "la restaurer. Rien n'a été remplacé."),
        "damaged": QCoreApplication.translate(
            "Safety", "Ce fichier est endommagé : il ne peut pas être restauré. Rien n'a été remplacé."),
    }.get(error.reason, QCoreApplication.translate(
        "Safety", "L'opération n'a pas pu être faite. Rien n'a été perdu.")) + where


class SafetyGuard(QObject):
    """Backups, checks and the safety actions of one window over one open database.

    Args:
        window: the main window (its ``file_menu`` receives the actions, before « Quitter »).
        db: its open store.
        lock: the instance lock held for the data directory (refreshed with each backup round).
    """

    recovery_needed = Signal(object)

    def __init__(self, window: QMainWindow, db: Database, lock: InstanceLock | None = None) -> None:
        super().__init__(window)
        self.window, self.db, self.lock = window, db, lock
        self.database = Path(db.path) if db.path else paths.database_path()
        self.folder = backups.backups_dir(paths.user_data_dir())
        self.pending: tuple[str, object] | None = None
        self.tasks: set[Task] = set()
        self._build_actions()
        self._build_timer()
        self.recovery_needed.connect(self._give_way)

    def _build_actions(self) -> None:
        self.save_to_action = QAction(self.tr("&Sauvegarder vers…"), self.window)
        self.restore_from_action = QAction(self.tr("&Restaurer depuis…"), self.window)
        self.verify_action = QAction(self.tr("&Vérifier la base"), self.window)
        self.privacy_action = QAction(self.tr("&Données personnelles…"), self.window)
        for action, key in ((self.save_to_action, "Ctrl+Shift+S"), (self.restore_from_action, "Ctrl+Shift+R"),
                            (self.verify_action, "Ctrl+Shift+V"), (self.privacy_action, "Ctrl+Shift+D")):
            action.setShortcut(QKeySequence(key))
        self.privacy_action.triggered.connect(lambda: self.show_privacy())
        self.save_to_action.triggered.connect(lambda: self.save_to())
        self.restore_from_action.triggered.connect(lambda: self.restore_from())
        self.verify_action.triggered.connect(lambda: self.verify())
        menu = getattr(self.window, "file_menu", None)
        if menu is None:
            return
        before = getattr(self.window, "quit_action", None)
        actions = [self.save_to_action, self.restore_from_action, self.verify_action, self.privacy_action]
        if before is not None:
            menu.insertActions(before, actions)
            menu.insertSeparator(before)
        else:
            menu.addSeparator()
            menu.addActions(actions)

    def _build_timer(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_EVERY_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.backup_now)
        self.timer.start()

    def _run(self, work: Callable[[], object], done: Callable[[object], None],
             failed: Callable[[object], None]) -> Task:
        task = Task(work, self)
        self.tasks.add(task)
        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.finished.connect(lambda: self.tasks.discard(task))
        task.start()
        return task

    # automatic backups and checks ---------------------------------------------------------------------------

    def backup_now(self) -> Task:
        """Start an automatic backup (only if the data changed) and refresh the lock."""
        if self.lock is not None:
            self.lock.refresh()
        database, folder = self.database, self.folder
        return self._run(lambda: backups.make_backup(database, folder, only_if_changed=True),
                         self._backed_up, self._backup_failed)

    def _backed_up(self, made: backups.BackupInfo | None) -> None:
        if made is not None:
            log.info("automatic backup %s", made.name)
            self.window.statusBar().showMessage(self.tr("Données sauvegardées."), 3000)

    def _backup_failed(self, error: Exception) -> None:
        log.warning("automatic backup failed: %r", error)
        text = backup_error_sentence(error) if isinstance(error, backups.BackupError) else str(error)
        self.window.statusBar().showMessage(self.tr("La sauvegarde automatique n'a pas pu être faite : %1")
                                            .replace("%1", text.splitlines()[0]), 15000)

    def after_first_paint(self) -> None:
        """Schedule the quick check (it reads every page) and the retention reminder once the window is painted
        (called right after it is shown: a zero timer alone could fire before its first paint)."""
        after_first_paint(self.window, self.quick_check)
        after_first_paint(self.window, self.remind_retention)

    def remind_retention(self) -> int:
        """Say in the status bar how many kits the retention setting has made due; return that number."""
        settings = getattr(self.window, "settings", None)
        controller = getattr(self.window, "controller", None)
        months = int(settings.get("retention_months")) if settings is not None else 0
        if controller is None or months <= 0:
            return 0
        from datetime import date as today_type

        from desktop.domain.privacy import due_for_anonymisation

        kits = controller.workspace.kits()
        due = due_for_anonymisation(kits, months, today_type.today())
        if due:
            text = self.tr("%Ln kits terminés depuis plus de %1 contiennent encore des données personnelles : "
                           "Fichier → Données personnelles…", "", len(due))
            self.window.statusBar().showMessage(text.replace("%1", self.tr("%Ln mois", "", months)), 30000)
        return len(due)

    def show_privacy(self):
        """« Données personnelles… »: export, anonymise or delete a participant; the retention setting."""
        from desktop.ui.dialogs.privacy import PrivacyDialog

        dialog = PrivacyDialog(self.window.controller, self.window.settings, self.folder, self.window)
        dialog.exec()
        return dialog

    def quick_check(self) -> Task:
        database = self.database
        return self._run(lambda: check_pages(database, live=True), self._quick_checked, self._check_failed)

    def _quick_checked(self, result) -> None:
        if not result.ok:
            log.error("quick_check failed: %s", "; ".join(result.problems))
            self.recovery_needed.emit(Inspection(self.database, "damaged", "pages", detail="; ".join(result.problems)))

    def _check_failed(self, error: Exception) -> None:
        log.error("check could not run: %r", error)

    def _give_way(self, found: Inspection) -> None:
        """Close the window so that the recovery dialog takes its place (no backup of damaged data)."""
        self.timer.stop()
        self.pending = ("recover", found)
        self.window.close()

    def finish(self) -> None:
        """After the window closed: wait for running tasks, then a last backup if the data changed."""
        self.timer.stop()
        for task in list(self.tasks):
            task.wait()
        if self.pending is not None:
            return
        try:
            backups.make_backup(self.database, self.folder, only_if_changed=True)
        except backups.BackupError as exc:
            log.warning("backup on close failed: %s %s", exc.reason, exc.detail)

    # actions of the Fichier menu -----------------------------------------------------------------------------

    def verify(self) -> Task:
        """« Vérifier la base »: the full integrity check, off the interface thread."""
        database = self.database
        self.window.statusBar().showMessage(self.tr("Vérification de la base en cours…"))
        return self._run(lambda: check_pages(database, full=True, live=True), self._verified, self._check_failed)

    def _verified(self, result) -> None:
        self.window.statusBar().clearMessage()
        if result.ok:
            QMessageBox.information(self.window, self.tr("Vérifier la base"),
                                    self.tr("La base de données est intègre : aucune page abîmée."))
            return
        self.recovery_needed.emit(Inspection(self.database, "damaged", "pages", detail="; ".join(result.problems)))

    def save_to(self, target: str | None = None) -> Task | None:
        """« Sauvegarder vers… »: a checked copy of the data to a file the person chooses (a USB key)."""
        if target is None:
            target = save_file(self.window, "backup", self.tr("Sauvegarder vers"),
                               f"tresse-sauvegarde-{date.today().isoformat()}.sqlite3",
                               self.tr("Sauvegardes Tresse (*.sqlite3)"))
            if not target:
                return None
        path = Path(target)
        try:
            check_target(path)
            temp = temporary_beside(path, private=True)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Sauvegarder vers"), exc.strerror or str(exc))
            return None
        database = self.database

        def work():
            held = backups.write_copy(database, temp)
            replace_with(temp, path, private=True)
            return held

        def failed(error):
            temp.unlink(missing_ok=True)
            self._saved_failed(error)

        return self._run(work, lambda held: self._saved(path), failed)

    def _saved(self, path: Path) -> None:
        QMessageBox.information(self.window, self.tr("Sauvegarder vers"),
                                self.tr("Les données ont été sauvegardées dans :\n%1").replace("%1", str(path)))

    def _saved_failed(self, error: Exception) -> None:
        if isinstance(error, backups.BackupError):
            text = backup_error_sentence(error)
        elif isinstance(error, UnsafeTargetError):
            text = error.strerror
        elif isinstance(error, OSError):
            text = self.tr("Impossible d'écrire ce fichier : %1").replace("%1", error.strerror or str(error))
        else:
            log.error("save to failed: %r", error)
            text = self.tr("La sauvegarde n'a pas pu être faite. Rien n'a été perdu.")
        QMessageBox.warning(self.window, self.tr("Sauvegarder vers"), text)

    def restore_from(self, source: str | None = None) -> bool:
        """« Restaurer depuis… »: check a chosen file, say what it holds, and restore it once confirmed."""
        if source is None:
            source = open_file(self.window, "backup", self.tr("Restaurer depuis"),
                               self.tr("Sauvegardes Tresse (*.sqlite3);;Tous les fichiers (*)"), str(self.folder))
            if not source:
                return False
        path = Path(source)
        try:
            held = backups.verify_candidate(path)
        except backups.BackupError as exc:
            QMessageBox.warning(self.window, self.tr("Restaurer depuis"), backup_error_sentence(exc))
            return False
        from desktop.ui.dialogs.recovery import contents_sentence

        info = backups.BackupInfo(path, _taken(path), path.stat().st_size)
        question = (contents_sentence(info, held) + "\n\n"
                    + self.tr("Remplacer les données actuelles par celles-ci ? Les données actuelles sont gardées "
                              "à part dans le dossier des données, et Tresse se rouvre sur la sauvegarde."))
        answer = QMessageBox.question(self.window, self.tr("Restaurer depuis"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.finish()  # a last backup of the current data first
        self.pending = ("restore", path)
        self.window.close()
        return True


def _taken(path: Path):
    from datetime import datetime

    found = next((b for b in backups.list_backups(path.parent) if b.path == path), None)
    return found.taken if found else datetime.fromtimestamp(path.stat().st_mtime)
