"""Tabs whose pages are built when first shown: the window starts with the page on screen only.

A page added with :meth:`LazyTabs.add_lazy` is a factory until it is needed: when its tab is first shown, or when
:meth:`LazyTabs.page` asks for it (a menu, a shortcut or a kit opened from the calendar that targets it). Until
then its tab holds an empty placeholder. :meth:`currentWidget`, :meth:`setCurrentWidget` and :meth:`indexOf` speak
of the pages themselves, built or not, so callers never see the placeholders.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.heap import building_long_lived


class _Placeholder(QWidget):
    """The tab of a page not built yet; it builds the page the first time it is shown."""

    def __init__(self, key: str, factory: Callable[[QWidget], QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.factory = factory
        self.page: QWidget | None = None
        self.on_built: Callable[[str, QWidget], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.page is None:
            # A page may first read much (« Mes kits » reads every kit then): the pointer says so meanwhile, and
            # what it reads and builds stays: no collection walks it meanwhile (see desktop.ui.heap).
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                with building_long_lived():
                    self.page = self.factory(self)
                    self.layout().addWidget(self.page)
                    if self.on_built is not None:
                        self.on_built(self.key, self.page)
            finally:
                QApplication.restoreOverrideCursor()
        return self.page

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.build()
        super().showEvent(event)


class LazyTabs(QTabWidget):
    """A :class:`QTabWidget` some of whose pages are built on first use.

    Signals:
        page_built(str, QWidget): the page of that key was just built (connect its signals, restore its state).
    """

    page_built = Signal(str, QWidget)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lazy: dict[str, _Placeholder] = {}

    def add_lazy(self, key: str, factory: Callable[[QWidget], QWidget], label: str) -> int:
        """Add a tab whose page *factory(parent)* makes when first needed; return its index."""
        holder = _Placeholder(key, factory, self)
        holder.on_built = lambda k, page: self.page_built.emit(k, page)
        self._lazy[key] = holder
        return self.addTab(holder, label)

    def page(self, key: str) -> QWidget:
        """The page of *key*, built now if it was not yet."""
        return self._lazy[key].build()

    def built(self, key: str) -> QWidget | None:
        """The page of *key* if it was built, else None (nothing is built)."""
        return self._lazy[key].page

    def _holder_of(self, widget: QWidget | None) -> QWidget | None:
        for holder in self._lazy.values():
            if holder.page is not None and holder.page is widget:
                return holder
        return widget

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (Qt override)
        current = super().currentWidget()
        return current.build() if isinstance(current, _Placeholder) else current

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt override)
        super().setCurrentWidget(self._holder_of(widget))

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 (Qt override)
        return super().indexOf(self._holder_of(widget))
