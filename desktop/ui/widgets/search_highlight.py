"""Search words highlighted in a rich-text pane without rendering it again (a ``QSyntaxHighlighter``).

Matching follows the search: case and accents ignored, each word a prefix (« gouv » lights « Gouvernance »).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QWidget

from desktop.domain.text import fold, strip_accents


class _FoldTable(dict):
    """``str.translate`` table folding one character to one character, filled as characters are first met."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        folded = strip_accents(c).lower()[:1] or c
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _fold_chars(text: str) -> str:
    """*text* folded character by character, the same length (positions stay valid)."""
    return text.translate(_FOLD_TABLE)


class SearchHighlighter(QSyntaxHighlighter):
    """Highlights the words of :meth:`set_search` in its document.

    Args:
        view: the widget showing the document, if any: while it is hidden (another tab of the catalogue) the
            document is highlighted again only when it is next shown, not at every keystroke.
    """

    def __init__(self, document, view: QWidget | None = None) -> None:
        super().__init__(document)
        self._pattern: re.Pattern | None = None
        self._format = QTextCharFormat()
        self._format.setBackground(QColor("#ffe082"))
        self._view = view
        self._stale = False
        if view is not None:
            view.installEventFilter(self)

    def set_search(self, text: str) -> None:
        words = [w for w in re.split(r"[\s'’\-]+", fold(text)) if w]
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*") if words else None
        if (pattern and pattern.pattern) != (self._pattern and self._pattern.pattern):
            self._pattern = pattern
            if self._view is not None and not self._view.isVisible():
                self._stale = True
            else:
                self.rehighlight()

    def eventFilter(self, watched, event) -> bool:
        if self._stale and watched is self._view and event.type() == QEvent.Type.Show:
            self._stale = False
            self.rehighlight()
        return False

    def highlightBlock(self, text: str) -> None:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(_fold_chars(text)):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
