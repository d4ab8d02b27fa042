"""Schema migrations: fresh database, upgrade, a newer database refused untouched, failed step rolled back."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.storage.db import Database
from desktop.storage.errors import DatabaseTooNewError, KnownError
from desktop.storage.migrations import MIGRATIONS, migrate, schema_version


def tables(db: Database) -> set[str]:
    return {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def test_fresh_database_gets_every_step(tmp_path):
    db = Database(tmp_path / "t.sqlite3")
    assert migrate(db) == len(MIGRATIONS)
    assert db.user_version == schema_version()
    assert {"meta", "experiment", "workshop", "kit_template", "catalogue_fts"} <= tables(db)
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA foreign_keys")[0][0] == 1
    assert migrate(db) == 0
    db.close()


def test_upgrade_applies_only_missing_steps_and_keeps_a_backup(tmp_path):
    path = tmp_path / "t.sqlite3"
    steps = [("CREATE TABLE a (x INTEGER)",), ("CREATE TABLE b (y INTEGER)", "INSERT INTO b VALUES (1)")]
    db = Database(path)
    migrate(db, steps[:1])
    with db.transaction() as conn:
        conn.execute("INSERT INTO a VALUES (42)")
    assert migrate(db, steps) == 1
    assert db.user_version == 2
    assert db.query("SELECT x FROM a")[0][0] == 42
    assert db.query("SELECT y FROM b")[0][0] == 1
    db.close()
    backups = list(tmp_path.glob("t.sqlite3.avant-v2.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT x FROM a").fetchone()[0] == 42
    old.close()


def test_failed_step_is_rolled_back_whole(tmp_path):
    db = Database(tmp_path / "t.sqlite3")
    steps = [("CREATE TABLE a (x INTEGER)",), ("CREATE TABLE b (y INTEGER)", "INSERT INTO missing VALUES (1)")]
    with pytest.raises(Exception):
        migrate(db, steps)
    assert db.user_version == 0  # all pending steps or none
    assert not {"a", "b"} & tables(db)
    db.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "t.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (z TEXT)")
    raw.execute(f"PRAGMA user_version = {schema_version() + 5}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    from desktop.storage.store import open_store

    with pytest.raises(DatabaseTooNewError) as info:
        open_store(path)
    assert info.value.found == schema_version() + 5
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_file_that_is_not_a_database_is_a_known_error(tmp_path):
    path = tmp_path / "t.sqlite3"
    path.write_bytes(b"Ceci n'est pas une base de donnees, juste du texte. " * 100)
    before = path.read_bytes()
    with pytest.raises(KnownError) as info:
        Database(path)
    assert info.value.reason == "not_a_database"
    assert path.read_bytes() == before


def test_transaction_rolls_back_on_error(tmp_path):
    db = Database(tmp_path / "t.sqlite3")
    migrate(db, [("CREATE TABLE a (x INTEGER NOT NULL)",)])
    with pytest.raises(ValueError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO a VALUES (1)")
            raise ValueError("stop")
    assert db.query("SELECT count(*) FROM a")[0][0] == 0
    db.close()
