"""Install the bundled catalogue into SQLite when its sources changed (the reader is ``desktop/sources``).

The catalogue's version is the digest of its source files: when it differs from the one recorded in the database,
the catalogue tables are replaced in one transaction. User data lives in other tables and is never touched; the
user's own workshops are indexed again with the same search text as the bundled ones. The cycle's own
introduction (:class:`~desktop.domain.catalogue.Programme`) is one JSON value of the ``meta`` table.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.domain.catalogue import Catalogue, Programme
from desktop.domain.workshop_codec import workshop_content, workshop_search_text
from desktop.storage.db import Database
from desktop.storage.kits import write_meta


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _fts_rows(catalogue: Catalogue) -> list[tuple[str, str, str, str]]:
    rows = []
    for e in catalogue.experiments:
        body = " ".join([e.territory, e.region, e.departement, e.objective, e.operator.name, e.operator.presentation,
                         e.contact.person, *e.communes, *e.sub_objectives, *e.partners, *e.actions, *e.impacts,
                         *e.operator.missions])
        body = " ".join([body, *e.components, *e.milestones])
        rows.append(("experiment", str(e.number), e.title, body))
    for w in catalogue.workshops:
        rows.append(("workshop", w.id, w.title, workshop_search_text(w)))
    for t in catalogue.templates:
        rows.append(("template", t.id, t.name, t.description))
    return rows


PROGRAMME_KEY = "catalogue_programme"


def _programme_json(p: Programme | None) -> str:
    if p is None:
        return ""
    return _dump({"title": p.title, "introduction": p.introduction, "objective": p.objective,
                  "aims": list(p.aims), "characteristics": list(p.characteristics)})


def installed_programme(db: Database) -> Programme | None:
    """The cycle's introduction as installed, or None (a database from before it was installed)."""
    rows = db.query("SELECT value FROM meta WHERE key = ?", (PROGRAMME_KEY,))
    if not rows or not rows[0][0]:
        return None
    data = json.loads(rows[0][0])
    return Programme(title=data["title"], introduction=data["introduction"], objective=data.get("objective", ""),
                     aims=tuple(data.get("aims", ())), characteristics=tuple(data.get("characteristics", ())))


def installed_digest(db: Database) -> str | None:
    """The digest of the catalogue sources installed (:func:`desktop.sources.catalogue.digest`), or None."""
    current = db.query("SELECT value FROM meta WHERE key = 'catalogue_digest'")
    return current[0][0] if current else None


def install_catalogue(db: Database, catalogue: Catalogue) -> bool:
    """Replace the catalogue tables with *catalogue* unless its digest is already recorded; True if replaced."""
    if installed_digest(db) == catalogue.digest:
        return False
    with db.transaction() as conn:
        write_catalogue(conn, catalogue)
    return True


def write_catalogue(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    """Replace the catalogue tables with *catalogue*, its search index and its recorded digest, inside the
    caller's transaction on *conn* (a new database's creation writes its schema and the catalogue in one)."""
    from desktop.storage.repositories import index_written

    index_written()
    for table in ("experiment", "workshop", "kit_template", "catalogue_fts"):
        conn.execute(f"DELETE FROM {table}")
    conn.executemany(
        "INSERT INTO experiment VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(e.number, e.title, e.territory, e.region, e.departement, e.objective, e.operator.name,
          e.operator.presentation, e.contact.person, e.contact.role, e.contact.email, e.contact.website,
          _dump({"communes": e.communes, "sub_objectives": e.sub_objectives, "partners": e.partners,
                 "actions": e.actions, "calendar": e.calendar, "impacts": e.impacts,
                 "period": e.period, "milestones": e.milestones, "components": e.components,
                 "corrections": e.corrections, "missions": e.operator.missions}))
         for e in catalogue.experiments])
    conn.executemany(
        "INSERT INTO workshop VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(w.id, w.title, w.format, w.duration_minutes, w.origin, w.summary, w.source_note, _dump(w.audience),
          _dump(w.experiments), _dump(workshop_content(w)), pos)
         for pos, w in enumerate(catalogue.workshops)])
    conn.executemany(
        "INSERT INTO kit_template (id, name, experiment, origin, description, spacing_days, usual_start, "
        "capacity, source_note, workshops_json, position, call) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(t.id, t.name, t.experiment, t.origin, t.description, t.spacing_days, t.usual_start, t.capacity,
          t.source_note, _dump(t.workshop_ids), pos, t.call) for pos, t in enumerate(catalogue.templates)])
    conn.executemany("INSERT INTO catalogue_fts (kind, ref, title, body) VALUES (?,?,?,?)", _fts_rows(catalogue))
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'user_workshop'").fetchone():
        # The user's own workshops stay searchable after a catalogue refresh, on the same text as when saved.
        from desktop.storage.repositories import user_workshop_rows

        conn.executemany("INSERT INTO catalogue_fts (kind, ref, title, body) VALUES ('workshop', ?, ?, ?)",
                         [(w.id, w.title, workshop_search_text(w)) for w in user_workshop_rows(conn)])
    write_meta(conn, PROGRAMME_KEY, _programme_json(catalogue.programme))
    write_meta(conn, "catalogue_digest", catalogue.digest)
