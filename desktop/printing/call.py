"""The call for projects or applications, and the selection grid its committee fills in.

« Appel à projets » is the call a structure publishes on its territory: its letterhead, the title (« Appel à
projets » or « Appel à candidatures »), the deadline in a box, the kit's call text with its words in braces filled
from the kit (:func:`desktop.domain.call.fill`: name, structure, territory, audience, dates of the sessions,
deadline, places, contacts; « à préciser » where the kit says nothing), the selection criteria (an applicant
knows how she or he will be read), the calendar of the sessions for project holders (not the committee's), and
last the funders' mention and logos as the programme carries them. An empty text prints Tresse's model.

« Grille de sélection » is one page per application for a committee member: the criteria with their points, a
column to score and one to comment, the total, the committee's opinion, the date and the signature. A blank grid
comes first (for applications not typed in yet), then one per participant of the kit, named.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from desktop.domain.call import DEFAULT_CRITERIA, Call, Criterion, fill, model_text
from desktop.domain.kit import Participant
from desktop.domain.reason import Reason
from desktop.domain.text import fold
from desktop.domain.vocabulary import AUDIENCES
from desktop.printing.common import (
    CONTENT_WIDTH, UNKNOWN_FACT, PrintContext, Target, build, document, closing_mentions, grid, heading, layout_table,
    letterhead, times_markup,
)
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.styles import ACCENT, FAINT
from desktop.printing.typography import fr, join_words, long_date

GRID_TITLE = "Grille de sélection"
GRIDS_TITLE = "Grilles de sélection"
HAND = "………………………………………………"
EMPTY_BOX = "☐"


def _audience(ctx: PrintContext) -> str:
    """Who the call is for, in words: the paperwork's audience as typed, else the kit's audiences."""
    typed = ctx.kit.paperwork.audience.strip()
    if typed:
        return typed
    if "porteurs" in ctx.kit.audience or not ctx.kit.audience:
        return "porteuses et porteurs de projet" if ctx.kit.audience else ""
    return join_words(AUDIENCES.get(a, a).lower() for a in ctx.kit.audience)


def _territory(ctx: PrintContext) -> str:
    """« Pays de Pouzauges, Vendée »; a département named twice (« Mayenne », « Mayenne ») once."""
    kit = ctx.kit
    parts = [kit.territory] if kit.territory else []
    if kit.departement and fold(kit.departement) not in fold(kit.territory):
        parts.append(kit.departement)
    return ", ".join(parts)


def applicants_sessions(ctx: PrintContext) -> list:
    """The sessions an applicant would attend: those of workshops for project holders (a committee or the team's
    own training is not announced), or every session when no workshop says who it is for."""
    sessions = ctx.sessions(selected=False)
    theirs = [s for s in sessions if (w := ctx.workshop(s)) is not None and "porteurs" in w.audience]
    return theirs or sessions


def _dates(ctx: PrintContext) -> str:
    sessions = applicants_sessions(ctx)
    if not sessions:
        return ""
    first, last = sessions[0].day, sessions[-1].day
    return f"le {long_date(first)}" if first == last else f"du {long_date(first)} au {long_date(last)}"


def _contacts(ctx: PrintContext) -> str:
    people = [", ".join(x for x in (f.name, f.organisation, f.phone, f.email) if x) for f in ctx.team()]
    if people:
        return " ; ".join(people)
    return ", ".join(x for x in (ctx.structure.name, " ".join(ctx.structure.address.split())) if x)


def call_values(ctx: PrintContext) -> dict[str, str]:
    """What each word in braces becomes for this kit (« à préciser » when the kit does not say)."""
    kit, call = ctx.kit, ctx.kit.call
    values = {
        "nom": kit.name, "structure": ctx.structure.name or "Notre structure",
        "territoire": _territory(ctx), "public": _audience(ctx),
        "dates": _dates(ctx), "date_limite": long_date(call.deadline) if call.deadline else "",
        "places": str(kit.capacity) if kit.capacity else "", "contact": _contacts(ctx),
    }
    return {key: value or UNKNOWN_FACT for key, value in values.items()}


def call_text(ctx: PrintContext) -> str:
    """The kit's call text (or the model when it is empty), its words in braces filled."""
    call = ctx.kit.call
    return fill(call.text if call.text.strip() else model_text(call.kind), call_values(ctx))


def warn_call(ctx: PrintContext) -> None:
    """Before printing the call: an empty text (the model is printed), no deadline, a deadline after the last
    session, no criteria."""
    call = ctx.kit.call
    if not call.text.strip():
        ctx.warn(Reason.of("print.call_text_empty"))
    if call.deadline is None:
        ctx.warn(Reason.of("print.call_no_deadline"))
    elif any(s.day <= call.deadline for s in ctx.sessions(selected=False)[-1:]):
        ctx.warn(Reason.of("print.call_deadline_late"))
    warn_criteria(ctx)


def warn_criteria(ctx: PrintContext) -> None:
    """Before printing the call or the grid: a kit without criteria of its own prints Tresse's."""
    if not ctx.kit.call.criteria:
        ctx.warn(Reason.of("print.call_no_criteria"))


def _rich_text(ctx: PrintContext, text: str) -> list:
    """The call's text as paragraphs: « # » starts a heading, « - » or « • » a bullet, a blank line a space."""
    s = ctx.styles
    out: list = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            out.append(Spacer(0, 2 * mm))
        elif stripped.startswith("#"):
            out.append(Paragraph(ctx.text(stripped.lstrip("#").strip(), "Le texte de l'appel"), s.h2))
        elif stripped[:2] in ("- ", "• ") or stripped in ("-", "•"):
            out.append(Paragraph(ctx.text(stripped[1:].strip(), "Le texte de l'appel"), s.bullet,
                                 bulletText="•"))
        else:
            out.append(ctx.para(stripped, s.body, "Le texte de l'appel"))
    return out


def _deadline_box(ctx: PrintContext) -> list:
    call = ctx.kit.call
    day = long_date(call.deadline) if call.deadline else UNKNOWN_FACT
    box = layout_table([[Paragraph(fr(f"<b>Date limite de candidature : {day}</b>"), ctx.styles.body)]],
                       [CONTENT_WIDTH],
                       [("BOX", (0, 0), (-1, -1), 1, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    return [box, Spacer(0, 4 * mm)]


def _criteria_table(ctx: PrintContext, criteria: tuple[Criterion, ...]) -> list:
    s = ctx.styles
    rows: list[list] = [[Paragraph(fr(t), s.cell_head) for t in ("Critère", "Ce que le comité regarde")]
                        + [Paragraph(fr("Points"), s.cell_head_center)]]
    for c in criteria:
        rows.append([Paragraph(ctx.text(c.label, "Le critère"), s.cell_bold),
                     Paragraph(ctx.text(c.description, "Le critère"), s.cell),
                     Paragraph(str(c.points), s.cell_center)])
    rows.append([Paragraph(fr("Total"), s.cell_bold), "",
                 Paragraph(f"<b>{sum(c.points for c in criteria)}</b>", s.cell_center)])
    widths = [50 * mm, CONTENT_WIDTH - 68 * mm, 18 * mm]
    return [grid(rows, widths, style=[("SPAN", (0, -1), (1, -1))])]


def _calendar(ctx: PrintContext) -> list:
    s = ctx.styles
    sessions = applicants_sessions(ctx)
    if not sessions:
        return []
    rows: list[list] = [[Paragraph(fr(t), s.cell_head) for t in ("Date", "Horaires", "Séance", "Lieu")]]
    for session in sessions:
        venue = ctx.venue(session)
        place = ctx.text(venue.name, "Le nom du lieu") if venue else UNKNOWN_FACT
        if venue and venue.commune:
            place += f"<br/>{ctx.text(venue.commune, 'La commune')}"
        rows.append([Paragraph(long_date(session.day), s.cell_bold), Paragraph(times_markup(session), s.cell),
                     Paragraph(ctx.text(ctx.workshop_title(session), "Le titre de l'atelier"), s.cell),
                     Paragraph(place, s.cell)])
    widths = [36 * mm, 30 * mm, CONTENT_WIDTH - 111 * mm, 45 * mm]
    return [*heading("Calendrier", s.h1, 40 * mm), grid(rows, widths)]


def call_story(ctx: PrintContext) -> list:
    """The call's flowables."""
    s = ctx.styles
    kit, call = ctx.kit, ctx.kit.call
    warn_call(ctx)
    out: list = [letterhead(ctx, logo_height=14 * mm), Paragraph(fr(call.title), s.title)]
    sub = ctx.text(kit.name, "Le nom du programme")
    if kit.territory:
        sub += " – " + ctx.text(kit.territory, "Le territoire")
    out += [Paragraph(sub, s.subtitle), *_deadline_box(ctx), *_rich_text(ctx, call_text(ctx))]
    out += [*heading("Les critères de sélection", s.h1, 45 * mm), *_criteria_table(ctx, call.grid())]
    out += _calendar(ctx)
    out += closing_mentions(ctx)
    return out


def build_call(ctx: PrintContext, target: Target) -> None:
    """Write the call for projects or applications to *target*."""
    build(document(target, ctx, ctx.kit.call.title), call_story(ctx), ctx)


# -- the selection grid -------------------------------------------------------------------------------------


def _applicant(ctx: PrintContext, person: Participant | None) -> list:
    s = ctx.styles
    if person is None:
        who, project = HAND, HAND
    else:
        who = f"<b>{ctx.text(person.full_name, 'Le nom')}</b>"
        if person.commune:
            who += f" ({ctx.text(person.commune, 'La commune')})"
        project = ctx.text(person.organisation, "Le projet") if person.organisation else HAND
    rows = [[Paragraph(fr("Candidate ou candidat"), s.cell_bold), Paragraph(who, s.cell)],
            [Paragraph(fr("Projet"), s.cell_bold), Paragraph(project, s.cell)],
            [Paragraph(fr("Membre du comité"), s.cell_bold), Paragraph(HAND, s.cell)]]
    return [grid(rows, [42 * mm, CONTENT_WIDTH - 42 * mm], header_rows=0), Spacer(0, 4 * mm)]


def _scores(ctx: PrintContext, criteria: tuple[Criterion, ...]) -> list:
    s = ctx.styles
    head = [Paragraph(fr("Critère"), s.cell_head)] + [Paragraph(fr(t), s.cell_head_center) for t in ("Points", "Note")]
    rows: list[list] = [head + [Paragraph(fr("Commentaires"), s.cell_head)]]
    for c in criteria:
        cell = [Paragraph(ctx.text(c.label, "Le critère"), s.cell_bold)]
        if c.description:
            cell.append(Paragraph(ctx.text(c.description, "Le critère"), s.cell_tiny))
        rows.append([cell, Paragraph(f"/ {c.points}", s.cell_center), "", ""])
    rows.append([Paragraph(fr("<b>Total</b>"), s.cell), Paragraph(f"<b>/ {sum(c.points for c in criteria)}</b>",
                                                                  s.cell_center), "", ""])
    widths = [70 * mm, 16 * mm, 16 * mm, CONTENT_WIDTH - 102 * mm]
    heights = [0] + [17 * mm] * len(criteria) + [10 * mm]
    return [grid(rows, widths, min_heights=heights, style=[("BACKGROUND", (0, -1), (-1, -1), FAINT)])]


def _decision(ctx: PrintContext) -> list:
    s = ctx.styles
    gap = "&nbsp;" * 6
    choices = gap.join(f"{EMPTY_BOX} {x}" for x in ("Retenu", "Non retenu", "Liste d'attente"))
    lines = [Paragraph(fr(f"<b>Avis :</b> {choices}"), s.body),
             Paragraph(fr(f"<b>La raison en une phrase :</b> {HAND}{HAND}"), s.body),
             Paragraph(fr(f"<b>Orientation proposée si le projet n'est pas retenu :</b> {HAND}"), s.body),
             Spacer(0, 3 * mm),
             Paragraph(fr(f"<b>Date :</b> {HAND}        <b>Signature :</b>"), s.body), Spacer(0, 14 * mm)]
    return [KeepTogether(lines)]


def grid_story_for(ctx: PrintContext, person: Participant | None) -> list:
    """One application's grid (``None``: a blank grid)."""
    s = ctx.styles
    call: Call = ctx.kit.call
    criteria = call.grid()
    name = ctx.plain(person.full_name, "Le nom") if person else "Grille vierge"
    out: list = [Section(name), Paragraph(fr(GRID_TITLE), s.title)]
    sub = f"{fr(call.title)} – {ctx.text(ctx.kit.name, 'Le nom du programme')}"
    out += [Paragraph(sub, s.subtitle), *_applicant(ctx, person), *_scores(ctx, criteria), Spacer(0, 4 * mm)]
    out += _decision(ctx)
    if criteria == DEFAULT_CRITERIA:
        out.append(Paragraph(fr("Critères proposés par Tresse, à adapter à chaque appel."), s.muted))
    return out


def grid_story(ctx: PrintContext) -> list:
    """A blank grid, then one per participant of the kit (sorted by name)."""
    warn_criteria(ctx)
    out: list = []
    for person in (None, *ctx.participants()):
        if out:
            out.append(PageBreak())
        out += grid_story_for(ctx, person)
    return out


def build_selection_grids(ctx: PrintContext, target: Target) -> None:
    """Write the selection grids to *target*."""
    build(document(target, ctx, GRIDS_TITLE), grid_story(ctx), ctx)
