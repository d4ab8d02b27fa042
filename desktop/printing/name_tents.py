"""Chevalets: table name tents, one per person, from an A4 sheet in landscape folded in two.

The name is printed twice, once on each half; the top half is turned upside down, so that once the sheet is
folded along the dotted line (and stood on the table like a tent) the name reads from both sides. The name is
set as large as fits (a long name wraps, then shrinks). Participants come first, then the facilitators, then two
blank tents for people who come without having enrolled. Nothing comes closer than 15 mm to an edge of the sheet.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame

from desktop.printing.common import SAFE_MARGIN, PageDecor, PrintContext, Target, build, document
from desktop.printing.flowables import Paragraph
from desktop.printing.fonts import BOLD, REGULAR
from desktop.printing.styles import INK, MUTED, RULE

DOCUMENT_TITLE = "Chevalets nominatifs"
PAGE = landscape(A4)
#: Blank tents at the end, to write on by hand.
BLANK_TENTS = 2
#: Space kept free on each side of the fold.
FOLD_CLEARANCE = 12 * mm
NAME_SIZES = (60, 54, 48, 42, 36, 32, 28, 24, 20, 17, 14, 12)


def half_box(page=PAGE) -> tuple[float, float, float, float]:
    """The box (x, y, width, height) where a name is set on the lower half; the upper half mirrors it."""
    width, height = page
    return (SAFE_MARGIN, SAFE_MARGIN, width - 2 * SAFE_MARGIN, height / 2 - SAFE_MARGIN - FOLD_CLEARANCE)


def _name_flowables(name: str, detail: str, width: float, height: float) -> list:
    """The name as large as fits the box, with the organisation in smaller type below."""
    detail_style = ParagraphStyle("tent-detail", fontName=REGULAR, fontSize=16, leading=20, alignment=TA_CENTER,
                                  textColor=MUTED, splitLongWords=1, spaceBefore=6)
    detail_paragraph = [Paragraph(detail, detail_style)] if detail else []
    detail_height = sum(p.wrap(width, height)[1] + 6 for p in detail_paragraph)
    paragraph = None
    # One line as long as the type stays large, then two lines, then whatever fits.
    for max_lines, smallest in ((1, 36), (2, 24), (3, 0)):
        for size in (x for x in NAME_SIZES if x >= smallest):
            style = ParagraphStyle("tent-name", fontName=BOLD, fontSize=size, leading=size * 1.15,
                                   alignment=TA_CENTER, textColor=INK, splitLongWords=1)
            paragraph = Paragraph(name, style)
            _, needed = paragraph.wrap(width, height)
            if needed + detail_height <= height and len(paragraph.blPara.lines) <= max_lines:
                return [paragraph] + detail_paragraph
    return [KeepInFrame(width, height, [paragraph] + detail_paragraph, mode="shrink")]


class TentSheet(Flowable):
    """One folded A4 landscape sheet: the page in full, drawn in the page's own coordinates.

    Args:
        name: the name, as paragraph markup (already escaped).
        detail: the line under it (organisation), as markup, or "".
    """

    def __init__(self, name: str, detail: str) -> None:
        super().__init__()
        self.name = name
        self.detail = detail

    def wrap(self, available_width, available_height):
        self.width, self.height = PAGE[0], PAGE[1] - 0.01
        return self.width, self.height

    def _name_block(self) -> list[tuple[Flowable, float, float]]:
        """The name's flowables, each with the height it takes and the y where it is drawn (lower half)."""
        x, y, width, height = half_box()
        if not self.name:
            return []
        content = _name_flowables(self.name, self.detail, width, height)
        heights = [f.wrapOn(self.canv, width, height)[1] + f.getSpaceBefore() for f in content]
        top = y + (height + sum(heights)) / 2
        placed = []
        for flowable, h in zip(content, heights):
            top -= h
            placed.append((flowable, x, top))
        return placed

    def draw(self) -> None:
        canvas = self.canv
        width, height = PAGE
        block = self._name_block()
        canvas.saveState()
        for flowable, x, y in block:  # the lower half, read from the front
            flowable.drawOn(canvas, x, y)
        canvas.translate(width, height)
        canvas.rotate(180)
        for flowable, x, y in block:  # the same, upside down on the upper half, read from the back
            flowable.drawOn(canvas, x, y)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(4, 3)
        canvas.line(SAFE_MARGIN, height / 2, width - SAFE_MARGIN, height / 2)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(SAFE_MARGIN, height / 2 + 2.5, "pliez ici")
        canvas.drawRightString(width - SAFE_MARGIN, height / 2 + 2.5, "pliez ici")
        canvas.restoreState()


def story(ctx: PrintContext) -> list:
    """A sheet per participant and facilitator, then the blank ones."""
    sheets: list = []
    for p in ctx.participants():
        sheets.append(TentSheet(ctx.text(p.full_name, "Le nom"), ctx.text(p.organisation, "Le nom de la structure")))
    for f in ctx.facilitators():
        sheets.append(TentSheet(ctx.text(f.name, "Le nom"), ctx.text(f.organisation or "Animation",
                                                                     "Le nom de la structure")))
    sheets += [TentSheet("", "") for _ in range(BLANK_TENTS)]
    return sheets


def build_name_tents(ctx: PrintContext, target: Target) -> None:
    """Write the name tents to *target*."""
    doc = document(target, ctx, DOCUMENT_TITLE, pagesize=PAGE, decor=PageDecor(numbered=False),
                   margins=(0, 0, 0, 0))
    build(doc, story(ctx), ctx)
