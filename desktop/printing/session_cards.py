"""Cartes de séance: small reminder cards to cut out, eight to an A4 sheet (two columns, four rows).

Each card gives the workshop, the date, the times and the venue of one session. The cards sit on a regular
grid with gutters; crop marks extend every card edge into the gutters and margins, at every corner, so that the
marks of neighbouring cards line up and a guillotine or a ruler finds the cut. Nothing comes closer than 15 mm to
an edge of the sheet. A participant takes one card per session: when the sessions fit on one sheet, the set is
repeated as many times as it fits whole. Without any session, the sheet holds cards to fill in by hand.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, KeepInFrame

from desktop.domain.kit import Session
from desktop.printing.common import SAFE_MARGIN, PrintContext, Target, build, document, page_decor
from desktop.printing.flowables import Paragraph
from desktop.printing.fonts import BOLD, REGULAR
from desktop.printing.styles import ACCENT, INK, MUTED
from desktop.printing.typography import fr, long_date, session_times

DOCUMENT_TITLE = "Cartes de séance"
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
MARK_GAP = 1.5 * mm
MARK_LENGTH = 3.5 * mm
MARK_EXTENT = MARK_GAP + MARK_LENGTH
GUTTER = 2 * MARK_EXTENT
#: The header and footer of the page stay clear of the grid.
HEADER_CLEARANCE = 22 * mm
PADDING = 4.5 * mm

Rect = tuple[float, float, float, float]
Segment = tuple[float, float, float, float]


def card_grid(page=A4) -> list[Rect]:
    """The cards' boxes (x, y, width, height), row by row from the top, left to right."""
    width, height = page
    left, right = SAFE_MARGIN + MARK_EXTENT, width - SAFE_MARGIN - MARK_EXTENT
    bottom, top = HEADER_CLEARANCE + MARK_EXTENT, height - HEADER_CLEARANCE - MARK_EXTENT
    card_w = (right - left - GUTTER * (COLUMNS - 1)) / COLUMNS
    card_h = (top - bottom - GUTTER * (ROWS - 1)) / ROWS
    return [(left + c * (card_w + GUTTER), top - (r + 1) * card_h - r * GUTTER, card_w, card_h)
            for r in range(ROWS) for c in range(COLUMNS)]


def crop_marks(cards: list[Rect]) -> list[Segment]:
    """Two short marks at every corner of every card, in line with its edges and outside it."""
    marks: list[Segment] = []
    for x, y, w, h in cards:
        for cx, dx in ((x, -1), (x + w, 1)):
            for cy, dy in ((y, -1), (y + h, 1)):
                marks.append((cx + dx * MARK_GAP, cy, cx + dx * MARK_EXTENT, cy))  # along the horizontal edge
                marks.append((cx, cy + dy * MARK_GAP, cx, cy + dy * MARK_EXTENT))  # along the vertical edge
    return marks


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "kit": ParagraphStyle("card-kit", fontName=REGULAR, fontSize=8, leading=10, textColor=MUTED,
                              splitLongWords=1),
        "title": ParagraphStyle("card-title", fontName=BOLD, fontSize=12.5, leading=15, textColor=ACCENT,
                                spaceBefore=2, spaceAfter=5, splitLongWords=1),
        "date": ParagraphStyle("card-date", fontName=BOLD, fontSize=11.5, leading=14.5, textColor=INK,
                               splitLongWords=1),
        "body": ParagraphStyle("card-body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK,
                               splitLongWords=1, spaceAfter=2),
        "contact": ParagraphStyle("card-contact", fontName=REGULAR, fontSize=8, leading=10, textColor=MUTED,
                                  splitLongWords=1, spaceBefore=3),
    }


def card_content(ctx: PrintContext, session: Session | None) -> list:
    """The paragraphs of one card (``None``: labels with room to write)."""
    st = _styles()
    out: list = []
    if ctx.kit.name:
        out.append(Paragraph(ctx.text(ctx.kit.name, "Le nom du programme"), st["kit"]))
    if session is None:
        blank = "……………………………………"
        out += [Paragraph(fr(f"{label} : {blank}"), st["body"]) for label in ("Atelier", "Date", "Horaires", "Lieu")]
        return out
    out.append(Paragraph(ctx.text(ctx.workshop_title(session), "Le titre de l'atelier"), st["title"]))
    out.append(Paragraph(long_date(session.day).capitalize(), st["date"]))
    out.append(Paragraph(fr(session_times(session)), st["body"]))
    venue = ctx.venue(session)
    if venue is not None:
        where = f"<b>{ctx.text(venue.name, 'Le nom du lieu')}</b>"
        address = ", ".join(ctx.text(x, "L'adresse") for x in (venue.address, venue.commune) if x)
        out.append(Paragraph(where + (f"<br/>{address}" if address else ""), st["body"]))
    contact = next((f for f in ctx.facilitators(session) if f.phone), None)
    if contact is not None:
        out.append(Paragraph(fr(f"En cas d'empêchement : {ctx.text(contact.name, 'Le nom')}, "
                                f"{ctx.text(contact.phone, 'Le téléphone')}"), st["contact"]))
    return out


class CardSheet(Flowable):
    """One A4 sheet of cards with its crop marks, drawn in the page's own coordinates.

    Args:
        cards: the content of each card (a list of flowables), at most :data:`PER_PAGE`; fewer leaves blanks.
    """

    def __init__(self, cards: list[list]) -> None:
        super().__init__()
        self.cards = cards

    def wrap(self, available_width, available_height):
        self.width, self.height = A4[0], A4[1] - 0.01
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        boxes = card_grid()
        for (x, y, w, h), content in zip(boxes, self.cards):
            frame = Frame(x, y, w, h, leftPadding=PADDING, rightPadding=PADDING, topPadding=PADDING,
                          bottomPadding=PADDING, showBoundary=0)
            frame.addFromList([KeepInFrame(w - 2 * PADDING, h - 2 * PADDING, content, mode="shrink")], canvas)
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.4)
        for x1, y1, x2, y2 in crop_marks(boxes):
            canvas.line(x1, y1, x2, y2)
        canvas.restoreState()


def story(ctx: PrintContext) -> list:
    """The sheets: the chosen sessions' cards in order, the set repeated while it fits whole on one sheet."""
    sessions = ctx.sessions()
    if not sessions:
        return [CardSheet([card_content(ctx, None) for _ in range(PER_PAGE)])]
    order: list[Session] = list(sessions)
    if len(order) <= PER_PAGE // 2:
        order = order * (PER_PAGE // len(order))
    sheets = []
    for start in range(0, len(order), PER_PAGE):
        sheets.append(CardSheet([card_content(ctx, s) for s in order[start:start + PER_PAGE]]))
    return sheets


def build_session_cards(ctx: PrintContext, target: Target) -> None:
    """Write the cards to *target*."""
    doc = document(target, ctx, DOCUMENT_TITLE, decor=page_decor(ctx, DOCUMENT_TITLE), margins=(0, 0, 0, 0))
    build(doc, story(ctx), ctx)
