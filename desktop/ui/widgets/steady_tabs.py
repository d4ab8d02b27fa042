"""A tab bar whose titles change often (counts of rows shown) without the tab widget being laid out again.

Changing a tab's text makes the bar ask its ``QTabWidget`` for a new geometry; the tab widget then lays out its
pages and repaints all of them — at every keystroke of a search, the table and the detail pane painted twice over
through the window's layouts. In document mode the bar already spans the tab widget's width, so its geometry never
depends on its titles: :func:`keep_tab_bar_steady` gives it that size as a fixed size (a widget whose least and
greatest sizes are equal asks nobody for a new geometry), kept as the tab widget is resized or the bar's font or
style changes. A new title then repaints the bar alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QTabWidget

#: What may change the size the bar must have: the tab widget's width, the bar's font or style.
_RESIZING = {QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange,
             QEvent.Type.LanguageChange}


class _SteadyBar(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        tabs.installEventFilter(self)
        tabs.tabBar().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() in _RESIZING:
            self.fit()
        return False

    def fit(self) -> None:
        """Fix the bar's size at the tab widget's width and the bar's own height for its titles."""
        bar = self._tabs.tabBar()
        size = QSize(self._tabs.width(), bar.sizeHint().height())  # the hint does not depend on the fixed size
        if bar.minimumSize() != size or bar.maximumSize() != size:
            bar.setFixedSize(size)


def keep_tab_bar_steady(tabs: QTabWidget) -> None:
    """Keep the bar of *tabs* (in document mode: a bar as wide as the tab widget) at a fixed size, so that a new
    tab title repaints the bar alone."""
    if not tabs.documentMode():
        raise ValueError("only a tab widget in document mode has a bar as wide as itself")
    _SteadyBar(tabs)
