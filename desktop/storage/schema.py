"""A new database's schema in one pass: the statements the migration steps end at, written directly.

Running every migration step on an empty file costs about 30 ms of CPU at a first start, most of it in step 9,
which builds the search index again under another name and renames it (FTS5 renames its five shadow tables one
by one, each a pass over the whole schema). The schema the steps end at is known in advance: the ``CREATE``
statements SQLite keeps for it (``sqlite_master``), in the order it keeps them, without the tables FTS5 creates
for itself. :mod:`desktop.storage.schema_snapshot` holds them, written by ``scripts/compile_schema.py`` from a
database migrated step by step, with the digest of the steps it was written from.

The snapshot is used only when that digest is the steps' own (:func:`fresh_statements`); after a new step is
appended and before the script is run again, a new database gets the steps, as before, and
``tests/test_store_creation.py`` fails until the snapshot is written again. The migration steps stay the one
definition of the schema: the snapshot is their result, checked against it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from desktop.domain.checksum import sha256
from desktop.storage.migrations import APPLICATION_ID, MIGRATIONS, Migration


def steps_digest(migrations: Sequence[Migration] = MIGRATIONS) -> str:
    """The SHA-256 of the migration steps' statements, step by step (what a snapshot was written from)."""
    h = sha256()
    for number, step in enumerate(migrations, 1):
        h.update(f"step {number}\n".encode("utf-8"))
        for statement in step:
            h.update(statement.encode("utf-8") + b"\n\x00")
    return h.hexdigest()


def schema_of(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The statements that make *conn*'s schema again: every ``CREATE`` SQLite keeps, in its order, without its
    own tables (``sqlite_…``, automatic indexes) nor the shadow tables of the search index (made with it)."""
    listed = conn.execute("PRAGMA table_list").fetchall()
    if not listed:  # an unknown pragma answers nothing: the shadow tables could not be told apart
        raise RuntimeError(f"SQLite {sqlite3.sqlite_version} has no PRAGMA table_list (3.37 or later is needed)")
    shadow = {row[1] for row in listed if row[2] == "shadow"}
    return tuple(sql for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY rowid") if name not in shadow)


def fresh_statements() -> tuple[str, ...] | None:
    """The snapshot's statements when they are those of the current steps, else None (the steps must run)."""
    from desktop.storage import schema_snapshot

    if schema_snapshot.VERSION != len(MIGRATIONS) or schema_snapshot.STEPS_DIGEST != steps_digest():
        return None
    return schema_snapshot.STATEMENTS


def create_schema(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    """Write *statements* and the schema's version and application id, inside the caller's transaction."""
    for statement in statements:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
