"""A table that edits like a spreadsheet: typing opens the cell, Tab goes to the next cell, Enter to the row below.

Used by the venues and the participants. Its models refresh with ``ListTableModel.update_rows`` so that the save
an edit causes does not reset the model under the editor (which lost the next cell and made Qt log « commitData
called with an editor that does not belong to this view »). Empty cells show their column's placeholder in grey:
a hint, never content.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QLineEdit, QStyledItemDelegate, QTableView,
)

_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
             | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)


class PlaceholderDelegate(QStyledItemDelegate):
    """Paints a grey hint in empty text cells and gives the editor the same placeholder.

    Args:
        placeholder: column → hint (« Commune », « prenom.nom@exemple.fr »), or "" for none.
    """

    def __init__(self, placeholder: Callable[[int], str], parent=None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        hint = self._placeholder(index.column())
        if hint and not option.text and not (index.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            option.text = hint
            option.font.setItalic(True)
            colour = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            option.palette.setColor(QPalette.ColorRole.Text, colour)
            option.palette.setColor(QPalette.ColorRole.HighlightedText, colour)

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(self._placeholder(index.column()))
        return editor


class SheetTable(QTableView):
    """A ``QTableView`` with spreadsheet keys.

    Tab and Shift+Tab commit the cell and open the next (or previous) one; Enter commits and moves to the same
    column of the next row (typing there opens it); Enter on a cell not being edited moves down too.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(_TRIGGERS)
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)

    def set_placeholders(self, placeholder: Callable[[int], str]) -> None:
        self.setItemDelegate(PlaceholderDelegate(placeholder, self))

    def edit_cell(self, index: QModelIndex) -> None:
        """Make *index* current (its row selected) and open it for typing."""
        if not index.isValid():
            return
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        self.setFocus()
        self.edit(index)

    def closeEditor(self, editor, hint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: the row below
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier and self.currentIndex().isValid():
            self._move_down()
            return
        super().keyPressEvent(event)

    def _move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.siblingAtRow(current.row() + 1)
        if below.isValid():
            self.selectionModel().setCurrentIndex(below, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                  | QItemSelectionModel.SelectionFlag.Rows)
