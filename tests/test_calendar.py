"""The calendar page driven through real widgets: month and week layout, drops that move sessions (and undo),
conflicts appearing and disappearing, filters, navigation by buttons and shortcuts, the models."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.kit import Facilitator, Session, SessionStatus, Venue, new_uid
from desktop.domain.kit_edit import replace_sessions
from desktop.domain.kit_factory import kit_from_template
from desktop.scheduling.conflicts import FACILITATOR_DOUBLE_BOOKED
from desktop.storage.kits import KitRepository
from desktop.storage.repositories import CatalogueRepository
from desktop.ui.kit_controller import KitController
from desktop.ui.models.base import FilterProxy
from desktop.ui.models.schedule import (
    KIT_PALETTE, SESSION_MIME, AgendaModel, ConflictModel, SessionFilter, kit_colors, session_entries,
)
from desktop.ui.schedule import Schedule
from desktop.ui.widgets.calendar_page import CalendarPage
from desktop.ui.workspace import Workspace

TODAY = date(2026, 11, 23)  # a Monday


class Planning:
    """Two kits sharing a facilitator, with sessions in the week of 23 November 2026."""

    def __init__(self, store) -> None:
        self.store = store
        self.workspace = Workspace(store)
        self.controller = KitController(self.workspace)
        self.schedule = Schedule(self.workspace)
        self.claire = Facilitator(new_uid(), "Claire Martin")
        self.youssef = Facilitator(new_uid(), "Youssef Benali")
        self.sarras = Venue(new_uid(), "Salle des fêtes", commune="Sarras")
        self.annonay = Venue(new_uid(), "Tiers-lieu La Fabrique", commune="Annonay")
        for person in (self.claire, self.youssef):
            self.schedule.save_facilitator(person)
        for venue in (self.sarras, self.annonay):
            self.schedule.save_venue(venue)
        catalogue = CatalogueRepository(store)
        library = {w.id: w for w in catalogue.workshops()}
        a = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Outille — Sarras")
        b = kit_from_template(catalogue.template_by_name("premiers pas"), library, "Premiers Pas — Annonay")
        a = replace(a, facilitator_uids=(self.claire.uid,))
        b = replace(b, facilitator_uids=(self.claire.uid, self.youssef.uid))
        aw, bw = a.workshops, b.workshops
        self.a1 = Session(new_uid(), aw[0].uid, date(2026, 11, 24), time(9), time(12, 30), venue_uid=self.sarras.uid)
        self.a2 = Session(new_uid(), aw[1].uid, date(2026, 11, 26), time(9), time(17), venue_uid=self.sarras.uid,
                          status=SessionStatus.CONFIRMED, lunch_start=time(12, 30), lunch_end=time(13, 30))
        self.a3 = Session(new_uid(), aw[2].uid, date(2026, 12, 1), time(14), time(17), venue_uid=self.sarras.uid)
        self.b1 = Session(new_uid(), bw[0].uid, date(2026, 11, 25), time(9, 30), time(12, 30),
                          venue_uid=self.annonay.uid, facilitator_uids=(self.claire.uid,))
        self.b2 = Session(new_uid(), bw[1].uid, date(2026, 11, 27), time(14), time(16), venue_uid=self.annonay.uid,
                          facilitator_uids=(self.youssef.uid,), status=SessionStatus.CANCELLED)
        self.b3 = Session(new_uid(), bw[2].uid, date(2026, 11, 26), time(14), time(16, 30),
                          venue_uid=self.annonay.uid, facilitator_uids=(self.youssef.uid,))
        self.a = replace(a, sessions=(self.a1, self.a2, self.a3))
        self.b = replace(b, sessions=(self.b1, self.b2, self.b3))
        assert self.controller.create(self.a, "créer") and self.controller.create(self.b, "créer")

    def saved(self, kit_uid: str, session_uid: str) -> Session:
        kit = KitRepository(self.store).load(kit_uid)
        return next(s for s in kit.sessions if s.uid == session_uid)

    def add_sessions(self, kit_uid: str, sessions: list[Session]) -> None:
        kit = self.schedule.kit(kit_uid)
        assert self.controller.apply(replace_sessions(kit, [*kit.sessions, *sessions]), "ajouter")


@pytest.fixture
def planning(store):
    return Planning(store)


@pytest.fixture
def page(qtbot, planning, french):
    widget = CalendarPage(planning.schedule, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1150, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drop(view, uid: str, pos: QPoint, mime_type: str = SESSION_MIME) -> bool:
    """Drag session *uid* over *view* and drop it at *pos*, with synthesised events (offscreen, a real QDrag never
    starts). Qt delivers a drop to the widget that accepted the last drag move, so enter and move come first."""
    mime = QMimeData()
    mime.setData(mime_type, uid.encode("utf-8"))
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, QDragEnterEvent(pos, *args))  # QPoint here (PySide6 6.11), QPointF for the drop
    QApplication.sendEvent(view, QDragMoveEvent(pos, *args))
    event = QDropEvent(QPointF(pos), *args)
    QApplication.sendEvent(view, event)
    accepted = event.isAccepted()
    if not accepted:  # the view refused the drag move: the drop never reached it; check the drop itself too
        event = QDropEvent(QPointF(pos), *args)
        assert not view.handle_drop(event) and not event.isAccepted()
    return accepted


def conflict_kinds(page) -> list[str]:
    model = page.conflict_model
    return [model.row_at(r).kind for r in range(model.rowCount())]


def test_month_view_lays_out_sessions_on_their_days(page, planning):
    assert page.mode() == page.MONTH
    assert page.period_label.text() == "novembre 2026"
    view = page.month_view
    assert view.period() == (date(2026, 10, 26), date(2026, 12, 6))
    for s in (planning.a1, planning.a2, planning.a3, planning.b1, planning.b2, planning.b3):
        rect = view.chip_rect(s.uid)
        assert rect is not None, s
        assert view.date_at(rect.center()) == s.day
        assert view.session_at(rect.center()) == s.uid
        assert view.cell_rect(s.day).contains(rect)
    # two sessions on Thursday 26, earliest first
    assert view.chip_rect(planning.a2.uid).top() < view.chip_rect(planning.b3.uid).top()
    assert view.date_at(QPoint(5, 5)) is None  # the header of day names
    assert page.conflict_model.rowCount() == 0
    assert page.conflicts_label.text() == "<b>Aucun conflit dans le planning</b>"


def test_week_view_lays_out_sessions_by_day_and_time(page, planning):
    page.week_button.click()
    assert page.mode() == page.WEEK
    assert page.period_label.text() == "semaine du lundi 23 novembre 2026"
    view = page.week_view
    assert view.hours() == (8, 20)
    for s in (planning.a1, planning.a2, planning.b1, planning.b2, planning.b3):
        rect = view.chip_rect(s.uid)
        assert view.date_at(rect.center()) == s.day
        assert view.time_at(rect.topLeft() + QPoint(2, 2)) == s.start
        assert abs(rect.bottom() - view.y_of(s.end)) <= 3
    assert view.chip_rect(planning.a3.uid) is None  # next week
    # the full day and the afternoon session of Thursday overlap: side by side
    full, afternoon = view.chip_rect(planning.a2.uid), view.chip_rect(planning.b3.uid)
    assert full.right() < afternoon.left()
    lunch = view.lunch_rect(planning.a2.uid)
    assert full.contains(lunch.center()) and view.time_at(lunch.topLeft() + QPoint(2, 1)) == time(12, 30)
    pos = view.position_of(date(2026, 11, 25), time(10, 45))
    assert view.date_at(pos) == date(2026, 11, 25) and view.time_at(pos) == time(10, 45)
    assert view.time_at(QPoint(pos.x(), 3)) is None  # the header


def test_drop_in_week_creates_a_conflict_and_undo_removes_it(page, planning, qtbot):
    page.set_mode(page.WEEK)
    view = page.week_view
    target = view.position_of(planning.b1.day, planning.b1.start)
    assert view.date_at(target) == planning.b1.day and view.time_at(target) == planning.b1.start
    assert drop(view, planning.a1.uid, target)
    moved = planning.saved(planning.a.uid, planning.a1.uid)
    assert (moved.day, moved.start, moved.end) == (date(2026, 11, 25), time(9, 30), time(13))
    assert FACILITATOR_DOUBLE_BOOKED in conflict_kinds(page)
    conflict = next(c for c in page.conflict_model.rows() if c.kind == FACILITATOR_DOUBLE_BOOKED)
    assert set(conflict.session_uids) == {planning.a1.uid, planning.b1.uid}
    assert "Claire Martin" in conflict.message
    assert page.conflict_proxy.rowCount() == page.conflict_model.rowCount() >= 1
    assert view.entry(planning.a1.uid).severity == "error"
    assert view.date_at(view.chip_rect(planning.a1.uid).center()) == date(2026, 11, 25)
    assert "conflit" in page.conflicts_label.text()
    assert page.agenda_model.rowCount() == 5  # the period's sessions

    planning.controller.undo_stack.undo()
    back = planning.saved(planning.a.uid, planning.a1.uid)
    assert (back.day, back.start) == (planning.a1.day, planning.a1.start)
    assert FACILITATOR_DOUBLE_BOOKED not in conflict_kinds(page)
    assert view.date_at(view.chip_rect(planning.a1.uid).center()) == planning.a1.day
    planning.controller.undo_stack.redo()
    assert FACILITATOR_DOUBLE_BOOKED in conflict_kinds(page)


def test_drop_in_month_moves_the_day_and_keeps_the_time(page, planning):
    view = page.month_view
    target = view.cell_rect(date(2026, 11, 30)).center()
    assert drop(view, planning.a3.uid, target)
    moved = planning.saved(planning.a.uid, planning.a3.uid)
    assert (moved.day, moved.start, moved.end) == (date(2026, 11, 30), time(14), time(17))
    assert view.date_at(view.chip_rect(planning.a3.uid).center()) == date(2026, 11, 30)


def test_drop_on_the_week_header_keeps_the_time(page, planning):
    page.set_mode(page.WEEK)
    view = page.week_view
    header = QPoint(view.day_rect(date(2026, 11, 23)).center().x(), 5)
    assert drop(view, planning.b1.uid, header)
    moved = planning.saved(planning.b.uid, planning.b1.uid)
    assert (moved.day, moved.start) == (date(2026, 11, 23), time(9, 30))


def test_refused_drops_change_nothing(page, planning):
    view = page.month_view
    before = planning.controller.undo_stack.count()
    assert not drop(view, planning.a1.uid, view.cell_rect(date(2026, 11, 27)).center(), "text/plain")
    assert not drop(view, "no-such-session", view.cell_rect(date(2026, 11, 27)).center())
    assert not drop(view, planning.a1.uid, QPoint(5, 5))  # the header
    assert not drop(view, planning.a1.uid, view.cell_rect(planning.a1.day).center())  # same day
    assert planning.controller.undo_stack.count() == before
    assert planning.saved(planning.a.uid, planning.a1.uid) == planning.a1


def test_filters_reduce_all_three_views(page, planning):
    everyone = len(page.month_view.entries())
    assert everyone == 6 and page.agenda_proxy.rowCount() == 5  # the agenda lists November's sessions
    assert page.facilitator_filter.itemText(0) == "Tous les intervenants"
    assert page.venue_filter.itemText(0) == "Tous les lieux"
    assert page.kit_filter.itemText(0) == "Tous les kits"
    assert not page.clear_filters_button.isEnabled()

    page.facilitator_filter.setCurrentIndex(page.facilitator_filter.findData(planning.youssef.uid))
    shown = {e.uid for e in page.month_view.entries()}
    assert shown == {planning.b2.uid, planning.b3.uid}
    page.week_view.set_anchor(TODAY)
    assert {e.uid for e in page.week_view.entries()} == shown
    assert {page.agenda_proxy.object_at(r).uid for r in range(page.agenda_proxy.rowCount())} == shown
    assert page.month_view.chip_rect(planning.a1.uid) is None
    assert page.clear_filters_button.isEnabled()
    assert page.filter_summary.text() == "4 séances masquées par les filtres"

    page.clear_filters_button.click()
    page.kit_filter.setCurrentIndex(page.kit_filter.findData(planning.a.uid))
    assert {e.uid for e in page.month_view.entries()} == {planning.a1.uid, planning.a2.uid, planning.a3.uid}
    page.set_filter(SessionFilter(venue_uid=planning.annonay.uid))
    assert page.kit_filter.currentIndex() == 0
    assert {e.uid for e in page.month_view.entries()} == {planning.b1.uid, planning.b2.uid, planning.b3.uid}
    page.clear_filters()
    assert len(page.month_view.entries()) == everyone


def test_filters_also_reduce_the_conflicts(page, planning):
    drop(page.month_view, planning.a1.uid, page.month_view.cell_rect(planning.b1.day).center())
    # moved to Wednesday 25 at 9 h: Claire runs two sessions at once
    assert page.conflict_proxy.rowCount() >= 1
    page.set_filter(SessionFilter(facilitator_uid=planning.youssef.uid))
    assert page.conflict_proxy.rowCount() == 0
    assert "0 conflit affiché sur " in page.conflicts_label.text()
    page.set_filter(SessionFilter(kit_uid=planning.b.uid))
    assert page.conflict_proxy.rowCount() >= 1


def test_navigation_buttons(page):
    page.next_button.click()
    assert page.period_label.text() == "décembre 2026"
    page.previous_button.click()
    page.previous_button.click()
    assert page.period_label.text() == "octobre 2026"
    page.today_button.click()
    assert page.period_label.text() == "novembre 2026"
    page.week_button.click()
    page.next_button.click()
    assert page.period_label.text() == "semaine du lundi 30 novembre 2026"
    assert page.week_view.period() == (date(2026, 11, 30), date(2026, 12, 6))
    page.next_button.click()
    assert page.week_view.period()[0] == date(2026, 12, 7)
    page.month_button.click()
    assert page.period_label.text() == "décembre 2026"
    page.go_to(date(2027, 1, 31))
    page.next_button.click()
    assert page.period_label.text() == "février 2027"
    assert page.month_view.weeks() == 4  # February 2027 starts on a Monday


def test_navigation_shortcuts(page, qtbot):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view = page.month_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.period_label.text() == "décembre 2026"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert page.period_label.text() == "octobre 2026"
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert page.period_label.text() == "novembre 2026"
    page.set_mode(page.WEEK)
    page.week_view.setFocus()
    qtbot.keyClick(page.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.week_view.period()[0] == date(2026, 11, 30)
    qtbot.keyClick(page.week_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.week_view.period()[0] == TODAY
    # Ctrl+T also works from the conflicts table, PgDown stays the table's own
    page.next_button.click()
    page.conflict_view.setFocus()
    qtbot.keyClick(page.conflict_view, Qt.Key.Key_PageDown)
    assert page.week_view.period()[0] == date(2026, 11, 30)
    qtbot.keyClick(page.conflict_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.week_view.period()[0] == TODAY


def test_selecting_a_conflict_shows_its_day_and_outlines_its_sessions(page, planning):
    drop(page.month_view, planning.a1.uid, page.month_view.cell_rect(planning.b1.day).center())
    page.go_to(date(2027, 3, 1))
    assert page.period_label.text() == "mars 2027"
    row = next(r for r in range(page.conflict_proxy.rowCount())
               if page.conflict_proxy.object_at(r).kind == FACILITATOR_DOUBLE_BOOKED)
    page.conflict_view.selectRow(row)
    assert page.period_label.text() == "novembre 2026"
    assert page.month_view.highlighted() == {planning.a1.uid, planning.b1.uid}
    assert page.week_view.highlighted() == {planning.a1.uid, planning.b1.uid}
    # clicking the selected conflict again brings its day back
    page.go_to(date(2027, 3, 1))
    page.conflict_view.clicked.emit(page.conflict_view.currentIndex())
    assert page.period_label.text() == "novembre 2026"
    page.set_mode(page.LIST)
    selected = {page.agenda_proxy.object_at(i.row()).uid for i in page.agenda_view.selectionModel().selectedRows()}
    assert selected == {planning.a1.uid, planning.b1.uid}
    # the conflict stays selected while it exists; once solved, the outline goes
    planning.schedule.move_session(planning.b3.uid, date(2026, 11, 26), time(14, 15))
    assert page.month_view.highlighted() == {planning.a1.uid, planning.b1.uid}
    planning.controller.undo_stack.undo()  # b3 back
    planning.controller.undo_stack.undo()  # a1 back: no more conflict
    assert page.month_view.highlighted() == frozenset()
    assert page.selected_conflict() is None


def test_double_click_and_enter_activate_a_session(page, planning, qtbot):
    view = page.month_view
    center = view.chip_rect(planning.b1.uid).center()
    with qtbot.waitSignal(page.session_activated) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=center)
    assert blocker.args == [planning.b1.uid]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=center)
    assert view.selected_session() == planning.b1.uid
    with qtbot.waitSignal(page.session_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [planning.b1.uid]
    page.set_mode(page.LIST)
    index = page.agenda_proxy.index(0, 0)
    with qtbot.waitSignal(page.session_activated) as blocker:
        page.agenda_view.activated.emit(index)
    assert blocker.args == [page.agenda_proxy.object_at(0).uid]


def test_alt_arrows_move_the_selected_session(page, planning, qtbot):
    view = page.month_view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.chip_rect(planning.a1.uid).center())
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert planning.saved(planning.a.uid, planning.a1.uid).day == date(2026, 11, 25)
    page.set_mode(page.WEEK)
    week = page.week_view
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=week.chip_rect(planning.a1.uid).center())
    qtbot.keyClick(week, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = planning.saved(planning.a.uid, planning.a1.uid)
    assert (moved.day, moved.start, moved.end) == (date(2026, 11, 25), time(9, 15), time(12, 45))
    # moving out of the week shows the next one
    for _ in range(5):
        qtbot.keyClick(week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert planning.saved(planning.a.uid, planning.a1.uid).day == date(2026, 11, 30)
    assert week.period()[0] == date(2026, 11, 30)


def test_tooltip_lists_kit_time_venue_people_and_conflicts(page, planning):
    drop(page.month_view, planning.a1.uid, page.month_view.cell_rect(planning.b1.day).center())
    view = page.month_view
    text = view.tooltip_at(view.chip_rect(planning.a1.uid).center())
    for part in ("Outille — Sarras", "Charte sociale", "mercredi 25 novembre 2026", "de 9\u00a0h à 12\u00a0h\u00a030",
                 "Salle des fêtes, Sarras", "Claire Martin", "Pressentie", "doit être à deux endroits à la fois"):
        assert part in text, part
    page.set_mode(page.WEEK)
    week = page.week_view
    text = week.tooltip_at(week.chip_rect(planning.a2.uid).center())
    assert "pause déjeuner de 12\u00a0h\u00a030 à 13\u00a0h\u00a030" in text and "Confirmée" in text
    assert "Armistice" in view.tooltip_at(view.cell_rect(date(2026, 11, 11)).center())


def test_a_crowded_day_shows_plus_n(page, planning, qtbot):
    kit = planning.schedule.kit(planning.b.uid)
    crowded = date(2026, 11, 19)
    planning.add_sessions(planning.b.uid, [Session(new_uid(), kit.workshops[3].uid, crowded, time(h), time(h + 1))
                                           for h in (9, 10, 11, 14, 15)])
    view = page.month_view
    rect = view.more_rect(date(2026, 11, 19))
    assert rect is not None and view.cell_rect(date(2026, 11, 19)).contains(rect)
    shown = [e for e in view.entries() if e.day == date(2026, 11, 19) and view.chip_rect(e.uid) is not None]
    assert 1 <= len(shown) < 5
    assert view.tooltip_at(rect.center()).count("Premiers Pas — Annonay") == 5 - len(shown)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.mode() == page.WEEK and page.week_view.period()[0] == date(2026, 11, 16)


def test_cancelled_and_early_sessions_in_the_week(page, planning):
    kit = planning.schedule.kit(planning.a.uid)
    early = Session(new_uid(), kit.workshops[3].uid, date(2026, 11, 23), time(7, 30), time(9))
    planning.add_sessions(planning.a.uid, [early])
    page.set_mode(page.WEEK)
    assert page.week_view.hours() == (7, 20)
    assert page.week_view.time_at(page.week_view.chip_rect(early.uid).topLeft() + QPoint(2, 2)) == time(7, 30)
    assert page.week_view.entry(planning.b2.uid).cancelled


def test_models_pass_the_model_tester(qtmodeltester, page, planning):
    drop(page.month_view, planning.a1.uid, page.month_view.cell_rect(planning.b1.day).center())
    agenda = AgendaModel()
    agenda.set_rows(session_entries(planning.schedule))
    qtmodeltester.check(agenda)
    conflicts = ConflictModel()
    conflicts.set_rows(planning.schedule.conflicts())
    assert conflicts.rowCount() >= 1
    qtmodeltester.check(conflicts)
    for model in (agenda, conflicts):
        proxy = FilterProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
    qtmodeltester.check(page.agenda_proxy)
    qtmodeltester.check(page.conflict_proxy)
    assert conflicts.index(0, ConflictModel.SEVERITY).data() in ("Erreur", "Attention")
    row = agenda.find_row(lambda e: e.uid == planning.a1.uid)
    assert agenda.index(row, AgendaModel.DATE).data() == "mercredi 25 novembre 2026"
    assert agenda.index(row, AgendaModel.TIME).data() == "9\u00a0h – 12\u00a0h\u00a030"
    assert agenda.index(row, AgendaModel.FACILITATORS).data() == "Claire Martin"
    assert agenda.index(row, AgendaModel.VENUE).data() == "Salle des fêtes, Sarras"
    assert agenda.index(row, AgendaModel.CONFLICTS).data() == "1"


def test_agenda_sorts_on_raw_values(page, planning):
    page.set_mode(page.LIST)
    proxy = page.agenda_proxy
    order = [proxy.object_at(r).session.starts_at for r in range(proxy.rowCount())]
    assert order == sorted(order)
    page.agenda_view.sortByColumn(AgendaModel.TIME, Qt.SortOrder.AscendingOrder)
    starts = [proxy.object_at(r).session.start for r in range(proxy.rowCount())]
    assert starts == sorted(starts) and starts[-1] == time(14)  # 14 h sorts after 9 h 30 (not as text)


def test_kit_colours_are_stable_and_from_the_palette():
    uid = "3f2c8f0e-0000-4000-8000-000000000000"
    strong, light = kit_colors(uid)
    assert (strong.name(), light.name()) == (kit_colors(uid)[0].name(), kit_colors(uid)[1].name())
    assert (strong.name(), light.name()) in KIT_PALETTE
    assert len({kit_colors(str(i))[0].name() for i in range(200)}) == len(KIT_PALETTE)


def test_screenshots(page, planning, tmp_path):
    drop(page.month_view, planning.a1.uid, page.month_view.cell_rect(planning.b1.day).center())
    assert page.grab().save(str(tmp_path / "cal-month.png"))
    page.set_mode(page.WEEK)
    assert page.grab().save(str(tmp_path / "cal-week.png"))
    assert (tmp_path / "cal-week.png").stat().st_size > 0


def test_calendar_in_the_main_window_opens_a_session_in_its_kit(qtbot, store, french):
    from desktop import paths
    from desktop.domain.kit_factory import kit_from_template
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    library = {w.id: w for w in win.catalogue.workshops()}
    kit = kit_from_template(win.catalogue.template_by_name("sprint"), library, "Sprint — Chevreuse")
    session = Session(new_uid(), kit.workshops[0].uid, date(2027, 3, 2), time(9), time(12))
    win.controller.create(replace(kit, sessions=(session,)), "créer")
    assert win.calendar.agenda_model is not None
    win.calendar.go_to(date(2027, 3, 2))
    win.calendar.session_activated.emit(session.uid)
    assert win.pages.currentWidget() is win.kits
    assert win.controller.kit.uid == kit.uid
    assert win.kits.sessions.current_uid() == session.uid


def test_the_week_view_opens_on_the_selected_sessions_week(page, planning, qtbot):
    view = page.month_view
    page.go_to(date(2026, 11, 2))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.chip_rect(planning.a3.uid).center())
    assert view.selected_session() == planning.a3.uid
    page.set_mode(page.WEEK)
    assert page.week_view.period()[0] == date(2026, 11, 30)  # the week of 1 December, not of 2 November


def test_school_holidays_of_the_chosen_kits_zone_are_shaded(page, planning, qtbot):
    from desktop.ui.widgets.calendar_month import SCHOOL_HOLIDAY

    kit = planning.schedule.kit(planning.a.uid)
    assert planning.controller.apply(replace(kit, departement="Ardèche"), "département")  # zone A
    page.set_filter(SessionFilter(kit_uid=planning.a.uid))
    assert page.month_view.school_zone() == "A"
    page.go_to(date(2026, 12, 1))
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    image = page.month_view.grab().toImage()

    def colour(day):
        cell = page.month_view.cell_rect(day)
        return image.pixelColor(cell.center().x(), cell.bottom() - 4).name()

    assert colour(date(2026, 12, 22)) == SCHOOL_HOLIDAY.name()  # Christmas holidays, a Tuesday
    assert colour(date(2026, 12, 15)) == "#ffffff"
    assert page.zone_label.isVisible() and page.zone_label.text() == "Vacances scolaires, zone A"
    page.clear_filters()  # two kits, one zone A and one without: no zone to shade
    assert page.month_view.school_zone() is None
