"""The print dialog: choose the documents, the sessions and the folder, generate the PDFs, then print them.

Generating runs in a :class:`~desktop.ui.print_worker.PrintWorker` thread: the dialog shows which document is being
built and stays responsive; « Annuler » (or Escape) stops it, leaving nothing of that run in the folder. Then the
dialog lists the documents with their pages, shows plainly what to check before printing (characters the font
cannot print, people without any recorded presence…), and offers the preview, the folder, the viewer, the printer.

Its parts live beside it: the choices (:mod:`.print_choices`), the « À vérifier » box (:mod:`.print_warnings`) and
the files written with their actions (:mod:`.print_results`). :func:`open_print_dialog` is the entry the main
window uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from desktop.domain.kit import Facilitator, IssuingStructure, Kit, SessionStatus, Venue
from desktop.domain.kit_edit import confirm_sessions
from desktop.printing.pack import DOCUMENTS, PackResult, preflight
from desktop.ui.dialogs import print_choices
from desktop.ui.dialogs.print_choices import (
    PER_SESSION_DOCUMENTS, KEY_ROLE, active_sessions, checked_keys, default_folder, document_checklist,
    session_checklist,
)
from desktop.ui.dialogs.print_results import PrintResults
from desktop.ui.dialogs.print_warnings import WarningsBox
from desktop.ui.file_dialogs import choose_folder
from desktop.ui.small_screen import fit_to_screen
from desktop.ui.print_worker import PrintWorker, translated_title
from desktop.ui.widgets.profile_prompt import ProfilePrompt
from desktop.ui.wording import words


class PrintDialog(QDialog):
    """Generates a kit's paper documents as PDFs, then previews, opens or prints them.

    Args:
        kit: the whole kit (with its venues and facilitators), as ``KitRepository.load`` gives it.
        structure: the issuing structure's profile.
        parent: the parent window.
        folder: the output folder proposed (by default a folder named after the kit in the user's Documents).
        today: the date of issue printed on certificates (today by default).
        apply: how the dialog edits the kit (the controller's ``apply``: undoable, saved at once); without it the
            « Confirmer les dates » action is not offered.

    Signals:
        generated(object): the documents are written (the :class:`~desktop.printing.pack.PackResult`); the
            window may remember :meth:`output_folder` for next time.
        profile_requested(): « Renseigner ma structure… »; the window answers with :meth:`set_structure`.
    """

    generated = Signal(object)
    profile_requested = Signal()

    def __init__(self, kit: Kit, structure: IssuingStructure, parent: QWidget | None = None, *,
                 venues: Iterable[Venue] = (), facilitators: Iterable[Facilitator] = (),
                 folder: Path | None = None, today: date | None = None,
                 apply: Callable[[Kit, str], bool] | None = None) -> None:
        super().__init__(parent)
        self.apply = apply
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Imprimer — %1").replace("%1", kit.name))
        self.kit, self.structure, self.today = kit, structure, today
        self.venues, self.facilitators = tuple(venues), tuple(facilitators)
        self.worker: PrintWorker | None = None
        self.result_pack: PackResult | None = None
        self.state = "idle"  # idle, running, done, cancelled, failed
        self.active_sessions = active_sessions(kit)
        self._build(folder)
        self._lay_out()
        self._connect()
        self._set_state("idle")
        fit_to_screen(self, 820, 600)

    def _build(self, folder: Path | None) -> None:
        self.documents, self.documents_view = document_checklist(self)
        self.sessions, self.sessions_view = session_checklist(self.kit, self)
        self.sessions_note = self._label()
        if self.active_sessions:
            self.sessions_note.setText(self.tr("Le programme et les attestations couvrent toujours tout le cycle, "
                                               "quelles que soient les séances cochées."))
        else:
            self.sessions_note.setText(self.tr("Aucune séance n'est encore datée : les feuilles d'émargement et "
                                               "les cartes de séance seront imprimées vierges."))
            self.sessions_view.hide()
        self.profile_prompt = ProfilePrompt(self)
        self.profile_prompt.set_structure(self.structure)
        self.folder = QLineEdit(str(folder or default_folder(self.kit.name)), self)
        self.folder.setObjectName("printFolder")
        self.replace_note = self._label(self.tr("Les documents du même nom déjà présents dans ce dossier sont "
                                                "remplacés."), style="color: palette(placeholder-text);")
        self.problem = self._label(name="printProblem", style="color: #a4161a;")
        self.status = self._label(name="printStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("printProgress")
        self.progress.setTextVisible(False)
        self.warnings_area = WarningsBox(self)
        self.warnings = self.warnings_area.label
        self.results = PrintResults(self)
        self._build_buttons()

    def _build_buttons(self) -> None:
        self.browse_button = self._button(self.tr("&Parcourir…"))
        self.generate_button = self._button(self.tr("&Générer"), name="printGenerate")
        self.cancel_button = self._button(self.tr("Annuler"), name="printCancel")
        self.close_button = self._button(self.tr("Fermer"))
        self.confirm_button = self._button(self.tr("Confirmer les dates"), name="printConfirmDates",
                                           tip=self.tr("Marque « confirmées » les séances cochées encore "
                                                       "« pressenties » (annulable avec Ctrl+Z)"))

    def _connect(self) -> None:
        self.profile_prompt.fill_requested.connect(self.profile_requested)
        self.results.problem.connect(lambda text: self._say(text, error=True))
        for button, slot in ((self.browse_button, self.browse), (self.generate_button, self.generate),
                             (self.cancel_button, self.cancel), (self.close_button, self.reject),
                             (self.confirm_button, self.confirm_dates)):
            button.clicked.connect(lambda *args, slot=slot: slot())
        self.documents.itemChanged.connect(self._update)
        self.sessions.itemChanged.connect(self._update)
        self.folder.textChanged.connect(self._update)

    def _button(self, text: str, *, name: str = "", tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _label(self, text: str = "", *, name: str = "", style: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        return label

    def _lay_out(self) -> None:
        documents = QGroupBox(self.tr("Documents à préparer"), self)
        inner = QVBoxLayout(documents)
        inner.addWidget(self.documents_view)
        inner.addStretch(1)
        sessions = QGroupBox(self.tr("Séances concernées"), self)
        inner = QVBoxLayout(sessions)
        inner.addWidget(self.sessions_view, 1)
        inner.addWidget(self.sessions_note)
        if not self.active_sessions:
            inner.addStretch(1)
        choices = QHBoxLayout()
        choices.addWidget(documents, 2)
        choices.addWidget(sessions, 3)
        rows = self.documents_view.sizeHintForRow(0) * len(DOCUMENTS) + 2 * self.documents_view.frameWidth()
        self.documents_view.setMinimumHeight(rows)
        self.documents_view.setMaximumHeight(rows)
        self.sessions_view.setMinimumHeight(rows // 2)
        folder_label = QLabel(self.tr("&Dossier :"), self)
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)

        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 4)
        bottom.addWidget(self.problem, 4)
        bottom.addStretch(1)
        bottom.addWidget(self.confirm_button)
        bottom.addWidget(self.generate_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label(self.tr("Chaque document coché devient un fichier PDF dans le dossier "
                                             "choisi, prêt à imprimer.")))
        layout.addWidget(self.profile_prompt)
        layout.addLayout(choices, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings_area)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)

    # -- choices ----------------------------------------------------------------------------------------------

    def set_structure(self, structure: IssuingStructure) -> None:
        """The profile was filled in: the next generation uses it."""
        self.structure = structure
        self.profile_prompt.set_structure(structure)

    def chosen_documents(self) -> list[str]:
        """Keys of the documents ticked, in the order of the pack."""
        return checked_keys(self.documents)

    def set_documents(self, keys) -> None:
        """Tick exactly the documents *keys*."""
        wanted = set(keys)
        for r in range(self.documents.rowCount()):
            item = self.documents.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked)

    def chosen_sessions(self) -> set[str] | None:
        """The sessions ticked; None when all of them are (the per-session documents then cover the cycle)."""
        ticked = checked_keys(self.sessions)
        return None if len(ticked) == len(self.active_sessions) else set(ticked)

    def output_folder(self) -> Path | None:
        """The folder typed or chosen (None when the field says nothing usable)."""
        text = self.folder.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else print_choices.documents_dir() / path

    def browse(self) -> None:
        chosen = choose_folder(self, "print-folder", self.tr("Dossier des documents"), default_folder(self.kit.name),
                               current=self.output_folder())
        if chosen:
            self.folder.setText(QDir.toNativeSeparators(chosen))

    def _problem(self) -> str:
        documents = set(self.chosen_documents())
        if not documents:
            return self.tr("Cochez au moins un document.")
        if self.active_sessions and not checked_keys(self.sessions) and documents & PER_SESSION_DOCUMENTS:
            return self.tr("Cochez au moins une séance, ou ne gardez que le programme, les attestations, "
                           "la feuille vierge et les chevalets.")
        folder = self.output_folder()
        if folder is None:
            return self.tr("Indiquez le dossier où enregistrer les documents.")
        if folder.exists() and not folder.is_dir():
            return self.tr("« %1 » est un fichier, pas un dossier : choisissez un dossier.").replace("%1", str(folder))
        return ""

    def _update(self, *args) -> None:
        if self.state == "running":
            return
        per_session = bool(set(self.chosen_documents()) & PER_SESSION_DOCUMENTS)
        self.sessions_view.setEnabled(per_session)
        problem = self._problem()
        self.generate_button.setEnabled(not problem)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.confirm_button.setVisible(self.apply is not None and bool(self._pencilled()))
        if self.state != "done":
            warnings = preflight(self.kit, self.structure, set(self.chosen_documents()), venues=self.venues,
                                 facilitators=self.facilitators, session_uids=self.chosen_sessions(), today=self.today)
            self.warnings_area.show_warnings(self.structure, warnings)

    def _pencilled(self) -> set[str]:
        """The ticked sessions still « pressenties »."""
        chosen = self.chosen_sessions()
        return {s.uid for s in self.active_sessions if s.status is SessionStatus.PENCILLED
                and (chosen is None or s.uid in chosen)}

    def confirm_dates(self) -> bool:
        """Mark the ticked « pressenties » sessions « confirmées », through the undoable edit of the window."""
        uids = self._pencilled()
        if self.apply is None or not uids:
            return False
        after = confirm_sessions(self.kit, uids)
        if not self.apply(after, self.tr("Confirmer les dates")):
            return False
        self.kit = after
        self.active_sessions = active_sessions(after)
        self._update()
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a4161a;" if error else "")
        self.status.setVisible(bool(text))

    # -- generating -------------------------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        running = state == "running"
        for widget in (self.documents_view, self.sessions_view, self.folder, self.browse_button):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.problem.setVisible(not running and bool(self.problem.text()))
        self.generate_button.setVisible(not running)
        if running:
            self.confirm_button.setVisible(False)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setVisible(not running)
        self.results.setVisible(state == "done")
        self.replace_note.setVisible(state != "done")
        if state == "done":
            self.results.print_button.setDefault(True)
            self.results.print_button.setFocus()
        else:
            self.generate_button.setDefault(True)
        if not running:
            self._update()

    def generate(self) -> PrintWorker | None:
        """Start generating the documents ticked into the folder; the worker, or None if something is missing."""
        if self.state == "running" or self._problem():
            return None
        self.result_pack = None
        self.results.clear()
        folder = self.output_folder()
        self.folder.setText(str(folder))
        worker = self.worker = PrintWorker(self.kit, self.structure, folder, venues=self.venues,
                                           facilitators=self.facilitators, documents=self.chosen_documents(),
                                           session_uids=self.chosen_sessions(), today=self.today, parent=self)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.progress.setRange(0, 0)
        self._set_state("running")
        self._say(self.tr("Préparation des documents…"))
        self.cancel_button.setFocus()
        worker.start()
        return worker

    def cancel(self) -> None:
        """Stop generating (nothing of this run is left in the folder)."""
        if self.worker is not None and self.state == "running":
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Annulation…"))

    def _progress(self, done: int, total: int, title: str) -> None:
        if self.state != "running" or self.worker is None or self.worker.is_cancelling():
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if title:
            self._say(self.tr("Préparation : %1 (%2 sur %3)…").replace("%1", translated_title(title))
                      .replace("%2", str(done + 1)).replace("%3", str(total)))

    def _finished(self, result: PackResult) -> None:
        self.worker = None
        self.result_pack = result
        total_pages = self.results.show_files(list(result.files), self.output_folder())
        count = len(result.files)
        ready = self.tr("%Ln documents prêts", "", count)
        self._set_state("done")
        self._say(self.tr("%1 (%2) dans « %3 ».").replace("%1", ready).replace("%2", self.results.pages_text(total_pages))
                  .replace("%3", str(self.output_folder())))
        self.warnings_area.show_warnings(self.structure, result.warnings)
        self.generated.emit(result)

    def _failed(self, message: str) -> None:
        self.worker = None
        self._set_state("failed")
        self._say(message, error=True)

    def _cancelled(self) -> None:
        self.worker = None
        self._set_state("cancelled")
        self._say(self.tr("Génération annulée : aucun document n'a été écrit."))

    # -- after generating -------------------------------------------------------------------------------------

    def generated_files(self) -> list[Path]:
        return list(self.result_pack.files) if self.result_pack is not None else []

    def warning_texts(self) -> list[str]:
        """The warnings shown, in the interface language."""
        return [words(w) for w in self.result_pack.warnings] if self.result_pack is not None else []

    # -- closing ----------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape and « Fermer »: while generating, Escape cancels the run and the dialog stays open."""
        if self.state == "running":
            self.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._stop_worker()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._stop_worker()
        super().closeEvent(event)

    def _stop_worker(self) -> None:
        if self.worker is not None and self.worker.is_running():
            self.worker.cancel()
            self.worker.wait()
        if self.state == "running":
            self.state = "cancelled"


def open_print_dialog(parent: QWidget, kit: Kit, structure: IssuingStructure, *, venues: Iterable[Venue] = (),
                      facilitators: Iterable[Facilitator] = (), folder: Path | None = None,
                      apply: Callable[[Kit, str], bool] | None = None) -> PrintDialog:
    """Show the print dialog for *kit* (window-modal, deleted when closed) and return it.

    Args:
        parent: the main window.
        kit: the kit.
        structure: the issuing structure.
        venues: the venues the kit refers to (``Workspace.venues_of``).
        facilitators: the facilitators the kit refers to (``Workspace.facilitators_of``).
        folder: the output folder to propose, e.g. the one used last time for this kit.
        apply: the controller's ``apply``, for « Confirmer les dates ».
    """
    dialog = PrintDialog(kit, structure, parent, venues=venues, facilitators=facilitators, folder=folder, apply=apply)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
