"""Search words highlighted in a rich-text pane without rendering or laying it out again.

Matching follows the search: case and accents ignored, each word a prefix (« gouv » lights « Gouvernance »).
The words are lit as the text view's extra selections, painted over the laid-out text: a ``QSyntaxHighlighter``
changes the blocks' formats instead, and each change lays the document out again (20 to 50 ms a keystroke for a
workshop's detail on a slow machine). A prefix lights whole words, so typing on in a word (« gou », « gouv »…)
usually lights the same words: then nothing is repainted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.domain.text import fold, strip_accents

#: The background of a lit word.
HIGHLIGHT = "#ffe082"


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


@lru_cache(maxsize=64)
def search_pattern(text: str) -> re.Pattern | None:
    """The words of *text* as one pattern over folded text, each a prefix of a word; None for no words (kept:
    the catalogue's three panes ask for the same text at each keystroke)."""
    words = [w for w in re.split(r"[\s'’\-]+", fold(text)) if w]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*") if words else None


class SearchHighlighter(QObject):
    """Highlights the words of :meth:`set_search` in *view*'s document, again whenever the document changes.

    While *view* is hidden (another tab of the catalogue) the words are lit when it is next shown, not at every
    keystroke.
    """

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._pattern: re.Pattern | None = None
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(HIGHLIGHT))
        self._stale = False
        self._lit: list[tuple[int, int]] | None = []  # the (start, end) positions lit; None: to be set again
        self._folded: str | None = None  # the document's raw text, folded (an index in it is a position)
        view.document().contentsChanged.connect(self._document_changed)
        view.installEventFilter(self)

    def set_search(self, text: str) -> None:
        pattern = search_pattern(text)
        if (pattern and pattern.pattern) != (self._pattern and self._pattern.pattern):
            self._pattern = pattern
            self._relight()

    def lit(self) -> list[str]:
        """The texts lit now, in the document's order."""
        return [s.cursor.selectedText() for s in self._view.extraSelections()]

    def _document_changed(self) -> None:
        self._folded = None
        self._lit = None  # the positions lit were in the text replaced
        self._relight()

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if self._stale and watched is self._view and event.type() == QEvent.Type.Show:
            self._relight()
        return False

    def _relight(self) -> None:
        if not self._view.isVisible():
            self._stale = True
            return
        self._stale = False
        spans = self._spans()
        if spans == self._lit:
            return
        self._lit = spans
        document = self._view.document()
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(document)
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format = self._format
            selections.append(selection)
        self._view.setExtraSelections(selections)

    def _spans(self) -> list[tuple[int, int]]:
        """The document positions of the words the search lights: found in the document's raw text, read in one
        call, whose every index is a position (its blocks' and frames' separators are characters that no word
        spans), rather than block by block."""
        if self._pattern is None:
            return []
        if self._folded is None:
            self._folded = _fold_chars(self._view.document().toRawText())
        return [m.span() for m in self._pattern.finditer(self._folded)]
