"""Strict JSON for files from other people: what ``json.loads`` accepts but a kit file must not hold is refused.

``json.loads`` alone accepts repeated keys (the last wins, silently), ``NaN`` and ``Infinity``, numbers of
thousands of digits, ``1e999`` (infinity), lone surrogates (``"\\ud800"``, which no file can encode), NUL
characters, any nesting until the interpreter's recursion limit, and a few megabytes of ``[[],[],…]`` that fill
hundreds of megabytes of memory. :func:`load_json` refuses each of these with a
:class:`~desktop.exchange.errors.KitFileError` whose reason is stable (``bad_json``, ``bad_value``, ``too_deep``,
``too_many``, ``not_a_kit``, ``bad_encoding``) and whose ``where`` names the place when there is one.
"""

from __future__ import annotations

import json
import math
from typing import Any

from desktop.exchange.errors import KitFileError, detail

MAX_DEPTH = 12
#: Numbers longer than this (in characters) are refused: the format's largest is 2**31.
MAX_NUMBER_DIGITS = 20
#: Objects and lists, and values, a kit.json may hold: above what the list limits allow, far below what would
#: fill the memory (each empty object costs some 70 bytes of memory for 3 bytes of file).
MAX_CONTAINERS = 600_000
MAX_VALUES = 1_000_000


class _JsonProblem(ValueError):
    """A JSON text json.loads accepts but a kit file must not hold (a repeated key, NaN, a number of 40 digits)."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _JsonProblem("une clé apparaît deux fois dans un même objet")
    return obj


def _no_constant(name: str) -> Any:
    raise _JsonProblem(f"valeur « {name} » interdite")


def _integer(text: str) -> int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise _JsonProblem("nombre démesuré")
    return int(text)


def _decimal(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_DIGITS + 10 else math.inf
    if not math.isfinite(value):
        raise _JsonProblem("nombre démesuré")
    return value


def _place(path: tuple | None) -> str:
    """« sessions[3].notes » from the linked path (parent, key) built while walking the document."""
    steps: list[str] = []
    while path is not None:
        path, key = path
        steps.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "".join(reversed(steps)).lstrip(".") or "kit.json"


def _check_raw_text(text: str, path: tuple | None, key: Any, *, is_key: bool = False) -> None:
    """Refuse a NUL or a lone surrogate in a string; a field name's fault is placed on the object holding it."""
    problem = None
    if "\x00" in text:
        problem = detail("nul_character")
    elif not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            problem = detail("lone_surrogate")
    if problem:
        where = _place(path) if is_key else _place((path, key))
        raise KitFileError("bad_value", where=where, detail=detail("field_name", problem=problem) if is_key else problem)


def load_json(raw: bytes) -> dict[str, Any]:
    """Decode ``kit.json`` strictly into its top-level object.

    UTF-8 (a BOM is tolerated); no repeated key, no ``NaN`` or ``Infinity``, no number of more than
    ``MAX_NUMBER_DIGITS`` characters or out of the floating-point range; at most ``MAX_CONTAINERS`` objects and
    lists and ``MAX_VALUES`` values (counted on the bytes before parsing, so that a small file of ``[[],[],…]``
    cannot fill the memory); at most ``MAX_DEPTH`` levels deep; no NUL character and no lone surrogate in any
    string, keys included; a top level that is an object.

    Raises:
        KitFileError: ``bad_encoding``, ``too_many``, ``bad_json``, ``too_deep``, ``not_a_kit`` or ``bad_value``.
    """
    if raw.count(b"{") + raw.count(b"[") > MAX_CONTAINERS:
        raise KitFileError("too_many", where="kit.json", limit=f"{MAX_CONTAINERS:,} objets et listes".replace(",", " "))
    if raw.count(b",") >= MAX_VALUES:
        raise KitFileError("too_many", where="kit.json", limit=f"{MAX_VALUES:,} valeurs".replace(",", " "))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KitFileError("bad_encoding") from exc
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant,
                              parse_int=_integer, parse_float=_decimal)
    except RecursionError as exc:
        raise KitFileError("too_deep") from exc
    except json.JSONDecodeError as exc:
        raise KitFileError("bad_json", detail=detail("line_column", line=exc.lineno, column=exc.colno)) from exc
    except _JsonProblem as exc:
        raise KitFileError("bad_json", detail=str(exc)) from exc
    except ValueError as exc:  # what the hooks did not foresee
        raise KitFileError("bad_json", detail=detail("unreadable_value")) from exc
    if not isinstance(document, dict):
        shown = {type(None): "null", bool: "boolean", int: "number", float: "number", str: "text",
                 list: "list"}.get(type(document), "value")
        raise KitFileError("not_a_kit", detail=detail("not_an_object", found=detail(f"found_{shown}")))
    stack: list[tuple[Any, int, tuple | None]] = [(document, 1, None)]
    while stack:
        value, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            raise KitFileError("too_deep")
        for key, child in value.items() if isinstance(value, dict) else enumerate(value):
            if isinstance(key, str) and (not key.isascii() or "\x00" in key):
                _check_raw_text(key, path, key, is_key=True)
            if isinstance(child, str):
                if not child.isascii() or "\x00" in child:
                    _check_raw_text(child, path, key)
            elif isinstance(child, (dict, list)):
                stack.append((child, depth + 1, (path, key)))
    return document
