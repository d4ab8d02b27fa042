"""Helpers shared by several test modules (pytest puts this folder on the import path)."""

from __future__ import annotations


def logical_dump(db) -> dict[str, list[tuple]]:
    """Every user table, rows sorted: what the person has, independent of row order."""
    tables = ("kit", "kit_workshop", "participant", "session", "attendance", "evaluation", "venue", "facilitator",
              "blackout", "user_workshop")
    dump = {t: sorted(tuple(r) for r in db.query(f"SELECT * FROM {t}")) for t in tables}
    dump["meta"] = sorted(tuple(r) for r in db.query("SELECT * FROM meta WHERE key != 'catalogue_digest'"))
    return dump


def type_text(widget, text: str) -> None:
    """Type *text* into *widget* as key events (QTest's key clicks refuse letters outside ASCII, « é » included)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def double_click(widget, pos) -> None:
    """A double-click at *pos* as the window system delivers it (press, release, double-click, release)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(pos)
    glob = QPointF(widget.mapToGlobal(pos))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, none),
                          (QEvent.Type.MouseButtonDblClick, left), (QEvent.Type.MouseButtonRelease, none)):
        QApplication.sendEvent(widget, QMouseEvent(kind, local, glob, left, buttons, Qt.KeyboardModifier.NoModifier))
