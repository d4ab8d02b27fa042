"""The start-up check: damaged, foreign and newer files are recognised without being modified."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from desktop.storage.health import (
    ASIDE_MARK, check_pages, cloud_service, expected_tables, inspect, set_aside,
)
from desktop.storage.db import Database, network_folder
from desktop.storage.migrations import APPLICATION_ID, schema_version
from safety_helpers import checkpoint, corrupt_table, digest, filled_store


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "tresse.sqlite3"
    filled_store(path)
    checkpoint(path)
    return path


def test_a_sound_database_passes_and_is_not_touched(db_file):
    before = digest(db_file)
    found = inspect(db_file)
    assert (found.status, found.version, found.application_id) == ("ok", schema_version(), APPLICATION_ID)
    assert check_pages(db_file).ok and check_pages(db_file, full=True).ok
    assert digest(db_file) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["tresse.sqlite3"]  # no -wal, no -shm


def test_expected_tables_come_from_the_migrations():
    assert {"meta", "experiment", "kit", "participant", "attendance"} <= expected_tables(schema_version())
    assert "kit" not in expected_tables(1)


def test_zero_length_is_new_without_backups_and_damaged_with_them(tmp_path):
    path = tmp_path / "tresse.sqlite3"
    path.write_bytes(b"")
    assert inspect(path).status == "new"
    found = inspect(path, backups_exist=True)
    assert (found.status, found.reason) == ("damaged", "zero_length")


def test_a_truncated_database_is_damaged(db_file):
    size = db_file.stat().st_size
    with open(db_file, "r+b") as fh:
        fh.truncate(size // 2 + 100)
    before = digest(db_file)
    found = inspect(db_file)
    assert (found.status, found.reason) == ("damaged", "truncated")
    assert digest(db_file) == before


def test_a_truncated_database_on_a_page_boundary_is_damaged(db_file):
    with open(db_file, "r+b") as fh:
        fh.truncate(4096 * 20)
    found = inspect(db_file)
    assert found.status == "damaged" and found.reason in ("truncated", "malformed")


def test_an_overwritten_header_is_damaged(db_file):
    with open(db_file, "r+b") as fh:
        fh.write(b"\x00" * 100)
    found = inspect(db_file)
    assert (found.status, found.reason) == ("damaged", "header")


def test_corrupted_pages_pass_the_cheap_check_but_not_quick_check(db_file):
    corrupt_table(db_file, "participant")
    before = digest(db_file)
    assert inspect(db_file).status == "ok"  # header, version, tables: all fine
    result = check_pages(db_file)
    assert not result.ok and result.problems
    assert not check_pages(db_file, full=True).ok
    assert digest(db_file) == before


def test_a_missing_table_is_damaged(db_file):
    conn = sqlite3.connect(db_file)
    conn.execute("DROP TABLE evaluation")
    conn.commit()
    conn.close()
    found = inspect(db_file)
    assert (found.status, found.reason, found.missing) == ("damaged", "missing_tables", ("evaluation",))


def test_a_foreign_sqlite_file_is_recognised_and_untouched(tmp_path):
    path = tmp_path / "tresse.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (nom TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Martin')")
    conn.commit()
    conn.close()
    before = digest(path)
    assert inspect(path).status == "foreign"
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["tresse.sqlite3"]


def test_another_programs_application_id_is_foreign(tmp_path):
    path = tmp_path / "tresse.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    for table in ("meta", "experiment", "workshop", "kit_template"):
        conn.execute(f"CREATE TABLE {table} (x)")
    conn.commit()
    conn.close()
    assert inspect(path).status == "foreign"


def test_a_text_file_is_foreign(tmp_path):
    path = tmp_path / "tresse.sqlite3"
    path.write_text("Ceci est une liste de courses.\n" * 50)
    assert inspect(path).status == "foreign"


def test_a_newer_database_is_too_new_and_untouched(db_file):
    conn = sqlite3.connect(db_file)
    conn.execute(f"PRAGMA user_version = {schema_version() + 3}")
    conn.commit()
    conn.close()
    before = digest(db_file)
    found = inspect(db_file)
    assert (found.status, found.version) == ("too_new", schema_version() + 3)
    assert digest(db_file) == before


def test_an_older_database_without_application_id_is_recognised_by_its_tables(tmp_path):
    from desktop.storage.migrations import MIGRATIONS, migrate

    path = tmp_path / "tresse.sqlite3"
    db = Database(path)
    migrate(db, MIGRATIONS[:2])
    db.close()
    found = inspect(path)
    assert (found.status, found.version, found.application_id) == ("ok", 2, 0)


def test_work_still_in_the_wal_counts_and_the_files_stay_as_they_were(tmp_path):
    path = tmp_path / "tresse.sqlite3"
    db = Database(path)
    from desktop.storage.migrations import migrate

    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    migrate(db)  # the tables exist only in the -wal
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("tresse.sqlite3", "tresse.sqlite3-wal"):
        shutil.copyfile(tmp_path / name, crashed / name)
    db.close()
    before = {p.name: digest(p) for p in crashed.iterdir()}
    assert inspect(crashed / "tresse.sqlite3").status == "ok"
    assert {p.name: digest(p) for p in crashed.iterdir()} == before


def test_set_aside_keeps_everything_under_a_timestamped_name(db_file):
    (db_file.parent / "tresse.sqlite3-wal").write_bytes(b"")
    before = digest(db_file)
    aside = set_aside(db_file)
    assert not db_file.exists() and ASIDE_MARK in aside.name and digest(aside) == before
    assert (aside.parent / (aside.name + "-wal")).exists()
    db_file.write_bytes(b"")
    second = set_aside(db_file, now=None)
    assert second != aside and second.exists()


def test_network_folders_are_recognised(tmp_path):
    mounts = ("/dev/sda1 / ext4 rw 0 0\n"
              "//nas/asso /mnt/nas cifs rw 0 0\n"
              "srv:/export /mnt/nfs\\040partage nfs4 rw 0 0\n")
    assert network_folder("/mnt/nas/Tresse/tresse.sqlite3", mounts) == "cifs"
    assert network_folder("/mnt/nfs partage/tresse.sqlite3", mounts) == "nfs4"
    assert network_folder("/home/claire/tresse.sqlite3", mounts) is None
    assert network_folder("/mnt/nasse/x", mounts) is None


def test_a_database_on_a_network_folder_uses_the_delete_journal(tmp_path, monkeypatch):
    import desktop.storage.db as dbmod

    monkeypatch.setattr(dbmod, "network_folder", lambda path, mounts=None: "cifs")
    db = Database(tmp_path / "t.sqlite3")
    assert db.network_folder == "cifs"
    assert db.query("PRAGMA journal_mode")[0][0] == "delete"
    assert db.query("PRAGMA synchronous")[0][0] == 2  # FULL
    assert db.query("PRAGMA secure_delete")[0][0] == 1
    db.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_database_file_is_owner_only(tmp_path):
    db = Database(tmp_path / "data" / "t.sqlite3")
    db.conn.execute("CREATE TABLE x (y)")
    db.close()
    assert oct((tmp_path / "data").stat().st_mode & 0o777) == oct(0o700)
    assert oct((tmp_path / "data" / "t.sqlite3").stat().st_mode & 0o777) == oct(0o600)


@pytest.mark.parametrize("path, service", [
    ("C:/Users/claire/OneDrive - Asso/Tresse", "OneDrive"),
    ("/home/claire/Dropbox/Tresse", "Dropbox"),
    ("G:/Mon Drive/Tresse", "Google Drive"),
    ("/home/claire/Nextcloud/Tresse", "Nextcloud"),
    ("/home/claire/.local/share/Tresse", None),
])
def test_cloud_synchronised_folders_are_recognised(path, service):
    assert cloud_service(path) == service


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path):
    from desktop.domain.kit_factory import blank_kit
    from desktop.storage.migrations import MIGRATIONS, migrate

    path = tmp_path / "tresse.sqlite3"
    db = Database(path)
    migrate(db, MIGRATIONS[:2])
    with db.transaction() as conn:  # a kit as schema 2 held it
        conn.execute("INSERT INTO kit (uid, name) VALUES (?, ?)", (blank_kit("x").uid, "Kit d'avant"))
    before = sorted(tuple(r) for r in db.query("SELECT uid, name FROM kit"))
    broken = (*MIGRATIONS, ("CREATE TABLE nouvelle (x)", "INSERT INTO table_absente VALUES (1)"))
    with pytest.raises(Exception):
        migrate(db, broken)
    assert db.user_version == 2 and db.query("PRAGMA application_id")[0][0] == 0  # steps 3 and 4 undone too
    assert "nouvelle" not in {r[0] for r in db.query("SELECT name FROM sqlite_master")}
    assert sorted(tuple(r) for r in db.query("SELECT uid, name FROM kit")) == before
    db.close()
    assert inspect(path).status == "ok"
