"""The main window: menus, the catalogue browser, the status bar; window state saved and restored.

Only the page the window opens on is built at start (the catalogue, or « Mes kits » when there is no kit yet); the
others are built when first shown or first needed (:class:`~desktop.ui.widgets.lazy_tabs.LazyTabs`):
:attr:`MainWindow.browser`, :attr:`MainWindow.kits` and :attr:`MainWindow.calendar` build them on demand, so every
menu, shortcut and kit opened from elsewhere finds them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from desktop import __version__, paths
from desktop.storage.changes import USER_WORKSHOP
from desktop.ui.settings import Settings
from desktop.ui.small_screen import fit_to_screen
from desktop.ui.errors import describe
from desktop.ui.kit_controller import KitController
from desktop.ui.pending_edit import commit_pending_edit
from desktop.ui.widgets.lazy_tabs import LazyTabs
from desktop.ui.workspace import Workspace


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Y where they lack it (Linux has only Ctrl+Shift+Z); each once, so that
    no key is bound twice (« Ambiguous shortcut overload »)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")
    return keys if ctrl_y in keys else [*keys, ctrl_y]


def standard_keys(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for *key*, or *fallback* where it has none (Windows has no Quit nor Preferences key)."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


class MainWindow(QMainWindow):
    """Tresse's main window.

    Args:
        workspace: the owner of the open data (kits, venues, facilitators, profile, library) and its undo stack.
        settings: preferences and window state.
        language: the interface language in use (for the help page).
    """

    def __init__(self, workspace: Workspace, settings: Settings, language: str = "fr", parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.db = workspace.db
        self.settings = settings
        self.language = language
        self._help = None  # the « Prise en main » window, built when first asked for
        self._build()
        self._connect()
        self._build_menus()
        self._restore_state()

    def _build(self) -> None:
        # The application display name (« Tresse ») is added to the title by Qt.
        self.setWindowTitle(self.tr("Accompagner les projets d'ESS en milieu rural"))
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)  # a .tresse file dropped on the window is imported
        self.catalogue = self.workspace.catalogue
        self.controller = KitController(self.workspace, self)
        self._schedule = None  # the sessions' view for the kit editor and the calendar, made when first needed
        self._summary = ""  # the catalogue's line for the status bar
        self.pages = LazyTabs(self)
        self.pages.setObjectName("pages")
        self.pages.page_built.connect(self._page_built)
        self.pages.add_lazy("catalogue", self._make_browser, self.tr("Catalogue"))
        self.pages.add_lazy("kits", self._make_kits, self.tr("Mes kits"))
        self.pages.add_lazy("calendar", self._make_calendar, self.tr("Calendrier"))
        self.setCentralWidget(self.pages)
        if not self.workspace.has_kits():  # the first run starts where the three ways to begin are
            self.pages.setCurrentWidget(self.kits)
        else:
            self.pages.page("catalogue")  # the page on screen: built now
        self.live = None  # the session run live (ui/live), if any
        location = paths.data_location()
        if location.portable:
            self.portable_label = QLabel(self.tr("Mode portable : données dans %1").replace("%1", str(location.path)))
            self.statusBar().addPermanentWidget(self.portable_label)

    @property
    def schedule(self):
        """The sessions of every kit, their conflicts (made now if they were not yet: the catalogue needs none)."""
        if self._schedule is None:
            from desktop.ui.schedule import Schedule

            self._schedule = Schedule(self.workspace, self)
        return self._schedule

    @property
    def browser(self):
        """The catalogue browser (built now if it was not yet)."""
        return self.pages.page("catalogue")

    @property
    def kits(self):
        """The « Mes kits » page (built now if it was not yet)."""
        return self.pages.page("kits")

    @property
    def calendar(self):
        """The « Calendrier » page (built now if it was not yet)."""
        return self.pages.page("calendar")

    def _make_browser(self, parent):
        from desktop.ui.widgets.catalogue_browser import CatalogueBrowser

        return CatalogueBrowser(self.catalogue, parent, library=self.workspace.library)

    def _make_kits(self, parent):
        from desktop.ui.widgets.kits_page import KitsPage

        return KitsPage(self.controller, self.catalogue, lambda: self.schedule, parent, settings=self.settings)

    def _make_calendar(self, parent):
        from desktop.ui.widgets.calendar_page import CalendarPage

        return CalendarPage(self.schedule, parent)

    def _page_built(self, key: str, page) -> None:
        """Connect a page built on demand and give it back its saved layout."""
        if key == "catalogue":
            page.summary_changed.connect(self._catalogue_summary)
            page.create_kit_requested.connect(self.create_kit_from)
            for name in ("experiments", "workshops", "templates"):
                self._restore_splitter(name, getattr(page, name))
            page.apply_filters()  # its first summary, for the status bar
        elif key == "kits":
            page.print_requested.connect(self.print_kit)
            page.status_message.connect(self.show_status)
            page.run_requested.connect(self.run_session)  # from the kit's sessions
            page.open_file_requested.connect(self.import_kit)
            page.profile_requested.connect(self.edit_profile)
            self._restore_splitter("kits", page)
        else:
            page.session_activated.connect(self.open_session)
            self._restore_splitter("calendar", page.splitter)

    def _connect(self) -> None:
        self.workspace.failed.connect(self._storage_failed)
        self.workspace.changed.connect(self._workspace_changed)
        self.pages.currentChanged.connect(self._page_changed)

    def _restore_state(self) -> None:
        fit_to_screen(self, 1200, 760)  # a 1024 × 600 laptop gets all of its available area
        geometry = self.settings.state("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name, splitter in self._splitters().items():
            self._restore_splitter(name, splitter)

    def _restore_splitter(self, name: str, splitter) -> None:
        state = self.settings.state(f"main/{name}")
        if state is not None:
            splitter.restoreState(state)
            if getattr(splitter, "content_split", None) is not None:
                splitter.content_split.moved = True  # the person's own split, from an earlier launch

    def show_status(self, text: str, timeout: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout)

    def _workspace_changed(self, applied) -> None:
        browser = self.pages.built("catalogue")
        if browser is not None and any(e.kind == USER_WORKSHOP for e in applied):
            browser.reload_workshops()

    def _splitters(self):
        """The splitters whose layout is kept, of the pages built (a page never shown keeps its saved layout)."""
        found = {}
        browser = self.pages.built("catalogue")
        if browser is not None:
            found.update(experiments=browser.experiments, workshops=browser.workshops, templates=browser.templates)
        if self.pages.built("kits") is not None:
            found["kits"] = self.pages.built("kits")
        if self.pages.built("calendar") is not None:
            found["calendar"] = self.pages.built("calendar").splitter
        return found

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&Fichier"))  # ui/safety.py adds its actions here
        self.new_kit_action = self._action(self.tr("&Nouveau kit…"), self.new_kit, QKeySequence.StandardKey.New)
        file_menu.addAction(self.new_kit_action)
        self.import_action = self._action(self.tr("&Importer un kit…"), lambda: self.import_kit())
        self.import_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Open), QKeySequence("Ctrl+I")])
        file_menu.addAction(self.import_action)
        self.share_action = self._action(self.tr("&Partager comme modèle…"), self.share_kit, "Ctrl+E")
        self.share_action.setStatusTip(self.tr("Les ateliers et leur déroulé, sans participants, dates, lieux ni "
                                               "coordonnées : pour une autre structure"))
        file_menu.addAction(self.share_action)
        self.export_action = self._action(self.tr("&Exporter le kit (dates, lieux)…"), self.export_kit,
                                          "Ctrl+Shift+E")
        file_menu.addAction(self.export_action)
        self.print_action = self._action(self.tr("&Imprimer…"), self.print_kit, QKeySequence.StandardKey.Print)
        file_menu.addAction(self.print_action)
        self.save_action = self._action(self.tr("&Enregistrer"), self.say_saved, QKeySequence.StandardKey.Save)
        file_menu.addAction(self.save_action)
        self.ics_action = self._action(self.tr("Exporter un &agenda (.ics)…"), self.export_ics, "Ctrl+Shift+A")
        file_menu.addAction(self.ics_action)
        self.report_action = self._action(self.tr("&Bilan pour les financeurs…"), self.funders_report, "Ctrl+B")
        file_menu.addAction(self.report_action)
        self.live_action = self._action(self.tr("Ani&mer la séance"), self.run_session, "F5")
        file_menu.addAction(self.live_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quitter"), self.close,
                                        standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("É&dition"))
        self.undo_action = self.controller.undo_stack.createUndoAction(self, self.tr("&Annuler"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.controller.undo_stack.createRedoAction(self, self.tr("&Rétablir"))
        self.redo_action.setShortcuts(redo_shortcuts())
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Rechercher"), self.focus_search, QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self._action(self.tr("&Effacer les filtres"), lambda: self.browser.clear_filters(),
                                          "Ctrl+Shift+L"))
        edit_menu.addSeparator()
        self.profile_action = self._action(self.tr("&Structure émettrice…"), self.edit_profile, "Ctrl+Shift+P")
        edit_menu.addAction(self.profile_action)
        self.places_action = self._action(self.tr("&Lieux, intervenants et dates à éviter…"), self.edit_places,
                                          "Ctrl+L")
        edit_menu.addAction(self.places_action)
        self.preferences_action = self._action(self.tr("&Préférences…"), self.show_preferences,
                                               standard_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&Affichage"))
        for i, text in enumerate((self.tr("&Expérimentations"), self.tr("&Ateliers"), self.tr("&Modèles de kits"))):
            view_menu.addAction(self._action(text, lambda checked=False, i=i: self.show_catalogue_tab(i),
                                             f"Ctrl+{i + 1}"))
        view_menu.addAction(self._action(self.tr("Mes &kits"), lambda: self.pages.setCurrentWidget(self.kits),
                                         "Ctrl+4"))
        view_menu.addAction(self._action(self.tr("&Calendrier"), lambda: self.pages.setCurrentWidget(self.calendar),
                                         "Ctrl+5"))

        help_menu = bar.addMenu(self.tr("&Aide"))
        self.help_action = self._action(self.tr("&Prise en main"), self.show_help, QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.help_action)
        self.about_action = self._action(self.tr("À &propos de Tresse"), self.show_about)  # no usual key for it
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, view_menu, help_menu):  # what is being typed is saved before any choice
            menu.aboutToShow.connect(commit_pending_edit)

    def _catalogue_summary(self, text: str) -> None:
        self._summary = text
        if self._on_catalogue():
            self.statusBar().showMessage(text)

    def _on_catalogue(self) -> bool:
        """Whether the catalogue is the page on screen (nothing is built to know it)."""
        browser = self.pages.built("catalogue")
        return browser is not None and self.pages.currentIndex() == self.pages.indexOf(browser)

    def _page_changed(self, *args) -> None:
        if self._on_catalogue():
            self.statusBar().showMessage(self._summary)
        else:
            self.statusBar().clearMessage()

    def focus_search(self) -> None:
        """Ctrl+F: the search of the page on screen."""
        self.pages.currentWidget().focus_search()

    def say_saved(self) -> None:
        """Ctrl+S: every change is saved as it is made (the field being typed in too); say so."""
        commit_pending_edit()
        self.show_status(self.tr("Tout est enregistré."), 4000)

    def show_catalogue_tab(self, index: int) -> None:
        self.pages.setCurrentWidget(self.browser)
        self.browser.tabs.setCurrentIndex(index)

    def open_session(self, session_uid: str) -> None:
        """Show a session (from the calendar) in its kit's editor."""
        found = self.schedule.find_session(session_uid)
        if found is None:
            return
        kit, _ = found
        self.pages.setCurrentWidget(self.kits)
        self.kits.select(kit.uid)
        self.kits.tabs.setCurrentWidget(self.kits.sessions)
        self.kits.sessions.select(session_uid)

    def run_session(self, session_uid: str | None = None):
        """« Animer la séance » (F5): the session chosen in the calendar or in the kit's sessions."""
        from desktop.ui.live.launch import launch_live

        if self.live is not None:  # one session at a time: bring it back
            self.live.place()
            return self.live
        if not session_uid:
            page = self.pages.currentWidget()
            calendar, kits = self.pages.built("calendar"), self.pages.built("kits")
            session_uid = (calendar.selected_session_uid() if page is calendar and calendar is not None
                           else kits.sessions.current_uid() if page is kits and kits is not None else None)
        self.live = launch_live(self, self.workspace, session_uid)
        if self.live is not None:
            self.live.closed.connect(self._live_closed)
        return self.live

    def _live_closed(self) -> None:
        self.live = None

    def new_kit(self) -> None:
        self.pages.setCurrentWidget(self.kits)
        browser = self.pages.built("catalogue")
        template = browser.templates.current_object() if browser is not None and browser.tabs.currentIndex() == 2 \
            else None
        self.kits.new_kit(template_id=template.id if template else "")

    def create_kit_from(self, template_id: str, experiment: int) -> None:
        """« Créer un kit à partir de ce modèle / de cette expérimentation » (catalogue)."""
        self.pages.setCurrentWidget(self.kits)
        self.kits.new_kit(template_id=template_id, experiment=experiment or None)

    def _current_kit(self, title: str):
        commit_pending_edit()
        kit = self.controller.kit
        if kit is None:
            QMessageBox.information(self, title, self.tr("Choisissez d'abord un kit dans « Mes kits »."))
            self.pages.setCurrentWidget(self.kits)
        return kit

    def export_kit(self, *, as_template: bool = False) -> None:
        from desktop.ui.kit_files import export_kit

        kit = self._current_kit(self.tr("Partager comme modèle") if as_template else self.tr("Exporter le kit"))
        if kit is not None and export_kit(self, self.workspace, kit, as_template=as_template):
            self.show_status(self.tr("Kit partagé comme modèle.") if as_template else self.tr("Kit exporté."))

    def share_kit(self) -> None:
        self.export_kit(as_template=True)

    def print_kit(self):
        """Open the print dialog for the current kit (asks to choose one when none is)."""
        from desktop.ui.dialog_memory import recall, remember
        from desktop.ui.dialogs.print_choices import folder_name
        from desktop.ui.dialogs.print_dialog import open_print_dialog

        kit = self._current_kit(self.tr("Imprimer"))
        if kit is None:
            return None
        dialog = open_print_dialog(self, kit, self.workspace.structure(), venues=self.workspace.venues_of(kit),
                                   facilitators=self.workspace.facilitators_of(kit), apply=self.controller.apply)
        dialog.profile_requested.connect(lambda: self.edit_profile(dialog) and dialog.set_structure(
            self.workspace.structure()))
        last = recall(self.settings, "print")
        if isinstance(last.get("documents"), list):
            dialog.set_documents(last["documents"])
        if isinstance(last.get("parent"), str) and last["parent"]:
            dialog.folder.setText(str(Path(last["parent"]) / folder_name(kit.name)))
        dialog.generated.connect(lambda result: remember(self.settings, "print", {
            "documents": dialog.chosen_documents(), "parent": str(dialog.output_folder().parent)}))
        return dialog

    def export_ics(self) -> None:
        from desktop.ui.dialogs.ics_dialog import IcsDialog

        IcsDialog(self.schedule, self.controller.kit.uid if self.controller.kit else None, self).exec()

    def funders_report(self):
        """Open the funders' report dialog (every kit by default, or the one open)."""
        from desktop.ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self.workspace, self.controller.kit.uid if self.controller.kit else None, self)
        if dialog.exec() and dialog.saved_path:
            self.show_status(self.tr("Bilan enregistré dans %1").replace("%1", dialog.saved_path))
        return dialog

    def import_kit(self, path: str | None = None) -> None:
        """Import a kit file (chosen in a file dialog when *path* is None) and show it."""
        from desktop.ui.kit_files import import_kit

        kit = import_kit(self, self.workspace, path)
        if kit is not None:
            self.pages.setCurrentWidget(self.kits)
            self.kits.select(kit.uid)

    def open_kit_file(self, path: str) -> None:
        """A kit file opened with Tresse (from the file manager, or handed over by a second launch)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.import_kit(path)

    @staticmethod
    def _kit_files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(".tresse")]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._kit_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        files = self._kit_files(event)
        if not files:
            return super().dropEvent(event)
        event.acceptProposedAction()
        for path in files:
            self.import_kit(path)

    def _storage_failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Enregistrement impossible"),
                            self.tr("La modification n'a pas pu être enregistrée.") + "\n\n" + describe(error))

    def show_help(self) -> None:
        if self._help is None:
            from desktop.ui.dialogs.help import HelpDialog

            self._help = HelpDialog(self.language, self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def edit_profile(self, parent=None) -> bool:
        """The issuing structure's profile; True once saved."""
        from desktop.ui.dialogs.profile import ProfileDialog

        dialog = ProfileDialog(self.workspace.structure(), parent or self)
        return bool(dialog.exec()) and self.workspace.set_structure(dialog.structure())

    def edit_places(self) -> None:
        from desktop.ui.dialogs.places_dialog import PlacesDialog

        PlacesDialog(self.workspace, self).exec()

    def show_preferences(self) -> None:
        from desktop.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def show_about(self) -> None:
        from html import escape

        QMessageBox.about(self, self.tr("À propos de Tresse"), self.tr(
            "<p><b>Tresse</b> %1</p><p>Composer, planifier et imprimer les kits d'accompagnement des projets de "
            "l'économie sociale et solidaire en milieu rural, sans connexion.</p><p>Le catalogue reprend les dix "
            "expérimentations du programme TRESSONS de l'Avise (2020).</p>").replace("%1", escape(__version__)))

    def closeEvent(self, event) -> None:
        commit_pending_edit()
        self.settings.set_state("main/geometry", self.saveGeometry())
        for name, splitter in self._splitters().items():
            split = getattr(splitter, "content_split", None)
            if split is None or split.moved:
                self.settings.set_state(f"main/{name}", splitter.saveState())
            else:  # never dragged: sized to its content at the next launch too
                self.settings.clear_state(f"main/{name}")
        self.settings.sync()
        super().closeEvent(event)
