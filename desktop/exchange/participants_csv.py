"""Participants as CSV: read the lists French spreadsheets write, write lists they open correctly.

Import (:func:`parse_participants`) accepts what Excel and LibreOffice produce in France: semicolons, commas or
tabs between cells; UTF-8 with or without BOM, UTF-16 with BOM (Excel's « Texte Unicode ») or Windows-1252;
French or English column titles in any case, with or without accents, spaces and punctuation; a title line or two
above the header; one « Nom complet » column instead of « Prénom » and « Nom ». It imports nothing itself: it
returns a :class:`CsvPreview` (the participants read, the rows refused with their reason, the columns understood)
so that the caller shows it and imports every valid row or nothing. A file that cannot be a participants list
(binary, a spreadsheet file, no name column, too many rows) raises :class:`~desktop.exchange.errors.CsvImportError`
before any row is turned into a participant.

Export (:func:`export_participants`) writes the French spreadsheet dialect (semicolons, UTF-8 with BOM, CRLF),
protects cells against formula injection with a leading apostrophe that import removes again, and re-imports
identically. :func:`email_list` gives the addresses to paste into a mail program. The rules are in
``docs/kit-format.md`` (section « Participants en CSV »).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.kit import NAME_MAX, TEXT_MAX, Participant, new_uid
from desktop.domain.people import person_key
from desktop.domain.text import fold
from desktop.domain.reason import Reason
from desktop.domain.wording import french
from desktop.exchange.csvtext import Record, decode, records, width
from desktop.exchange.errors import CsvImportError, readable_size
from desktop.exchange.untrusted import NotARegularFile, clean_controls, read_regular_file

#: A CSV file with more participant rows than this is refused whole.
MAX_PARTICIPANTS = 2_000
#: A CSV file bigger than this is refused before it is decoded.
MAX_BYTES = 8 * 1024 * 1024
#: The header is the first row naming a name column among this many non-blank rows (title lines may come first).
HEADER_ROWS = 5

FIELDS = ("first_name", "last_name", "organisation", "commune", "email", "phone", "notes")
HEADERS = ("Prénom", "Nom", "Structure", "Commune", "Courriel", "Téléphone", "Notes")
FIELD_LABELS = dict(zip(FIELDS, HEADERS)) | {"full_name": "Nom complet"}
LIMITS = dict.fromkeys(FIELDS, NAME_MAX) | {"notes": TEXT_MAX}

_ALIASES = {
    **dict.fromkeys(("prenom", "prenoms", "firstname", "givenname", "forename"), "first_name"),
    **dict.fromkeys(("nom", "noms", "nomdefamille", "nomdusage", "lastname", "surname", "familyname"), "last_name"),
    **dict.fromkeys(("structure", "nomdelastructure", "organisation", "organization", "organisme", "projet",
                     "nomduprojet", "entreprise", "association", "societe", "company"), "organisation"),
    **dict.fromkeys(("commune", "ville", "town", "city", "localite"), "commune"),
    **dict.fromkeys(("email", "mail", "courriel", "adressemail", "adresseemail", "adressecourriel",
                     "adresseelectronique", "emailaddress", "mel"), "email"),
    **dict.fromkeys(("telephone", "tel", "portable", "mobile", "phone", "telephoneportable", "telportable",
                     "numerodetelephone", "phonenumber", "mobilephone"), "phone"),
    **dict.fromkeys(("notes", "note", "remarques", "remarque", "commentaire", "commentaires", "comment",
                     "comments", "observations"), "notes"),
    **dict.fromkeys(("nomcomplet", "fullname", "name", "participant", "participante", "nomprenom", "nometprenom",
                     "prenomnom", "prenometnom", "identite"), "full_name"),
}
_LAST_FIRST = {"nomprenom", "nometprenom"}
_PARTICLES = {"de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "di", "da", "del", "della", "dos",
              "ben", "el"}
_DELIMITERS = (";", ",", "\t")
_SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_EMAIL = re.compile(r"[^\s@<>,;:\"()\[\]\\]+@[^\s@<>,;:\"()\[\]\\.]+(\.[^\s@<>,;:\"()\[\]\\.]+)+")
_RISKY = re.compile(r"'*[=+\-@\t\r]")
_PROTECTED = re.compile(r"'+[=+\-@\t\r]")
_NOT_IN_DISPLAY_NAME = re.compile(r"[;,<>\"\\()\[\]:@]")


@dataclass(frozen=True)
class Column:
    """One column of the file and what it fills.

    Attributes:
        index: position in the row, from 0.
        header: the title as the file writes it.
        field: the participant field it fills (``first_name``, ``last_name``, ``organisation``, ``commune``,
            ``email``, ``phone``, ``notes``), ``full_name`` for a « Nom complet » column split into first and
            last name, or None when the column is ignored.
    """

    index: int
    header: str
    field: str | None


@dataclass(frozen=True)
class RowError:
    """A row that cannot be imported.

    Attributes:
        line: the row number as the spreadsheet shows it (the header's row included, blank rows counted).
        reason: a stable key: ``empty_name``, ``too_long``, ``invalid_email``, ``stray_quote`` (a quote opened and
            not closed: the row is not read, and the rows after it are read on their own) or ``field_count``
            (more or fewer cells than the header).
        said: the reason with its values (``csvrow.…`` keys of ``domain/wording.py``), for the window to word.
        cells: the row's cells as read, to show them.
    """

    line: int
    reason: str
    said: Reason
    cells: tuple[str, ...]

    @property
    def message(self) -> str:
        """The reason in French (« Le nom est vide. »), for the command line."""
        return french(self.said)


@dataclass(frozen=True)
class CsvPreview:
    """What a participants CSV file holds, for the import dialog to show before anything is imported.

    Attributes:
        participants: the valid rows, as participants with new uids, in file order.
        lines: the row number of each participant, in the same order.
        errors: the rows refused, with their reason.
        columns: every column of the header and the field it fills.
        encoding: ``utf-8``, ``utf-8-sig`` (UTF-8 with BOM), ``utf-16`` or ``cp1252``.
        delimiter: ``;``, ``,`` or a tab.
        header_line: the row number of the header (1 unless title lines come first).
        undecodable_lines: when a UTF-8 file holds a few bytes that are not UTF-8 (under 1 % of its accented
            characters), the rows where they stood, each replaced by « \ufffd »; empty otherwise.
    """

    participants: tuple[Participant, ...]
    lines: tuple[int, ...]
    errors: tuple[RowError, ...]
    columns: tuple[Column, ...]
    encoding: str
    delimiter: str
    header_line: int
    undecodable_lines: tuple[int, ...] = ()

    @property
    def mapping(self) -> dict[str, str]:
        """Header → field, for the columns used."""
        return {c.header: c.field for c in self.columns if c.field}

    @property
    def ignored_columns(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns if c.field is None)

    @property
    def ok(self) -> bool:
        """True when every non-blank row is a valid participant."""
        return not self.errors


# -- import -----------------------------------------------------------------------------------------------------


def read_participants_file(path: Path | str) -> CsvPreview:
    """:func:`parse_participants` on a file, read only if it is a regular file and within ``MAX_BYTES``.

    Raises:
        CsvImportError: ``not_a_file``, ``unreadable``, or any reason of :func:`parse_participants`.
    """
    try:
        data = read_regular_file(path, MAX_BYTES)
    except NotARegularFile as exc:
        raise CsvImportError("not_a_file", path=Path(path).name) from exc
    except OSError as exc:
        raise CsvImportError("unreadable", detail=exc.strerror or str(exc)) from exc
    return parse_participants(data)


def parse_participants(data: bytes) -> CsvPreview:
    """Read a participants CSV file into a preview; nothing is imported.

    Raises:
        CsvImportError: the file as a whole is refused (``too_big``, ``spreadsheet``, ``not_text``, ``empty``,
            ``no_name_column``, ``too_many_rows``).
    """
    data = bytes(data)
    if len(data) > MAX_BYTES:
        raise CsvImportError("too_big", limit=readable_size(MAX_BYTES))
    if data.startswith(_SPREADSHEET_MAGIC):
        raise CsvImportError("spreadsheet")
    text, encoding, lossy = decode(data)
    if not text.strip():
        raise CsvImportError("empty")
    delimiter, header_line, columns = _find_header(text)
    columns_width = width(c.header for c in columns)
    accept = _multiline_accepted(columns, columns_width)

    kept: list[Record] = []
    for record in records(text, delimiter, accept):  # one streaming pass: a huge file stops at the 2,001st row,
        if record.row <= header_line or not "".join(record.cells).strip():  # before any participant is built
            continue
        kept.append(record)
        if len(kept) > MAX_PARTICIPANTS:
            raise CsvImportError("too_many_rows", limit=MAX_PARTICIPANTS)
    participants: list[Participant] = []
    lines: list[int] = []
    errors: list[RowError] = []
    damaged: list[int] = []
    for record in kept:
        if lossy and any("\ufffd" in c for c in record.cells):
            damaged.append(record.row)
        result = _fault(record, columns_width, delimiter) or _row(record.cells, columns)
        if isinstance(result, Participant):
            participants.append(result)
            lines.append(record.row)
        else:
            reason, message = result
            errors.append(RowError(record.row, reason, message, tuple(record.cells)))
    if not participants and not errors:
        raise CsvImportError("empty")
    return CsvPreview(tuple(participants), tuple(lines), tuple(errors), columns, encoding, delimiter, header_line,
                      tuple(damaged))


def already_present(participants: Iterable[Participant], existing: Iterable[Participant] = ()) -> tuple[int, ...]:
    """The positions in *participants* of people already in *existing* or earlier in *participants* itself.

    « The same person » is :func:`desktop.domain.people.person_key`: the same e-mail address when one is given,
    otherwise the same folded family and first names. Importing a list, then the same list again, finds every row
    of the second time; a list that names someone twice finds the second row.
    """
    seen = {person_key(p) for p in existing}
    found = []
    for i, participant in enumerate(participants):
        key = person_key(participant)
        if key in seen:
            found.append(i)
        seen.add(key)
    return tuple(found)


def _multiline_accepted(columns: tuple[Column, ...], expected: int) -> Callable[[list[str]], bool]:
    """Whether a record spanning several lines is genuine: as many cells as the header, and line breaks only in
    the notes or in ignored columns (an address)."""
    single_line = [c.index for c in columns if c.field not in (None, "notes")]

    def accept(cells: list[str]) -> bool:
        if width(cells) > expected or len(cells) < expected:
            return False
        return not any(i < len(cells) and ("\n" in cells[i] or "\r" in cells[i]) for i in single_line)

    return accept


def _fault(record: Record, expected: int, delimiter: str) -> tuple[str, Reason] | None:
    """Why a record cannot be a row of the table (a quote left open, a wrong number of cells), or None."""
    if record.fault == "stray_quote":
        return "stray_quote", Reason.of("csvrow.stray_quote")
    found = width(record.cells)
    if found > expected or len(record.cells) < expected:
        count = found if found > expected else len(record.cells)
        if '"' in record.first_line:
            return "stray_quote", Reason.of("csvrow.quote_splits", n=count, expected=expected)
        shown = Reason.of("csvrow.tab") if delimiter == "\t" else Reason.of("csvrow.separator", separator=delimiter)
        return "field_count", Reason.of("csvrow.field_count", n=count, expected=expected, separator=shown)
    return None


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(header))


def _columns(cells: list[str]) -> tuple[Column, ...]:
    fields = [_ALIASES.get(_norm(h)) for h in cells]
    if "last_name" in fields:
        fields = [None if f == "full_name" else f for f in fields]
    elif "full_name" in fields:
        first = fields.index("full_name")
        fields = [None if f == "full_name" and i != first else f for i, f in enumerate(fields)]
        if "first_name" in fields:  # « Name » beside « First name » is the family name
            fields[first] = "last_name"
    return tuple(Column(i, h.strip(), f) for i, (h, f) in enumerate(zip(cells, fields)))


def _find_header(text: str) -> tuple[str, int, tuple[Column, ...]]:
    """The delimiter, header row and columns that understand the most columns, a name column among them."""
    best = None
    for rank, delimiter in enumerate(_DELIMITERS):
        seen = 0
        for record in records(text, delimiter):
            line, cells = record.row, record.cells
            if not "".join(cells).strip():
                continue
            columns = _columns(cells)
            if any(c.field in ("last_name", "full_name") for c in columns):
                score = (sum(1 for c in columns if c.field), -rank)
                if best is None or score > best[0]:
                    best = (score, delimiter, line, columns)
                break
            seen += 1
            if seen >= HEADER_ROWS:
                break
    if best is None:
        raise CsvImportError("no_name_column", found=_found_columns(text))
    return best[1], best[2], best[3]


def _found_columns(text: str) -> str:
    first = next((line for line in io.StringIO(text) if line.strip()), "").rstrip("\r\n")
    cells = max((next(csv.reader([first], delimiter=d), []) for d in _DELIMITERS), key=len)
    shown = [f"« {c.strip()[:30]} »" for c in cells[:12] if c.strip()]
    return (", ".join(shown) + (", …" if len(cells) > 12 else "")) or "aucune"


def _clean(raw: str, multiline: bool) -> str:
    if multiline:
        value = clean_controls(raw, multiline=True).strip()
    else:
        value = " ".join(clean_controls(raw, multiline=False).split())
    return value[1:] if _PROTECTED.match(value) else value


def _row(cells: list[str], columns: tuple[Column, ...]) -> Participant | tuple[str, Reason]:
    values = dict.fromkeys(FIELDS, "")
    full, last_first = "", False
    for column in columns:
        if column.field is None or column.index >= len(cells):
            continue
        value = _clean(cells[column.index], multiline=column.field == "notes")
        if column.field == "full_name":
            full, last_first = value, _norm(column.header) in _LAST_FIRST
        elif value and not values[column.field]:
            values[column.field] = value
    if full:
        values["first_name"], values["last_name"] = split_full_name(full, last_first=last_first)
    if not values["last_name"]:
        return "empty_name", Reason.of("csvrow.empty_name")
    for name, limit in LIMITS.items():
        if len(values[name]) > limit:
            return "too_long", Reason.of("csvrow.too_long", column=FIELD_LABELS[name], limit=limit)
    email = values["email"]
    if email.casefold().startswith("mailto:"):
        email = values["email"] = email[7:].strip()
    if email and not _EMAIL.fullmatch(email):
        return "invalid_email", Reason.of("csvrow.invalid_email", email=email[:60])
    if re.fullmatch(r"[1-9]\d{8}", values["phone"]):  # a spreadsheet ate the leading 0 of a French number
        values["phone"] = "0" + values["phone"]
    return Participant(uid=new_uid(), **values)


def split_full_name(text: str, *, last_first: bool = False) -> tuple[str, str]:
    """(first name, last name) from one « full name » cell.

    Words in capitals are the family name (« DUPONT Marie », « Anne DE LA TOUR »); otherwise the last word with
    the particles before it (« Jean-Pierre de La Fontaine »), or the first word if *last_first* (a « Nom Prénom »
    column). A single word is a family name.
    """
    words = text.split()
    if len(words) < 2:
        return "", text.strip()
    capitals = [w for w in words if sum(ch.isalpha() for ch in w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        return " ".join(w for w in words if w not in capitals), " ".join(capitals)
    if last_first:
        return " ".join(words[1:]), words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


# -- export -----------------------------------------------------------------------------------------------------


def _protect(value: str) -> str:
    """A leading apostrophe before what a spreadsheet would run as a formula (=, +, -, @, tab, carriage return)."""
    return "'" + value if _RISKY.match(value) else value


def export_participants(participants: Iterable[Participant]) -> bytes:
    """The participants as a CSV file for French spreadsheets: ``;``, UTF-8 with BOM, CRLF, French headers."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for p in participants:
        writer.writerow([_protect(getattr(p, name)) for name in FIELDS])
    return buffer.getvalue().encode("utf-8-sig")


def email_list(participants: Iterable[Participant]) -> str:
    """« Prénom Nom <adresse> » for each participant with an address, joined by « ; ».

    The semicolon is what Outlook expects by default, and Thunderbird splits pasted recipients on it as well.
    Characters that would break the list in a display name (``; , < > "``…) become spaces; empty addresses are
    skipped and an address given twice is listed once.
    """
    seen: set[str] = set()
    entries = []
    for p in participants:
        address = p.email.strip()
        if not address or address.casefold() in seen:
            continue
        seen.add(address.casefold())
        name = " ".join(_NOT_IN_DISPLAY_NAME.sub(" ", p.full_name).split())
        entries.append(f"{name} <{address}>" if name else address)
    return "; ".join(entries)
