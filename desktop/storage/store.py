"""Open the user's store: connect, migrate, bring the bundled catalogue up to date.

The catalogue's TOML sources are parsed only when they changed since they were installed: at every start their
bytes are hashed (about 2 ms for the ~350 KB) and compared with the digest recorded in the ``meta`` table at
install. Sizes and modification times would cost less (0.3 ms) but say nothing reliable in a bundle unpacked
afresh at each start, where every file is new; parsing costs 50 to 500 ms.
"""

from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.sources.catalogue import digest, read_catalogue, source_files
from desktop.storage.catalogue import install_catalogue, installed_digest
from desktop.storage.db import Database
from desktop.storage.migrations import migrate, schema_version


def open_store(path: Path | str | None = None) -> Database:
    """Open (creating if needed) the database at *path* (default: the user's), migrated and with the catalogue."""
    db = Database(path if path is not None else paths.database_path(), newest_known=schema_version())
    try:
        migrate(db)
        if installed_digest(db) != digest(source_files()):
            install_catalogue(db, read_catalogue())
    except BaseException:
        db.close()
        raise
    return db
