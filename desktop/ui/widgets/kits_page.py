"""The kits page: the list of kits (active, archived) and the editor of the selected kit.

The editor (its tabs and their panels) is built when a kit is first shown or one of its panels first asked for
(:attr:`KitsPage.general`, :attr:`KitsPage.sessions`…): the first run, with no kit, shows the three ways to begin
and nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.kit import Kit
from desktop.domain.kit_factory import duplicate_kit
from desktop.storage.repositories import CatalogueRepository
from desktop.ui.kit_controller import KitController
from desktop.ui.models.base import FilterProxy
from desktop.ui.models.kits import KitListModel
from desktop.ui.widgets.content_split import MEASURED_ROWS, ContentSplit, content_widths, table_width
from desktop.ui.widgets.first_run import FirstRunPanel

if TYPE_CHECKING:
    from desktop.ui.schedule import Schedule

#: The window state's key of the kit shown last (« Mes kits » opens on it).
LAST_KIT = "main/kit"

#: The kit editor's panels (each is given the kit shown).
PANELS = ("general", "paperwork", "workshops", "participants", "sessions", "followup", "call", "summary")
EDITOR_KEEPS = 960  # the kit editor's width at least, beside a list sized to its kit names


def _counts(kit: Kit) -> tuple[int, int, int]:
    return len(kit.workshops), len(kit.participants), sum(1 for s in kit.sessions if s.is_active)


def _editor_part(name: str, what: str) -> property:
    """One of the kit editor's parts, the editor built first if it was not yet."""
    def get(self):
        self._build_editor()
        return self._editor[name]

    return property(get, doc=f"{what} (the kit editor built now if it was not yet).")


class KitsPage(QSplitter):
    """List of kits on the left, the selected kit's tabs on the right.

    Signals:
        print_requested(): the user asked to print the kit on screen.
        status_message(str, int): a short message for the status bar, and how long to show it (ms).
    """

    ACTIVE, ARCHIVED, ALL = range(3)
    print_requested = Signal()
    status_message = Signal(str, int)
    open_file_requested = Signal()
    profile_requested = Signal()
    run_requested = Signal(str)  # « Animer la séance » from the kit's sessions (a session uid)

    general = _editor_part("general", "The « Général » panel")
    paperwork = _editor_part("paperwork", "The paperwork panel under « Général »")
    workshops = _editor_part("workshops", "The « Ateliers » panel")
    call = _editor_part("call", "The « Appel » panel")
    participants = _editor_part("participants", "The « Participants » panel")
    sessions = _editor_part("sessions", "The « Séances » panel")
    followup = _editor_part("followup", "The « Présences et évaluations » panel")
    summary = _editor_part("summary", "The « Récapitulatif » panel")
    tabs = _editor_part("tabs", "The editor's tabs")

    def __init__(self, controller: KitController, catalogue: CatalogueRepository, schedule: Callable[[], Schedule],
                 parent=None, *, settings=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.controller = controller
        self.catalogue = catalogue
        self._schedule = schedule
        self.settings = settings
        self._editor: dict[str, QWidget] | None = None  # the kit editor's parts, once built
        self._build()
        self._lay_out()
        self._connect()
        self.refresh()
        self._reopen()

    @property
    def schedule(self) -> Schedule:
        """The sessions' schedule the kit editor's panels share, asked for (and so made) with the editor: the
        first-run page and the list of kits need none."""
        return self._schedule()

    def _build(self) -> None:
        self.list_model = KitListModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.list_model)
        self.view = QTableView(self)
        self.view.setObjectName("kitList")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(KitListModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(KitListModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        for column in (KitListModel.TERRITORY, KitListModel.SESSIONS):
            self.view.setColumnHidden(column, True)
        for column in (KitListModel.WORKSHOPS, KitListModel.PARTICIPANTS):  # the counts fit, the title takes the rest
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.show_which = QComboBox(self)
        self.show_which.addItems([self.tr("Kits en cours"), self.tr("Kits archivés"), self.tr("Tous les kits")])
        self.new_button = QPushButton(self.tr("&Nouveau kit…"), self)
        self.duplicate_button = QPushButton(self.tr("D&upliquer"), self)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.print_button = QPushButton(self.tr("&Imprimer…"), self)
        self.print_button.setToolTip(self.tr("Programme, livrets, feuilles d'émargement, attestations… (Ctrl+P)"))

    def _lay_out(self) -> None:
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Afficher :"), left))
        top.addWidget(self.show_which, 1)
        ll.addLayout(top)
        ll.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        ll.addLayout(buttons)

        self.empty = QLabel(self.tr("<h3>Aucun kit sélectionné</h3><p>Choisissez un kit dans la liste, ou créez-en "
                                    "un à partir d'un modèle (« Outille ton projet », « Premiers Pas »…), des "
                                    "actions d'une expérimentation, ou vierge : bouton <b>Nouveau kit…</b> ou "
                                    "<b>Ctrl+N</b>.</p>"), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.first_run = FirstRunPanel(self)
        right = QWidget(self)
        rl = self._right = QVBoxLayout(right)  # the editor goes under the first-run page once built
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty)
        rl.addWidget(self.first_run, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        rl.addLayout(bottom)
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)
        self.setSizes([280, 920])  # the editor keeps the room it needs on a 1024-pixel screen
        self.content_split = ContentSplit(self, lambda: table_width(self.view, sum(content_widths(self.view).values())),
                                          keep=EDITOR_KEEPS, least=280)

    def _connect(self) -> None:
        self.show_which.currentIndexChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_kit)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.print_button.clicked.connect(self.print_requested)
        self.first_run.new_kit_requested.connect(self.new_kit)
        self.first_run.open_file_requested.connect(self.open_file_requested)
        self.first_run.profile_requested.connect(self.profile_requested)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.controller.kit_changed.connect(self._show_kit)
        self.controller.kits_changed.connect(self.refresh)

    def _build_editor(self) -> None:
        """The kit editor: its panels in tabs, each scrolling on a small screen (once)."""
        if self._editor is not None:
            return
        from desktop.ui.small_screen import ScrolledTabs
        from desktop.ui.widgets.kit_call import KitCallPanel
        from desktop.ui.widgets.kit_followup import KitFollowUpPanel
        from desktop.ui.widgets.kit_general import KitGeneralPanel
        from desktop.ui.widgets.kit_paperwork import KitPaperworkPanel, general_page
        from desktop.ui.widgets.kit_participants import KitParticipantsPanel
        from desktop.ui.widgets.kit_sessions import KitSessionsPanel
        from desktop.ui.widgets.kit_summary import KitSummaryPanel
        from desktop.ui.widgets.kit_workshops import KitWorkshopsPanel

        # Built inside the tabs, not yet on screen: a widget made a child of one on screen would stay hidden.
        tabs = ScrolledTabs(self._right.parentWidget())
        parts = self._editor = {
            "general": KitGeneralPanel(self.controller, self.schedule, tabs),
            "paperwork": KitPaperworkPanel(self.controller, tabs),
            "workshops": KitWorkshopsPanel(self.controller, self.catalogue, tabs),
            "participants": KitParticipantsPanel(self.controller, tabs),
            "sessions": KitSessionsPanel(self.controller, self.schedule, self.catalogue, tabs, settings=self.settings),
            "followup": KitFollowUpPanel(self.controller, tabs),
            "call": KitCallPanel(self.controller, tabs),
            "summary": KitSummaryPanel(tabs),
            "tabs": tabs,
        }
        tabs.add_page(general_page(parts["general"], parts["paperwork"], tabs), self.tr("Général"))
        for key, title in (("workshops", self.tr("Ateliers")), ("call", self.tr("Appel")),
                           ("participants", self.tr("Participants")), ("sessions", self.tr("Séances")),
                           ("followup", self.tr("Présences et évaluations")), ("summary", self.tr("Récapitulatif"))):
            tabs.add_page(parts[key], title)
        self._right.insertWidget(2, tabs, 1)  # after the « no kit selected » text and the first-run page
        tabs.setVisible(self.controller.kit is not None)  # at once (a layout would show it at the next event)
        for key in ("general", "workshops", "participants", "call"):
            parts[key].status_message.connect(self.status_message)
        parts["sessions"].run_requested.connect(self.run_requested)
        for key in PANELS:
            parts[key].set_kit(self.controller.kit)

    # -- list ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list, keeping the current kit selected."""
        current = self.controller.kit.uid if self.controller.kit else None
        kits = self.controller.workspace.kits()
        self.first_run.setVisible(not kits)
        self.empty.setVisible(bool(kits) and self.controller.kit is None)
        if self._editor is not None:
            self.tabs.setVisible(self.controller.kit is not None)
        self.list_model.counts = {k.uid: _counts(k) for k in kits}
        self.list_model.set_rows(kits)
        self._apply_filter()
        self.select(current)

    def _apply_filter(self, *args) -> None:
        which = self.show_which.currentIndex()
        self.proxy.set_accept(None if which == self.ALL else
                              (lambda k: k.archived == (which == self.ARCHIVED)))

    def select(self, uid: str | None) -> None:
        row = -1
        for r in range(self.proxy.rowCount()):
            if self.proxy.object_at(r).uid == uid:
                row = r
        if row < 0 and uid is not None and self.list_model.find_row(lambda k: k.uid == uid) >= 0:
            self.show_which.setCurrentIndex(self.ALL)
            return self.select(uid)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        elif self.controller.kit is not None and uid is None:
            self.controller.select(None)
        self._update_buttons()

    def _on_current(self, current, previous) -> None:
        kit = self.proxy.object_at(current.row()) if current.isValid() else None
        if (kit.uid if kit else None) != (self.controller.kit.uid if self.controller.kit else None):
            self.controller.select(kit.uid if kit else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.controller.kit is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.print_button.setEnabled(has)

    def _reopen(self) -> None:
        """Show a kit when the page opens with none: the one shown last time (the window state), else the kit in
        progress changed last — « Mes kits » does not open on an empty editor when there are kits."""
        kits = self.controller.workspace.kits()
        if self.controller.kit is not None or not kits:
            return
        remembered = self.settings.state(LAST_KIT) if self.settings is not None else None
        uid = bytes(remembered).decode("utf-8", "replace") if remembered is not None else ""
        if not any(k.uid == uid for k in kits):
            in_progress = [k for k in kits if not k.archived] or kits
            uid = max(in_progress, key=lambda k: (k.modified or datetime.min, k.uid)).uid
        self.select(uid)

    def _show_kit(self, kit: Kit | None) -> None:
        if kit is not None and self.settings is not None:
            self.settings.set_state(LAST_KIT, QByteArray(kit.uid.encode("utf-8")))
        first_run = not self.controller.workspace.has_kits()
        self.first_run.setVisible(first_run)
        self.empty.setVisible(kit is None and not first_run)
        if kit is not None and self._editor is None:
            self._build_editor()  # it shows this kit
        elif self._editor is not None:
            self.tabs.setVisible(kit is not None)
            for key in PANELS:
                self._editor[key].set_kit(kit)
        if kit is not None:
            row = self.list_model.find_row(lambda k: k.uid == kit.uid)
            if row >= 0:
                # keep the list's counts current without a full reload
                self.list_model.counts[kit.uid] = _counts(kit)
                self.list_model.dataChanged.emit(self.list_model.index(row, 0),
                                                 self.list_model.index(row, self.list_model.columnCount() - 1))
            else:
                self.refresh()
        self._update_buttons()

    def focus_search(self) -> None:
        """Ctrl+F: the workshop library's filter on the Ateliers tab, else the kit list."""
        if self._editor is not None and self.tabs.isVisible() and self.tabs.currentWidget() is self.workshops:
            self.workshops.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.workshops.filter.selectAll()
        else:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- actions ---------------------------------------------------------------------------------------------
    def new_kit(self, *, template_id: str = "", experiment: int | None = None) -> None:
        from desktop.ui.dialogs.new_kit import NewKitDialog

        dialog = NewKitDialog(self.catalogue, self, template_id=template_id, experiment=experiment)
        if dialog.exec() and dialog.kit() is not None:
            kit = dialog.kit()
            if self.controller.create(kit, self.tr("Créer le kit « %1 »").replace("%1", kit.name)):
                self.show_which.setCurrentIndex(self.ACTIVE)
                self.refresh()
                self.select(kit.uid)
                self.tabs.setCurrentWidget(self.workshops)

    def duplicate_current(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # its enum types made when first asked for, not at start

        kit = self.controller.kit
        if kit is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Dupliquer le kit"), self.tr("Nom de la copie :"),
                                        text=self.tr("%1 (copie)").replace("%1", kit.name))
        if not ok:
            return
        try:
            copy = duplicate_kit(kit, name)
        except ValidationError:
            QMessageBox.warning(self, self.tr("Dupliquer le kit"), self.tr("Donnez un nom à la copie."))
            return
        if self.controller.create(copy, self.tr("Dupliquer « %1 »").replace("%1", kit.name)):
            self.refresh()
            self.select(copy.uid)

    def delete_current(self) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Supprimer le kit"),
            self.tr("Supprimer le kit « %1 », ses ateliers, ses participants et ses séances ?\n\n"
                    "Vous pourrez l'annuler avec Édition › Annuler (Ctrl+Z).").replace("%1", kit.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete(kit, self.tr("Supprimer le kit « %1 »").replace("%1", kit.name))
            self.refresh()
