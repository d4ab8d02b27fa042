"""The house table (printing/table.py) prints what reportlab's own table prints: a repeated row is measured once
and a repeated table drawn once per canvas, with the same pages, a long name still measured and printed whole.
And ``tresse print`` does not import what it does not use. Nothing here is timed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as ReportlabTable
from reportlab.platypus import tables as reportlab_tables

from desktop.printing import table as house
from desktop.printing.common import grid
from desktop.printing.flowables import Paragraph
from desktop.printing.fonts import register_fonts
from desktop.printing.styles import styles

ROOT = Path(__file__).resolve().parent.parent
LONG_NAME = ("<b>Delacroix-Montgolfier de La Tour-Maubourg-Saint-Romain-d'Ay</b> Marie-Thérèse-Bernadette "
             "Anne-Sophie")


@pytest.fixture(autouse=True)
def _fresh_heights():
    register_fonts()
    house._HEIGHTS.clear()
    yield
    house._HEIGHTS.clear()


def _letters(table_class) -> list:
    """Twelve « letters », each from the top of a page: a text, a space of one of three heights, then the same
    41-row table of dates (a long name wrapping on three lines among them), which splits across pages at one of
    three rows."""
    s = styles()
    story: list = []
    for letter in range(12):
        rows = [[Paragraph(t, s.cell_head) for t in ("Date", "Horaires", "Atelier")]]
        for i in range(40):
            name = LONG_NAME if i == 17 else f"Atelier n° {i}, gouvernance partagée"
            rows.append([Paragraph(f"mardi {i + 1} juin 2027", s.cell), "de 9 h à 12 h", Paragraph(name, s.cell)])
        table = table_class(rows, colWidths=[40 * mm, 30 * mm, 60 * mm], repeatRows=1, splitByRow=1, splitInRow=1)
        table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"), ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9)])
        story += [Paragraph(f"Bonjour, lettre {letter}.", s.body), Spacer(0, 30 * (letter % 3) * mm), table,
                  PageBreak()]
    return story[:-1]


def _pages(path: Path, story: list) -> list[bytes]:
    SimpleDocTemplate(str(path), invariant=1).build(story)
    return [page.get_contents().get_data() for page in PdfReader(path).pages]


def test_repeated_tables_print_as_reportlab_prints_them(tmp_path, monkeypatch):
    measured, drawn = [], []
    real_geom, real_draw = reportlab_tables.Table._listCellGeom, reportlab_tables.Table.draw
    monkeypatch.setattr(reportlab_tables.Table, "_listCellGeom",
                        lambda self, V, w, s, W=None, H=None, aH=72000:
                        (W is None and measured.append(1)) or real_geom(self, V, w, s, W, H, aH))
    monkeypatch.setattr(reportlab_tables.Table, "draw", lambda self: drawn.append(1) or real_draw(self))
    reference = _pages(tmp_path / "reportlab.pdf", _letters(ReportlabTable))
    parts, measures = len(drawn), len(measured)
    del drawn[:], measured[:]
    ours = _pages(tmp_path / "tresse.pdf", _letters(house.Table))
    assert len(ours) == len(reference) > 12 and ours == reference  # the same operators on every page
    assert measures >= 12 * 41 * 3 and len(measured) <= 41 * 3 * 2  # each row measured once, not once a letter
    assert parts > 12 and len(drawn) <= parts / 3  # a part drawn once (one of three splits), then written again


def test_a_long_name_in_a_row_of_minimum_height_is_measured_and_printed_whole(tmp_path):
    s = styles()
    row_height = 12 * mm  # as on the attendance sheet

    def sheet(name_style):
        rows = [["N°", "Nom et prénom", "Signature"]]
        rows += [[str(i), Paragraph(LONG_NAME if i == 2 else f"<b>Dupont</b> Marie {i}", name_style), ""]
                 for i in range(1, 5)]
        return grid(rows, [8 * mm, 50 * mm, 50 * mm], min_heights=[0] + [row_height] * 4)

    first, second = sheet(s.cell_name), sheet(s.cell_name)  # reportlab measures the first; the second takes it
    for table in (first, second):
        table.wrap(500, 800)
    assert second._rowHeights == first._rowHeights
    assert first._rowHeights[2] > row_height  # grown to hold the name, never cut to the row's height
    assert all(h == row_height for i, h in enumerate(first._rowHeights) if i not in (0, 2))
    SimpleDocTemplate(str(tmp_path / "sheet.pdf")).build([sheet(s.cell_name), Spacer(0, 10), sheet(s.cell_name)])
    text = " ".join(PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text().split()).replace("- ", "-")
    for word in ("Delacroix-Montgolfier", "Tour-Maubourg-Saint-Romain-d'Ay", "Marie-Thérèse-Bernadette",
                 "Anne-Sophie"):  # broken after its hyphens, every piece printed
        assert text.count(word) == 2, word


def test_rows_of_images_or_row_spans_are_measured_as_reportlab_measures_them():
    from desktop.printing.flowables import CheckBox

    s = styles()
    boxes = grid([["Oui", CheckBox()], ["Non", CheckBox()]], [30 * mm, 20 * mm])
    spans = grid([[Paragraph("A", s.cell), "x"], ["", "y"]], [30 * mm, 20 * mm], style=[("SPAN", (0, 0), (0, 1))])
    for table in (boxes, spans):
        table.wrap(500, 800)
    assert house._HEIGHTS == {}  # nothing of them kept: measured by reportlab every time


SUBPROCESS = """
import json, sys
from desktop.__main__ import main
code = main(["print", sys.argv[1], "-o", sys.argv[2]])
heavy = ("xml.sax.saxutils", "urllib.request", "http.client", "email.parser", "bidi",
         "desktop.storage.repositories")
print(json.dumps([code, [m for m in heavy if m in sys.modules]]))
"""


def test_the_print_command_imports_only_what_it_uses(tmp_path):
    import os

    from bench.generate import write_print_kit

    kit = write_print_kit(tmp_path / "kit.tresse", 1, 2)
    done = subprocess.run([sys.executable, "-c", SUBPROCESS, str(kit), str(tmp_path / "out")], cwd=ROOT,
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "TRESSE_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0, done.stderr[-2000:]
    code, imported = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0
    assert imported == []


def test_markup_escaping_is_xml_escaping():
    from xml.sax.saxutils import escape as xml_escape
    from xml.sax.saxutils import unescape as xml_unescape

    from desktop.printing.typography import escape, unescape

    for text in ("Dupont & fils <SCOP>", "a &amp; b", "&lt;déjà&gt;", "<img src='x'/>", "", "R&D > 3 < 4 &&"):
        assert escape(text) == xml_escape(text)
        assert unescape(text) == xml_unescape(text)
        assert unescape(escape(text)) == text
