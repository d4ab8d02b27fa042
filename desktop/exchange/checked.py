"""The checked reading of an untrusted JSON object: every field's type, length or range, identifiers and dates.

:class:`Obj` wraps one JSON object of a kit file with its place (``sessions[3]``); each accessor checks one field
and raises :class:`~desktop.exchange.errors.KitFileError` naming the place on the first problem. Control
characters are removed from texts, and the places where that happened are recorded for one warning.
:mod:`desktop.exchange.kitjson` builds the domain objects with it.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, time
from typing import Any

from desktop.domain.reason import Reason
from desktop.exchange.errors import KitFileError, detail, expected
from desktop.exchange.untrusted import clean_controls

MAX_TEXT = 20_000
MAX_SHORT = 1_000
MAX_KEY = 64
MAX_ITEMS = 1_000
YEARS = (1900, 2200)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def check_text(value: Any, where: str, limit: int, cleaned: list[str] | None = None) -> str:
    """*value* checked as a text of at most *limit* characters; with *cleaned*, its control characters removed
    (tabs and line feeds kept in long texts) and *where* noted in *cleaned* when there were some."""
    if not isinstance(value, str):
        raise KitFileError("bad_type", where=where, expected=expected("text"))
    if len(value) > limit:
        raise KitFileError("too_long", where=where, limit=limit)
    if "\x00" in value:
        raise KitFileError("bad_value", where=where, detail=detail("nul_character"))
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise KitFileError("bad_value", where=where, detail=detail("invalid_character")) from exc
    if cleaned is not None:
        clean = clean_controls(value, multiline=limit >= MAX_TEXT)
        if clean != value:
            cleaned.append(where)
            return clean
    return value


def check_uid(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise KitFileError("bad_uid", where=where)
    try:
        canonical = str(uuid.UUID(value))
    except ValueError as exc:
        raise KitFileError("bad_uid", where=where) from exc
    if canonical != value:
        raise KitFileError("bad_uid", where=where)
    return value


def check_year(value: date, where: str) -> None:
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise KitFileError("out_of_range", where=where, detail=detail("years", low=YEARS[0], high=YEARS[1]))


class Obj:
    """Typed, bounded access to one JSON object of kit.json; errors name the place (``sessions[3].start``)."""

    __slots__ = ("cleaned", "data", "where")

    def __init__(self, value: Any, where: str, cleaned: list[str]) -> None:
        """*cleaned* collects the places whose texts lost control characters (shared by the whole document)."""
        if not isinstance(value, dict):
            raise KitFileError("bad_type", where=where or "kit.json", expected=expected("object"))
        self.data, self.where, self.cleaned = value, where, cleaned

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def raw(self, key: str, required: bool) -> Any:
        value = self.data.get(key)
        if value is None and required:
            raise KitFileError("missing_field", where=self.at(key))
        return value

    def text(self, key: str, limit: int = MAX_SHORT, *, required: bool = False, nonempty: bool = False) -> str:
        value = self.raw(key, required or nonempty)
        if value is None:
            return ""
        value = check_text(value, self.at(key), limit, self.cleaned)
        if nonempty and not value.strip():
            raise KitFileError("bad_value", where=self.at(key), detail=detail("empty_text"))
        return value

    def key(self, key: str, default: str = "") -> str:
        return self.text(key, MAX_KEY, nonempty=not default) or default

    def integer(self, key: str, low: int, high: int, *, required: bool = False, default: int | None = 0) -> Any:
        value = self.raw(key, required)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            raise KitFileError("bad_type", where=self.at(key), expected=expected("integer"))
        if not low <= value <= high:
            raise KitFileError("out_of_range", where=self.at(key), detail=detail("range", low=low, high=high))
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise KitFileError("bad_type", where=self.at(key), expected=expected("boolean"))
        return value

    def uid(self, key: str = "uid", *, required: bool = True) -> str:
        value = self.raw(key, required)
        if value is None or (value == "" and not required):
            return ""
        return check_uid(value, self.at(key))

    def items(self, key: str, limit: int = MAX_ITEMS) -> list[Any]:
        value = self.raw(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise KitFileError("bad_type", where=self.at(key), expected=expected("list"))
        if len(value) > limit:
            raise KitFileError("too_many", where=self.at(key), limit=limit)
        return value

    def texts(self, key: str, limit: int = MAX_TEXT) -> tuple[str, ...]:
        return tuple(check_text(v, f"{self.at(key)}[{i}]", limit, self.cleaned)
                     for i, v in enumerate(self.items(key)))

    def integers(self, key: str, low: int, high: int) -> tuple[int, ...]:
        values = self.items(key)
        for i, v in enumerate(values):
            if not isinstance(v, int) or isinstance(v, bool):
                raise KitFileError("bad_type", where=f"{self.at(key)}[{i}]", expected=expected("integer"))
            if not low <= v <= high:
                raise KitFileError("out_of_range", where=f"{self.at(key)}[{i}]", detail=detail("range", low=low, high=high))
        return tuple(values)

    def keys(self, key: str) -> tuple[str, ...]:
        values = self.texts(key, MAX_KEY)
        for i, v in enumerate(values):
            if not v.strip():
                raise KitFileError("bad_value", where=f"{self.at(key)}[{i}]", detail=detail("empty_text"))
        return values

    def uids(self, key: str, known: dict[str, Any], what: Reason) -> tuple[str, ...]:
        values = tuple(check_uid(v, f"{self.at(key)}[{i}]") for i, v in enumerate(self.items(key)))
        if len(set(values)) != len(values):
            raise KitFileError("duplicate", where=self.at(key), detail=detail("repeated_uid"))
        for i, v in enumerate(values):
            check_known(f"{self.at(key)}[{i}]", v, known, what)
        return values

    def objects(self, key: str, limit: int) -> list[Obj]:
        return [Obj(v, f"{self.at(key)}[{i}]", self.cleaned) for i, v in enumerate(self.items(key, limit))]

    def sub(self, key: str) -> Obj | None:
        value = self.raw(key, False)
        return None if value is None else Obj(value, self.at(key), self.cleaned)

    def day(self, key: str) -> date:
        value = self.text(key, 10, required=True)
        try:
            if not _DATE.fullmatch(value):
                raise ValueError(value)
            result = date.fromisoformat(value)
        except ValueError as exc:
            raise KitFileError("bad_value", where=self.at(key), detail=detail("date_expected")) from exc
        check_year(result, self.at(key))
        return result

    def clock(self, key: str) -> time:
        value = self.text(key, 8, required=True)
        if not _CLOCK.fullmatch(value):
            raise KitFileError("bad_value", where=self.at(key), detail=detail("time_expected"))
        return time(int(value[:2]), int(value[3:]))

    def stamp(self, key: str) -> datetime | None:
        value = self.text(key, 40)
        if not value:
            return None
        try:
            result = datetime.fromisoformat(value)
        except ValueError as exc:
            raise KitFileError("bad_value", where=self.at(key), detail=detail("stamp_expected")) from exc
        check_year(result, self.at(key))
        return result


def check_known(where: str, uid: str, known: dict[str, Any], what: Reason) -> None:
    """*uid* must name one of *known* (a session's workshop, venue, facilitators…)."""
    if uid not in known:
        raise KitFileError("unknown_reference", where=where, detail=detail("reference", what=what, uid=uid))
