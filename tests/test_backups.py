"""Backups: verified copies, only when something changed, rotation, restore from an untrusted file, faults."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest

from desktop.storage import backups
from desktop.storage.backups import BackupError, BackupInfo, list_backups, make_backup, restore, to_keep
from desktop.storage.errors import KnownError
from desktop.storage.health import REPLACED_MARK, check_pages, inspect
from desktop.storage.kits import KitRepository
from desktop.storage.migrations import schema_version
from desktop.storage.store import open_store
from safety_helpers import corrupt_table, digest, filled_store

ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([os.getcwd(), os.path.join(os.getcwd(), "tests")]))


@pytest.fixture
def db_file(data_dir):
    path = data_dir / "tresse.sqlite3"
    filled_store(path)
    return path


def kit_names(path) -> list[str]:
    db = open_store(path)
    try:
        return sorted(k.name for k in KitRepository(db).list())
    finally:
        db.close()


def test_a_backup_is_a_checked_owner_only_copy(db_file, data_dir):
    folder = backups.backups_dir(data_dir)
    made = make_backup(db_file, folder)
    assert made.path.parent == folder and made.name.startswith("tresse-") and made.name.endswith(".sqlite3")
    assert inspect(made.path).status == "ok" and check_pages(made.path, full=True).ok
    held = backups.describe_file(made.path)
    assert (held.kits, held.participants, held.version) == (2, 300, schema_version())
    assert held.last_change is not None
    if os.name == "posix":
        assert made.path.stat().st_mode & 0o777 == 0o600 and folder.stat().st_mode & 0o777 == 0o700
    assert [b.name for b in list_backups(folder)] == [made.name]


def test_automatic_backups_only_when_the_data_changed(db_file, data_dir):
    folder = backups.backups_dir(data_dir)
    first = make_backup(db_file, folder, only_if_changed=True)
    assert first is not None
    assert make_backup(db_file, folder, only_if_changed=True, now=datetime.now() + timedelta(minutes=5)) is None
    db = open_store(db_file)
    from desktop.domain.kit_factory import blank_kit

    KitRepository(db).save(blank_kit("Troisième kit"))
    second = make_backup(db_file, folder, only_if_changed=True, now=datetime.now() + timedelta(minutes=10))
    db.close()
    assert second is not None and second.name != first.name
    assert backups.describe_file(second.path).kits == 3


def test_two_backups_in_the_same_second_get_distinct_names(db_file, data_dir):
    folder = backups.backups_dir(data_dir)
    now = datetime(2026, 12, 1, 9, 0, 0)
    a = make_backup(db_file, folder, now=now, rotate_after=False)
    b = make_backup(db_file, folder, now=now, rotate_after=False)
    assert a.name != b.name and len(list_backups(folder)) == 2
    assert backups.find_backup(folder, b.name.removesuffix(".sqlite3")) == b


def test_rotation_keeps_the_last_ten_one_a_day_for_a_week_one_a_week_for_two_months(tmp_path):
    now = datetime(2026, 12, 1, 18, 0)
    made = [BackupInfo(tmp_path / f"b{i}", now - timedelta(hours=6 * i), 0) for i in range(400)]  # 100 days
    keep = to_keep(made, now)
    kept = sorted((b for b in made if b.path in keep), key=lambda b: b.taken, reverse=True)
    assert all(b.path in keep for b in made[:10])
    for days in range(7):
        day = (now - timedelta(days=days)).date()
        assert any(b.taken.date() == day for b in kept)
    weeks = {tuple(b.taken.isocalendar())[:2] for b in kept}
    assert len(weeks) >= 9
    assert all(now - b.taken <= timedelta(weeks=9, days=1) for b in kept)
    assert len(kept) < 10 + 7 + 10


def test_rotate_deletes_only_what_it_does_not_keep(db_file, data_dir):
    folder = backups.backups_dir(data_dir)
    first = make_backup(db_file, folder, rotate_after=False)
    now = datetime.now()
    for days in range(1, 200, 3):
        shutil.copyfile(first.path, folder / f"tresse-{(now - timedelta(days=days)).strftime('%Y-%m-%d-%H%M%S')}.sqlite3")
    (folder / "notes-de-claire.txt").write_text("à garder")
    removed = backups.rotate(folder, now=now)
    left = list_backups(folder)
    assert removed and len(left) + len(removed) == 1 + 67
    assert first.path.exists() and (folder / "notes-de-claire.txt").exists()
    assert all(now - b.taken <= timedelta(weeks=9) for b in left[10:])


def test_a_file_named_like_a_backup_with_a_date_that_does_not_exist_is_left_alone(db_file, data_dir):
    """« tresse-2027-13-45-999999.sqlite3 » (a thirteenth month) is not one of ours: listed nowhere, never rotated
    away, and the start-up check goes on."""
    folder = backups.backups_dir(data_dir)
    made = make_backup(db_file, folder, rotate_after=False)
    odd = folder / "tresse-2027-13-45-999999.sqlite3"
    shutil.copyfile(made.path, odd)
    assert [b.path for b in list_backups(folder)] == [made.path]
    assert backups.inspect_database(db_file, folder).status == "ok"
    backups.rotate(folder, now=datetime.now())
    assert odd.exists() and made.path.exists()


def test_restore_puts_the_backup_in_place_and_keeps_both_files(db_file, data_dir):
    folder = backups.backups_dir(data_dir)
    made = make_backup(db_file, folder)
    db = open_store(db_file)
    KitRepository(db).delete(KitRepository(db).list()[0].uid)
    db.close()
    assert len(kit_names(db_file)) == 1
    kept = digest(made.path)
    aside = restore(made.path, db_file)
    assert REPLACED_MARK in aside.name and aside.exists()
    assert len(kit_names(db_file)) == 2
    assert digest(made.path) == kept and list_backups(folder) == [made]


@pytest.mark.parametrize("fault, reason", [("foreign", "not_ours"), ("newer", "too_new"), ("pages", "damaged"),
                                           ("text", "not_ours"), ("missing", "damaged")])
def test_an_untrusted_file_is_refused_untouched_and_nothing_is_replaced(db_file, tmp_path, fault, reason):
    candidate = tmp_path / "cle-usb" / "sauvegarde.sqlite3"
    candidate.parent.mkdir()
    if fault in ("foreign", "text"):
        if fault == "text":
            candidate.write_text("pas une base\n" * 100)
        else:
            conn = sqlite3.connect(candidate)
            conn.execute("CREATE TABLE t (x)")
            conn.commit()
            conn.close()
    else:
        made = make_backup(db_file, tmp_path / "made")
        shutil.copyfile(made.path, candidate)
        if fault == "newer":
            conn = sqlite3.connect(candidate)
            conn.execute("PRAGMA user_version = 99")
            conn.commit()
            conn.close()
        elif fault == "missing":
            conn = sqlite3.connect(candidate)
            conn.execute("DROP TABLE attendance")
            conn.commit()
            conn.close()
        else:
            corrupt_table(candidate, "participant")
    before, current = digest(candidate), digest(db_file)
    with pytest.raises(BackupError) as caught:
        restore(candidate, db_file)
    assert caught.value.reason == reason
    assert digest(candidate) == before and digest(db_file) == current
    assert sorted(p.name for p in candidate.parent.iterdir()) == ["sauvegarde.sqlite3"]


BACKING_UP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.storage.backups import make_backup
    n = 0
    while True:
        make_backup(Path(sys.argv[1]), Path(sys.argv[2]), rotate_after=False)
        n += 1
        print(n, flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_during_backups_leaves_only_whole_backups(db_file, data_dir, tmp_path):
    folder = backups.backups_dir(data_dir)
    script = tmp_path / "backing_up.py"
    script.write_text(BACKING_UP, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(db_file), str(folder)], stdout=subprocess.PIPE,
                            text=True, env=ENV)
    try:
        done = 0
        while done < 3:
            line = proc.stdout.readline()
            assert line, "the backups stopped by themselves"
            done = int(line)
        proc.send_signal(signal.SIGKILL)  # in the middle of the next one
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    found = list_backups(folder)
    assert len(found) >= 3
    for b in found:
        assert check_pages(b.path, full=True).ok and inspect(b.path).status == "ok"
    assert kit_names(db_file) == sorted(["Kit 1 — Ardèche", "Kit 2 — Ardèche"])
    make_backup(db_file, folder)  # the next backup cleans what the kill left
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


FULL = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from desktop.storage.backups import BackupError, make_backup
    try:
        make_backup(Path(sys.argv[1]), Path(sys.argv[2]))
    except BackupError as exc:
        print(exc.reason, sorted(os.listdir(sys.argv[2])))
        print(exc.detail, file=sys.stderr)
        sys.exit(3)
    print("written")
""")


def in_small_tmpfs(folder, command: list[str]) -> list[str]:
    """*command* run with a 96 KiB tmpfs mounted on *folder*, in a private mount namespace (a real ENOSPC)."""
    return ["unshare", "-m", "sh", "-c", 'mount -t tmpfs -o size=96k tmpfs "$0" && exec "$@"', str(folder), *command]


def can_mount_tmpfs(tmp_path) -> bool:
    probe = tmp_path / "probe"
    probe.mkdir()
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(in_small_tmpfs(probe, ["true"]), capture_output=True)
    return done.returncode == 0


def test_a_full_disk_during_a_backup_leaves_no_backup_and_the_database_whole(db_file, data_dir, tmp_path):
    if not can_mount_tmpfs(tmp_path):
        if os.environ.get("CI"):
            pytest.fail("unshare -m and tmpfs are needed for the full-disk test under CI")
        pytest.skip("needs unshare -m and tmpfs (root)")
    folder = backups.backups_dir(data_dir)
    folder.mkdir(parents=True)
    script = tmp_path / "full.py"
    script.write_text(FULL, encoding="utf-8")
    before = kit_names(db_file)
    done = subprocess.run(in_small_tmpfs(folder, [sys.executable, str(script), str(db_file), str(folder)]),
                          capture_output=True, text=True, env=ENV, timeout=120)
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stdout.strip() == "full []", done.stderr  # nothing left in the full folder
    assert kit_names(db_file) == before


def test_a_full_disk_during_a_save_loses_nothing(db_file):
    from dataclasses import replace

    from desktop.domain.kit import Participant

    db = open_store(db_file)
    try:
        repo = KitRepository(db)
        kit = repo.load(repo.list()[0].uid)
        pages = db.query("PRAGMA page_count")[0][0]
        db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        bigger = replace(kit, participants=kit.participants + tuple(
            Participant(f"10000000-0000-4000-8000-{i:012d}", "Nouveau" * 30) for i in range(2000)))
        with pytest.raises(KnownError) as caught:
            repo.save(bigger)
        assert caught.value.reason == "full"
        assert len(repo.load(kit.uid).participants) == 150
    finally:
        db.close()
    assert len(kit_names(db_file)) == 2
    assert check_pages(db_file, full=True).ok
