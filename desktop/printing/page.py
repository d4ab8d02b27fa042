"""The A4 page template: margins every home printer can print, the running header and the « page X / Y » footer.

The page template keeps 18 mm side margins and draws nothing closer than 15 mm to an edge. Its running header
names the issuing structure and the document; its footer names the kit and says « page X / Y ». A file may hold
several documents in a row (one attendance sheet per session, one certificate per participant): each begins with
a :class:`~desktop.printing.flowables.Section` marker, and the page numbers count within each section, so a
two-page attendance sheet says « page 1 / 2 » and « page 2 / 2 » wherever it sits in the file. The totals are
known because the canvas keeps its pages until it saves, then draws the footers.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import IO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from desktop import __version__
from desktop.printing.context import PrintContext
from desktop.printing.fonts import BOLD, REGULAR
from desktop.printing.styles import MUTED, RULE
from desktop.printing.typography import apostrophes, fr

PAGE_WIDTH, PAGE_HEIGHT = A4
#: No ink closer than this to any edge of the sheet.
SAFE_MARGIN = 15 * mm
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 25 * mm
BOTTOM_MARGIN = 23 * mm
#: Width of the text frame on a portrait page.
CONTENT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN

Target = str | os.PathLike[str] | IO[bytes]


# -- page template ------------------------------------------------------------------------------------------


@dataclass
class PageDecor:
    """What the header and footer say. Empty strings draw nothing.

    Attributes:
        header_left: the structure's name.
        header_right: the document's title.
        footer_left: the kit's name.
        numbered: draw « page X / Y ».
    """

    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    numbered: bool = True

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        half = (width - 2 * SIDE_MARGIN) / 2 - 3 * mm
        header_left, header_right, footer_left = (apostrophes(x) for x in (self.header_left, self.header_right,
                                                                            self.footer_left))
        if header_left or header_right:
            y = height - SAFE_MARGIN - 8
            canvas.setFont(BOLD, 8)
            canvas.drawString(SIDE_MARGIN, y, _fit(header_left, BOLD, 8, half))
            canvas.setFont(REGULAR, 8)
            canvas.drawRightString(width - SIDE_MARGIN, y, _fit(header_right, REGULAR, 8, half))
            canvas.line(SIDE_MARGIN, y - 4, width - SIDE_MARGIN, y - 4)
        y = SAFE_MARGIN + 2
        canvas.setFont(REGULAR, 8)
        if footer_left:
            canvas.drawString(SIDE_MARGIN, y, _fit(footer_left, REGULAR, 8, half))
        if self.numbered:
            canvas.drawRightString(width - SIDE_MARGIN, y, f"page {page} / {pages}")
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """*text* cut with « … » so that it fits *width*."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PagedCanvas(Canvas):
    """A canvas that holds its pages until it saves, then draws headers and footers knowing the page counts.

    It also turns each :class:`~desktop.printing.flowables.Section` into an entry of the PDF's outline (the
    viewer's bookmarks: one per participant, per session…), and asks at every page whether to stop.

    Args:
        decor: what the header and footer say.
        context: the print context, for cancellation.
    """

    def __init__(self, *args, decor: PageDecor, context: PrintContext, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._context = context
        self._held_pages: list[dict] = []
        self.tresse_section = 0
        self.tresse_bookmark = None

    def showPage(self) -> None:  # reportlab's name
        self._context.check_cancelled()
        self._held_pages.append(dict(self.__dict__))
        self.tresse_bookmark = None
        self._startPage()

    def save(self) -> None:
        held = self._held_pages
        totals = Counter(state["tresse_section"] for state in held)
        seen: Counter = Counter()
        for number, state in enumerate(held):
            self.__dict__.update(state)
            section = state["tresse_section"]
            seen[section] += 1
            if state["tresse_bookmark"]:
                key = f"section-{number}"
                self.bookmarkPage(key)
                self.addOutlineEntry(state["tresse_bookmark"], key, level=0)
            self._decor.draw(self, seen[section], totals[section])
            Canvas.showPage(self)
        if len(totals) > 1:
            self.showOutline()
        Canvas.save(self)


def page_decor(ctx: PrintContext, title: str, *, numbered: bool = True, header: bool = True) -> PageDecor:
    """The usual header and footer: structure and document title above, kit name and page number below."""
    return PageDecor(header_left=ctx.plain(ctx.structure.name, "Le nom de la structure") if header else "",
                     header_right=title if header else "",
                     footer_left=ctx.plain(ctx.kit.name, "Le nom du programme"), numbered=numbered)


def document(target: Target, ctx: PrintContext, title: str, *, pagesize=A4, decor: PageDecor | None = None,
             margins: tuple[float, float, float, float] | None = None) -> BaseDocTemplate:
    """A document template with the house margins and the PDF's metadata (title, author, subject)."""
    left, right, top, bottom = margins or (SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN)
    kit_name = " ".join(ctx.kit.name.split())
    doc = BaseDocTemplate(
        target if not isinstance(target, os.PathLike) else os.fspath(target),
        pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=f"{title} – {kit_name}" if kit_name else title, author=ctx.author(),
        subject=f"{title} du programme « {kit_name} »" if kit_name else title,
        creator=f"Tresse {__version__}", lang="fr-FR", showBoundary=0, initialFontName=REGULAR, initialFontSize=10,
        initialLeading=12,
    )
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])
    doc.tresse_decor = decor if decor is not None else page_decor(ctx, title)
    return doc


_BUILD_LOCK = threading.Lock()


def build(doc: BaseDocTemplate, story: list, ctx: PrintContext) -> None:
    """Lay the story out and write the file.

    The streams are zlib-compressed without the ASCII85 layer reportlab adds by default (a setting it only
    reads from its global configuration, hence the lock): files are a fifth smaller and written faster.
    """
    ctx.check_cancelled()
    with _BUILD_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            doc.build(story, canvasmaker=partial(PagedCanvas, decor=doc.tresse_decor, context=ctx))
        finally:
            rl_config.useA85 = saved
