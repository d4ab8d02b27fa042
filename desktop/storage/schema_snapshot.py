"""The schema the migration steps end at, for a new database (``desktop/storage/schema.py``).

Written by ``scripts/compile_schema.py`` from a database migrated step by step: do not edit; run the script again
after appending a step.
"""

VERSION = 10
STEPS_DIGEST = "0fd0acf045f3209d0f7ffb832ff85745d7d5cfde86aca340d15ffc5e5b830264"
STATEMENTS = (
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
    , call TEXT NOT NULL DEFAULT '')""",
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
    , step_free_state TEXT, parking_state TEXT, mobile_coverage_state TEXT, wifi_state TEXT)""",
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
    , venues_json TEXT NOT NULL DEFAULT '[]', paperwork_json TEXT NOT NULL DEFAULT '{}', call_json TEXT NOT NULL DEFAULT '{}')""",
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
    , slot_minutes INTEGER NOT NULL DEFAULT 60 CHECK (slot_minutes > 0))""",
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
    """CREATE INDEX participant_kit ON participant (kit_uid, position)""",
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
    """CREATE INDEX session_kit ON session (kit_uid)""",
    """CREATE INDEX session_day ON session (day)""",
    """CREATE TABLE attendance (
        session_uid TEXT NOT NULL REFERENCES session (uid) ON DELETE CASCADE,
        participant_uid TEXT NOT NULL REFERENCES participant (uid) ON DELETE CASCADE,
        half_day TEXT NOT NULL,
        presence TEXT NOT NULL, arrival TEXT, departure TEXT,
        PRIMARY KEY (session_uid, participant_uid, half_day)
    )""",
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
    """CREATE TABLE "evaluation" (
        id INTEGER PRIMARY KEY,
        session_uid TEXT NOT NULL REFERENCES session (uid) ON DELETE CASCADE,
        participant_uid TEXT REFERENCES participant (uid) ON DELETE CASCADE,
        scores_json TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE UNIQUE INDEX evaluation_person ON evaluation (session_uid, participant_uid)""",
    """CREATE TABLE session_run (
        session_uid TEXT PRIMARY KEY REFERENCES session (uid) ON DELETE CASCADE,
        spent_json TEXT NOT NULL DEFAULT '[]',
        groups_json TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE VIRTUAL TABLE "catalogue_fts" USING fts5(
        kind UNINDEXED, ref UNINDEXED, title, body,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    )""",
    """CREATE INDEX kit_workshop_listed ON kit_workshop (kit_uid, position, uid, library_id, title, format, duration_minutes, origin, summary, source_note, audience_json, experiments_json, slot_minutes)""",
    """CREATE INDEX user_workshop_listed ON user_workshop (created, title, id, format, duration_minutes, origin, summary, source_note, audience_json, experiments_json)""",
)
