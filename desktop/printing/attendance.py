"""Feuilles d'émargement: the attendance sheet of each session, and a blank one to fill in by hand.

Funders ask for one signature per participant and per half-day, countersigned by each facilitator for each
half-day. Every page of a sheet is complete on its own, because pages get separated and photocopied: the
structure (with its logo) and the action in the header band, the workshop, the date and the venue, the roster
with one signature box per half-day whose column header gives that half-day's times and hours (« Matin (3 h) /
9 h – 12 h »), a legend, the facilitators' boxes (one per facilitator and per half-day) and the funders' block.

The roster is cut into pages by measuring, not guessing: the fixed parts of a page are laid out once, the rows
are packed until the page is full (at least 14 participants with long names fit on one A4 page), and each
further page repeats everything. Signature boxes are at least 40 × 12 mm. Presences typed in afterwards print
in their box (« Absent·e », « Excusé·e », an arrival or departure time), so a sheet printed again for the
funders shows them; presences not yet entered print nothing.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from desktop.domain.hours import half_day_minutes, half_day_span, presence_index, session_counts, session_minutes
from desktop.domain.kit import HALF_DAY_LABELS, Attendance, HalfDay, Presence, Session
from desktop.printing.common import (
    CONTENT_WIDTH, PAGE_HEIGHT, SIDE_MARGIN, PrintContext, Target, build, document, funders_block, grid,
    layout_table, letterhead,
)
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.styles import RULE
from desktop.printing.table import cell_key
from desktop.printing.typography import clock, duration, fr, long_date, time_range
from desktop.domain.reason import Reason

TITLE = "Feuille d'émargement"
DOCUMENT_TITLE = "Feuilles d'émargement"
BLANK_TITLE = "Feuille d'émargement vierge"
#: Blank rows after the roster, for walk-ins, when they fit on the last page.
WALK_IN_ROWS = 3
#: Signature boxes: never smaller than this.
BOX_WIDTH = 40 * mm
ROW_HEIGHT = 12 * mm
#: The sheet's own margins (the running header and footer still fit, 15 mm from the edges).
TOP, BOTTOM = 21 * mm, 20 * mm
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM
NUMBER_W = 8 * mm
#: The name column, by number of half-days (the structure's column takes what is left).
NAME_W = {1: 62 * mm, 2: 50 * mm}
#: The signature columns: two boxes of 40 mm on a full day, one of 50 mm on a half-day.
SIGNATURES_W = {1: 50 * mm, 2: 2 * BOX_WIDTH}
#: Facilitators' boxes per row.
BOXES_PER_ROW = 4
HAND = "…………"
MARKS = {Presence.ABSENT: "Absent·e", Presence.EXCUSED: "Excusé·e"}
LEGEND = ("Chaque personne présente signe dans la case de chaque demi-journée. Arrivée en retard ou départ "
          "anticipé : l'heure est notée dans la case. Les absences sont inscrites par l'animation : "
          "« Absent·e » ou « Excusé·e ».")
#: Room kept free on every page (rounding in the layout).
SLACK = 2 * mm


def half_days_of(session: Session | None) -> tuple[HalfDay, ...]:
    """The half-days a sheet has boxes for: the session's, both on the blank sheet."""
    if session is None:
        return HalfDay.MORNING, HalfDay.AFTERNOON
    return session.half_days or (HalfDay.MORNING,)


def half_day_heading(session: Session | None, half: HalfDay) -> str:
    """« Matin (3 h 30)<br/>9 h – 12 h 30 », or with dots to fill in on the blank sheet."""
    label = HALF_DAY_LABELS[half]
    span = half_day_span(session, half) if session else None
    if span is None:
        return f"{label}<br/><font size='7.5'>de {HAND} à {HAND}</font>"
    start, end = span
    return (f"{label} ({duration(half_day_minutes(session, half))})<br/>"
            f"<font size='8'>{clock(start)} – {clock(end)}</font>")


def _title_block(ctx: PrintContext, page: int) -> list:
    s = ctx.styles
    title = TITLE if page == 1 else f"{TITLE} <font size='10'>(suite)</font>"
    block = [Paragraph(fr(title), s.sheet_title)]
    if ctx.kit.name:
        block.append(Paragraph(fr(f"Action : « {ctx.text(ctx.kit.name, 'Le nom du programme')} »"), s.cell))
    return block


def _place(ctx: PrintContext, session: Session) -> str:
    venue = ctx.venue(session)
    if venue is None:
        return "à préciser"
    bits = [f"<b>{ctx.text(venue.name, 'Le nom du lieu')}</b>"]
    bits += [ctx.text(x, "L'adresse") for x in (venue.address, venue.commune) if x]
    return ", ".join(bits)


def _info(ctx: PrintContext, session: Session | None) -> Table:
    s = ctx.styles

    def label(text: str) -> Paragraph:
        return Paragraph(fr(text), s.cell_bold)

    if session is None:
        workshop, when, place = "", "", ""
    else:
        workshop = ctx.text(ctx.workshop_title(session), "Le titre de l'atelier")
        when = f"{long_date(session.day)} · <b>{duration(session_minutes(session))}</b>"
        if session.lunch_start and session.lunch_end:
            when += f" <font size='8'>(pause {time_range(session.lunch_start, session.lunch_end)})</font>"
        place = _place(ctx, session)
    label_w, date_w = 16 * mm, 62 * mm
    rows = [[label("Atelier"), Paragraph(fr(workshop), s.cell), "", ""],
            [label("Date"), Paragraph(fr(when), s.cell), label("Lieu"), Paragraph(fr(place), s.cell)]]
    heights = [7 * mm] * len(rows) if session is None else None
    return grid(rows, [label_w, date_w, label_w, CONTENT_WIDTH - 2 * label_w - date_w], header_rows=0, min_heights=heights,
                style=[("SPAN", (1, 0), (-1, 0))], padding=(2, 2))


def _mark(ctx: PrintContext, record: Attendance | None) -> str | Paragraph:
    """What a signature box already says: an absence, an excuse, an arrival or departure time; else nothing."""
    if record is None:
        return ""
    s = ctx.styles
    if record.presence in MARKS:
        return Paragraph(f"<font color='#555555'>{MARKS[record.presence]}</font>", s.cell_center)
    notes = []
    if record.arrival is not None:
        notes.append(f"arrivée à {clock(record.arrival)}")
    if record.departure is not None:
        notes.append(f"départ à {clock(record.departure)}")
    return Paragraph(f"<font size='7' color='#555555'>{' · '.join(notes)}</font>", s.cell_small) if notes else ""


def _roster_rows(ctx: PrintContext, session: Session | None) -> list[list]:
    """One row per enrolled participant (none on the blank sheet)."""
    if session is None:
        return []
    s = ctx.styles
    halves = half_days_of(session)
    index = presence_index(a for a in ctx.kit.attendances if a.session_uid == session.uid)
    rows = []
    for p in ctx.participants():
        name = f"<b>{ctx.text(p.last_name, 'Le nom')}</b> {ctx.text(p.first_name, 'Le prénom')}"
        rows.append([None, Paragraph(name, s.cell_name), Paragraph(ctx.text(p.organisation, "Le nom de la structure"),
                                                              s.cell_tiny)]
                    + [_mark(ctx, index.get((session.uid, p.uid, h))) for h in halves])
    return rows


def _count_row(ctx: PrintContext, session: Session | None) -> list:
    """« Personnes présentes » per half-day: the count once every presence is entered, dots to fill otherwise."""
    s = ctx.styles
    counts = session_counts(ctx.kit, session) if session is not None and ctx.kit.participants else {}
    cells = []
    for half in half_days_of(session):
        c = counts.get(half)
        cells.append(Paragraph(str(c.present) if c and not c.not_entered else HAND, s.cell_center))
    return ["", Paragraph(fr("<b>Nombre de personnes présentes</b>"), s.cell_small), ""] + cells


def _roster(ctx: PrintContext, session: Session | None, rows: list[list], first_number: int) -> Table:
    s = ctx.styles
    halves = half_days_of(session)
    head = [Paragraph("N°", s.cell_small), Paragraph("Nom et prénom", s.cell_head),
            Paragraph("Structure", s.cell_head)]
    head += [Paragraph(fr(half_day_heading(session, h)), s.cell_head_center) for h in halves]
    body = []
    for number, row in enumerate(rows, first_number):
        body.append([Paragraph(str(number), s.cell_small), *row[1:]])
    data = [head, *body, _count_row(ctx, session)]
    signatures = SIGNATURES_W[len(halves)]
    name_w = NAME_W[len(halves)]
    widths = [NUMBER_W, name_w, CONTENT_WIDTH - NUMBER_W - name_w - signatures] + [signatures / len(halves)] * len(halves)
    heights = [0] + [ROW_HEIGHT] * len(body) + [0]
    last = len(data) - 1
    return grid(data, widths, header_rows=1, min_heights=heights, padding=(2, 2),
                style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("SPAN", (1, last), (2, last))])


def _facilitator_boxes(ctx: PrintContext, session: Session | None) -> Table:
    """One box per facilitator and per half-day, named, at least 40 × 12 mm."""
    s = ctx.styles
    people = [ctx.text(f.name, "Le nom") for f in ctx.facilitators(session)] if session else []
    people = people or [f"Nom : {HAND}{HAND}"] * (1 if session else 2)
    boxes = [Paragraph(fr(f"{name}<br/><font size='7.5' color='#555555'>{HALF_DAY_LABELS[h].lower()}</font>"),
                       s.cell_small)
             for name in people for h in half_days_of(session)]
    per_row = min(BOXES_PER_ROW, len(boxes)) if len(boxes) > 1 else 2
    width = CONTENT_WIDTH / max(per_row, 2)
    rows = [boxes[i:i + per_row] for i in range(0, len(boxes), per_row)]
    rows = [row + [""] * (per_row - len(row)) for row in rows]
    caption = [Paragraph(fr("<b>Signature de l'animation</b> (chaque animatrice ou animateur, par demi-journée)"),
                         s.cell_small)] + [""] * (per_row - 1)
    commands = [("SPAN", (0, 0), (-1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for r, row in enumerate(rows, 1):
        for c, cell in enumerate(row):
            if cell != "":
                commands.append(("BOX", (c, r), (c, r), 0.8, RULE))
    return layout_table([caption, *rows], [width] * per_row, commands,
                        rowHeights=[None] + [ROW_HEIGHT + 1 * mm] * len(rows))


def _legend(ctx: PrintContext) -> Paragraph:
    return Paragraph(fr(f"<font color='#555555'>{LEGEND}</font>"), ctx.styles.muted)


def _page(ctx: PrintContext, session: Session | None, rows: list[list], first_number: int, page: int) -> list:
    """Everything on one page of a sheet."""
    out: list = [letterhead(ctx, _title_block(ctx, page), logo_height=12 * mm), _info(ctx, session),
                 Spacer(0, 1.5 * mm), _legend(ctx), Spacer(0, 1.5 * mm), _roster(ctx, session, rows, first_number),
                 Spacer(0, 2 * mm), _facilitator_boxes(ctx, session)]
    funders = funders_block(ctx)
    if funders:
        out += [Spacer(0, 1.5 * mm), *funders]
    return out


def _height(flowables: list) -> float:
    return sum(f.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


#: Roster rows (their cells' keys, the half-days) → their heights: the sessions of a cycle list the same people.
_MEASURED: dict[tuple, list[float]] = {}


def _row_heights(ctx: PrintContext, session: Session | None, rows: list[list]) -> list[float]:
    """The height each roster row takes (measured once, on a full table; the same rows are not measured again)."""
    if not rows:
        return []
    cells = tuple(cell_key(cell) for row in rows for cell in row[1:])
    key = (len(half_days_of(session)), cells) if None not in cells else None
    if key in _MEASURED:
        return list(_MEASURED[key])
    table = _roster(ctx, session, rows, 1)
    table.wrap(CONTENT_WIDTH, FRAME_HEIGHT)
    heights = list(table._rowHeights[1:-1])  # reportlab's measured heights, without the header and count rows
    if key is not None:
        if len(_MEASURED) > 1_000:
            _MEASURED.clear()
        _MEASURED[key] = heights
    return list(heights)


def paginate(ctx: PrintContext, session: Session | None, rows: list[list]) -> list[list[list]]:
    """The roster cut into pages, each as full as the page allows, blank rows for walk-ins on the last.

    A sheet without anyone enrolled (or the blank one) fills its page with blank rows.
    """
    room = FRAME_HEIGHT - SLACK - _height(_page(ctx, session, [], 1, 1))
    heights = _row_heights(ctx, session, rows)
    pages: list[list[list]] = [[]]
    used = 0.0
    for row, height in zip(rows, heights):
        if pages[-1] and used + height > room:
            if len(pages) == 1:  # the further pages' header says « (suite) »: measured only when needed
                room = FRAME_HEIGHT - SLACK - _height(_page(ctx, session, [], 1, 2))
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += height
    blank = [None, "", ""] + [""] * len(half_days_of(session))
    limit = WALK_IN_ROWS if rows else 10_000
    while limit and used + ROW_HEIGHT <= room:
        pages[-1].append(list(blank))
        used += ROW_HEIGHT
        limit -= 1
    return pages


def sheet_story(ctx: PrintContext, session: Session | None) -> list:
    """One attendance sheet: for *session*, or blank (``None``) with dates and names to fill by hand."""
    if session is None:
        section = BLANK_TITLE
    else:
        section = f"{long_date(session.day)} – {ctx.plain(ctx.workshop_title(session))}"
    out: list = [Section(section)]
    number = 1
    for page, rows in enumerate(paginate(ctx, session, _roster_rows(ctx, session)), 1):
        if page > 1:
            out.append(PageBreak())
        out += _page(ctx, session, rows, number, page)
        number += len(rows)
    return out


def story(ctx: PrintContext) -> list:
    """One sheet per chosen session; the blank sheet when no session is scheduled."""
    sessions = ctx.sessions()
    if not sessions:
        ctx.warn(Reason.of("print.attendance_blank"))
        return sheet_story(ctx, None)
    out: list = []
    for session in sessions:
        if out:
            out.append(PageBreak())
        out += sheet_story(ctx, session)
    return out


def _document(ctx: PrintContext, target: Target, title: str):
    return document(target, ctx, title, margins=(SIDE_MARGIN, SIDE_MARGIN, TOP, BOTTOM))


def build_attendance(ctx: PrintContext, target: Target) -> None:
    """Write the attendance sheets of the chosen sessions to *target*."""
    build(_document(ctx, target, DOCUMENT_TITLE), story(ctx), ctx)


def build_blank_attendance(ctx: PrintContext, target: Target) -> None:
    """Write one blank attendance sheet (date, workshop and names left to fill by hand) to *target*."""
    build(_document(ctx, target, BLANK_TITLE), sheet_story(ctx, None), ctx)
