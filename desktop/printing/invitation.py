"""Convocations: a letter per participant with the dates, times and places of the chosen sessions.

Each letter greets the person by name, lists the sessions (date, times, workshop, venue), gives for each venue
its address and access notes, says what to bring, and whom to tell in case of absence. With nobody enrolled yet,
one letter with the name left blank is printed, to photocopy.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from desktop.domain.kit import Participant, SessionStatus
from desktop.printing.common import (
    CONTENT_WIDTH, PrintContext, Target, build, bullets, document, fact, funders_block, grid, letterhead,
)
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.typography import fr, join_words, long_date, session_times

TITLE = "Convocation"
DOCUMENT_TITLE = "Convocations"
TO_BRING = ("de quoi écrire ;", "vos questions, et les documents de votre projet si vous en avez (présentation, "
            "budget, statuts…).")
HAND = "………………………………"


def _sessions_table(ctx: PrintContext) -> list:
    s = ctx.styles
    sessions = ctx.sessions()
    if not sessions:
        return [ctx.fixed("Les dates des séances ne sont pas encore fixées : nous vous les communiquerons très "
                          "prochainement.")]
    rows: list[list] = [[Paragraph(t, s.cell_head) for t in ("Date", "Horaires", "Atelier", "Lieu")]]
    for session in sessions:
        venue = ctx.venue(session)
        place = ctx.text(venue.name, "Le nom du lieu") if venue else "à préciser"
        if venue and venue.commune:
            place += f", {ctx.text(venue.commune, 'La commune')}"
        workshop = ctx.text(ctx.workshop_title(session), "Le titre de l'atelier")
        if session.status is SessionStatus.PENCILLED:
            workshop += "<br/><i>date à confirmer</i>"
        rows.append([Paragraph(long_date(session.day), s.cell_bold), Paragraph(session_times(session), s.cell),
                     Paragraph(workshop, s.cell), Paragraph(place, s.cell)])
    return [grid(rows, [36 * mm, 36 * mm, CONTENT_WIDTH - 112 * mm, 40 * mm])]


def _venues(ctx: PrintContext) -> list:
    s = ctx.styles
    out: list = []
    for venue in ctx.venues(ctx.sessions()):
        lines = [f"<b>{ctx.text(venue.name, 'Le nom du lieu')}</b>"]
        address = ", ".join(ctx.text(x, "L'adresse") for x in (venue.address, venue.commune) if x)
        if address:
            lines.append(address)
        if venue.access_notes:
            lines.append(f"Accès : {ctx.text(venue.access_notes, 'Les indications d’accès')}")
        facts = [f"accès de plain-pied : {fact(venue.step_free, 'oui', 'non')}"]
        if venue.parking is not None:
            facts.append("parking sur place" if venue.parking else "pas de parking réservé")
        if venue.mobile_coverage is False:
            facts.append("réseau mobile faible")
        lines.append(join_words(facts).capitalize() + ".")
        out.append(Paragraph(fr("<br/>".join(lines)), s.bullet, bulletText="•"))
    return out


def letter_story(ctx: PrintContext, participant: Participant | None) -> list:
    """One letter; ``None`` leaves the name to write by hand."""
    s = ctx.styles
    name = ctx.text(participant.full_name, "Le nom") if participant else HAND
    section = ctx.plain(participant.full_name, "Le nom") if participant else TITLE
    address = []
    if participant:
        address = [ctx.text(x, "Les coordonnées") for x in (participant.full_name, participant.organisation,
                                                             participant.commune) if x]
    right = [Paragraph(TITLE, s.title)] + ([Paragraph("<br/>".join(address), s.body)] if address else [])
    out: list = [Section(section), letterhead(ctx, right), Spacer(0, 6 * mm)]
    out.append(Paragraph(fr(f"Bonjour {name},"), s.body))
    programme = f" « {ctx.text(ctx.kit.name, 'Le nom du programme')} »" if ctx.kit.name else ""
    then = " Voici les dates à retenir :" if ctx.sessions() else ""
    out.append(Paragraph(fr(f"Nous avons le plaisir de vous convier aux séances du programme d'accompagnement"
                            f"{programme}.{then}"), s.body))
    out += _sessions_table(ctx)
    venues = _venues(ctx)
    if venues:
        out.append(Paragraph("Pour venir", s.h2))
        out += venues
    out.append(KeepTogether([Paragraph("À apporter", s.h2), *bullets(ctx, [fr(x) for x in TO_BRING])]))
    contacts = ctx.facilitators()
    if contacts:
        who = []
        for f in contacts:
            bits = [ctx.text(x, "Les coordonnées") for x in (f.phone, f.email) if x]
            who.append(f"<b>{ctx.text(f.name, 'Le nom')}</b>" + (f" ({', '.join(bits)})" if bits else ""))
        out.append(Spacer(0, 3 * mm))
        out.append(Paragraph(fr(f"En cas d'empêchement, merci de prévenir {join_words(who)}."), s.body))
    out.append(Spacer(0, 3 * mm))
    out.append(ctx.fixed("Au plaisir de vous accueillir,"))
    signer = join_words(ctx.text(f.name, "Le nom") for f in contacts)
    if ctx.structure.name:
        signer = (signer + "<br/>" if signer else "") + ctx.text(ctx.structure.name, "Le nom de la structure")
    if signer:
        out.append(Paragraph(fr(signer), s.body))
    funders = funders_block(ctx)
    if funders:
        out += [Spacer(0, 8 * mm), KeepTogether(funders)]
    return out


def story(ctx: PrintContext) -> list:
    """A letter for each participant (one blank letter if nobody is enrolled)."""
    people = ctx.participants()
    if not people:
        return letter_story(ctx, None)
    out: list = []
    for participant in people:
        if out:
            out.append(PageBreak())
        out += letter_story(ctx, participant)
    return out


def build_invitations(ctx: PrintContext, target: Target) -> None:
    """Write the letters to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)
