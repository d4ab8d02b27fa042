"""Times as people type them: « 9h30 », « 9 h 30 », « 9:30 », « 9.30 », « 930 », « 0930 », « 14h », « 14 ».

The parser returns facts: a :class:`time`, or a :class:`TimeInputError` whose ``reason`` the interface words
(``empty``, ``format``, ``hour``, ``minute``). Strict like :mod:`desktop.domain.date_input`: « 9 h 75 », « 2530 »
or « 9h3 » (9:03 or 9:30?) is refused, never turned into another time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

_SEPARATED = re.compile(r"^(\d{1,2})\s*(?:h|:|\.)\s*(\d{1,2})?$")  # « 9h30 », « 9 h 30 », « 9:30 », « 14h »
_DIGITS = re.compile(r"^\d{1,4}$")  # « 14 », « 930 », « 0930 »


@dataclass(frozen=True)
class TimeInputError(ValueError):
    """The text is not a time. ``reason``: ``empty``, ``format`` (not read as a time), ``hour`` (not 0–23),
    ``minute`` (not 0–59)."""

    reason: str
    text: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.text!r}"


def _parts(cleaned: str, text: str) -> tuple[int, int]:
    m = _SEPARATED.match(cleaned)
    if m:
        minutes = m.group(2)
        if minutes is not None and len(minutes) == 1:
            raise TimeInputError("format", text)  # « 9h3 » could mean 9:03 or 9:30: refused, not guessed
        return int(m.group(1)), int(minutes or 0)
    if _DIGITS.match(cleaned):
        if len(cleaned) <= 2:
            return int(cleaned), 0
        return int(cleaned[:-2]), int(cleaned[-2:])
    raise TimeInputError("format", text)


def parse_time(text: str) -> time:
    """The time *text* says (hours, then minutes); raises :class:`TimeInputError`."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    if not cleaned:
        raise TimeInputError("empty", text)
    hour, minute = _parts(cleaned, text)
    if hour > 23:
        raise TimeInputError("hour", text)
    if minute > 59:
        raise TimeInputError("minute", text)
    return time(hour, minute)
