"""The funders' report's files: CSV bytes in the French dialect, the XLSX read back (zip + XML) with a hostile
name kept as text, and the one-page PDF read back with pypdf."""

from __future__ import annotations

import re
import stat
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop.domain.report import build_report
from desktop.exchange.report import report_csv, report_xlsx, write_report_data
from tests.report_helpers import bocage, mayenne

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.fixture
def report():
    return build_report([bocage(), mayenne()])


def test_csv_is_the_french_spreadsheet_dialect(report):
    data = report_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == "Indicateurs"
    assert lines[1].startswith("Niveau;Nom;Kits;Séances prévues;Séances réalisées;Séances annulées;Heures réalisées")
    # the whole: 2 kits, 4 planned, 3 held, 1 cancelled, 13,00 h, 4 enrolled, 4 present, rate to complete
    # (Chloé's afternoon), 1 not entered, 3 evaluations, 73 % satisfied, averages 2,7 / 3,0 / 3,7 / 3,0.
    assert lines[2] == ("Ensemble;Tous les kits retenus;2;4;3;1;13,00;4;4;à compléter;1;3;73;2,7;3,0;3,7;3,0")
    assert "Public;Élus et agents;1;1;1;0;3,00;2;2;100;0;0;;;;;" in lines
    sessions = lines.index("Séances")
    assert lines[sessions - 1] == "" and lines[sessions + 2] == (
        "Bocage en transition;12/01/2027;09:00;12:00;Formuler son idée;Réalisée;3,00;3;2;56;0")
    # the name that looks like a formula is defused with an apostrophe (and quoted for its own quotes)
    assert any(line.startswith('"\'=HYPERLINK(""http://x"")";Chloé;') for line in lines)


def _sheet(book: zipfile.ZipFile, n: int) -> list[list[str]]:
    strings = [si.findtext("m:t", namespaces=NS) or "".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
               for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    root = ElementTree.fromstring(book.read(f"xl/worksheets/sheet{n}.xml"))
    rows = []
    for row in root.iter(f"{{{NS['m']}}}row"):
        cells = []
        for c in row.findall("m:c", NS):
            assert c.find("m:f", NS) is None, "no formula in a report"
            value = c.findtext("m:v", namespaces=NS)
            cells.append(strings[int(value)] if c.get("t") == "s" else value)
        rows.append(cells)
    return rows


def test_xlsx_reads_back_and_keeps_a_formula_name_as_text(report, tmp_path):
    path = tmp_path / "bilan.xlsx"
    write_report_data(report, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # names are personal data
    with zipfile.ZipFile(path) as book:
        names = re.findall(r'name="([^"]+)"', book.read("xl/workbook.xml").decode())
        assert names[:3] == ["Indicateurs", "Séances", "Participants"]
        figures, sessions, people = _sheet(book, 1), _sheet(book, 2), _sheet(book, 3)
    assert figures[1][:9] == ["Ensemble", "Tous les kits retenus", "2", "4", "3", "1", "13", "4", "4"]
    assert figures[1][9] == "à compléter"
    assert sessions[1][0] == "Bocage en transition" and sessions[1][1] == "46399"  # 12/01/2027 as a serial date
    chloe = next(r for r in people if r[1] == "Chloé")
    assert chloe[0] == '=HYPERLINK("http://x")'  # a shared string, not a formula (checked in _sheet)
    assert report_xlsx(report) == path.read_bytes()  # no clock inside: the same report gives the same file


def test_csv_written_atomically_and_owner_only(report, tmp_path):
    path = tmp_path / "bilan.csv"
    write_report_data(report, path)
    assert path.read_bytes() == report_csv(report) and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in Path(tmp_path).iterdir()] == ["bilan.csv"]


def test_pdf_is_one_page_with_the_figures(report, tmp_path):
    from pypdf import PdfReader

    from desktop.commands import save_report

    path = tmp_path / "bilan.pdf"
    assert save_report(report, path) == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pages = PdfReader(path).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())
    for words in ("Bilan pour les financeurs", "3 sur 4 prévues (1 annulée)", "13,00 h",
                  "4 personnes inscrites", "à compléter (1 présence non saisie)", "73 % de notes 3 ou 4",
                  "Heures réalisées par mois", "Bocage vendéen", "Élus et agents"):
        assert words.replace(" ", "") in text.replace(" ", ""), words


def test_pdf_stays_on_one_page_with_many_kits(tmp_path):
    from dataclasses import replace

    from pypdf import PdfReader

    from desktop.commands import save_report

    kits = [replace(bocage(), uid=f"k{n}", name=f"Kit numéro {n} au nom assez long pour passer à la ligne",
                    territory=f"Territoire {n} " + "très long " * 8, audience=(f"public-{n}" + " long" * 12,))
            for n in range(30)]
    path = tmp_path / "bilan.pdf"
    save_report(build_report(kits), path)
    text = PdfReader(path).pages[0].extract_text()
    assert len(PdfReader(path).pages) == 1 and "25 autres dans le tableur" in " ".join(text.split())


def test_the_chart_is_by_month_then_by_year(tmp_path):
    from dataclasses import replace
    from datetime import date, time

    from pypdf import PdfReader

    from desktop.commands import save_report
    from desktop.domain.kit import Session, SessionStatus

    def spread(months: int):
        sessions = tuple(Session(f"x{n}", "w1", date(2027 + n // 12, n % 12 + 1, 5), time(9), time(12),
                                 status=SessionStatus.HELD) for n in range(months))
        return build_report([replace(bocage(), sessions=sessions, attendances=(), evaluations=())])

    for months, heading, label in ((20, "Heures réalisées par mois", "août 28"), (30, "Heures réalisées par année",
                                                                                  "2029")):
        path = tmp_path / f"{months}.pdf"
        save_report(spread(months), path)
        reader = PdfReader(path)
        text = reader.pages[0].extract_text()
        assert len(reader.pages) == 1 and heading in text and label in text


def test_csv_cells_in_the_french_dialect():
    from datetime import date

    from desktop.exchange.report import csv_text

    assert [csv_text(v) for v in ("+33 6", "-x", "@SUM(A1)", "\tx", "=1+1", "Dupré")] == [
        "'+33 6", "'-x", "'@SUM(A1)", "'\tx", "'=1+1", "Dupré"]
    assert (csv_text(Decimal("3.50")), csv_text(Decimal("2.7")), csv_text(12), csv_text(None)) == ("3,50", "2,7",
                                                                                                    "12", "")
    assert csv_text(date(2027, 1, 5)) == "05/01/2027"
