"""Repositories of the user's data: kits (with their workshops, participants, sessions, attendance, evaluations),
venues, facilitators, blackout dates and the issuing structure.

A new kit is written whole (:meth:`KitRepository.write` replaces the kit's own rows); an edit of a stored kit
writes only the rows that differ between its value before and after (:meth:`KitRepository.write_changes`, rows
compared by :mod:`desktop.storage.kit_rows`): a session dragged in the calendar writes one session row, and the kit
read back is the same either way, which keeps every edit — and its undo — exact.
A kit never writes a shared record: venues and facilitators are written by their own repositories only, with
``INSERT … ON CONFLICT (uid) DO UPDATE`` (the REPLACE conflict resolution would delete the row first and fire
every ``ON DELETE`` action of the sessions pointing to it).

Each repository has static ``write``/``remove`` functions taking a connection inside a transaction (so that the
workspace writes several records in one transaction) and ``save``/``delete`` methods that open their own.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, replace
from datetime import date, datetime, time
from pathlib import Path

from desktop.domain.call import call_from_dict
from desktop.domain.kit import (
    Attendance, Evaluation, Facilitator, HalfDay, IssuingStructure, Kit, KitWorkshop, Participant, Presence,
    Session, SessionStatus, Venue,
)
from desktop.domain.paperwork import (
    VENUE_FACTS, fact_state, fact_value, legacy_fact, paperwork_from_dict,
)
from desktop.domain.session_run import SegmentSpent, SessionRun
from desktop.domain.workshop_codec import stored_workshop
from desktop.storage.db import Database, SharedValues, StoredText
from desktop.storage.health import connect_readonly
from desktop.storage.kit_rows import (
    CHILD_TABLES, KIT_UPSERT, child_changes, child_rows, dump_json, kit_values,
)


#: The columns of a kit's workshop but its content, and the query of its content alone.
WORKSHOP_COLUMNS = ("uid, kit_uid, position, library_id, title, format, duration_minutes, origin, summary, source_note, "
                    "audience_json, experiments_json, slot_minutes")
KIT_WORKSHOP_CONTENT = "SELECT content_json FROM kit_workshop WHERE uid = ?"


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _fact(row, name: str) -> bool | None:
    """A venue fact: its three-state column, or (rows written before it existed) the old boolean."""
    state = row[f"{name}_state"]
    return fact_value(state) if state else legacy_fact(bool(row[name]))


class KitRepository:
    """Kits and everything that belongs to one kit."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------------------------
    def list(self) -> list[Kit]:
        """Every kit's own fields (no workshops, participants or sessions), by name."""
        return [self._kit_row(r) for r in self.db.query("SELECT * FROM kit ORDER BY name COLLATE NOCASE")]

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """uid → (workshops, participants, active sessions) for every kit."""
        result: dict[str, list[int]] = {}
        for table, index, where in (("kit_workshop", 0, ""), ("participant", 1, ""),
                                    ("session", 2, " WHERE status != 'cancelled'")):
            for row in self.db.query(f"SELECT kit_uid, count(*) FROM {table}{where} GROUP BY kit_uid"):
                result.setdefault(row[0], [0, 0, 0])[index] = row[1]
        return {uid: tuple(v) for uid, v in result.items()}

    def load(self, uid: str) -> Kit | None:
        """The whole kit (its venues and facilitators are referenced by uid: read them from their repositories)."""
        return self._load_where("uid = ?", (uid,)).get(uid)

    def load_all(self) -> dict[str, Kit]:
        """Every kit, whole, by uid: a fixed number of queries whatever the number of kits."""
        return self._load_where("1", ())

    def _load_where(self, where: str, params: tuple) -> dict[str, Kit]:
        kits = {r["uid"]: self._kit_row(r) for r in self.db.query(
            f"SELECT * FROM kit WHERE {where} ORDER BY name COLLATE NOCASE", params)}
        if not kits:
            return {}
        scope = "" if where == "1" else " WHERE kit_uid = ?"
        children: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        shared = SharedValues()  # the values repeated from row to row, held once
        # Every column but the content, read when first needed (the kit's one writer reads it before overwriting).
        for r in self.db.query(f"SELECT {WORKSHOP_COLUMNS} FROM kit_workshop{scope} ORDER BY kit_uid, position",
                               params):
            children[r["kit_uid"]]["workshops"].append(
                self._workshop_row(r, StoredText(self.db, KIT_WORKSHOP_CONTENT, r["uid"]), shared))
        for r in self.db.query(f"SELECT * FROM participant{scope} ORDER BY kit_uid, position", params):
            children[r["kit_uid"]]["participants"].append(
                Participant(r["uid"], r["last_name"], r["first_name"], r["organisation"], r["commune"], r["email"],
                            r["phone"], r["notes"]))
        for r in self.db.query(f"SELECT * FROM session{scope} ORDER BY kit_uid, rowid", params):
            children[r["kit_uid"]]["sessions"].append(self._session_row(r, shared))
        join_scope = "" if where == "1" else " WHERE s.kit_uid = ?"
        for r in self.db.query("SELECT a.*, s.kit_uid FROM attendance a JOIN session s ON s.uid = a.session_uid"
                               f"{join_scope} ORDER BY a.rowid", params):
            children[r["kit_uid"]]["attendances"].append(
                Attendance(r["session_uid"], r["participant_uid"], HalfDay(r["half_day"]), Presence(r["presence"]),
                           _time(r["arrival"]), _time(r["departure"])))
        for r in self.db.query("SELECT e.*, s.kit_uid FROM evaluation e JOIN session s ON s.uid = e.session_uid"
                               f"{join_scope} ORDER BY e.rowid", params):
            children[r["kit_uid"]]["evaluations"].append(
                Evaluation(r["session_uid"], r["participant_uid"] or "",
                           tuple((k, int(v)) for k, v in json.loads(r["scores_json"])), r["comment"]))
        for r in self.db.query("SELECT x.*, s.kit_uid FROM session_run x JOIN session s ON s.uid = x.session_uid"
                               f"{join_scope} ORDER BY x.rowid", params):
            children[r["kit_uid"]]["session_runs"].append(_run_row(r))
        return {uid: replace(kit, **{name: tuple(rows) for name, rows in children.get(uid, {}).items()})
                for uid, kit in kits.items()}

    # -- writing -------------------------------------------------------------------------------------------
    def save(self, kit: Kit) -> None:
        """Insert or replace the whole kit in one transaction (never its venues or facilitators)."""
        with self.db.transaction() as conn:
            self.write(conn, kit)

    def delete(self, uid: str) -> None:
        with self.db.transaction() as conn:
            self.remove(conn, uid)

    @staticmethod
    def remove(conn, uid: str) -> None:
        conn.execute("DELETE FROM kit WHERE uid = ?", (uid,))

    @staticmethod
    def write(conn, kit: Kit) -> None:
        """Write the whole kit inside the caller's transaction."""
        rows = child_rows(kit)  # first: a workshop read from this store reads its content from its row
        conn.execute(KIT_UPSERT, kit_values(kit))
        # Children are replaced whole; deleting the kit's workshops and participants cascades to sessions,
        # attendance and evaluations.
        conn.execute("DELETE FROM session WHERE kit_uid = ?", (kit.uid,))
        conn.execute("DELETE FROM participant WHERE kit_uid = ?", (kit.uid,))
        conn.execute("DELETE FROM kit_workshop WHERE kit_uid = ?", (kit.uid,))
        for table in CHILD_TABLES:
            conn.executemany(table.insert, rows[table.name])

    @staticmethod
    def write_changes(conn, before: Kit, after: Kit) -> None:
        """Write *after* over *before* (the kit as stored) inside the caller's transaction, touching only the rows
        that differ: a session moved writes one session row. Falls back to :meth:`write` when the order of the
        rows read back by insertion order could not be kept (a row removed from the middle and put back)."""
        plan = child_changes(before, after)
        if plan is None:
            KitRepository.write(conn, after)
            return
        if kit_values(before) != kit_values(after):
            conn.execute(KIT_UPSERT, kit_values(after))
        for table in reversed(CHILD_TABLES):  # children first: a row goes before what it points to
            removed = plan[table.name][0]
            if removed:
                conn.executemany(table.delete, removed)
        for table in CHILD_TABLES:  # parents first: a row comes after what it points to
            written = plan[table.name][1]
            if written:
                conn.executemany(table.upsert, written)

    def find(self, name_or_uid: str) -> Kit | None:
        """A kit by uid, or by name ignoring case, accents, apostrophes and guillemets."""
        from desktop.domain.text import fold

        if self.db.query("SELECT 1 FROM kit WHERE uid = ?", (name_or_uid,)):
            return self.load(name_or_uid)
        wanted = fold(name_or_uid)
        matches = [k for k in self.list() if fold(k.name) == wanted]
        return self.load(matches[0].uid) if len(matches) == 1 else None

    # -- rows ----------------------------------------------------------------------------------------------
    @staticmethod
    def _kit_row(r) -> Kit:
        return Kit(uid=r["uid"], name=r["name"], territory=r["territory"], departement=r["departement"],
                   audience=tuple(json.loads(r["audience_json"])),
                   facilitator_uids=tuple(json.loads(r["facilitators_json"])),
                   venue_uids=tuple(json.loads(r["venues_json"])),
                   funders_mention=r["funders_mention"], partners_mention=r["partners_mention"], notes=r["notes"],
                   capacity=r["capacity"], archived=bool(r["archived"]), template_id=r["template_id"],
                   experiment=r["experiment"],
                   created=datetime.fromisoformat(r["created"]) if r["created"] else None,
                   modified=datetime.fromisoformat(r["modified"]) if r["modified"] else None,
                   paperwork=paperwork_from_dict(json.loads(r["paperwork_json"] or "{}")),
                   call=call_from_dict(json.loads(r["call_json"] or "{}")))

    @staticmethod
    def _workshop_row(r, content, shared: SharedValues) -> KitWorkshop:
        base = dict(id=r["library_id"], title=r["title"], format=shared.text(r["format"]),
                    audience=shared.json_tuple(r["audience_json"]), duration_minutes=r["duration_minutes"],
                    origin=shared.text(r["origin"]), experiments=shared.json_tuple(r["experiments_json"]),
                    source_note=shared.text(r["source_note"]), summary=shared.text(r["summary"]))
        return KitWorkshop(uid=r["uid"], workshop=stored_workshop(base, content),
                           slot_minutes=r["slot_minutes"])

    @staticmethod
    def _session_row(r, shared: SharedValues) -> Session:
        return Session(uid=r["uid"], kit_workshop_uid=r["kit_workshop_uid"], day=date.fromisoformat(r["day"]),
                       start=_time(r["start"]), end=_time(r["end"]), venue_uid=r["venue_uid"] or "",
                       facilitator_uids=shared.json_tuple(r["facilitators_json"]), status=SessionStatus(r["status"]),
                       lunch_start=_time(r["lunch_start"]), lunch_end=_time(r["lunch_end"]), sequence=r["sequence"],
                       notes=r["notes"])


def _run_row(r) -> SessionRun:
    return SessionRun(r["session_uid"],
                      tuple(SegmentSpent(str(t), int(m), int(x)) for t, m, x in json.loads(r["spent_json"])),
                      tuple(tuple(str(u) for u in g) for g in json.loads(r["groups_json"])))


def _select(db: Database, table: str, uids) -> list:
    if uids is None:
        return db.query(f"SELECT * FROM {table} ORDER BY name COLLATE NOCASE")
    uids = tuple(dict.fromkeys(uids))
    if not uids:
        return []
    marks = ",".join("?" * len(uids))
    return db.query(f"SELECT * FROM {table} WHERE uid IN ({marks}) ORDER BY name COLLATE NOCASE", uids)


class VenueRepository:
    """Venues, shared by all kits: the only writer of the venue table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, uids=None) -> list[Venue]:
        """Every venue by name, or only those of *uids*."""
        return [Venue(r["uid"], r["name"], r["address"], r["commune"], r["capacity"],
                      *(_fact(r, name) for name in VENUE_FACTS), r["equipment"], r["access_notes"])
                for r in _select(self.db, "venue", uids)]

    @staticmethod
    def write(conn, v: Venue) -> None:
        # Each fact is written twice: the old boolean (for older readers of the table: unknown reads « non ») and
        # its three-state column (yes, no, « à préciser »).
        facts = [getattr(v, name) for name in VENUE_FACTS]
        columns = [*VENUE_FACTS, *(f"{name}_state" for name in VENUE_FACTS)]
        conn.execute(
            f"INSERT INTO venue (uid, name, address, commune, capacity, equipment, access_notes, {', '.join(columns)}) "
            f"VALUES ({', '.join('?' * (7 + len(columns)))}) ON CONFLICT (uid) DO UPDATE SET "
            "name=excluded.name, address=excluded.address, commune=excluded.commune, capacity=excluded.capacity, "
            "equipment=excluded.equipment, access_notes=excluded.access_notes, "
            + ", ".join(f"{c}=excluded.{c}" for c in columns),
            (v.uid, v.name, v.address, v.commune, v.capacity, v.equipment, v.access_notes,
             *(int(bool(f)) for f in facts), *(fact_state(f).value for f in facts)))

    @staticmethod
    def remove(conn, uid: str) -> None:
        conn.execute("DELETE FROM venue WHERE uid = ?", (uid,))

    def save(self, venue: Venue) -> None:
        with self.db.transaction() as conn:
            self.write(conn, venue)

    def delete(self, uid: str) -> None:
        with self.db.transaction() as conn:
            self.remove(conn, uid)


class FacilitatorRepository:
    """Facilitators, shared by all kits: the only writer of the facilitator table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, uids=None) -> list[Facilitator]:
        """Every facilitator by name, or only those of *uids*."""
        return [Facilitator(r["uid"], r["name"], r["email"], r["phone"], r["organisation"])
                for r in _select(self.db, "facilitator", uids)]

    @staticmethod
    def write(conn, f: Facilitator) -> None:
        conn.execute(
            "INSERT INTO facilitator (uid, name, email, phone, organisation) VALUES (?,?,?,?,?) "
            "ON CONFLICT (uid) DO UPDATE SET name=excluded.name, email=excluded.email, phone=excluded.phone, "
            "organisation=excluded.organisation",
            (f.uid, f.name, f.email, f.phone, f.organisation))

    @staticmethod
    def remove(conn, uid: str) -> None:
        conn.execute("DELETE FROM facilitator WHERE uid = ?", (uid,))

    def save(self, facilitator: Facilitator) -> None:
        with self.db.transaction() as conn:
            self.write(conn, facilitator)

    def delete(self, uid: str) -> None:
        with self.db.transaction() as conn:
            self.remove(conn, uid)


def write_meta(conn, key: str, value: str) -> None:
    """Set one value of the meta table (an upsert: never a delete and insert)."""
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                 (key, value))


def structure_from_json(text: str) -> IssuingStructure:
    """The profile from its stored JSON: keys it does not know are left out, missing ones take their defaults (a
    profile saved before the programme defaults existed has none), a text that is not one reads as empty."""
    data = json.loads(text)
    data = data if isinstance(data, dict) else {}
    known = IssuingStructure.__dataclass_fields__
    values = {k: v for k, v in data.items() if k in known and k != "funder_logo_paths"}
    values = {k: v if isinstance(v, str) else "" for k, v in values.items()}
    logos = data.get("funder_logo_paths", ())
    return IssuingStructure(**values, funder_logo_paths=tuple(p for p in logos if isinstance(p, str))
                            if isinstance(logos, list) else ())


def read_stored_structure(database: Path) -> IssuingStructure | None:
    """The profile stored in the database file *database*, read without writing anything (no lock, no journal):
    None when there is no such file or it holds no profile.

    The file is opened immutable, so that no ``-wal``/``-shm`` file is created beside it, unless a ``-wal`` is
    already there (the window has the file open, or stopped before a checkpoint): then the connection reads it too.

    Raises:
        sqlite3.Error, ValueError: the file is not a readable Tresse database.
    """
    if not database.is_file():
        return None
    wal = database.with_name(database.name + "-wal")
    conn = connect_readonly(database, immutable=not wal.exists())
    try:
        rows = conn.execute("SELECT value FROM meta WHERE key = 'issuing_structure'").fetchall()
    finally:
        conn.close()
    return structure_from_json(rows[0][0]) if rows else None


class ProfileRepository:
    """The issuing structure (settings › profile) and the user's blackout dates."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def structure(self) -> IssuingStructure:
        """The profile (an empty one when none was ever filled in)."""
        return self.saved_structure() or IssuingStructure()

    def saved_structure(self) -> IssuingStructure | None:
        """The profile as stored, None when none was ever saved."""
        rows = self.db.query("SELECT value FROM meta WHERE key = 'issuing_structure'")
        return structure_from_json(rows[0][0]) if rows else None

    @staticmethod
    def write_structure(conn, structure: IssuingStructure | None) -> None:
        """Store the profile (None: remove it, as before it was first filled in)."""
        if structure is None:
            conn.execute("DELETE FROM meta WHERE key = 'issuing_structure'")
            return
        data = asdict(structure)
        data["funder_logo_paths"] = list(structure.funder_logo_paths)
        write_meta(conn, "issuing_structure", dump_json(data))

    def save_structure(self, structure: IssuingStructure) -> None:
        with self.db.transaction() as conn:
            self.write_structure(conn, structure)

    def blackouts(self) -> dict[date, str]:
        return {date.fromisoformat(r["day"]): r["label"] for r in self.db.query("SELECT * FROM blackout ORDER BY day")}

    @staticmethod
    def write_blackouts(conn, days: dict[date, str]) -> None:
        conn.execute("DELETE FROM blackout")
        conn.executemany("INSERT INTO blackout VALUES (?, ?)",
                         [(d.isoformat(), label) for d, label in sorted(days.items())])

    def save_blackouts(self, days: dict[date, str]) -> None:
        with self.db.transaction() as conn:
            self.write_blackouts(conn, days)
