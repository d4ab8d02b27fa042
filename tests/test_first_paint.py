"""What waits for the window's first paint (the database's quick check, the collector) runs once, and still runs
when no paint comes (a window started minimised)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui import first_paint


def test_runs_once_after_the_first_paint(qtbot, monkeypatch):
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    calls = []
    first_paint.after_first_paint(widget, lambda: calls.append("run"))
    widget.repaint()
    qtbot.waitUntil(lambda: calls == ["run"])
    qtbot.wait(120)  # past the fallback: it does not run a second time
    widget.repaint()
    qtbot.wait(20)
    assert calls == ["run"]


def test_runs_when_no_paint_comes(qtbot, monkeypatch):
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    first_paint._PaintWatch(widget, lambda: calls.append("run"))  # as for a shown window that is never painted
    qtbot.waitUntil(lambda: calls == ["run"])
