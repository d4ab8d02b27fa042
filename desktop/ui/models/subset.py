"""A sorted, filtered view of a :class:`~desktop.ui.models.base.ListTableModel` for long lists (the library).

A ``QSortFilterProxyModel`` asks Python for every row it filters and for both values of every comparison it
sorts: at 10,000 workshops a keystroke in the search box cost tens of milliseconds of such calls, and emptying the
box more than a second. This proxy works on plain lists instead. A column's sort keys are computed once (until the
source's rows change); the rows shown are given as a set of keys (what the search query and the filters' indexes
returned), so a new search costs one pass over a list. The view learns of a change as a few runs of rows removed
and inserted or, when the runs are many, as one layout change — never a reset, so the current row and the
selection stay where they are still shown.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from itertools import compress, count
from operator import not_
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.ui.models.base import OBJECT_ROLE, Index, ListTableModel

#: Above this many runs of rows removed or inserted, one layout change tells the view instead.
MAX_RUNS = 48


class SubsetProxy(QAbstractTableModel):
    """The rows of a :class:`ListTableModel` whose key is in :meth:`set_shown`'s set, sorted by :meth:`sort`.

    Args:
        key: the key of a row's object (``Workshop.id``…), the values :meth:`set_shown` receives.
    """

    def __init__(self, key: Callable[[Any], Hashable], parent=None) -> None:
        super().__init__(parent)
        self._key = key
        self._source: ListTableModel | None = None
        self._objects: list[Any] = []
        self._keys: list[Hashable] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._column, self._order_flag = -1, Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every source row, sorted
        self._order_keys: list[Hashable] = []  # the keys of the rows of _order, in its order
        self._shown: frozenset | None = None  # keys shown; None: every row
        self._rows: list[int] = []  # the source rows shown, in order

    # -- source ------------------------------------------------------------------------------------------------
    def setSourceModel(self, model: ListTableModel) -> None:
        self._source = model
        model.modelReset.connect(self._reload)
        model.layoutChanged.connect(self._reload)
        model.rowsInserted.connect(self._reload)
        model.rowsRemoved.connect(self._reload)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._reload()

    def sourceModel(self) -> ListTableModel | None:
        return self._source

    def _read_source(self) -> None:
        self._objects = self._source.rows() if self._source is not None else []
        self._keys = [self._key(o) for o in self._objects]
        self._sort_keys = {}
        self._set_order(self._sorted())

    def _reload(self, *args) -> None:
        self.beginResetModel()
        self._read_source()
        self._rows = self._filtered()
        self.endResetModel()

    def _source_data_changed(self, *args) -> None:
        """The same rows with new values: sort and filter again, as a layout change."""
        self._read_source()
        self._relayout(self._filtered())

    # -- sorting and filtering ---------------------------------------------------------------------------------
    def _sorted(self) -> list[int]:
        rows = range(len(self._objects))
        if self._column < 0 or self._source is None:
            return list(rows)
        keys = self._sort_keys.get(self._column)
        if keys is None:
            value = self._source.sort_value
            keys = self._sort_keys[self._column] = [value(o, self._column) for o in self._objects]
        return sorted(rows, key=keys.__getitem__, reverse=self._order_flag == Qt.SortOrder.DescendingOrder)

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        self._order_keys = list(map(self._keys.__getitem__, order))

    def _filtered(self) -> list[int]:
        """The rows of :attr:`_order` that are shown: passes in C, no Python loop per row."""
        if self._shown is None:
            return list(self._order)
        return list(compress(self._order, map(self._shown.__contains__, self._order_keys)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._column, self._order_flag):
            return
        self._column, self._order_flag = column, order
        self._set_order(self._sorted())
        self._relayout(self._filtered())

    def set_shown(self, keys) -> None:
        """Show the rows whose key is in *keys* (None: every row), in the current order."""
        shown = None if keys is None else frozenset(keys)
        if shown == self._shown:
            return
        self._shown = shown
        rows = self._filtered()
        if not self._apply_runs(rows):
            self._relayout(rows)

    def _apply_runs(self, rows: list[int]) -> bool:
        """Go from the rows shown to *rows* (the same order, another subset) by removing and inserting runs of
        rows; False, and nothing done, when that would take more than :data:`MAX_RUNS` runs."""
        before, after = set(self._rows), set(rows)
        # Positions in the rows before (removed) and after (inserted), picked in C: the Python work is per run.
        removed = _runs(list(compress(count(), map(not_, map(after.__contains__, self._rows)))))
        inserted = _runs(list(compress(count(), map(not_, map(before.__contains__, rows)))))
        if removed is None or inserted is None or len(removed) + len(inserted) > MAX_RUNS:
            return False
        for first, last in reversed(removed):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        for first, last in inserted:
            self.beginInsertRows(QModelIndex(), first, last)
            self._rows[first:first] = rows[first:last + 1]
            self.endInsertRows()
        return True

    def _relayout(self, rows: list[int]) -> None:
        """Show *rows* as one layout change: persistent indexes (current row, selection) follow their rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()], i.column()) for i in persistent]
        self._rows = rows
        if persistent:
            position = dict(zip(rows, count()))
            moved = [self.index(position[r], c) if r in position else QModelIndex() for r, c in held]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- reading -----------------------------------------------------------------------------------------------
    def object_at(self, row: int) -> Any:
        """The object shown on *row* (None outside the rows)."""
        return self._objects[self._rows[row]] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The row showing the object of *key*, or -1."""
        return next((n for n, r in enumerate(self._rows) if self._keys[r] == key), -1)

    # -- Qt overrides ------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        obj = self._objects[self._rows[index.row()]]
        return obj if role == OBJECT_ROLE else self._source.object_data(obj, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._source.headerData(section, orientation, role)

    # -- what the source lets do with its rows (drag the library's workshops into a kit) -----------------------
    def mapToSource(self, index: Index) -> QModelIndex:
        if self._source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[index.row()], index.column())

    def flags(self, index: Index) -> Qt.ItemFlag:
        source = self.mapToSource(index)
        return self._source.flags(source) if source.isValid() else super().flags(index)

    def mimeTypes(self) -> list[str]:
        return self._source.mimeTypes() if self._source is not None else []

    def mimeData(self, indexes):
        return self._source.mimeData([self.mapToSource(i) for i in indexes]) if self._source is not None else None

    def supportedDragActions(self) -> Qt.DropAction:
        return self._source.supportedDragActions() if self._source is not None else Qt.DropAction.IgnoreAction


def _runs(positions: list[int]) -> list[tuple[int, int]] | None:
    """Increasing *positions* as (first, last) runs of consecutive ones; None beyond :data:`MAX_RUNS` runs."""
    runs: list[tuple[int, int]] = []
    first = last = None
    for n in positions:
        if last is not None and n == last + 1:
            last = n
            continue
        if last is not None:
            runs.append((first, last))
            if len(runs) > MAX_RUNS:
                return None
        first = last = n
    if last is not None:
        runs.append((first, last))
    return runs
