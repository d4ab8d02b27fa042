"""A search box whose size does not move as its clear button comes and goes.

A ``QLineEdit`` with a clear button asks for more room once it holds text (the button appears) and less once it is
emptied: at the first letter typed the whole window was laid out again (a keystroke's cost), and a window at its
least width grew by the button's width. This box asks for the button's room all along.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget


class SearchBox(QLineEdit):
    """A line edit with a clear button and steady size hints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def _with_button(self, hint: QSize) -> QSize:
        if self.text():  # the button is there, and counted
            return hint
        # what QLineEdit gives a side widget: its icon, 6 pixels about it, the margin beside it
        style = self.style()
        room = (style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconSize, None, self) + 6
                + style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconMargin, None, self))
        return QSize(hint.width() + room, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._with_button(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._with_button(super().minimumSizeHint())
