"""Looking at the generated PDFs before printing them.

:class:`PdfPreviewDialog` shows one of the generated PDFs at a time in a
:class:`~desktop.ui.widgets.pdf_page_view.PdfPageView` (all pages, fitted to the width, zoom with Ctrl++, Ctrl+-
and Ctrl+wheel), with a strip of page thumbnails (:class:`PdfThumbnailModel`, rendered only when the view asks for
them, and kept) and a « page X / Y » indicator. « Imprimer… » prints the document shown, with the page range
chosen, through :func:`desktop.ui.pdf_printing.print_with_dialog`. The documents are read through PDFium
(:mod:`desktop.ui.pdf_pages`) and closed with the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel, QCoreApplication, QKeyCombination, QLocale, QModelIndex, QPersistentModelIndex, QSize, QSizeF,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView, QPushButton,
    QToolButton, QVBoxLayout, QWidget,
)

from desktop.ui.pdf_pages import PdfFile, PdfUnreadable, describe_unreadable
from desktop.ui.pdf_printing import pdf_title, print_with_dialog
from desktop.ui.widgets.pdf_page_view import PdfPageView

Index = QModelIndex | QPersistentModelIndex

#: Width of a portrait page's thumbnail, in device-independent pixels.
THUMBNAIL_WIDTH = 96
#: Thumbnails kept in memory at most (each is a few tens of kilobytes).
THUMBNAIL_CACHE = 200


class PdfThumbnailModel(QAbstractListModel):
    """One row per page of a :class:`PdfFile`: its number, and its thumbnail as decoration.

    A thumbnail is rendered the first time a view asks for it (views ask only for the rows they show, when their
    items have uniform sizes) and is kept, up to :data:`THUMBNAIL_CACHE` of them. A thumbnail is small enough to be
    rendered on the UI thread (a few milliseconds).

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
        self._document: PdfFile | None = None
        self._cache: dict[int, QIcon] = {}

    def box(self) -> QSize:
        """The size every thumbnail fits in (the views' icon size)."""
        return QSize(self._box)

    def document(self) -> PdfFile | None:
        return self._document

    def set_document(self, document: PdfFile | None) -> None:
        """Show the pages of *document* (None: no rows)."""
        self.beginResetModel()
        self._document = document
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._document is None else self._document.page_count()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
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
        size = self._document.page_size(page).scaled(QSizeF(self._box), Qt.AspectRatioMode.KeepAspectRatio)
        pixels = QSize(max(1, round(size.width() * self._ratio)), max(1, round(size.height() * self._ratio)))
        try:
            image = self._document.render(page, pixels)
        except PdfUnreadable:  # a damaged page, or the document closed: a blank page
            image = QImage(pixels, QImage.Format.Format_RGBX8888)
            image.fill(QColor("white"))
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
        self._documents: dict[Path, PdfFile] = {}
        self._build()
        self._lay_out()
        self._connect()
        room = self.screen().availableGeometry()  # small laptop screens: never taller than the screen
        self.resize(min(980, room.width() - 40), min(760, room.height() - 60))
        self.choice.setCurrentIndex(max(0, min(current, len(self.pdf_paths) - 1)))
        if self.choice.currentIndex() <= 0:  # no change signal for the first item (or when there is none)
            self.show_document(self.choice.currentIndex())

    def _build(self) -> None:
        self.choice = QComboBox(self)
        self.choice.setObjectName("previewDocument")
        for path in self.pdf_paths:
            self.choice.addItem(pdf_title(path), str(path))
        self.choice_label = QLabel(self.tr("&Document :"), self)
        self.choice_label.setBuddy(self.choice)
        self.view = PdfPageView(self)
        self.view.setObjectName("previewView")
        self.thumbnails = PdfThumbnailModel(device_pixel_ratio=self.devicePixelRatioF(), parent=self)
        self.strip = self._build_strip()
        self.previous_button = self._tool(self.tr("Page précédente"), Qt.ArrowType.UpArrow)
        self.next_button = self._tool(self.tr("Page suivante"), Qt.ArrowType.DownArrow)
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

    def _build_strip(self) -> QListView:
        strip = QListView(self)
        strip.setObjectName("previewThumbnails")
        strip.setModel(self.thumbnails)
        strip.setViewMode(QListView.ViewMode.IconMode)
        strip.setFlow(QListView.Flow.TopToBottom)
        strip.setWrapping(False)
        strip.setMovement(QListView.Movement.Static)
        strip.setUniformItemSizes(True)  # only the first item is measured: rendering stays lazy
        strip.setIconSize(self.thumbnails.box())
        strip.setSpacing(6)
        strip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        strip.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        strip.setFixedWidth(self.thumbnails.box().width() + 48)
        strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return strip

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choice_label)
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
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        keypad = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier
        self._shortcut(self.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+=",
                       QKeySequence(QKeyCombination(keypad, Qt.Key.Key_Plus)))
        self._shortcut(self.zoom_out, QKeySequence.StandardKey.ZoomOut, "Ctrl+-",
                       QKeySequence(QKeyCombination(keypad, Qt.Key.Key_Minus)))
        self._shortcut(self.fit_width, "Ctrl+0")
        self._shortcut(lambda: self.print_current(), QKeySequence.StandardKey.Print)
        self.buttons.rejected.connect(self.reject)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(lambda: self.print_current())
        self.choice.currentIndexChanged.connect(self.show_document)
        self.strip.clicked.connect(lambda index: self.go_to_page(index.row()))
        self.strip.activated.connect(lambda index: self.go_to_page(index.row()))
        self.view.current_page_changed.connect(self._page_changed)

    def _tool(self, tip: str, arrow: Qt.ArrowType) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAutoRaise(True)
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

    def document(self) -> PdfFile | None:
        """The document shown (None if it could not be read)."""
        path = self.current_path()
        return self._documents.get(path) if path is not None else None

    def show_document(self, index: int) -> None:
        """Show the PDF at *index* of :attr:`pdf_paths`, from its first page, fitted to the width."""
        path = self.pdf_paths[index] if 0 <= index < len(self.pdf_paths) else None
        document = self._documents.get(path) if path is not None else None
        problem = None
        if path is not None and document is None:
            try:
                document = self._documents[path] = PdfFile(path)
            except PdfUnreadable as error:
                problem = describe_unreadable(error)
        self.error.setVisible(problem is not None)
        self.error.setText(problem or "")
        self.view.set_document(document)
        self.thumbnails.set_document(document)
        self.print_button.setEnabled(document is not None)
        self._page_changed(self.view.current_page())

    def page_count(self) -> int:
        return self.view.page_count()

    def done(self, result: int) -> None:
        """Close the window, and with it the documents."""
        self.view.stop()
        self.view.set_document(None)
        self.thumbnails.set_document(None)
        for document in self._documents.values():
            document.close()
        self._documents.clear()
        super().done(result)

    # -- pages ----------------------------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self.view.current_page()

    def go_to_page(self, page: int) -> None:
        """Show *page* (0-based) at the top of the view."""
        self.view.go_to_page(page)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        shown = min(max(page, 0), count - 1) + 1 if count else 0
        number = QLocale().toString
        self.page_label.setText(self.tr("Page %1 / %2").replace("%1", number(shown)).replace("%2", number(count)))
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
        return self.view.zoom_factor()

    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def fit_width(self) -> None:
        self.view.fit_width()

    # -- printing -------------------------------------------------------------------------------------------------

    def print_current(self, printer: QPrinter | None = None) -> int:
        """Print the document shown, asking for the printer, the pages and the copies; the sheets sent."""
        path = self.current_path()
        if path is None or self.document() is None:
            return 0
        return print_with_dialog(self, [path], printer=printer, current_page=self.current_page(),
                                 page_count=self.page_count())
