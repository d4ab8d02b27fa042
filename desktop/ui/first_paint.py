"""« Once this widget is on screen »: run something right after a widget's first paint.

What must not delay the first screen (the database's quick check, the measurements of ``bench/``) waits for it.
A zero timer set from the paint event fires once that paint and the rest of its repaint pass are done. This
module imports nothing but Qt (the bench's bare-window floor uses it too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


#: A window shown but never painted (started minimised) runs what waits for its first paint after this delay (ms).
FALLBACK_MS = 3000


class _PaintWatch(QObject):
    """Calls *then* once, after the first paint of *widget* (or after :data:`FALLBACK_MS` if none comes)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._widget.removeEventFilter(self)
        then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Run *then* as soon as *widget* has been painted once (at the next turn of the event loop when *widget* is
    not shown: nothing would ever paint it)."""
    if widget.isVisible():
        _PaintWatch(widget, then)
    else:
        QTimer.singleShot(0, then)
