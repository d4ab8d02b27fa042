"""What many documents share: tables, headings, the letterhead, the funders' and the EU's blocks.

The print context is in :mod:`desktop.printing.context`, the page template in :mod:`desktop.printing.page`;
their names are imported here too, as every document module reads them from this one.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, TableStyle

from desktop.domain.kit import Session
from desktop.printing.context import PrintCancelled, PrintContext  # noqa: F401 - read from here by the documents
from desktop.printing.flowables import EuEmblem, Paragraph
from desktop.printing.page import (  # noqa: F401 - read from here by the documents
    BOTTOM_MARGIN, CONTENT_WIDTH, PAGE_HEIGHT, PAGE_WIDTH, SAFE_MARGIN, SIDE_MARGIN, TOP_MARGIN, PageDecor,
    PagedCanvas, Target, build, document, page_decor,
)
from desktop.printing.fonts import REGULAR
from desktop.printing.styles import FAINT, LIGHT, RULE
from desktop.printing.table import Table
from desktop.printing.typography import fr, time_range


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
         min_heights: list[float] | None = None, zebra: bool = False, padding: tuple[float, float] = (3, 4)) -> Table:
    """A ruled table whose rows may split across pages (long texts never raise a layout error); *padding* is the
    cells' top and bottom padding (reportlab applies each command to every cell: given here, not overridden)."""
    table = Table(data, colWidths=widths, repeatRows=header_rows, splitByRow=1, splitInRow=1, hAlign="LEFT",
                  minRowHeights=min_heights)
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), padding[0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding[1]),
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


def closing_mentions(ctx: PrintContext) -> list:
    """What ends a programme or a call: a space, the funders' block kept together, the partners' mention."""
    out: list = [Spacer(0, 6 * mm)]
    funders = funders_block(ctx)
    if funders:
        out.append(KeepTogether(funders))
    if ctx.kit.partners_mention:
        out.append(ctx.para(ctx.kit.partners_mention, ctx.styles.muted, "La mention"))
    return out


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
