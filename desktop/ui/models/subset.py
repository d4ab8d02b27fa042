"""A sorted, filtered view of a :class:`~desktop.ui.models.base.ListTableModel` for long lists (the library).

A ``QSortFilterProxyModel`` asks Python for every row it filters and for both values of every comparison it
sorts: at 10,000 workshops a keystroke in the search box cost tens of milliseconds of such calls, and emptying the
box more than a second. This proxy works on plain lists instead. A column's sort keys are computed once (until the
source's rows change); the rows shown are given as a set of keys (what the search query and the filters' indexes
returned), so a new search costs one pass over a list. The view learns of a change as a few runs of rows removed
and inserted or, when the runs are many, as one layout change — never a reset, so the current row and the
selection stay where they are still shown.

The cells' texts are read from the source once per row and column (:meth:`SubsetModel.display_text`, what a
table's cell delegate paints), and :class:`SubsetModel` answers Qt's default flags without asking Python (a view
asks for two flags per cell it paints, each a call into Python, through the source's). :class:`SubsetProxy`
passes the source's flags and drags on, for the kit editor's library, whose workshops are dragged into a kit.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable
from functools import partial
from itertools import compress, count, repeat
from operator import is_not, not_, sub
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.ui.models.base import OBJECT_ROLE, Index, ListTableModel

#: Above this many runs of rows removed or inserted, one layout change tells the view instead.
MAX_RUNS = 48
#: At most one row in this many shown: the rows are found from their keys' places, not by testing every key.
FEW_SHOWN = 4
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_NOT_NONE = partial(is_not, None)


class SubsetModel(QAbstractTableModel):
    """The rows of a :class:`ListTableModel` whose key is in :meth:`set_shown`'s set, sorted by :meth:`sort`.

    Args:
        key: the key of a row's object (``Workshop.id``…), the values :meth:`set_shown` receives.
    """

    def __init__(self, key: Callable[[Any], Hashable], parent=None) -> None:
        super().__init__(parent)
        self._key = key
        self._source: ListTableModel | None = None
        self._roles: frozenset[int] = frozenset()  # those the source answers
        self._objects: list[Any] = []
        self._keys: list[Hashable] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._column, self._order_flag = -1, Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every source row, sorted
        self._order_keys: list[Hashable] = []  # the keys of the rows of _order, in its order
        self._shown: frozenset | None = None  # keys shown; None: every row
        self._rows: list[int] = []  # the source rows shown, in order
        self._mask: list[bool] | None = None  # for each row of _order, whether it is shown; None: every row
        self._places: dict[Hashable, int] | bool | None = None  # each key's place in _order; False: keys repeat
        self._texts: dict[tuple[int, int], str] = {}  # (source row, column): the cell's text, read once
        self._columns = 0

    # -- source ------------------------------------------------------------------------------------------------
    def setSourceModel(self, model: ListTableModel) -> None:
        self._source = model
        self._roles = model.ROLES
        model.modelReset.connect(self._reload)
        model.layoutChanged.connect(self._reload)
        model.rowsInserted.connect(self._reload)
        model.rowsRemoved.connect(self._reload)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self._source_headers_changed)
        self._reload()

    def sourceModel(self) -> ListTableModel | None:
        return self._source

    def _read_source(self) -> None:
        self._objects = self._source.rows() if self._source is not None else []
        self._keys = [self._key(o) for o in self._objects]
        self._sort_keys = {}
        self._texts = {}
        self._columns = self._source.columnCount() if self._source is not None else 0
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

    def _source_headers_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        """The source's headers were translated again (the language changed): so may its cells' texts be."""
        self._texts = {}
        self.headerDataChanged.emit(orientation, first, last)
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self._columns - 1))

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
        self._places = None

    def _filtered(self) -> list[int]:
        """The rows of :attr:`_order` that are shown (and their mask, :attr:`_mask`): passes in C, no Python loop
        per row. A few rows shown (a word of three letters or more, at 10,000 rows) are found from their places
        in the order rather than by testing every row's key (2 ms at 10,000 rows on a slow machine)."""
        shown = self._shown
        if shown is None:
            self._mask = None
            return list(self._order)
        size = len(self._order)
        if len(shown) * FEW_SHOWN <= size and self._key_places() is not None:
            places = sorted(filter(_NOT_NONE, map(self._places.get, shown)))  # keys not in the list: None
            self._mask = [False] * size
            deque(map(self._mask.__setitem__, places, repeat(True)), maxlen=0)
            return list(map(self._order.__getitem__, places))
        self._mask = list(map(shown.__contains__, self._order_keys))
        return list(compress(self._order, self._mask))

    def _key_places(self) -> dict[Hashable, int] | None:
        """Each key's place in :attr:`_order` (built when first needed for an order); None if keys repeat."""
        if self._places is None:
            places = dict(zip(self._order_keys, count()))
            self._places = places if len(places) == len(self._order_keys) else False
        return self._places or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._column, self._order_flag):
            return
        self._column, self._order_flag = column, order
        self._set_order(self._sorted())
        self._relayout(self._filtered())

    def set_shown(self, keys) -> None:
        """Show the rows whose key is in *keys* (None: every row), in the current order."""
        shown = None if keys is None else frozenset(keys)  # a frozenset is taken as it is, not copied
        if shown == self._shown:
            return
        before = self._mask
        self._shown = shown
        rows = self._filtered()
        if not self._apply_runs(before, self._mask, rows):
            self._relayout(rows)

    def _apply_runs(self, before: list[bool] | None, after: list[bool] | None, rows: list[int]) -> bool:
        """Go from the rows shown (those of *before*, a mask over :attr:`_order`) to *rows* (those of *after*) by
        removing and inserting runs of rows; False, and nothing done, when that would take more than
        :data:`MAX_RUNS` runs."""
        # For each row before, whether it goes (removed); for each row after, whether it is new (inserted): passes
        # in C, the Python work is per run. From every row or back to every row, one mask says it all.
        if before is None or after is None:
            removed = _runs(list(map(not_, after))) if after is not None else []
            inserted = _runs(list(map(not_, before))) if before is not None else []
        else:
            removed = _runs(list(map(not_, compress(after, before))))
            inserted = _runs(list(map(not_, compress(before, after))))
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
        if persistent:  # a few (the current row, the selection): each found by a search in C, no map of the rows
            shown = self._shown
            moved = [self.index(rows.index(r), c) if shown is None or self._keys[r] in shown else QModelIndex()
                     for r, c in held]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- reading -----------------------------------------------------------------------------------------------
    def object_at(self, row: int) -> Any:
        """The object shown on *row* (None outside the rows)."""
        return self._objects[self._rows[row]] if 0 <= row < len(self._rows) else None

    def display_text(self, row: int, column: int) -> str:
        """The text of the cell at *row*, *column* (the source's display, read once per source row and column)."""
        if not 0 <= row < len(self._rows):
            return ""
        at = (self._rows[row], column)
        text = self._texts.get(at)
        if text is None:
            text = self._texts[at] = self._source.display(self._objects[at[0]], column)
        return text

    def row_of(self, key: Hashable) -> int:
        """The row showing the object of *key*, or -1."""
        return next((n for n, r in enumerate(self._rows) if self._keys[r] == key), -1)

    # -- Qt overrides ------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()  # -1 for an invalid index
        if role not in self._roles or not 0 <= row < len(self._rows):  # the roles the source never answers: at once
            return None
        if role == _DISPLAY:
            return self.display_text(row, index.column())
        obj = self._objects[self._rows[row]]
        return obj if role == OBJECT_ROLE else self._source.object_data(obj, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._source.headerData(section, orientation, role)


class SubsetProxy(SubsetModel):
    """A :class:`SubsetModel` that passes on what its source lets do with its rows (the source's flags, its drags:
    the library's workshops dragged into a kit)."""

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


def _runs(flags: list[bool]) -> list[tuple[int, int]] | None:
    """The (first, last) runs of consecutive positions whose flag is set; None beyond :data:`MAX_RUNS` runs.

    Found by passes in C over the flags, then from the positions of the fewer of the set and the unset flags (the
    runs are the gaps between unset ones): clearing a search of a dozen rows brings back 10,000 rows as a dozen
    runs found from those dozen positions, no row looked at one by one in Python."""
    size = len(flags)
    set_count = flags.count(True)
    if set_count * 2 <= size:
        positions = list(compress(count(), flags))
        if not positions:
            return []
        # A run is where position - index stays the same: it changes where a run starts.
        steps = list(map(sub, positions, count()))
        starts = [0, *compress(count(1), map(sub, steps[1:], steps))]
        if len(starts) > MAX_RUNS:
            return None
        ends = [b - 1 for b in starts[1:]] + [len(positions) - 1]
        return [(positions[a], positions[b]) for a, b in zip(starts, ends)]
    unset = [-1, *compress(count(), map(not_, flags)), size]
    runs = [(a + 1, b - 1) for a, b in zip(unset, unset[1:]) if b - a > 1]
    return None if len(runs) > MAX_RUNS else runs
