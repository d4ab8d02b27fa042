"""Feuilles d'émargement: the attendance sheet of each session, and a blank one to fill in by hand.

Funders ask for one signature per participant and per half-day, countersigned by the facilitator: a half-day
session has one signature column, a full day has « Matin » and « Après-midi » (from ``Session.half_days``). The
roster is sorted by last name; a few numbered blank rows follow for people who come without having enrolled.
The sheet names the issuing structure (with its logo), the programme, the workshop, the date, the times, the
venue and the facilitators, and ends with the funders' mention and logos.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from desktop.domain.kit import HALF_DAY_LABELS, HalfDay, Session
from desktop.printing.common import (
    CONTENT_WIDTH, PrintContext, Target, build, document, funders_block, grid, layout_table, letterhead,
)
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.styles import RULE
from desktop.printing.typography import fr, join_words, long_date, session_times

TITLE = "Feuille d'émargement"
DOCUMENT_TITLE = "Feuilles d'émargement"
BLANK_TITLE = "Feuille d'émargement vierge"
#: Blank rows after the roster, for walk-ins.
WALK_IN_ROWS = 3
#: Blank rows when nobody is enrolled yet, and on the blank sheet.
EMPTY_ROWS = 15
ROW_HEIGHT = 9 * mm


def _title_block(ctx: PrintContext) -> list:
    s = ctx.styles
    block = [Paragraph(fr(TITLE), s.title)]
    if ctx.kit.name:
        block.append(Paragraph(fr(f"Programme « {ctx.text(ctx.kit.name, 'Le nom du programme')} »"), s.subtitle))
    return block


def _info(ctx: PrintContext, session: Session | None) -> Table:
    s = ctx.styles

    def label(text: str) -> Paragraph:
        return Paragraph(fr(text), s.cell_bold)

    if session is None:
        workshop = date = place = people = ""
        times = "de ………… à …………"
    else:
        workshop = ctx.text(ctx.workshop_title(session), "Le titre de l'atelier")
        date = long_date(session.day)
        times = session_times(session)
        venue = ctx.venue(session)
        if venue is None:
            place = "à préciser"
        else:
            bits = [f"<b>{ctx.text(venue.name, 'Le nom du lieu')}</b>"]
            bits += [ctx.text(x, "L'adresse") for x in (venue.address, venue.commune) if x]
            place = ", ".join(bits)
        people = join_words(ctx.text(f.name, "Le nom") for f in ctx.facilitators(session))
    label_w, value_w = 24 * mm, CONTENT_WIDTH / 2 - 24 * mm
    rows = [
        [label("Atelier"), Paragraph(fr(workshop), s.cell), "", ""],
        [label("Date"), Paragraph(fr(date), s.cell), label("Horaires"), Paragraph(fr(times), s.cell)],
        [label("Lieu"), Paragraph(fr(place), s.cell), "", ""],
        [label("Animation"), Paragraph(fr(people), s.cell), "", ""],
    ]
    style = [("SPAN", (1, 0), (-1, 0)), ("SPAN", (1, 2), (-1, 2)), ("SPAN", (1, 3), (-1, 3))]
    heights = [8 * mm] * len(rows) if session is None else None
    return grid(rows, [label_w, value_w, label_w, value_w], header_rows=0, style=style, min_heights=heights)


def _roster(ctx: PrintContext, half_days: tuple[HalfDay, ...], names: list[tuple[str, str]], blanks: int) -> Table:
    s = ctx.styles
    sign_w = CONTENT_WIDTH - 8 * mm - 52 * mm - 44 * mm
    head = [Paragraph(t, s.cell_head) for t in ("N°", "Nom et prénom", "Structure")]
    if len(half_days) == 1:
        part = HALF_DAY_LABELS[half_days[0]].lower()
        head.append(Paragraph(f"Signature<br/><font size='8'>({part})</font>", s.cell_head_center))
        widths = [sign_w]
    else:
        head += [Paragraph(f"Signature<br/><font size='8'>{HALF_DAY_LABELS[h]}</font>", s.cell_head_center)
                 for h in half_days]
        widths = [sign_w / len(half_days)] * len(half_days)
    rows: list[list] = [head]
    for number, (name, organisation) in enumerate(names, 1):
        rows.append([Paragraph(str(number), s.cell_small), Paragraph(name, s.cell),
                     Paragraph(organisation, s.cell_small)] + [""] * len(half_days))
    for number in range(len(names) + 1, len(names) + blanks + 1):
        rows.append([Paragraph(str(number), s.cell_small), "", ""] + [""] * len(half_days))
    heights = [0] + [ROW_HEIGHT] * (len(rows) - 1)
    return grid(rows, [8 * mm, 52 * mm, 44 * mm] + widths, min_heights=heights,
                style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")])


def _countersignature(ctx: PrintContext, session: Session | None, half_days: tuple[HalfDay, ...]) -> KeepTogether:
    s = ctx.styles
    counts = " ".join(f"{HALF_DAY_LABELS[h].lower()} : ……" for h in half_days) if len(half_days) > 1 else "……"
    left = [Paragraph(fr(f"<b>Nombre de personnes présentes :</b> {counts}"), s.signature)]
    names = join_words(ctx.text(f.name, "Le nom") for f in ctx.facilitators(session)) if session else ""
    right = [Paragraph(fr("<b>Signature de l'animatrice ou de l'animateur</b>"), s.signature)]
    if names:
        right.append(Paragraph(names, s.cell_small))
    table = layout_table([[left, right]], [CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55],
                         [("BOX", (1, 0), (1, 0), 0.8, RULE), ("BOX", (0, 0), (0, 0), 0.8, RULE),
                          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5)],
                         rowHeights=[20 * mm])
    return KeepTogether([Spacer(0, 3 * mm), table])


def sheet_story(ctx: PrintContext, session: Session | None) -> list:
    """One attendance sheet: for *session*, or blank (``None``) with dates and names to fill by hand."""
    if session is None:
        half_days = (HalfDay.MORNING, HalfDay.AFTERNOON)
        names: list[tuple[str, str]] = []
        blanks = EMPTY_ROWS
        section = BLANK_TITLE
    else:
        half_days = session.half_days or (HalfDay.MORNING,)
        names = [(f"<b>{ctx.text(p.last_name, 'Le nom')}</b> {ctx.text(p.first_name, 'Le prénom')}",
                  ctx.text(p.organisation, "Le nom de la structure")) for p in ctx.participants()]
        blanks = WALK_IN_ROWS if names else EMPTY_ROWS
        section = f"{long_date(session.day)} – {ctx.plain(ctx.workshop_title(session))}"
    out: list = [Section(section), letterhead(ctx, _title_block(ctx)), _info(ctx, session), Spacer(0, 4 * mm),
                 _roster(ctx, half_days, names, blanks), _countersignature(ctx, session, half_days)]
    funders = funders_block(ctx)
    if funders:
        out += [Spacer(0, 2 * mm), KeepTogether(funders)]
    return out


def story(ctx: PrintContext) -> list:
    """One sheet per chosen session; the blank sheet when no session is scheduled."""
    sessions = ctx.sessions()
    if not sessions:
        ctx.warn("Aucune séance n'est programmée : la feuille d'émargement est imprimée vierge.")
        return sheet_story(ctx, None)
    out: list = []
    for session in sessions:
        if out:
            out.append(PageBreak())
        out += sheet_story(ctx, session)
    return out


def build_attendance(ctx: PrintContext, target: Target) -> None:
    """Write the attendance sheets of the chosen sessions to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)


def build_blank_attendance(ctx: PrintContext, target: Target) -> None:
    """Write one blank attendance sheet (date, workshop and names left to fill by hand) to *target*."""
    build(document(target, ctx, BLANK_TITLE), sheet_story(ctx, None), ctx)
