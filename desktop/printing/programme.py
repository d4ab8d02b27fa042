"""The programme of the cycle: the calendar of sessions, the workshops' objectives, practical information.

It is what a facilitator hands out at the first meeting or sends to the town hall: the structure's letterhead, the
dates month by month (« mardi 12 janvier 2027 », « de 9 h 30 à 12 h 30 »), where and with whom, then what each
workshop aims at, then the terms a Qualiopi auditor looks for (prerequisites, audience, total duration in hours,
how and how soon to join, price, methods, evaluation, accessibility and the contact for adaptations: « à
préciser » where the kit says nothing), then for each venue how to get there and what it offers (each fact yes,
no or « à préciser »), and last the funders' mention and logos, with the EU emblem when the FSE+ co-finances. It always lists the whole cycle, whatever sessions were
chosen for the other documents.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from desktop.domain.hours import session_minutes
from desktop.domain.kit import SessionStatus, Venue
from desktop.domain.paperwork import ACTION_NATURE_LABELS, PAPERWORK_LABELS
from desktop.domain.vocabulary import AUDIENCES
from desktop.printing.common import (
    CONTENT_WIDTH, UNKNOWN_FACT, PrintContext, Target, build, bullets, document, fact, closing_mentions, grid, heading,
    letterhead, times_markup,
)
from desktop.printing.flowables import Paragraph
from desktop.printing.styles import ACCENT
from desktop.printing.typography import duration, fr, join_words, long_date, month_year

TITLE = "Programme du cycle"


def _calendar(ctx: PrintContext) -> list:
    s = ctx.styles
    sessions = ctx.sessions(selected=False)
    if not sessions:
        return [ctx.fixed("Aucune séance n'est encore programmée. Les dates vous seront communiquées dès "
                          "qu'elles seront fixées.", s.body)]
    head = [Paragraph(fr(t), s.cell_head) for t in ("Date", "Horaires", "Atelier", "Lieu", "Animation")]
    rows: list[list] = [head]
    style: list = []
    month = None
    for session in sessions:
        if (session.day.year, session.day.month) != month:
            month = (session.day.year, session.day.month)
            label = month_year(session.day)
            rows.append([Paragraph(label[0].upper() + label[1:], s.cell_bold), "", "", "", ""])
            style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                      ("TEXTCOLOR", (0, len(rows) - 1), (-1, len(rows) - 1), ACCENT)]
        venue = ctx.venue(session)
        place = ctx.text(venue.name, "Le nom du lieu") if venue else "Lieu à préciser"
        if venue and venue.commune:
            place += f"<br/>{ctx.text(venue.commune, 'La commune')}"
        workshop = ctx.text(ctx.workshop_title(session), "Le titre de l'atelier")
        if session.status is SessionStatus.PENCILLED:
            workshop += "<br/><i>date à confirmer</i>"
        people = join_words(ctx.text(f.name, "Le nom") for f in ctx.facilitators(session))
        rows.append([Paragraph(long_date(session.day), s.cell_bold), Paragraph(times_markup(session), s.cell),
                     Paragraph(workshop, s.cell), Paragraph(place, s.cell), Paragraph(people, s.cell)])
    widths = [32 * mm, 30 * mm, 47 * mm, 38 * mm, CONTENT_WIDTH - 147 * mm]
    return [grid(rows, widths, style=style)]


def _objectives(ctx: PrintContext) -> list:
    s = ctx.styles
    out: list = heading("Les ateliers et leurs objectifs", s.h1, 60 * mm)
    if not ctx.kit.workshops:
        return out + [ctx.fixed("Les ateliers du cycle ne sont pas encore choisis.")]
    for number, kw in enumerate(ctx.kit.workshops, 1):
        w = kw.workshop
        block: list = [Paragraph(f"{number}. {ctx.text(w.title, 'Le titre de l’atelier')}", s.h2)]
        facts = [duration(w.duration_minutes), w.format_label, w.audience_text]
        block.append(Paragraph(fr(" · ".join(x for x in facts if x)), s.muted))
        if w.summary:
            block.append(Spacer(0, 2))
            block.append(ctx.para(w.summary, s.body))
        if w.objectives:
            block.append(Paragraph(fr("<b>À l'issue de l'atelier, vous saurez :</b>"), s.body))
            block += bullets(ctx, w.objectives)
        out.append(KeepTogether(block))
    return out


def _venue_rows(ctx: PrintContext, venue: Venue) -> list[list]:
    s = ctx.styles
    rows = []

    def row(label: str, markup: str) -> None:
        rows.append([Paragraph(fr(label), s.cell_bold), Paragraph(fr(markup), s.cell)])

    address = "<br/>".join(ctx.text(x, "L'adresse") for x in (venue.address, venue.commune) if x)
    row("Adresse", address or "à préciser")
    if venue.access_notes:
        row("Accès", ctx.text(venue.access_notes, "Les indications d'accès"))
    row("Accès de plain-pied", fact(venue.step_free, "oui", "non : signalez-nous tout besoin, nous "
                                                          "chercherons une solution"))
    row("Stationnement", fact(venue.parking, "parking sur place", "pas de parking réservé"))
    row("Réseau mobile", fact(venue.mobile_coverage, "couvert", "faible ou absent : prévoyez-le pour vos appels"))
    row("Wi-Fi", fact(venue.wifi, "disponible", "non disponible"))
    if venue.equipment:
        row("Équipement", ctx.text(venue.equipment, "L'équipement"))
    if venue.capacity:
        row("Capacité", f"{venue.capacity} personnes")
    return rows


def _terms(ctx: PrintContext) -> list:
    """What a Qualiopi auditor looks for in a programme (indicator 1): one table, « à préciser » where empty."""
    s = ctx.styles
    pw = ctx.paperwork
    rows: list[list] = []

    def row(label: str, markup: str) -> None:
        rows.append([Paragraph(fr(label), s.cell_bold), Paragraph(fr(markup), s.cell)])

    sessions = ctx.sessions(selected=False)
    hours = sum(session_minutes(x) for x in sessions)
    for name, label in PAPERWORK_LABELS.items():
        value = getattr(pw, name)
        row(label, ctx.text(value, f"Le champ « {label} »") if value.strip() else UNKNOWN_FACT)
        if name == "audience":
            row("Durée totale", f"{duration(hours)} en {len(sessions)} séance{'s' if len(sessions) > 1 else ''}"
                if sessions else UNKNOWN_FACT)
    if pw.training_action:
        row("Nature de l'action", ACTION_NATURE_LABELS[pw.nature])
    return [*heading("Modalités pratiques", s.h1, 50 * mm),
            grid(rows, [52 * mm, CONTENT_WIDTH - 52 * mm], header_rows=0)]


def _practical(ctx: PrintContext) -> list:
    s = ctx.styles
    title = Paragraph("Informations pratiques", s.h1)
    out: list = []
    venues = ctx.venues(ctx.sessions(selected=False))
    if not venues:
        out += [title, ctx.fixed("Les lieux seront précisés avec les dates des séances.")]
    for venue in venues:
        table = grid(_venue_rows(ctx, venue), [42 * mm, CONTENT_WIDTH - 42 * mm], header_rows=0)
        block = [Paragraph(ctx.text(venue.name, "Le nom du lieu"), s.h2), table]
        out.append(KeepTogether(block if out else [title, *block]))
    people = ctx.team()
    if people:
        out.append(Paragraph("Vos contacts", s.h2))
        for f in people:
            bits = [f"<b>{ctx.text(f.name, 'Le nom')}</b>"]
            bits += [ctx.text(x, "Les coordonnées") for x in (f.organisation, f.phone, f.email) if x]
            out.append(Paragraph(" – ".join(bits), s.bullet, bulletText="•"))
    return out


def story(ctx: PrintContext) -> list:
    """The programme's flowables."""
    s = ctx.styles
    kit = ctx.kit
    out: list = [letterhead(ctx, logo_height=14 * mm),
                 Paragraph(ctx.text(kit.name or "Programme", "Le nom du programme"), s.title)]
    intro = [x for x in (kit.territory, kit.departement) if x]
    sub = "Programme du cycle"
    if intro:
        sub += " – " + " · ".join(ctx.text(x, "Le territoire") for x in intro)
    out.append(Paragraph(sub, s.subtitle))
    sessions = ctx.sessions(selected=False)
    if sessions:
        n = len(sessions)
        first, last = sessions[0].day, sessions[-1].day
        span = (f"le {long_date(first)}" if first == last
                else f"du {long_date(first)} au {long_date(last)}")
        out.append(ctx.fixed(f"{n} séance{'s' if n > 1 else ''}, {span}."))
    if kit.audience:
        # commas, not « et »: a label may hold « et » itself (« Élus et agents »)
        out.append(ctx.fixed("<b>Pour qui :</b> " + ", ".join(ctx.text(AUDIENCES.get(a, a), "Le public")
                                                             for a in kit.audience)))
    out += heading("Calendrier", s.h1)
    out += _calendar(ctx)
    out += _objectives(ctx)
    out += _terms(ctx)
    out += _practical(ctx)
    out += closing_mentions(ctx)
    return out


def build_programme(ctx: PrintContext, target: Target) -> None:
    """Write the programme to *target* (a path or a binary file)."""
    build(document(target, ctx, TITLE), story(ctx), ctx)
