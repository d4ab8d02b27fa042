"""Models of the calendar page: the sessions of all kits as entries, the agenda table and the conflicts table.

A :class:`SessionEntry` is one session with everything the calendar, the agenda and the tooltips show (kit,
workshop title, venue, facilitators, conflicts), built from the in-memory :class:`~desktop.ui.schedule.Schedule`
by :func:`session_entries`. :class:`SessionFilter` is the facilitator / venue / kit filter shared by the three
views. The table models hold the values given to them, like every other model of the application.
"""

from __future__ import annotations

import bisect
import zlib
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.ui.dates import clock, long_date
from desktop.domain.kit import Kit, Session, SessionStatus
from desktop.domain.text import sort_key
from desktop.scheduling.conflicts import ERROR, WARNING, Conflict
from desktop.ui.models.base import Index, ListTableModel
from desktop.ui.schedule import Schedule
from desktop.ui.wording import InterfaceFormats, words
from desktop.ui.labels import status_label

#: MIME type of a session dragged across the calendar (its uid, UTF-8).
SESSION_MIME = "application/x-tresse-session"

#: Kit colours: (strong, light) pairs, without red or orange (kept for conflicts), each dark enough for white
#: text on the strong colour and black text on the light one.
KIT_PALETTE = (
    ("#2b6cb0", "#dce9f8"),  # blue
    ("#38812f", "#dcefd8"),  # green
    ("#7b3fbf", "#ebdff8"),  # purple
    ("#b83280", "#f8dbeb"),  # magenta
    ("#76760f", "#f0f0cc"),  # olive
    ("#8b5a2b", "#f1e4d6"),  # brown
    ("#1f7a8c", "#d4ecf1"),  # teal
    ("#3f3d9e", "#e2e1f8"),  # indigo
)

ERROR_COLOR = "#c62828"
WARNING_COLOR = "#e07b00"


def kit_colors(kit_uid: str) -> tuple[QColor, QColor]:
    """The (strong, light) colours of a kit: always the same for one uid, on every machine."""
    strong, light = KIT_PALETTE[zlib.crc32(kit_uid.encode("utf-8")) % len(KIT_PALETTE)]
    return QColor(strong), QColor(light)


def minutes(t: time) -> int:
    """Minutes since midnight."""
    return t.hour * 60 + t.minute


def hours_text(start: time, end: time) -> str:
    """« 9 h 30 – 12 h 30 »."""
    return f"{clock(start)} – {clock(end)}"


def severity_label(severity: str) -> str:
    """« Erreur » or « Attention »."""
    if severity == ERROR:
        return QCoreApplication.translate("Schedule", "Erreur")
    return QCoreApplication.translate("Schedule", "Attention")


@dataclass(frozen=True)
class SessionEntry:
    """One session as the calendar shows it.

    Attributes:
        kit: the session's kit.
        session: the session.
        title: its workshop's title.
        venue: the venue's name (and commune), or "".
        facilitator_uids: who runs it (the kit's facilitators when the session names none).
        facilitators: their names.
        conflicts: the conflicts it is part of.
    """

    kit: Kit
    session: Session
    title: str
    venue: str
    facilitator_uids: tuple[str, ...]
    facilitators: tuple[str, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def uid(self) -> str:
        return self.session.uid

    @property
    def day(self) -> date:
        return self.session.day

    @property
    def cancelled(self) -> bool:
        return self.session.status is SessionStatus.CANCELLED

    @property
    def severity(self) -> str | None:
        """``"error"`` if one of its conflicts is an error, ``"warning"`` if it has only warnings, else None."""
        kinds = {c.severity for c in self.conflicts}
        return ERROR if ERROR in kinds else WARNING if kinds else None


def session_entries(schedule: Schedule, start: date | None = None, end: date | None = None) -> list[SessionEntry]:
    """The sessions of every kit whose day is within [start, end], by date and time."""
    return [session_entry(schedule, kit, session) for kit, session in schedule.sessions(start, end)]


def session_entries_of(schedule: Schedule, uids) -> list[SessionEntry]:
    """The entries of these sessions (those that exist), by date and time."""
    return [session_entry(schedule, kit, session) for kit, session in schedule.sessions_of(uids)]


def entry_order(entry: SessionEntry) -> tuple:
    """The order of :func:`session_entries` (date, time, kit name, uid)."""
    return entry.session.day, entry.session.start, entry.kit.name, entry.session.uid


def session_entry(schedule: Schedule, kit: Kit, session: Session) -> SessionEntry:
    """One session as the calendar shows it."""
    kw = kit.kit_workshop(session.kit_workshop_uid)
    venue = schedule.venue(session.venue_uid) if session.venue_uid else None
    uids = tuple(dict.fromkeys(u for u in (session.facilitator_uids or kit.facilitator_uids) if u))
    names = []
    for uid in uids:
        person = schedule.facilitator(uid)
        if person is not None and person.name:
            names.append(person.name)
    return SessionEntry(
        kit=kit, session=session, title=kw.workshop.title if kw else "",
        venue=(f"{venue.name}, {venue.commune}" if venue.commune else venue.name) if venue else "",
        facilitator_uids=uids, facilitators=tuple(names),
        conflicts=tuple(schedule.conflicts_for(session.uid)))


def merge_entries(entries: list[SessionEntry], uids, fresh: list[SessionEntry],
                  old: list[SessionEntry] | None = None) -> list[SessionEntry]:
    """*entries* (in :func:`entry_order`) with those of *uids* replaced by *fresh* (their new entries, or none).

    *old*: the entries of *uids* in *entries*, when the caller knows them: each is then found by bisection
    instead of every entry being looked at."""
    if old is None:
        kept = [e for e in entries if e.session.uid not in uids]
    else:
        kept = list(entries)
        for e in old:
            at = bisect.bisect_left(kept, entry_order(e), key=entry_order)
            if at < len(kept) and kept[at] is e:
                del kept[at]
            else:  # not where its order says: look everywhere
                kept = [x for x in kept if x is not e]
    for e in fresh:
        bisect.insort(kept, e, key=entry_order)
    return kept


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions to show: one facilitator, one venue, one kit ("" for all)."""

    facilitator_uid: str = ""
    venue_uid: str = ""
    kit_uid: str = ""

    def accepts(self, entry: SessionEntry) -> bool:
        return ((not self.facilitator_uid or self.facilitator_uid in entry.facilitator_uids)
                and (not self.venue_uid or entry.session.venue_uid == self.venue_uid)
                and (not self.kit_uid or entry.kit.uid == self.kit_uid))

    @property
    def active(self) -> bool:
        return bool(self.facilitator_uid or self.venue_uid or self.kit_uid)


class AgendaModel(ListTableModel[SessionEntry]):
    """Sessions as a list: date, times, kit, workshop, venue, facilitators, status, number of conflicts."""

    DATE, TIME, KIT, WORKSHOP, VENUE, FACILITATORS, STATUS, CONFLICTS = range(8)
    FIXED_HEADERS = True

    def headers(self):
        return (QCoreApplication.translate("Schedule", "Date"), QCoreApplication.translate("Schedule", "Horaires"),
                QCoreApplication.translate("Schedule", "Kit"), QCoreApplication.translate("Schedule", "Atelier"),
                QCoreApplication.translate("Schedule", "Lieu"),
                QCoreApplication.translate("Schedule", "Intervenants"),
                QCoreApplication.translate("Schedule", "Statut"), QCoreApplication.translate("Schedule", "Conflits"))

    def display(self, obj: SessionEntry, column: int) -> str:
        s = obj.session
        if column == self.DATE:
            return long_date(s.day)
        if column == self.TIME:
            return hours_text(s.start, s.end)
        if column == self.KIT:
            return obj.kit.name
        if column == self.WORKSHOP:
            return obj.title
        if column == self.VENUE:
            return obj.venue
        if column == self.FACILITATORS:
            return ", ".join(obj.facilitators)
        if column == self.STATUS:
            return status_label(s.status)
        return str(len(obj.conflicts)) if obj.conflicts else ""

    def sort_value(self, obj: SessionEntry, column: int) -> Any:
        s = obj.session
        if column == self.DATE:
            return s.day.toordinal() * 1440 + minutes(s.start)
        if column == self.TIME:
            return minutes(s.start) * 1440 + minutes(s.end)
        if column == self.STATUS:
            return list(SessionStatus).index(s.status)
        if column == self.CONFLICTS:
            return len(obj.conflicts)
        return sort_key(self.display(obj, column))

    def tooltip(self, obj: SessionEntry, column: int) -> str | None:
        if column == self.CONFLICTS and obj.conflicts:
            return "\n".join(words(c.reason) for c in obj.conflicts)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        obj = self.row_at(index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.KIT:
            return kit_colors(obj.kit.uid)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if obj.cancelled:
                return QColor(Qt.GlobalColor.gray)
            if index.column() == self.CONFLICTS and obj.severity:
                return QColor(ERROR_COLOR if obj.severity == ERROR else WARNING_COLOR)
        return super().data(index, role)


class ConflictModel(ListTableModel[Conflict]):
    """Conflicts: severity (« Erreur », « Attention »), date, message."""

    SEVERITY, DATE, MESSAGE = range(3)
    FIXED_HEADERS = True

    def headers(self):
        return (QCoreApplication.translate("Schedule", "Gravité"), QCoreApplication.translate("Schedule", "Date"),
                QCoreApplication.translate("Schedule", "Problème"))

    def display(self, obj: Conflict, column: int) -> str:
        if column == self.SEVERITY:
            return severity_label(obj.severity)
        if column == self.DATE:
            return InterfaceFormats().date(obj.day) if obj.day else ""
        return words(obj.reason)

    def sort_value(self, obj: Conflict, column: int) -> Any:
        day = obj.day.toordinal() if obj.day else 0
        if column == self.SEVERITY:
            return (0 if obj.severity == ERROR else 1) * 10_000_000 + day
        if column == self.DATE:
            return day
        return sort_key(words(obj.reason))

    def tooltip(self, obj: Conflict, column: int) -> str | None:
        return words(obj.reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.SEVERITY
                and 0 <= index.row() < self.rowCount()):
            return QColor(ERROR_COLOR if self.row_at(index.row()).severity == ERROR else WARNING_COLOR)
        return super().data(index, role)
