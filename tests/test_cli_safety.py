"""`tresse check`, `tresse backup`, `tresse restore`: clear French sentences, exit statuses, nothing lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from desktop import paths
from desktop.__main__ import main
from desktop.instance_lock import LOCK_NAME, this_host
from desktop.storage.backups import backups_dir, list_backups
from safety_helpers import corrupt_table, digest, filled_store


@pytest.fixture
def filled(data_dir):
    filled_store(data_dir / paths.DB_FILENAME)
    return data_dir / paths.DB_FILENAME


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_a_sound_database_then_backup_then_check_lists_it(capsys, filled, data_dir):
    code, out, err = run(capsys, "check")
    assert code == 0 and "intègre" in out and "2 kits, 300 participants" in out and "Aucune sauvegarde" in out
    code, out, err = run(capsys, "backup")
    name = out.strip()
    assert code == 0 and name.startswith("tresse-") and err == ""
    assert [b.name for b in list_backups(backups_dir(data_dir))] == [name + ".sqlite3"]
    code, out, _ = run(capsys, "check")
    assert code == 0 and "Sauvegardes (1)" in out and name in out and "2 kits" in out


def test_damaged_pages_are_reported_refused_and_restored(capsys, filled, data_dir):
    assert run(capsys, "backup")[0] == 0
    corrupt_table(filled, "participant")
    code, out, err = run(capsys, "check")
    assert code == 1 and "abîmées" in err and "tresse restore --latest" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "restore", "--latest")
    assert code == 0 and "restaurée" in out and "endommage" in out
    assert [p for p in data_dir.iterdir() if ".endommage-" in p.name]
    code, out, _ = run(capsys, "check")
    assert code == 0 and "intègre" in out


@pytest.mark.parametrize("damage", ["zero", "truncated", "header", "missing"])
def test_a_damaged_file_is_never_opened_as_if_fine(capsys, filled, data_dir, damage):
    assert run(capsys, "backup")[0] == 0
    from safety_helpers import checkpoint

    checkpoint(filled)
    if damage == "zero":
        filled.write_bytes(b"")
    elif damage == "truncated":
        with open(filled, "r+b") as fh:
            fh.truncate(filled.stat().st_size // 2 + 10)
    elif damage == "header":
        with open(filled, "r+b") as fh:
            fh.write(b"\xff" * 100)
    else:
        conn = sqlite3.connect(filled)
        conn.execute("DROP TABLE session")
        conn.commit()
        conn.close()
    before = digest(filled)
    code, _, err = run(capsys, "catalogue")
    assert code == 1 and "tresse restore --latest" in err and "Traceback" not in err
    assert digest(filled) == before
    assert run(capsys, "restore", "--latest")[0] == 0
    assert run(capsys, "catalogue")[0] == 0


def test_a_foreign_database_is_refused_byte_identical(capsys, data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / paths.DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recettes (nom TEXT)")
    conn.execute("INSERT INTO recettes VALUES ('tarte')")
    conn.commit()
    conn.close()
    before = digest(path)
    for argv in (["catalogue"], ["check"], ["backup"]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "n'est pas une base de données Tresse" in err, argv
    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [paths.DB_FILENAME]


def test_restore_an_unknown_name_lists_the_backups(capsys, filled):
    run(capsys, "backup")
    code, _, err = run(capsys, "restore", "tresse-1999-01-01-000000")
    assert code == 2 and "introuvable" in err and "tresse check" in err


def test_restore_needs_a_name_or_latest(capsys, filled):
    with pytest.raises(SystemExit):
        main(["restore"])


def test_a_second_instance_is_refused(capsys, filled, data_dir):
    (data_dir / LOCK_NAME).write_text(json.dumps({"host": this_host(), "pid": os.getppid(), "token": "t"}))
    for argv in (["backup"], ["restore", "--latest"], ["check"], ["catalogue"]):
        code, _, err = run(capsys, *argv)
        assert code == 3 and "déjà ouvert" in err, argv
    assert (data_dir / LOCK_NAME).exists()


def test_a_lock_from_another_computer_is_explained(capsys, filled, data_dir):
    (data_dir / LOCK_NAME).write_text(json.dumps({"host": "portable-de-claire", "pid": 12, "token": "t"}))
    code, _, err = run(capsys, "backup")
    assert code == 3 and "«\u00a0portable-de-claire\u00a0»" in err and "reprendre" in err


def test_a_stale_lock_of_a_dead_process_does_not_block(capsys, filled, data_dir):
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    (data_dir / LOCK_NAME).write_text(json.dumps({"host": this_host(), "pid": proc.pid, "token": "t"}))
    assert run(capsys, "backup")[0] == 0
    assert not (data_dir / LOCK_NAME).exists()


def test_the_module_prints_no_traceback_for_a_damaged_database(tmp_path):
    filled_store(tmp_path / paths.DB_FILENAME, kits=1, participants=20)
    corrupt_table(tmp_path / paths.DB_FILENAME, "participant")
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "check"],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 1 and done.stderr.startswith("tresse : ") and "Traceback" not in done.stderr


def test_a_bug_is_logged_with_its_traceback_and_the_message_says_where(capsys, filled, data_dir, monkeypatch):
    from desktop.storage import backups as backups_module

    def broken(*args, **kwargs):
        raise RuntimeError("un bogue de Tresse")

    monkeypatch.setattr(backups_module, "make_backup", broken)
    monkeypatch.setattr("desktop.maintenance.make_backup", broken)
    code, _, err = run(capsys, "backup")
    assert code == 70 and "erreur inattendue" in err and str(data_dir / "tresse.log") in err
    assert "Traceback" not in err
    log = (data_dir / "tresse.log").read_text(encoding="utf-8")
    assert "RuntimeError: un bogue de Tresse" in log and "Traceback" in log
    if os.name == "posix":
        assert (data_dir / "tresse.log").stat().st_mode & 0o777 == 0o600
