"""French dates and times, written by hand: machines may run a C locale, so the system locale is never used."""

from __future__ import annotations

from datetime import date, time

NBSP = "\u00a0"

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def long_date(day: date) -> str:
    """« mardi 12 janvier 2027 » (« 1er » for the first of the month)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS[day.weekday()]} {number} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """« 12/01/2027 »."""
    return day.strftime("%d/%m/%Y")


def month_year(day: date) -> str:
    """« janvier 2027 »."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def clock(t: time) -> str:
    """« 9 h 30 », « 14 h » with non-breaking spaces."""
    return f"{t.hour}{NBSP}h{NBSP}{t.minute:02d}" if t.minute else f"{t.hour}{NBSP}h"


def time_range(start: time, end: time) -> str:
    """« de 9 h 30 à 12 h 30 »."""
    return f"de {clock(start)} à {clock(end)}"


def duration(minutes: int) -> str:
    """« 3 h », « 1 h 30 », « 45 min »."""
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return f"{hours}{NBSP}h{NBSP}{rest:02d}"
    if hours:
        return f"{hours}{NBSP}h"
    return f"{rest}{NBSP}min"
