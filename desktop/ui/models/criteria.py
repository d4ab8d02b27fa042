"""The selection criteria of a kit's call, as an editable table: label, points, what the committee looks at."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.call import POINTS_RANGE, Criterion
from desktop.domain.text import sort_key
from desktop.ui.models.base import Index, ListTableModel


class CriteriaModel(ListTableModel[tuple[int, Criterion]]):
    """Rows are ``(position, criterion)``: criteria have no identity of their own, their place is the key.

    An edit is not applied here: ``on_edit(position, criterion)`` goes through the workspace, which gives the model
    its new rows. A label is never emptied; points are a whole number within :data:`POINTS_RANGE`.
    """

    LABEL, POINTS, DESCRIPTION = range(3)

    def __init__(self, on_edit: Callable[[int, Criterion], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit

    def set_criteria(self, criteria: tuple[Criterion, ...]) -> None:
        """Show *criteria*, in place when their number is unchanged (an open editor stays open)."""
        self.update_rows(list(enumerate(criteria)), key=lambda row: row[0])

    def headers(self):
        return (QCoreApplication.translate("CriteriaModel", "Critère"),
                QCoreApplication.translate("CriteriaModel", "Points"),
                QCoreApplication.translate("CriteriaModel", "Ce que le comité regarde"))

    def display(self, obj: tuple[int, Criterion], column: int) -> str:
        criterion = obj[1]
        return (criterion.label, str(criterion.points), criterion.description)[column]

    def sort_value(self, obj: tuple[int, Criterion], column: int) -> Any:
        return obj[1].points if column == self.POINTS else sort_key(self.display(obj, column))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            criterion = self.row_at(index.row())[1]
            return criterion.points if index.column() == self.POINTS else self.display(self.row_at(index.row()),
                                                                                        index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() == self.POINTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        position, criterion = self.row_at(index.row())
        if index.column() == self.POINTS:
            try:
                points = int(str(value).strip())
            except ValueError:
                return False
            if not POINTS_RANGE[0] <= points <= POINTS_RANGE[1]:
                return False
            new = Criterion(criterion.label, points, criterion.description)
        else:
            text = " ".join(str(value).split())
            if index.column() == self.LABEL:
                if not text:
                    return False
                new = Criterion(text, criterion.points, criterion.description)
            else:
                new = Criterion(criterion.label, criterion.points, text)
        if new != criterion and self.on_edit is not None:
            self.on_edit(position, new)
        return True
