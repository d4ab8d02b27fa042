"""The kit's sessions: agenda table with their alerts, automatic planning, editing, iCalendar export."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desktop.domain.kit import Kit, SessionStatus
from desktop.ui.labels import status_label
from desktop.domain.kit_edit import replace_sessions
from desktop.scheduling.autoschedule import shift_following
from desktop.scheduling.conflicts import ERROR
from desktop.scheduling.holidays_fr import school_zone
from desktop.storage.repositories import CatalogueRepository
from desktop.ui.dialogs.plan_dialog import PlanDialog
from desktop.ui.dialogs.session_dialog import SessionDialog
from desktop.ui.dialog_memory import recall, remember
from desktop.ui.kit_controller import KitController
from desktop.ui.models.base import FilterProxy
from desktop.ui.models.schedule_rows import SessionModel, SessionRow
from desktop.ui.schedule import Schedule
from desktop.ui.wording import words


class KitSessionsPanel(QWidget):
    """Sessions of the current kit.

    Signals:
        run_requested(str): « Animer la séance » for this session (its uid).
    """

    run_requested = Signal(str)

    def __init__(self, controller: KitController, schedule: Schedule, catalogue: CatalogueRepository,
                 parent=None, *, settings=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controller, self.schedule, self.catalogue = controller, schedule, catalogue
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self.model = SessionModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("sessionsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(SessionModel.DATE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several, for their status
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(SessionModel.WORKSHOP, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.alerts = QLabel(self)
        self.alerts.setObjectName("sessionAlerts")
        self.alerts.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("&Planifier automatiquement…"), self)
        self.edit_button = QPushButton(self.tr("&Modifier la séance…"), self)
        self.ics_button = QPushButton(self.tr("Exporter l'agenda (.ics)…"), self)
        self.places_button = QPushButton(self.tr("Lieux et intervenants…"), self)
        self.live_button = QPushButton(self.tr("A&nimer la séance (F5)"), self)
        self.live_button.setObjectName("sessionLive")
        self.live_button.clicked.connect(lambda: self.run_requested.emit(self.current_uid() or ""))
        # a push button with a menu leaves room for its arrow (a tool button's drew over the text)
        self.status_button = QPushButton(self.tr("&Statut des séances choisies"), self)
        menu = QMenu(self.status_button)
        for status in SessionStatus:
            menu.addAction("&" + status_label(status), lambda status=status: self.set_status(status))
        self.status_button.setMenu(menu)
        self.confirm_all_button = QPushButton(self.tr("&Confirmer toutes les séances"), self)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()  # two rows of buttons: one row does not fit a 1024 × 600 screen
        for b in (self.plan_button, self.edit_button, self.live_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        more = QHBoxLayout()
        for b in (self.ics_button, self.places_button):
            more.addWidget(b)
        more.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_button)
        status_row.addWidget(self.confirm_all_button)
        status_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(status_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.alerts)
        layout.addLayout(buttons)
        layout.addLayout(more)

    def _connect(self) -> None:
        self.plan_button.clicked.connect(self.plan)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.edit_button.clicked.connect(self.edit_current)
        self.ics_button.clicked.connect(self.export_ics)
        self.places_button.clicked.connect(self.edit_places)
        self.view.doubleClicked.connect(lambda _: self.edit_current())
        self.view.selectionModel().currentRowChanged.connect(self._show_alerts)
        self.schedule.changed.connect(self.refresh)
        self.kit: Kit | None = None

    def set_kit(self, kit: Kit | None) -> None:
        self.kit = kit
        self.refresh()

    def refresh(self) -> None:
        kit = self.schedule.kit(self.kit.uid) if self.kit is not None else None
        kit = kit or self.kit
        self.setEnabled(kit is not None)
        if kit is None:
            self.model.set_rows([])
            self.summary.clear()
            self.alerts.clear()
            return
        rows = []
        for s in kit.sessions:
            kw = kit.kit_workshop(s.kit_workshop_uid)
            venue = self.schedule.venue(s.venue_uid)
            people = [self.schedule.facilitator(u) for u in s.facilitator_uids]
            conflicts = self.schedule.conflicts_for(s.uid)
            rows.append(SessionRow(s, kw.workshop.title if kw else "", venue.name if venue else "",
                                   ", ".join(p.name for p in people if p), tuple(words(c.reason) for c in conflicts),
                                   any(c.severity == ERROR for c in conflicts)))
        current = self.current_uid()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(SessionModel.WORKSHOP, QHeaderView.ResizeMode.Stretch)
        if current:
            self.select(current)
        planned = len(kit.sessions)
        if not kit.workshops:
            text = self.tr("Ajoutez d'abord des ateliers au kit (onglet Ateliers).")
        elif not planned:
            text = self.tr("Aucune séance n'est encore datée. « Planifier automatiquement » propose des dates pour "
                           "les %Ln ateliers, dans l'ordre du kit.", "", len(kit.workshops))
        else:
            total = sum(len(r.conflicts) for r in rows)
            text = self.tr("%Ln séances datées.", "", planned)
            if total:
                text += " " + self.tr("%Ln alertes : survolez ou sélectionnez une séance pour les lire.", "", total)
        self.summary.setText(text)
        self.edit_button.setEnabled(planned > 0)
        self.ics_button.setEnabled(planned > 0)
        self._show_alerts()

    def current_uid(self) -> str | None:
        index = self.view.currentIndex()
        return self.proxy.object_at(index.row()).session.uid if index.isValid() else None

    def selected_uids(self) -> set[str]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return {self.proxy.object_at(r).session.uid for r in rows}

    def set_status(self, status: SessionStatus, uids: set[str] | None = None) -> bool:
        """Give the chosen sessions (*uids*, else the selected ones) *status*, in one undoable step."""
        kit = self.controller.kit
        uids = self.selected_uids() if uids is None else uids
        if kit is None or not uids:
            return False
        sessions = [replace(s, status=status) if s.uid in uids else s for s in kit.sessions]
        text = self.tr("Séances : « %1 » (%Ln)", "", len(uids)).replace(
            "%1", status_label(status))
        return self.controller.apply(replace_sessions(kit, sessions), text)

    def confirm_all(self) -> bool:
        """« Confirmer toutes les séances »: every pencilled session becomes confirmed."""
        kit = self.controller.kit
        uids = {s.uid for s in kit.sessions if s.status == SessionStatus.PENCILLED} if kit else set()
        return self.set_status(SessionStatus.CONFIRMED, uids)

    def select(self, uid: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.object_at(r).session.uid == uid:
                self.view.selectRow(r)
                return

    def _show_alerts(self, *args) -> None:
        index = self.view.currentIndex()
        row = self.proxy.object_at(index.row()) if index.isValid() else None
        self.alerts.setText("\n".join(f"• {m}" for m in row.conflicts) if row and row.conflicts else "")
        self.alerts.setStyleSheet("color: #a4161a;" if row and row.has_error else "color: #8a5a00;")

    # -- actions ---------------------------------------------------------------------------------------------
    def plan(self) -> bool:
        kit = self.controller.kit
        if kit is None or not kit.workshops:
            return False
        if kit.sessions and QMessageBox.question(
                self, self.tr("Planifier les séances"),
                self.tr("Ce kit a déjà %Ln séances datées. Les remplacer par un nouveau calendrier ?", "",
                        len(kit.sessions))) != QMessageBox.StandardButton.Yes:
            return False
        template = next((t for t in self.catalogue.templates() if t.id == kit.template_id), None)
        dialog = PlanDialog(kit, template, list(self.schedule.venues.values()),
                            list(self.schedule.facilitators.values()), self.schedule.blackouts(), parent=self,
                            save_venue=self.schedule.workspace.save_venue, last=recall(self.settings, "plan"))
        if not dialog.exec() or dialog.result_plan() is None:
            return False
        remember(self.settings, "plan", dialog.choices())
        result = dialog.result_plan()
        after = replace_sessions(kit, list(result.sessions))
        chosen = [f for s in result.sessions for f in s.facilitator_uids]
        places = [s.venue_uid for s in result.sessions if s.venue_uid]
        after = replace(after, facilitator_uids=tuple(dict.fromkeys((*kit.facilitator_uids, *chosen))),
                        venue_uids=tuple(dict.fromkeys((*kit.venue_uids, *places))))  # the team joins the kit
        self.controller.apply(after, self.tr("Planifier les séances"))
        if result.messages:
            QMessageBox.information(self, self.tr("Planifier les séances"),
                                    "\n".join(f"• {words(m)}" for m in result.messages))
        return True

    def edit_current(self) -> None:
        kit, uid = self.controller.kit, self.current_uid()
        if kit is None or uid is None:
            return
        session = next(s for s in kit.sessions if s.uid == uid)
        kw = kit.kit_workshop(session.kit_workshop_uid)
        dialog = SessionDialog(session, kw.workshop.title if kw else "", list(self.schedule.venues.values()),
                               list(self.schedule.facilitators.values()), self)
        if not dialog.exec():
            return
        edited = dialog.session()
        if dialog.shift_following():
            moved = shift_following(kit.sessions, uid, edited.day, departement=kit.departement,
                                    zone=school_zone(kit.departement), blackout=self.schedule.blackouts())
            sessions = [edited if s.uid == uid else s for s in moved]
        else:
            sessions = [edited if s.uid == uid else s for s in kit.sessions]
        self.controller.apply(replace_sessions(kit, sessions),
                              self.tr("Modifier la séance « %1 »").replace("%1", kw.workshop.title if kw else ""))
        self.select(uid)

    def edit_places(self) -> None:
        from desktop.ui.dialogs.places_dialog import PlacesDialog

        PlacesDialog(self.schedule.workspace, self).exec()

    def export_ics(self, path: str | None = None) -> bool:
        """Export the kit's sessions (or, through the dialog, a facilitator's or a participant's)."""
        from desktop.ui.dialogs.ics_dialog import IcsDialog

        dialog = IcsDialog(self.schedule, self.controller.kit.uid if self.controller.kit else None, self)
        if path:
            return dialog.export(path)
        return bool(dialog.exec())
