"""« Données personnelles… »: export one person, anonymise, delete, retention, the offer to purge backups."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import paths
from desktop.storage import backups
from desktop.storage.kits import KitRepository
from desktop.storage.store import open_store
from desktop.ui.dialogs.privacy import PrivacyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.safety import SafetyGuard
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace
from test_privacy import ANNE, BOB, kit_with

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class Answers:
    def __init__(self, monkeypatch, *answers):
        self.answers = list(answers)
        self.asked: list[str] = []
        self.told: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)
        for kind in ("information", "warning"):
            monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: self.told.append(a[2]))

    def _question(self, *args, **kwargs):
        self.asked.append(args[2])
        return self.answers.pop(0)


@pytest.fixture
def setup(qtbot, data_dir, french):
    db = open_store()
    repo = KitRepository(db)
    old = kit_with([ANNE, BOB], day=date(2025, 3, 10), name="Ancien kit")
    repo.save(old)
    window = MainWindow(Workspace(db), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    guard = SafetyGuard(window, db)
    guard.timer.stop()
    folder = backups.backups_dir(data_dir)
    backups.make_backup(db.path, folder)
    dialog = PrivacyDialog(window.controller, window.settings, folder, window)
    qtbot.addWidget(dialog)
    yield window, guard, dialog, repo, old, folder
    db.close()


def select(dialog, last_name):
    dialog.search.setText(last_name)
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)


def test_the_action_opens_the_dialog_from_the_file_menu(setup, monkeypatch):
    window, guard, *_ = setup
    assert "&Données personnelles…" in [a.text() for a in window.file_menu.actions()]
    monkeypatch.setattr(PrivacyDialog, "exec", lambda self: 0)
    assert guard.show_privacy().model.rowCount() == 2


def test_anonymise_keeps_presences_and_offers_to_purge_backups(setup, monkeypatch):
    window, guard, dialog, repo, old, folder = setup
    answers = Answers(monkeypatch, YES, YES)
    select(dialog, "Dupont")
    assert dialog.anonymise_selected()
    kit = repo.load(old.uid)
    assert kit.participants[0].last_name == "Participant 1" and not kit.participants[0].email
    assert kit.attendances == old.attendances and kit.evaluations == old.evaluations
    assert "Ses présences" in answers.asked[0] and "sauvegardes" in answers.asked[1]
    left = backups.list_backups(folder)
    assert len(left) == 1 and backups.describe_file(left[0].path).participants == 2
    assert b"Dupont" not in left[0].path.read_bytes()  # the fresh backup no longer holds the name
    repo.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"anne@exemple.fr" not in repo.db.path.read_bytes()  # nor the database's free pages (secure_delete)
    window.controller.undo_stack.undo()  # undoable like every edit
    assert repo.load(old.uid).participants[0].last_name == "Dupont"


def test_delete_says_the_presences_go_with_the_person(setup, monkeypatch):
    window, guard, dialog, repo, old, folder = setup
    answers = Answers(monkeypatch, YES, NO)
    select(dialog, "Martin")
    assert dialog.delete_selected()
    kit = repo.load(old.uid)
    assert [p.last_name for p in kit.participants] == ["Dupont"]
    assert {a.participant_uid for a in kit.attendances} == {ANNE.uid}
    assert "présences et ses évaluations sont supprimées" in answers.asked[0]
    assert len(backups.list_backups(folder)) == 1  # not purged: the person said no


def test_export_one_persons_data_owner_only(setup, monkeypatch, tmp_path):
    window, guard, dialog, repo, old, folder = setup
    answers = Answers(monkeypatch)
    select(dialog, "Dupont")
    assert dialog.export_selected(str(tmp_path / "donnees-anne.csv"))
    csv_text = (tmp_path / "donnees-anne.csv").read_text(encoding="utf-8-sig")
    assert "anne@exemple.fr" in csv_text and "Martin" not in csv_text
    assert json.loads((tmp_path / "donnees-anne.json").read_text())["kits"][0]["kit"] == "Ancien kit"
    if os.name == "posix":
        assert (tmp_path / "donnees-anne.csv").stat().st_mode & 0o777 == 0o600
    assert "donnees-anne.json" in answers.told[0]


def test_retention_setting_reminds_and_anonymises_the_due_kits(setup, monkeypatch):
    window, guard, dialog, repo, old, folder = setup
    assert not dialog.due_button.isEnabled()
    dialog.retention.setValue(6)
    assert window.settings.get("retention_months") == 6
    assert dialog.due_button.isEnabled() and "1 kit à anonymiser" in dialog.due_label.text()
    assert guard.remind_retention() == 1 and "Données personnelles" in window.statusBar().currentMessage()
    Answers(monkeypatch, YES, NO)
    assert dialog.anonymise_due()
    assert [p.last_name for p in repo.load(old.uid).participants] == ["Participant 1", "Participant 2"]
    assert guard.remind_retention() == 0 and not dialog.due_button.isEnabled()
