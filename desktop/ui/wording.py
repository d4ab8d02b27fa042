"""The core's reasons in the interface language: the French source of ``domain/wording.py``, translated.

:func:`words` translates a reason's text with ``QCoreApplication.translate`` (the count of a counted text, its
value ``n``, chooses the plural form, in French too: ``tresse_fr.qm``), then writes its values: dates and times as
the interface language writes them, everything else as the core gave it.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.domain.reason import Reason
from desktop.domain.wording import word
from desktop.ui import dates as ui_dates


def _translate(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, None, n)


class InterfaceFormats:
    """Dates, times and durations in the interface language (``ui/dates.py``, the one formatter of the screens)."""

    def date(self, day: date) -> str:
        return ui_dates.long_date(day)

    def time(self, moment: time) -> str:
        return ui_dates.clock(moment)

    def duration(self, length: timedelta) -> str:
        return ui_dates.duration(int(length.total_seconds() // 60))


def counted(context: str, text: str, n: int) -> str:
    """A counted text of a module-level function, translated for *n* (its plural form chosen, in French too).

    pyside6-lupdate reads the count of a ``translate(…, n)`` call only when it is a literal number, so such a text
    is marked where it is defined with the four-argument ``QT_TRANSLATE_NOOP`` of ``domain/wording.py``.
    """
    return QCoreApplication.translate(context, text, None, n)


def words(reason: Reason | str) -> str:
    """*reason* as a sentence in the interface language (a text is returned as it is)."""
    if isinstance(reason, str):
        return reason
    return word(reason, _translate, InterfaceFormats())
