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
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

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


_LINE_END = re.compile(r"\r\n|\r|\n")
_SHOWN = 1_000  # characters of a faulty line kept to show it


class Record(NamedTuple):
    """One record of the file: its row number, its cells, where it starts in the text, and what is wrong with it.

    A tuple (not a dataclass) because a file of 4 million « ; » lines makes as many of them.
    """

    row: int
    cells: list[str]
    start: int
    text: str
    fault: str | None = None

    @property
    def first_line(self) -> str:
        """The record's first physical line, as written in the file."""
        return self.text[self.start:_line_end(self.text, self.start)].rstrip("\r\n")


def _line_end(text: str, start: int) -> int:
    match = _LINE_END.search(text, start)
    return len(text) if match is None else match.end()


def records(text: str, delimiter: str, accept: Callable[[list[str]], bool] | None = None) -> Iterator[Record]:
    """Every record, blank ones included, numbered as a spreadsheet numbers its rows.

    A record may span several physical lines inside quotes (notes with line breaks). When it does and *accept*
    refuses it (or there is no *accept*: before the header), or when it holds a cell too long for the CSV reader
    (128 KB), a quote was left open: the record is reported with the fault ``stray_quote`` and reading starts
    again on the next physical line, so that no row is swallowed.
    """
    source = io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter, skipinitialspace=True)
    row = 0
    while True:
        start, lines_before = source.tell(), reader.line_num
        try:
            cells: list[str] | None = next(reader)
        except StopIteration:
            return
        except csv.Error:  # a cell over the reader's 128 KB: a quote opened and never closed, in practice
            cells = None
        row += 1
        if cells is None or reader.line_num - lines_before > 1 and (accept is None or not accept(cells)):
            end = _line_end(text, start)
            source.seek(end)
            yield Record(row, [text[start:min(end, start + _SHOWN)].rstrip("\r\n")], start, text, "stray_quote")
        else:
            yield Record(row, cells, start, text)


def width(cells: Iterable[str]) -> int:
    """The number of cells, trailing blank ones not counted."""
    values = list(cells)
    while values and not values[-1].strip():
        values.pop()
    return len(values)
