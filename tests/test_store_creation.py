"""A new database gets, in one transaction, the schema the migration steps end at and the catalogue: the same
database as the steps make, checked here statement by statement; the steps run when the snapshot is stale."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage import schema_snapshot, store
from desktop.storage.db import Database
from desktop.storage.migrations import APPLICATION_ID, MIGRATIONS, migrate
from desktop.storage.schema import fresh_statements, schema_of, steps_digest
from desktop.storage.store import create_new, open_store

ROOT = Path(__file__).resolve().parent.parent


def _shape(conn: sqlite3.Connection) -> dict:
    """Everything the schema is made of: each statement SQLite keeps, each table's columns (the search index's
    own tables too), each index's columns, the version and the application id."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    indexes = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")]
    return {
        "statements": sorted(schema_of(conn)),
        "columns": {t: conn.execute(f'PRAGMA table_xinfo("{t}")').fetchall() for t in tables},
        "indexes": {i: conn.execute(f'PRAGMA index_xinfo("{i}")').fetchall() for i in indexes},
        "foreign keys": {t: conn.execute(f'PRAGMA foreign_key_list("{t}")').fetchall() for t in tables},
        "fts config": conn.execute("SELECT * FROM catalogue_fts_config").fetchall(),
        "version": conn.execute("PRAGMA user_version").fetchone()[0],
        "application id": conn.execute("PRAGMA application_id").fetchone()[0],
    }


def _contents(conn: sqlite3.Connection) -> dict:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("meta", "experiment", "workshop", "kit_template")} | {
        "search": conn.execute("SELECT kind, ref FROM catalogue_fts WHERE catalogue_fts MATCH 'gouv*' "
                               "ORDER BY kind, ref").fetchall()}


def _by_steps(path: Path) -> Database:
    """A database made the long way: every migration step, then the catalogue."""
    db = Database(path)
    migrate(db)
    store.install_catalogue(db, store.read_catalogue())
    return db


def test_the_snapshot_is_that_of_the_migration_steps():
    assert schema_snapshot.VERSION == len(MIGRATIONS)
    assert schema_snapshot.STEPS_DIGEST == steps_digest(), "run python scripts/compile_schema.py"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_schema.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_new_store_is_the_database_the_steps_make(tmp_path):
    new = open_store(tmp_path / "new.sqlite3")
    old = _by_steps(tmp_path / "old.sqlite3")
    try:
        assert _shape(new.conn) == _shape(old.conn)
        assert _shape(new.conn)["version"] == len(MIGRATIONS)
        assert _shape(new.conn)["application id"] == APPLICATION_ID
        assert _contents(new.conn) == _contents(old.conn)
        assert _contents(new.conn)["search"]  # the search index is written with it
    finally:
        new.close()
        old.close()
    again = open_store(tmp_path / "new.sqlite3")  # opened again: nothing to do
    assert again.user_version == len(MIGRATIONS)
    again.close()


def test_a_new_store_is_written_in_one_transaction_without_the_steps(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "migrate", lambda db: pytest.fail("the steps ran on a new database"))
    begun = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("BEGIN") else None)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    db = open_store(tmp_path / "t.sqlite3")
    assert db.user_version == len(MIGRATIONS)
    db.close()
    assert begun == ["BEGIN IMMEDIATE"]


def test_a_stale_snapshot_is_not_used_the_steps_run(tmp_path, monkeypatch):
    monkeypatch.setattr(schema_snapshot, "STEPS_DIGEST", "0" * 64)  # a step appended, the script not run again
    assert fresh_statements() is None
    ran = []
    monkeypatch.setattr(store, "migrate", lambda db: ran.append(migrate(db)))
    db = open_store(tmp_path / "t.sqlite3")
    old = _by_steps(tmp_path / "old.sqlite3")
    try:
        assert ran == [len(MIGRATIONS)]
        assert _shape(db.conn) == _shape(old.conn)
    finally:
        db.close()
        old.close()


def test_a_creation_that_fails_leaves_the_file_empty_and_is_done_again(tmp_path, monkeypatch):
    path = tmp_path / "t.sqlite3"

    def full_disk(conn, catalogue):
        conn.execute("INSERT INTO meta VALUES ('x', 'y')")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "write_catalogue", full_disk)
    with pytest.raises(Exception):
        open_store(path)
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()
    db = open_store(path)
    assert db.user_version == len(MIGRATIONS)
    assert db.query("SELECT count(*) FROM workshop")[0][0] > 0
    db.close()


def test_only_an_empty_database_is_created_in_one_pass(tmp_path):
    db = Database(tmp_path / "t.sqlite3")
    migrate(db, MIGRATIONS[:3])  # an older database: its missing steps run, with its backup first
    assert create_new(db) is False
    assert db.user_version == 3
    db.close()
    other = Database(tmp_path / "other.sqlite3")
    other.conn.execute("CREATE TABLE a (x)")  # version 0 but not empty: never written over
    assert create_new(other) is False
    assert other.query("SELECT name FROM sqlite_master")[0][0] == "a"
    other.close()
