"""Schema migrations, numbered by ``PRAGMA user_version``.

Each step is a list of statements; the pending steps run inside one explicit transaction together with the new
``user_version`` (no ``executescript``, which commits on its own), so a step failing midway leaves the database as
it was. Before the first step on an existing database, the file is
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

_V2_KITS = (
    """CREATE TABLE venue (
        uid TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        commune TEXT NOT NULL DEFAULT '',
        capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
        step_free INTEGER NOT NULL DEFAULT 0,
        parking INTEGER NOT NULL DEFAULT 0,
        mobile_coverage INTEGER NOT NULL DEFAULT 1,
        wifi INTEGER NOT NULL DEFAULT 0,
        equipment TEXT NOT NULL DEFAULT '',
        access_notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE facilitator (
        uid TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE kit (
        uid TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        territory TEXT NOT NULL DEFAULT '',
        departement TEXT NOT NULL DEFAULT '',
        audience_json TEXT NOT NULL DEFAULT '[]',
        facilitators_json TEXT NOT NULL DEFAULT '[]',
        funders_mention TEXT NOT NULL DEFAULT '',
        partners_mention TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        capacity INTEGER NOT NULL DEFAULT 12,
        archived INTEGER NOT NULL DEFAULT 0,
        template_id TEXT NOT NULL DEFAULT '',
        experiment INTEGER,
        created TEXT,
        modified TEXT
    )""",
    """CREATE TABLE kit_workshop (
        uid TEXT PRIMARY KEY,
        kit_uid TEXT NOT NULL REFERENCES kit (uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        library_id TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        format TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        origin TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        source_note TEXT NOT NULL DEFAULT '',
        audience_json TEXT NOT NULL,
        experiments_json TEXT NOT NULL,
        content_json TEXT NOT NULL
    )""",
    "CREATE INDEX kit_workshop_kit ON kit_workshop (kit_uid, position)",
    """CREATE TABLE participant (
        uid TEXT PRIMARY KEY,
        kit_uid TEXT NOT NULL REFERENCES kit (uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        last_name TEXT NOT NULL,
        first_name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        commune TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX participant_kit ON participant (kit_uid, position)",
    """CREATE TABLE session (
        uid TEXT PRIMARY KEY,
        kit_uid TEXT NOT NULL REFERENCES kit (uid) ON DELETE CASCADE,
        kit_workshop_uid TEXT NOT NULL REFERENCES kit_workshop (uid) ON DELETE CASCADE,
        day TEXT NOT NULL,
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        venue_uid TEXT REFERENCES venue (uid) ON DELETE SET NULL,
        facilitators_json TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        lunch_start TEXT,
        lunch_end TEXT,
        sequence INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX session_kit ON session (kit_uid)",
    "CREATE INDEX session_day ON session (day)",
    """CREATE TABLE attendance (
        session_uid TEXT NOT NULL REFERENCES session (uid) ON DELETE CASCADE,
        participant_uid TEXT NOT NULL REFERENCES participant (uid) ON DELETE CASCADE,
        half_day TEXT NOT NULL,
        presence TEXT NOT NULL,
        PRIMARY KEY (session_uid, participant_uid, half_day)
    )""",
    """CREATE TABLE evaluation (
        session_uid TEXT NOT NULL REFERENCES session (uid) ON DELETE CASCADE,
        participant_uid TEXT NOT NULL REFERENCES participant (uid) ON DELETE CASCADE,
        scores_json TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_uid, participant_uid)
    )""",
    # Workshops the user saved to the library (the catalogue tables are replaced on refresh; these never are).
    """CREATE TABLE user_workshop (
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
        created TEXT NOT NULL
    )""",
    """CREATE TABLE blackout (
        day TEXT PRIMARY KEY,
        label TEXT NOT NULL DEFAULT ''
    )""",
)

# A kit refers to the shared venues it was given (besides those of its sessions) by uid, never by a copy.
_V3_KIT_VENUES = (
    "ALTER TABLE kit ADD COLUMN venues_json TEXT NOT NULL DEFAULT '[]'",
)

#: ``PRAGMA application_id`` of a Tresse database ("Trss"): tells our files from other programs' SQLite files.
APPLICATION_ID = 0x54727373

# Mark the file as Tresse's (databases made before this step are recognised by their tables).
_V4_APPLICATION_ID = (f"PRAGMA application_id = {APPLICATION_ID}",)

# Anonymous evaluation answers (no participant): the participant becomes optional; one answer per person and
# session still (NULLs are distinct in a UNIQUE index, so any number of anonymous answers).
_V5_ANONYMOUS_EVALUATIONS = (
    """CREATE TABLE evaluation_v5 (
        id INTEGER PRIMARY KEY,
        session_uid TEXT NOT NULL REFERENCES session (uid) ON DELETE CASCADE,
        participant_uid TEXT REFERENCES participant (uid) ON DELETE CASCADE,
        scores_json TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT ''
    )""",
    "INSERT INTO evaluation_v5 (session_uid, participant_uid, scores_json, comment) "
    "SELECT session_uid, participant_uid, scores_json, comment FROM evaluation ORDER BY rowid",
    "DROP TABLE evaluation",
    "ALTER TABLE evaluation_v5 RENAME TO evaluation",
    "CREATE UNIQUE INDEX evaluation_person ON evaluation (session_uid, participant_uid)",
)

# Paperwork: the kit's programme facts and certificate options (one JSON object, always read whole with its kit),
# an individual appointment's slot length, late arrivals and early departures, and venue facts with three states
# (NULL: written before this step, read from the old boolean: 1 is yes, 0 « à préciser »).
_V6_PAPERWORK = (
    "ALTER TABLE kit ADD COLUMN paperwork_json TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE kit_workshop ADD COLUMN slot_minutes INTEGER NOT NULL DEFAULT 60 CHECK (slot_minutes > 0)",
    "ALTER TABLE attendance ADD COLUMN arrival TEXT",
    "ALTER TABLE attendance ADD COLUMN departure TEXT",
    "ALTER TABLE venue ADD COLUMN step_free_state TEXT",
    "ALTER TABLE venue ADD COLUMN parking_state TEXT",
    "ALTER TABLE venue ADD COLUMN mobile_coverage_state TEXT",
    "ALTER TABLE venue ADD COLUMN wifi_state TEXT",
)

# Running a session live: the time each segment took and the sub-groups drawn (one row per session run). A late
# arrival's time is the paperwork step's ``attendance.arrival``.
_V7_SESSION_RUNS = (
    """CREATE TABLE session_run (
        session_uid TEXT PRIMARY KEY REFERENCES session (uid) ON DELETE CASCADE,
        spent_json TEXT NOT NULL DEFAULT '[]',
        groups_json TEXT NOT NULL DEFAULT '[]'
    )""",
)

# A call for projects or applications: the kit's call text, deadline and selection criteria (one JSON object, read
# whole with its kit), and the templates that start with one. The catalogue digest is forgotten so that the
# catalogue is installed again with the templates' new column filled.
_V8_CALLS = (
    "ALTER TABLE kit ADD COLUMN call_json TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE kit_template ADD COLUMN call TEXT NOT NULL DEFAULT ''",
    "DELETE FROM meta WHERE key = 'catalogue_digest'",
)

# The search index answers prefixes of one, two and three letters from prefix indexes of their own (FTS5
# ``prefix``): the first letters typed are the slowest queries without them, every word of that prefix merged.
# An FTS5 table's options are fixed at its creation, so the index is built again under another name, its rows
# copied with their rowids (the search's map of rowids stays valid), and renamed.
_V9_SEARCH_PREFIXES = (
    """CREATE VIRTUAL TABLE catalogue_fts_v9 USING fts5(
        kind UNINDEXED, ref UNINDEXED, title, body,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    )""",
    "INSERT INTO catalogue_fts_v9 (rowid, kind, ref, title, body) "
    "SELECT rowid, kind, ref, title, body FROM catalogue_fts",
    "DROP TABLE catalogue_fts",
    "ALTER TABLE catalogue_fts_v9 RENAME TO catalogue_fts",
)

# Kits and saved workshops are listed without their content, read when first needed: indexes holding every other
# column answer the listing without reading the tables' rows, whose content (about 4 KB a workshop) fills a page
# each and overflows into more (a column after it, such as ``slot_minutes``, is read through them). The index of a
# kit's workshops by position is the first part of the new one.
_V10_LISTING_INDEXES = (
    "CREATE INDEX kit_workshop_listed ON kit_workshop (kit_uid, position, uid, library_id, title, format, "
    "duration_minutes, origin, summary, source_note, audience_json, experiments_json, slot_minutes)",
    "DROP INDEX kit_workshop_kit",
    "CREATE INDEX user_workshop_listed ON user_workshop (created, title, id, format, duration_minutes, origin, "
    "summary, source_note, audience_json, experiments_json)",
)

#: The ordered steps; step *i* brings the schema from version *i* to *i + 1*. Append only: a landed step is never
#: edited.
MIGRATIONS: tuple[Migration, ...] = (_V1_CATALOGUE, _V2_KITS, _V3_KIT_VENUES, _V4_APPLICATION_ID,
                                     _V5_ANONYMOUS_EVALUATIONS, _V6_PAPERWORK, _V7_SESSION_RUNS, _V8_CALLS,
                                     _V9_SEARCH_PREFIXES, _V10_LISTING_INDEXES)


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
    # All pending steps in one transaction: a failure midway leaves the database exactly as it was.
    with db.transaction() as conn:
        for version in range(current, target):
            for statement in migrations[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    log.info("database migrated from schema %d to %d", current, target)
    return target - current
