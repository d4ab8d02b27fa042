"""The print dialog's « À vérifier avant d'imprimer » box: what to check before printing, in a pale band."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from desktop.domain.kit import IssuingStructure
from desktop.ui.widgets.profile_prompt import profile_warning
from desktop.ui.wording import words


class WarningsBox(QScrollArea):
    """A scrollable list of warnings, hidden when there is none.

    ``label`` holds the text shown (plain text, selectable).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._build()
        self._lay_out()

    def _build(self) -> None:
        self.label = QLabel(self)
        self.label.setObjectName("printWarnings")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setContentsMargins(8, 6, 8, 6)

    def _lay_out(self) -> None:
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setMaximumHeight(130)
        self.setStyleSheet("QScrollArea { border: 1px solid #e0c97f; background: #fff8e1; }"
                           "QLabel { background: #fff8e1; color: #5c4400; }")

    def show_warnings(self, structure: IssuingStructure, warnings: Iterable) -> None:
        """Show the profile's warning (if it is missing) and *warnings* (reasons, worded in the interface language),
        one per line; hide the box if none."""
        lines = [f"• {words(w)}" for w in (profile_warning(structure), *warnings) if w]
        self.label.setText(self.tr("À vérifier avant d'imprimer :") + "\n" + "\n".join(lines) if lines else "")
        self.setVisible(bool(lines))
