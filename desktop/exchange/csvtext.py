"""CSV text from other people: the encoding guessed with care, records that a stray quote cannot merge.

:func:`decode` turns the bytes of a spreadsheet's CSV export into text: UTF-16 when it starts with its BOM, UTF-8
when it is UTF-8, UTF-8 with « \ufffd » in place of a few bad bytes (under ``LOSSY_UTF8_SHARE`` of its non-ASCII
sequences: one damaged byte must not turn every « é » of the file into « Ã© »), otherwise Windows-1252.

:func:`records` reads the text as CSV records numbered as a spreadsheet numbers its rows. A record may span lines
inside quotes; when such a record is not acceptable to the caller, a quote was left open by mistake: the record is
reported as a fault and reading starts again on the next line, so that the rows after a stray quote are read as
themselves instead of disappearing into one cell.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from desktop.exchange.errors import CsvImportError

#: Below this share of undecodable bytes among the non-ASCII sequences, a file is UTF-8 with a few damaged bytes.
LOSSY_UTF8_SHARE = 0.01


def decode(data: bytes) -> tuple[str, str, bool]:
    """The text, its encoding and whether a few undecodable bytes were replaced.

    UTF-16 if it has a BOM; else UTF-8 (BOM or not); else, when the undecodable bytes are under
    ``LOSSY_UTF8_SHARE`` of the non-ASCII sequences, UTF-8 with « \ufffd » in their place; else Windows-1252.
    """
    lossy = False
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, encoding = data.decode("utf-16"), "utf-16"
        elif b"\x00" in data:
            raise CsvImportError("not_text")
        else:
            encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("utf-8-sig", errors="replace")
                bad = text.count("\ufffd") - data.count("\ufffd".encode())
                non_ascii = len(text) - len(text.encode("ascii", "ignore"))
                lossy = bad < LOSSY_UTF8_SHARE * non_ascii
                if not lossy:
                    text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise CsvImportError("not_text") from exc
    text = text.rstrip("\x1a")  # the end-of-file mark of old DOS exports
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    if "\x00" in text or controls > max(8, len(sample) // 1000):
        raise CsvImportError("not_text")
    return text, encoding, lossy


@dataclass(frozen=True)
class Record:
    """One record of the file: its row number, its cells, its first physical line, and what is wrong with it."""

    row: int
    cells: list[str]
    first_line: str
    fault: str | None = None


class _Lines:
    """The physical lines of the text, handed to the CSV reader one by one; ``pos`` can be moved back."""

    def __init__(self, text: str) -> None:
        self.lines = io.StringIO(text, newline="").readlines()
        self.pos = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def records(text: str, delimiter: str, accept: Callable[[list[str]], bool] | None = None) -> Iterator[Record]:
    """Every record, blank ones included, numbered as a spreadsheet numbers its rows.

    A record may span several physical lines inside quotes (notes with line breaks). When it does and *accept*
    refuses it (or there is no *accept*: before the header), a quote was left open: the record is reported with the
    fault ``stray_quote`` and reading starts again on the next physical line, so that no row is swallowed.
    """
    feed = _Lines(text)
    reader = csv.reader(feed, delimiter=delimiter, skipinitialspace=True)
    row = 0
    while True:
        first = feed.pos
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CsvImportError("not_csv", detail=f"ligne {row + 1}") from exc
        row += 1
        first_line = feed.lines[first].rstrip("\r\n")
        if feed.pos - first > 1 and (accept is None or not accept(cells)):
            feed.pos = first + 1
            yield Record(row, [first_line], first_line, "stray_quote")
        else:
            yield Record(row, cells, first_line)


def width(cells: Iterable[str]) -> int:
    """The number of cells, trailing blank ones not counted."""
    values = list(cells)
    while values and not values[-1].strip():
        values.pop()
    return len(values)
