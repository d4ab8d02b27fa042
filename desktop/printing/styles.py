"""The one stylesheet of every printed document: DejaVu Sans throughout, sober colours that print well in grey.

Home printers are often black and white, so colour only ever underlines what the text already says; table
headers sit on a light grey that a toner printer renders cleanly.

Line breaking in narrow table cells: a compound word wider than its cell breaks at its hyphens first
(« Tournon-sur- / Rhône », see :class:`desktop.printing.common.Paragraph`: reportlab's own
``embeddedHyphenation`` drops the hyphens of words in bold); a word still wider than the cell (a
300-character string without spaces) is cut where it must (``splitLongWords``), so no text ever overflows a
cell or raises a layout error.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop.printing.fonts import BOLD, OBLIQUE, REGULAR, register_fonts

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e5f")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LIGHT = colors.HexColor("#e9ecee")
FAINT = colors.HexColor("#f5f6f7")


class Styles:
    """Named paragraph styles, all in the bundled font (attributes, so a typo fails loudly).

    Attributes:
        title: the document's main title.
        subtitle: the line under it.
        h1: a section heading (placed with :func:`desktop.printing.common.heading`).
        h2: a sub-heading.
        body: running text.
        small: notes, addresses.
        muted: secondary information in grey.
        cell: table cell text.
        cell_bold: table cell text in bold.
        cell_head: table header text.
        cell_center: centred table cell text.
        cell_head_center: centred table header text.
        cell_small: small table cell text.
        cell_name: a person's name in a roster row.
        cell_tiny: the smallest table cell text (a structure's name in a roster row).
        sheet_title: the title of an attendance sheet, in its header band.
        bullet: a bulleted list item.
        question: a worksheet question.
        signature: the text of a signature box.
        right: right-aligned small text.
        center: centred running text.
        italic: a fixed remark in oblique (never user text: the oblique faces cover fewer characters).
        shared_ids: the identities of these styles (see :class:`desktop.printing.flowables.Paragraph`).
    """

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("base", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=13.5,
                              textColor=INK, splitLongWords=1, allowWidows=0, allowOrphans=0, alignment=TA_LEFT)
        self.body = ParagraphStyle("body", parent=base, spaceAfter=5)
        self.title = ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=19, leading=24, textColor=ACCENT,
                                    spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16, textColor=MUTED,
                                       spaceAfter=10)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=13.5, leading=17, textColor=ACCENT,
                                 spaceBefore=12, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8,
                                 spaceAfter=3, keepWithNext=1)
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=BOLD)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=BOLD, fontSize=9, leading=11.5)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_head_center = ParagraphStyle("cell_head_center", parent=self.cell_head, alignment=TA_CENTER)
        self.cell_small = ParagraphStyle("cell_small", parent=self.cell, fontSize=8.5, leading=11)
        self.bullet = ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.question = ParagraphStyle("question", parent=base, fontName=BOLD, spaceBefore=6, spaceAfter=2,
                                       keepWithNext=1)
        self.sheet_title = ParagraphStyle("sheet_title", parent=base, fontName=BOLD, fontSize=15, leading=18,
                                          textColor=ACCENT, spaceAfter=1)
        self.cell_tiny = ParagraphStyle("cell_tiny", parent=self.cell, fontSize=7.5, leading=9)
        self.cell_name = ParagraphStyle("cell_name", parent=self.cell, fontSize=9, leading=11)
        self.signature = ParagraphStyle("signature", parent=base, fontSize=9.5, leading=12.5)
        self.right = ParagraphStyle("right", parent=self.small, alignment=TA_RIGHT)
        self.center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
        self.italic = ParagraphStyle("italic", parent=self.small, fontName=OBLIQUE, textColor=MUTED)
        #: identities of these styles (they live as long as the process): parsed paragraphs are cached per style.
        self.shared_ids = frozenset(id(v) for v in vars(self).values() if isinstance(v, ParagraphStyle))


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared stylesheet (built once, after the fonts are registered)."""
    return Styles()
