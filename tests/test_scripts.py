"""Arabic and Hebrew: shaped (letters joined) and in reading order; every other paragraph left unshaped."""

from __future__ import annotations

import re
from dataclasses import replace

from pypdf import PdfReader

from desktop.domain.kit import Participant
from desktop.printing.flowables import Paragraph
from desktop.printing.pack import build_pack
from desktop.printing.scripts import needs_shaping, shaped_style, visual_words
from desktop.printing.styles import styles
from test_printing import STRUCTURE, make_kit

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def test_only_paragraphs_that_need_it_are_shaped():
    s = styles()
    assert not getattr(Paragraph("Marie Dupont", s.cell).style, "shaping", 0)
    assert Paragraph("محمد بن علي", s.cell).style.shaping == 1
    assert Paragraph("שרה לוי", s.italic).style.fontName == s.body.fontName  # no Arabic in the oblique face
    assert shaped_style(shaped_style(s.cell)) is shaped_style(s.cell)
    assert needs_shaping("Ελένη Смирнова") is False


def test_right_to_left_words_are_put_in_reading_order():
    assert visual_words("Marie Dupont") == "Marie Dupont"
    assert visual_words("محمد علي") == "علي محمد"  # the first word read is the rightmost
    assert visual_words("Association جمعية الأمل (Lyon)") == "Association الأمل جمعية (Lyon)"
    assert visual_words("שרה לוי\nline two") == "לוי שרה\nline two"


def test_arabic_names_print_joined_on_the_sheets(tmp_path):
    kit = make_kit()
    people = (Participant("a1", "بن علي", "محمد", "جمعية الأمل"), *kit.participants[1:])
    build_pack(replace(kit, participants=people), STRUCTURE, tmp_path, documents={"emargement", "convocations"})
    for name in ("feuilles-emargement.pdf", "convocations.pdf"):
        text = " ".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)
        assert PRESENTATION_FORMS.search(text), name  # joined forms, not the isolated letters
