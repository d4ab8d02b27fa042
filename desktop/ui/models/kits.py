"""Models of the kit builder: the kit list, a kit's workshops (drag and drop), outline segments, participants,
the materials checklist. They hold values given to them; edits are handed to a callback that goes through the
kit controller (undo stack, saving), which then gives the models their new rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt

from desktop.domain.catalogue import Segment
from desktop.domain.kit import Kit, KitWorkshop, Participant
from desktop.domain.text import sort_key
from desktop.ui import labels
from desktop.ui.models.base import Index, ListTableModel, RecordTableModel
from desktop.ui.models.catalogue import WorkshopModel

#: MIME type of library workshops dragged into a kit (a JSON list of library ids).
LIBRARY_MIME = "application/x-tresse-library-workshops"
#: MIME type of a kit's own workshops dragged to a new place (a JSON list of kit workshop uids).
KIT_WORKSHOP_MIME = "application/x-tresse-kit-workshops"


class LibraryModel(WorkshopModel):
    """The workshop library, draggable into a kit."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [LIBRARY_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(self.row_at(i.row()).id for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(LIBRARY_MIME, json.dumps(ids).encode())
        return data


class KitListModel(ListTableModel[Kit]):
    """Kits: name, territory, workshops, participants, sessions."""

    FIXED_HEADERS = True  # a structure's years of kits: the view asks for the headers at every row

    NAME, TERRITORY, WORKSHOPS, PARTICIPANTS, SESSIONS = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts: dict[str, tuple[int, int, int]] = {}

    def headers(self):
        return (QCoreApplication.translate("KitModels", "Kit"), QCoreApplication.translate("KitModels", "Territoire"),
                QCoreApplication.translate("KitModels", "Ateliers"),
                QCoreApplication.translate("KitModels", "Participants"),
                QCoreApplication.translate("KitModels", "Séances"))

    def display(self, obj: Kit, column: int) -> str:
        if column == self.NAME:
            return obj.name
        if column == self.TERRITORY:
            return obj.territory
        return str(self.counts.get(obj.uid, (0, 0, 0))[column - 2])

    def tooltip(self, obj: Kit, column: int) -> str | None:
        return obj.name if column == self.NAME else None  # whole where the column elides it

    def sort_value(self, obj: Kit, column: int) -> Any:
        if column >= self.WORKSHOPS:
            return self.counts.get(obj.uid, (0, 0, 0))[column - 2]
        return sort_key(self.display(obj, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).archived:
            return Qt.GlobalColor.gray
        return super().data(index, role)


class KitWorkshopModel(ListTableModel[KitWorkshop]):
    """A kit's workshops, in order; accepts library workshops and reorders by drag and drop.

    Args:
        on_drop: called as ``on_drop(kind, ids, row)`` with kind ``"library"`` (library ids to insert) or
            ``"move"`` (kit workshop uids to move) and the row to insert before.
    """

    NUMBER, TITLE, FORMAT, DURATION, OUTLINE = range(5)

    def __init__(self, on_drop: Callable[[str, list[str], int], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.on_drop = on_drop

    def headers(self):
        return ("#", QCoreApplication.translate("KitModels", "Atelier"), QCoreApplication.translate("KitModels", "Format"),
                QCoreApplication.translate("KitModels", "Durée"), QCoreApplication.translate("KitModels", "Déroulé"))

    def display(self, obj: KitWorkshop, column: int) -> str:
        w = obj.workshop
        if column == self.NUMBER:
            return str(self._rows.index(obj) + 1)
        if column == self.TITLE:
            return w.title
        if column == self.FORMAT:
            return labels.format_label(w.format)
        if column == self.DURATION:
            return labels.duration_label(w.duration_minutes)
        gap = w.duration_minutes - w.outline_minutes
        if gap == 0:
            return QCoreApplication.translate("KitModels", "complet")
        return (QCoreApplication.translate("KitModels", "%1 min à répartir") if gap > 0 else
                QCoreApplication.translate("KitModels", "%1 min de trop")).replace("%1", str(abs(gap)))

    def tooltip(self, obj: KitWorkshop, column: int) -> str | None:
        return obj.workshop.title if column == self.TITLE else None  # whole where the column elides it

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.OUTLINE
                and self.row_at(index.row()).workshop.outline_minutes != self.row_at(index.row()).workshop.duration_minutes):
            return Qt.GlobalColor.darkRed
        return super().data(index, role)

    def sort_value(self, obj: KitWorkshop, column: int) -> Any:
        return self._rows.index(obj)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [KIT_WORKSHOP_MIME, LIBRARY_MIME]

    def mimeData(self, indexes) -> QMimeData:
        uids = list(dict.fromkeys(self.row_at(i.row()).uid for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(KIT_WORKSHOP_MIME, json.dumps(uids).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(KIT_WORKSHOP_MIME) or data.hasFormat(LIBRARY_MIME)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        for mime, kind in ((KIT_WORKSHOP_MIME, "move"), (LIBRARY_MIME, "library")):
            if data.hasFormat(mime):
                try:
                    ids = [str(x) for x in json.loads(bytes(data.data(mime)).decode())]
                except (ValueError, TypeError):
                    return False
                if self.on_drop is not None and ids:
                    self.on_drop(kind, ids, row)
                # Rows are not removed by the view afterwards: removeRows is not implemented (returns False),
                # the controller gives the model its new rows.
                return True
        return False


class SegmentModel(ListTableModel[Segment]):
    """The timed outline of one workshop, editable in place.

    Args:
        on_edit: called as ``on_edit(row, segment)`` with the edited segment.
    """

    KIND, TITLE, MINUTES, DESCRIPTION = range(4)

    def __init__(self, on_edit: Callable[[int, Segment], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit

    def headers(self):
        return (QCoreApplication.translate("KitModels", "Type"), QCoreApplication.translate("KitModels", "Séquence"),
                QCoreApplication.translate("KitModels", "Minutes"),
                QCoreApplication.translate("KitModels", "Description"))

    def display(self, obj: Segment, column: int) -> str:
        return (labels.segment_kind_label(obj.kind), obj.title, str(obj.minutes), obj.description)[column]

    def sort_value(self, obj: Segment, column: int) -> Any:
        return self._rows.index(obj)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            s = self.row_at(index.row())
            return (s.kind, s.title, s.minutes, s.description)[index.column()]
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        from dataclasses import replace

        s = self.row_at(index.row())
        col = index.column()
        try:
            if col == self.MINUTES:
                minutes = int(value)
                if not 0 < minutes <= 420:
                    return False
                new = replace(s, minutes=minutes)
            elif col == self.TITLE:
                text = " ".join(str(value).split())
                if not text:
                    return False
                new = replace(s, title=text)
            elif col == self.KIND:
                new = replace(s, kind=str(value))
            else:
                new = replace(s, description=str(value).strip())
        except (TypeError, ValueError):
            return False
        if new != s and self.on_edit is not None:
            self.on_edit(index.row(), new)
        return True


PARTICIPANT_FIELDS = ("first_name", "last_name", "organisation", "commune", "email", "phone", "notes")


class ParticipantModel(RecordTableModel[Participant]):
    """A kit's roster, editable in place; a participant keeps a last name."""

    FIRST, LAST, ORGANISATION, COMMUNE, EMAIL, PHONE, NOTES = range(7)
    FIELDS = PARTICIPANT_FIELDS
    REQUIRED = ("last_name",)
    MULTILINE = ("notes",)

    def headers(self):
        return (QCoreApplication.translate("KitModels", "Prénom"), QCoreApplication.translate("KitModels", "Nom"), QCoreApplication.translate("KitModels", "Projet ou structure"),
                QCoreApplication.translate("KitModels", "Commune"), QCoreApplication.translate("KitModels", "Courriel"), QCoreApplication.translate("KitModels", "Téléphone"),
                QCoreApplication.translate("KitModels", "Notes"))


class MaterialsModel(ListTableModel[tuple[str, int]]):
    """The kit's materials checklist: item and number of workshops needing it."""

    def headers(self):
        return (QCoreApplication.translate("KitModels", "Matériel"),
                QCoreApplication.translate("KitModels", "Ateliers concernés"))

    def display(self, obj: tuple[str, int], column: int) -> str:
        return obj[0] if column == 0 else str(obj[1])

    def sort_value(self, obj: tuple[str, int], column: int) -> Any:
        return sort_key(obj[0]) if column == 0 else obj[1]
