"""The house table: reportlab's, with each row's height measured once per process for the rows that repeat.

A print pack sets the same rows again and again: a participant's row on the attendance sheet of every session,
the forty dates of a cycle in every participant's letter. reportlab measures every cell of every row each time a
table is wrapped (a tenth of a large pack). A row whose cells are all plain strings or shared paragraphs
(:meth:`desktop.printing.flowables.Paragraph.layout_key`) has a height that depends only on those cells, their
widths, paddings and fonts, and the row's minimum height: the first table that measures it keeps the height under
that key, and the next tables take it instead of measuring. The cells are still laid out when drawn (once per
width, :class:`~desktop.printing.flowables.Paragraph`), so what is printed is the same to the point.

Only a leading run of known rows is given to reportlab, and no further than the height it may fill: reportlab
measures a long table only until it overflows the frame, and its split then measures the rest again (without the
rows' minimum heights), so it must see the same unmeasured rows as before. Tables with row spans, with widths
not fixed in points, or whose rows hold anything else (images, boxes, nested tables) are measured as usual.
"""

from __future__ import annotations

from reportlab.platypus import Table as _Table

from desktop.printing.flowables import Paragraph

#: Row key → height; bounded like the paragraphs' layouts.
_HEIGHTS: dict[tuple, float] = {}
_LIMIT = 20_000


def _cell_key(value) -> tuple | None:
    """What a cell's height depends on, or ``None`` when it cannot be known without measuring."""
    if value is None:
        return ("s", "")
    if isinstance(value, str):
        return ("s", value)
    if isinstance(value, Paragraph):
        return value.layout_key()
    if isinstance(value, (list, tuple)):
        keys = tuple(_cell_key(v) if isinstance(v, Paragraph) else None for v in value)
        return None if None in keys else ("l", keys)
    return None


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
                cell = _cell_key(value)
                if cell is None:
                    parts = None
                    break
                parts.append((cell, width, style.leftPadding, style.rightPadding, style.topPadding,
                              style.bottomPadding, style.fontsize, style.leading))
            keys.append(tuple(parts) if parts is not None else None)
        return keys

    def _known_heights(self, keys: list[tuple | None], available_height: float) -> list:
        """The given heights, with the leading run of rows already measured filled in (no further than
        reportlab would measure: until the rows overflow *available_height*, on a long table)."""
        heights = list(self._argH)
        total = 0.0
        for i, key in enumerate(keys):
            if heights[i] is None:
                known = _HEIGHTS.get(key) if key is not None else None
                if known is None:
                    break
                if self._longTableOptimize and total + known > available_height:
                    break
                heights[i] = known
            total += heights[i]
        return heights

    def _calc_height(self, availHeight, availWidth, H=None, W=None):  # noqa: N803 (reportlab's names)
        given = self._argH
        keys = self._row_keys() if None in given else None
        if keys is None:
            return super()._calc_height(availHeight, availWidth, H=H, W=W)
        known = self._known_heights(keys, availHeight)
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
