"""The calendar page: every kit's sessions by month, by week or as a list, with filters and the conflicts.

The page holds the day shown (the *anchor*) and the filters, and hands them to its three views: the painted
:class:`~desktop.ui.widgets.calendar_month.MonthView` and :class:`~desktop.ui.widgets.calendar_week.WeekView`,
and the agenda table (the month's sessions). Under them, the conflicts of the schedule; selecting one shows its
day and outlines its sessions. Everything follows :attr:`Schedule.changed`, so a conflict appears or disappears as
soon as a session is dragged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.dates import long_date, month_year
from desktop.domain.text import sort_key
from desktop.scheduling.conflicts import Conflict
from desktop.scheduling.holidays_fr import school_zone
from desktop.ui.models.schedule import SessionFilter, merge_entries, session_entries, session_entries_of
from desktop.ui.schedule import Schedule
from desktop.ui.widgets import calendar_parts
from desktop.ui.widgets.calendar_views import CalendarView


class CalendarPage(QWidget):
    """Sessions of all kits by month, week or list; filters by facilitator, venue and kit; the conflicts.

    Args:
        schedule: every kit's sessions and conflicts (the page reads it and moves sessions through it).
        parent: the parent widget.
        today: gives today's date (the « Aujourd'hui » button, the outlined day); tests may fix it.

    Signals:
        session_activated(str): a session was double-clicked in a view or opened from the agenda (its uid).
    """

    MONTH, WEEK, LIST = range(3)

    session_activated = Signal(str)

    def __init__(self, schedule: Schedule, parent=None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.schedule = schedule
        self._today = today
        self._anchor = today()
        self._filter = SessionFilter()
        self._entries: list = []
        self._by_uid: dict = {}
        self._selected_conflict: tuple | None = None
        self._restoring = False
        self.rebuilds = 0  # full readings of the schedule (a drop updates the page without one)
        calendar_parts.build(self, schedule, today)
        calendar_parts.lay_out(self)
        calendar_parts.add_shortcuts(self)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.today_button.clicked.connect(self.go_today)
        self.modes.idClicked.connect(self.set_mode)
        for combo in (self.facilitator_filter, self.venue_filter, self.kit_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        for view in (self.month_view, self.week_view):
            view.session_activated.connect(self.session_activated)
            view.day_activated.connect(self.show_week_of)
            view.date_requested.connect(self.go_to)
        self.agenda_view.activated.connect(self._agenda_activated)
        self.conflict_view.selectionModel().currentRowChanged.connect(self._conflict_selected)
        self.conflict_view.clicked.connect(self._conflict_selected)
        self.schedule.changed.connect(self._schedule_changed)

    def focus_search(self) -> None:
        """Ctrl+F: the first filter (by facilitator)."""
        self.facilitator_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- period and mode ---------------------------------------------------------------------------------------
    def mode(self) -> int:
        """``MONTH``, ``WEEK`` or ``LIST``."""
        return self.modes.checkedId()

    def set_mode(self, mode: int) -> None:
        selected = (self.current_view() or self.month_view).selected_session()
        self.modes.button(mode).setChecked(True)
        self.stack.setCurrentIndex(mode)
        found = self.schedule.find_session(selected) if selected and mode == self.WEEK else None
        if found is not None:  # the week of the session selected, not the month's first week
            self.go_to(found[1].day)
        self._period_changed()
        self.zone_label.setVisible(self.month_view.school_zone() is not None and mode == self.MONTH)
        if mode == self.LIST:
            self._select_agenda_rows(self.month_view.highlighted())

    def current_view(self) -> CalendarView | None:
        """The painted view on screen (None in list mode)."""
        return {self.MONTH: self.month_view, self.WEEK: self.week_view}.get(self.mode())

    def anchor(self) -> date:
        """The day whose month or week is shown."""
        return self._anchor

    def period(self) -> tuple[date, date]:
        """The first and last days of the month (month and list) or week shown."""
        if self.mode() == self.WEEK:
            return self.week_view.period()
        first = self._anchor.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last

    def period_text(self) -> str:
        """« novembre 2026 » or « semaine du lundi 23 novembre 2026 »."""
        if self.mode() == self.WEEK:
            return self.tr("semaine du %1").replace("%1", long_date(self.week_view.period()[0]))
        return month_year(self._anchor)

    def go_to(self, day: date) -> None:
        """Show the month or week holding *day*."""
        self._anchor = day
        for view in (self.month_view, self.week_view):
            view.set_anchor(day)
        self._period_changed()

    def previous(self) -> None:
        """The previous month or week."""
        self.go_to(self._shifted(-1))

    def next(self) -> None:
        """The next month or week."""
        self.go_to(self._shifted(1))

    def go_today(self) -> None:
        self.go_to(self._today())

    def show_week_of(self, day: date) -> None:
        """Switch to the week holding *day*."""
        self.go_to(day)
        self.set_mode(self.WEEK)

    def _shifted(self, step: int) -> date:
        if self.mode() == self.WEEK:
            return self._anchor + timedelta(days=7 * step)
        month = self._anchor.month - 1 + step
        year = self._anchor.year + month // 12
        return date(year, month % 12 + 1, 1)

    def _period_changed(self) -> None:
        self.period_label.setText(self.period_text())
        start, end = self.period()
        self.agenda_model.set_rows([e for e in self._entries if start <= e.day <= end])

    # -- filters -----------------------------------------------------------------------------------------------
    def session_filter(self) -> SessionFilter:
        return self._filter

    def set_filter(self, session_filter: SessionFilter) -> None:
        """Choose a facilitator, venue and kit (uids, "" for all) in the combo boxes."""
        for combo, uid in ((self.facilitator_filter, session_filter.facilitator_uid),
                           (self.venue_filter, session_filter.venue_uid), (self.kit_filter, session_filter.kit_uid)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(uid)))
            combo.blockSignals(False)
        self._filters_changed()

    def school_zone(self) -> str | None:
        """The school-holiday zone shaded: the chosen kit's, else the one all kits share (None: none)."""
        kit = self.schedule.kit(self._filter.kit_uid) if self._filter.kit_uid else None
        kits = [kit] if kit is not None else [k for k in self.schedule.kits() if not k.archived]
        zones = {school_zone(k.departement) for k in kits}
        return zones.pop() if len(zones) == 1 else None

    def clear_filters(self) -> None:
        self.set_filter(SessionFilter())

    def _fill_filters(self) -> None:
        people = sorted(self.schedule.facilitators.values(), key=lambda f: sort_key(f.name))
        venues = sorted(self.schedule.venues.values(), key=lambda v: sort_key(v.name))
        kits = sorted(self.schedule.kits(), key=lambda k: (k.archived, sort_key(k.name)))
        choices = (
            (self.facilitator_filter, self.tr("Tous les intervenants"), [(f.uid, f.name) for f in people]),
            (self.venue_filter, self.tr("Tous les lieux"),
             [(v.uid, f"{v.name} ({v.commune})" if v.commune else v.name) for v in venues]),
            (self.kit_filter, self.tr("Tous les kits"), [(k.uid, k.name) for k in kits]),
        )
        for combo, everyone, items in choices:
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, "")
            for uid, name in items:
                combo.addItem(name, uid)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        chosen = SessionFilter(self.facilitator_filter.currentData() or "", self.venue_filter.currentData() or "",
                               self.kit_filter.currentData() or "")
        if chosen != self._filter:
            self._filter = chosen
            for view in (self.month_view, self.week_view):
                view.set_filter(chosen)
        zone = self.school_zone()
        self.month_view.set_school_zone(zone)
        self.zone_label.setText(self.tr("Vacances scolaires, zone %1").replace("%1", zone or ""))
        self.zone_label.setVisible(zone is not None and self.mode() == self.MONTH)
        accept = self._filter.accepts if self._filter.active else None
        self.agenda_proxy.set_accept(accept)
        entries = self._by_uid
        self.conflict_proxy.set_accept(
            (lambda c: any(uid in entries and self._filter.accepts(entries[uid]) for uid in c.session_uids))
            if self._filter.active else None)
        self.clear_filters_button.setEnabled(self._filter.active)
        self._update_conflicts_label()

    # -- refreshing --------------------------------------------------------------------------------------------
    def _schedule_changed(self) -> None:
        change = self.schedule.last_change
        if change is None:
            self.refresh()
            return
        # Only sessions changed (a drop): their entries, the month's agenda rows and the conflicts that differ.
        uids = change.session_uids
        fresh = session_entries_of(self.schedule, uids)
        old = [e for e in (self._by_uid.pop(uid, None) for uid in uids) if e is not None]
        self._by_uid.update((e.uid, e) for e in fresh)
        self._entries = merge_entries(self._entries, uids, fresh, old)
        if self.mode() == self.LIST:  # otherwise the list is read again when shown (set_mode reads the period)
            start, end = self.period()
            self.agenda_model.merge_rows([e for e in self._entries if start <= e.day <= end], lambda e: e.uid)
        self._restoring = True
        try:
            if not self.conflict_model.replace_objects(change.conflicts_removed, change.conflicts_added):
                self.conflict_model.merge_rows(self.schedule.conflicts(), self._key)
            self._update_conflicts_label()
            self._reselect_conflict()
        finally:
            self._restoring = False

    def refresh(self) -> None:
        """Read the schedule again: filters, agenda, conflicts (the painted views follow it themselves)."""
        self.rebuilds += 1
        self._entries = session_entries(self.schedule)
        self._by_uid = {e.uid: e for e in self._entries}
        self._fill_filters()
        self._period_changed()
        self._restoring = True
        try:
            self.conflict_model.set_rows(self.schedule.conflicts())
            self._filters_changed()
            self._reselect_conflict()
        finally:
            self._restoring = False

    def _update_conflicts_label(self) -> None:
        shown, total = self.conflict_proxy.rowCount(), self.conflict_model.rowCount()
        if total == 0:
            text = self.tr("Aucun conflit dans le planning")
        elif shown == total:
            text = self.tr("%Ln conflits", "", total)
        else:
            text = self.tr("%Ln conflits affichés sur %1", "", shown).replace("%1", QLocale().toString(total))
        self.conflicts_label.setText(f"<b>{text}</b>")
        hidden = sum(not self._filter.accepts(e) for e in self._entries) if self._filter.active else 0
        if hidden == 0:
            self.filter_summary.setText("")
        else:
            self.filter_summary.setText(self.tr("%Ln séances masquées par les filtres", "", hidden))

    # -- conflicts ---------------------------------------------------------------------------------------------
    @staticmethod
    def _key(conflict: Conflict) -> tuple:
        return conflict.kind, conflict.session_uids

    def _conflict_selected(self, current, previous=None) -> None:
        conflict = self.conflict_proxy.object_at(current.row()) if current.isValid() else None
        if self._restoring:
            return
        if conflict is None:
            self._selected_conflict = None
            self._highlight(())
            return
        self.show_conflict(conflict)

    def show_conflict(self, conflict: Conflict) -> None:
        """Show a conflict's day and outline its sessions (and select them in the list)."""
        self._selected_conflict = self._key(conflict)
        if conflict.day is not None:
            self.go_to(conflict.day)
        self._highlight(conflict.session_uids)
        if self.mode() == self.LIST:
            self._select_agenda_rows(conflict.session_uids)

    def _select_agenda_rows(self, uids) -> None:
        selection = self.agenda_view.selectionModel()
        selection.clearSelection()
        for uid in uids:
            row = self.agenda_model.find_row(lambda e, uid=uid: e.uid == uid)
            index = self.agenda_proxy.mapFromSource(self.agenda_model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def selected_conflict(self) -> Conflict | None:
        index = self.conflict_view.currentIndex()
        return self.conflict_proxy.object_at(index.row()) if index.isValid() else None

    def _highlight(self, uids) -> None:
        for view in (self.month_view, self.week_view):
            view.set_highlighted(uids)

    def _reselect_conflict(self) -> None:
        """After a change, keep the conflict selected if it still exists; otherwise drop the outline."""
        if self._selected_conflict is None:
            return
        row = self.conflict_model.find_row(lambda c: self._key(c) == self._selected_conflict)
        index = self.conflict_proxy.mapFromSource(self.conflict_model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            self._selected_conflict = None
            self._highlight(())
            return
        self.conflict_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def selected_session_uid(self) -> str | None:
        """The session chosen in the view on screen (« Animer la séance »), or None."""
        view = self.current_view()
        if view is not None:
            return view.selected_session() or None
        index = self.agenda_view.currentIndex()
        entry = self.agenda_proxy.object_at(index.row()) if index.isValid() else None
        return entry.uid if entry is not None else None

    def _agenda_activated(self, index) -> None:
        entry = self.agenda_proxy.object_at(index.row())
        if entry is not None:
            self.session_activated.emit(entry.uid)
