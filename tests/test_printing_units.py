"""The printing layer's parts: the bundled font and its coverage, French typography and escaping, the geometry of
name tents and session cards, line breaking in narrow cells.
"""

from __future__ import annotations

import io
import math
import re
from datetime import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop import paths
from desktop.domain.kit import Kit, Session
from desktop.printing import fonts
from desktop.printing.common import SAFE_MARGIN, PrintContext, grid
from desktop.printing.flowables import Paragraph, break_at_hyphens
from desktop.printing.name_tents import FOLD_CLEARANCE, PAGE, half_box
from desktop.printing.session_cards import MARK_EXTENT, MARK_GAP, MARK_LENGTH, PER_PAGE, card_grid, crop_marks
from desktop.printing.styles import styles
from desktop.printing.typography import (
    NBSP, decimal, fr, french_spacing, join_words, percent, session_times, user_markup,
)

A4_WIDTH, A4_HEIGHT = 595.2756, 841.8898

# -- fonts --------------------------------------------------------------------------------------------------


def test_fonts_and_licence_are_bundled():
    folder = paths.fonts_dir()
    for file in fonts.FONT_FILES.values():
        assert (folder / file).stat().st_size > 100_000, file
    licence = (folder / fonts.LICENCE_FILE).read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence


def test_registration_is_idempotent():
    from reportlab.pdfbase import pdfmetrics

    fonts.register_fonts()
    fonts.register_fonts()
    registered = pdfmetrics.getRegisteredFontNames()
    for name in fonts.FONT_FILES:
        assert registered.count(name) == 1


def test_coverage_latin_greek_cyrillic_but_not_chinese():
    assert fonts.missing_glyphs("Œuvray Ça Ἀθῆναι Ελληνικά Кириллица Łódź Ñandú « » ’ – … €") == []
    assert fonts.missing_glyphs("王芳 et 王") == ["王", "芳"]
    assert fonts.printable("Café 王芳") == ("Café ??", True)
    assert fonts.printable("e\u0301te\u0301\r\nligne") == ("été\nligne", False)  # NFC, one kind of line break
    assert fonts.printable("a\u200db\ufe0fc\x07") == ("abc", False)  # invisible and control characters dropped


def test_missing_font_files_are_a_typed_error(monkeypatch, tmp_path):
    from reportlab.pdfbase import pdfmetrics

    monkeypatch.setattr(paths, "fonts_dir", lambda: tmp_path)
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])
    with pytest.raises(fonts.FontsMissing) as error:
        fonts.register_fonts()
    assert error.value.path == tmp_path / "DejaVuSans.ttf"


# -- typography ---------------------------------------------------------------------------------------------


def test_french_spaces():
    spaced = french_spacing("Durée : 3 h ; vraiment ? oui !")
    assert spaced == f"Durée{NBSP}: 3{NBSP}h{NBSP}; vraiment{NBSP}? oui{NBSP}!"
    assert french_spacing("«Outille ton projet»") == f"«{NBSP}Outille ton projet{NBSP}»"
    assert french_spacing("« déjà »") == f"«{NBSP}déjà{NBSP}»"
    assert french_spacing(french_spacing("« a » : b")) == french_spacing("« a » : b")  # idempotent
    assert french_spacing("http://x.fr &amp; a?b 9:30") == "http://x.fr &amp; a?b 9:30"  # nothing added
    assert french_spacing("06 12 34 56 78, 07300 Tournon") == f"06{NBSP}12{NBSP}34{NBSP}56{NBSP}78, 07300{NBSP}Tournon"
    assert fr("L'essentiel") == "L\u2019essentiel"


def test_user_text_is_escaped_before_typography():
    assert user_markup("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"
    assert user_markup('<img src="/etc/passwd"/>') == '&lt;img src="/etc/passwd"/&gt;'
    assert user_markup("Qui ? Quoi ;\nligne\tdeux") == f"Qui{NBSP}? Quoi{NBSP};<br/>ligne deux"


def test_words_numbers_and_times():
    assert join_words([]) == "" and join_words(["a"]) == "a" and join_words(["a", "b", "c"]) == "a, b et c"
    assert decimal(3.456) == "3,5" and decimal(4, 2) == "4,00"
    assert percent(2, 3) == f"67{NBSP}%"
    assert (percent(5, 8), percent(7, 8), percent(1, 8), percent(0, 0)) == (f"63{NBSP}%", f"88{NBSP}%", f"13{NBSP}%", "–")
    day = Session("s", "w", None, time(9), time(17), lunch_start=time(12, 30), lunch_end=time(13, 30))
    assert session_times(day).replace(NBSP, " ") == "de 9 h à 17 h (pause déjeuner de 12 h 30 à 13 h 30)"


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=80)


@settings(deadline=None, max_examples=150)
@given(_TEXT)
def test_any_text_parses_and_prints_verbatim(text):
    """Whatever a person types, reportlab's parser reads our markup back as exactly that text."""
    paragraph = Paragraph(user_markup(text), styles().body)
    parsed = "".join(getattr(f, "text", "") for f in paragraph.frags)

    def same(value: str) -> str:
        value = value.replace(NBSP, " ").replace("\u2019", "'")
        return re.sub(r"[\s\u00a0]+", "", value)

    assert same(parsed) == same(text)
    paragraph.wrap(40 * mm, 10_000)  # and lays out in a narrow cell without error


# -- line breaking ------------------------------------------------------------------------------------------


def test_over_long_compound_words_break_at_their_hyphens():
    narrow = 30 * mm
    assert break_at_hyphens("Salle de Saint-Rémy-de-Provence", narrow, 9.5) == "Salle de Saint-Rémy-de-<br/>Provence"
    assert break_at_hyphens("<b>Jean-François</b> Martin", narrow, 9.5) == "<b>Jean-François</b> Martin"
    paragraph = Paragraph("07300 Tournon-sur-Rhône-et-Saint-Jean-de-Muzols", styles().cell)
    paragraph.wrap(25 * mm, 1000)
    lines = ["".join(getattr(frag, "text", "") for frag in line.words) for line in paragraph.blPara.lines]
    assert lines[0] == "07300" and all(line.endswith("-") for line in lines[1:-1]), lines
    assert "".join(lines[1:]) == "Tournon-sur-Rhône-et-Saint-Jean-de-Muzols"


def test_long_words_in_tables_split_by_rows_and_inside_rows():
    ctx = PrintContext(kit=Kit("k", "Cycle"))
    word = "x" * 3000
    table = grid([[Paragraph("Nom", ctx.styles.cell_head)], [Paragraph(word, ctx.styles.cell)]], [40 * mm])
    assert isinstance(table, Table)
    width, height = table.wrap(40 * mm, 200 * mm)
    assert width <= 40 * mm + 1 and height > 200 * mm
    parts = table.split(40 * mm, 200 * mm)
    assert len(parts) >= 2


# -- geometry of the cut-out documents ----------------------------------------------------------------------


def test_session_cards_sit_on_a_grid_with_marks_at_every_corner():
    cards = card_grid()
    assert len(cards) == PER_PAGE == 8
    xs = sorted({round(x, 3) for x, _, _, _ in cards})
    ys = sorted({round(y, 3) for _, y, _, _ in cards})
    assert len(xs) == 2 and len(ys) == 4 and len({(round(w, 3), round(h, 3)) for _, _, w, h in cards}) == 1
    for x, y, w, h in cards:
        assert x - MARK_EXTENT >= SAFE_MARGIN - 0.01 and x + w + MARK_EXTENT <= A4_WIDTH - SAFE_MARGIN + 0.01
        assert y - MARK_EXTENT >= SAFE_MARGIN and y + h + MARK_EXTENT <= A4_HEIGHT - SAFE_MARGIN
        assert 70 * mm < w < 90 * mm and 45 * mm < h < 60 * mm
    marks = crop_marks(cards)
    assert len(marks) == 8 * 4 * 2
    for x1, y1, x2, y2 in marks:  # short, horizontal or vertical
        assert (x1 == x2 or y1 == y2) and math.isclose(abs(x2 - x1) + abs(y2 - y1), MARK_LENGTH)

    def starts_at(mark, cx: float, cy: float) -> bool:
        """The mark lies on a line through the corner, along an edge, MARK_GAP away from it."""
        x1, y1, x2, y2 = mark
        if y1 == y2 == cy:
            return math.isclose(min(abs(x1 - cx), abs(x2 - cx)), MARK_GAP)
        return x1 == x2 == cx and math.isclose(min(abs(y1 - cy), abs(y2 - cy)), MARK_GAP)

    for x, y, w, h in cards:
        for cx in (x, x + w):
            for cy in (y, y + h):
                assert len([m for m in marks if starts_at(m, cx, cy)]) == 2, (cx, cy)
    for x1, y1, x2, y2 in marks:  # no mark enters a card
        for x, y, w, h in cards:
            assert not (x < (x1 + x2) / 2 < x + w and y < (y1 + y2) / 2 < y + h)


def test_name_tent_halves_keep_clear_of_edges_and_fold():
    x, y, width, height = half_box()
    page_width, page_height = PAGE
    assert page_width > page_height
    assert x >= SAFE_MARGIN and y >= SAFE_MARGIN and x + width <= page_width - SAFE_MARGIN
    assert y + height <= page_height / 2 - FOLD_CLEARANCE + 0.01


def test_documents_write_to_a_file_object():
    from pypdf import PdfReader

    from desktop.printing.programme import build_programme

    buffer = io.BytesIO()
    build_programme(PrintContext(kit=Kit("k", "Cycle « Premiers pas »")), buffer)
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().replace(NBSP, " ")
    assert "Aucune séance n'est encore programmée" in text.replace("\u2019", "'")
