"""Text helpers shared by search, matching on the command line and sorting.

``fold`` is the one definition of "the same words, ignoring case, accents, the kind of apostrophe and guillemets".
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES_RE = re.compile(r"[«»\"“”„‹›]")
_SPACES_RE = re.compile(r"\s+")


_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}


class _PlainTable(dict):
    """``str.translate`` table from a character to what it is without its marks, filled as characters are first
    met: a character's compatibility decomposition, marks left out (« é » → « e », « ﬁ » → « fi »)."""

    def __missing__(self, code: int) -> str:
        plain = "".join(_LIGATURES.get(c, c) for c in unicodedata.normalize("NFKD", chr(code))
                        if not unicodedata.combining(c))
        self[code] = plain
        return plain


_PLAIN = _PlainTable()
_ASCII = frozenset(map(chr, range(128)))


#: The combining marks of Latin letters, every one with a combining class (U+034F, the grapheme joiner, has none).
_LATIN_MARKS_RE = re.compile("[\u0300-\u034e\u0350-\u036f]")


def strip_accents(text: str) -> str:
    """Return *text* without combining marks (« Élus » → « Elus »); ligatures œ/æ spelt out.

    Sorting ten thousand titles must not loop over their characters in Python: the text is decomposed and loses
    the marks of Latin letters in C; only when something else is left to do (another script's marks, a ligature)
    does it go character by character through a table (the marks a decomposition yields are all dropped, so
    their order does not matter, and what a decomposition yields decomposes no further)."""
    if text.isascii():
        return text
    plain = _LATIN_MARKS_RE.sub("", unicodedata.normalize("NFKD", text))
    if plain.isascii() or all(not (unicodedata.combining(c) or c in _LIGATURES) for c in set(plain) - _ASCII):
        return plain
    return text.translate(_PLAIN)


def fold(text: str) -> str:
    """Fold *text* for comparison: lower case, no accents, one kind of apostrophe, no guillemets, single spaces."""
    text = strip_accents(text)
    if not text.isascii():
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    # (« ´ » is a space and a mark, once stripped a space)
    return " ".join(_QUOTES_RE.sub(" ", text.replace("`", "'")).split()).casefold()


#: Letters NFKD does not split into a base letter and a mark, filed as a French reader files them (after
#: :func:`fold`, which already spells out œ and æ and whose casefold turns ß into ss).
_UNSPLIT = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t"})
_UNSPLIT_LETTERS = frozenset("øłđħıŧ")


def sort_key(text: str) -> str:
    """The one collation of names and titles, in lists and in print: French words as a reader expects (« Élus »
    beside « elus », not after « z »; « Øberg » with « Oberg », before « Perrin »; « Łukasz » with « Lukasz »)."""
    folded = fold(text)
    return folded if folded.isascii() or _UNSPLIT_LETTERS.isdisjoint(folded) else folded.translate(_UNSPLIT)


def plain_name(text: str) -> str:
    """Remove guillemets and the spaces they carry: « « Outille ton projet » » → « Outille ton projet »."""
    text = _QUOTES_RE.sub("", text)
    return _SPACES_RE.sub(" ", text.replace("\u00a0", " ")).strip()
