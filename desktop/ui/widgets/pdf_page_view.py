"""The pages of a PDF, one under the other, fitted to the width or zoomed: the preview's page view.

:class:`PdfPageView` lays the pages of a :class:`~desktop.ui.pdf_pages.PdfFile` out in a column and paints the
part in view. Each page is cut into horizontal bands of :data:`BAND_PIXELS` rows, rendered off the UI thread by a
:class:`~desktop.ui.pdf_pages.PageRenderer` (only the bands on screen, the newest wish first) and kept up to
:data:`CACHE_BYTES`; a band not rendered yet shows white. Bands keep memory bounded at any zoom: a whole A4 page at
500 % would need some 90 MB.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from desktop.ui.pdf_pages import PageRenderer, PdfFile, RenderJob

#: Rows of device pixels in one rendered band of a page.
BAND_PIXELS = 256
#: Rendered bands kept in memory at most, in bytes.
CACHE_BYTES = 96 * 1024 * 1024
#: Space around the pages and between two pages, in device-independent pixels.
MARGIN, SPACING = 12, 12
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0
BACKGROUND = QColor("#7b7b7b")
EDGE = QColor("#4a4a4a")


class PdfPageView(QAbstractScrollArea):
    """All the pages of a PDF in a column: fitted to the width (the default) or at a zoom factor of its own.

    The zoom factor is 1.0 when a page is shown at its real size on the screen. Ctrl+wheel zooms; the arrow and
    page keys scroll. The current page is the one the person went to, or the one at the top of the view after they
    scrolled.

    Signals:
        current_page_changed(int): the current page (0-based).
        zoom_changed(): the zoom factor or the zoom mode changed.
    """

    current_page_changed = Signal(int)
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file: PdfFile | None = None
        self._generation = 0  # changes with the document and the zoom: results of older requests are dropped
        self._fit = True
        self._zoom = 1.0
        self._current = 0
        self._rects: list[QRect] = []
        self._pixels: list[tuple[int, int]] = []  # the pages' sizes at the zoom in use
        self._jumping = False
        self._cache: OrderedDict[tuple, QImage] = OrderedDict()
        self._cache_bytes = 0
        self.renderer = PageRenderer(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fitting never makes it come and go
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)

    def _connect(self) -> None:
        self.renderer.rendered.connect(self._rendered)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- the document ---------------------------------------------------------------------------------------------

    def document(self) -> PdfFile | None:
        return self._file

    def set_document(self, document: PdfFile | None) -> None:
        """Show *document* from its first page, fitted to the width (None: nothing)."""
        self._file = document
        self._fit = True
        self._current = 0
        self._pixels = []
        self._forget()
        self._lay_out()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self.current_page_changed.emit(0)

    def page_count(self) -> int:
        return self._file.page_count() if self._file is not None else 0

    def page_rect(self, page: int) -> QRect:
        """Where *page* is laid out, in the coordinates of the whole column (device-independent pixels)."""
        return QRect(self._rects[page])

    def stop(self) -> None:
        """Stop rendering (before the documents are closed)."""
        self.renderer.stop()

    # -- pages ----------------------------------------------------------------------------------------------------

    def current_page(self) -> int:
        return self._current

    def go_to_page(self, page: int) -> None:
        """Scroll *page* (0-based) to the top of the view and make it the current page."""
        if not 0 <= page < len(self._rects):
            return
        self._jumping = True
        try:
            self.verticalScrollBar().setValue(self._rects[page].top() - MARGIN)
        finally:
            self._jumping = False
        self._set_current(page)

    def _scrolled(self, value: int) -> None:
        if self._jumping or not self._rects:
            return
        line = value + self.viewport().height() // 4
        page = next((i for i, r in enumerate(self._rects) if r.bottom() + SPACING >= line), len(self._rects) - 1)
        if value >= self.verticalScrollBar().maximum() > 0:  # at the very end, small pages never reach the line
            page = len(self._rects) - 1
        self._set_current(page)

    def _set_current(self, page: int) -> None:
        self._current = page
        self.current_page_changed.emit(page)

    # -- zoom -----------------------------------------------------------------------------------------------------

    def fits_width(self) -> bool:
        return self._fit

    def zoom_factor(self) -> float:
        """The zoom in use, the fitted one included (1.0: real size on screen)."""
        if not self._fit:
            return self._zoom
        widest = max((s.width() for s in self._file.page_sizes()), default=0) if self._file is not None else 0
        room = self.viewport().width() - 2 * MARGIN
        return max(ZOOM_MIN, room / (widest * self.logicalDpiX() / 72)) if widest else 1.0

    def set_zoom_factor(self, factor: float) -> None:
        """Show the pages at *factor* (bounded by :data:`ZOOM_MIN` and :data:`ZOOM_MAX`), keeping the place."""
        self._rezoom(False, min(ZOOM_MAX, max(ZOOM_MIN, factor)))

    def fit_width(self) -> None:
        """Fit the widest page to the width of the view, keeping the place."""
        self._rezoom(True, self._zoom)

    def zoom_in(self) -> None:
        self.set_zoom_factor(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom_factor(self.zoom_factor() / ZOOM_STEP)

    def _rezoom(self, fit: bool, factor: float) -> None:
        """Change the zoom, keeping the line at the top of the view there and the middle of the width in the
        middle."""
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        anchor = self._anchor(vertical.value())
        across = (horizontal.value() + horizontal.pageStep() / 2) / (horizontal.maximum() + horizontal.pageStep())
        self._fit, self._zoom = fit, factor
        self._lay_out()
        self._jumping = True
        try:
            if anchor is not None:
                page, share = anchor
                rect = self._rects[page]
                vertical.setValue(round(rect.top() + share * rect.height()) - (MARGIN if share == 0 else 0))
            horizontal.setValue(round(across * (horizontal.maximum() + horizontal.pageStep())
                                      - horizontal.pageStep() / 2))
        finally:
            self._jumping = False
        self.zoom_changed.emit()

    def _anchor(self, y: int) -> tuple[int, float] | None:
        """The page at the line *y* of the column and how far down it the line is (0: its top, or above it)."""
        for page, rect in enumerate(self._rects):
            if y < rect.bottom() + SPACING:
                return page, max(0.0, (y - rect.top()) / rect.height())
        return None

    # -- layout and painting --------------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """Place the pages at the zoom in use and set the scroll bars' ranges."""
        scale = self.zoom_factor() * self.logicalDpiX() / 72
        sizes = [(max(1, round(s.width() * scale)), max(1, round(s.height() * scale)))
                 for s in (self._file.page_sizes() if self._file is not None else [])]
        if sizes != self._pixels:
            self._pixels = sizes
            self._forget()
        width = max((w for w, _ in sizes), default=0) + 2 * MARGIN
        room = max(width, self.viewport().width())
        self._rects, top = [], MARGIN
        for w, h in sizes:
            self._rects.append(QRect((room - w) // 2, top, w, h))
            top += h + SPACING
        height = top - SPACING + MARGIN if sizes else 0
        viewport = self.viewport().size()
        for bar, total, seen in ((self.verticalScrollBar(), height, viewport.height()),
                                 (self.horizontalScrollBar(), width, viewport.width())):
            bar.setRange(0, max(0, total - seen))
            bar.setPageStep(max(1, seen))
            bar.setSingleStep(40)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._rezoom(True, self._zoom)
        else:
            self._lay_out()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom_factor(self.zoom_factor() * ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKGROUND)
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        seen = event.rect().translated(offset)
        ratio = self.devicePixelRatioF()
        jobs: list[RenderJob] = []
        for page, rect in enumerate(self._rects):
            if not rect.intersects(seen.adjusted(0, -SPACING, 0, SPACING)):
                continue
            on_screen = rect.translated(-offset)
            painter.fillRect(on_screen.adjusted(-1, -1, 1, 1), EDGE)
            painter.fillRect(on_screen, Qt.GlobalColor.white)
            jobs += self._paint_bands(painter, page, rect, on_screen, seen, ratio)
        painter.end()
        self.renderer.want(jobs)

    def _paint_bands(self, painter: QPainter, page: int, rect: QRect, on_screen: QRect, seen: QRect,
                     ratio: float) -> list[RenderJob]:
        """Paint the rendered bands of *page* that are in view; the jobs for those not rendered yet."""
        pixels = rect.size() * ratio
        band = BAND_PIXELS / ratio
        first = max(0, math.floor((seen.top() - rect.top()) / band))
        last = min(math.ceil(pixels.height() / BAND_PIXELS) - 1, math.floor((seen.bottom() - rect.top()) / band))
        jobs = []
        for index in range(first, last + 1):
            key = (self._generation, page, index)
            image = self._cache.get(key)
            if image is None:
                top = index * BAND_PIXELS
                jobs.append(RenderJob(key, self._file, page, pixels, top, min(BAND_PIXELS, pixels.height() - top)))
                continue
            self._cache.move_to_end(key)
            target = QRectF(on_screen.left(), on_screen.top() + index * band, rect.width(),
                            image.height() / ratio)
            painter.drawImage(target, image)
        return jobs

    # -- rendered bands -------------------------------------------------------------------------------------------

    def _rendered(self, key: tuple, image: QImage) -> None:
        if key[0] != self._generation or key in self._cache:
            return
        self._cache[key] = image
        self._cache_bytes += image.sizeInBytes()
        while self._cache_bytes > CACHE_BYTES and len(self._cache) > 1:
            _, dropped = self._cache.popitem(last=False)
            self._cache_bytes -= dropped.sizeInBytes()
        self.viewport().update()

    def _forget(self) -> None:
        self._generation += 1
        self._cache.clear()
        self._cache_bytes = 0
        self.renderer.want([])

    def rendered_bands(self) -> list[tuple[int, int]]:
        """(page, band) pairs rendered at the zoom in use (for tests: rendering is lazy)."""
        return sorted((page, band) for generation, page, band in self._cache if generation == self._generation)
