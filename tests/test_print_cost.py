"""What printing costs, checked without timing anything: only the faces a document sets are parsed, and read whole
into what reportlab's own face holds; a table cell's paragraph is laid out once per width, repeated paragraphs
share one layout and their drawing (and write the same page as reportlab's own paragraph), a paragraph without
markup gets the parser's fragments unparsed; ``tresse print`` collects garbage only between documents and gives
the collector back as it was; reportlab's C accelerator is the one in use when installed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.platypus import SimpleDocTemplate, Table

ROOT = Path(__file__).resolve().parent.parent

FACES = """
import json, sys
from desktop.printing import fonts
from desktop.printing.flowables import Paragraph
from desktop.printing.styles import styles
from reportlab.platypus import SimpleDocTemplate
fonts.register_fonts()
seen = [fonts.parsed_faces()]
s = styles()
SimpleDocTemplate(sys.argv[1]).build([Paragraph("Émargement <b>du mardi</b>", s.body)])
seen.append(fonts.parsed_faces())
SimpleDocTemplate(sys.argv[1]).build([Paragraph("<i>date à confirmer</i>", s.body)])
seen.append(fonts.parsed_faces())
print(json.dumps(seen))
"""


def test_only_the_faces_used_are_parsed(tmp_path):
    import json

    done = subprocess.run([sys.executable, "-c", FACES, str(tmp_path / "x.pdf")], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    registered, plain, italic = json.loads(done.stdout.strip().splitlines()[-1])
    assert registered == []  # registered, nothing read yet
    assert plain == ["DejaVuSans", "DejaVuSans-Bold"]
    assert italic == ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]


def test_a_cell_is_laid_out_once_per_width(tmp_path, monkeypatch):
    from reportlab.platypus import paragraph

    from desktop.printing.flowables import Paragraph
    from desktop.printing.fonts import register_fonts
    from desktop.printing.styles import styles

    register_fonts()
    calls = []
    real = paragraph.Paragraph.breakLines
    monkeypatch.setattr(paragraph.Paragraph, "breakLines", lambda self, widths: calls.append(self) or real(self, widths))
    cells = [[Paragraph(f"Marie Dupont, participante n° {i}", styles().cell)] for i in range(120)]
    SimpleDocTemplate(str(tmp_path / "t.pdf")).build([Table(cells, colWidths=[200], repeatRows=0)])
    assert len(calls) > 0
    assert len(calls) == len({id(c) for c in calls})  # measured, split across pages and drawn: one layout each


@pytest.mark.skipif(importlib.util.find_spec("_rl_accel") is None, reason="rl_accel not installed (macOS x86_64)")
def test_the_c_accelerator_is_used():
    from reportlab.lib import rl_accel

    # reportlab binds each function to _rl_accel's when it imports, to its _py_… fallback otherwise.
    assert not rl_accel.fp_str.__name__.startswith("_py_")
    assert not rl_accel.instanceStringWidthTTF.__name__.startswith("_py_")
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"


def test_repeated_paragraphs_share_one_layout_and_write_the_same_page(tmp_path, monkeypatch):
    from pypdf import PdfReader
    from reportlab.platypus import paragraph

    from desktop.printing.flowables import Paragraph
    from desktop.printing.fonts import register_fonts
    from desktop.printing.styles import styles

    register_fonts()
    texts = ["Marie Dupont", "<b>Présente</b> le matin", "Association de l'Île, Saint-Félicien"]

    def pdf(kind, name):
        rows = [[kind(texts[i % 3], styles().cell), kind(f"n° {i % 7}", styles().cell_bold)] for i in range(150)]
        SimpleDocTemplate(str(tmp_path / name), invariant=1).build([Table(rows, colWidths=[150, 60], repeatRows=1)])
        return [page.get_contents().get_data() for page in PdfReader(tmp_path / name).pages]

    reference = pdf(paragraph.Paragraph, "reportlab.pdf")  # reportlab's own paragraph, laid out and drawn each time
    laid, drawn = [], []
    real_break, real_draw = paragraph.Paragraph.breakLines, paragraph.Paragraph.drawPara
    monkeypatch.setattr(paragraph.Paragraph, "breakLines", lambda self, w: laid.append(1) or real_break(self, w))
    monkeypatch.setattr(paragraph.Paragraph, "drawPara", lambda self, d=0: drawn.append(1) or real_draw(self, d))
    ours = pdf(Paragraph, "tresse.pdf")
    assert len(ours) == len(reference) > 1 and ours == reference  # the same operators on every page
    assert len(laid) <= 3 + 7  # one layout per text, style and width
    assert len(drawn) < 30  # drawn once per text state, then its operators written again (300 cells)


def test_splitting_a_paragraph_leaves_the_shared_layout_as_it_was(tmp_path):
    from pypdf import PdfReader
    from reportlab.platypus import paragraph

    from desktop.printing.flowables import Paragraph
    from desktop.printing.fonts import register_fonts
    from desktop.printing.styles import styles

    register_fonts()
    text = " ".join(f"<b>Mot</b> numéro {i}," for i in range(400))  # longer than a page: split

    def pdf(kind, name):
        story = [kind(text, styles().body), kind(text, styles().body)]
        SimpleDocTemplate(str(tmp_path / name), invariant=1).build(story)
        return [page.get_contents().get_data() for page in PdfReader(tmp_path / name).pages]

    assert pdf(Paragraph, "tresse.pdf") == pdf(paragraph.Paragraph, "reportlab.pdf")


def test_a_paragraph_without_markup_has_the_parsers_fragments():
    from reportlab.platypus.paragraph import cleanBlockQuotedText
    from reportlab.platypus.paraparser import ParaParser

    from desktop.printing.flowables import Paragraph, plain_frags
    from desktop.printing.fonts import register_fonts
    from desktop.printing.styles import styles

    register_fonts()
    sheet = styles()
    texts = ["Marie Dupont", "  Association de l’Île,\n Saint-Félicien ", "9\u00a0h\u00a030 > 12 h", "Αλέξανδρος",
             "a", "x" * 300, "Tiers-lieu « La Forge »\u00a0: 07300 Tournon-sur-Rhône"]
    shared = [getattr(sheet, name) for name in dir(sheet)
              if id(getattr(sheet, name, None)) in sheet.shared_ids]
    assert len(shared) > 10
    for style in shared:
        for text in texts:
            cleaned = cleanBlockQuotedText(text)
            ours = plain_frags(cleaned, style)
            parsed_style, theirs, bullets = ParaParser().parse(cleaned, style)
            assert parsed_style is style and bullets is None
            assert [f.__dict__ for f in ours] == [f.__dict__ for f in theirs], (style.name, text)
            assert Paragraph(text, style).frags[0].__dict__ == theirs[0].__dict__
    for markup in ("<b>Présente</b>", "Dupont &amp; fils", "", "   "):
        assert plain_frags(cleanBlockQuotedText(markup), sheet.cell) is None  # the parser decides


def test_the_print_command_in_a_larger_process_sets_nothing_apart(tmp_path, monkeypatch):
    import gc

    from bench.generate import write_print_kit
    from desktop.__main__ import main

    monkeypatch.setenv("TRESSE_DATA_DIR", str(tmp_path / "data"))
    kit = write_print_kit(tmp_path / "kit.tresse", 1, 2)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()  # what the tests before set apart, if anything
    passes: list[int] = []
    watch = lambda phase, info: passes.append(info["generation"]) if phase == "start" else None  # noqa: E731
    gc.callbacks.append(watch)
    try:
        assert main(["print", str(kit), "-o", str(tmp_path / "out"), "--documents", "programme,emargement"]) == 0
    finally:
        gc.callbacks.remove(watch)
    assert passes == [0, 0, 0]  # before each of the two documents and after the last: none in the middle
    assert gc.isenabled() and gc.get_freeze_count() == frozen  # in a larger process nothing is set apart
    assert main(["print", str(tmp_path / "absent.tresse"), "-o", str(tmp_path / "out")]) == 2
    assert gc.isenabled() and gc.get_freeze_count() == frozen


FROZEN = """
import gc, json, sys
from desktop.__main__ import main
sys.argv = ["tresse", "print", sys.argv[1], "-o", sys.argv[2], "--documents", "programme"]
code = main()  # the process's own command line: it ends with the command
print(json.dumps([code, gc.isenabled(), gc.get_freeze_count() > 0, gc.get_count()[0] < 700]))
"""


def test_a_print_process_ends_with_its_objects_set_apart(tmp_path):
    import json
    import os

    from bench.generate import write_print_kit

    kit = write_print_kit(tmp_path / "kit.tresse", 1, 2)
    done = subprocess.run([sys.executable, "-c", FROZEN, str(kit), str(tmp_path / "out")], cwd=ROOT,
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "TRESSE_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0, done.stderr[-2000:]
    # the collector on, and the interpreter's last collection at exit with nothing to go over
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [0, True, True, True]


@pytest.mark.parametrize("whole_tables", [True, False])
def test_a_face_read_whole_is_the_face_reportlab_reads(monkeypatch, whole_tables):
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.printing import font_metrics
    from desktop.printing.fonts import FONT_FILES, font_path

    if not whole_tables:  # a character map of another format: reportlab reads it
        monkeypatch.setattr(font_metrics, "_READ", {})
    for name in FONT_FILES:
        theirs = TTFont(name, str(font_path(name)))
        ours = TTFont.__new__(TTFont)
        font_metrics.quick_font(ours, name, str(font_path(name)))
        assert isinstance(ours.face, font_metrics.QuickFace)
        assert sorted(vars(ours)) == sorted(vars(theirs))
        assert (ours.fontName, ours._asciiReadable, ours.shapable) == (theirs.fontName, theirs._asciiReadable,
                                                                      theirs.shapable)
        mine = {k: v for k, v in vars(ours.face).items() if k != "_pdfScale"}
        reportlabs = {k: v for k, v in vars(theirs.face).items() if k != "_pdfScale"}
        assert mine == reportlabs, name
        for attribute in ("charToGlyph", "glyphToChar", "charWidths"):  # and in the same order
            assert list(getattr(ours.face, attribute).items()) == list(getattr(theirs.face, attribute).items())
        assert ours.face._pdfScale(1234) == theirs.face._pdfScale(1234)
        assert ours.stringWidth("Émargement · 9 h 30", 10) == theirs.stringWidth("Émargement · 9 h 30", 10)
