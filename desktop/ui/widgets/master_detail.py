"""A sortable table beside a read-only rich-text detail pane, with optional actions on the current row."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop.ui.models.base import ListTableModel
from desktop.ui.models.subset import SubsetModel
from desktop.ui.heap import building_long_lived
from desktop.ui.widgets.cell_text import CellTextDelegate
from desktop.ui.widgets.content_split import (
    MEASURED_ROWS, ContentSplit, content_widths, share_columns, table_width,
)
from desktop.ui.widgets.search_highlight import SearchHighlighter


MAX_COLUMN_WIDTH = 150
DETAIL_KEEPS = 340  # the detail pane's width at least, beside a table sized to its titles

DETAIL_CSS = """
h2 { color: #1f5a3d; }
h3 { color: #1f5a3d; margin-top: 14px; }
"""


class MasterDetail(QSplitter):
    """Table (through a :class:`SubsetModel`: sorted, showing the rows :meth:`set_shown` names) and the selected
    row's detail, rendered once per change of the current object (search words are highlighted in place), and
    only when shown: a hidden pane (another tab of the catalogue) renders the detail of its current row when next
    shown.

    The columns are measured for their content when first needed — on screen, or asked for their width — not when
    the rows are set: a tab not shown costs its rows only (the table reads at most its header's
    ``resizeContentsPrecision`` rows, 1,000, on screen or not, so the widths are the same either way). Rows given
    by :meth:`set_rows_later` cost nothing until the pane is shown or they are asked for.

    Args:
        model: the rows.
        render: the rich text of a row's object.
        key: the key of a row's object, as :meth:`set_shown` receives them.
        stretch_column: the column that takes the room left.

    Signals:
        current_changed(object): the domain object of the new current row, or None.
    """

    current_changed = Signal(object)

    def __init__(self, model: ListTableModel, render: Callable[[Any], str], key: Callable[[Any], Hashable],
                 parent=None, *, stretch_column: int = 0) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._model = model
        self._later: Callable[[], Sequence[Any]] | None = None  # rows to read when first needed (set_rows_later)
        self._later_count: Callable[[], int] = lambda: 0
        self._every_row = True  # no search or filter: set_shown(None)
        self._render = render
        self._key = key
        self._shown: Any = None  # the current object, whose detail is on screen (once shown, if _stale)
        self._stale = False  # the current object changed while the pane was hidden: its detail is not rendered
        self._stretch_column = stretch_column
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self._proxy = SubsetModel(self._key, self)
        self._proxy.setSourceModel(self._model)
        self.table = QTableView(self)
        self.table.setModel(self._proxy)
        self.table.setItemDelegate(CellTextDelegate(self._proxy.display_text, self.table))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self._stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Scroll bars always shown: one that appears or goes as a search changes the rows (or the detail's length)
        # narrows the pane, which lays out and paints it all again — the detail's document laid out twice.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.detail_box = QWidget(self)
        self.detail = QTextBrowser(self.detail_box)
        self.detail.setOpenLinks(False)
        self.detail.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.detail.document().setDefaultStyleSheet(DETAIL_CSS)
        self.highlighter = SearchHighlighter(self.detail)

    def _lay_out(self) -> None:
        self.detail_layout = QVBoxLayout(self.detail_box)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_layout.addWidget(self.detail, 1)
        self.addWidget(self.table)
        self.addWidget(self.detail_box)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([760, 520])
        self._widths: dict[int, int] | None = {}  # None: to measure again (the rows changed)
        self.content_split = ContentSplit(self, self.wanted_width, keep=DETAIL_KEEPS, least=360)

    def _connect(self) -> None:
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self._proxy.modelReset.connect(self._select_first)
        self._proxy.layoutChanged.connect(self._keep_visible)
        self._proxy.rowsRemoved.connect(self._keep_visible)
        self._proxy.rowsInserted.connect(self._keep_visible)

    @property
    def model(self) -> ListTableModel:
        """The rows (read now if they were to be read later: asking for them is needing them)."""
        self.fill()
        return self._model

    @property
    def proxy(self) -> SubsetModel:
        """The rows shown, sorted (read now if they were to be read later)."""
        self.fill()
        return self._proxy

    def add_row_action(self, text: str, slot: Callable[[Any], None]) -> QPushButton:
        """An action on the current row: a button under the detail pane, the row's double-click and its context
        menu; *slot* receives the row's object."""
        def run(*args) -> None:
            obj = self.current_object()
            if obj is not None:
                slot(obj)

        action = QAction(text, self.table)
        action.setShortcut(QKeySequence("Ctrl+Return"))  # one row action per table: shown in its context menu
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(run)
        self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.doubleClicked.connect(run)
        button = QPushButton(text, self.detail_box)
        button.clicked.connect(run)
        self.detail_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        return button

    def set_shown(self, keys) -> None:
        """Show the rows whose key is in *keys* (None: every row; some: the rows to be read later are read now)."""
        self._every_row = keys is None
        if keys is not None:
            self.fill()
        self._proxy.set_shown(keys)
        # The view lays its rows out now, not at its next timer: else it paints the change, then paints again
        # once laid out (two paints of the table for one keystroke).
        self.table.executeDelayedItemsLayout()

    def set_rows(self, rows) -> None:
        self._later = None
        self._model.set_rows(rows)
        self._widths = None
        if self.isVisible():
            self._share_columns()

    def set_rows_later(self, rows: Callable[[], Sequence[Any]], count: Callable[[], int]) -> None:
        """Rows to read, sort and make the first current when the pane is first shown or they are asked for
        (:attr:`model`, :attr:`proxy`, :meth:`current_object`, :meth:`fill`, a search through :meth:`set_shown`),
        not now: a hidden tab of 10,000 rows costs nothing until then, and :meth:`visible_count` is *count()*
        meanwhile. On screen, or showing a search's rows, the pane reads them at once."""
        self._later, self._later_count = rows, count
        self._widths = None
        if self.isVisible() or not self._every_row:
            self.fill()

    def fill(self) -> None:
        """Read the rows given by :meth:`set_rows_later`, if not yet: sorted, the first one current.

        What they are made of is kept (a library of 10,000 workshops: about 100,000 objects): they are made with
        the garbage collector off and, when they are that many, set apart from it (``ui/heap.py``), so that no
        full collection goes over them again in the middle of typing."""
        if self._later is None:
            return
        with building_long_lived():
            self.set_rows(self._later())

    def _measured(self) -> dict[int, int]:
        self.fill()  # measured on screen (the view shown, its children before it) or asked for its width
        if self._widths is None:
            self._widths = content_widths(self.table, MAX_COLUMN_WIDTH)
        return self._widths

    def _share_columns(self) -> None:
        share_columns(self.table, self._stretch_column, self._measured())

    def wanted_width(self) -> int:
        """The table's width that shows its titles whole."""
        return table_width(self.table, sum(self._measured().values()))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.fill()
        if self._widths is None:  # rows set while hidden
            self._share_columns()
        if self._stale:  # the current row changed while hidden
            self._render_shown()
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        # Rows still to be read have no columns to share yet (a hidden page can be resized: by a grab of the
        # window, say): they are shared once read, on screen.
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self._later is None:
            self._share_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._model.retranslate()
        super().changeEvent(event)

    def current_object(self) -> Any:
        self.fill()
        index = self.table.currentIndex()
        return self._proxy.object_at(index.row()) if index.isValid() else None

    def visible_count(self) -> int:
        """The rows shown (the rows to be read later are every row: see :meth:`set_rows_later`)."""
        return self._later_count() if self._later is not None else self._proxy.rowCount()

    def _select_first(self) -> None:
        if self._proxy.rowCount():
            self.table.setCurrentIndex(self._proxy.index(0, 0))
        else:
            self._show(None)

    def _keep_visible(self, *args) -> None:
        if not self.table.currentIndex().isValid():
            self._select_first()
        else:
            self._show(self.current_object())

    def _on_current(self, current, previous) -> None:
        self._show(self._proxy.object_at(current.row()) if current.isValid() else None)

    def _show(self, obj: Any) -> None:
        if obj is self._shown and (self._stale or obj is not None or self.detail.document().isEmpty()):
            return
        self._shown = obj
        if self.isVisible():
            self._render_shown()
        else:  # another tab of the catalogue: rendered when shown, not at every keystroke of a search
            self._stale = True
        self.current_changed.emit(obj)

    def _render_shown(self) -> None:
        self._stale = False
        self.detail.setHtml(self._render(self._shown) if self._shown is not None else "")

    def show_html(self, html: str) -> None:
        """Put other rich text in the detail pane (no row is current)."""
        self._shown = None
        self._stale = False
        self.detail.setHtml(html)
