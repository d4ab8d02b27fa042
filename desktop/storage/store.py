"""Open the user's store: connect, migrate, bring the bundled catalogue up to date.

The catalogue's TOML sources are parsed only when they changed since they were installed: at every start their
bytes are hashed (about 2 ms for the ~350 KB) and compared with the digest recorded in the ``meta`` table at
install. Sizes and modification times would cost less (0.3 ms) but say nothing reliable in a bundle unpacked
afresh at each start, where every file is new; parsing costs 50 to 500 ms.

A new (empty) database is created in one transaction, one commit to disk: the schema the migration steps end at,
written directly (:mod:`desktop.storage.schema`), then the catalogue. Killed halfway, it is left empty, and the
next start creates it again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop import paths
from desktop.sources.catalogue import digest, read_catalogue, source_files
from desktop.storage.catalogue import install_catalogue, installed_digest, write_catalogue
from desktop.storage.db import Database
from desktop.storage.migrations import migrate, schema_version
from desktop.storage.schema import create_schema, fresh_statements

log = logging.getLogger(__name__)


def open_store(path: Path | str | None = None) -> Database:
    """Open (creating if needed) the database at *path* (default: the user's), migrated and with the catalogue."""
    db = Database(path if path is not None else paths.database_path(), newest_known=schema_version())
    try:
        if not create_new(db):
            migrate(db)
            if installed_digest(db) != digest(source_files()):
                install_catalogue(db, read_catalogue())
    except BaseException:
        db.close()
        raise
    return db


def create_new(db: Database) -> bool:
    """Give an empty database its schema and the catalogue in one transaction; False (nothing done) when *db* is
    not empty or the schema's snapshot is not that of the migration steps (they run instead)."""
    if db.user_version != 0 or db.query("SELECT 1 FROM sqlite_master LIMIT 1"):
        return False
    statements = fresh_statements()
    if statements is None:
        log.warning("schema snapshot out of date: the migration steps run instead (scripts/compile_schema.py)")
        return False
    catalogue = read_catalogue()  # before anything is written: a catalogue that cannot be read leaves the file empty
    with db.transaction() as conn:
        create_schema(conn, statements)
        write_catalogue(conn, catalogue)
    log.info("new database created at schema %d", schema_version())
    return True
