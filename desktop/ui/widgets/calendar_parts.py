"""The calendar page's widgets, created and laid out (:class:`~desktop.ui.widgets.calendar_page.CalendarPage`
calls these; its behaviour is there)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from desktop.ui.models.base import FilterProxy
from desktop.ui.models.schedule import AgendaModel, ConflictModel
from desktop.ui.schedule import Schedule
from desktop.ui.widgets.calendar_month import MonthView
from desktop.ui.widgets.calendar_week import WeekView


def _table(parent: QWidget, proxy: FilterProxy, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    # Columns fit the rows on screen: with every row considered, each row added or removed (a drop) read all
    # 10,000 rows of a large schedule again.
    view.horizontalHeader().setResizeContentsPrecision(0)
    return view


def build(page, schedule: Schedule, today: Callable[[], date]) -> None:
    """Create the page's widgets (see :class:`CalendarPage` for what they are)."""
    # navigation
    page.previous_button = QPushButton(QCoreApplication.translate("CalendarPage", "‹ Précédent"), page)
    page.today_button = QPushButton(QCoreApplication.translate("CalendarPage", "Aujourd'hui"), page)
    page.next_button = QPushButton(QCoreApplication.translate("CalendarPage", "Suivant ›"), page)
    page.previous_button.setToolTip(QCoreApplication.translate("CalendarPage", "Période précédente (Page précédente ou Ctrl+←)"))
    page.today_button.setToolTip(QCoreApplication.translate("CalendarPage", "Revenir à aujourd'hui (T ou Ctrl+T)"))
    page.next_button.setToolTip(QCoreApplication.translate("CalendarPage", "Période suivante (Page suivante ou Ctrl+→)"))
    page.period_label = QLabel(page)
    page.zone_label = QLabel(page)  # the legend of the school holidays shaded
    page.zone_label.setObjectName("zoneLegend")
    page.zone_label.setStyleSheet("background: #e3f1e3; padding: 2px 6px;")
    page.period_label.setObjectName("calendarPeriod")
    font = QFont(page.period_label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    page.period_label.setFont(font)
    page.month_button = QPushButton(QCoreApplication.translate("CalendarPage", "Mois"), page)
    page.week_button = QPushButton(QCoreApplication.translate("CalendarPage", "Semaine"), page)
    page.list_button = QPushButton(QCoreApplication.translate("CalendarPage", "Liste"), page)
    page.modes = QButtonGroup(page)
    for mode, button in enumerate((page.month_button, page.week_button, page.list_button)):
        button.setCheckable(True)
        page.modes.addButton(button, mode)
    page.month_button.setChecked(True)

    # filters
    page.facilitator_filter = QComboBox(page)
    page.venue_filter = QComboBox(page)
    page.kit_filter = QComboBox(page)
    for combo in (page.facilitator_filter, page.venue_filter, page.kit_filter):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(14)
    page.clear_filters_button = QPushButton(QCoreApplication.translate("CalendarPage", "Tout afficher"), page)
    page.filter_summary = QLabel(page)

    # the three views
    page.month_view = MonthView(schedule, page, today=today)
    page.month_view.setObjectName("monthView")
    page.month_view.setAccessibleName(QCoreApplication.translate("CalendarPage", "Calendrier du mois"))
    page.week_view = WeekView(schedule, page, today=today)
    page.week_view.setObjectName("weekView")
    page.week_view.setAccessibleName(QCoreApplication.translate("CalendarPage", "Calendrier de la semaine"))
    page.agenda_model = AgendaModel(page)
    page.agenda_proxy = FilterProxy(page)
    page.agenda_proxy.setSourceModel(page.agenda_model)
    page.agenda_view = _table(page, page.agenda_proxy, "agendaView")
    page.agenda_view.setAccessibleName(QCoreApplication.translate("CalendarPage", "Liste des séances"))
    page.agenda_view.sortByColumn(AgendaModel.DATE, Qt.SortOrder.AscendingOrder)
    page.agenda_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    page.agenda_view.horizontalHeader().setSectionResizeMode(AgendaModel.WORKSHOP, QHeaderView.ResizeMode.Stretch)
    page.stack = QStackedWidget(page)
    for widget in (page.month_view, page.week_view, page.agenda_view):
        page.stack.addWidget(widget)

    # conflicts
    page.conflict_model = ConflictModel(page)
    page.conflict_proxy = FilterProxy(page)
    page.conflict_proxy.setSourceModel(page.conflict_model)
    page.conflict_view = _table(page, page.conflict_proxy, "conflictView")
    page.conflict_view.setAccessibleName(QCoreApplication.translate("CalendarPage", "Conflits du planning"))
    page.conflict_view.sortByColumn(ConflictModel.DATE, Qt.SortOrder.AscendingOrder)
    header = page.conflict_view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(ConflictModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
    page.conflicts_label = QLabel(page)
    page.conflicts_label.setObjectName("conflictsLabel")



def lay_out(page) -> None:
    """Place the widgets: navigation, filters, the views over the conflicts."""
    nav = QHBoxLayout()
    for button in (page.previous_button, page.today_button, page.next_button):
        nav.addWidget(button)
    nav.addSpacing(12)
    nav.addWidget(page.period_label, 1)
    nav.addWidget(page.zone_label)
    for button in (page.month_button, page.week_button, page.list_button):
        nav.addWidget(button)
    filters = QHBoxLayout()
    for text, combo in ((QCoreApplication.translate("CalendarPage", "Intervenant :"), page.facilitator_filter),
                        (QCoreApplication.translate("CalendarPage", "Lieu :"), page.venue_filter), (QCoreApplication.translate("CalendarPage", "Kit :"), page.kit_filter)):
        label = QLabel(text, page)
        label.setBuddy(combo)
        filters.addWidget(label)
        filters.addWidget(combo)
        filters.addSpacing(8)
    filters.addWidget(page.clear_filters_button)
    filters.addWidget(page.filter_summary, 1)
    conflicts = QWidget(page)
    cl = QVBoxLayout(conflicts)
    cl.setContentsMargins(0, 4, 0, 0)
    cl.addWidget(page.conflicts_label)
    cl.addWidget(page.conflict_view, 1)
    page.splitter = QSplitter(Qt.Orientation.Vertical, page)
    page.splitter.setObjectName("calendarSplitter")
    page.splitter.addWidget(page.stack)
    page.splitter.addWidget(conflicts)
    page.splitter.setStretchFactor(0, 4)
    page.splitter.setStretchFactor(1, 1)
    page.splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.addLayout(nav)
    layout.addLayout(filters)
    layout.addWidget(page.splitter, 1)

def add_shortcuts(page) -> None:
    """PgUp / PgDown / T on the calendar's own widgets, Ctrl+arrows and Ctrl+T on the whole page."""
    # PgUp / PgDown / T belong to the calendar (the tables keep them for scrolling and typing).
    page.shortcuts: list[QShortcut] = []
    calendar_keys = ((Qt.Key.Key_PageUp, page.previous), (Qt.Key.Key_PageDown, page.next),
                     (Qt.Key.Key_T, page.go_today))
    for widget in (page.month_view, page.week_view, page.previous_button, page.today_button, page.next_button,
                   page.month_button, page.week_button, page.list_button):
        for key, slot in calendar_keys:
            _shortcut(page, QKeySequence(key), widget, slot, Qt.ShortcutContext.WidgetShortcut)
    for sequence, slot in (("Ctrl+Left", page.previous), ("Ctrl+Right", page.next), ("Ctrl+T", page.go_today)):
        _shortcut(page, QKeySequence(sequence), page, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

def _shortcut(page, sequence: QKeySequence, widget: QWidget, slot, context: Qt.ShortcutContext) -> None:
    shortcut = QShortcut(sequence, widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    page.shortcuts.append(shortcut)
