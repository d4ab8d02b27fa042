"""Venues, facilitators and blackout dates, shared by all kits: edit in place, add, remove."""

from __future__ import annotations


from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.kit import Facilitator, Venue, new_uid
from desktop.storage.errors import StorageError
from desktop.ui.dialogs.session_dialog import from_qdate
from desktop.ui.models.schedule_rows import BlackoutModel, FacilitatorModel, VenueModel
from desktop.ui.schedule import Schedule


def _table(model, parent, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class PlacesDialog(QDialog):
    """Three tabs: venues, facilitators, dates to avoid. Every change is saved at once."""

    def __init__(self, schedule: Schedule, parent=None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it listens to the schedule: gone once closed
        self.setWindowTitle(self.tr("Lieux, intervenants et dates à éviter"))
        self.resize(980, 520)
        self.venues = VenueModel(self._save_venue, self)
        self.facilitators = FacilitatorModel(self._save_facilitator, self)
        self.blackouts = BlackoutModel(self)
        self.venue_view = _table(self.venues, self, VenueModel.ADDRESS)
        self.facilitator_view = _table(self.facilitators, self, 0)
        self.blackout_view = _table(self.blackouts, self, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._page(self.venue_view, self.tr("Nouveau lieu"), self.add_venue,
                                    self.tr("Retirer le lieu"), self.remove_venue,
                                    self.tr("Salles des fêtes, tiers-lieux, mairies, fermes… réutilisables dans tous "
                                            "vos kits. Double-cliquez sur une case pour la modifier. Plain-pied, "
                                            "parking, réseau, Wi-Fi : oui, non, ou case grisée « à préciser » "
                                            "(cliquez pour passer de l'un à l'autre).")),
                         self.tr("Lieux"))
        self.tabs.addTab(self._page(self.facilitator_view, self.tr("Nouvel intervenant"), self.add_facilitator,
                                    self.tr("Retirer l'intervenant"), self.remove_facilitator,
                                    self.tr("Les personnes qui animent les séances, dans tous vos kits.")),
                         self.tr("Intervenants"))
        blackout_page = QWidget(self)
        self.blackout_day = QDateEdit(QDate.currentDate(), blackout_page)
        self.blackout_day.setCalendarPopup(True)
        self.blackout_day.setDisplayFormat("dd/MM/yyyy")
        self.blackout_label = QLineEdit(blackout_page)
        self.blackout_label.setPlaceholderText(self.tr("Motif (facultatif), ex. fête du village"))
        add = QPushButton(self.tr("Ajouter"), blackout_page)
        remove = QPushButton(self.tr("Retirer"), blackout_page)
        add.clicked.connect(self.add_blackout)
        remove.clicked.connect(self.remove_blackout)
        row = QHBoxLayout()
        row.addWidget(self.blackout_day)
        row.addWidget(self.blackout_label, 1)
        row.addWidget(add)
        row.addWidget(remove)
        bl = QVBoxLayout(blackout_page)
        bl.addWidget(QLabel(self.tr("La planification automatique ne place aucune séance ces jours-là."),
                            blackout_page))
        bl.addWidget(self.blackout_view, 1)
        bl.addLayout(row)
        self.tabs.addTab(blackout_page, self.tr("Dates à éviter"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        undo = QPushButton(self.tr("Annuler la dernière modification"), self)
        undo.setToolTip(self.tr("Ctrl+Z ; Ctrl+Maj+Z pour la rétablir"))
        undo.clicked.connect(schedule.controller.undo_stack.undo)
        stack = schedule.controller.undo_stack
        for sequence, slot in ((QKeySequence.StandardKey.Undo, stack.undo), (QKeySequence.StandardKey.Redo, stack.redo)):
            action = QAction(self)
            action.setShortcut(sequence)
            action.triggered.connect(slot)
            self.addAction(action)
        bottom = QHBoxLayout()
        bottom.addWidget(undo)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        schedule.changed.connect(self.refresh)
        self.refresh()

    def _page(self, view, add_text, add_slot, remove_text, remove_slot, help_text) -> QWidget:
        page = QWidget(self)
        add = QPushButton(add_text, page)
        remove = QPushButton(remove_text, page)
        add.clicked.connect(add_slot)
        remove.clicked.connect(remove_slot)
        note = QLabel(help_text, page)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return page

    def refresh(self) -> None:
        self.venues.set_rows(self.schedule.venue_repo.list())
        self.facilitators.set_rows(self.schedule.facilitator_repo.list())
        self.blackouts.set_rows(sorted(self.schedule.profile_repo.blackouts().items()))
        self.venue_view.resizeColumnsToContents()
        self.venue_view.horizontalHeader().setSectionResizeMode(VenueModel.ADDRESS, QHeaderView.ResizeMode.Stretch)

    def _guard(self, action) -> None:
        try:
            action()
        except StorageError as exc:
            from desktop.ui.errors import describe

            QMessageBox.warning(self, self.windowTitle(), describe(exc))
        self.refresh()

    def _save_venue(self, venue: Venue) -> None:
        self._guard(lambda: self.schedule.save_venue(venue))

    def _save_facilitator(self, facilitator: Facilitator) -> None:
        self._guard(lambda: self.schedule.save_facilitator(facilitator))

    def _edit_new(self, view, model, uid: str) -> None:
        row = model.find_row(lambda x: x.uid == uid)
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))
            view.edit(model.index(row, 0))

    def add_venue(self) -> None:
        venue = Venue(new_uid(), self.tr("Nouveau lieu"))
        self._save_venue(venue)
        self._edit_new(self.venue_view, self.venues, venue.uid)

    def add_facilitator(self) -> None:
        person = Facilitator(new_uid(), self.tr("Nouvel intervenant"))
        self._save_facilitator(person)
        self._edit_new(self.facilitator_view, self.facilitators, person.uid)

    def _current(self, view, model):
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def remove_venue(self) -> None:
        venue = self._current(self.venue_view, self.venues)
        if venue is None:
            return
        used = sum(1 for _, s in self.schedule.sessions() if s.venue_uid == venue.uid)
        if used and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("« %1 » accueille %2 séance(s) : elles n'auront plus de lieu. Retirer ce lieu ?")
                .replace("%1", venue.name).replace("%2", str(used))) != QMessageBox.StandardButton.Yes:
            return
        self._guard(lambda: self.schedule.venue_repo.delete(venue.uid))
        self.schedule.reload()

    def remove_facilitator(self) -> None:
        person = self._current(self.facilitator_view, self.facilitators)
        if person is None:
            return
        kits = [k.name for k in self.schedule.kits()
                if person.uid in k.facilitator_uids or any(person.uid in s.facilitator_uids for s in k.sessions)]
        if kits:
            QMessageBox.information(
                self, self.windowTitle(),
                self.tr("%1 anime des séances de ces kits : %2. Retirez-la ou retirez-le d'abord de ces séances.")
                .replace("%1", person.name).replace("%2", ", ".join(f"« {k} »" for k in kits)))
            return
        self._guard(lambda: self.schedule.facilitator_repo.delete(person.uid))
        self.schedule.reload()

    def add_blackout(self) -> None:
        days = self.schedule.profile_repo.blackouts()
        days[from_qdate(self.blackout_day.date())] = " ".join(self.blackout_label.text().split())
        self._guard(lambda: self.schedule.profile_repo.save_blackouts(days))
        self.blackout_label.clear()

    def remove_blackout(self) -> None:
        current = self._current(self.blackout_view, self.blackouts)
        if current is None:
            return
        days = self.schedule.profile_repo.blackouts()
        days.pop(current[0], None)
        self._guard(lambda: self.schedule.profile_repo.save_blackouts(days))


