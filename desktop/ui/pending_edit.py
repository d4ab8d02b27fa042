"""The edit being typed: committed before anything reads, replaces or leaves the kit on screen.

Fields save when they lose the focus (a text left, Tab, Enter). An action that does not move the focus — a menu
opened with the mouse, a shortcut, choosing another kit from the keyboard, closing the window — would otherwise
act on the kit without what was just typed, or show another value over it. :func:`commit_pending_edit` takes the
focus off the field for a moment, which commits it exactly as leaving it does (the field's own rule, table editors
included), then gives the focus back.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def commit_pending_edit() -> None:
    """Commit what the focused field holds (nothing happens when no field has the focus)."""
    widget = QApplication.focusWidget()
    if widget is None:
        return
    editor = _in_item_view(widget)  # a table's cell editor closes once committed: the focus stays off it
    widget.clearFocus()
    if not editor and shiboken6.isValid(widget) and widget.isVisible() and widget.isEnabled():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
