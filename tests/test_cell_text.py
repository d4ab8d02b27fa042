"""The library's cells painted with their texts laid out once: the same pixels as Qt's own delegate in every state
(current row, focus, elided titles, a new font), the style left to paint the text where it paints its own way,
each cell's text read from the model once, and the read-only subset asking Python for no flags."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyledItemDelegate

from desktop.domain.catalogue import Workshop
from desktop.ui.models.kits import LibraryModel
from desktop.ui.models.subset import SubsetModel, SubsetProxy
from desktop.ui.widgets.cell_text import CellTextDelegate
from desktop.ui.widgets.master_detail import MasterDetail
from tests.test_subset import ItemModel, items


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def shown_pane(qtbot, model=None) -> MasterDetail:
    pane = MasterDetail(model or ItemModel(), lambda i: f"<h2>{i.title}</h2>", lambda i: i.id)
    qtbot.addWidget(pane)
    rows = [r.__class__(r.id, f"{r.title} — un titre d'atelier assez long pour être élidé", r.minutes)
            for r in items(120)]
    pane.set_rows(rows)
    pane.resize(700, 400)
    pane.show()
    qtbot.waitExposed(pane)
    settle()
    return pane


def same_as_qt(pane: MasterDetail) -> bool:
    """Whether the table painted by its delegate has the pixels of the same table painted by Qt's own."""
    table = pane.table
    ours = table.itemDelegate()
    images = []
    for delegate in (QStyledItemDelegate(table), ours):
        table.setItemDelegate(delegate)
        settle()
        images.append(table.grab().toImage())
    return images[0] == images[1]


def test_the_cells_have_qt_s_pixels_in_every_state(qtbot):
    pane = shown_pane(qtbot)
    table = pane.table
    assert isinstance(table.itemDelegate(), CellTextDelegate)
    assert same_as_qt(pane)  # the first row current, the view without the focus
    table.setCurrentIndex(pane.proxy.index(4, 0))
    assert same_as_qt(pane)
    table.setFocus()
    assert same_as_qt(pane)  # the focused cell: left to the style
    table.setColumnWidth(1, 30)
    table.horizontalHeader().resizeSection(0, 120)  # titles elided
    assert same_as_qt(pane)
    looks = table.itemDelegate()._looks
    assert looks and any(look is not None for look in looks.values())  # the delegate did draw texts itself


def test_a_new_font_is_laid_out_again(qtbot):
    pane = shown_pane(qtbot)
    assert same_as_qt(pane)
    font = QFont(pane.table.font())
    font.setPointSize(font.pointSize() + 3)
    pane.table.setFont(font)
    settle()
    assert same_as_qt(pane)


class OwnItemText(QProxyStyle):
    """A style that paints its items' texts its own way (red, in capitals)."""

    def drawControl(self, element, option, painter, widget=None):  # Qt override
        if element == QStyle.ControlElement.CE_ItemViewItem and option.text:
            painter.save()
            painter.setPen(QColor("red"))
            painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, option.text.upper())
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


def test_a_style_that_paints_texts_its_own_way_paints_them(qtbot):
    pane = shown_pane(qtbot)
    style = OwnItemText()
    pane.table.setStyle(style)
    settle()
    assert same_as_qt(pane)
    looks = pane.table.itemDelegate()._looks
    assert looks and all(look is None for look in looks.values())


def test_each_cell_s_text_is_read_once(qtbot, monkeypatch):
    reads = []
    display = ItemModel.display
    monkeypatch.setattr(ItemModel, "display", lambda self, obj, column: reads.append(1) or display(self, obj, column))
    pane = shown_pane(qtbot)
    pane.table.viewport().repaint()
    first = len(reads)
    assert first
    for _ in range(3):
        pane.table.viewport().repaint()
    assert len(reads) == first
    assert pane.proxy.display_text(0, 0) == pane.proxy.index(0, 0).data()


def test_the_read_only_subset_answers_qt_s_flags_and_the_library_s_passes_its_drags(qtbot, qtmodeltester):
    pane = shown_pane(qtbot)
    assert type(pane.proxy) is SubsetModel and SubsetModel.flags is QAbstractTableModel.flags
    qtmodeltester.check(pane.proxy)
    flags = pane.proxy.flags(pane.proxy.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & Qt.ItemFlag.ItemIsDragEnabled
    library = LibraryModel()
    proxy = SubsetProxy(lambda w: w.id)
    proxy.setSourceModel(library)
    library.set_rows([Workshop(id=f"w{i}", title=f"Atelier {i}", format="atelier", audience=("elus",),
                               duration_minutes=60, origin="user", experiments=()) for i in range(3)])
    assert proxy.flags(proxy.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert proxy.mimeTypes() == library.mimeTypes()
