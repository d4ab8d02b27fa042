"""The print pack: every paper document of a kit, one PDF per kind, under fixed French file names.

:func:`build_pack` is what the window and the command line call. Each PDF is first written under a hidden
temporary name in the output folder; only when every requested document is built are they renamed into place,
so a failed or cancelled run leaves no half-written PDF (and no PDF at all from this run). Cancellation is
checked between documents and at every page.
"""

from __future__ import annotations

import errno
import os
import stat
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.domain.kit import Facilitator, IssuingStructure, Kit, Venue
from desktop.printing.attendance import build_attendance, build_blank_attendance
from desktop.printing.call import build_call, build_selection_grids, warn_call, warn_criteria
from desktop.printing.certificate import build_certificates, warn_presences
from desktop.printing.common import PrintCancelled, PrintContext
from desktop.printing.evaluation import build_questionnaires, build_results
from desktop.printing.facilitator_sheet import build_facilitator_sheets
from desktop.printing.handout import build_handouts
from desktop.printing.invitation import build_invitations, check_letters, warn_dates
from desktop.printing.name_tents import build_name_tents
from desktop.printing.programme import build_programme
from desktop.printing.realisation import build_realisation_certificates
from desktop.printing.session_cards import build_session_cards
from desktop.domain.reason import Reason
from desktop.domain.wording import QT_TRANSLATE_NOOP

__all__ = ["DOCUMENTS", "FILE_NAMES", "PackResult", "PrintCancelled", "UnknownDocuments", "build_pack", "preflight"]

#: Document key → French title, in the order the pack is built (and a dialog lists them); the titles are marked
#: for Qt Linguist here, the one list the interface translates.
DOCUMENTS: dict[str, str] = {
    "programme": QT_TRANSLATE_NOOP("PrintDocuments", "Programme du cycle"),
    "livrets": QT_TRANSLATE_NOOP("PrintDocuments", "Livrets participants"),
    "fiches-animation": QT_TRANSLATE_NOOP("PrintDocuments", "Fiches d'animation"),
    "emargement": QT_TRANSLATE_NOOP("PrintDocuments", "Feuilles d'émargement"),
    "emargement-vierge": QT_TRANSLATE_NOOP("PrintDocuments", "Feuille d'émargement vierge"),
    "attestations": QT_TRANSLATE_NOOP("PrintDocuments", "Attestations"),
    "certificat-realisation": QT_TRANSLATE_NOOP("PrintDocuments", "Certificats de réalisation"),
    "evaluation": QT_TRANSLATE_NOOP("PrintDocuments", "Évaluations à chaud"),
    "evaluation-resultats": QT_TRANSLATE_NOOP("PrintDocuments", "Résultats des évaluations"),
    "convocations": QT_TRANSLATE_NOOP("PrintDocuments", "Convocations"),
    "chevalets": QT_TRANSLATE_NOOP("PrintDocuments", "Chevalets nominatifs"),
    "cartes": QT_TRANSLATE_NOOP("PrintDocuments", "Cartes de séance"),
    "appel-a-projets": QT_TRANSLATE_NOOP("PrintDocuments", "Appel à projets"),
    "grille-selection": QT_TRANSLATE_NOOP("PrintDocuments", "Grilles de sélection"),
}

#: Document key → file name in the output folder.
FILE_NAMES: dict[str, str] = {
    "programme": "programme.pdf",
    "livrets": "livrets-participants.pdf",
    "fiches-animation": "fiches-animation.pdf",
    "emargement": "feuilles-emargement.pdf",
    "emargement-vierge": "feuille-emargement-vierge.pdf",
    "attestations": "attestations-presence.pdf",
    "certificat-realisation": "certificats-realisation.pdf",
    "evaluation": "evaluations-a-chaud.pdf",
    "evaluation-resultats": "resultats-evaluations.pdf",
    "convocations": "convocations.pdf",
    "chevalets": "chevalets.pdf",
    "cartes": "cartes-seances.pdf",
    "appel-a-projets": "appel-a-projets.pdf",
    "grille-selection": "grilles-selection.pdf",
}

_BUILDERS: dict[str, Callable[[PrintContext, Path], None]] = {
    "programme": build_programme,
    "livrets": build_handouts,
    "fiches-animation": build_facilitator_sheets,
    "emargement": build_attendance,
    "emargement-vierge": build_blank_attendance,
    "attestations": build_certificates,
    "certificat-realisation": build_realisation_certificates,
    "evaluation": build_questionnaires,
    "evaluation-resultats": build_results,
    "convocations": build_invitations,
    "chevalets": build_name_tents,
    "cartes": build_session_cards,
    "appel-a-projets": build_call,
    "grille-selection": build_selection_grids,
}

#: Checks run before printing (:func:`preflight`): what the person should act on first.
_CHECKS: dict[str, Callable[[PrintContext], object]] = {
    "programme": warn_dates,
    "attestations": warn_presences,
    "certificat-realisation": warn_presences,
    "convocations": check_letters,
    "cartes": warn_dates,
    "appel-a-projets": warn_call,
    "grille-selection": warn_criteria,
}

TEMP_SUFFIX = ".part"


class NotARegularFile(FileExistsError):
    """Something that is not a regular file (a folder, a link, a device) has the name of a document; nothing was
    changed.

    Attributes:
        filename: its path.
    """


class PackFileBusy(OSError):
    """A finished document could not replace the previous file of that name; nothing of the pack was changed.

    Attributes:
        filename: the path of the file to close (an :class:`OSError` attribute).
    """


def _commit(pending: list[tuple[Path, Path]], token: str) -> None:
    """Put every finished document in place, or none: the previous files are set aside first and brought back
    if any step fails, so a failure half-way leaves the folder exactly as it was."""
    for _, final in pending:
        _check_target(final)
    aside: list[tuple[Path, Path]] = []  # (previous file, where it was set aside)
    placed: list[Path] = []
    try:
        for _, final in pending:
            if final.exists() or final.is_symlink():
                kept = final.with_name(f".{final.name}.{token}.avant")
                _move(final, kept, final)
                aside.append((final, kept))
        for temporary, final in pending:
            _move(temporary, final, final)
            placed.append(final)
    except BaseException:
        for final in placed:
            try:
                final.unlink()
            except OSError:
                pass
        for final, kept in reversed(aside):
            try:
                os.replace(kept, final)
            except OSError:
                pass
        raise
    for _, kept in aside:
        try:
            kept.unlink()
        except OSError:
            pass


def _check_target(final: Path) -> None:
    """Only a regular file is ever replaced: a folder, a link, a device or a pipe of that name is refused."""
    try:
        mode = final.lstat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise NotARegularFile(errno.EEXIST, "not a regular file", str(final))


def _move(source: Path, target: Path, blamed: Path) -> None:
    try:
        os.replace(source, target)
    except OSError as exc:
        raise PackFileBusy(exc.errno, exc.strerror or str(exc), str(blamed)) from exc


class UnknownDocuments(ValueError):
    """Some requested document keys are not in :data:`DOCUMENTS`.

    Attributes:
        keys: the unknown keys, sorted.
    """

    def __init__(self, keys: set[str]) -> None:
        self.keys = sorted(keys)
        super().__init__(f"unknown documents: {', '.join(self.keys)}")


@dataclass
class PackResult:
    """What a pack run produced.

    Attributes:
        files: the PDFs written, in the order of :data:`DOCUMENTS`.
        warnings: reasons to show the person (characters replaced, missing logos, empty parts…), worded by
            ``domain/wording.py``.
    """

    files: list[Path] = field(default_factory=list)
    warnings: list[Reason] = field(default_factory=list)


def build_pack(kit: Kit, structure: IssuingStructure, out_dir: Path, *, venues: Iterable[Venue] = (),
               facilitators: Iterable[Facilitator] = (), documents: set[str] | None = None,
               session_uids: set[str] | None = None, progress: Callable[[int, int, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None, today: date | None = None) -> PackResult:
    """Write the chosen documents of *kit* into *out_dir*, one PDF per document.

    Args:
        kit: the kit, with its workshops, participants, sessions, attendance, evaluations.
        structure: the issuing structure's profile.
        out_dir: the folder (created if missing); existing files of the same names are replaced, all of them or
            none.
        venues: the venues the kit refers to (shared records, passed alongside the kit).
        facilitators: the facilitators the kit refers to.
        documents: keys of :data:`DOCUMENTS` to build; all of them when ``None``.
        session_uids: when given, the per-session documents (sheets, cards, letters, handouts, questionnaires,
            results) cover only these sessions; the programme and the certificates always cover the whole cycle.
        progress: called as ``progress(done, total, title)`` before each document and once at the end.
        cancelled: polled between documents and at every page; returning True stops the run.
        today: the date of issue printed on certificates (today by default).

    Returns:
        The files written and the warnings.

    Raises:
        PrintCancelled: *cancelled* returned True; no new PDF is left in *out_dir*.
        UnknownDocuments: *documents* names a document that does not exist.
        PackFileBusy: a finished document could not take the place of the previous one (open in a PDF viewer
            on Windows, most often); every previous file of the pack is left exactly as it was.
        OSError: the folder or a file could not be written; no new PDF is left half-written.
    """
    wanted = list(DOCUMENTS) if documents is None else [key for key in DOCUMENTS if key in documents]
    if documents is not None and set(documents) - set(DOCUMENTS):
        raise UnknownDocuments(set(documents) - set(DOCUMENTS))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = PrintContext(kit=kit, structure=structure, venues_by_uid={v.uid: v for v in venues},
                       facilitators_by_uid={f.uid: f for f in facilitators},
                       session_uids=set(session_uids) if session_uids is not None else None, cancelled=cancelled,
                       today=today or date.today())
    token = uuid.uuid4().hex[:8]
    pending: list[tuple[Path, Path]] = []
    try:
        for done, key in enumerate(wanted):
            ctx.check_cancelled()
            if progress is not None:
                progress(done, len(wanted), DOCUMENTS[key])
            final = out_dir / FILE_NAMES[key]
            temporary = out_dir / f".{final.name}.{token}{TEMP_SUFFIX}"
            pending.append((temporary, final))
            # Created owner-only before anything is written in it: the documents carry participants' names.
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            _BUILDERS[key](ctx, temporary)
        ctx.check_cancelled()
        _commit(pending, token)
    except BaseException:
        for temporary, _ in pending:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass
        raise
    if progress is not None:
        progress(len(wanted), len(wanted), "")
    return PackResult(files=[final for _, final in pending], warnings=list(ctx.warnings))


def preflight(kit: Kit, structure: IssuingStructure, documents: set[str] | None = None, *,
              venues: Iterable[Venue] = (), facilitators: Iterable[Facilitator] = (),
              session_uids: set[str] | None = None, today: date | None = None) -> list[str]:
    """What the chosen documents would warn about that is worth fixing before printing (French sentences).

    Nothing is written: the dialog shows these while the person chooses (presences not entered and sessions not
    marked held before certificates, dates still to confirm before letters, characters the font lacks…).
    """
    wanted = set(DOCUMENTS) if documents is None else set(documents)
    ctx = PrintContext(kit=kit, structure=structure, venues_by_uid={v.uid: v for v in venues},
                       facilitators_by_uid={f.uid: f for f in facilitators},
                       session_uids=set(session_uids) if session_uids is not None else None,
                       today=today or date.today())
    done: set = set()
    for key in DOCUMENTS:
        check = _CHECKS.get(key)
        if key in wanted and check is not None and check not in done:
            check(ctx)
            done.add(check)
    return list(ctx.warnings)
