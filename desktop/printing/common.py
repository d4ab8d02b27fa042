"""What every document shares: the print context, the A4 page template, tables and common blocks.

The page template keeps 18 mm side margins and draws nothing closer than 15 mm to an edge, which every home
printer can print. Its running header names the issuing structure and the document; its footer names the kit
and says « page X / Y ». A file may hold several documents in a row (one attendance sheet per session, one
certificate per participant): each begins with a :class:`~desktop.printing.flowables.Section` marker, and the
page numbers count within each section, so a two-page attendance sheet says « page 1 / 2 » and « page 2 / 2 »
wherever it sits in the file. The totals are known because the canvas keeps its pages until it saves, then
draws the footers.

User text never goes straight into a ``Paragraph``: :meth:`PrintContext.text` replaces what the font cannot
draw (and records a French warning), escapes it and applies French typography.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import IO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, Image, PageTemplate, Table, TableStyle

from desktop import __version__
from desktop.domain.catalogue import Workshop
from desktop.domain.kit import Facilitator, IssuingStructure, Kit, Participant, Session, Venue
from desktop.domain.paperwork import Paperwork, effective_paperwork
from desktop.printing.flowables import EuEmblem, Paragraph
from desktop.printing.scripts import visual_words
from desktop.printing.fonts import BOLD, REGULAR, missing_glyphs, printable, register_fonts
from desktop.printing.styles import FAINT, LIGHT, MUTED, RULE, styles
from desktop.printing.typography import apostrophes, fr, time_range, user_markup
from desktop.domain.reason import Reason
from desktop.domain.wording import printed_text

PAGE_WIDTH, PAGE_HEIGHT = A4
#: No ink closer than this to any edge of the sheet.
SAFE_MARGIN = 15 * mm
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 25 * mm
BOTTOM_MARGIN = 23 * mm
#: Width of the text frame on a portrait page.
CONTENT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN

Target = str | os.PathLike[str] | IO[bytes]


class PrintCancelled(Exception):
    """The person cancelled the printing; no finished PDF was left behind."""


@dataclass
class PrintContext:
    """Everything a document needs besides its own content, and where warnings gather.

    Attributes:
        kit: the kit to print.
        structure: the issuing structure (name, address, logos, signatory).
        venues_by_uid: the shared venues the kit refers to, by uid.
        facilitators_by_uid: the shared facilitators the kit refers to, by uid.
        session_uids: when not ``None``, the per-session documents print only these sessions.
        cancelled: asked at every page; when it returns True the build stops with :class:`PrintCancelled`.
        today: the date printed on certificates.
        warnings: reasons (``print.…`` keys of ``domain/wording.py``) for the person, each once, in order.
        paperwork: the kit's paperwork as it prints (:func:`~desktop.domain.paperwork.effective_paperwork`: the
            kit's own texts, else the structure's defaults); documents read it here, never from the kit.
    """

    kit: Kit
    structure: IssuingStructure = field(default_factory=IssuingStructure)
    venues_by_uid: dict[str, Venue] = field(default_factory=dict)
    facilitators_by_uid: dict[str, Facilitator] = field(default_factory=dict)
    session_uids: set[str] | None = None
    cancelled: Callable[[], bool] | None = None
    today: date = field(default_factory=date.today)
    warnings: list[Reason] = field(default_factory=list)
    _replaced: set[str] = field(default_factory=set, repr=False)
    _images: dict[str, tuple[int, int] | None] = field(default_factory=dict, repr=False)
    paperwork: Paperwork = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.paperwork = effective_paperwork(self.kit.paperwork, self.structure)
        register_fonts()
        self.styles = styles()
        self._check_glyphs()

    # -- warnings and cancellation --------------------------------------------------------------------------

    def warn(self, message: Reason) -> None:
        """Record a warning once."""
        if message not in self.warnings:
            self.warnings.append(message)

    def check_cancelled(self) -> None:
        """Raise :class:`PrintCancelled` if the person asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise PrintCancelled()

    # -- user text ------------------------------------------------------------------------------------------

    def plain(self, value: str, what: str = "Le texte") -> str:
        """User text made printable for a canvas (no markup): what the font lacks becomes « ? ».

        Texts of the kit and the structure were checked once, when the context was made (one warning per
        name, not one per document); any other text with such characters gets its warning here.

        Args:
            value: the text as typed.
            what: how a warning names it (« Le nom », « Le titre de l'atelier »…).
        """
        text, replaced = printable(value or "")
        if replaced and value not in self._replaced:
            self._warn_glyphs(value, what)
        return text

    def _warn_glyphs(self, value: str, what: str) -> None:
        self._replaced.add(value)
        shown = " ".join(value.split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        self.warn(Reason.of("print.glyphs", what=printed_text(what), text=shown))

    def _check_glyphs(self) -> None:
        """Warn once for every text of the kit and the structure that has characters the font lacks."""
        kit, st = self.kit, self.structure
        texts: list[tuple[str, str]] = [
            ("Le nom du programme", kit.name), ("Le territoire", kit.territory), ("Le département", kit.departement),
            ("La mention des financeurs", kit.funders_mention), ("La mention des partenaires", kit.partners_mention),
            ("Le nom de la structure", st.name), ("L'adresse de la structure", st.address),
            ("Le nom du signataire", st.signatory_name), ("La fonction du signataire", st.signatory_role),
            ("La mention des financeurs", st.funders_mention),
        ]
        for p in kit.participants:
            texts += [("Le nom", p.full_name), ("La structure", p.organisation), ("La commune", p.commune)]
            self._replaced.update((p.first_name, p.last_name))  # named through the full name
        for f in self.all_facilitators():
            texts += [("Le nom", f.name), ("La structure", f.organisation), ("Le téléphone", f.phone),
                      ("L'adresse électronique", f.email)]
        for v in self.all_venues():
            texts += [("Le lieu", v.name), ("L'adresse", v.address), ("La commune", v.commune),
                      ("Les indications d'accès", v.access_notes), ("L'équipement", v.equipment)]
        for kw in kit.workshops:
            w = kw.workshop
            texts.append(("Le titre de l'atelier", w.title))
            texts += [("Le texte de l'atelier", x) for x in (w.summary, *w.objectives, *w.key_points,
                                                            *w.worksheet, *w.resources)]
            for segment in w.segments:
                texts += [("Le déroulé de l'atelier", x) for x in (segment.title, segment.description)]
        texts += [("Le commentaire", e.comment) for e in kit.evaluations]
        for what, value in texts:
            if value and value not in self._replaced and missing_glyphs(value):
                self._warn_glyphs(value, what)

    def text(self, value: str, what: str = "Le texte") -> str:
        """User text as safe paragraph markup (printable, right-to-left words in reading order, escaped, French
        typography)."""
        return user_markup(visual_words(self.plain(value, what)))

    def para(self, value: str, style=None, what: str = "Le texte") -> Paragraph:
        """A paragraph of user text."""
        return Paragraph(self.text(value, what), style or self.styles.body)

    def fixed(self, markup: str, style=None) -> Paragraph:
        """A paragraph of our own French text (markup allowed; user parts already went through :meth:`text`)."""
        return Paragraph(fr(markup), style or self.styles.body)

    # -- the kit, seen from a session -----------------------------------------------------------------------

    def sessions(self, *, selected: bool = True) -> list[Session]:
        """Sessions not cancelled, in time order; only those chosen for printing when *selected*."""
        found = [s for s in self.kit.sessions if s.is_active]
        if selected and self.session_uids is not None:
            found = [s for s in found if s.uid in self.session_uids]
        return sorted(found, key=lambda s: (s.day, s.start, s.uid))

    def chosen_workshops(self) -> list:
        """The kit's workshops in order; only those of the chosen sessions when sessions are chosen."""
        workshops = list(self.kit.workshops)
        if self.session_uids is not None:
            chosen = {s.kit_workshop_uid for s in self.sessions()}
            workshops = [kw for kw in workshops if kw.uid in chosen]
        return workshops

    def workshop(self, session: Session) -> Workshop | None:
        kw = self.kit.kit_workshop(session.kit_workshop_uid)
        return kw.workshop if kw else None

    def workshop_title(self, session: Session) -> str:
        w = self.workshop(session)
        return w.title if w else "Atelier"

    def venue(self, session: Session) -> Venue | None:
        return self.venues_by_uid.get(session.venue_uid) if session.venue_uid else None

    def facilitators(self, session: Session | None = None) -> list[Facilitator]:
        """The session's facilitators, or the kit's when the session names none."""
        uids = (session.facilitator_uids if session else ()) or self.kit.facilitator_uids
        return [f for f in (self.facilitators_by_uid.get(u) for u in uids) if f is not None]

    def team(self) -> list[Facilitator]:
        """The kit's own facilitators, or everyone the kit refers to when it names none."""
        return self.facilitators() or self.all_facilitators()

    def all_facilitators(self) -> list[Facilitator]:
        """Every facilitator the kit knows (its own and its sessions')."""
        return list(self.facilitators_by_uid.values())

    def all_venues(self) -> list[Venue]:
        """Every venue the kit refers to."""
        return list(self.venues_by_uid.values())

    def venues(self, sessions: Iterable[Session]) -> list[Venue]:
        """The venues of *sessions*, each once, in the order they first appear."""
        found: list[Venue] = []
        for session in sessions:
            venue = self.venue(session)
            if venue is not None and venue not in found:
                found.append(venue)
        return found

    def participants(self) -> list[Participant]:
        """Participants sorted by last name, then first name, as a French reader expects."""
        return sorted(self.kit.participants, key=lambda p: (p.sort_name, p.uid))

    def funders_mention(self) -> str:
        return self.kit.funders_mention or self.structure.funders_mention

    def author(self) -> str:
        return self.structure.name or "Tresse"

    # -- images ---------------------------------------------------------------------------------------------

    def image(self, path: str, max_width: float, max_height: float) -> Image | None:
        """A logo scaled to fit the box, or ``None`` (with a warning) if the file cannot be read."""
        if not path:
            return None
        if path not in self._images:
            try:
                size = ImageReader(path).getSize()
            except Exception:  # any unreadable file: missing, not an image, truncated
                size = None
                self.warn(Reason.of("print.logo_unreadable", path=path))
            self._images[path] = size
        size = self._images[path]
        if not size or not size[0] or not size[1]:
            return None
        width, height = size
        scale = min(max_width / width, max_height / height)
        return Image(path, width=width * scale, height=height * scale, hAlign="LEFT")


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


# -- shared flowables ---------------------------------------------------------------------------------------


def heading(markup: str, style, room: float = 35 * mm) -> list:
    """A section heading that starts a new page unless *room* is left below it for what follows.

    (A heading kept « with next » would drag a whole long table to the next page and leave a blank half page.)
    """
    return [CondPageBreak(room), Paragraph(fr(markup), style)]


def times_markup(session: Session) -> str:
    """« de 9 h à 17 h », and on a second, smaller line the lunch break of a full day."""
    text = time_range(session.start, session.end)
    if session.lunch_start and session.lunch_end:
        text += f"<br/><font size='8'>pause déjeuner {time_range(session.lunch_start, session.lunch_end)}</font>"
    return text


#: How a venue fact never described prints.
UNKNOWN_FACT = "à préciser"


def fact(value: bool | None, yes: str, no: str) -> str:
    """A venue fact in words: *yes*, *no*, or « à préciser » when it was never described."""
    return UNKNOWN_FACT if value is None else yes if value else no


def bullets(ctx: PrintContext, items: Iterable[str], what: str = "Le texte") -> list[Paragraph]:
    """A bulleted list of user texts."""
    return [Paragraph(ctx.text(item, what), ctx.styles.bullet, bulletText="•") for item in items]


def grid(data: list[list], widths: list[float], *, header_rows: int = 1, style: list | None = None,
         min_heights: list[float] | None = None, zebra: bool = False) -> Table:
    """A ruled table whose rows may split across pages (long texts never raise a layout error)."""
    table = Table(data, colWidths=widths, repeatRows=header_rows, splitByRow=1, splitInRow=1, hAlign="LEFT",
                  minRowHeights=min_heights)
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
                     ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE")]
    if zebra:
        commands += [("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, FAINT])]
    table.setStyle(TableStyle(commands + (style or [])))
    return table


def layout_table(data: list[list], widths: list[float], commands: list | None = None, **kwargs) -> Table:
    """A table that only places things (no rules unless *commands* draw them), in the house font."""
    table = Table(data, colWidths=widths, hAlign="LEFT", **kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), *(commands or [])]))
    return table


def letterhead(ctx: PrintContext, right: list | None = None, *, logo_height: float = 16 * mm) -> Table:
    """The structure's logo, then its name and address, on the left; *right* (a title block) on the right."""
    s = ctx.styles
    logo = ctx.image(ctx.structure.logo_path, 30 * mm, logo_height)
    who: list = []
    if ctx.structure.name:
        who.append(Paragraph(ctx.text(ctx.structure.name, "Le nom de la structure"), s.cell_bold))
    if ctx.structure.address:
        who.append(Paragraph(ctx.text(ctx.structure.address, "L'adresse de la structure"), s.cell_small))
    right_width = CONTENT_WIDTH * 0.5
    if logo is not None:
        row, widths = [logo, who, right or ""], [logo.drawWidth + 4 * mm]
        widths.append(CONTENT_WIDTH - right_width - widths[0])
    else:
        row, widths = [who, right or ""], [CONTENT_WIDTH - right_width]
    widths.append(right_width)
    return layout_table([row], widths,
                        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (-2, 0), (-2, 0), 4 * mm),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 8)],
                        splitByRow=1, splitInRow=1)


#: The mention that goes with the EU emblem (the EU's visual identity rules for FSE+ co-financing).
EU_MENTION = "Cofinancé par l'Union européenne"


def eu_block(ctx: PrintContext) -> Table | None:
    """The EU emblem with « Cofinancé par l'Union européenne », when the kit is co-financed by the FSE+."""
    if not ctx.paperwork.fse_plus:
        return None
    emblem = EuEmblem(10 * mm)
    return layout_table([[emblem, Paragraph(fr(f"<b>{EU_MENTION}</b>"), ctx.styles.small)]],
                        [emblem.width + 3 * mm, 60 * mm],
                        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def funders_block(ctx: PrintContext) -> list:
    """The EU emblem when the FSE+ co-finances, the funders' logos in a row, with their mention beside (nothing if
    the profile has none of these)."""
    eu = eu_block(ctx)
    return ([eu] if eu is not None else []) + _funders(ctx)


def _funders(ctx: PrintContext) -> list:
    mention = ctx.funders_mention()
    text = [Paragraph(ctx.text(mention, "La mention des financeurs"), ctx.styles.muted)] if mention else []
    logos = [ctx.image(p, 30 * mm, 11 * mm) for p in ctx.structure.funder_logo_paths]
    logos = [logo for logo in logos if logo is not None]
    if not logos:
        return text
    per_row = 4 if text else 6
    cell = (CONTENT_WIDTH * (0.6 if text else 1)) / per_row
    rows = [logos[i:i + per_row] for i in range(0, len(logos), per_row)]
    rows = [row + [""] * (per_row - len(row)) for row in rows]
    tight = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    pictures = layout_table(rows, [cell] * per_row, tight)
    if not text:
        return [pictures]
    return [layout_table([[text, pictures]], [CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.6], tight)]
