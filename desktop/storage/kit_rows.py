"""The rows of a kit as its tables hold them, and the rows that differ between two values of a kit.

:func:`child_rows` turns a kit into the rows of its child tables (workshops, participants, sessions, attendance,
session runs, evaluations); :func:`child_changes` compares two values of one kit table by table, by primary key, so
that an edit writes only the rows it changed (:meth:`desktop.storage.kits.KitRepository.write_changes`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time

from desktop.domain.call import call_to_dict
from desktop.domain.kit import Kit
from desktop.domain.paperwork import paperwork_to_dict
from desktop.domain.workshop_codec import workshop_content


def dump_json(value) -> str:
    """JSON as the tables hold it (accents kept)."""
    return json.dumps(value, ensure_ascii=False)


def _hhmm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _dt(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


KIT_UPSERT = (
    "INSERT INTO kit (uid, name, territory, departement, audience_json, facilitators_json, venues_json, "
    "funders_mention, partners_mention, notes, capacity, archived, template_id, experiment, created, "
    "modified, paperwork_json, call_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (uid) DO UPDATE SET "
    "name=excluded.name, territory=excluded.territory, departement=excluded.departement, "
    "audience_json=excluded.audience_json, facilitators_json=excluded.facilitators_json, "
    "venues_json=excluded.venues_json, "
    "funders_mention=excluded.funders_mention, partners_mention=excluded.partners_mention, "
    "notes=excluded.notes, capacity=excluded.capacity, archived=excluded.archived, "
    "template_id=excluded.template_id, experiment=excluded.experiment, created=excluded.created, "
    "modified=excluded.modified, paperwork_json=excluded.paperwork_json, call_json=excluded.call_json")


def kit_values(kit: Kit) -> tuple:
    return (kit.uid, kit.name, kit.territory, kit.departement, dump_json(list(kit.audience)),
            dump_json(list(kit.facilitator_uids)), dump_json(list(kit.venue_uids)), kit.funders_mention,
            kit.partners_mention, kit.notes, kit.capacity, int(kit.archived), kit.template_id, kit.experiment,
            _dt(kit.created), _dt(kit.modified), dump_json(paperwork_to_dict(kit.paperwork)),
            dump_json(call_to_dict(kit.call)))


@dataclass(frozen=True)
class _ChildTable:
    """One table of a kit's rows: its columns (the key's first), and whether its rows are read back in the order
    they were inserted (``ORDER BY rowid``) rather than by a position column."""

    name: str
    columns: tuple[str, ...]
    key: int
    by_rowid: bool

    @property
    def insert(self) -> str:
        names = ", ".join(f'"{c}"' for c in self.columns)
        return f"INSERT INTO {self.name} ({names}) VALUES ({','.join('?' * len(self.columns))})"

    @property
    def upsert(self) -> str:
        if not self.key:
            return self.insert
        keys, rest = self.columns[:self.key], self.columns[self.key:]
        return (f"{self.insert} ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
                + ", ".join(f'"{c}"=excluded."{c}"' for c in rest))

    @property
    def delete(self) -> str:
        if not self.key:  # every row of the kit, by its one parameter: the kit's uid
            return f"DELETE FROM {self.name} WHERE session_uid IN (SELECT uid FROM session WHERE kit_uid = ?)"
        return f"DELETE FROM {self.name} WHERE " + " AND ".join(f"{c} = ?" for c in self.columns[:self.key])


#: Parents before children. The evaluations have no key of their own (anonymous ones share a session and an empty
#: participant): they are written all again when any of them changed.
CHILD_TABLES = (
    _ChildTable("kit_workshop", ("uid", "kit_uid", "position", "library_id", "title", "format", "duration_minutes",
                                 "origin", "summary", "source_note", "audience_json", "experiments_json",
                                 "content_json", "slot_minutes"), 1, False),
    _ChildTable("participant", ("uid", "kit_uid", "position", "last_name", "first_name", "organisation", "commune",
                                "email", "phone", "notes"), 1, False),
    _ChildTable("session", ("uid", "kit_uid", "kit_workshop_uid", "day", "start", "end", "venue_uid",
                            "facilitators_json", "status", "lunch_start", "lunch_end", "sequence", "notes"), 1, True),
    _ChildTable("attendance", ("session_uid", "participant_uid", "half_day", "presence", "arrival", "departure"),
                3, True),
    _ChildTable("session_run", ("session_uid", "spent_json", "groups_json"), 1, True),
    _ChildTable("evaluation", ("session_uid", "participant_uid", "scores_json", "comment"), 0, True),
)


def child_rows(kit: Kit) -> dict[str, list[tuple]]:
    """The rows of *kit*'s child tables, in the columns of :data:`CHILD_TABLES`."""
    return {
        "kit_workshop": [
            (kw.uid, kit.uid, pos, kw.workshop.id, kw.workshop.title, kw.workshop.format,
             kw.workshop.duration_minutes, kw.workshop.origin, kw.workshop.summary, kw.workshop.source_note,
             dump_json(list(kw.workshop.audience)), dump_json(list(kw.workshop.experiments)),
             dump_json(workshop_content(kw.workshop)), kw.slot_minutes) for pos, kw in enumerate(kit.workshops)],
        "participant": [
            (p.uid, kit.uid, pos, p.last_name, p.first_name, p.organisation, p.commune, p.email, p.phone, p.notes)
            for pos, p in enumerate(kit.participants)],
        "session": [
            (s.uid, kit.uid, s.kit_workshop_uid, s.day.isoformat(), _hhmm(s.start), _hhmm(s.end),
             s.venue_uid or None, dump_json(list(s.facilitator_uids)), s.status.value, _hhmm(s.lunch_start),
             _hhmm(s.lunch_end), s.sequence, s.notes) for s in kit.sessions],
        "attendance": [
            (a.session_uid, a.participant_uid, a.half_day.value, a.presence.value, _hhmm(a.arrival),
             _hhmm(a.departure)) for a in kit.attendances],
        "session_run": [
            (r.session_uid, dump_json([[x.title, x.planned_minutes, x.spent_seconds] for x in r.spent]),
             dump_json([list(g) for g in r.groups])) for r in kit.session_runs],
        "evaluation": [
            (e.session_uid, e.participant_uid or None, dump_json([list(x) for x in e.scores]), e.comment)
            for e in kit.evaluations],
    }


def child_changes(before: Kit, after: Kit) -> dict[str, tuple[list, list]] | None:
    """Per child table, the keys of the rows to delete and the rows to write (added or changed) to go from
    *before* to *after*; None when a table read back in insertion order would come back in another order."""
    old, new = child_rows(before), child_rows(after)
    plan: dict[str, tuple[list, list]] = {}
    for table in CHILD_TABLES:
        if not table.key:
            same = old[table.name] == new[table.name]
            plan[table.name] = ([], []) if same else ([(after.uid,)], new[table.name])
            continue
        was = {row[:table.key]: row for row in old[table.name]}
        now = {row[:table.key]: row for row in new[table.name]}
        if table.by_rowid:
            kept = [k for k in was if k in now] + [k for k in now if k not in was]
            if kept != list(now):
                return None
        plan[table.name] = ([k for k in was if k not in now], [row for k, row in now.items() if was.get(k) != row])
    return plan
