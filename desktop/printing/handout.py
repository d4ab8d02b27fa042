"""The participant handout, one per workshop: what the participant takes home and writes on.

Its shape follows the content guide: title, duration, audience and origin; Objectifs; Déroulé (the timed
outline); L'essentiel; À vous de jouer (each question with ruled lines to answer by hand); Pour aller plus loin.
Each handout starts on a new page and has its own page numbers.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import KitWorkshop
from desktop.printing.common import CONTENT_WIDTH, PrintContext, Target, build, bullets, document, grid, heading
from desktop.printing.flowables import Paragraph, Section, WritingLines
from desktop.printing.typography import NBSP, duration, fr, join_words, long_date, session_times

TITLE = "Livret participant"
DOCUMENT_TITLE = "Livrets participants"
#: Ruled lines under each worksheet question.
ANSWER_LINES = 4


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


def _outline(ctx: PrintContext, w: Workshop) -> list:
    s = ctx.styles
    rows: list[list] = [[Paragraph("Durée", s.cell_head), Paragraph("Séquence", s.cell_head)]]
    for segment in w.segments:
        text = f"<b>{ctx.text(segment.title, 'Le titre de la séquence')}</b>"
        if segment.kind_label and segment.kind_label != segment.title:
            text += f" <font color='#555555'>({ctx.text(segment.kind_label)})</font>"
        if segment.description:
            text += f"<br/>{ctx.text(segment.description, 'La description de la séquence')}"
        rows.append([Paragraph(duration(segment.minutes), s.cell), Paragraph(text, s.cell)])
    rows.append([Paragraph(f"<b>{duration(w.outline_minutes)}</b>", s.cell), Paragraph("<b>Total</b>", s.cell)])
    return [grid(rows, [22 * mm, CONTENT_WIDTH - 22 * mm])]


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
    if ctx.kit.name:
        out.append(Paragraph(ctx.text(ctx.kit.name, "Le nom du programme"), s.muted))
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
        out += [*heading("Déroulé", s.h1, 45 * mm), *_outline(ctx, w)]
    if w.key_points:
        out += [*heading("L'essentiel", s.h1), *bullets(ctx, w.key_points)]
    if w.worksheet:
        out += heading("À vous de jouer", s.h1, 60 * mm)
        out.append(ctx.fixed("Des questions pour avancer sur votre propre projet : notez vos réponses, même "
                             "provisoires.", s.muted))
        for number, question in enumerate(w.worksheet, 1):
            out.append(KeepTogether([
                Paragraph(f"{number}. {ctx.text(question, 'La question')}", s.question),
                WritingLines(ANSWER_LINES),
            ]))
    if w.resources:
        out += [*heading("Pour aller plus loin", s.h1), *bullets(ctx, w.resources)]
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
