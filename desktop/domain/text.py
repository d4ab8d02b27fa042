"""Text helpers shared by search, matching on the command line and sorting.

``fold`` is the one definition of "the same words, ignoring case, accents, the kind of apostrophe and guillemets".
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_QUOTES_RE = re.compile(r"[«»\"“”„‹›]")
_SPACES_RE = re.compile(r"\s+")


_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}


class _PlainTable(dict):
    """``str.translate`` table from a character to what it is without its marks, filled as characters are first
    met: a character's compatibility decomposition, marks left out (« é » → « e », « ﬁ » → « fi »)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        plain = "".join(_LIGATURES.get(c, c) for c in unicodedata.normalize("NFKD", char)
                        if not unicodedata.combining(c))
        self[code] = plain
        return plain


_PLAIN = _PlainTable()


def strip_accents(text: str) -> str:
    """Return *text* without combining marks (« Élus » → « Elus »); ligatures œ/æ spelt out.

    Character by character through a table (the marks a decomposition yields are all dropped, so their order does
    not matter): sorting ten thousand titles takes one ``translate`` each, not a normalisation and a loop."""
    return text if text.isascii() else text.translate(_PLAIN)


def fold(text: str) -> str:
    """Fold *text* for comparison: lower case, no accents, one kind of apostrophe, no guillemets, single spaces."""
    text = strip_accents(text).translate(_APOSTROPHES)
    text = _QUOTES_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", text).strip().casefold()


#: Letters NFKD does not split into a base letter and a mark, filed as a French reader files them (after
#: :func:`fold`, which already spells out œ and æ and whose casefold turns ß into ss).
_UNSPLIT = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t"})


def sort_key(text: str) -> str:
    """The one collation of names and titles, in lists and in print: French words as a reader expects (« Élus »
    beside « elus », not after « z »; « Øberg » with « Oberg », before « Perrin »; « Łukasz » with « Lukasz »)."""
    return fold(text).translate(_UNSPLIT)


def plain_name(text: str) -> str:
    """Remove guillemets and the spaces they carry: « « Outille ton projet » » → « Outille ton projet »."""
    text = _QUOTES_RE.sub("", text)
    return _SPACES_RE.sub(" ", text.replace("\u00a0", " ")).strip()
