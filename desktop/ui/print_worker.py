"""Building the print pack off the interface thread, so that the window stays responsive and can cancel.

:class:`PrintWorker` runs :func:`desktop.printing.pack.build_pack` in its own :class:`QThread`. It receives the
kit and the structure as values (frozen dataclasses), never the database connection, so nothing is shared with the
interface thread but a cancellation flag (a :class:`threading.Event`). Progress is reported as it happens; the
outcome (result, failure or cancellation) is delivered only once the thread has ended, so a slot receiving it can
start another run or close the dialog straight away.

Failures are worded here, in French through Qt Linguist, for a person who is not technical: a folder that cannot
be written, a full disk, a PDF left open in a viewer. ``build_pack`` writes every file under a temporary name and
renames them only at the end, so a failure or a cancellation never leaves a half-written PDF.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.domain.kit import Facilitator, IssuingStructure, Kit, Venue
from desktop.domain.workshop_codec import load_contents
from desktop.printing.fonts import FontsMissing
from desktop.printing.pack import (
    DOCUMENTS, NotARegularFile, PackFileBusy, PackResult, PrintCancelled, build_pack,
)

log = logging.getLogger(__name__)

def document_title(key: str) -> str:
    """The title of the document *key* of :data:`~desktop.printing.pack.DOCUMENTS`, in the interface language."""
    return translated_title(DOCUMENTS[key])


def translated_title(title: str) -> str:
    """A French document title (as ``build_pack`` reports it) in the interface language."""
    return QCoreApplication.translate("PrintDocuments", title) if title else ""

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def describe_print_error(error: BaseException, folder: Path) -> str:
    """A French sentence (through Qt Linguist) the person can act on, for an error raised while printing.

    Args:
        error: what ``build_pack`` raised.
        folder: the output folder, named in the message.
    """
    where = str(folder)
    if isinstance(error, FontsMissing):
        return QCoreApplication.translate(
            "PrintWorker", "Les polices de caractères de Tresse sont introuvables : l'installation est "
            "incomplète. Réinstallez Tresse, puis réessayez.")
    if isinstance(error, NotARegularFile):
        return QCoreApplication.translate(
            "PrintWorker", "« %1 » n'est pas un fichier dans ce dossier (un dossier ou un raccourci porte ce "
            "nom) : renommez-le ou choisissez un autre dossier. Aucun document n'a été modifié.").replace(
            "%1", Path(error.filename or "").name)
    if isinstance(error, PackFileBusy):
        return QCoreApplication.translate(
            "PrintWorker", "Le document « %1 » n'a pas pu être remplacé : il est sans doute ouvert dans un "
            "lecteur PDF. Fermez-le, puis réessayez. Aucun document n'a été modifié.").replace(
            "%1", Path(error.filename or "").name)
    if isinstance(error, OSError):
        if error.errno in _FULL:
            return QCoreApplication.translate(
                "PrintWorker", "Le disque est plein : libérez de la place ou choisissez un autre dossier, puis "
                "réessayez. Aucun document n'a été écrit.")
        if isinstance(error, PermissionError) or error.errno in _DENIED:
            return QCoreApplication.translate(
                "PrintWorker", "Impossible d'écrire dans le dossier « %1 ». Un des documents est peut-être ouvert "
                "dans un lecteur PDF : fermez-le. Sinon, choisissez un autre dossier (une clé USB est peut-être "
                "protégée en écriture). Aucun document n'a été écrit.").replace("%1", where)
        if isinstance(error, (NotADirectoryError, FileExistsError)):
            return QCoreApplication.translate(
                "PrintWorker", "« %1 » ne peut pas servir de dossier : une partie de ce chemin est un fichier. "
                "Choisissez un autre dossier. Aucun document n'a été écrit.").replace("%1", where)
        if isinstance(error, FileNotFoundError):
            return QCoreApplication.translate(
                "PrintWorker", "Le dossier « %1 » est introuvable : la clé USB ou le disque a peut-être été "
                "retiré. Choisissez un autre dossier. Aucun document n'a été écrit.").replace("%1", where)
        reason = error.strerror or str(error)
        return QCoreApplication.translate(
            "PrintWorker", "Impossible d'écrire dans le dossier « %1 » (%2). Vérifiez que le dossier existe "
            "toujours, ou choisissez-en un autre. Aucun document n'a été écrit.").replace("%1", where) \
            .replace("%2", reason)
    return QCoreApplication.translate(
        "PrintWorker", "Une erreur inattendue a empêché de préparer les documents. Elle a été enregistrée dans "
        "le journal. Aucun document n'a été laissé à moitié écrit.")


#: Threads started and not yet delivered, kept alive here even if their worker is dropped: Qt aborts the whole
#: program when a running QThread is destroyed.
_RUNNING: set[_Thread] = set()


class _Thread(QThread):
    """The thread that calls one function and keeps what came out of it."""

    def __init__(self, target: Callable[[], object]) -> None:
        super().__init__()
        self.setObjectName("printWorkerThread")
        self._target = target
        self.outcome: object = None
        self.error: BaseException | None = None

    def run(self) -> None:  # noqa: D102 (Qt override)
        try:
            self.outcome = self._target()
        except BaseException as exc:  # delivered to the interface thread, never lost
            self.error = exc


class PrintWorker(QObject):
    """Builds the chosen documents of a kit into a folder, in a background thread.

    Make one worker per run, keep a reference to it while it runs, and call :meth:`start`. Before the object
    holding it goes away, call :meth:`cancel` then :meth:`wait` (the dialog does).

    Args:
        kit: the whole kit (with venues and facilitators), a frozen value.
        structure: the issuing structure, a frozen value.
        out_dir: the output folder (created if missing).
        documents: keys of :data:`desktop.printing.pack.DOCUMENTS`; all when ``None``.
        session_uids: the sessions the per-session documents cover; all active sessions when ``None``.
        today: the date of issue printed on certificates (today by default).
        parent: the Qt parent.

    Signals:
        progress(int, int, str): documents done, documents in all, French title of the document being built
            (an empty title once everything is built).
        finished(object): the :class:`~desktop.printing.pack.PackResult`; the files are in place.
        failed(str): a French message for the person; no PDF of this run is left.
        cancelled(): the run stopped at the person's request; no PDF of this run is left.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, kit: Kit, structure: IssuingStructure, out_dir: Path, *,
                 venues: Iterable[Venue] = (), facilitators: Iterable[Facilitator] = (),
                 documents: Iterable[str] | None = None, session_uids: Iterable[str] | None = None,
                 today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        load_contents(kw.workshop for kw in kit.workshops)  # here, not in the printing thread: they read the store
        self.kit = kit
        self.venues = tuple(venues)
        self.facilitators = tuple(facilitators)
        self.structure = structure
        self.out_dir = Path(out_dir)
        self.documents = frozenset(documents) if documents is not None else None
        self.session_uids = frozenset(session_uids) if session_uids is not None else None
        self.today = today
        self._stop = threading.Event()
        self._thread: _Thread | None = None

    # -- control (interface thread) -------------------------------------------------------------------------

    def start(self) -> None:
        """Start building; does nothing if this worker already started."""
        if self._thread is not None:
            return
        thread = self._thread = _Thread(self._build)
        _RUNNING.add(thread)
        thread.finished.connect(self._deliver)
        thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the build to stop at the next page or document (safe to call from any thread, any time)."""
        self._stop.set()

    def is_cancelling(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def is_running(self) -> bool:
        """Whether the thread is still building."""
        return self._thread is not None and self._thread.isRunning()

    def wait(self, milliseconds: int | None = None) -> bool:
        """Block until the thread has ended (or *milliseconds* passed); True if it is not running any more."""
        if self._thread is None:
            return True
        return self._thread.wait() if milliseconds is None else self._thread.wait(milliseconds)

    # -- the build (worker thread) ----------------------------------------------------------------------------

    def _build(self) -> PackResult:
        return build_pack(self.kit, self.structure, self.out_dir, venues=self.venues, facilitators=self.facilitators,
                          documents=set(self.documents) if self.documents is not None else None,
                          session_uids=set(self.session_uids) if self.session_uids is not None else None,
                          progress=self._report, cancelled=self._stop.is_set, today=self.today)

    def _report(self, done: int, total: int, title: str) -> None:
        self.progress.emit(done, total, title)  # queued to the interface thread

    # -- the outcome (interface thread, after the thread ended) ----------------------------------------------

    @Slot()
    def _deliver(self) -> None:
        thread = self._thread
        if thread is None:
            return
        _RUNNING.discard(thread)
        error = thread.error
        if error is None:
            self.finished.emit(thread.outcome)
        elif isinstance(error, PrintCancelled):
            self.cancelled.emit()
        elif isinstance(error, (OSError, FontsMissing)):
            log.warning("print pack not written to %s: %s", self.out_dir, error)
            self.failed.emit(describe_print_error(error, self.out_dir))
        else:
            log.error("print pack failed", exc_info=(type(error), error, error.__traceback__))
            self.failed.emit(describe_print_error(error, self.out_dir))
