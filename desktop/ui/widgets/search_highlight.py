"""Search words highlighted in a rich-text pane without rendering it again (a ``QSyntaxHighlighter``).

Matching follows the search: case and accents ignored, each word a prefix (« gouv » lights « Gouvernance »).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

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
    """Highlights the words of :meth:`set_search` in its document."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self._pattern: re.Pattern | None = None
        self._format = QTextCharFormat()
        self._format.setBackground(QColor("#ffe082"))

    def set_search(self, text: str) -> None:
        words = [w for w in re.split(r"[\s'’\-]+", fold(text)) if w]
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*") if words else None
        if (pattern and pattern.pattern) != (self._pattern and self._pattern.pattern):
            self._pattern = pattern
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(_fold_chars(text)):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
