"""A drop updates the calendar incrementally: after any sequence of drops, undos and redos the page and its views
show what a calendar built afresh on the same schedule shows, without reading the whole schedule again."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.models.schedule import SESSION_MIME
from desktop.ui.widgets.calendar_page import CalendarPage
from tests.test_calendar import TODAY, Planning, drop


@pytest.fixture
def planning(store):
    return Planning(store)


def shown(page: CalendarPage) -> dict:
    """Everything the page shows, in the order it shows it."""
    def rows(proxy):
        """The rows in their order on screen; rows of equal sort values (two sessions at the same hour) may come in
        either order, so they are compared as a set within their value."""
        model, column = proxy.sourceModel(), proxy.sortColumn()
        values = [(model.sort_value(proxy.object_at(r), column), repr(proxy.object_at(r)))
                  for r in range(proxy.rowCount())]
        assert [v for v, _ in values] == sorted(v for v, _ in values)
        return sorted(values)

    mode = page.mode()
    page.set_mode(page.LIST)  # the list is brought up to date when shown
    agenda = rows(page.agenda_proxy)
    page.set_mode(mode)
    return {
        "month": page.month_view.entries(), "week": page.week_view.entries(),
        "month chips": [(e.uid, page.month_view.chip_rect(e.uid)) for e in page.month_view.entries()],
        "week blocks": [(e.uid, page.week_view.chip_rect(e.uid)) for e in page.week_view.entries()],
        "hours": page.week_view.hours(),
        "agenda": agenda, "conflicts": rows(page.conflict_proxy),
        "label": page.conflicts_label.text(), "entries": page._entries, "by uid": page._by_uid,
    }


def fresh_page(qtbot, planning, anchor) -> CalendarPage:
    page = CalendarPage(planning.schedule, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1150, 720)
    page.show()
    page.go_to(anchor)
    return page


def test_drops_undos_and_redos_equal_a_fresh_calendar_without_a_rebuild(qtbot, planning, french):
    page = fresh_page(qtbot, planning, TODAY)
    rebuilds = (page.rebuilds, page.month_view.rebuilds, page.week_view.rebuilds)
    stack = planning.workspace.undo_stack
    rng = random.Random(16)
    sessions = [s.uid for s in (planning.a1, planning.a2, planning.a3, planning.b1, planning.b3)]
    for step in range(14):
        if step == 9:
            page.set_mode(page.LIST)  # drops, undos and redos while the list is shown
        if step == 12:
            page.set_mode(page.MONTH)
        if step % 5 == 4 and stack.canUndo():
            stack.undo()
        elif step % 5 == 2 and stack.canRedo():
            stack.redo()
        else:
            view = page.month_view
            uid = rng.choice([u for u in sessions if view.chip_rect(u) is not None])
            day = planning.schedule.find_session(uid)[1].day + timedelta(days=rng.choice([-2, -1, 1, 2, 7]))
            target = view.cell_rect(day)
            if target is None:
                continue
            assert drop(view, uid, target.center())
            assert planning.schedule.find_session(uid)[1].day == day
        assert shown(page) == shown(fresh_page(qtbot, planning, TODAY))
    assert (page.rebuilds, page.month_view.rebuilds, page.week_view.rebuilds) == rebuilds


def test_a_drop_repaints_the_two_days_only(qtbot, planning, french):
    page = fresh_page(qtbot, planning, TODAY)
    view = page.month_view
    qtbot.waitExposed(page)
    painted = []
    original = view.paintEvent

    def paint(event):
        painted.append(event.rect())
        original(event)

    view.paintEvent = paint
    old_day = planning.a1.day
    new_day = old_day + timedelta(days=7)
    point = view.cell_rect(new_day).center()
    mime = QMimeData()
    mime.setData(SESSION_MIME, planning.a1.uid.encode("utf-8"))
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, QDragEnterEvent(point, *args))
    QApplication.sendEvent(view, QDragMoveEvent(point, *args))
    qtbot.wait(20)  # the drag's own repaints
    painted.clear()
    event = QDropEvent(QPointF(point), *args)
    QApplication.sendEvent(view, event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: bool(painted))
    region = painted[0]
    for day in (old_day, new_day):
        assert region.contains(view.cell_rect(day))
    assert region.height() * region.width() < view.width() * view.height() / 2
