"""Dates as people type them: « 11/01/2027 », « 11/1/27 », « 11-01-2027 », « 11 janvier 2027 », « 11 jan. 27 »,
« January 11, 2027 ».

Always day, month, year (the French order), also when the month is written in English; a two-digit year means
2000–2099; a missing year means the next such day from *today* (« 11/01 » typed in December is next January).
The parser returns facts: a :class:`date`, or a :class:`DateInputError` whose ``reason`` the interface words
(``empty``, ``format``, ``month``, ``day``). A small strict parser rather than a general one: a general date
library guesses (month first, relative words) where a facilitator must see a refusal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.text import fold

_FRENCH = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
           "novembre", "decembre")
_ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
             "wednesday", "thursday", "friday", "saturday", "sunday")

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")  # « 11012027 », « 110127 »
_WORDS_DAY_FIRST = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]+)\.?(?:\s+(\d{2}|\d{4}))?$")
_WORDS_MONTH_FIRST = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{2}|\d{4}))?$")


@dataclass(frozen=True)
class DateInputError(ValueError):
    """The text is not a date. ``reason``: ``empty``, ``format`` (not read as a date), ``month`` (no such month),
    ``day`` (no such day in that month, e.g. 31/04 or 29/02 of a common year)."""

    reason: str
    text: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.text!r}"


def month_number(word: str) -> int | None:
    """1–12 for a French or English month name or its abbreviation of three letters or more (« janv », « sept »,
    « Feb »); None otherwise. « ma » or « ju » are ambiguous and refused."""
    word = fold(word).rstrip(".")
    if len(word) < 3:
        return None
    found = {i + 1 for names in (_FRENCH, _ENGLISH) for i, name in enumerate(names) if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def _year(text: str | None, day: int, month: int, today: date) -> int:
    if text is None:
        try:
            candidate = date(today.year, month, day)
        except ValueError:
            return today.year + 1 if (month, day) == (2, 29) else today.year
        return today.year if candidate >= today else today.year + 1
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def parse_date(text: str, today: date | None = None) -> date:
    """The date *text* says (day, month, year); raises :class:`DateInputError`."""
    today = today or date.today()
    cleaned = fold(text).replace(",", " ").strip()
    words = cleaned.split()
    if words and words[0] in _WEEKDAYS:  # « mardi 11 janvier 2027 »
        cleaned = " ".join(words[1:])
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    if not cleaned:
        raise DateInputError("empty", text)
    parts = _split(cleaned, text)
    day, month, year_text = parts
    if not 1 <= month <= 12:
        raise DateInputError("month", text)
    year = _year(year_text, day, month, today)
    if not 1900 <= year <= 2199:
        raise DateInputError("format", text)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError("day", text) from None


def _split(cleaned: str, text: str) -> tuple[int, int, str | None]:
    for pattern in (_NUMERIC, _COMPACT):
        m = pattern.match(cleaned)
        if m:
            return int(m.group(1)), int(m.group(2)), m.group(3)
    m = _WORDS_DAY_FIRST.match(cleaned)
    if m:
        month = month_number(m.group(2))
        if month is None:
            raise DateInputError("month", text)
        return int(m.group(1)), month, m.group(3)
    m = _WORDS_MONTH_FIRST.match(cleaned)
    if m:
        month = month_number(m.group(1))
        if month is None:
            raise DateInputError("month" if m.group(1).isalpha() else "format", text)
        return int(m.group(2)), month, m.group(3)
    raise DateInputError("format", text)
