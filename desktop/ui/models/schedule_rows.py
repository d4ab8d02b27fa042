"""Models of scheduling data in the kit editor: the kit's sessions, venues, facilitators, blackout dates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ui import dates
from desktop.domain.kit import Facilitator, Session, Venue
from desktop.ui.labels import status_label
from desktop.domain.paperwork import VENUE_FACTS
from desktop.domain.text import sort_key
from desktop.ui.models.base import Index, ListTableModel, RecordTableModel


@dataclass(frozen=True)
class SessionRow:
    """A session with what the table shows about it."""

    session: Session
    workshop_title: str
    venue_name: str
    facilitator_names: str
    conflicts: tuple[str, ...] = ()
    has_error: bool = False


class SessionModel(ListTableModel[SessionRow]):
    """A kit's sessions: date, times, workshop, venue, facilitators, status, conflicts."""

    DATE, TIMES, WORKSHOP, VENUE, FACILITATORS, STATUS, CONFLICTS = range(7)

    def headers(self):
        return (QCoreApplication.translate("ScheduleModels", "Date"), QCoreApplication.translate("ScheduleModels", "Horaires"), QCoreApplication.translate("ScheduleModels", "Atelier"),
                QCoreApplication.translate("ScheduleModels", "Lieu"), QCoreApplication.translate("ScheduleModels", "Intervenants"), QCoreApplication.translate("ScheduleModels", "Statut"),
                QCoreApplication.translate("ScheduleModels", "Alertes"))

    def display(self, obj: SessionRow, column: int) -> str:
        s = obj.session
        if column == self.DATE:
            return dates.long_date(s.day)
        if column == self.TIMES:
            return f"{dates.clock(s.start)} – {dates.clock(s.end)}"
        if column == self.WORKSHOP:
            return obj.workshop_title
        if column == self.VENUE:
            return obj.venue_name
        if column == self.FACILITATORS:
            return obj.facilitator_names
        if column == self.STATUS:
            return status_label(s.status)
        return str(len(obj.conflicts)) if obj.conflicts else ""

    def sort_value(self, obj: SessionRow, column: int) -> Any:
        s = obj.session
        if column in (self.DATE, self.TIMES):
            return s.starts_at.isoformat()
        if column == self.CONFLICTS:
            return len(obj.conflicts)
        return sort_key(self.display(obj, column))

    def tooltip(self, obj: SessionRow, column: int) -> str | None:
        return "\n".join(obj.conflicts) if obj.conflicts else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if index.column() == self.CONFLICTS and row.conflicts:
                return Qt.GlobalColor.darkRed if row.has_error else Qt.GlobalColor.darkYellow
            if not row.session.is_active:
                return Qt.GlobalColor.gray
        return super().data(index, role)


VENUE_TEXT = ("name", "address", "commune", "capacity", "equipment", "access_notes")
VENUE_FLAGS = VENUE_FACTS
# A venue fact as a check box: yes checked, no unchecked, « à préciser » partly checked.
_CHECK_STATES = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked, None: Qt.CheckState.PartiallyChecked}


class VenueModel(ListTableModel[Venue]):
    """Venues, editable in place: texts, capacity, and four three-state columns (check boxes: yes, no, and
    partly checked for « à préciser », a fact never described)."""

    NAME, ADDRESS, COMMUNE, CAPACITY, EQUIPMENT, ACCESS, STEP_FREE, PARKING, MOBILE, WIFI = range(10)
    _FIELDS = VENUE_TEXT + VENUE_FLAGS

    def __init__(self, on_edit=None, parent=None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit

    def headers(self):
        return (QCoreApplication.translate("ScheduleModels", "Nom"), QCoreApplication.translate("ScheduleModels", "Adresse"), QCoreApplication.translate("ScheduleModels", "Commune"),
                QCoreApplication.translate("ScheduleModels", "Capacité"), QCoreApplication.translate("ScheduleModels", "Équipement"), QCoreApplication.translate("ScheduleModels", "Accès"),
                QCoreApplication.translate("ScheduleModels", "Plain-pied"), QCoreApplication.translate("ScheduleModels", "Parking"), QCoreApplication.translate("ScheduleModels", "Réseau mobile"),
                QCoreApplication.translate("ScheduleModels", "Wi-Fi"))

    def display(self, obj: Venue, column: int) -> str:
        if column >= self.STEP_FREE:
            return ""
        value = getattr(obj, self._FIELDS[column])
        return (str(value) if value else "") if column == self.CAPACITY else value

    def sort_value(self, obj: Venue, column: int) -> Any:
        value = getattr(obj, self._FIELDS[column])
        if column >= self.STEP_FREE:
            return -1 if value is None else int(value)
        return value if isinstance(value, int) else sort_key(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() >= self.STEP_FREE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsUserTristate
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        obj = self.row_at(index.row())
        if index.column() >= self.STEP_FREE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return _CHECK_STATES[getattr(obj, self._FIELDS[index.column()])]
            if role == Qt.ItemDataRole.ToolTipRole:
                value = getattr(obj, self._FIELDS[index.column()])
                return (QCoreApplication.translate("ScheduleModels", "À préciser") if value is None
                        else QCoreApplication.translate("ScheduleModels", "Oui") if value
                        else QCoreApplication.translate("ScheduleModels", "Non"))
            if role == Qt.ItemDataRole.DisplayRole:
                return None
        if role == Qt.ItemDataRole.EditRole:
            return getattr(obj, self._FIELDS[index.column()])
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        obj = self.row_at(index.row())
        field = self._FIELDS[index.column()]
        if index.column() >= self.STEP_FREE:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            state = Qt.CheckState(value)
            new = replace(obj, **{field: None if state == Qt.CheckState.PartiallyChecked
                                  else state == Qt.CheckState.Checked})
        elif role == Qt.ItemDataRole.EditRole:
            if index.column() == self.CAPACITY:
                try:
                    number = int(value)
                except (TypeError, ValueError):
                    return False
                if not 0 <= number <= 10_000:
                    return False
                new = replace(obj, capacity=number)
            else:
                text = " ".join(str(value).split()) if field != "access_notes" else str(value).strip()
                if field == "name" and not text:
                    return False
                new = replace(obj, **{field: text[:500]})
        else:
            return False
        if new != obj and self.on_edit is not None:
            self.on_edit(new)
        return True


class FacilitatorModel(RecordTableModel[Facilitator]):
    """Facilitators, editable in place; a facilitator keeps a name."""

    FIELDS = ("name", "organisation", "email", "phone")
    REQUIRED = ("name",)

    def headers(self):
        return (QCoreApplication.translate("ScheduleModels", "Nom"), QCoreApplication.translate("ScheduleModels", "Structure"), QCoreApplication.translate("ScheduleModels", "Courriel"),
                QCoreApplication.translate("ScheduleModels", "Téléphone"))


class BlackoutModel(ListTableModel[tuple[date, str]]):
    """The user's blackout dates (days to avoid), with a label."""

    def headers(self):
        return (QCoreApplication.translate("ScheduleModels", "Date"),
                QCoreApplication.translate("ScheduleModels", "Motif"))

    def display(self, obj: tuple[date, str], column: int) -> str:
        return dates.long_date(obj[0]) if column == 0 else obj[1]

    def sort_value(self, obj: tuple[date, str], column: int) -> Any:
        return obj[0].isoformat() if column == 0 else sort_key(obj[1])
