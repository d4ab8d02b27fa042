"""Schema migrations, numbered by ``PRAGMA user_version``.

Each step is a list of statements run inside one explicit transaction together with the new ``user_version``
(no ``executescript``, which commits on its own). Before the first step on an existing database, the file is
copied with the backup API. A database whose version is higher than the app knows is refused and left untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from desktop.storage.db import Database
from desktop.storage.errors import DatabaseTooNewError

log = logging.getLogger(__name__)

Migration = Sequence[str]

_V1_CATALOGUE = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE experiment (
        number INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        territory TEXT NOT NULL,
        region TEXT NOT NULL,
        departement TEXT NOT NULL,
        objective TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        operator_presentation TEXT NOT NULL,
        contact_person TEXT NOT NULL,
        contact_role TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        contact_website TEXT NOT NULL,
        lists_json TEXT NOT NULL
    )""",
    """CREATE TABLE workshop (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        format TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        origin TEXT NOT NULL,
        summary TEXT NOT NULL,
        source_note TEXT NOT NULL,
        audience_json TEXT NOT NULL,
        experiments_json TEXT NOT NULL,
        content_json TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE kit_template (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        experiment INTEGER,
        origin TEXT NOT NULL,
        description TEXT NOT NULL,
        spacing_days INTEGER NOT NULL,
        usual_start TEXT NOT NULL,
        capacity INTEGER NOT NULL,
        source_note TEXT NOT NULL,
        workshops_json TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    # Full-text index of the catalogue: accents and case ignored (remove_diacritics 2 also folds
    # precomposed letters such as « é » → « e »).
    """CREATE VIRTUAL TABLE catalogue_fts USING fts5(
        kind UNINDEXED, ref UNINDEXED, title, body,
        tokenize = "unicode61 remove_diacritics 2"
    )""",
)

#: The ordered steps; step *i* brings the schema from version *i* to *i + 1*.
MIGRATIONS: tuple[Migration, ...] = (_V1_CATALOGUE,)


def schema_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return len(migrations)


def migrate(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring *db* to the latest schema; return the number of steps applied.

    Raises:
        DatabaseTooNewError: the file comes from a newer Tresse (nothing is written).
    """
    current = db.user_version
    target = len(migrations)
    if current > target:
        raise DatabaseTooNewError(db.path, current, target)
    if current == target:
        return 0
    if current > 0 and db.path is not None:
        backup = db.path.with_name(f"{db.path.name}.avant-v{target}.bak")
        db.backup_to(backup)
        log.info("database copied to %s before migrating from %d to %d", backup, current, target)
    for version in range(current, target):
        with db.transaction() as conn:
            for statement in migrations[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        log.info("database migrated to schema %d", version + 1)
    return target - current
