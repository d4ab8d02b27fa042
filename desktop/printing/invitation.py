"""Convocations: a one-page letter per participant with the dates, times and places of the chosen sessions.

Each letter greets the person by name, lists the sessions (date, times, workshop, venue), gives for each venue
its address, access notes and facts (« à préciser » for what was never described), says what to bring, and whom
to tell in case of absence: the sessions' facilitators, or the kit's, even without a structure profile. For an
individual appointment (:mod:`desktop.domain.slots`) the letter gives the person's own slot, not the whole
session. A letter always fits one page: it is laid out, measured, and made more compact until it does. With
nobody enrolled yet, one letter with the name left blank is printed, to photocopy.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from desktop.domain.kit import Participant, SessionStatus
from desktop.domain.slots import SlotPlan, slot_plans
from desktop.printing.common import (
    BOTTOM_MARGIN, CONTENT_WIDTH, PAGE_HEIGHT, TOP_MARGIN, PrintContext, Target, build, document, fact,
    funders_block, grid, letterhead,
)
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.typography import clock, fr, join_words, long_date, session_times, short_date
from desktop.domain.reason import Reason

TITLE = "Convocation"
DOCUMENT_TITLE = "Convocations"
TO_BRING = ("de quoi écrire, vos questions, et les documents de votre projet si vous en avez (présentation, "
            "budget, statuts…).")
HAND = "………………………………"
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN


def pencilled(ctx: PrintContext) -> list:
    """The chosen sessions still « pressenties », which print « date à confirmer »."""
    return [s for s in ctx.sessions() if s.status is SessionStatus.PENCILLED]


def warn_dates(ctx: PrintContext) -> None:
    """Say which sessions will print « date à confirmer »."""
    sessions = pencilled(ctx)
    if sessions:
        names = tuple(Reason.of("label.dated_session", date=short_date(s.day), title=ctx.plain(ctx.workshop_title(s)))
                      for s in sessions)
        ctx.warn(Reason.of("print.dates_to_confirm", n=len(sessions), sessions=names))


def warn_slots(ctx: PrintContext, plans: dict[str, SlotPlan]) -> None:
    """Say who is left without an individual appointment, and how many sessions more would do."""
    for plan in plans.values():
        if not plan.unplaced:
            continue
        values = {"n": len(plan.unplaced), "title": ctx.plain(plan.workshop.workshop.title),
                  "minutes": plan.workshop.slot_minutes}
        if plan.more_sessions:
            ctx.warn(Reason.of("print.no_slot_more", more=Reason.of("print.sessions", n=plan.more_sessions), **values))
        else:
            ctx.warn(Reason.of("print.no_slot", **values))


def check_letters(ctx: PrintContext) -> None:
    """The warnings of the letters, before printing: dates to confirm, people without an appointment."""
    warn_dates(ctx)
    warn_slots(ctx, slot_plans(ctx.kit, [p.uid for p in ctx.participants()]))


def _sessions_table(ctx: PrintContext, participant: Participant | None, plans: dict[str, SlotPlan],
                    style) -> list:
    s = ctx.styles
    sessions = ctx.sessions()
    if not sessions:
        return [ctx.fixed("Les dates des séances ne sont pas encore fixées : nous vous les communiquerons très "
                          "prochainement.")]
    rows: list[list] = [[Paragraph(t, s.cell_head) for t in ("Date", "Horaires", "Atelier", "Lieu")]]
    for session in sessions:
        plan = plans.get(session.kit_workshop_uid)
        times = session_times(session)
        if plan is not None:
            slot = plan.slots.get(participant.uid) if participant else None
            if participant and (slot is None or slot.session.uid != session.uid):
                continue  # someone else's appointment
            times = (f"<b>votre rendez-vous</b> de {clock(slot.start)} à {clock(slot.end)}" if slot
                     else f"rendez-vous individuel de {plan.workshop.slot_minutes} min, horaire à fixer")
        venue = ctx.venue(session)
        place = ctx.text(venue.name, "Le nom du lieu") if venue else "à préciser"
        if venue and venue.commune:
            place += f", {ctx.text(venue.commune, 'La commune')}"
        workshop = ctx.text(ctx.workshop_title(session), "Le titre de l'atelier")
        if session.status is SessionStatus.PENCILLED:
            workshop += "<br/><i>date à confirmer</i>"
        rows.append([Paragraph(long_date(session.day), style), Paragraph(fr(times), style),
                     Paragraph(workshop, style), Paragraph(place, style)])
    for plan in plans.values():
        if participant and participant.uid in plan.unplaced:
            rows.append([Paragraph("à fixer", style), Paragraph("votre rendez-vous individuel", style),
                         Paragraph(ctx.text(plan.workshop.workshop.title, "Le titre de l'atelier"), style),
                         Paragraph("nous vous recontactons", style)])
    return [grid(rows, [36 * mm, 36 * mm, CONTENT_WIDTH - 112 * mm, 40 * mm])]


def _venues(ctx: PrintContext, style) -> list:
    out: list = []
    for venue in ctx.venues(ctx.sessions()):
        lines = [f"<b>{ctx.text(venue.name, 'Le nom du lieu')}</b>"]
        address = ", ".join(ctx.text(x, "L'adresse") for x in (venue.address, venue.commune) if x)
        if address:
            lines[0] += f" – {address}"
        if venue.access_notes:
            lines.append(f"Accès : {ctx.text(venue.access_notes, 'Les indications d’accès')}")
        facts = [f"accès de plain-pied : {fact(venue.step_free, 'oui', 'non')}",
                 f"stationnement : {fact(venue.parking, 'parking sur place', 'pas de parking réservé')}"]
        if venue.mobile_coverage is False:
            facts.append("réseau mobile faible")
        lines.append(join_words(facts).capitalize() + ".")
        out.append(Paragraph(fr("<br/>".join(lines)), style, bulletText="•"))
    return out


def _contacts(ctx: PrintContext) -> list:
    """The people to tell in case of absence: the sessions' facilitators, else the kit's."""
    found: list = []
    for session in ctx.sessions():
        found += [f for f in ctx.facilitators(session) if f not in found]
    return found or ctx.facilitators() or ctx.all_facilitators()


def letter_story(ctx: PrintContext, participant: Participant | None, plans: dict[str, SlotPlan],
                 compact: int = 0) -> list:
    """One letter; ``None`` leaves the name to write by hand. *compact* (0–2) trades space for room."""
    s = ctx.styles
    cell = s.cell_small if compact else s.cell
    para = s.small if compact > 1 else s.body
    name = ctx.text(participant.full_name, "Le nom") if participant else HAND
    address = []
    if participant:
        address = [ctx.text(x, "Les coordonnées") for x in (participant.full_name, participant.organisation,
                                                             participant.commune) if x]
    right = [Paragraph(TITLE, s.title)] + ([Paragraph("<br/>".join(address), para)] if address else [])
    out: list = [letterhead(ctx, right, logo_height=(16 - 4 * compact) * mm), Spacer(0, (6 - 2 * compact) * mm)]
    out.append(Paragraph(fr(f"Bonjour {name},"), para))
    programme = f" « {ctx.text(ctx.kit.name, 'Le nom du programme')} »" if ctx.kit.name else ""
    then = " Voici les dates à retenir :" if ctx.sessions() else ""
    out.append(Paragraph(fr(f"Nous avons le plaisir de vous convier aux séances du programme d'accompagnement"
                            f"{programme}.{then}"), para))
    out += _sessions_table(ctx, participant, plans, cell)
    venues = _venues(ctx, s.small if compact else s.bullet)
    if venues:
        out.append(Paragraph("Pour venir", s.h2))
        out += venues
    out.append(Paragraph(fr(f"<b>À apporter :</b> {TO_BRING}"), para))
    contact = ctx.paperwork.accessibility_contact.strip()
    if contact:
        out.append(Paragraph(fr("<b>Besoin d'une adaptation</b> (handicap, accès, horaires) ? Contactez "
                                f"{ctx.text(contact, 'Le contact pour une adaptation')}."), para))
    contacts = _contacts(ctx)
    who = []
    for f in contacts:
        bits = [ctx.text(x, "Les coordonnées") for x in (f.phone, f.email) if x]
        who.append(f"<b>{ctx.text(f.name, 'Le nom')}</b>" + (f" ({', '.join(bits)})" if bits else ""))
    if who:
        out.append(Paragraph(fr(f"En cas d'empêchement, merci de prévenir {join_words(who)}."), para))
    else:
        out.append(Paragraph(fr("En cas d'empêchement, merci de nous prévenir au plus tôt."), para))
    out.append(Paragraph(fr("Au plaisir de vous accueillir,"), para))
    signer = join_words(ctx.text(f.name, "Le nom") for f in contacts) or "L'équipe d'animation"
    if ctx.structure.name:
        signer += "<br/>" + ctx.text(ctx.structure.name, "Le nom de la structure")
    out.append(Paragraph(fr(signer), para))
    funders = funders_block(ctx)
    if funders:
        out += [Spacer(0, (6 - 2 * compact) * mm), *funders]
    return out


def _height(flowables: list) -> float:
    return sum(f.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def compactness(ctx: PrintContext, participant: Participant | None,
                plans: dict[str, SlotPlan]) -> tuple[int, list]:
    """The first level of compactness at which the letter fits one page (with a warning if none does), and the
    letter measured at that level (printed as it is: laid out once)."""
    for compact in (0, 1, 2):
        letter = letter_story(ctx, participant, plans, compact)
        if _height(letter) <= FRAME_HEIGHT - 2 * mm:
            return compact, letter
    ctx.warn(Reason.of("print.letter_too_long"))
    return 2, letter


def _shape(participant: Participant | None, plans: dict[str, SlotPlan]) -> tuple:
    """What makes two letters differ in length: the address lines and the appointments listed."""
    if participant is None:
        return ()
    lines = sum(1 for x in (participant.full_name, participant.organisation, participant.commune) if x)
    slots = tuple(plan.slots[participant.uid].session.uid if participant.uid in plan.slots else ""
                  for plan in plans.values())
    return lines, len(participant.organisation) > 40, slots


def story(ctx: PrintContext) -> list:
    """A letter for each participant (one blank letter if nobody is enrolled), each on one page."""
    people = ctx.participants()
    plans = slot_plans(ctx.kit, [p.uid for p in people])
    warn_dates(ctx)
    warn_slots(ctx, plans)
    levels: dict[tuple, int] = {}
    out: list = []
    for participant in people or [None]:
        if out:
            out.append(PageBreak())
        shape = _shape(participant, plans)
        if shape in levels:
            letter = letter_story(ctx, participant, plans, levels[shape])
        else:
            levels[shape], letter = compactness(ctx, participant, plans)
        section = ctx.plain(participant.full_name, "Le nom") if participant else TITLE
        out += [Section(section), *letter]
    return out


def build_invitations(ctx: PrintContext, target: Target) -> None:
    """Write the letters to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)
