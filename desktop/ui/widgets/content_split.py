"""Tables whose titles are whole on a wide screen and elided only as needed on a narrow one.

:class:`ContentSplit` keeps a splitter's first pane, a table, as wide as its columns ask, within what the second
pane must keep: on a 1366 × 768 screen the titles are then whole; on a 1024 × 600 laptop the second pane keeps its
room and the titles are elided (« … », the whole title in the tooltip). Once the person drags the handle their
choice is kept, and saved with the window state (``moved``); a state restored at launch is such a choice.

:func:`share_columns` gives a table's other columns their content's width, narrowed (never below their header)
when the main column would otherwise be left a sliver.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTableView

MAIN_SHARE = 0.4  # of a narrow table's width, left to its main column at least
#: The rows (in the table's order, the shown ones first) whose content sizes a library table's columns: the whole
#: bundled catalogue, a sample of a library of thousands (Qt reads up to 1,000 rows a column otherwise, through
#: Python): for ``QHeaderView.setResizeContentsPrecision``.
MEASURED_ROWS = 250


def content_widths(view: QTableView, cap: int | None = None) -> dict[int, int]:
    """Each shown column's width for its content and header (at most *cap*, the main column excepted)."""
    header = view.horizontalHeader()
    widths = {}
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            widths[column] = width if cap is None or header.sectionResizeMode(column) == header.ResizeMode.Stretch \
                else min(width, cap)
    return widths


def table_width(view: QTableView, columns: int) -> int:
    """The width of *view* that shows *columns* pixels of columns, with its scroll bar and frame."""
    return columns + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()


def share_columns(view: QTableView, main: int, wanted: dict[int, int]) -> None:
    """Set the other columns' widths: *wanted* when the main column keeps its share, else narrowed towards their
    headers' widths (the main column, in Stretch mode, takes the rest)."""
    header = view.horizontalHeader()
    others = {c: w for c, w in wanted.items() if c != main}
    room = view.viewport().width() - int(view.viewport().width() * MAIN_SHARE)
    floors = {c: min(w, header.sectionSizeHint(c)) for c, w in others.items()}
    spare = sum(others.values()) - sum(floors.values())
    ratio = 1.0 if sum(others.values()) <= room or spare <= 0 else max(0.0, (room - sum(floors.values())) / spare)
    for column, width in others.items():
        view.setColumnWidth(column, floors[column] + int((width - floors[column]) * ratio))


class ContentSplit(QObject):
    """Sizes *splitter*'s first pane to *wanted()*.

    Args:
        splitter: a horizontal splitter of two panes.
        wanted: the first pane's width that shows its table whole.
        keep: the width the second pane keeps at least (the editor, the detail pane).
        least: the width the first pane keeps at least.
    """

    def __init__(self, splitter: QSplitter, wanted: Callable[[], int], *, keep: int, least: int) -> None:
        super().__init__(splitter)
        self.splitter, self.wanted, self.keep, self.least = splitter, wanted, keep, least
        self.moved = False
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def _moved(self, *args) -> None:
        self.moved = True

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and not self.moved:
            QTimer.singleShot(0, self, self.apply)  # after the splitter has laid out its panes
        return False

    def apply(self) -> None:
        if self.moved or self.splitter.count() != 2:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        first = max(self.least, min(self.wanted(), total - self.keep))
        if total > 0 and self.splitter.sizes()[0] != first:
            self.splitter.setSizes([first, max(0, total - first)])
