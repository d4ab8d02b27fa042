"""PDF pages through PDFium: reading, damaged and missing files, rendering (whole pages and bands), the render
thread, the page view, the thumbnails and the preview's handling of a damaged document.

The PDFs are drawn here with reportlab: a portrait A4 page with a red square in its bottom-left corner and a blue
band across its top, then a landscape A4 page, so that the pixels rendered can be checked where they must be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog, PdfThumbnailModel
from desktop.ui.pdf_pages import PageRenderer, PdfFile, PdfUnreadable, RenderJob, describe_unreadable, page_count
from desktop.ui.pdf_printing import print_with_dialog
from desktop.ui.widgets.pdf_page_view import BAND_PIXELS, PdfPageView

RED, BLUE, WHITE = QColor(255, 0, 0), QColor(0, 0, 255), QColor(255, 255, 255)


def draw(path: Path, pages: int = 2) -> Path:
    """A PDF of *pages* pages: portrait ones (red square bottom left, blue band on top), the last landscape."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(pages):
        size = landscape(A4) if number == pages - 1 and pages > 1 else A4
        pdf.setPageSize(size)
        pdf.setFillColorRGB(1, 0, 0)
        pdf.rect(0, 0, 100, 100, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 1)
        pdf.rect(0, size[1] - 50, size[0], 50, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(150, 400, f"Page {number + 1} — été")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def sample(tmp_path) -> Path:
    return draw(tmp_path / "sample.pdf")


@pytest.fixture
def long_sample(tmp_path) -> Path:
    return draw(tmp_path / "long.pdf", pages=12)


def damaged_copies(source: Path, folder: Path) -> list[Path]:
    """Hostile files: cut short, garbage behind a PDF header, empty, not a PDF at all, and a folder."""
    data = source.read_bytes()
    files = {"cut.pdf": data[: len(data) // 3], "garbage.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 40,
             "empty.pdf": b"", "text.pdf": "Ceci n'est pas un PDF".encode()}
    for name, content in files.items():
        (folder / name).write_bytes(content)
    (folder / "folder.pdf").mkdir()
    return [folder / name for name in [*files, "folder.pdf"]]


# -- reading ------------------------------------------------------------------------------------------------------

def test_pages_and_sizes(sample):
    with PdfFile(sample) as pdf:
        assert pdf.page_count() == 2 == page_count(sample)
        portrait, wide = pdf.page_sizes()
        assert (round(portrait.width()), round(portrait.height())) == (595, 842)
        assert (round(wide.width()), round(wide.height())) == (842, 595)
    assert pdf.closed


def test_damaged_and_missing_files_are_refused_with_their_reason(sample, tmp_path):
    for path in damaged_copies(sample, tmp_path):
        with pytest.raises(PdfUnreadable) as caught:
            PdfFile(path)
        assert caught.value.reason == "damaged" and caught.value.path == path
        assert page_count(path) == 0
        assert f"«\u00a0{path.name}\u00a0» est endommagé" in describe_unreadable(caught.value)
    with pytest.raises(PdfUnreadable) as caught:
        PdfFile(tmp_path / "gone.pdf")
    assert caught.value.reason == "missing" and "déplacé ou supprimé" in describe_unreadable(caught.value)


def test_the_file_is_not_kept_open(sample, tmp_path):
    """The pack replaces its files by renaming over them: the preview must not hold them."""
    with PdfFile(sample) as pdf:
        sample.unlink()
        draw(sample, pages=3)
        assert pdf.page_count() == 2 and not pdf.render(0, QSize(60, 85)).isNull()
    with PdfFile(sample) as pdf:
        assert pdf.page_count() == 3


# -- rendering ----------------------------------------------------------------------------------------------------

def test_render_puts_the_pixels_where_they_belong(sample):
    with PdfFile(sample) as pdf:
        image = pdf.render(0, QSize(595, 842))
        assert image.size() == QSize(595, 842)
        assert image.pixelColor(20, 830) == RED  # bottom left
        assert image.pixelColor(300, 10) == BLUE  # the band on top
        assert image.pixelColor(300, 300) == WHITE  # the background is white, not transparent or black
        wide = pdf.render(1, QSize(842, 595))
        assert wide.pixelColor(20, 585) == RED and wide.pixelColor(800, 10) == BLUE


def test_a_band_is_the_same_pixels_as_the_whole_page(sample):
    with PdfFile(sample) as pdf:
        whole = pdf.render(0, QSize(300, 425))
        band = pdf.render(0, QSize(300, 425), top=400, height=100)
        assert band.size() == QSize(300, 25)  # cut at the bottom of the page
        assert band == whole.copy(0, 400, 300, 25)


def test_a_closed_document_renders_nothing(sample):
    pdf = PdfFile(sample)
    pdf.close()
    pdf.close()  # twice is harmless
    with pytest.raises(PdfUnreadable) as caught:
        pdf.render(0, QSize(10, 10))
    assert caught.value.reason == "closed"


def test_the_render_thread_delivers_the_last_wishes(qtbot, sample):
    renderer = PageRenderer()
    got = []
    renderer.rendered.connect(lambda key, image: got.append((key, image.size())))
    with PdfFile(sample) as pdf:
        jobs = [RenderJob(("band", n), pdf, 0, QSize(300, 425), n * 100, 100) for n in range(5)]
        renderer.want(jobs[:2])
        renderer.want(jobs[3:])  # replaces what was still waiting
        qtbot.waitUntil(lambda: ("band", 4) in [k for k, _ in got])
        renderer.stop()
    keys = [k for k, _ in got]
    assert ("band", 3) in keys and ("band", 2) not in keys
    assert dict(got)[("band", 4)] == QSize(300, 25)
    assert not renderer.busy()  # no thread left once the work is done
    with PdfFile(sample) as pdf:
        renderer.want([RenderJob("again", pdf, 1, QSize(84, 60), 0, 60)])  # starts again after a stop
        qtbot.waitUntil(lambda: "again" in [k for k, _ in got])
        qtbot.waitUntil(lambda: not renderer.busy())


# -- the page view ------------------------------------------------------------------------------------------------

@pytest.fixture
def view(qtbot, long_sample):
    pdf = PdfFile(long_sample)
    widget = PdfPageView()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_document(pdf)
    yield widget
    widget.stop()
    pdf.close()


def test_the_view_renders_only_the_bands_in_sight_off_the_ui_thread(qtbot, view):
    view.viewport().repaint()
    assert view.rendered_bands() == []  # painting asked for the bands; another thread renders them
    qtbot.waitUntil(lambda: len(view.rendered_bands()) >= 2)
    qtbot.wait(100)
    bands = view.rendered_bands()
    assert {page for page, _ in bands} <= {0, 1}  # twelve pages, one or two in sight
    assert len(bands) <= 500 * view.devicePixelRatioF() // BAND_PIXELS + 2
    rect = view.page_rect(0)
    widest = view.page_rect(11)  # the landscape page is fitted to the width, the others as wide as it is high
    assert widest.width() == pytest.approx(view.viewport().width() - 24, abs=2)
    assert rect.width() == pytest.approx(widest.height(), abs=2)
    shot = view.viewport().grab().toImage()
    assert shot.pixelColor(rect.center().x(), rect.top() + 5) == BLUE  # the band on top of the first page
    assert shot.pixelColor(rect.center().x(), rect.top() + 100) == WHITE
    assert shot.pixelColor(3, 100) != WHITE  # the margin around the pages


def test_the_view_follows_the_pages_and_the_zoom(qtbot, view):
    pages = []
    view.current_page_changed.connect(pages.append)
    view.go_to_page(5)
    assert view.current_page() == 5 and pages[-1] == 5
    assert view.verticalScrollBar().value() == view.page_rect(5).top() - 12
    qtbot.waitUntil(lambda: any(page == 5 for page, _ in view.rendered_bands()))
    view.verticalScrollBar().setValue(view.page_rect(8).top() + 10)  # the person scrolls
    assert view.current_page() == 8
    fitted = view.zoom_factor()
    view.zoom_in()
    assert not view.fits_width() and view.zoom_factor() == pytest.approx(fitted * 1.25)
    assert view.current_page() == 8  # the place is kept
    assert view.rendered_bands() == []  # the old zoom's pictures are dropped, the new ones come
    qtbot.waitUntil(lambda: view.rendered_bands() != [])
    for _ in range(20):
        view.zoom_in()
    assert view.zoom_factor() == 5.0
    view.fit_width()
    assert view.fits_width() and view.zoom_factor() == pytest.approx(fitted)
    view.set_zoom_factor(0.25)  # several pages in sight: the end of the column is the last page
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.current_page() == 11


def test_ctrl_wheel_zooms(qtbot, view):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    fitted = view.zoom_factor()
    event = QWheelEvent(QPointF(50, 50), QPointF(view.mapToGlobal(QPoint(50, 50))), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom_factor() == pytest.approx(fitted * 1.25)


# -- thumbnails ---------------------------------------------------------------------------------------------------

def test_thumbnails_are_rendered_once_and_fit_their_box(qtbot, sample, qtmodeltester):
    model = PdfThumbnailModel(width=96)
    with PdfFile(sample) as pdf:
        model.set_document(pdf)
        assert model.rowCount() == 2 and model.rendered_pages() == []
        first = model.index(0).data(Qt.ItemDataRole.DecorationRole)
        assert model.rendered_pages() == [0]
        assert model.index(0).data(Qt.ItemDataRole.DecorationRole).cacheKey() == first.cacheKey()  # kept
        image = first.pixmap(model.box()).toImage()
        assert (image.width(), image.height()) == (96, 136)
        assert image.pixelColor(48, 3) == BLUE and image.pixelColor(4, 130) == RED
        wide = model.icon(1).availableSizes()[0]
        assert wide.width() == 96 and wide.height() < wide.width()  # a landscape page fits in the same box
        qtmodeltester.check(model)
        model.set_document(None)
        assert model.rowCount() == 0 and model.rendered_pages() == []


# -- the preview with a damaged document ---------------------------------------------------------------------------

def test_the_preview_says_which_document_is_damaged_and_shows_the_others(qtbot, french, sample, tmp_path):
    damaged = damaged_copies(sample, tmp_path)[0]
    window = PdfPreviewDialog([damaged, sample], None)
    qtbot.addWidget(window)
    window.show()
    assert window.error.isVisible() and "«\u00a0cut.pdf\u00a0» est endommagé" in window.error.text()
    assert window.document() is None and window.page_count() == 0 and window.thumbnails.rowCount() == 0
    assert not window.print_button.isEnabled() and window.page_label.text() == "Page 0 / 0"
    assert window.print_current() == 0
    window.choice.setCurrentIndex(1)
    assert not window.error.isVisible() and window.page_count() == 2 and window.print_button.isEnabled()
    document = window.document()
    window.close()
    assert document.closed  # closed with the window


def test_printing_a_damaged_document_says_so_and_prints_nothing(qtbot, french, sample, tmp_path, monkeypatch):
    damaged = damaged_copies(sample, tmp_path)[1]
    told = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_with_dialog(None, [sample, damaged], printer=printer) == 0
    assert told == ["Le document «\u00a0garbage.pdf\u00a0» est endommagé ou n'est pas un PDF lisible. Générez les "
                    "documents à nouveau. Rien n'a été imprimé."]
    assert not (tmp_path / "printed.pdf").exists()


def test_a_failed_print_closes_the_progress_box_before_the_message(qtbot, french, sample, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from desktop.ui import pdf_printing

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    shown, seen_at_message = [], []

    def failing(printer, paths, *, current_page=0, progress=None):
        progress(0, 2)
        box = parent.findChild(QProgressDialog)
        box.show()  # a slow printer lets the box appear before the failure
        shown.append(box.isVisible())
        raise pdf_printing.PrinterUnavailable("HP LaserJet")

    def warning(where, title, text):
        seen_at_message.append((where, text, [b.isVisible() for b in parent.findChildren(QProgressDialog)]))

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(pdf_printing, "print_pdfs", failing)
    assert print_with_dialog(parent, [sample], printer=QPrinter()) == 0
    assert shown == [True]
    [(where, text, boxes)] = seen_at_message
    assert where is parent and text.startswith("L'imprimante n'a pas pu être ouverte.")
    assert boxes and not any(boxes)  # the box still exists (deleted later) but is hidden before the message


def test_the_page_keys_scroll_the_view(qtbot, view):
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.verticalScrollBar().value() == view.verticalScrollBar().pageStep()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.verticalScrollBar().value() == 0


# -- printing -----------------------------------------------------------------------------------------------------

def test_a_huge_page_is_printed_shrunk_at_no_more_than_300_dpi(qtbot, tmp_path):
    from pypdf import PdfReader

    from desktop.ui.pdf_printing import MAX_PRINT_DPI, print_pdfs

    huge = tmp_path / "poster.pdf"
    poster = canvas.Canvas(str(huge), pagesize=(14_000, 10_000))  # about 5 × 3.5 metres
    poster.rect(0, 0, 7000, 5000, stroke=0, fill=1)
    poster.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdfs(printer, [huge]) == 1
    page = PdfReader(tmp_path / "printed.pdf").pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (595, 842)
    images = [o.get_object() for o in page["/Resources"]["/XObject"].values()]
    widest = max(max(i["/Width"], i["/Height"]) for i in images if i["/Subtype"] == "/Image")
    assert widest <= 842 / 72 * MAX_PRINT_DPI + 2  # the sheet's long side at 300 dpi, not the poster's
