"""The kit's composition: the library beside the kit's workshops, and the selected workshop's editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import Kit, KitWorkshop, blank_workshop
from desktop.domain.kit_edit import insert_workshop, move_workshops, remove_workshops, update_workshop
from desktop.storage.changes import USER_WORKSHOP
from desktop.storage.repositories import CatalogueRepository
from desktop.ui.kit_controller import KitController
from desktop.ui.models.kits import KitWorkshopModel, LibraryModel
from desktop.ui.models.subset import SubsetProxy
from desktop.ui.widgets.content_split import MEASURED_ROWS
from desktop.ui.widgets.workshop_editor import WorkshopEditor
from desktop.ui.widgets.search_box import SearchBox


class KitWorkshopsPanel(QWidget):
    """Library on the left, the kit's workshops on the right, the selected one's editor below.

    The library is read when the panel is first shown or its rows first asked for (:attr:`library_model`,
    :attr:`library_proxy`), not when it is built: « Mes kits » is built behind the first-run page, where it is
    not on screen.
    """

    status_message = Signal(str, int)  # a message for the status bar, and for how long (ms)

    def __init__(self, controller: KitController, catalogue: CatalogueRepository, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue = catalogue
        self._library_read = False  # the library's rows are read when first needed
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self._library_model = LibraryModel(self)
        self._library_proxy = SubsetProxy(lambda w: w.id, self)  # sort keys computed once: the library may be long
        self._library_proxy.setSourceModel(self._library_model)
        self.library = QTableView(self)
        self.library.setObjectName("libraryView")
        self.library.setModel(self._library_proxy)
        self.library.setSortingEnabled(True)
        self.library.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.library.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library.setDragEnabled(True)
        self.library.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.library.verticalHeader().setVisible(False)
        self.library.setWordWrap(False)
        self.library.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.library.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        for column in (LibraryModel.AUDIENCE, LibraryModel.ORIGIN, LibraryModel.EXPERIMENTS):
            self.library.setColumnHidden(column, True)
        for column in (LibraryModel.FORMAT, LibraryModel.DURATION):  # whole: the title takes the rest, elided
            self.library.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.filter = SearchBox(self)
        self.filter.setPlaceholderText(self.tr("Filtrer la bibliothèque…"))

        self.kit_model = KitWorkshopModel(self._dropped, self)
        self.kit_view = QTableView(self)
        self.kit_view.setObjectName("kitWorkshopsView")
        self.kit_view.setModel(self.kit_model)
        self.kit_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kit_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kit_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.kit_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.kit_view.setDropIndicatorShown(True)
        self.kit_view.setDragDropOverwriteMode(False)
        self.kit_view.verticalHeader().setVisible(False)
        self.kit_view.setWordWrap(False)
        self.kit_view.horizontalHeader().setSectionResizeMode(KitWorkshopModel.TITLE, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("Ajouter au kit →"), self)
        self.add_button.setToolTip(self.tr("Ajoute l'atelier choisi dans la bibliothèque (ou double-clic, ou "
                                           "glisser-déposer)"))
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.up_button.setToolTip("Alt+↑")
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.down_button.setToolTip("Alt+↓")
        self.new_button = QPushButton(self.tr("Nouvel atelier"), self)
        self.save_to_library = QPushButton(self.tr("Enregistrer dans la bibliothèque"), self)

        self.editor = WorkshopEditor(self)

    def _lay_out(self) -> None:
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("<b>Bibliothèque d'ateliers</b>"), left))
        ll.addWidget(self.filter)
        ll.addWidget(self.library, 1)
        ll.addWidget(self.add_button)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("<b>Ateliers du kit</b>, dans l'ordre des séances"), right))
        rl.addWidget(self.kit_view, 1)
        for row in ((self.up_button, self.down_button, self.remove_button), (self.new_button, self.save_to_library)):
            buttons = QHBoxLayout()  # two rows: the panel fits beside the kit list on a 1024-pixel screen
            for b in row:
                buttons.addWidget(b)
            buttons.addStretch(1)
            rl.addLayout(buttons)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([460, 640])
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(top)
        outer.addWidget(self.editor)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

    def _connect(self) -> None:
        self.library.doubleClicked.connect(lambda _: self.add_selected())
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.new_button.clicked.connect(self.new_workshop)
        self.save_to_library.clicked.connect(self.save_current_to_library)
        self.filter.textChanged.connect(self._filter_library)
        self.kit_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.editor.edited.connect(self._workshop_edited)
        self.kit_view.installEventFilter(self)
        self.library.installEventFilter(self)
        self.controller.workspace.changed.connect(self._workspace_changed)

    def eventFilter(self, watched, event) -> bool:
        """Keyboard: Alt+↑/↓ move the kit's workshop, Suppr removes it; Entrée adds the library's selection."""
        if event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if watched is self.kit_view:
                if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    self.move_current(-1 if key == Qt.Key.Key_Up else +1)
                    return True
                if key == Qt.Key.Key_Delete:
                    self.remove_current()
                    return True
            elif watched is self.library and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_selected()
                return True
        return super().eventFilter(watched, event)

    # -- data ------------------------------------------------------------------------------------------------
    @property
    def library_model(self) -> LibraryModel:
        """The library's rows (read now if they were not yet)."""
        self._read_library()
        return self._library_model

    @property
    def library_proxy(self) -> SubsetProxy:
        """The library as the table shows it (read now if it was not yet)."""
        self._read_library()
        return self._library_proxy

    def _read_library(self) -> None:
        if not self._library_read:
            self._library_read = True
            self._library_model.set_rows(self.controller.workspace.library())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._read_library()
        super().showEvent(event)

    def reload_library(self) -> None:
        """Read the library again (at its first use if it was not read yet)."""
        if self._library_read:
            self._library_model.set_rows(self.controller.workspace.library())

    def _workspace_changed(self, applied) -> None:
        if any(e.kind == USER_WORKSHOP for e in applied):
            self.reload_library()

    def set_kit(self, kit: Kit | None) -> None:
        current = self.current_uid()
        self.kit_model.set_rows(list(kit.workshops) if kit else [])
        self.kit_view.resizeColumnToContents(KitWorkshopModel.NUMBER)
        row = self.kit_model.find_row(lambda kw: kw.uid == current) if current else -1
        if row < 0 and self.kit_model.rowCount():
            row = 0
        if row >= 0:
            self.kit_view.selectionModel().setCurrentIndex(
                self.kit_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()
        for w in (self.add_button, self.new_button, self.library, self.kit_view):
            w.setEnabled(kit is not None)

    def current_uid(self) -> str | None:
        index = self.kit_view.currentIndex()
        return self.kit_model.row_at(index.row()).uid if index.isValid() else None

    def _current(self) -> KitWorkshop | None:
        index = self.kit_view.currentIndex()
        return self.kit_model.row_at(index.row()) if index.isValid() else None

    def _show_current(self, *args) -> None:
        current = self._current()
        self.editor.set_workshop(current.workshop if current else None)
        for b in (self.remove_button, self.up_button, self.down_button, self.save_to_library):
            b.setEnabled(current is not None)

    def _filter_library(self, text: str) -> None:
        found = self.catalogue.search(text)
        self.library_proxy.set_shown(None if found is None else found["workshop"])

    # -- edits -----------------------------------------------------------------------------------------------
    def _select_uid(self, uid: str) -> None:
        row = self.kit_model.find_row(lambda kw: kw.uid == uid)
        if row >= 0:
            self.kit_view.selectionModel().setCurrentIndex(
                self.kit_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def insert_library(self, ids: list[str], row: int | None = None) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        last = None
        for offset, wid in enumerate(ids):
            workshop = self.catalogue.workshop(wid)
            if workshop is None:
                continue
            kit, last = insert_workshop(kit, workshop, None if row is None else row + offset)
        if last is not None:
            text = self.tr("Ajouter « %1 »").replace("%1", last.workshop.title) if len(ids) == 1 else \
                self.tr("Ajouter %Ln ateliers", "", len(ids))
            self.controller.apply(kit, text)
            self._select_uid(last.uid)

    def add_selected(self) -> None:
        rows = sorted({i.row() for i in self.library.selectionModel().selectedRows()}) or \
            ([self.library.currentIndex().row()] if self.library.currentIndex().isValid() else [])
        ids = [self.library_proxy.object_at(r).id for r in rows]
        if ids:
            self.insert_library(ids)

    def _dropped(self, kind: str, ids: list[str], row: int) -> None:
        if kind == "library":
            self.insert_library(ids, row)
        elif self.controller.kit is not None:
            self.controller.apply(move_workshops(self.controller.kit, ids, row), self.tr("Déplacer un atelier"))
            if ids:
                self._select_uid(ids[0])

    def move_current(self, delta: int) -> None:
        current, kit = self._current(), self.controller.kit
        if current is None or kit is None:
            return
        row = self.kit_view.currentIndex().row()
        target = row + delta
        if not 0 <= target < len(kit.workshops):
            return
        self.controller.apply(move_workshops(kit, [current.uid], target + (1 if delta > 0 else 0)),
                              self.tr("Déplacer « %1 »").replace("%1", current.workshop.title))
        self._select_uid(current.uid)

    def remove_current(self) -> None:
        current, kit = self._current(), self.controller.kit
        if current is None or kit is None:
            return
        row = self.kit_view.currentIndex().row()
        self.controller.apply(remove_workshops(kit, {current.uid}),
                              self.tr("Retirer « %1 »").replace("%1", current.workshop.title))
        if self.kit_model.rowCount():
            self._select_uid(self.kit_model.row_at(min(row, self.kit_model.rowCount() - 1)).uid)

    def new_workshop(self) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        kit, item = insert_workshop(kit, blank_workshop(self.tr("Nouvel atelier")))
        self.controller.apply(kit, self.tr("Nouvel atelier"))
        self._select_uid(item.uid)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def save_current_to_library(self) -> None:
        current = self._current()
        if current is None:
            return
        saved = self.controller.workspace.add_to_library(current.workshop)
        if saved is not None:
            self.status_message.emit(self.tr("« %1 » est enregistré dans la bibliothèque (Ctrl+Z pour annuler).")
                                     .replace("%1", saved.title), 5000)

    def _workshop_edited(self, workshop: Workshop) -> None:
        current, kit = self._current(), self.controller.kit
        if current is None or kit is None:
            return
        self.controller.apply(update_workshop(kit, current.uid, workshop),
                              self.tr("Modifier « %1 »").replace("%1", workshop.title))
