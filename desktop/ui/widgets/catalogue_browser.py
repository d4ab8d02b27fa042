"""The catalogue browser: experiments, the workshop library and kit templates, with filters and search."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.catalogue import Programme, Workshop
from desktop.domain.text import sort_key
from desktop.domain.vocabulary import AUDIENCES, FORMATS
from desktop.storage.errors import StorageError
from desktop.storage.repositories import CatalogueRepository
from desktop.ui import detail, labels
from desktop.ui.models.catalogue import ExperimentModel, LibraryIndex, TemplateModel, WorkshopModel
from desktop.ui.widgets.master_detail import MasterDetail
from desktop.ui.widgets.steady_tabs import keep_tab_bar_steady
from desktop.ui.widgets.search_box import SearchBox


class CatalogueBrowser(QWidget):
    """Three tabs (experiments, workshops, templates) under one search box and three filters.

    The window opens on the experiments; the other tabs' rows are read, sorted and their first one made current
    when the tab is first shown or its rows are needed (a search, a filter, the search box taking the focus), and
    the library — 10,000 workshops for a structure that saved many — is read then too: until then the « Ateliers »
    tab's title and the status bar give its size from one count of the store. *library* must list what the store
    holds (the workspace's library does: its memory changes once the store is written).

    Signals:
        summary_changed(str): a line for the status bar (what is shown).
        create_kit_requested(str, int): « Créer un kit » from a template (its id) or an experiment (its number).
    """

    summary_changed = Signal(str)
    create_kit_requested = Signal(str, int)  # template id ("" if none), experiment number (0 if none)

    def __init__(self, repo: CatalogueRepository, parent=None,
                 library: Callable[[], list[Workshop]] | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self._library = library or repo.workshops  # the window's: the user's workshops held by the workspace
        self._experiments = repo.experiments()
        self._library_rows: list[Workshop] | None = None  # read when first needed (see _workshops)
        self._library_count: int | None = None
        self._templates = repo.templates()
        self._region_of = {e.number: e.region for e in self._experiments}
        self._filters: LibraryIndex | None = None  # built when a filter of the library is first chosen
        self._by_id: dict[str, Workshop] | None = None
        self._build(repo.programme())
        self._lay_out()
        self._connect()
        self.apply_filters()

    def _build(self, programme: Programme | None) -> None:
        self.search = SearchBox(self)
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Rechercher (titre, thème, territoire, opérateur…)"))
        self.region = QComboBox(self)
        self.region.addItem(self.tr("Toutes les régions"), "")
        for region in sorted({e.region for e in self._experiments}, key=sort_key):
            self.region.addItem(region, region)
        self.audience = QComboBox(self)
        self.audience.addItem(self.tr("Tous les publics"), "")
        for key in AUDIENCES:
            self.audience.addItem(labels.audience_label(key), key)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Tous les formats"), "")
        for key in FORMATS:
            self.format.addItem(labels.format_label(key), key)
        self.reset = QPushButton(self.tr("Tout afficher"), self)
        titles = {e.number: e.title for e in self._experiments}
        self.experiments = MasterDetail(ExperimentModel(self), detail.experiment_html, lambda e: e.number, self,
                                        stretch_column=ExperimentModel.TITLE)
        self.workshops = MasterDetail(WorkshopModel(self), lambda w: detail.workshop_html(w, titles),
                                      lambda w: w.id, self)
        self.templates = MasterDetail(TemplateModel(self), lambda t: detail.template_html(t, self._workshop_map()),
                                      lambda t: t.id, self)
        self.workshops.table.setColumnHidden(WorkshopModel.ORIGIN, True)  # said in the detail pane
        self.create_from_template = self.templates.add_row_action(
            self.tr("Créer un kit à partir de ce modèle"), lambda t: self.create_kit_requested.emit(t.id, 0))
        self.create_from_experiment = self.experiments.add_row_action(
            self.tr("Créer un kit à partir de cette expérimentation"),
            lambda e: self.create_kit_requested.emit("", e.number))
        self.experiments.set_rows(self._experiments)  # the tab the window opens on
        self.workshops.set_rows_later(lambda: self._workshops, self._workshop_count)
        self.templates.set_rows_later(lambda: self._templates, lambda: len(self._templates))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        keep_tab_bar_steady(self.tabs)  # the titles' counts change at every keystroke
        self.tabs.addTab(self._experiments_page(programme), "")
        self.tabs.addTab(self.workshops, "")
        self.tabs.addTab(self.templates, "")

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        search_label = QLabel(self.tr("&Rechercher :"), self)
        search_label.setBuddy(self.search)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        for label, combo in ((self.tr("Ré&gion :"), self.region), (self.tr("&Public :"), self.audience),
                             (self.tr("&Format :"), self.format)):
            lab = QLabel(label, self)
            lab.setBuddy(combo)
            bar.addWidget(lab)
            bar.addWidget(combo, 1)
        bar.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.region, self.audience, self.format):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.reset.clicked.connect(self.clear_filters)
        self.tabs.currentChanged.connect(self._emit_summary)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old, now) -> None:
        if now is self.search:
            try:
                self.repo.prepare_search()  # the search map read before the first keystroke
                for pane in (self.workshops, self.templates):  # and the rows it will show
                    pane.fill()
            except StorageError:
                pass  # only a head start: the search itself meets the fault and it is handled there

    @property
    def _workshops(self) -> list[Workshop]:
        """The library, read when first needed (the « Ateliers » tab shown, a search, a filter, a template's
        detail)."""
        if self._library_rows is None:
            self._library_rows = self._library()
        return self._library_rows

    def _workshop_count(self) -> int:
        """How many workshops the library has, without reading them when they were not yet."""
        if self._library_rows is not None:
            return len(self._library_rows)
        if self._library_count is None:
            self._library_count = self.repo.workshop_count()
        return self._library_count

    def _workshop_map(self) -> dict[str, Workshop]:
        """The library by id (for the templates' detail), built when first needed."""
        if self._by_id is None:
            self._by_id = {w.id: w for w in self._workshops}
        return self._by_id

    def reload_workshops(self) -> None:
        """Read the library again (the user saved or removed one of their own workshops): now if its tab is on
        screen or a search shows some of it, else when next needed."""
        self._library_rows = self._library_count = None
        self._by_id = None
        self._filters = None
        self.workshops.set_rows_later(lambda: self._workshops, self._workshop_count)
        self.apply_filters()

    def _experiments_page(self, programme: Programme | None) -> QWidget:
        """The experiments, under one line on the cycle they belong to (its full presentation on demand)."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        if programme is not None:
            self.programme_label = QLabel(page)
            self.programme_label.setObjectName("programmeIntro")
            self.programme_label.setWordWrap(True)
            link = self.tr("Lire la présentation du cycle")
            self.programme_label.setText(f"<b>{escape(programme.title)}</b> — {escape(programme.objective)}. "
                                         f"<a href='programme'>{escape(link)}</a>")
            self.programme_label.linkActivated.connect(lambda _link: self.show_programme(programme))
            layout.addWidget(self.programme_label)
        layout.addWidget(self.experiments, 1)
        return page

    def show_programme(self, programme: Programme) -> None:
        """Show the cycle's presentation in the experiments' detail pane."""
        self.tabs.setCurrentIndex(0)
        self.experiments.table.setCurrentIndex(QModelIndex())  # no experiment row stays highlighted
        self.experiments.show_html(detail.programme_html(programme))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        for combo in (self.region, self.audience, self.format):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show what the search and the three filters allow: the search is one full-text query, the filters sets
        of keys indexed once (no row is tested one by one)."""
        text = self.search.text()
        found = self.repo.search(text)
        region = self.region.currentData() or ""
        audience = self.audience.currentData() or ""
        fmt = self.format.currentData() or ""
        if region or audience or fmt:
            if self._filters is None:
                self._filters = LibraryIndex(self._experiments, self._workshops, self._templates)
            shown = self._filters.shown(region, audience, fmt)
        else:
            shown = {"experiment": None, "workshop": None, "template": None}
        if found is not None:
            found = {**found, "experiment": {int(n) for n in found["experiment"] if n.isdigit()}}
        for kind, pane in (("experiment", self.experiments), ("workshop", self.workshops),
                           ("template", self.templates)):
            keys = shown[kind]
            if found is not None:
                keys = found[kind] if keys is None else keys & found[kind]
            pane.highlighter.set_search(text)
            pane.set_shown(keys)
        self._update_tab_titles()
        self._emit_summary()

    def _update_tab_titles(self) -> None:
        number = QLocale().toString  # « 10 062 » in French
        titles = (self.tr("&Expérimentations (%1)").replace("%1", number(self.experiments.visible_count())),
                  self.tr("&Ateliers (%1)").replace("%1", number(self.workshops.visible_count())),
                  self.tr("&Modèles de kits (%1)").replace("%1", number(self.templates.visible_count())))
        bar = self.tabs.tabBar()  # not QTabWidget.setTabText, which lays out and repaints every page
        for index, title in enumerate(titles):
            if bar.tabText(index) != title:
                bar.setTabText(index, title)

    def _emit_summary(self, *args) -> None:
        shown = (self.experiments.visible_count(), self.workshops.visible_count(), self.templates.visible_count())
        total = (len(self._experiments), self._workshop_count(), len(self._templates))
        values = total if shown == total else shown
        text = ", ".join((self.tr("%Ln expérimentations", "", values[0]), self.tr("%Ln ateliers", "", values[1]),
                          self.tr("%Ln modèles de kits", "", values[2])))
        if shown != total:
            text = self.tr("Affichés : %1").replace("%1", text)
        self.summary_changed.emit(text)
