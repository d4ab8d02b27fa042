"""Printing from the window: the print dialog, its background worker, cancelling, the preview and the printer.

The kit lives in the store (template, venue, facilitator, participants, sessions, attendance); the generated PDFs
are read back with pypdf. No real window manager, viewer or printer is involved: ``QDesktopServices.openUrl`` and
``QPrintDialog.exec`` are patched, and « printing » goes to a PDF file.
"""

from __future__ import annotations

import errno
import threading
import time as clock
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from desktop.domain.kit import (
    Attendance, Facilitator, HalfDay, IssuingStructure, Participant, Presence, Session, SessionStatus, Venue,
)
from desktop.domain.kit_factory import kit_from_template
from desktop.printing.pack import DOCUMENTS, FILE_NAMES, TEMP_SUFFIX, build_pack
from desktop.storage.kits import FacilitatorRepository, KitRepository, ProfileRepository, VenueRepository
from desktop.storage.repositories import CatalogueRepository
from desktop.ui import print_worker
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.dialogs.print_choices import DEFAULT_DOCUMENTS, default_folder, folder_name
from desktop.ui.dialogs.print_dialog import PrintDialog, open_print_dialog
from desktop.ui.pdf_printing import MAX_PRINT_DPI, print_pdfs
from desktop.ui.print_worker import PrintWorker, describe_print_error
from desktop.ui.workspace import Workspace

NBSP = "\u00a0"
A4 = (595, 842)
WAIT = 60_000  # ms: generous for slow machines; no test asserts a duration


HALL = Venue("v-hall", "Salle des fêtes", "2 place de la Mairie", "07370 Sarras", 30, step_free=True)
CAMILLE = Facilitator("f-camille", "Camille Rocher", organisation="Ronalpia")
SHARED = {"venues": (HALL,), "facilitators": (CAMILLE,)}


@pytest.fixture
def saved_kit(store):
    """A four-session kit in the store: a venue, a facilitator, four participants (one with a Chinese name the
    font cannot print, one who never came), attendance for the first session, the last session cancelled."""
    catalogue = CatalogueRepository(store)
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Outille — Annonay 2027")
    hall, camille = HALL, CAMILLE
    people = (Participant("p1", "Dupont", "Marie", "Les Jardins d'Annonay"),
              Participant("p2", "Lefèvre", "Hélène", "Épicerie solidaire"),
              Participant("p3", "王", "芳", "Coopérative"),
              Participant("p4", "Garnier", "Loïc"))
    statuses = [SessionStatus.HELD, SessionStatus.CONFIRMED, SessionStatus.PENCILLED, SessionStatus.CANCELLED]
    sessions = tuple(Session(f"s{i + 1}", kw.uid, date(2027, 3, 2 + 7 * i), time(9, 30), time(12, 30), hall.uid,
                             (camille.uid,), statuses[i % 4]) for i, kw in enumerate(kit.workshops[:4]))
    attendances = tuple(Attendance("s1", p.uid, HalfDay.MORNING, Presence.PRESENT) for p in people[:3])
    kit = replace(kit, departement="Ardèche", facilitator_uids=(camille.uid,), participants=people,
                  sessions=sessions, attendances=attendances)
    VenueRepository(store).save(hall)
    FacilitatorRepository(store).save(camille)
    KitRepository(store).save(kit)
    ProfileRepository(store).save_structure(IssuingStructure(name="Ronalpia", address="07100 Annonay"))
    return KitRepository(store).load(kit.uid)


@pytest.fixture
def structure(store, saved_kit):
    return ProfileRepository(store).structure()


@pytest.fixture
def dialog(qtbot, french, saved_kit, structure, tmp_path):
    window = PrintDialog(saved_kit, structure, None, **SHARED, folder=tmp_path / "out", today=date(2027, 4, 1))
    qtbot.addWidget(window)
    window.show()
    return window


def generate(qtbot, dialog):
    with qtbot.waitSignal(dialog.generated, timeout=WAIT):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


# -- the dialog ---------------------------------------------------------------------------------------------------

def test_folder_names_work_on_every_system():
    assert folder_name("Outille : Ardèche / 2027") == "Outille - Ardèche - 2027"
    assert folder_name("  Kit  du   Vercors.  ") == "Kit du Vercors"
    assert folder_name("con") == "con (kit)"
    assert folder_name("???") == "---" and folder_name("...") == "Kit"
    assert len(folder_name("x" * 300)) == 80


def test_defaults(qtbot, french, saved_kit, structure):
    window = PrintDialog(saved_kit, structure, **SHARED)
    qtbot.addWidget(window)
    model = window.documents
    assert [model.item(r).text() for r in range(model.rowCount())] == list(DOCUMENTS.values())
    assert set(window.chosen_documents()) == DEFAULT_DOCUMENTS
    # the cancelled session is not offered; all active ones are ticked, which means « the whole cycle »
    assert window.sessions.rowCount() == 3
    assert window.sessions.item(0).text().startswith("mardi 2 mars 2027, de 9")
    assert window.chosen_sessions() is None
    assert Path(window.folder.text()) == default_folder(saved_kit.name)
    assert Path(window.folder.text()).name == "Outille — Annonay 2027"
    assert "tout le cycle" in window.sessions_note.text()
    assert window.generate_button.isEnabled() and window.state == "idle"


def test_choices_are_checked_before_generating(dialog, tmp_path):
    dialog.set_documents([])
    assert not dialog.generate_button.isEnabled()
    assert "au moins un document" in dialog.problem.text()
    dialog.set_documents(["programme", "emargement"])
    for r in range(dialog.sessions.rowCount()):
        dialog.sessions.item(r).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.generate_button.isEnabled() and "au moins une séance" in dialog.problem.text()
    dialog.set_documents(["programme", "attestations"])  # whole-cycle documents: sessions do not matter
    assert dialog.generate_button.isEnabled() and not dialog.sessions_view.isEnabled()
    dialog.sessions.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen_sessions() == {"s2"}
    (tmp_path / "a-file").write_text("x")
    dialog.folder.setText(str(tmp_path / "a-file"))
    assert not dialog.generate_button.isEnabled() and "est un fichier" in dialog.problem.text()
    dialog.folder.setText("")
    assert not dialog.generate_button.isEnabled()
    assert dialog.generate() is None


def test_before_generating_it_says_who_lacks_presences(dialog):
    shown = plain(dialog.warnings.text())
    assert dialog.warnings_area.isVisible() and dialog.state == "idle"
    assert "Présences non saisies pour 1 personne : Loïc Garnier (02/03/2027" in shown
    assert "« réalisée »" in shown  # the sessions of March are past on 1 April and not marked held
    for key in ("attestations", "certificat-realisation"):
        dialog.documents.item(list(DOCUMENTS).index(key)).setCheckState(Qt.CheckState.Unchecked)
    assert "Présences non saisies" not in plain(dialog.warnings.text())


def test_dates_to_confirm_are_listed_and_confirmed_in_one_undoable_edit(qtbot, french, saved_kit, structure,
                                                                          tmp_path):
    applied = []
    window = PrintDialog(saved_kit, structure, None, folder=tmp_path / "out", today=date(2027, 4, 1),
                         apply=lambda after, text: applied.append((after, text)) or True)
    qtbot.addWidget(window)
    window.show()
    window.documents.item(list(DOCUMENTS).index("convocations")).setCheckState(Qt.CheckState.Checked)
    shown = plain(window.warnings.text())
    assert "1 séance encore « pressentie » s'imprime « date à confirmer » : 16/03/2027" in shown
    assert window.confirm_button.isVisible()
    assert window.confirm_dates()
    (after, text), = applied
    assert text == "Confirmer les dates" and after.sessions[2].status is SessionStatus.CONFIRMED
    assert after.sessions[2].sequence == saved_kit.sessions[2].sequence + 1
    assert "date à confirmer" not in plain(window.warnings.text()) and not window.confirm_button.isVisible()


def test_without_an_editor_no_confirm_action(dialog):
    assert not dialog.confirm_button.isVisible()


def test_generate_writes_exactly_the_chosen_documents(qtbot, dialog, tmp_path):
    out = tmp_path / "out"
    dialog.documents.item(list(DOCUMENTS).index("livrets")).setCheckState(Qt.CheckState.Unchecked)
    dialog.documents.item(list(DOCUMENTS).index("evaluation")).setCheckState(Qt.CheckState.Unchecked)
    dialog.documents.item(list(DOCUMENTS).index("chevalets")).setCheckState(Qt.CheckState.Checked)
    chosen = ["programme", "emargement", "attestations", "chevalets"]
    assert dialog.chosen_documents() == chosen
    generate(qtbot, dialog)
    assert dialog.state == "done" and dialog.worker is None
    assert listing(out) == sorted(FILE_NAMES[k] for k in chosen)
    assert dialog.generated_files() == [out / FILE_NAMES[k] for k in chosen]
    sheets = len(PdfReader(out / "feuilles-emargement.pdf").pages)
    assert sheets == 3  # one per active session
    # the results: one line per file with its pages, and the warnings, plainly
    assert dialog.results.isVisible() and dialog.results.files.rowCount() == 4
    assert dialog.results.files.item(1).text() == f"Feuilles d'émargement — {sheets} pages"
    status = plain(dialog.status.text())
    assert status.startswith("4 documents prêts (") and str(out) in status
    shown = plain(dialog.warnings.text())
    assert dialog.warnings_area.isVisible()
    assert "que la police ne peut pas imprimer" in shown and "王" in shown
    assert "Présences non saisies pour 1 personne : Loïc Garnier" in shown
    assert all(plain(w) in shown for w in dialog.warning_texts())
    assert dialog.results.print_button.isDefault()


def test_generate_only_some_sessions(qtbot, dialog, tmp_path):
    dialog.set_documents(["emargement"])
    dialog.sessions.item(0).setCheckState(Qt.CheckState.Unchecked)
    generate(qtbot, dialog)
    assert len(PdfReader(tmp_path / "out" / "feuilles-emargement.pdf").pages) == 2


def test_worker_reports_each_document(qtbot, french, saved_kit, structure, tmp_path):
    worker = PrintWorker(saved_kit, structure, **SHARED, out_dir=tmp_path, documents={"cartes", "programme"})
    seen = []
    worker.progress.connect(lambda done, total, title: seen.append((done, total, title)))
    with qtbot.waitSignal(worker.finished, timeout=WAIT) as blocker:
        worker.start()
    assert not worker.is_running()
    assert seen == [(0, 2, "Programme du cycle"), (1, 2, "Cartes de séance"), (2, 2, "")]
    assert blocker.args[0].files == [tmp_path / "programme.pdf", tmp_path / "cartes-seances.pdf"]


def test_a_folder_that_cannot_be_written_is_said_plainly(qtbot, dialog, tmp_path):
    (tmp_path / "note.txt").write_text("pas un dossier")
    dialog.folder.setText(str(tmp_path / "note.txt" / "documents"))
    worker = dialog.generate()
    with qtbot.waitSignal(worker.failed, timeout=WAIT):
        pass
    assert dialog.state == "failed"
    assert plain(dialog.status.text()).startswith(f"« {tmp_path / 'note.txt' / 'documents'} » ne peut pas servir")
    assert not dialog.results.isVisible() and dialog.generate_button.isVisible()
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.rglob("*" + TEMP_SUFFIX))


def test_error_messages(french, tmp_path):
    full = describe_print_error(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert plain(full).startswith("Le disque est plein :")
    denied = describe_print_error(PermissionError(errno.EACCES, "Permission denied"), tmp_path)
    assert str(tmp_path) in denied and "lecteur PDF" in denied
    assert "journal" in describe_print_error(ValueError("bug"), tmp_path)
    gone = describe_print_error(FileNotFoundError(errno.ENOENT, "No such file"), tmp_path)
    assert "introuvable" in gone and "No such" not in gone
    other = describe_print_error(OSError(errno.EIO, "Input/output error"), tmp_path)
    assert plain(other).startswith(f"Impossible d'écrire dans le dossier « {tmp_path} » (Input/output error)")


# -- cancelling ----------------------------------------------------------------------------------------------------

@pytest.fixture
def held_at_second_document(monkeypatch):
    """build_pack stops before its second document until the run is cancelled (the first one is written under its
    temporary name by then); the event says it got there."""
    reached = threading.Event()
    real = print_worker.build_pack

    def build(*args, progress=None, cancelled=None, **kwargs):
        def report(done, total, title):
            if done == 1:
                reached.set()
                deadline = clock.monotonic() + 30
                while not cancelled() and clock.monotonic() < deadline:
                    clock.sleep(0.005)
            progress(done, total, title)
        return real(*args, progress=report, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(print_worker, "build_pack", build)
    return reached


def test_escape_cancels_and_leaves_nothing(qtbot, dialog, tmp_path, held_at_second_document):
    out = tmp_path / "out"
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    worker = dialog.worker
    assert dialog.state == "running" and dialog.cancel_button.isVisible() and not dialog.documents_view.isEnabled()
    assert held_at_second_document.wait(30)
    assert [name for name in listing(out) if name.endswith(TEMP_SUFFIX)]  # the first PDF, not yet in place
    with qtbot.waitSignal(worker.cancelled, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape cancelled the run, not the dialog
    assert listing(out) == []
    assert "annulée" in dialog.status.text() and dialog.state == "cancelled"
    assert dialog.generate_button.isVisible() and dialog.generate_button.isEnabled()
    assert not dialog.results.isVisible()


def test_cancelled_before_the_first_document(qtbot, french, saved_kit, structure, tmp_path):
    worker = PrintWorker(saved_kit, structure, **SHARED, out_dir=tmp_path / "out")
    worker.cancel()
    with qtbot.waitSignal(worker.cancelled, timeout=WAIT):
        worker.start()
    assert listing(tmp_path / "out") == []


def test_closing_while_generating_stops_the_worker(qtbot, dialog, tmp_path, held_at_second_document):
    dialog.generate()
    worker = dialog.worker
    assert held_at_second_document.wait(30)
    dialog.close()
    assert not worker.is_running() and not dialog.isVisible()
    assert listing(tmp_path / "out") == []


# -- after generating ----------------------------------------------------------------------------------------------

def test_open_folder_and_viewer(qtbot, dialog, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.set_documents(["programme", "emargement"])
    generate(qtbot, dialog)
    dialog.results.files_view.setCurrentIndex(dialog.results.files.index(1, 0))
    qtbot.mouseClick(dialog.results.viewer_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.results.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "out" / "feuilles-emargement.pdf")),
                      QUrl.fromLocalFile(str(tmp_path / "out"))]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert not dialog.results.open_in_viewer()
    assert "lecteur PDF" in dialog.status.text()


def test_preview_from_the_dialog(qtbot, dialog):
    dialog.set_documents(["programme", "emargement"])
    generate(qtbot, dialog)
    dialog.results.files_view.setCurrentIndex(dialog.results.files.index(1, 0))
    preview = dialog.results.preview()
    qtbot.addWidget(preview)
    assert preview.isVisible() and preview.choice.currentText() == "Feuilles d'émargement"
    assert preview.page_count() == 3


def test_print_every_generated_document(qtbot, dialog, tmp_path, monkeypatch):
    dialog.set_documents(["programme", "chevalets"])
    generate(qtbot, dialog)
    asked = []

    def accept(print_dialog):
        asked.append(print_dialog.options())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    printer = pdf_printer(tmp_path / "printed.pdf")
    expected = sum(len(PdfReader(p).pages) for p in dialog.generated_files())
    assert dialog.results.print_all(printer) == expected
    assert not asked[0] & QPrintDialog.PrintDialogOption.PrintPageRange  # a range over several files: no
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == expected
    # every sheet is portrait A4, the landscape name tents included (turned)
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in pages} == {A4}


# -- the preview ---------------------------------------------------------------------------------------------------

@pytest.fixture
def pdfs(saved_kit, structure, tmp_path):
    out = tmp_path / "pack"
    build_pack(saved_kit, structure, out, **SHARED, documents={"emargement", "convocations"}, today=date(2027, 4, 1))
    return [out / "feuilles-emargement.pdf", out / "convocations.pdf"]


@pytest.fixture
def preview(qtbot, french, pdfs):
    window = PdfPreviewDialog(pdfs, None)
    qtbot.addWidget(window)
    window.resize(900, 480)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_preview_pages_thumbnails_and_navigation(qtbot, preview, pdfs, qtmodeltester):
    count = len(PdfReader(pdfs[0]).pages)
    assert preview.page_count() == count == 3
    assert preview.thumbnails.rowCount() == count
    assert preview.page_label.text() == "Page 1 / 3"
    assert preview.view.fits_width()
    rects = [preview.view.page_rect(p) for p in range(count)]  # all pages, one under the other
    assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:]))
    qtmodeltester.check(preview.thumbnails)
    icon = preview.thumbnails.index(1).data(Qt.ItemDataRole.DecorationRole)
    size = icon.availableSizes()[0]
    assert not icon.isNull() and size.height() > size.width()
    rect = preview.strip.visualRect(preview.thumbnails.index(1))
    qtbot.mouseClick(preview.strip.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert preview.current_page() == 1 and preview.page_label.text() == "Page 2 / 3"
    preview.next_page()
    assert preview.page_label.text() == "Page 3 / 3" and not preview.next_button.isEnabled()
    assert preview.strip.currentIndex().row() == 2


def test_preview_switches_document_and_renders_lazily(qtbot, preview, pdfs, qtmodeltester):
    preview.choice.setCurrentIndex(1)
    count = len(PdfReader(pdfs[1]).pages)
    assert count == 4 and preview.thumbnails.rowCount() == count
    assert preview.page_label.text() == f"Page 1 / {count}"
    qtmodeltester.check(preview.thumbnails)
    preview.go_to_page(3)
    assert preview.page_label.text() == f"Page 4 / {count}"


def test_thumbnails_are_rendered_only_when_shown(qtbot, french, saved_kit, structure, tmp_path):
    out = tmp_path / "big"
    many = replace(saved_kit, participants=tuple(Participant(f"x{i}", f"Nom{i}", "Prénom") for i in range(30)))
    build_pack(many, structure, out, **SHARED, documents={"convocations"})
    window = PdfPreviewDialog([out / "convocations.pdf"], None)
    qtbot.addWidget(window)
    window.resize(800, 420)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.thumbnails.rendered_pages() != [])
    assert window.thumbnails.rowCount() == 30
    assert 0 < len(window.thumbnails.rendered_pages()) < 10


def test_zoom_shortcuts(qtbot, preview):
    preview.activateWindow()
    fitted = preview.zoom_factor()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not preview.view.fits_width()
    assert preview.view.zoom_factor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoom_factor() == pytest.approx(fitted / 1.25)
    qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.fits_width() and preview.zoom_factor() == pytest.approx(fitted)


def pdf_printer(path: Path, resolution: int | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if resolution:
        printer.setResolution(resolution)
    return printer


def test_print_the_page_range_chosen(qtbot, preview, tmp_path, monkeypatch, pdfs):
    def choose_pages_2_to_3(print_dialog):
        assert print_dialog.minPage() == 1 and print_dialog.maxPage() == 3
        print_dialog.printer().setPrintRange(QPrinter.PrintRange.PageRange)
        print_dialog.printer().setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pages_2_to_3)
    printer = pdf_printer(tmp_path / "range.pdf")
    assert printer.resolution() > MAX_PRINT_DPI  # rendering is capped, the page keeps its size
    assert preview.print_current(printer) == 2
    pages = PdfReader(tmp_path / "range.pdf").pages
    assert len(pages) == 2
    assert all((round(p.mediabox.width), round(p.mediabox.height)) == A4 for p in pages)


def test_print_refused_prints_nothing(qtbot, preview, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert preview.print_current(pdf_printer(tmp_path / "none.pdf")) == 0
    assert not (tmp_path / "none.pdf").exists()


def test_print_pdfs_current_page_and_copies(qtbot, french, pdfs, tmp_path):
    printer = pdf_printer(tmp_path / "current.pdf", 150)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    printer.setCopyCount(2)
    sent = print_pdfs(printer, [pdfs[0]], current_page=2)
    assert sent == (1 if printer.supportsMultipleCopies() else 2)
    assert len(PdfReader(tmp_path / "current.pdf").pages) == sent


def test_open_print_dialog(qtbot, french, saved_kit, structure):
    window = open_print_dialog(None, saved_kit, structure, **SHARED)
    qtbot.addWidget(window)
    assert isinstance(window, PrintDialog) and window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert window.windowTitle() == f"Imprimer — {saved_kit.name}"


def test_print_from_the_main_window(qtbot, store, french, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop import paths
    from desktop.domain.kit_factory import kit_from_template
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a))
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    assert win.print_kit() is None and told  # no kit chosen: a message, nothing else
    library = {w.id: w for w in win.catalogue.workshops()}
    kit = kit_from_template(win.catalogue.template_by_name("sprint"), library, "Sprint — Chevreuse")
    win.controller.create(kit, "créer")
    win.kits.refresh()
    win.kits.select(kit.uid)
    assert win.kits.print_button.isEnabled()
    dialog = win.print_kit()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
