"""Open the user's store: connect, migrate, bring the bundled catalogue up to date."""

from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.sources.catalogue import read_catalogue
from desktop.storage.catalogue import install_catalogue
from desktop.storage.db import Database
from desktop.storage.migrations import migrate, schema_version


def open_store(path: Path | str | None = None) -> Database:
    """Open (creating if needed) the database at *path* (default: the user's), migrated and with the catalogue."""
    db = Database(path if path is not None else paths.database_path(), newest_known=schema_version())
    try:
        migrate(db)
        install_catalogue(db, read_catalogue())
    except BaseException:
        db.close()
        raise
    return db
