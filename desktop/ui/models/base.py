"""A table model over a list of domain objects, and the shared sort/filter proxy.

Subclasses declare their columns; views sort through :data:`SORT_ROLE` (raw values), never display strings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, count
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

T = TypeVar("T")

#: Role carrying the raw value a column sorts on.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role carrying the domain object of the row.
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Read-only table over a list of objects.

    Subclasses define ``headers()`` (translated titles), ``display(obj, column)`` and ``sort_value(obj, column)``.
    """

    #: The headers never change but with the language (they are then translated once, see :meth:`header_titles`).
    FIXED_HEADERS = False
    #: The roles :meth:`object_data` answers (as ints): a view asks for seven roles of every cell it paints, and
    #: the others are answered None at once (a table of 10,000 rows is painted at every keystroke of a search).
    ROLES = frozenset(map(int, (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, OBJECT_ROLE)))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._headers: Sequence[str] | None = None

    # -- for subclasses --------------------------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        return ()

    def display(self, obj: T, column: int) -> str:
        return ""

    def sort_value(self, obj: T, column: int) -> Any:
        return self.display(obj, column)

    def tooltip(self, obj: T, column: int) -> str | None:
        return None

    # -- public API ------------------------------------------------------------------------------------------
    def header_titles(self) -> Sequence[str]:
        """:meth:`headers`; translated once when the class sets :attr:`FIXED_HEADERS` (views ask for them at every
        paint and the long lists' every row): :meth:`retranslate` forgets them."""
        if not self.FIXED_HEADERS:
            return self.headers()
        if self._headers is None:
            self._headers = tuple(self.headers())
        return self._headers

    def retranslate(self) -> None:
        """The interface language changed: translate the headers again."""
        self._headers = None
        if self._rows or self.header_titles():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.header_titles()) - 1))

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[T], key: Callable[[T], Any]) -> None:
        """Like :meth:`set_rows`, but when *rows* are the same records (by *key*) with new values, they change in
        place, in their current order: no reset, so an open editor, the current cell and the selection stay."""
        by_key = {key(r): r for r in rows}
        if len(by_key) != len(rows) or len(rows) != len(self._rows) or set(by_key) != {key(r) for r in self._rows}:
            self.set_rows(rows)
            return
        self._rows = [by_key[key(r)] for r in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def merge_rows(self, rows: Sequence[T], key: Callable[[T], Any]) -> None:
        """Like :meth:`set_rows` for a model shown through a sorting proxy: told as the rows removed, changed and
        added (appended), so that the proxy sorts and filters only those, and the selection stays. Rows of equal
        keys pair up in order."""
        fresh: dict[Any, list[T]] = {}
        for r in rows:
            fresh.setdefault(key(r), []).append(r)
        used: dict[Any, int] = {}
        paired: list[T | None] = []  # the new value of each row held, None: removed
        for r in self._rows:
            k = key(r)
            n, candidates = used.get(k, 0), fresh.get(k, ())
            paired.append(candidates[n] if n < len(candidates) else None)
            used[k] = n + 1
        for row in range(len(self._rows) - 1, -1, -1):
            if paired[row] is None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        last = self.columnCount() - 1
        for row, new in enumerate(p for p in paired if p is not None):
            if new != self._rows[row]:
                self._rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        added = [r for k, candidates in fresh.items() for r in candidates[used.get(k, 0):]]
        if added:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def replace_objects(self, removed: Sequence[T], added: Sequence[T]) -> bool:
        """Take out the rows holding the very objects *removed* (found by identity, in passes in C) and append
        *added*, told as rows removed and inserted; False, and nothing done, when one of *removed* is not held."""
        gone = {id(r) for r in removed}
        positions = list(compress(count(), map(gone.__contains__, map(id, self._rows)))) if gone else []
        if len(positions) != len(gone):
            return False
        for row in reversed(positions):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        return True

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rows(self) -> list[T]:
        return list(self._rows)

    def find_row(self, predicate: Callable[[T], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # -- Qt overrides ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header_titles())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.ROLES or not 0 <= index.row() < len(self._rows):  # an invalid index's row is -1
            return None
        return self.object_data(self._rows[index.row()], index.column(), role)

    def object_data(self, obj: T, col: int, role: int) -> Any:
        """What :meth:`data` answers for *obj*'s cell in column *col* (also for proxies holding the object)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(obj, col)
        if role == SORT_ROLE:
            return self.sort_value(obj, col)
        if role == OBJECT_ROLE:
            return obj
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(obj, col)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.header_titles()
            if 0 <= section < len(headers):
                return headers[section]
        return None


class RecordTableModel(ListTableModel[T]):
    """An editable table over frozen dataclasses, one column per text field.

    Subclasses set ``FIELDS`` (the attribute of each column), ``REQUIRED`` (fields that may not be emptied) and
    ``MULTILINE`` (fields whose line breaks are kept), and ``headers()``. Edits are not applied here: the edited
    object is handed to ``on_edit``, which goes through the undo stack and gives the model its new rows.

    Args:
        on_edit: called with the edited object.
    """

    FIELDS: tuple[str, ...] = ()
    ROLES = ListTableModel.ROLES | {int(Qt.ItemDataRole.EditRole)}
    REQUIRED: tuple[str, ...] = ()
    MULTILINE: tuple[str, ...] = ()
    MAX_LENGTH = 500

    def __init__(self, on_edit: Callable[[T], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit

    def display(self, obj: T, column: int) -> str:
        return str(getattr(obj, self.FIELDS[column]))

    def sort_value(self, obj: T, column: int) -> Any:
        from desktop.domain.text import sort_key

        return sort_key(self.display(obj, column))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def object_data(self, obj: T, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.display(obj, col)
        return super().object_data(obj, col, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        from dataclasses import replace

        field = self.FIELDS[index.column()]
        text = str(value).strip() if field in self.MULTILINE else " ".join(str(value).split())
        if field in self.REQUIRED and not text:
            return False
        obj = self.row_at(index.row())
        new = replace(obj, **{field: text[:self.MAX_LENGTH]})
        if new != obj and self.on_edit is not None:
            self.on_edit(new)
        return True


def _sortable(value: Any) -> Any:
    """A sort value as :class:`FilterProxy` compares it: a text without regard to case, as the proxy's
    case-insensitive sorting did."""
    return value.casefold() if isinstance(value, str) else value


class FilterProxy(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE` and keeps the rows an accept function allows.

    The accept function takes the row's domain object; ``set_accept`` replaces it and refilters.

    Sorting compares the source rows' sort values as Python values, read once per row and column and kept while
    the rows stay (``QSortFilterProxyModel`` asks the source for both values of every comparison: sorting the
    10,000 conflicts of a large schedule took 150,000 calls to ``data()``). The kept values follow the source's
    rows inserted, removed and changed, so a drop in the calendar reads only the rows it changed.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._accept: Callable[[Any], bool] | None = None
        self._sort_values: dict[int, list[Any]] = {}  # column -> the sort value of each source row

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt override)
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._followed(old):
                signal.disconnect(slot)
        self._sort_values.clear()
        if model is not None:
            # connected before the proxy's own handlers, which sort again with the values kept here
            for signal, slot in self._followed(model):
                signal.connect(slot)
        super().setSourceModel(model)

    def _followed(self, model) -> tuple:
        return ((model.modelReset, self._forget_values), (model.layoutChanged, self._forget_values),
                (model.rowsMoved, self._forget_values), (model.rowsInserted, self._rows_inserted),
                (model.rowsRemoved, self._rows_removed), (model.dataChanged, self._rows_changed))

    def _forget_values(self, *args) -> None:
        self._sort_values.clear()

    def _rows_inserted(self, parent: Index, first: int, last: int) -> None:
        model = self.sourceModel()
        for column, values in self._sort_values.items():
            values[first:first] = [_sortable(model.index(row, column).data(SORT_ROLE))
                                   for row in range(first, last + 1)]

    def _rows_removed(self, parent: Index, first: int, last: int) -> None:
        for values in self._sort_values.values():
            del values[first:last + 1]

    def _rows_changed(self, top: Index, bottom: Index, roles=()) -> None:
        model = self.sourceModel()
        for column, values in self._sort_values.items():
            for row in range(top.row(), bottom.row() + 1):
                values[row] = _sortable(model.index(row, column).data(SORT_ROLE))

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt override)
        column = left.column()
        values = self._sort_values.get(column)
        if values is None:
            model = self.sourceModel()
            values = self._sort_values[column] = [_sortable(model.index(row, column).data(SORT_ROLE))
                                                  for row in range(model.rowCount())]
        a, b = values[left.row()], values[right.row()]
        try:
            return a < b
        except TypeError:  # values of two kinds (None and a number…): by kind, then as text
            return (a is not None, type(a).__name__, str(a)) < (b is not None, type(b).__name__, str(b))

    def set_accept(self, accept: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accept is None:
            return True
        model = self.sourceModel()
        obj = model.index(source_row, 0, source_parent).data(OBJECT_ROLE)
        return obj is not None and self._accept(obj)

    def object_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(OBJECT_ROLE)
