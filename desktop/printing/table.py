"""The house table: reportlab's, with each row's height measured once per process for the rows that repeat.

A print pack sets the same rows again and again: a participant's row on the attendance sheet of every session,
the forty dates of a cycle in every participant's letter. reportlab measures every cell of every row each time a
table is wrapped (a tenth of a large pack). A row whose cells are all plain strings or shared paragraphs
(:meth:`desktop.printing.flowables.Paragraph.layout_key`) has a height that depends only on those cells, their
widths, paddings and fonts, and the row's minimum height: the first table that measures it keeps the height under
that key, and the next tables take it instead of measuring. The cells are still laid out when drawn (once per
width, :class:`~desktop.printing.flowables.Paragraph`), so what is printed is the same to the point.

A table drawn again on the same canvas with the same cells, styles, rules, widths and heights (the dates of a
cycle in each letter, the header band of each page of a sheet) writes the operators it wrote the first time,
as a repeated paragraph does: a table draws in its own coordinates, so what it writes does not depend on where
it stands on the page. Only tables of strings and shared paragraphs are replayed (an image or a link is not only
page operators).

Tables with row spans, with widths not fixed in points, or whose rows hold anything else (images, boxes, nested
tables) are measured as usual. (reportlab stops measuring a long table at the frame's height only when it has
row spans; otherwise it measures every row, so a table given the known heights measures the rest as before.)
"""

from __future__ import annotations

from operator import attrgetter

from reportlab.platypus import Flowable
from reportlab.platypus import Table as _Table

from desktop.printing.flowables import Paragraph, drawn_once

#: Row key → height; bounded like the paragraphs' layouts.
_HEIGHTS: dict[tuple, float] = {}
_LIMIT = 20_000
#: What a cell's height depends on besides its content and width.
_MEASURED = attrgetter("leftPadding", "rightPadding", "topPadding", "bottomPadding", "fontsize", "leading")
#: What a cell draws with besides its content.
_LOOKS = attrgetter("fontname", "fontsize", "leading", "leftPadding", "rightPadding", "topPadding", "bottomPadding",
                    "firstLineIndent", "color", "alignment", "background", "valign", "href", "direction", "shaping",
                    "destination")


def cell_key(value) -> tuple | None:
    """What a cell's height depends on, or ``None`` when it cannot be known without measuring."""
    if value is None:
        return ("s", "")
    if isinstance(value, str):
        return ("s", value)
    if isinstance(value, Paragraph):
        return value.layout_key()
    if isinstance(value, (list, tuple)):
        if len(value) == 1 and isinstance(value[0], Paragraph):  # measured once, a cell is a tuple of its flowables
            return value[0].layout_key()
        keys = tuple(cell_key(v) if isinstance(v, Paragraph) else None for v in value)
        return None if None in keys else ("l", keys)
    return None


def _frozen(value):
    """*value* with its lists as tuples (the table's commands, made hashable)."""
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


class Table(_Table):
    """A reportlab ``Table`` whose repeated rows are measured once (see the module)."""

    def _row_keys(self) -> list[tuple | None] | None:
        """The key of each row whose height is to be measured, or ``None`` when this table cannot use them."""
        widths = self._argW
        if not all(isinstance(w, (int, float)) for w in widths) or getattr(self, "_rowSpanCells", None):
            return None
        spanned = {row for _, row in getattr(self, "_colSpanCells", ())}
        minimum = self._minRowHeights
        keys: list[tuple | None] = []
        for i, given in enumerate(self._argH):
            if given is not None or i in spanned:
                keys.append(None)
                continue
            parts: list = [minimum[i] if minimum else 0]
            for value, style, width in zip(self._cellvalues[i], self._cellStyles[i], widths):
                cell = cell_key(value)
                if cell is None:
                    parts = None
                    break
                parts.append((cell, width, _MEASURED(style)))
            keys.append(tuple(parts) if parts is not None else None)
        return keys

    def _known_heights(self, keys: list[tuple | None]) -> list:
        """The given heights, with the rows already measured filled in."""
        heights = list(self._argH)
        for i, key in enumerate(keys):
            if key is not None:
                known = _HEIGHTS.get(key)
                if known is not None:
                    heights[i] = known
        return heights

    def _expand_cells(self, known: list, given: list) -> None:
        """Turn the flowables of the rows filled in into the tuples reportlab makes of them when it measures a row
        (its split and its drawing expect them)."""
        widths = self._argW
        for i, height in enumerate(known):
            if height is None or given[i] is not None:
                continue
            row = self._cellvalues[i]
            for j, value in enumerate(row):
                if isinstance(value, (tuple, list, Flowable)):
                    row[j] = self._cellListProcess(value, widths[j], None)

    def _calc_height(self, availHeight, availWidth, H=None, W=None):  # noqa: N803 (reportlab's names)
        given = self._argH
        keys = self._row_keys() if None in given else None
        if keys is None:
            return super()._calc_height(availHeight, availWidth, H=H, W=W)
        known = self._known_heights(keys)
        self._expand_cells(known, given)
        self._argH = known
        try:
            super()._calc_height(availHeight, availWidth, H=H, W=W)
        finally:
            self._argH = given
        if None not in known:  # every row known: reportlab measured nothing and kept the given list
            self._rowHeights = known
            return None
        if len(_HEIGHTS) > _LIMIT:
            _HEIGHTS.clear()
        measured = self._rowHeights
        for i, key in enumerate(keys):
            if key is not None and known[i] is None and i < len(measured) and measured[i] is not None:
                _HEIGHTS[key] = measured[i]
        return None

    def _draw_key(self) -> tuple | None:
        """Everything this table's drawing depends on, or ``None`` when it is not to be replayed."""
        if getattr(self, "_renderCB", None) or getattr(self, "_shadow", None) or getattr(self, "_cornerRadii", None):
            return None
        cells = []
        for row in self._cellvalues:
            for value in row:
                cell = cell_key(value)
                if cell is None:
                    return None
                cells.append(cell)
        looks = tuple(_LOOKS(style) for row in self._cellStyles for style in row)
        key = (tuple(cells), looks, _frozen(self._linecmds), _frozen(self._bkgrndcmds), _frozen(self._spanCmds),
               tuple(self._colWidths), tuple(self._rowHeights), tuple(self._colpositions), tuple(self._rowpositions))
        try:
            hash(key)
        except TypeError:
            return None
        return key

    def draw(self) -> None:
        """Draw; the same table drawn before on this canvas, from the same text state, writes the same operators
        again (see the module)."""
        canvas = self.canv
        key = self._draw_key()
        if key is None:
            super().draw()
            return
        drawn_once(canvas, key, "_tresse_tables", super().draw)
