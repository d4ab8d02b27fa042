"""French typography for printed text, and turning user text into safe reportlab markup.

Two kinds of text reach a ``Paragraph``:

* our own fixed French sentences, which may hold markup (``<b>…</b>``): :func:`fr` gives them the French spaces
  and apostrophes;
* text a person typed (names, titles, addresses, comments) or that came from a kit file: :func:`user_markup`
  escapes it first (reportlab parses ``<``, ``&`` and tags, and ``<img src=…>`` would open a local file), then
  applies the same typography and turns line breaks into ``<br/>``.

The space before « : ; ! ? » and inside « guillemets » is U+00A0. French printers use a narrower one before
« ; ! ? » (U+202F), but reportlab treats U+202F as a place where a line may break, which would send a lone « ? »
to the start of a line: the regular non-breaking space is the one that holds.

Dates and times come from :mod:`desktop.domain.dates` (« mardi 12 janvier 2027 », « 9 h 30 »), re-exported here
so that document modules have one place to import from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from desktop.domain.dates import clock, duration, long_date, month_year, short_date, time_range
from desktop.domain.hours import percent_half_up
from desktop.domain.kit import Session

__all__ = [
    "NBSP", "apostrophes", "clock", "decimal", "duration", "escape", "fr", "french_spacing", "join_words", "long_date",
    "month_year", "percent", "session_times", "short_date", "time_range", "unescape", "user_markup",
]

NBSP = "\u00a0"

_SPACE_BEFORE = re.compile(r"[ \t\u202f\u2009]+([:;!?»])")
_NO_SPACE_BEFORE_CLOSE = re.compile(r"(?<=[^\s\u00a0])»")
_AFTER_OPEN = re.compile(r"«[ \t\u202f\u2009\u00a0]*")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_NUMBER_SPACE = re.compile(r"(?<![\w,.])(\d{1,5}) (?=[^\W\d_])")
_DIGIT_GROUPS = re.compile(r"(?<=\d) (?=\d)")


def escape(text: str) -> str:
    """*text* with ``&``, ``<`` and ``>`` as markup entities (what ``xml.sax.saxutils.escape`` does, without
    importing it: it imports ``urllib``, ``http`` and ``email``, a tenth of a print run's start)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def unescape(markup: str) -> str:
    """The text of *markup* entities ``&lt;``, ``&gt;`` and ``&amp;`` (the reverse of :func:`escape`)."""
    return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@lru_cache(maxsize=8192)  # a pack sets the same names, dates and labels on every page
def french_spacing(text: str) -> str:
    """Non-breaking spaces before « : ; ! ? », inside « », and after a number followed by a word.

    The last keeps « 4 séances », « 2 place de la Mairie » and « 07300 Tournon-sur-Rhône » on one line, as
    the groups of a number (« 06 12 34 56 78 », « 10 000 »).
    A space typed before the punctuation becomes non-breaking; none is added where there was none (« 9:30 »,
    « http://… », « &amp; » stay as they are). Guillemets always get their inner spaces.
    """
    text = _SPACE_BEFORE.sub(NBSP + r"\1", text)
    text = _NUMBER_SPACE.sub(r"\1" + NBSP, text)
    text = _DIGIT_GROUPS.sub(NBSP, text)
    text = _AFTER_OPEN.sub("«" + NBSP, text)
    return _NO_SPACE_BEFORE_CLOSE.sub(NBSP + "»", text)


@lru_cache(maxsize=8192)
def apostrophes(text: str) -> str:
    """The typographic apostrophe between two letters (« l'atelier » → « l’atelier »), for any text, plain or
    markup (running headers and footers are drawn on the canvas, without :func:`fr`)."""
    return _APOSTROPHE.sub("\u2019", text)


_apostrophes = apostrophes


def fr(text: str) -> str:
    """One of our fixed French texts (markup allowed), with French spaces and apostrophes."""
    return french_spacing(_apostrophes(text))


@lru_cache(maxsize=8192)  # the same names and places on every sheet, letter and card
def user_markup(text: str) -> str:
    """Text a person typed, as safe paragraph markup: escaped, then French typography, line breaks kept.

    The text should already have gone through :func:`desktop.printing.fonts.printable`.
    """
    safe = escape(text.replace("\t", " "))
    safe = french_spacing(_apostrophes(safe))
    return "<br/>".join(line.strip() for line in safe.split("\n"))


def join_words(items: Iterable[str]) -> str:
    """« a », « a et b », « a, b et c »."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def decimal(value: float, digits: int = 1) -> str:
    """A number with a decimal comma: « 3,5 »."""
    return f"{value:.{digits}f}".replace(".", ",")


def percent(part: int, whole: int) -> str:
    """*part* of *whole* as a percentage rounded half up: « 63 % » for 5/8 (with a non-breaking space); « – » when
    *whole* is 0."""
    value = percent_half_up(part, whole)
    return "–" if value is None else f"{value}{NBSP}%"


def session_times(session: Session) -> str:
    """« de 9 h 30 à 12 h 30 », with the lunch break of a full day: « … (pause de 12 h 30 à 13 h 30) »."""
    text = time_range(session.start, session.end)
    if session.lunch_start and session.lunch_end:
        text += f" (pause déjeuner {time_range(session.lunch_start, session.lunch_end)})"
    return text
