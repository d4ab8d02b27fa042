"""A table's cells painted as the style paints them, each text laid out once rather than at every paint.

A ``QStyledItemDelegate`` asks the model for seven roles of each cell it paints and has the style lay the text
out — shaped, measured and elided — again at every paint: at every keystroke of a search, for each of the
hundred cells in sight, though the library's cells repeat a few values (« Atelier collectif », « 3 h »…).
:class:`CellTextDelegate` reads the cell's text once (from a callable, no call through Qt) and keeps it laid
out (a ``QStaticText``, elided to the cell's width) while the style still paints everything else: the row's
background, the selection, the focus.

It draws the text itself only where that gives the style's own pixels: for each look of a cell (its height and
state, under the view's style, font and palette), the cell's text and a long probe are painted both ways once
and compared, and where they differ — a style that paints its items' texts its own way — the style paints the
text, as a plain delegate would. The cell with the keyboard focus, whose focus frame the style places from the
text, is always left to the style. The models it serves answer no font, colour, alignment, check or decoration
role (see ``ListTableModel.ROLES``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QStaticText, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: The texts kept laid out (beyond, the least recently painted go): ten screens of a hundred cells, the repeated
#: values among them (a laid-out text holds its glyphs: about a kilobyte).
KEPT_TEXTS = 1024

_ITEM = QStyle.ControlElement.CE_ItemViewItem
_CHANGES_LOOK = {QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange}
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_SELECTED = QStyle.StateFlag.State_Selected
_ENABLED = QStyle.StateFlag.State_Enabled
_ACTIVE = QStyle.StateFlag.State_Active
_FOCUS = QStyle.StateFlag.State_HasFocus.value
#: A probe long enough to be elided in any cell: the elision is compared too.
_PROBE = "Émargement, attestations et évaluations des séances (Ardèche, Drôme) — " * 4


class _Look:
    """Where the style places a cell's text in one look of cell, and with which pen and font."""

    __slots__ = ("left", "right", "top", "pen", "font")

    def __init__(self, left: int, right: int, top: int, pen: QColor, font) -> None:
        self.left, self.right, self.top, self.pen, self.font = left, right, top, pen, font


class CellTextDelegate(QStyledItemDelegate):
    """Paints the cells of *view*, a read-only table, with their texts laid out once.

    What is kept (the looks measured, the texts laid out) is forgotten when the view's font, palette or style
    changes; the view's elide mode, alignment and direction are those of its first paint.

    Args:
        text: the text of the cell at (row, column) of the view's model.
        view: the table painted.
    """

    def __init__(self, text: Callable[[int, int], str], view: QAbstractItemView) -> None:
        super().__init__(view)
        self._text = text
        self._style: QStyle | None = None
        self._looks: dict[tuple[int, int, int], _Look | None] = {}
        self._laid_out: OrderedDict[tuple[str, int], QStaticText] = OrderedDict()
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() in _CHANGES_LOOK:
            self.forget()
        return False

    def forget(self) -> None:
        """Measure the looks and lay the texts out again (the view's font, palette or style changed)."""
        self._style = None
        self._looks.clear()
        self._laid_out.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # Qt override
        text = self._text(index.row(), index.column())
        widget = option.widget
        if self._style is None:
            self._style = widget.style() if widget is not None else QApplication.style()
        style = self._style
        state = option.state.value
        look = None
        if text and not state & _FOCUS:
            rect = option.rect
            key = (rect.height(), state, option.features.value)
            look = self._looks.get(key, False)
            if look is False:
                look = self._looks[key] = self._measure(style, option, text)
        if look is None:
            self._paint_by_style(style, painter, option, text)
            return
        style.drawControl(_ITEM, option, painter, widget)  # the background, the selection: the style's
        painter.setPen(look.pen)
        painter.setFont(look.font)
        painter.drawStaticText(rect.x() + look.left, rect.y() + look.top,
                               self._static(text, rect.width() - look.left - look.right, option))

    # -- the text laid out -------------------------------------------------------------------------------------
    def _static(self, text: str, width: int, option: QStyleOptionViewItem) -> QStaticText:
        key = (text, width)
        static = self._laid_out.get(key)
        if static is None:
            static = self._laid_out[key] = _lay_out(text, width, option)
            if len(self._laid_out) > KEPT_TEXTS:
                self._laid_out.popitem(last=False)
        else:
            self._laid_out.move_to_end(key)
        return static

    def _paint_by_style(self, style: QStyle, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        opt = QStyleOptionViewItem(option)
        if text:
            opt.features |= _HAS_DISPLAY
            opt.text = text
        style.drawControl(_ITEM, opt, painter, option.widget)

    # -- how the style places the text (once per look) ---------------------------------------------------------
    def _measure(self, style: QStyle, option: QStyleOptionViewItem, text: str) -> _Look | None:
        """The text's place and pen as the style's own item painting gives them (``QCommonStyle``'s rules), if
        painting a probe cell that way gives the style's pixels; else None."""
        if option.direction != Qt.LayoutDirection.LeftToRight:
            return None  # the offsets below are those of a left-to-right cell
        opt = QStyleOptionViewItem(option)
        opt.features |= _HAS_DISPLAY
        opt.text = text
        rect = opt.rect
        inner = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, option.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        layout = QTextLayout("Éy", option.font)
        layout.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        height = int(-(-line.height() // 1))  # whole pixels, rounded up
        top = inner.y() - rect.y() + (inner.height() - height) // 2
        group = (QPalette.ColorGroup.Disabled if not option.state & _ENABLED else
                 QPalette.ColorGroup.Normal if option.state & _ACTIVE else QPalette.ColorGroup.Inactive)
        role = QPalette.ColorRole.HighlightedText if option.state & _SELECTED else QPalette.ColorRole.Text
        look = _Look(inner.x() - rect.x() + margin, rect.right() - inner.right() + margin, top,
                     QColor(option.palette.color(group, role)), QFont(option.font))  # copies: the option's go
        return look if all(self._same_pixels(style, option, look, probe) for probe in (text, _PROBE)) else None

    def _same_pixels(self, style: QStyle, option: QStyleOptionViewItem, look: _Look, text: str) -> bool:
        """Whether *text* in a cell like *option*'s, drawn here with *look*, has the style's pixels."""
        widget = option.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        images = []
        for ours in (False, True):
            image = QImage(option.rect.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(option.palette.color(QPalette.ColorRole.Base))
            painter = QPainter(image)
            opt = QStyleOptionViewItem(option)
            opt.rect = option.rect.translated(-option.rect.topLeft())
            if ours:
                style.drawControl(_ITEM, opt, painter, widget)
                painter.setPen(look.pen)
                painter.setFont(opt.font)
                width = opt.rect.width() - look.left - look.right
                painter.drawStaticText(QPoint(look.left, look.top), _lay_out(text, width, opt))
            else:
                painter.setFont(opt.font)
                self._paint_by_style(style, painter, opt, text)
            painter.end()
            images.append(image)
        return images[0] == images[1]


def _lay_out(text: str, width: int, option: QStyleOptionViewItem) -> QStaticText:
    """*text* elided to *width* as the style elides it, laid out in the cell's font."""
    static = QStaticText(option.fontMetrics.elidedText(text, option.textElideMode, width))
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=option.font)
    return static
