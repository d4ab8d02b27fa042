"""The funders' report as data files: CSV in the French spreadsheet dialect, and XLSX (see docs/report-format.md).

Both hold the same three tables, built once by :func:`tables`: « Indicateurs » (the whole, each kit, each territory,
each audience), « Séances » and « Participants ». A cell is text, a whole number, a :class:`~decimal.Decimal`, a
date or empty; nothing is a float until the spreadsheet file needs one.

Names come from other people and are hostile: in the XLSX every text is written with ``write_string`` in a
workbook opened with ``strings_to_formulas`` and ``strings_to_urls`` off, so « =HYPERLINK(…) » stays text; in the
CSV a text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is preceded by an apostrophe, which
spreadsheets show as text and do not print.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain.dates import short_date
from desktop.domain.hours import decimal_hours
from desktop.domain.kit import EVALUATION_QUESTIONS, SESSION_STATUS_LABELS
from desktop.domain.report import Figures, Report
from desktop.domain.vocabulary import AUDIENCES
from desktop.exchange.files import write_atomically

Cell = str | int | Decimal | date | None

#: Written where a rate cannot be given because presences are missing (never counted as absences).
TO_COMPLETE = "à compléter"
#: A territory or audience left empty.
NOT_GIVEN = "Non renseigné"
#: The formats a report can be saved as, by suffix.
FORMATS = ("pdf", "xlsx", "csv")

FIGURE_HEADERS = ("Niveau", "Nom", "Kits", "Séances prévues", "Séances réalisées", "Séances annulées",
                  "Heures réalisées", "Participants inscrits", "Participants présents", "Taux de présence (%)",
                  "Présences non saisies", "Évaluations", "Satisfaction (%)",
                  *(f"Moyenne « {key} » (sur 4)" for key in EVALUATION_QUESTIONS))
SESSION_HEADERS = ("Kit", "Date", "Début", "Fin", "Atelier", "Statut", "Heures", "Inscrits", "Présents",
                   "Taux de présence (%)", "Présences non saisies")
PARTICIPANT_HEADERS = ("Nom", "Prénom", "Structure", "Commune", "Kits", "Heures réalisées", "Heures suivies",
                       "Taux de présence (%)", "Présences non saisies")


@dataclass(frozen=True)
class Table:
    """One table of the report: a title, its column headers and its rows."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def rate_cell(rate: int | None, not_entered: int) -> Cell:
    """A whole percentage, « à compléter » when presences are missing, or empty when there is nothing to rate."""
    if not_entered:
        return TO_COMPLETE
    return rate


def hours_cell(minutes: int) -> Decimal:
    return decimal_hours(minutes)


def audience_label(key: str) -> str:
    return AUDIENCES.get(key, key) if key else NOT_GIVEN


def _figure_row(level: str, name: str, f: Figures) -> tuple[Cell, ...]:
    averages = dict(f.satisfaction)
    return (level, name or NOT_GIVEN, f.kits, f.planned, f.held, f.cancelled, f.hours_delivered, f.enrolled,
            f.attendees, rate_cell(f.attendance_rate, f.not_entered), f.not_entered, f.evaluations,
            f.satisfaction_rate,
            *(averages[key].average if key in averages else None for key in EVALUATION_QUESTIONS))


def tables(report: Report) -> tuple[Table, Table, Table]:
    """The report's three tables, in French."""
    figures = [_figure_row("Ensemble", "Tous les kits retenus", report.totals)]
    figures += [_figure_row("Kit", name, f) for name, f in report.by_kit]
    figures += [_figure_row("Territoire", name, f) for name, f in report.by_territory]
    figures += [_figure_row("Public", audience_label(key), f) for key, f in report.by_audience]
    sessions = [(s.kit, s.session.day, s.session.start.strftime("%H:%M"), s.session.end.strftime("%H:%M"), s.workshop,
                 SESSION_STATUS_LABELS[s.session.status], hours_cell(s.minutes), s.enrolled,
                 s.present if s.held else None, rate_cell(s.rate, s.not_entered), s.not_entered)
                for s in report.sessions]
    people = [(p.participant.last_name, p.participant.first_name, p.participant.organisation,
               p.participant.commune, ", ".join(p.kits), hours_cell(p.expected_minutes),
               hours_cell(p.attended_minutes), rate_cell(p.rate, p.not_entered), p.not_entered)
              for p in report.participants]
    return (Table("Indicateurs", FIGURE_HEADERS, tuple(figures)),
            Table("Séances", SESSION_HEADERS, tuple(sessions)),
            Table("Participants", PARTICIPANT_HEADERS, tuple(people)))


# -- CSV ----------------------------------------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: Cell) -> str:
    """One cell in the French spreadsheet dialect: decimal comma, dates JJ/MM/AAAA, hostile texts defused."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, int):
        return str(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def report_csv(report: Report) -> bytes:
    """The report as CSV bytes: UTF-8 with BOM, semicolons, CRLF, the tables one after another with a blank line
    and their title between them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for n, table in enumerate(tables(report)):
        if n:
            writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.headers)
        writer.writerows([csv_text(c) for c in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


# -- XLSX ---------------------------------------------------------------------------------------------------


def report_xlsx(report: Report) -> bytes:
    """The report as an XLSX workbook (one sheet per table), every text written as text."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                     "strings_to_numbers": False})
    book.set_properties({"title": "Bilan pour les financeurs", "creator": "Tresse",
                         "created": datetime(2000, 1, 1)})  # no clock in the file: the same report, the same bytes
    head = book.add_format({"bold": True, "bg_color": "#E9ECEE", "text_wrap": True, "valign": "top"})
    formats = {"date": book.add_format({"num_format": "dd/mm/yyyy"}), "hours": book.add_format({"num_format": "0.00"}),
               "average": book.add_format({"num_format": "0.0"})}
    for table in tables(report):
        sheet = book.add_worksheet(table.title)
        for col, header in enumerate(table.headers):
            sheet.write_string(0, col, header, head)
            sheet.set_column(col, col, max(10, min(40, len(header) + 2)))
        for r, row in enumerate(table.rows, start=1):
            for col, value in enumerate(row):
                _write_cell(sheet, r, col, value, formats)
        sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()


def _write_cell(sheet, row: int, col: int, value: Cell, formats: dict) -> None:
    if value is None:
        return
    if isinstance(value, Decimal):
        fmt = formats["average"] if value.as_tuple().exponent == -1 else formats["hours"]
        sheet.write_number(row, col, float(value), fmt)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, datetime.combine(value, datetime.min.time()), formats["date"])
    elif isinstance(value, int):
        sheet.write_number(row, col, value)
    else:
        sheet.write_string(row, col, value)


# -- writing ------------------------------------------------------------------------------------------------


def report_format(path: Path | str) -> str | None:
    """``pdf``, ``xlsx`` or ``csv`` from the file name's suffix, or ``None``."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def write_report_data(report: Report, path: Path | str) -> None:
    """Write the CSV or XLSX report to *path* atomically, owner-only (it names people)."""
    kind = report_format(path)
    if kind not in ("csv", "xlsx"):
        raise ValueError(f"not a data format: {path}")
    write_atomically(path, report_csv(report) if kind == "csv" else report_xlsx(report), private=True)
