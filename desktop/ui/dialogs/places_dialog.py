"""Venues, facilitators and blackout dates, shared by all kits: edit in place, add, remove."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.ui.dates import long_date
from desktop.domain.kit import Facilitator, Venue, new_uid
from desktop.domain.text import sort_key
from desktop.ui.dialogs.venue_form import VenueForm
from desktop.ui.small_screen import fit_to_screen
from desktop.ui.models.schedule_rows import BlackoutModel, FacilitatorModel, VenueModel
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.sheet_table import SheetTable
from desktop.ui.workspace import Workspace


def _table(model, parent, stretch: int) -> QTableView:
    view = SheetTable(parent)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class PlacesDialog(QDialog):
    """Three tabs: venues, facilitators, dates to avoid. Every change is one undoable step, saved at once.

    Args:
        workspace: the owner of the shared records; the dialog reads from it and writes through it only.
    """

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it listens to the workspace: gone once closed
        self.setWindowTitle(self.tr("Lieux, intervenants et dates à éviter"))
        fit_to_screen(self, 980, 520)
        self._build()
        self._lay_out()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        self.venues = VenueModel(self._save_venue, self)
        self.facilitators = FacilitatorModel(self._save_facilitator, self)
        self.blackouts = BlackoutModel(self)
        self.venue_view = _table(self.venues, self, VenueModel.ADDRESS)
        self.venue_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.venue_view.horizontalHeader().setMinimumSectionSize(60)
        self.edit_venue_button = QPushButton(self.tr("&Modifier le lieu…"), self)
        self.facilitator_view = _table(self.facilitators, self, 0)
        self.blackout_view = _table(self.blackouts, self, 1)
        self.tabs = QTabWidget(self)
        self.blackout_page = QWidget(self)
        self.blackout_day = DateField(date.today(), self.blackout_page)
        self.blackout_day.setMinimumWidth(230)  # room for « mercredi 30 septembre 2026 » on one line
        self.blackout_label = QLineEdit(self.blackout_page)
        self.blackout_label.setPlaceholderText(self.tr("Motif (facultatif), ex. fête du village"))
        self.add_blackout_button = QPushButton(self.tr("Ajouter"), self.blackout_page)
        self.remove_blackout_button = QPushButton(self.tr("Retirer"), self.blackout_page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton(self.tr("Annuler la dernière modification"), self)
        self.undo_button.setToolTip(self.tr("Ctrl+Z ; Ctrl+Maj+Z pour la rétablir"))

    def _lay_out(self) -> None:
        self.tabs.addTab(self._page(self.venue_view, self.tr("Nouveau lieu"), self.add_venue,
                                    self.tr("Retirer le lieu"), self.remove_venue,
                                    self.tr("Salles des fêtes, tiers-lieux, mairies, fermes… réutilisables dans tous "
                                            "vos kits. Tapez dans une case pour la corriger ; Tab passe à la "
                                            "suivante. Plain-pied, parking, réseau, Wi-Fi : oui, non, ou case grisée "
                                            "« à préciser » (cliquez pour passer de l'un à l'autre)."), self.edit_venue_button),
                         self.tr("Lieux"))
        self.tabs.addTab(self._page(self.facilitator_view, self.tr("Nouvel intervenant"), self.add_facilitator,
                                    self.tr("Retirer l'intervenant"), self.remove_facilitator,
                                    self.tr("Les personnes qui animent les séances, dans tous vos kits.")),
                         self.tr("Intervenants"))
        row = QHBoxLayout()
        row.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.blackout_day)
        row.addWidget(self.blackout_label, 1)
        row.addWidget(self.add_blackout_button)
        row.addWidget(self.remove_blackout_button)
        bl = QVBoxLayout(self.blackout_page)
        bl.addWidget(QLabel(self.tr("La planification automatique ne place aucune séance ces jours-là."),
                            self.blackout_page))
        bl.addWidget(self.blackout_view, 1)
        bl.addLayout(row)
        self.tabs.addTab(self.blackout_page, self.tr("Dates à éviter"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        stack = self.workspace.undo_stack
        self.add_blackout_button.clicked.connect(self.add_blackout)
        self.edit_venue_button.clicked.connect(self.edit_venue)
        self.remove_blackout_button.clicked.connect(self.remove_blackout)
        self.buttons.rejected.connect(self.accept)
        self.undo_button.clicked.connect(stack.undo)
        for sequence, slot in ((QKeySequence.StandardKey.Undo, stack.undo), (QKeySequence.StandardKey.Redo, stack.redo)):
            action = QAction(self)
            action.setShortcut(sequence)
            action.triggered.connect(slot)
            self.addAction(action)
        self.workspace.changed.connect(self.refresh)

    def _page(self, view, add_text, add_slot, remove_text, remove_slot, help_text, *more) -> QWidget:
        page = QWidget(self)
        add = QPushButton(add_text, page)
        remove = QPushButton(remove_text, page)
        add.clicked.connect(add_slot)
        remove.clicked.connect(remove_slot)
        note = QLabel(help_text, page)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(add)
        for button in more:
            row.addWidget(button)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return page

    def refresh(self, *args) -> None:
        by_name = lambda record: sort_key(record.name)  # noqa: E731
        count = self.venues.rowCount()
        self.venues.update_rows(sorted(self.workspace.venues.values(), key=by_name), key=lambda v: v.uid)
        self.facilitators.update_rows(sorted(self.workspace.facilitators.values(), key=by_name), key=lambda f: f.uid)
        self.blackouts.set_rows(sorted(self.workspace.blackouts().items()))
        if self.venues.rowCount() != count:  # sized to the content once per change of rows, never collapsed
            view = self.venue_view
            view.resizeColumnsToContents()
            for column, least in ((VenueModel.NAME, 160), (VenueModel.ADDRESS, 200), (VenueModel.COMMUNE, 120)):
                view.setColumnWidth(column, min(360, max(least, view.columnWidth(column))))

    def _save_venue(self, venue: Venue) -> bool:
        return self.workspace.save_venue(venue)

    def _save_facilitator(self, facilitator: Facilitator) -> bool:
        return self.workspace.save_facilitator(facilitator)

    def _edit_new(self, view, model, uid: str) -> None:
        row = model.find_row(lambda x: x.uid == uid)
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))
            view.edit(model.index(row, 0))

    def add_venue(self) -> None:
        """A new venue, typed in a form (Enter saves it)."""
        form = VenueForm(None, self)
        if form.exec() and self._save_venue(form.venue()):
            row = self.venues.find_row(lambda v: v.uid == form.venue().uid)
            self.venue_view.setCurrentIndex(self.venues.index(row, 0))

    def edit_venue(self) -> None:
        venue = self._current(self.venue_view, self.venues)
        if venue is None:
            return
        form = VenueForm(venue, self)
        if form.exec():
            self._save_venue(form.venue())

    def add_facilitator(self) -> None:
        person = Facilitator(new_uid(), self.tr("Nouvel intervenant"))
        if self._save_facilitator(person):
            self._edit_new(self.facilitator_view, self.facilitators, person.uid)

    def _current(self, view, model):
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def _confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes

    def remove_venue(self) -> None:
        venue = self._current(self.venue_view, self.venues)
        if venue is None:
            return
        used = self.workspace.sessions_using_venue(venue.uid)
        if used:
            lines = [f"• {kit.name} : {long_date(s.day)}" for kit, s in used[:8]]
            if len(used) > 8:
                lines.append(self.tr("• et %Ln autre(s) séance(s)", "", len(used) - 8))
            question = (self.tr("« %1 » accueille %Ln séance(s), qui n'auront plus de lieu :", "", len(used))
                        .replace("%1", venue.name) + "\n" + "\n".join(lines) + "\n\n"
                        + self.tr("Retirer ce lieu ? Vous pourrez l'annuler (Ctrl+Z)."))
            if not self._confirm(question):
                return
        self.workspace.delete_venue(venue.uid)

    def remove_facilitator(self) -> None:
        person = self._current(self.facilitator_view, self.facilitators)
        if person is None:
            return
        kits = self.workspace.kits_using_facilitator(person.uid)
        if kits:
            names = ", ".join(f"« {k.name} »" for k in kits)
            question = (self.tr("%1 fait partie de l'équipe de ces kits ou de leurs séances : %2. Il ou elle en "
                                "sera retiré·e. Continuer ? Vous pourrez l'annuler (Ctrl+Z).")
                        .replace("%1", person.name).replace("%2", names))
            if not self._confirm(question):
                return
        self.workspace.delete_facilitator(person.uid)

    def add_blackout(self) -> None:
        day = self.blackout_day.date()
        if day is None:  # the field says why, in red
            self.blackout_day.setFocus()
            return
        days = self.workspace.blackouts()
        days[day] = " ".join(self.blackout_label.text().split())
        if self.workspace.set_blackouts(days, self.tr("Ajouter une date à éviter")):
            self.blackout_label.clear()

    def remove_blackout(self) -> None:
        current = self._current(self.blackout_view, self.blackouts)
        if current is None:
            return
        days = self.workspace.blackouts()
        days.pop(current[0], None)
        self.workspace.set_blackouts(days, self.tr("Retirer une date à éviter"))
