"""The participant handout, one per workshop: what the participant takes home and writes on.

Its shape follows the content guide: the structure's letterhead, title, duration, audience and origin;
Objectifs; Déroulé (the segments' titles with their times — clock times when the workshop has one session — but
never their descriptions, which are the facilitator's instructions and go on the fiche d'animation); L'essentiel;
À vous de jouer (each question with ruled lines to answer by hand, as many as the kit asks); Pour aller plus loin;
the funders' mention and logos. Each handout starts on a new page and has its own page numbers; the outline's
total row never sits alone at the top of a page, and its end (the last two questions, the resources and the funders) is
kept on one page: no last page holds only the last question or the funders' logos (the ruled lines give up one
line each when that keeps the end where it is).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import KitWorkshop
from desktop.domain.hours import TimedStep, timed_outline
from desktop.domain.slots import is_appointment
from desktop.printing.common import (
    CONTENT_WIDTH, PrintContext, Target, build, bullets, document, funders_block, grid, heading, letterhead,
)
from desktop.printing.flowables import KeepClosing, Paragraph, Section, WritingLines
from desktop.printing.typography import NBSP, clock, duration, fr, join_words, long_date, session_times

TITLE = "Livret participant"
DOCUMENT_TITLE = "Livrets participants"


def origin_line(workshop: Workshop) -> str:
    """What is whose: the document plans the session, the outline is always Tresse's ('' for the user's own).

    « Séance prévue par l'expérimentation n° 2 ; déroulé proposé par Tresse » or « Proposé par Tresse d'après
    l'expérimentation n° 7 ». What the document itself says is in the workshop's ``source_note``.
    """
    if workshop.origin not in ("source", "tresse"):
        return ""
    numbers = [str(n) for n in workshop.experiments]
    if len(numbers) > 1:
        reference, article = f"expérimentations n°{NBSP}{join_words(numbers)}", "les "
    else:
        reference, article = (f"expérimentation n°{NBSP}{numbers[0]}" if numbers else ""), "l'"
    if workshop.origin == "source":
        planned = f"prévue par {article}{reference}" if reference else "prévue par le document TRESSONS"
        return f"Séance {planned}{NBSP}; déroulé proposé par Tresse"
    return "Proposé par Tresse" + (f" d'après {article}{reference}" if reference else "")


def _outline(ctx: PrintContext, kw: KitWorkshop) -> list:
    s = ctx.styles
    w = kw.workshop
    sessions = [x for x in ctx.sessions(selected=False) if x.kit_workshop_uid == kw.uid]
    clocked = len(sessions) == 1 and not is_appointment(kw)
    head = ("Heure", "Durée", "Séquence") if clocked else ("Durée", "Séquence")
    rows: list[list] = [[Paragraph(t, s.cell_head) for t in head]]
    steps = (timed_outline(sessions[0], [seg.minutes for seg in w.segments]) if clocked else
             [TimedStep(sessions[0].start if sessions else None, seg.minutes, i) for i, seg in enumerate(w.segments)])
    for step in steps:
        if step.index is None:
            text, length = "<i>Pause déjeuner</i>", duration(step.minutes)
        else:
            segment = w.segments[step.index]
            text = f"<b>{ctx.text(segment.title, 'Le titre de la séquence')}</b>"
            if segment.kind_label and segment.kind_label != segment.title:
                text += f" <font color='#555555'>({ctx.text(segment.kind_label)})</font>"
            length = duration(segment.minutes)
        row = [Paragraph(length, s.cell), Paragraph(text, s.cell)]
        rows.append(([Paragraph(clock(step.start), s.cell)] if clocked else []) + row)
    total = [Paragraph(f"<b>{duration(w.outline_minutes)}</b>", s.cell), Paragraph("<b>Total</b>", s.cell)]
    rows.append(([""] if clocked else []) + total)
    widths = ([18 * mm] if clocked else []) + [22 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return [grid(rows, widths, style=[("NOSPLIT", (0, len(rows) - 2), (-1, len(rows) - 1))])]


def _when(ctx: PrintContext, kw: KitWorkshop) -> str:
    """The sessions of this workshop, in a sentence (empty if none is scheduled)."""
    parts = []
    for session in ctx.sessions(selected=False):
        if session.kit_workshop_uid != kw.uid:
            continue
        venue = ctx.venue(session)
        where = f", {ctx.text(venue.name, 'Le nom du lieu')}" if venue else ""
        parts.append(f"{long_date(session.day)}, {session_times(session)}{where}")
    if not parts:
        return ""
    return ("<b>Séance :</b> " if len(parts) == 1 else "<b>Séances :</b> ") + " ; ".join(parts)


def handout_story(ctx: PrintContext, kw: KitWorkshop) -> list:
    """The flowables of one workshop's handout."""
    s = ctx.styles
    w = kw.workshop
    out: list = [Section(ctx.plain(w.title, "Le titre de l'atelier"))]
    top = [Paragraph(TITLE, s.muted)]
    if ctx.kit.name:
        top = [Paragraph(ctx.text(ctx.kit.name, "Le nom du programme"), s.muted)]
    out.append(letterhead(ctx, top, logo_height=12 * mm))
    out.append(Paragraph(ctx.text(w.title, "Le titre de l'atelier"), s.title))
    facts = [f"<b>Durée :</b> {duration(w.duration_minutes)}"]
    if w.audience:
        facts.append(f"<b>Public :</b> {w.audience_text}")
    facts.append(f"<b>Format :</b> {w.format_label}")
    out.append(Paragraph(fr(" · ".join(facts)), s.body))
    when = _when(ctx, kw)
    if when:
        out.append(Paragraph(fr(when), s.body))
    if origin_line(w):
        out.append(Paragraph(fr(origin_line(w)), s.italic))
    if w.summary:
        out += [Spacer(0, 3 * mm), ctx.para(w.summary)]
    if w.objectives:
        out += [*heading("Objectifs", s.h1), *bullets(ctx, w.objectives)]
    if w.segments:
        out += [*heading("Déroulé", s.h1, 45 * mm), *_outline(ctx, kw)]
    if w.key_points:
        out += [*heading("L'essentiel", s.h1), *bullets(ctx, w.key_points)]
    if w.worksheet:
        room, title = heading("À vous de jouer", s.h1, 60 * mm)
        title = [title, ctx.fixed("Des questions pour avancer sur votre propre projet : notez vos réponses, même "
                                  "provisoires.", s.muted)]
        questions = [[Paragraph(f"{number}. {ctx.text(question, 'La question')}", s.question),
                      WritingLines(ctx.paperwork.answer_lines)] for number, question in enumerate(w.worksheet, 1)]
        if len(questions) > 2:  # the heading never stays alone at the foot of a page
            out += [room, KeepTogether(title + questions[0]), *(KeepTogether(b) for b in questions[1:-2])]
            title = []
        else:
            out.append(room)
        kept = title + [f for block in questions[-2:] for f in block]
    else:
        kept = out[-1:] if isinstance(out[-1], Paragraph) else []
        del out[len(out) - len(kept):]
    return out + _closing(ctx, w, kept)


def _closing(ctx: PrintContext, w: Workshop, kept: list) -> list:
    """The handout's end, kept on one page with *kept* (its last two questions, or its last paragraph), so that
    no last page holds only the last question, the resources or the funders' logos."""
    s = ctx.styles
    closing = list(kept)
    if w.resources:
        closing += [Paragraph(fr("Pour aller plus loin"), s.h1), *bullets(ctx, w.resources)]
    funders = funders_block(ctx)
    if funders:
        closing += [Spacer(0, 6 * mm), KeepTogether(funders)]
    if not closing:
        return []
    room = [] if kept else [CondPageBreak(35 * mm)]  # the resources' heading, as heading() places it
    return room + [KeepClosing(closing)]
    return out


def story(ctx: PrintContext) -> list:
    """Every handout of the kit (only the workshops of the chosen sessions, when sessions are chosen)."""
    workshops = ctx.chosen_workshops()
    if not workshops:
        return [ctx.fixed("Aucun atelier n'est encore choisi pour ce programme : il n'y a pas de livret à "
                          "imprimer.", ctx.styles.body)]
    out: list = []
    for kw in workshops:
        if out:
            out.append(PageBreak())
        out += handout_story(ctx, kw)
    return out


def build_handouts(ctx: PrintContext, target: Target) -> None:
    """Write every handout to *target*, one after the other."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)
