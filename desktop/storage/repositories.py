"""Repositories: rows ⇄ domain dataclasses. Thin, explicit SQL, no ORM."""

from __future__ import annotations

import json
import re
import sqlite3

from desktop.domain.catalogue import Contact, Experiment, KitTemplate, Operator, Programme, Workshop, find_template
from desktop.domain.workshop_codec import stored_workshop, workshop_content, workshop_search_text
from desktop.domain.text import fold
from desktop.storage.db import Database, SharedValues, StoredText

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)

#: Writes of the search index so far in this process: a repository's rowid → (kind, ref) map of the index is good
#: while this has not moved (a rewritten entry may take a removed entry's rowid).
_index_writes = 0


def index_written() -> None:
    """The search index (``catalogue_fts``) is being written: the repositories read its map again when next needed."""
    global _index_writes
    _index_writes += 1


def fts_query(text: str) -> str:
    """An FTS5 query matching every word of *text* as a prefix, accents and case ignored; '' for no words."""
    tokens = _TOKEN_RE.findall(fold(text))
    return " ".join(f'"{t}"*' for t in tokens)


def _experiment(row: sqlite3.Row) -> Experiment:
    lists = json.loads(row["lists_json"])
    return Experiment(
        number=row["number"], title=row["title"], territory=row["territory"], region=row["region"],
        departement=row["departement"], objective=row["objective"],
        operator=Operator(row["operator_name"], row["operator_presentation"], tuple(lists["missions"])),
        contact=Contact(row["contact_person"], row["contact_role"], row["contact_email"], row["contact_website"]),
        communes=tuple(lists["communes"]), sub_objectives=tuple(lists["sub_objectives"]),
        partners=tuple(lists["partners"]), actions=tuple(lists["actions"]), calendar=tuple(lists["calendar"]),
        impacts=tuple(lists["impacts"]), corrections=tuple(lists["corrections"]),
        period=tuple(lists.get("period", ())), milestones=tuple(lists.get("milestones", ())),
        components=tuple(lists.get("components", ())),
    )


def _workshop(row: sqlite3.Row, content=None, shared: SharedValues | None = None) -> Workshop:
    """A workshop from its row: its content from the row, or read by *content* when first needed; the values it
    shares with the other rows of one read held once (*shared*)."""
    shared = shared if shared is not None else SharedValues()
    base = dict(id=row["id"], title=row["title"], format=shared.text(row["format"]),
                audience=shared.json_tuple(row["audience_json"]), duration_minutes=row["duration_minutes"],
                origin=shared.text(row["origin"]), experiments=shared.json_tuple(row["experiments_json"]),
                source_note=shared.text(row["source_note"]), summary=shared.text(row["summary"]))
    return stored_workshop(base, row["content_json"] if content is None else content)


def _template(row: sqlite3.Row) -> KitTemplate:
    return KitTemplate(
        id=row["id"], name=row["name"], workshop_ids=tuple(json.loads(row["workshops_json"])), origin=row["origin"],
        experiment=row["experiment"], description=row["description"], spacing_days=row["spacing_days"],
        usual_start=row["usual_start"], capacity=row["capacity"], source_note=row["source_note"],
        call=row["call"],
    )


def user_workshop_rows(source) -> list[Workshop]:
    """The user's own workshops, oldest first, from a Database or from a connection inside a transaction."""
    return [w for w, _ in _dated_user_workshops(source)]


def _dated_user_workshops(source) -> list[tuple[Workshop, str]]:
    sql = "SELECT * FROM user_workshop ORDER BY created, title"
    rows = source.query(sql) if isinstance(source, Database) else source.execute(sql).fetchall()
    return [(_workshop(r), r["created"]) for r in rows]


#: The columns of a saved workshop but its content, and the query of its content alone.
USER_WORKSHOP_COLUMNS = ("id, title, format, duration_minutes, origin, summary, source_note, audience_json, "
                         "experiments_json, created")
USER_WORKSHOP_CONTENT = "SELECT content_json FROM user_workshop WHERE id = ?"

#: The kinds of entries of the search index, the keys of :meth:`CatalogueRepository.search`'s answer.
SEARCH_KINDS = ("experiment", "workshop", "template")

#: The words of one letter answered before the first keystroke (what :func:`fts_query` leaves of a first letter
#: typed, accents folded); any other is asked of the index when typed.
ONE_LETTER_WORDS = "abcdefghijklmnopqrstuvwxyz0123456789"


class CatalogueRepository:
    """Read access to the bundled catalogue stored in the database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._refs: dict[str, dict[str, str]] = {}  # by kind, the search index's rowid (as text) → ref
        self._refs_at = -1  # the value of _index_writes when _refs was read
        self._short: dict[str, dict[str, frozenset[str]]] = {}  # answers to one word of one or two letters

    def experiments(self) -> list[Experiment]:
        return [_experiment(r) for r in self.db.query("SELECT * FROM experiment ORDER BY number")]

    def programme(self) -> Programme | None:
        """The cycle's own introduction (« Le cycle TRESSONS »), shown above the experiments."""
        from desktop.storage.catalogue import installed_programme

        return installed_programme(self.db)

    def workshops(self) -> list[Workshop]:
        """The library: the bundled workshops, then those the user saved (when the schema has them)."""
        return self.bundled_workshops() + self.user_workshops()

    def bundled_workshops(self) -> list[Workshop]:
        shared = SharedValues()
        return [_workshop(r, shared=shared) for r in self.db.query("SELECT * FROM workshop ORDER BY position")]

    def user_workshops(self) -> list[Workshop]:
        return [w for w, _ in self.dated_user_workshops()]

    def dated_user_workshops(self) -> list[tuple[Workshop, str]]:
        """The user's own workshops with the moment each was saved, oldest first, in one query; each one's content
        is read when first needed (a saved workshop's row is only ever added or removed, never rewritten: its one
        writer reads the content before removing it)."""
        if not self.db.query("SELECT 1 FROM sqlite_master WHERE name = 'user_workshop'"):
            return []
        rows = self.db.query(f"SELECT {USER_WORKSHOP_COLUMNS} FROM user_workshop ORDER BY created, title")
        shared = SharedValues()
        return [(_workshop(r, StoredText(self.db, USER_WORKSHOP_CONTENT, r["id"]), shared), r["created"])
                for r in rows]

    def workshop_count(self) -> int:
        """How many workshops :meth:`workshops` lists (bundled and saved), counted without reading one."""
        saved = self.db.query("SELECT 1 FROM sqlite_master WHERE name = 'user_workshop'")
        return self.db.column("SELECT (SELECT count(*) FROM workshop)"
                              + (" + (SELECT count(*) FROM user_workshop)" if saved else ""))[0]

    def workshop(self, workshop_id: str) -> Workshop | None:
        for table in ("workshop", "user_workshop"):
            rows = self.db.query(f"SELECT * FROM {table} WHERE id = ?", (workshop_id,))
            if rows:
                return _workshop(rows[0])
        return None

    @staticmethod
    def write_user_workshop(conn, workshop: Workshop, created: str) -> None:
        """Add or replace one of the user's own workshops and its search entry, inside the caller's transaction."""
        conn.execute(
            "INSERT INTO user_workshop VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
            "title=excluded.title, format=excluded.format, duration_minutes=excluded.duration_minutes, "
            "origin=excluded.origin, summary=excluded.summary, source_note=excluded.source_note, "
            "audience_json=excluded.audience_json, experiments_json=excluded.experiments_json, "
            "content_json=excluded.content_json, created=excluded.created",
            (workshop.id, workshop.title, workshop.format, workshop.duration_minutes, workshop.origin,
             workshop.summary, workshop.source_note, json.dumps(list(workshop.audience)),
             json.dumps(list(workshop.experiments)), json.dumps(workshop_content(workshop), ensure_ascii=False),
             created))
        index_written()
        conn.execute("DELETE FROM catalogue_fts WHERE kind = 'workshop' AND ref = ?", (workshop.id,))
        conn.execute("INSERT INTO catalogue_fts (kind, ref, title, body) VALUES ('workshop', ?, ?, ?)",
                     (workshop.id, workshop.title, workshop_search_text(workshop)))

    @staticmethod
    def remove_user_workshop(conn, workshop_id: str) -> None:
        conn.execute("DELETE FROM user_workshop WHERE id = ?", (workshop_id,))
        index_written()
        conn.execute("DELETE FROM catalogue_fts WHERE kind = 'workshop' AND ref = ?", (workshop_id,))

    def templates(self) -> list[KitTemplate]:
        return [_template(r) for r in self.db.query("SELECT * FROM kit_template ORDER BY position")]

    def template_by_name(self, name: str) -> KitTemplate | None:
        """Find a template by id or name, ignoring case, accents, apostrophes and guillemets."""
        return find_template(self.templates(), name)

    def prepare_search(self) -> None:
        """Read the search index's map if it is not current (60–80 ms at 10,000 workshops), and answer every
        one-letter word: done before the first keystroke, when the search box takes the focus, so that no
        keystroke waits for them (the first letter of a word matches most of the library)."""
        if self._refs_at != _index_writes:
            refs: dict[str, dict[str, str]] = {kind: {} for kind in SEARCH_KINDS}
            for rowid, kind, ref in self.db.query("SELECT rowid, kind, ref FROM catalogue_fts"):
                refs.setdefault(kind, {})[str(rowid)] = ref
            self._refs = refs
            self._refs_at = _index_writes
            self._short = {}
            for letter in ONE_LETTER_WORDS:
                self._answer(f'"{letter}"*')

    def search(self, text: str) -> dict[str, frozenset[str]] | None:
        """Refs matching *text*, by kind (``experiment``, ``workshop``, ``template``); None when *text* has no word.

        The query reads only the index's rowids (reading its stored kind and ref columns cost ten times more at
        10,000 workshops: 80–110 ms for a one-letter prefix); they are turned into refs through a map of the
        index read once, again after the index was written. Prefixes of one to three letters are read from the
        index's prefix indexes (schema step 9). The answers for one word of one or two letters — most of the
        library — are kept until the index is written, those of one letter found beforehand
        (:meth:`prepare_search`)."""
        query = fts_query(text)
        if not query:
            return None
        self.prepare_search()
        return self._answer(query)

    def _answer(self, query: str) -> dict[str, frozenset[str]]:
        found = self._short.get(query)
        if found is not None:
            return found
        # The rowids as one text (SQLite joins them in C: a list of 10,000 rows cost four times more); the
        # workshops' refs picked from them in one pass in C, the other kinds' (a few dozen entries) looked up in
        # a set of them: no Python loop per row.
        joined = self.db.column("SELECT group_concat(rowid) FROM catalogue_fts WHERE catalogue_fts MATCH ?",
                                (query,))[0]
        rowids = joined.split(",") if joined else []
        found = {"workshop": frozenset(filter(None, map(self._refs["workshop"].get, rowids)))}
        others = [kind for kind in SEARCH_KINDS if kind != "workshop"]
        # Those kinds' few rowids met among the answer's (a pass in C over it; no set of its thousands built).
        hits = set().union(*(self._refs[kind] for kind in others)).intersection(rowids)
        for kind in others:
            found[kind] = frozenset(ref for rowid, ref in self._refs[kind].items() if rowid in hits)
        if len(query) <= len('"ab"*'):  # one word of one or two letters: most of the library, kept
            self._short[query] = found
        return found

