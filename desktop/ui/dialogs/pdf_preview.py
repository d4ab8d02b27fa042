"""Looking at the generated PDFs before printing them.

:class:`PdfPreviewDialog` shows one of the generated PDFs at a time in a :class:`QPdfView` (all pages, fitted to the
width, zoom with Ctrl++ and Ctrl+-), with a strip of page thumbnails (:class:`PdfThumbnailModel`, rendered only
when the view asks for them, and kept) and a « page X / Y » indicator. « Imprimer… » prints the document shown,
with the page range chosen, through :func:`desktop.ui.pdf_printing.print_with_dialog`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel, QCoreApplication, QKeyCombination, QModelIndex, QPersistentModelIndex, QPointF, QSize,
    QSizeF, Qt, QTimer,
)
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView, QPushButton,
    QToolButton, QVBoxLayout, QWidget,
)

from desktop.ui.pdf_printing import pdf_title, print_with_dialog

Index = QModelIndex | QPersistentModelIndex

#: Width of a portrait page's thumbnail, in device-independent pixels.
THUMBNAIL_WIDTH = 96
#: Thumbnails kept in memory at most (each is a few tens of kilobytes).
THUMBNAIL_CACHE = 200
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


class PdfThumbnailModel(QAbstractListModel):
    """One row per page of a :class:`QPdfDocument`: its number, and its thumbnail as decoration.

    A thumbnail is rendered the first time a view asks for it (views ask only for the rows they show, when their
    items have uniform sizes) and is kept, up to :data:`THUMBNAIL_CACHE` of them. The row count is a snapshot taken
    when the document is set or reloaded, so the model never changes size behind its views' backs.

    Args:
        width: width of a portrait page's thumbnail; a landscape page fits in the same box.
        device_pixel_ratio: the screen's, so that thumbnails stay sharp on high-density screens.
        parent: the Qt parent.
    """

    PAGE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, width: int = THUMBNAIL_WIDTH, device_pixel_ratio: float = 1.0, parent=None) -> None:
        super().__init__(parent)
        self._box = QSize(width, round(width * 297 / 210))
        self._ratio = max(1.0, device_pixel_ratio)
        self._document: QPdfDocument | None = None
        self._count = 0
        self._cache: dict[int, QIcon] = {}

    def box(self) -> QSize:
        """The size every thumbnail fits in (the views' icon size)."""
        return QSize(self._box)

    def document(self) -> QPdfDocument | None:
        return self._document

    def set_document(self, document: QPdfDocument | None) -> None:
        """Show the pages of *document* (None: no rows)."""
        if self._document is not None:
            self._document.pageCountChanged.disconnect(self._reload)
            self._document.statusChanged.disconnect(self._reload)
        self._document = document
        if document is not None:
            document.pageCountChanged.connect(self._reload)
            document.statusChanged.connect(self._reload)
        self._reload()

    def _reload(self, *args) -> None:
        self.beginResetModel()
        self._cache.clear()
        ready = self._document is not None and self._document.status() == QPdfDocument.Status.Ready
        self._count = self._document.pageCount() if ready else 0
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon(page)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("PdfPreview", "Page %1").replace("%1", str(page + 1))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == self.PAGE_ROLE:
            return page
        return None

    def icon(self, page: int) -> QIcon:
        """The thumbnail of *page* (0-based), rendered now if it is not kept yet.

        The same picture serves the selected state: a page is never tinted by the selection colour.
        """
        icon = self._cache.get(page)
        if icon is None:
            pixmap = QPixmap.fromImage(self._render(page))
            icon = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                icon.addPixmap(pixmap, mode)
            if len(self._cache) >= THUMBNAIL_CACHE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[page] = icon
        return icon

    def rendered_pages(self) -> list[int]:
        """Pages whose thumbnail is kept (for tests: rendering is lazy)."""
        return sorted(self._cache)

    def _render(self, page: int) -> QImage:
        size = self._document.pagePointSize(page).scaled(QSizeF(self._box), Qt.AspectRatioMode.KeepAspectRatio)
        pixels = QSize(max(1, round(size.width() * self._ratio)), max(1, round(size.height() * self._ratio)))
        image = self._document.render(page, pixels, format=QImage.Format.Format_RGB32, fillColor=QColor("white"))
        painter = QPainter(image)  # a thin edge, so that a white page stands out from the white list
        painter.setPen(QColor("#9a9a9a"))
        painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
        painter.end()
        image.setDevicePixelRatio(self._ratio)
        return image


# -- the preview window -------------------------------------------------------------------------------------------

class PdfPreviewDialog(QDialog):
    """Shows the generated PDFs one at a time: thumbnails, pages, zoom, page indicator and printing.

    Args:
        pdf_paths: the PDFs to offer, in order.
        parent: the parent window.
        current: index in *pdf_paths* of the PDF shown first.
    """

    def __init__(self, pdf_paths: Sequence[Path], parent: QWidget | None = None, *, current: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Aperçu avant impression"))
        self.pdf_paths = [Path(p) for p in pdf_paths]
        self._documents: dict[Path, QPdfDocument] = {}
        self.choice = QComboBox(self)
        self.choice.setObjectName("previewDocument")
        for path in self.pdf_paths:
            self.choice.addItem(pdf_title(path), str(path))
        choice_label = QLabel(self.tr("&Document :"), self)
        choice_label.setBuddy(self.choice)

        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.navigator = self.view.pageNavigator()

        self.thumbnails = PdfThumbnailModel(device_pixel_ratio=self.devicePixelRatioF(), parent=self)
        self.strip = QListView(self)
        self.strip.setObjectName("previewThumbnails")
        self.strip.setModel(self.thumbnails)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.TopToBottom)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setUniformItemSizes(True)  # only the first item is measured: rendering stays lazy
        self.strip.setIconSize(self.thumbnails.box())
        self.strip.setSpacing(6)
        self.strip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strip.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.strip.setFixedWidth(self.thumbnails.box().width() + 48)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.previous_button = self._tool(self.tr("Page précédente"), Qt.ArrowType.UpArrow,
                                          self.previous_page)
        self.next_button = self._tool(self.tr("Page suivante"), Qt.ArrowType.DownArrow, self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPage")
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance("Page 888 / 888") + 8)
        self.zoom_out_button = QPushButton(self.tr("Zoom −"), self)
        self.zoom_out_button.setToolTip(self.tr("Réduire (Ctrl+-)"))
        self.zoom_in_button = QPushButton(self.tr("Zoom +"), self)
        self.zoom_in_button.setToolTip(self.tr("Agrandir (Ctrl++)"))
        self.fit_button = QPushButton(self.tr("Pleine &largeur"), self)
        self.fit_button.setToolTip(self.tr("Ajuster la page à la largeur de la fenêtre (Ctrl+0)"))
        self.print_button = QPushButton(self.tr("&Imprimer…"), self)
        self.print_button.setObjectName("previewPrint")
        self.print_button.setDefault(True)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setAutoDefault(False)
        self.error = QLabel(self)
        self.error.setObjectName("previewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4161a;")
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.choice, 1)
        top.addSpacing(12)
        for widget in (self.previous_button, self.page_label, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.print_button)
        middle = QHBoxLayout()
        middle.addWidget(self.strip)
        middle.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(middle, 1)
        layout.addWidget(close)

        keypad = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier
        self._shortcut(self.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+=",
                       QKeySequence(QKeyCombination(keypad, Qt.Key.Key_Plus)))
        self._shortcut(self.zoom_out, QKeySequence.StandardKey.ZoomOut, "Ctrl+-",
                       QKeySequence(QKeyCombination(keypad, Qt.Key.Key_Minus)))
        self._shortcut(self.fit_width, "Ctrl+0")
        self._shortcut(lambda: self.print_current(), QKeySequence.StandardKey.Print)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(lambda: self.print_current())
        self.choice.currentIndexChanged.connect(self.show_document)
        self.strip.clicked.connect(lambda index: self.go_to_page(index.row()))
        self.strip.activated.connect(lambda index: self.go_to_page(index.row()))
        self.navigator.currentPageChanged.connect(self._page_changed)
        self.resize(980, 760)
        self.choice.setCurrentIndex(max(0, min(current, len(self.pdf_paths) - 1)))
        if self.choice.currentIndex() <= 0:  # no change signal for the first item (or when there is none)
            self.show_document(self.choice.currentIndex())

    def _tool(self, tip: str, arrow: Qt.ArrowType, slot) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, slot, *keys) -> QAction:
        action = QAction(self)
        sequences = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
        unique = list(dict.fromkeys(s for s in sequences if not s.isEmpty()))
        action.setShortcuts(unique)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- documents ------------------------------------------------------------------------------------------------

    def current_path(self) -> Path | None:
        index = self.choice.currentIndex()
        return self.pdf_paths[index] if 0 <= index < len(self.pdf_paths) else None

    def document(self) -> QPdfDocument | None:
        """The document shown (None if it could not be read)."""
        path = self.current_path()
        return self._documents.get(path) if path is not None else None

    def show_document(self, index: int) -> None:
        """Show the PDF at *index* of :attr:`pdf_paths`, from its first page, fitted to the width."""
        path = self.pdf_paths[index] if 0 <= index < len(self.pdf_paths) else None
        document = self._documents.get(path) if path is not None else None
        if path is not None and document is None:
            document = QPdfDocument(self)
            if document.load(str(path)) == QPdfDocument.Error.None_:
                self._documents[path] = document
            else:
                document.deleteLater()
                document = None
        self.error.setVisible(path is not None and document is None)
        if path is not None and document is None:
            self.error.setText(self.tr("Le document « %1 » n'a pas pu être ouvert : il a peut-être été déplacé ou "
                                       "supprimé. Générez les documents à nouveau.").replace("%1", path.name))
        self.view.setDocument(document)
        self.thumbnails.set_document(document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button.setEnabled(document is not None)
        if document is not None and document.pageCount():
            self.go_to_page(0)
        self._page_changed(self.navigator.currentPage())

    def page_count(self) -> int:
        document = self.document()
        return document.pageCount() if document is not None else 0

    # -- pages ----------------------------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        """Show *page* (0-based) at the top of the view."""
        if 0 <= page < self.page_count():
            top = QPointF()
            if page == self.navigator.currentPage() and self.navigator.currentLocation() == top:
                top = QPointF(0, 0.01)  # the navigator ignores a jump to where it thinks it already is
            self.navigator.jump(page, top, self.navigator.currentZoom())
            self._page_changed(page)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        shown = min(max(page, 0), count - 1) + 1 if count else 0
        self.page_label.setText(self.tr("Page %1 / %2").replace("%1", str(shown)).replace("%2", str(count)))
        self.previous_button.setEnabled(shown > 1)
        self.next_button.setEnabled(0 < shown < count)
        if count:
            index = self.thumbnails.index(shown - 1)
            if self.strip.currentIndex() != index:
                self.strip.setCurrentIndex(index)
            self.strip.scrollTo(index)

    # -- zoom -----------------------------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """The zoom in use, even when the page is fitted to the width (1.0: real size on screen)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        document = self.document()
        if document is None or not document.pageCount():
            return 1.0
        widest = max(document.pagePointSize(p).width() for p in range(document.pageCount()))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_MIN, room / (widest * self.view.logicalDpiX() / 72)) if widest else 1.0

    def zoom_in(self) -> None:
        self._zoom_to(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.zoom_factor() / ZOOM_STEP)

    def _zoom_to(self, factor: float) -> None:
        self._keeping_place(lambda: (self.view.setZoomMode(QPdfView.ZoomMode.Custom),
                                     self.view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, factor)))))

    def fit_width(self) -> None:
        self._keeping_place(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))

    def _keeping_place(self, change) -> None:
        """Apply a zoom *change*, keeping the same part of the document in view (the view lays its pages out
        again only when it next gets control, so the scroll bars are set back from there)."""
        bars = (self.view.verticalScrollBar(), self.view.horizontalScrollBar())
        places = [(bar.value() + bar.pageStep() / 2) / (bar.maximum() + bar.pageStep()) for bar in bars]
        change()

        def restore() -> None:
            for bar, place in zip(bars, places):
                bar.setValue(round(place * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))

        restore()
        QTimer.singleShot(0, self, restore)

    # -- printing -------------------------------------------------------------------------------------------------

    def print_current(self, printer: QPrinter | None = None) -> int:
        """Print the document shown, asking for the printer, the pages and the copies; the sheets sent."""
        path = self.current_path()
        if path is None or self.document() is None:
            return 0
        return print_with_dialog(self, [path], printer=printer, current_page=self.current_page(),
                                 page_count=self.page_count())
