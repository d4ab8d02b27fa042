"""Typed errors of the exchange layer (kit files, participant CSV files).

Each error carries a stable ``reason`` key (for the UI, the command line and the tests) and the values its sentence
needs (``params``); :attr:`ExchangeError.said` is that fact as a :class:`~desktop.domain.reason.Reason`
(``kitfile.too_big``, ``csv.empty``…) whose French wording, written for facilitators who are not technical, lives in
``domain/wording.py``. ``message`` and ``str(error)`` are that sentence in French (the command line, the log); the
interface translates ``said``. Texts given as values often come from the refused file itself (a member name, a
generator): they are made printable (:func:`terminal_safe`) and shortened before they reach the sentence, so that no
error can carry a control character to a window or a terminal.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.reason import Reason
from desktop.domain.wording import WORDS, french
from desktop.exchange.untrusted import terminal_safe

_MAX_VALUE = 200


def readable_size(size: int) -> Reason:
    """A size as the sentences show it: « 20 Mo », « 512 octets »."""
    if size >= 1024 * 1024:
        return Reason.of("label.megabytes", size=size // (1024 * 1024))
    return Reason.of("label.bytes", n=size)


def expected(kind: str) -> Reason:
    """What a field of a kit file should have held: ``text``, ``object``, ``integer``, ``boolean``, ``list``."""
    return Reason.of(f"kitfile.expected_{kind}")


def detail(key: str, **values: Any) -> Reason:
    """The detail of a refusal (``kitdetail.<key>`` of ``domain/wording.py``): « texte vide », « de 1 à 4 »…"""
    return Reason.of(f"kitdetail.{key}", **values)


def _printable(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    value = terminal_safe(value)
    return value if len(value) <= _MAX_VALUE else value[:_MAX_VALUE - 1] + "…"


class ExchangeError(Exception):
    """A file given to Tresse, or to be written by it, cannot be used.

    Attributes:
        reason: a stable key (the keys ``<PREFIX>.<reason>`` of ``domain/wording.py``).
        params: the values the sentence uses (``where``, ``limit``, ``detail``…).
        said: the reason and its values, for the interface to word.
        message: the French sentence, for the command line and the log.
    """

    PREFIX = "kitfile"

    def __init__(self, reason: str, **params: Any) -> None:
        self.reason = reason
        self.params = {key: _printable(value) for key, value in params.items()}
        key = f"{self.PREFIX}.{reason}"
        self.said = Reason.of(key if key in WORDS else f"{self.PREFIX}.default", **self.params)
        self.message = french(self.said)
        super().__init__(self.message)


class KitFileError(ExchangeError):
    """A kit file (``.tresse``) is refused: not a kit, damaged, too new, too big or inconsistent.

    Attributes:
        where: the place in ``kit.json`` concerned (``sessions[3].start``), or ``""``.

    Reasons: ``unreadable``, ``not_a_file``, ``too_big``, ``not_a_zip``, ``corrupt``,
    ``too_many_members``, ``directory_too_big``, ``inconsistent_archive``, ``unsafe_member``,
    ``unsupported_method``, ``no_kit_json``, ``bad_encoding``, ``bad_json``, ``too_deep``, ``not_a_kit``,
    ``too_new``, ``missing_field``, ``bad_type``, ``bad_value``, ``bad_uid``, ``duplicate``, ``unknown_reference``,
    ``out_of_range``, ``too_long``, ``too_many``.
    """

    PREFIX = "kitfile"

    @property
    def where(self) -> str:
        return str(self.params.get("where", ""))


class KitWriteError(ExchangeError):
    """A kit could not be exported; nothing was written.

    Attributes:
        cause: for ``invalid_kit``, the :class:`KitFileError` the kit would have raised on reading.

    Reasons: ``invalid_kit``, ``image_unreadable``, ``image_too_big``, ``image_format``, ``cannot_write``.
    """

    PREFIX = "kitwrite"

    def __init__(self, reason: str, cause: KitFileError | None = None, **params: Any) -> None:
        if cause is not None:
            params.setdefault("where", cause.where)
            params.setdefault("detail", cause.said)
        super().__init__(reason, **params)
        self.cause = cause


class CsvImportError(ExchangeError):
    """A participants CSV file is refused as a whole; nothing is imported.

    Reasons: ``unreadable``, ``not_a_file``, ``too_big``, ``spreadsheet``, ``not_text``, ``empty``,
    ``no_name_column``, ``too_many_rows``; ``not_csv`` is kept for callers, the parser no longer raises it (a
    record the CSV reader cannot read is a row error).
    """

    PREFIX = "csv"
