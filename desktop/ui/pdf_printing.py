"""Printing PDFs on paper from the window: the system's print dialog, then each page painted on the printer.

PDFium (:mod:`desktop.ui.pdf_pages`) has no vector path to a Qt printer, so :func:`print_pdfs` renders each page to
an image, in PDFium's print mode, and paints it on the sheet at its real size (an A4 page fills an A4 sheet; a
landscape page is turned on a portrait sheet; a larger page is shrunk to fit). The image is rendered at the size the
page takes on the sheet and at the printer's resolution, but at most :data:`MAX_PRINT_DPI` dots per inch: a 1200 dpi
A4 page would need some 560 MB of memory, which old laptops do not have, and 300 dpi is already the sharpness of a
laser print.

:func:`print_with_dialog` asks where and what to print (:class:`QPrintDialog`, A4 by default), then prints with a
progress window the person can cancel. The print dialog and the preview both use it. Printing runs on the UI thread,
page by page, with the progress window kept alive between pages (a page at 300 dpi renders in about a tenth of a
second).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from desktop.printing.pack import FILE_NAMES
from desktop.ui.pdf_pages import PdfFile, PdfUnreadable, describe_unreadable
from desktop.ui.pdf_pages import page_count  # noqa: F401  (the print dialog finds it here)
from desktop.ui.print_worker import document_title

#: Printing renders each page at the printer's resolution, but never finer than this.
MAX_PRINT_DPI = 300

_TITLE_OF_FILE = {name: key for key, name in FILE_NAMES.items()}


def pdf_title(path: Path) -> str:
    """The document's title in the interface language when it is one of the pack's files, else the file name."""
    key = _TITLE_OF_FILE.get(Path(path).name)
    return document_title(key) if key else Path(path).name


class PrinterUnavailable(RuntimeError):
    """The printer (or the output file) could not be opened for painting."""


def selected_pages(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the print dialog asked for, in the order the printer wants them."""
    everything = list(range(page_count))
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        pages = [current_page] if 0 <= current_page < page_count else []
    elif printer.printRange() == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        ranges = printer.pageRanges()
        pages = [p for p in everything if ranges.contains(p + 1)]
    elif printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = [p for p in everything if printer.fromPage() <= p + 1 <= max(printer.toPage(), printer.fromPage())]
    else:
        pages = everything
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def _draw_page(painter: QPainter, printer: QPrinter, document: PdfFile, page: int) -> None:
    """Paint one PDF page on the sheet at its real size (turned if it is landscape on a portrait sheet)."""
    resolution = printer.resolution()
    sheet = printer.pageLayout().fullRectPixels(resolution)
    points = document.page_size(page)
    turn = (points.width() > points.height()) != (sheet.width() > sheet.height())
    on_sheet = QSizeF(points.height(), points.width()) if turn else QSizeF(points)
    target = QSizeF(on_sheet.width() * resolution / 72, on_sheet.height() * resolution / 72)
    if target.width() > sheet.width() or target.height() > sheet.height():  # e.g. a Letter sheet: shrink to fit
        target = target.scaled(QSizeF(sheet.size()), Qt.AspectRatioMode.KeepAspectRatio)
    # Rendered at the size it takes on the sheet (a huge page shrunk to fit is not rendered at its own size).
    dpi = min(resolution, MAX_PRINT_DPI)
    drawn = QSizeF(target.height(), target.width()) if turn else target
    pixels = QSize(max(1, round(drawn.width() * dpi / resolution)), max(1, round(drawn.height() * dpi / resolution)))
    gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
    image = document.render(page, pixels, printing=True)
    if gray:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(sheet.width() / 2, sheet.height() / 2)
    if turn:
        painter.rotate(90)
        target = QSizeF(target.height(), target.width())
    painter.drawImage(QRectF(QPointF(-target.width() / 2, -target.height() / 2), target), image)
    painter.restore()


def print_pdfs(printer: QPrinter, pdf_paths: Sequence[Path], *, current_page: int = 0,
               progress: Callable[[int, int], bool] | None = None) -> int:
    """Print *pdf_paths* one after the other on *printer*, with the pages and copies it was set up for.

    The page range applies to each document (the dialogs offer a range only when there is one document).

    Args:
        printer: a printer set up by a :class:`QPrintDialog` (or a PDF file printer, in tests).
        pdf_paths: the PDFs, in order.
        current_page: the page shown, for « page courante ».
        progress: called as ``progress(sheets done, sheets in all)``; returning False stops (the job is aborted).

    Returns:
        The number of sheets sent (pages × copies).

    Raises:
        PrinterUnavailable: the printer could not be opened.
        PdfUnreadable: a PDF could not be read (nothing was printed).
    """
    documents: list[tuple[PdfFile, list[int]]] = []
    try:
        for path in pdf_paths:
            document = PdfFile(path)
            documents.append((document, selected_pages(printer, document.page_count(), current_page)))
        return _print_sheets(printer, documents, progress)
    finally:
        for document, _ in documents:
            document.close()


def _print_sheets(printer: QPrinter, documents: list[tuple[PdfFile, list[int]]],
                  progress: Callable[[int, int], bool] | None) -> int:
    """Paint the *documents*' chosen pages on *printer*, with its copies; the sheets sent."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sheets = [(d, p) for d, pages in documents for p in pages]
    if printer.collateCopies():
        sheets = sheets * copies
    else:
        sheets = [sheet for sheet in sheets for _ in range(copies)]
    if not sheets:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(printer.printerName() or printer.outputFileName())
    try:
        for done, (document, page) in enumerate(sheets):
            if progress is not None and not progress(done, len(sheets)):
                printer.abort()
                return done
            if done:
                printer.newPage()
            _draw_page(painter, printer, document, page)
    finally:
        painter.end()
    if progress is not None:
        progress(len(sheets), len(sheets))
    return len(sheets)


def new_printer(doc_name: str = "") -> QPrinter:
    """A printer at high resolution on A4 portrait paper, named after the document in the print queue."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(doc_name or "Tresse")
    printer.setCreator("Tresse")
    return printer


def print_with_dialog(parent: QWidget, pdf_paths: Sequence[Path], *, printer: QPrinter | None = None,
                      current_page: int | None = None, page_count: int = 0) -> int:
    """Ask the person how to print (:class:`QPrintDialog`), then print with a progress window.

    A page range (and « page courante » when *current_page* is given) is offered only for a single document.

    Returns:
        The number of sheets sent; 0 if the person cancelled or nothing could be printed (they were told why).
    """
    if not pdf_paths:
        return 0
    printer = printer or new_printer(pdf_title(pdf_paths[0]) if len(pdf_paths) == 1 else "Tresse")
    dialog = QPrintDialog(printer, parent)
    title = QCoreApplication.translate("PdfPrinting", "Imprimer")
    dialog.setWindowTitle(title)
    options = QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies | \
        QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize
    if len(pdf_paths) == 1:
        options |= QAbstractPrintDialog.PrintDialogOption.PrintPageRange
        if page_count:
            dialog.setMinMax(1, page_count)
        if current_page is not None:
            options |= QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage
    dialog.setOptions(options)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    waiting = QProgressDialog(QCoreApplication.translate("PdfPrinting", "Envoi à l'imprimante…"),
                              QCoreApplication.translate("PdfPrinting", "Annuler"), 0, 1, parent)
    waiting.setWindowTitle(title)
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(800)

    def step(done: int, total: int) -> bool:
        waiting.setMaximum(total)
        waiting.setValue(done)
        QApplication.processEvents()
        return not waiting.wasCanceled()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    problem = ""
    try:
        return print_pdfs(printer, pdf_paths, current_page=current_page or 0, progress=step)
    except PrinterUnavailable:
        problem = QCoreApplication.translate(
            "PdfPrinting", "L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée et branchée, puis "
            "réessayez ; vous pouvez aussi ouvrir le document dans votre lecteur PDF pour l'imprimer.")
    except PdfUnreadable as error:
        problem = describe_unreadable(error) + " " + QCoreApplication.translate("PdfPrinting", "Rien n'a été imprimé.")
    finally:  # the progress window goes before any message, so that it never stays over it
        QApplication.restoreOverrideCursor()
        waiting.reset()
        waiting.close()
        waiting.deleteLater()
    QMessageBox.warning(parent, title, problem)
    return 0
