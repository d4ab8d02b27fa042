"""Fitting small screens (a 1024 × 600 laptop leaves about 1024 × 560 once the taskbar is counted).

Windows and dialogs open at their preferred size when the screen has room and shrink to its available area
otherwise (:func:`fit_to_screen`); pages whose content needs more room than a small screen gives sit in scroll
areas (:class:`ScrolledTabs`) rather than setting a minimum size larger than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

#: Room kept for the window frame (title bar and borders) when sizing a top-level window.
FRAME = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """The available area (without taskbars) of the screen *widget* is on, or of the primary screen."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1024, 560)


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize *widget* to width × height, or less so that it and its frame fit the available screen."""
    room = available_size(widget) - FRAME
    size = QSize(min(width, room.width()), min(height, room.height()))
    widget.resize(size)
    return size


class ScrolledTabs(QTabWidget):
    """Tabs whose pages scroll when the window is smaller than they need.

    Pages are added with :meth:`add_page`; :meth:`setCurrentWidget`, :meth:`currentWidget` and :meth:`indexOf`
    speak of the pages themselves, not of their scroll areas.
    """

    def add_page(self, page: QWidget, title: str) -> int:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setWidget(page)
        return self.addTab(area, title)

    def _area(self, page: QWidget) -> QWidget:
        for i in range(self.count()):
            area = super().widget(i)
            if isinstance(area, QScrollArea) and area.widget() is page:
                return area
        return page

    def setCurrentWidget(self, page: QWidget) -> None:
        super().setCurrentWidget(self._area(page))

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def indexOf(self, page: QWidget) -> int:
        return super().indexOf(self._area(page))
