"""The French wording of every reason the core gives (:class:`~desktop.domain.reason.Reason`), in one place.

Each text is the French source of Qt Linguist, marked with the local no-op :func:`QT_TRANSLATE_NOOP` (the tables are in
``domain/wording_texts.py`` and ``domain/wording_files.py``; pyside6-lupdate reads the calls from them, which import no Qt; ``scripts/translations.py`` feeds it every core module that
marks texts). The command line and the printed documents word a reason with :func:`french`; the interface translates
the same source text with ``QCoreApplication.translate`` and formats the values its own way (``ui/wording.py``).

A text names its values between braces (``{session}``, ``{day}``): translations keep the same names. A counted text
is marked with a fourth argument (any number: lupdate then writes its plural forms); its count is the value ``n``,
written where the text says ``%Ln`` in the language's way (« 10 657 » in French, « 10,657 » in English: Qt's own
``%Ln``), and its table entry is a pair (the French plural, which is the source text, and
the French singular, used for 0 and 1: ``scripts/translations.py`` writes both into ``tresse_fr.ts``).

The closed vocabularies (``domain/vocabulary.py``, the statuses of ``domain/kit.py``, the document titles of
``printing/pack.py``) mark their French words with the same :func:`QT_TRANSLATE_NOOP`.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Any, Callable, Protocol

from desktop.domain import dates
from desktop.domain.reason import Reason
from desktop.domain.wording_files import CSV, CSV_ROWS, DETAILS, KIT_READ, KITFILE, KITWRITE
from desktop.domain.wording_texts import (  # noqa: F401 - the marker and the field names are read from here
    CONFLICTS, FIELDS, LABELS, PLANNING, PRINT, QT_TRANSLATE_NOOP, Text, printed_text,
)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Formats(Protocol):
    """How one language writes the values of a reason."""

    def date(self, day: date) -> str: ...

    def time(self, moment: time) -> str: ...

    def duration(self, length: timedelta) -> str: ...


class FrenchFormats:
    """« mardi 12 janvier 2027 », « 9 h 30 », « 1 h 30 » (``domain/dates.py``)."""

    def date(self, day: date) -> str:
        return dates.long_date(day)

    def time(self, moment: time) -> str:
        return dates.clock(moment)

    def duration(self, length: timedelta) -> str:
        return dates.duration(int(length.total_seconds() // 60))


#: translate(context, source, n) → the text in the language (n: the count of a counted text, else -1).
Translate = Callable[[str, str, int], str]


def text_of(key: str) -> Text:
    """The wording of *key* (``KeyError`` for a key no table holds: a bug, caught by the tests)."""
    return WORDS[key]


def word(reason: Reason, translate: Translate, formats: Formats) -> str:
    """*reason* as a sentence: its text translated by *translate*, its values written by *formats*."""
    text = text_of(reason.key)
    values = reason.named
    n = int(values.get("n", 0)) if text.counted else -1
    template = translate(text.context, text.source, n)
    if text.counted:
        template = template.replace("%Ln", french_number(n))  # the interface's translate has written it already

    def value(match: re.Match) -> str:
        name = match.group(1)
        return _value(values[name], translate, formats) if name in values else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def _value(value: Any, translate: Translate, formats: Formats) -> str:
    if isinstance(value, Reason):
        return word(value, translate, formats)
    if isinstance(value, (tuple, list)):
        return ", ".join(_value(v, translate, formats) for v in value)
    if isinstance(value, date):
        return formats.date(value)
    if isinstance(value, time):
        return formats.time(value)
    if isinstance(value, timedelta):
        return formats.duration(value)
    return str(value)


def french_text(context: str, source: str, n: int) -> str:
    """The French form of a source text: itself, or for a counted text with 0 or 1, its singular."""
    if n in (0, 1):
        return SINGULARS.get((context, source), source)
    return source


def french_count(n: int, one: str, many: str) -> str:
    """A French count of the command line: *one* for 0 and 1, else *many*, ``%Ln`` written as *n*
    (:func:`french_number`).

    ``french_count(1, "%Ln kit", "%Ln kits")`` → « 1 kit »; a whole phrase agrees the same way
    (« 1 ligne est invalide », « 2 lignes sont invalides », « 10 657 lignes… »).
    """
    return (one if n in (0, 1) else many).replace("%Ln", french_number(n))


def french_number(n: int) -> str:
    """*n* as French writes it: thousands apart by a narrow no-break space (« 10 657 », as Qt's French locale
    writes ``%Ln``)."""
    return f"{n:,}".replace(",", "\u202f")


def french(reason: Reason) -> str:
    """*reason* in French, as the command line and the printed documents say it."""
    return word(reason, french_text, FrenchFormats())


#: Every reason key and its wording (the texts live in ``wording_texts.py`` and ``wording_files.py``).
WORDS: dict[str, Text] = {**LABELS, **CONFLICTS, **PLANNING, **KITFILE, **KITWRITE, **KIT_READ, **DETAILS,
                          **CSV, **CSV_ROWS, **PRINT, **FIELDS}
#: (context, French plural source) → French singular, for the counted texts.
SINGULARS: dict[tuple[str, str], str] = {(t.context, t.source): t.one for t in WORDS.values() if t.counted}
