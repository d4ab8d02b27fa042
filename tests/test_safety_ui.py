"""The window's data safety: start-up check and recovery, the lock's questions, backups off the interface
thread, « Sauvegarder vers… », « Restaurer depuis… », « Vérifier la base »."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop import paths
from desktop.instance_lock import LOCK_NAME, InstanceLock
from desktop.storage import backups
from desktop.storage.kits import KitRepository
from desktop.storage.store import open_store
from desktop.ui import startup
from desktop.ui.dialogs.recovery import EMPTY, QUIT, RESTORE, RecoveryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.safety import SafetyGuard
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace
from safety_helpers import corrupt_table, digest, filled_store

WAIT = 30_000


class Messages:
    """Message boxes answered by the test, and what they said."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes):
        self.seen: list[tuple[str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (self.seen.append(("question", a[2])), answer)[1])

    def _record(self, kind):
        def show(*args, **kwargs):
            self.seen.append((kind, args[2]))
            return QMessageBox.StandardButton.Ok
        return show

    def text(self) -> str:
        return "\n".join(t for _, t in self.seen)


@pytest.fixture
def filled(data_dir):
    filled_store(data_dir / paths.DB_FILENAME)
    return data_dir / paths.DB_FILENAME


@pytest.fixture
def backed_up(filled, data_dir):
    return backups.make_backup(filled, backups.backups_dir(data_dir))


def choose(monkeypatch, choice):
    def run(dialog):
        dialog.backups.setCurrentIndex(0)
        dialog._finish(choice)
        return 1
    monkeypatch.setattr(RecoveryDialog, "exec", run)


def test_the_recovery_dialog_shows_the_newest_good_backup(qtbot, backed_up, french):
    from desktop.storage.health import Inspection

    held = backups.describe_file(backed_up.path)
    dialog = RecoveryDialog(Inspection(backed_up.path, "damaged", "pages"), backed_up.path.with_name("x.endommage"),
                            [(backed_up, held)])
    qtbot.addWidget(dialog)
    assert "pages abîmées" in dialog.problem.text() and "«\u00a0x.endommage\u00a0»" in dialog.kept.text()
    assert "2 kits, 300 participants" in dialog.summary.text() and "Dernière modification" in dialog.summary.text()
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    dialog.restore_button.click()
    assert dialog.choice == RESTORE and dialog.chosen() == backed_up


def test_a_damaged_database_at_start_is_set_aside_and_the_backup_restored(qtbot, backed_up, filled, data_dir,
                                                                           monkeypatch, french):
    corrupt_table(filled, "kit")
    with open(filled, "r+b") as fh:
        fh.write(b"\x00" * 100)  # header too: the cheap check sees it
    damaged = digest(filled)
    choose(monkeypatch, RESTORE)
    db = startup.open_data()
    assert db is not None
    try:
        assert len(KitRepository(db).list()) == 2
    finally:
        db.close()
    aside = [p for p in data_dir.iterdir() if ".endommage-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and digest(aside[0]) == damaged
    assert backed_up.path.exists()


def test_starting_empty_keeps_the_damaged_file(qtbot, backed_up, filled, data_dir, monkeypatch, french):
    filled.write_bytes(b"")
    choose(monkeypatch, EMPTY)
    db = startup.open_data()
    assert db is not None and KitRepository(db).list() == []
    db.close()
    assert [p for p in data_dir.iterdir() if ".endommage-" in p.name]


def test_quitting_the_recovery_opens_nothing(qtbot, backed_up, filled, monkeypatch, french):
    filled.write_bytes(b"")
    choose(monkeypatch, QUIT)
    assert startup.open_data() is None


def test_a_foreign_database_is_refused_untouched(qtbot, data_dir, monkeypatch, french):
    data_dir.mkdir(parents=True)
    path = data_dir / paths.DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    messages = Messages(monkeypatch)
    assert startup.open_data() is None
    assert "n'est pas une base de données Tresse" in messages.text() and digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [paths.DB_FILENAME]


def test_a_second_window_is_refused(qtbot, data_dir, monkeypatch, french):
    messages = Messages(monkeypatch)
    with InstanceLock(data_dir):
        assert startup.acquire_lock() is None
    assert "déjà ouvert" in messages.text()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_another_computers_lock_is_taken_over_only_when_confirmed(qtbot, data_dir, monkeypatch, french, answer):
    data_dir.mkdir(parents=True)
    (data_dir / LOCK_NAME).write_text(json.dumps({"host": "portable-de-claire", "pid": 5, "token": "t"}))
    old = os.path.getmtime(data_dir / LOCK_NAME) - 3 * 24 * 3600
    os.utime(data_dir / LOCK_NAME, (old, old))
    messages = Messages(monkeypatch, answer)
    lock = startup.acquire_lock()
    question = messages.seen[0][1]
    assert "«\u00a0portable-de-claire\u00a0»" in question and "plus d'un jour" in question
    if answer == QMessageBox.StandardButton.Yes:
        assert lock is not None and lock.held
        lock.release()
    else:
        assert lock is None
        assert json.loads((data_dir / LOCK_NAME).read_text())["host"] == "portable-de-claire"


@pytest.fixture
def guarded(qtbot, filled, french):
    db = open_store(filled)
    window = MainWindow(Workspace(db), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    guard = SafetyGuard(window, db)
    window.show()
    yield window, guard
    guard.timer.stop()
    for task in list(guard.tasks):
        task.wait()
    db.close()


def finished(qtbot, task):
    if task.isFinished():
        return
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        pass


def test_the_actions_are_in_the_file_menu_before_quit(guarded):
    window, guard = guarded
    texts = [a.text() for a in window.file_menu.actions()]
    i = texts.index("&Sauvegarder vers…")
    assert texts[i:i + 3] == ["&Sauvegarder vers…", "&Restaurer depuis…", "&Vérifier la base"]
    assert texts[-1] == "&Quitter"


def test_automatic_backups_run_in_a_thread_and_only_when_something_changed(qtbot, guarded, data_dir):
    window, guard = guarded
    folder = backups.backups_dir(data_dir)
    task = guard.backup_now()
    finished(qtbot, task)
    assert len(backups.list_backups(folder)) == 1
    finished(qtbot, guard.backup_now())
    assert len(backups.list_backups(folder)) == 1  # nothing changed
    from desktop.domain.kit_factory import blank_kit

    guard.db and KitRepository(guard.db).save(blank_kit("Nouveau"))
    guard.finish()  # on close: the change is backed up
    newest = backups.list_backups(folder)
    assert len(newest) in (1, 2) and backups.describe_file(newest[0].path).kits == 3


def test_the_quick_check_gives_way_to_recovery(qtbot, filled, french, monkeypatch):
    corrupt_table(filled, "catalogue_fts_data")  # read by no part of the window until a search
    db = open_store(filled)
    window = MainWindow(Workspace(db), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    guard = SafetyGuard(window, db)
    window.show()
    with qtbot.waitSignal(guard.recovery_needed, timeout=WAIT) as blocker:
        guard.after_first_paint()
    assert blocker.args[0].reason == "pages"
    assert guard.pending[0] == "recover" and not window.isVisible()
    guard.finish()
    db.close()


def test_verify_says_the_database_is_sound(qtbot, guarded, monkeypatch):
    window, guard = guarded
    messages = Messages(monkeypatch)
    finished(qtbot, guard.verify())
    qtbot.waitUntil(lambda: bool(messages.seen), timeout=WAIT)
    assert "intègre" in messages.text()


def test_save_to_writes_a_checked_private_copy(qtbot, guarded, tmp_path, monkeypatch):
    window, guard = guarded
    messages = Messages(monkeypatch)
    target = tmp_path / "cle-usb" / "tresse-sauvegarde.sqlite3"
    target.parent.mkdir()
    finished(qtbot, guard.save_to(str(target)))
    qtbot.waitUntil(lambda: bool(messages.seen), timeout=WAIT)
    assert backups.verify_candidate(target).kits == 2
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_save_to_a_symlink_is_refused(qtbot, guarded, tmp_path, monkeypatch):
    window, guard = guarded
    messages = Messages(monkeypatch)
    real = tmp_path / "real.txt"
    real.write_text("garde")
    link = tmp_path / "lien.sqlite3"
    link.symlink_to(real)
    assert guard.save_to(str(link)) is None
    assert "lien symbolique" in messages.text() and real.read_text() == "garde" and link.is_symlink()


def test_restore_from_a_foreign_file_is_refused(qtbot, guarded, tmp_path, monkeypatch):
    window, guard = guarded
    messages = Messages(monkeypatch)
    other = tmp_path / "autre.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(other)
    assert not guard.restore_from(str(other))
    assert "n'est pas une sauvegarde de Tresse" in messages.text() and guard.pending is None
    assert digest(other) == before


def test_restore_from_a_backup_closes_the_window_for_the_restore(qtbot, guarded, backed_up, monkeypatch):
    window, guard = guarded
    messages = Messages(monkeypatch)
    assert guard.restore_from(str(backed_up.path))
    assert "2 kits" in messages.seen[0][1]
    assert guard.pending == ("restore", backed_up.path) and not window.isVisible()


def test_run_sessions_restores_between_two_windows(qtbot, qapp, backed_up, filled, data_dir, monkeypatch, french):
    Messages(monkeypatch)
    windows = []

    def build(db):
        window = MainWindow(Workspace(db), Settings(paths.user_data_dir()), "fr")
        windows.append((window, db))
        if len(windows) == 1:
            KitRepository(db).delete(KitRepository(db).list()[0].uid)
            QTimer.singleShot(200, lambda: window.findChild(SafetyGuard).restore_from(str(backed_up.path)))
        else:
            assert len(KitRepository(db).list()) == 2  # the restored data
            QTimer.singleShot(200, window.close)
        return window

    assert startup.run_sessions(qapp, build) == 0
    assert len(windows) == 2
    assert not (data_dir / LOCK_NAME).exists()
    assert [p for p in data_dir.iterdir() if ".avant-restauration-" in p.name]


def test_a_window_that_cannot_be_built_gives_way_to_recovery(qtbot, qapp, backed_up, filled, data_dir, monkeypatch,
                                                             french):
    corrupt_table(filled, "participant")  # passes the cheap check, breaks when the kits are read
    Messages(monkeypatch)
    choose(monkeypatch, RESTORE)
    built = []

    def build(db):
        workspace = Workspace(db)
        workspace.kits()  # a window that reads the kits as it is built (« Mes kits » shown at start)
        window = MainWindow(workspace, Settings(paths.user_data_dir()), "fr")
        built.append(len(KitRepository(db).list()))
        QTimer.singleShot(200, window.close)
        return window

    assert startup.run_sessions(qapp, build) == 0
    assert built == [2]
    assert [p for p in data_dir.iterdir() if ".endommage-" in p.name]


def test_damage_in_the_kits_a_window_on_the_catalogue_has_not_read_is_found_after_its_first_paint(
        qtbot, qapp, backed_up, filled, data_dir, monkeypatch, french):
    """The window opens on the catalogue without reading the kits: the quick check after the first paint finds
    the damage, and the window gives way to the recovery (the backup restored, the window opened again on it)."""
    corrupt_table(filled, "participant")
    Messages(monkeypatch)
    choose(monkeypatch, RESTORE)
    built = []

    def build(db):
        window = MainWindow(Workspace(db), Settings(paths.user_data_dir()), "fr")
        built.append(len(KitRepository(db).list()))
        if len(built) > 1:
            QTimer.singleShot(200, window.close)
        return window

    assert startup.run_sessions(qapp, build) == 0
    assert built == [2, 2]
    assert [p for p in data_dir.iterdir() if ".endommage-" in p.name]


def test_a_newer_database_is_refused_untouched_by_the_window(qtbot, filled, monkeypatch, french):
    from safety_helpers import checkpoint

    checkpoint(filled)
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = digest(filled)
    messages = Messages(monkeypatch)
    assert startup.open_data() is None
    assert "version plus récente" in messages.text() and digest(filled) == before


def test_a_cloud_synchronised_data_folder_is_warned_about(qtbot, tmp_path, monkeypatch, french):
    paths.set_data_dir(tmp_path / "OneDrive - Asso" / "Tresse")
    messages = Messages(monkeypatch)
    db = startup.open_data()
    try:
        startup.warn_about_folder(db)
    finally:
        db.close()
    assert "OneDrive" in messages.text() and "synchronisé" in messages.text()
