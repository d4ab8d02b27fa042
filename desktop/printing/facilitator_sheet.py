"""Fiches d'animation: the facilitator's sheet of each session, the one place their instructions are printed.

A sheet gives the workshop, the date, the place, the facilitators and the number enrolled, the objectives, then
the timed outline: each segment's clock time from the session's start (9 h 00, 9 h 15 …, the lunch break where
the clock reaches it), its length, its title and its ``description`` — the facilitator's instructions, which the
participants' handouts leave out — and last the workshop's materials, to tick off while packing. A workshop not
scheduled yet gets a sheet with times counted from the start (0 h 00, 0 h 15 …).
"""

from __future__ import annotations

from datetime import date, time

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from desktop.domain.hours import timed_outline
from desktop.domain.kit import KitWorkshop, Session
from desktop.domain.slots import is_appointment
from desktop.printing.common import CONTENT_WIDTH, PrintContext, Target, build, bullets, document, grid, letterhead
from desktop.printing.flowables import CheckBox, Paragraph, Section
from desktop.printing.typography import clock, duration, fr, join_words, long_date, session_times

TITLE = "Fiche d'animation"
DOCUMENT_TITLE = "Fiches d'animation"


def _outline(ctx: PrintContext, kw: KitWorkshop, session: Session | None) -> list:
    s = ctx.styles
    w = kw.workshop
    start = session or Session("", kw.uid, date.min, time(0), time(23, 59))
    rows: list[list] = [[Paragraph(t, s.cell_head) for t in ("Heure", "Durée", "Séquence et consignes")]]
    style: list = []
    for step in timed_outline(start, [seg.minutes for seg in w.segments]):
        at = clock(step.start)  # from 0 h when the workshop is not scheduled yet
        if step.index is None:
            rows.append([Paragraph(at, s.cell), Paragraph(duration(step.minutes), s.cell),
                         Paragraph("<i>Pause déjeuner</i>", s.cell)])
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), "#f5f6f7"))
            continue
        segment = w.segments[step.index]
        text = f"<b>{ctx.text(segment.title, 'Le titre de la séquence')}</b>"
        if segment.kind_label and segment.kind_label != segment.title:
            text += f" <font color='#555555'>({ctx.text(segment.kind_label)})</font>"
        if segment.description:
            text += f"<br/>{ctx.text(segment.description, 'La description de la séquence')}"
        rows.append([Paragraph(at, s.cell_bold), Paragraph(duration(segment.minutes), s.cell),
                     Paragraph(text, s.cell)])
    style.append(("NOSPLIT", (0, len(rows) - 1), (-1, len(rows) - 1)))
    return [grid(rows, [18 * mm, 18 * mm, CONTENT_WIDTH - 36 * mm], style=style)]


def _facts(ctx: PrintContext, kw: KitWorkshop, session: Session | None) -> list:
    s = ctx.styles
    lines = []
    if session is not None:
        lines.append(f"<b>{long_date(session.day)}</b>, {session_times(session)}")
        venue = ctx.venue(session)
        lines.append("<b>Lieu :</b> " + (ctx.text(venue.name, "Le nom du lieu") if venue else "à préciser"))
        people = join_words(ctx.text(f.name, "Le nom") for f in ctx.facilitators(session))
        if people:
            lines.append(f"<b>Animation :</b> {people}")
    else:
        lines.append("<b>Séance :</b> pas encore programmée")
    n = len(ctx.kit.participants)
    enrolled = f"<b>Inscrits :</b> {n} personne{'s' if n > 1 else ''}"
    if is_appointment(kw):
        enrolled += f" · rendez-vous individuels de {kw.slot_minutes} min"
    lines.append(enrolled + f" · <b>Durée :</b> {duration(kw.workshop.duration_minutes)}")
    return [Paragraph(fr(line), s.body) for line in lines]


def sheet_story(ctx: PrintContext, kw: KitWorkshop, session: Session | None) -> list:
    """One facilitator's sheet, for *session* (or the workshop unscheduled)."""
    s = ctx.styles
    w = kw.workshop
    section = ctx.plain(w.title, "Le titre de l'atelier")
    if session is not None:
        section = f"{long_date(session.day)} – {section}"
    title = [Paragraph(fr(TITLE), s.title)]
    if ctx.kit.name:
        title.append(Paragraph(fr(f"Programme « {ctx.text(ctx.kit.name, 'Le nom du programme')} »"), s.muted))
    out: list = [Section(section), letterhead(ctx, title, logo_height=12 * mm),
                 Paragraph(ctx.text(w.title, "Le titre de l'atelier"), s.h1), *_facts(ctx, kw, session)]
    if w.objectives:
        out += [Paragraph("Objectifs", s.h2), *bullets(ctx, w.objectives, "L'objectif")]
    out += [Paragraph("Déroulé minuté", s.h2), *_outline(ctx, kw, session)]
    if w.materials:
        rows = [[CheckBox(), Paragraph(ctx.text(item, "Le matériel"), s.cell)] for item in w.materials]
        table = grid(rows, [9 * mm, CONTENT_WIDTH - 9 * mm], header_rows=0,
                     style=[("GRID", (0, 0), (-1, -1), 0, "white"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
        out.append(KeepTogether([Spacer(0, 2 * mm), Paragraph("Matériel", s.h2), table]))
    return out


def story(ctx: PrintContext) -> list:
    """A sheet per chosen session, and one per workshop not scheduled yet."""
    out: list = []
    scheduled = set()
    for session in ctx.sessions():
        kw = ctx.kit.kit_workshop(session.kit_workshop_uid)
        if kw is None:
            continue
        scheduled.add(kw.uid)
        if out:
            out.append(PageBreak())
        out += sheet_story(ctx, kw, session)
    if ctx.session_uids is None:
        for kw in ctx.kit.workshops:
            if kw.uid not in scheduled and not any(s.kit_workshop_uid == kw.uid for s in ctx.sessions()):
                if out:
                    out.append(PageBreak())
                out += sheet_story(ctx, kw, None)
    if not out:
        return [ctx.fixed("Aucun atelier n'est encore choisi pour ce programme : il n'y a pas de fiche "
                          "d'animation à imprimer.")]
    return out


def build_facilitator_sheets(ctx: PrintContext, target: Target) -> None:
    """Write the facilitators' sheets to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)
