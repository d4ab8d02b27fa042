"""PDF pages as :class:`QImage`, through PDFium (pypdfium2): the one module that calls it.

PDFium is not thread-safe: no two of its calls may run at the same time, on any thread, not even on different
documents. Every call made here holds :data:`PDFIUM_LOCK`, and every page, bitmap and document is closed
explicitly under that lock, never left to a finaliser that would run on whichever thread collects it.

:class:`PdfFile` reads a PDF into memory whole, so that no file stays open behind the preview (Windows refuses to
replace a file that is open, and the pack is written by renaming over its previous files). It renders a page, or a
horizontal band of one, at a size in pixels. :class:`PageRenderer` does that on a thread of its own, newest wish
first, for the page view. :func:`describe_unreadable` words a :class:`PdfUnreadable` for the person.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication, QObject, QSize, QSizeF, Signal
from PySide6.QtGui import QImage

# Held for every PDFium call, whatever the thread.
PDFIUM_LOCK = threading.RLock()
# A PDF larger than this is not read (the pack's documents weigh a few hundred kilobytes).
MAX_PDF_BYTES = 256 * 1024 * 1024
# Renders larger than this many pixels are refused (about 128 MB of memory).
MAX_RENDER_PIXELS = 32 * 1024 * 1024


class PdfUnreadable(OSError):
    """A PDF could not be read.

    Attributes:
        path: the file.
        reason: ``"missing"`` (moved or deleted), ``"denied"`` (no right to read it), ``"damaged"`` (not a PDF, cut
            short, encrypted or otherwise unreadable by PDFium) or ``"closed"`` (the document was closed meanwhile).
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def describe_unreadable(error: PdfUnreadable) -> str:
    """The French sentence (translated) telling the person why *error*'s PDF cannot be shown or printed."""
    name = error.path.name
    if error.reason == "missing":
        text = QCoreApplication.translate("PdfPages", "Le document « %1 » est introuvable : il a peut-être été "
                                          "déplacé ou supprimé. Générez les documents à nouveau.")
    elif error.reason == "denied":
        text = QCoreApplication.translate("PdfPages", "Le document « %1 » n'a pas pu être lu : Tresse n'a pas le "
                                          "droit de l'ouvrir. Vérifiez le dossier, ou générez les documents "
                                          "ailleurs.")
    else:
        text = QCoreApplication.translate("PdfPages", "Le document « %1 » est endommagé ou n'est pas un PDF "
                                          "lisible. Générez les documents à nouveau.")
    return text.replace("%1", name)


class PdfFile:
    """A PDF read into memory, its pages' sizes, and rendering; close it when done (or use it in ``with``).

    Args:
        path: the PDF file.

    Raises:
        PdfUnreadable: the file is missing, unreadable, too large or not a PDF PDFium can open.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._pdf: pdfium.PdfDocument | None = None
        self._page: tuple[int, pdfium.PdfPage] | None = None  # the last page rendered, kept loaded
        try:
            if self.path.stat().st_size > MAX_PDF_BYTES:
                raise PdfUnreadable(self.path, "damaged")
            data = self.path.read_bytes()
        except (FileNotFoundError, NotADirectoryError) as error:
            raise PdfUnreadable(self.path, "missing") from error
        except PermissionError as error:
            raise PdfUnreadable(self.path, "denied") from error
        except IsADirectoryError as error:
            raise PdfUnreadable(self.path, "damaged") from error
        except OSError as error:
            raise PdfUnreadable(self.path, "denied") from error
        with PDFIUM_LOCK:
            try:
                self._pdf = pdfium.PdfDocument(data)
                self._sizes = tuple(QSizeF(*self._pdf.get_page_size(i)) for i in range(len(self._pdf)))
            except (pdfium.PdfiumError, ValueError) as error:
                self.close()
                raise PdfUnreadable(self.path, "damaged") from error
        if not self._sizes or any(s.width() <= 0 or s.height() <= 0 for s in self._sizes):
            self.close()
            raise PdfUnreadable(self.path, "damaged")

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001  (at interpreter exit pypdfium2 may be gone already; nothing to report to)
            pass

    @property
    def closed(self) -> bool:
        return self._pdf is None

    def close(self) -> None:
        """Free the document (a render under way on another thread finishes first)."""
        with PDFIUM_LOCK:
            if self._page is not None:
                self._page[1].close()
                self._page = None
            if self._pdf is not None:
                self._pdf.close()
                self._pdf = None

    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, page: int) -> QSizeF:
        """The size of *page* (0-based) in points (1/72 inch)."""
        return QSizeF(self._sizes[page])

    def page_sizes(self) -> list[QSizeF]:
        return [QSizeF(s) for s in self._sizes]

    def render(self, page: int, size: QSize, *, top: int = 0, height: int | None = None,
               printing: bool = False) -> QImage:
        """Render *page* (0-based) scaled to *size* pixels, on white; only rows *top* to *top* + *height*.

        Args:
            printing: render for paper (PDFium's print mode) rather than for the screen.

        Raises:
            PdfUnreadable: the page could not be rendered, or the document was closed.
        """
        width = max(1, size.width())
        rows = max(1, min(size.height() - top, height if height is not None else size.height()))
        if width * rows > MAX_RENDER_PIXELS:
            raise ValueError(f"render of {width}×{rows} pixels refused")
        flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
        if printing:
            flags |= pdfium_c.FPDF_PRINTING
        with PDFIUM_LOCK:
            if self._pdf is None:
                raise PdfUnreadable(self.path, "closed")
            try:
                loaded = self._load(page)
                bitmap = pdfium.PdfBitmap.new_native(width, rows, pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True)
                try:
                    bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, rows)
                    pdfium_c.FPDF_RenderPageBitmap(bitmap, loaded, 0, -top, width, size.height(), 0, flags)
                    # RGBx bytes whatever the processor's byte order: the same layout as Format_RGBX8888.
                    return QImage(bytes(bitmap.buffer), width, rows, bitmap.stride,
                                  QImage.Format.Format_RGBX8888).copy()
                finally:
                    bitmap.close()
            except pdfium.PdfiumError as error:
                raise PdfUnreadable(self.path, "damaged") from error

    def _load(self, page: int) -> pdfium.PdfPage:
        if self._page is not None and self._page[0] == page:
            return self._page[1]
        if self._page is not None:
            self._page[1].close()
            self._page = None
        loaded = self._pdf.get_page(page)
        self._page = (page, loaded)
        return loaded


def page_count(path: Path) -> int:
    """The number of pages of a PDF file (0 if it cannot be read)."""
    try:
        with PdfFile(path) as pdf:
            return pdf.page_count()
    except PdfUnreadable:
        return 0


# -- rendering off the UI thread ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RenderJob:
    """A band of a page to render: rows *top* to *top* + *height* of *page* scaled to *size*; *key* names it."""

    key: Hashable
    file: PdfFile
    page: int
    size: QSize
    top: int
    height: int


class PageRenderer(QObject):
    """Renders :class:`RenderJob` on a thread of its own, one at a time, in the order last wished for.

    :meth:`want` replaces the jobs still waiting (the bands no longer on screen are dropped); a job already under
    way finishes. The thread lives only while there are jobs: none is left behind when the view goes. Call
    :meth:`stop` before the documents are closed for good.

    Signals:
        rendered(object, QImage): a job's key and its picture (delivered on the UI thread).
    """

    rendered = Signal(object, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[RenderJob] = []
        self._lock = threading.Lock()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def want(self, jobs: Sequence[RenderJob]) -> None:
        """Render *jobs* (first first) instead of whatever was still waiting."""
        with self._lock:
            self._waiting = list(jobs)
            if self._waiting and self._thread is None and not self._stopping:
                self._thread = threading.Thread(target=self._run, name="pdf-render", daemon=True)
                self._thread.start()

    def busy(self) -> bool:
        """Whether jobs are waiting or under way."""
        with self._lock:
            return self._thread is not None

    def stop(self) -> None:
        """Drop the waiting jobs and wait for the one under way (a later :meth:`want` starts again)."""
        with self._lock:
            self._stopping = True
            self._waiting.clear()
            thread = self._thread
        if thread is not None:
            thread.join()
        with self._lock:
            self._stopping = False

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._stopping or not self._waiting:
                    self._thread = None
                    return
                job = self._waiting.pop(0)
            try:
                image = job.file.render(job.page, job.size, top=job.top, height=job.height)
            except (PdfUnreadable, ValueError):
                continue  # closed meanwhile, or a damaged page: it stays blank
            try:
                self.rendered.emit(job.key, image)
            except RuntimeError:  # the receiving object is gone
                with self._lock:
                    self._waiting.clear()
