"""Dates, times and numbers as the interface language writes them: the one formatter of every screen.

French is written by ``domain/dates.py`` (by hand: machines may run a C locale), other languages by Qt's locale
(``QLocale()``, set to the interface language by ``ui/i18n.py``). The printed documents and the command line use
``domain/dates.py`` directly: they are French.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from desktop.domain import dates

NBSP = dates.NBSP


def _french() -> bool:
    return QLocale().language() != QLocale.Language.English  # anything but English is French (ui/i18n.py)


def weekday(index: int) -> str:
    """The name of weekday *index* (0: Monday), « lundi » or « Monday »."""
    if _french():
        return dates.WEEKDAYS[index]
    return QLocale().dayName(index + 1, QLocale.FormatType.LongFormat)


def weekdays() -> tuple[str, ...]:
    """The seven weekday names, Monday first."""
    return tuple(weekday(i) for i in range(7))


def short_weekday(index: int) -> str:
    """« lun. », « Mon »."""
    if _french():
        return dates.WEEKDAYS[index][:3] + "."
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


def day_number(day: date) -> str:
    """The day of the month: « 1er » for the first in French, « 1 » in English."""
    return "1er" if day.day == 1 and _french() else str(day.day)


def month_name(month: int) -> str:
    """« janvier », « January »."""
    if _french():
        return dates.MONTHS[month - 1]
    return QLocale().monthName(month, QLocale.FormatType.LongFormat)


def long_date(day: date) -> str:
    """« mardi 12 janvier 2027 », « Tuesday 12 January 2027 »."""
    if _french():
        return dates.long_date(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_date(day: date) -> str:
    """« 12/01/2027 » (the same day-first order in both languages)."""
    return dates.short_date(day)


def month_year(day: date) -> str:
    """« janvier 2027 », « January 2027 »."""
    return f"{month_name(day.month)} {day.year}"


def clock(moment: time) -> str:
    """« 9 h 30 », « 9:30 »."""
    if _french():
        return dates.clock(moment)
    return QLocale().toString(QTime(moment.hour, moment.minute), "H:mm")


def hour(value: int) -> str:
    """A whole hour on a time scale: « 14 h », « 14:00 »."""
    return clock(time(value, 0))


def time_range(start: time, end: time) -> str:
    """« de 9 h 30 à 12 h 30 », « from 9:30 to 12:30 »."""
    if _french():
        return dates.time_range(start, end)
    return f"from {clock(start)} to {clock(end)}"


def duration(minutes: int) -> str:
    """« 3 h », « 1 h 30 », « 45 min » (« 1 h 30 min » in English)."""
    if _french():
        return dates.duration(minutes)
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return f"{hours}{NBSP}h{NBSP}{rest:02d}{NBSP}min"
    return f"{hours}{NBSP}h" if hours else f"{rest}{NBSP}min"


def number(value: float, decimals: int = 1) -> str:
    """A number as the interface language writes it: « 2,5 » in French, « 2.5 » in English."""
    return QLocale().toString(float(value), "f", decimals)


def moment(when: datetime) -> str:
    """« 1er décembre 2026 à 21 h 02 », « 1 December 2026 at 21:02 »."""
    if _french():
        from desktop.maintenance import moment as french_moment

        return french_moment(when)
    return f"{when.day} {month_name(when.month)} {when.year} at {clock(when.time())}"
