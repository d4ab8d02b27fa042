"""Attestations: one per participant, in hours, signed by the structure's signatory.

Without the kit option « action de formation » it is an **attestation de présence**; with it, an **attestation de
fin de formation** carrying what art. L6353-1 du Code du travail asks: the action's objectives, nature and
duration, and the results of the evaluation of learning when they are entered (the self-assessment against each
workshop's objectives, keys ``objectif-1``…). Both give the dates, the hours planned and the hours attended, per
session and in total, with the share of the held hours (rounded half up, :mod:`desktop.domain.hours`).

Who gets one (:func:`eligibility`) follows the facts: a person with a presence not yet entered on a held session
gets none (a missing presence is not an absence), nor a person who attended nothing, nor, before the last session
they attended, anyone; the warnings name them and the sessions. The date of issue is the day of printing, never
before the last session attended; the blank certificate (nothing recorded yet) leaves it to write by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from desktop.domain.hours import PersonHours, kit_hours, presence_gaps, session_minutes
from desktop.domain.kit import HALF_DAY_LABELS, EVALUATION_SCALE, Participant
from desktop.domain.paperwork import ACTION_NATURE_LABELS
from desktop.printing.common import (
    CONTENT_WIDTH, PrintContext, Target, build, bullets, document, funders_block, grid, layout_table, letterhead,
)
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.styles import RULE
from desktop.printing.typography import clock, duration, fr, long_date, percent, short_date
from desktop.domain.reason import Reason

PRESENCE_TITLE = "Attestation de présence"
TRAINING_TITLE = "Attestation de fin de formation"
DOCUMENT_TITLE = "Attestations"
HAND = "………………………………"
_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+(.+)$")
_CEDEX = re.compile(r"\s+cedex(\s+\d+)?\s*$", re.IGNORECASE)
#: How many people or sessions a warning names before « et N autres ».
NAMED = 8


def title(ctx: PrintContext) -> str:
    return TRAINING_TITLE if ctx.paperwork.training_action else PRESENCE_TITLE


# -- who gets one -------------------------------------------------------------------------------------------


@dataclass
class Eligibility:
    """Who gets a certificate, and why the others do not.

    Attributes:
        issued: (participant, hours) for each certificate to print.
        missing: (participant, the sessions where a presence is not entered).
        absent: people with no hour attended.
        too_early: people whose last session attended is after the date of issue.
    """

    issued: list[tuple[Participant, PersonHours]] = field(default_factory=list)
    missing: list[tuple[Participant, list]] = field(default_factory=list)
    absent: list[Participant] = field(default_factory=list)
    too_early: list[Participant] = field(default_factory=list)


def eligibility(ctx: PrintContext) -> Eligibility:
    """Sort the participants by what their presences allow."""
    out = Eligibility()
    hours = kit_hours(ctx.kit)
    for participant in ctx.participants():
        record = hours[participant.uid]
        if record.missing:
            sessions = list(dict.fromkeys(h.session for h in record.missing))
            out.missing.append((participant, sessions))
        elif not record.attended_minutes:
            out.absent.append(participant)
        elif record.last_day and record.last_day > ctx.today:
            out.too_early.append(participant)
        else:
            out.issued.append((participant, record))
    return out


def _names(items: list) -> tuple:
    shown = items[:NAMED]
    rest = len(items) - len(shown)
    return (*shown, *([Reason.of("label.others", n=rest)] if rest else []))


def _session_label(ctx: PrintContext, session) -> Reason:
    return Reason.of("label.dated_session", date=short_date(session.day), title=ctx.plain(ctx.workshop_title(session)))


def warn_presences(ctx: PrintContext) -> Eligibility:
    """Put into words what stands between the presences and the certificates (the same sentences for both
    documents, so a pack says them once); return who gets one."""
    result = eligibility(ctx)
    gaps = presence_gaps(ctx.kit, ctx.today)
    if result.missing:
        people = [Reason.of("label.person_sessions", name=ctx.plain(p.full_name),
                            sessions=tuple(_session_label(ctx, s) for s in sessions))
                  for p, sessions in result.missing]
        ctx.warn(Reason.of("print.presences_missing", n=len(people), names=_names(people)))
    if gaps.not_held:
        sessions = [_session_label(ctx, s) for s in gaps.not_held]
        ctx.warn(Reason.of("print.sessions_not_held", n=len(sessions), sessions=_names(sessions)))
    if result.too_early:
        ctx.warn(Reason.of("print.too_early", names=_names([ctx.plain(p.full_name) for p in result.too_early])))
    if result.absent:
        ctx.warn(Reason.of("print.no_hours_attended", n=len(result.absent),
                           names=_names([ctx.plain(p.full_name) for p in result.absent])))
    return result


# -- shared blocks ------------------------------------------------------------------------------------------


def place(ctx: PrintContext) -> str:
    """The town of the structure's address (« 85000 La Roche-sur-Yon Cedex 9 » → « La Roche-sur-Yon »)."""
    lines = [line.strip() for line in (ctx.structure.address or "").replace(",", "\n").splitlines() if line.strip()]
    for line in reversed(lines):
        found = _POSTCODE_TOWN.search(line)
        if found:
            return ctx.text(_CEDEX.sub("", found.group(1)), "L'adresse de la structure")
    return HAND


def issue_day(ctx: PrintContext, blank: bool) -> str:
    """« 3 mars 2027 » (no weekday in this formula), or dots on a blank certificate."""
    return HAND if blank else long_date(ctx.today).split(" ", 1)[1]


def signature_box(ctx: PrintContext, blank: bool, caption: str = "Signature et cachet") -> KeepTogether:
    s = ctx.styles
    st = ctx.structure
    lines = [Paragraph(fr(f"Fait à {place(ctx)}, le {issue_day(ctx, blank)}"), s.signature), Spacer(0, 2 * mm)]
    if st.signatory_name:
        who = f"<b>{ctx.text(st.signatory_name, 'Le nom du signataire')}</b>"
        if st.signatory_role:
            who += f"<br/>{ctx.text(st.signatory_role, 'La fonction du signataire')}"
    else:
        who = f"Nom et fonction : {HAND}"
    lines.append(Paragraph(fr(who), s.signature))
    lines.append(Paragraph(fr(caption), s.muted))
    table = layout_table([["", lines]], [CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55],
                         [("BOX", (1, 0), (1, 0), 0.8, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (1, 0), (1, 0), 6)],
                         rowHeights=[42 * mm])
    return KeepTogether([Spacer(0, 5 * mm), table])


def issuer(ctx: PrintContext) -> str:
    """« Ronalpia, représentée par Claire Dumas, directrice, » — no agreement to get wrong, no « de Association »."""
    st = ctx.structure
    name = f"<b>{ctx.text(st.name, 'Le nom de la structure')}</b>" if st.name else ""
    person = ctx.text(st.signatory_name, "Le nom du signataire") if st.signatory_name else ""
    if person and st.signatory_role:
        person += f", {ctx.text(st.signatory_role, 'La fonction du signataire')}"
    if name and person:
        return f"{name}, représentée par {person},"
    if person:
        return f"{person},"
    return name or "La structure soussignée"


def action_span(ctx: PrintContext) -> str:
    """« du 12 janvier 2027 au 9 février 2027 » over the sessions not cancelled (dots if none)."""
    sessions = ctx.sessions(selected=False)
    if not sessions:
        return f"du {HAND} au {HAND}"
    first, last = (long_date(d).split(" ", 1)[1] for d in (sessions[0].day, sessions[-1].day))
    return f"le {first}" if first == last else f"du {first} au {last}"


def planned_minutes(ctx: PrintContext) -> int:
    return sum(session_minutes(s) for s in ctx.sessions(selected=False))


def _facts_table(ctx: PrintContext, rows: list[tuple[str, str]]) -> list:
    s = ctx.styles
    data = [[Paragraph(fr(label), s.cell_bold), Paragraph(fr(value), s.cell)] for label, value in rows]
    return [grid(data, [42 * mm, CONTENT_WIDTH - 42 * mm], header_rows=0)]


# -- one certificate ----------------------------------------------------------------------------------------


def _objectives(ctx: PrintContext) -> list[str]:
    seen: list[str] = []
    for kw in ctx.kit.workshops:
        seen += [o for o in kw.workshop.objectives if o not in seen]
    return seen


def learning_results(ctx: PrintContext, participant: Participant) -> list[tuple[str, str, int]]:
    """(workshop title, objective, self-assessed score) entered for *participant* (keys ``objectif-1``…)."""
    out = []
    by_session = {s.uid: s for s in ctx.sessions(selected=False)}
    for e in ctx.kit.evaluations:
        session = by_session.get(e.session_uid)
        if e.participant_uid != participant.uid or session is None:
            continue
        workshop = ctx.workshop(session)
        for number, objective in enumerate(workshop.objectives if workshop else (), 1):
            score = e.score(f"objectif-{number}")
            if score in EVALUATION_SCALE:
                out.append((workshop.title, objective, score))
    return out


def _sessions_rows(ctx: PrintContext, record: PersonHours | None) -> list[list]:
    s = ctx.styles
    rows: list[list] = [[Paragraph(t, s.cell_head) for t in ("Date", "Atelier", "Présence", "Heures")]]
    if record is None:
        return rows + [["", "", "", ""] for _ in range(6)]
    for session, parts in record.attended:
        notes = []
        for h in parts:
            label = HALF_DAY_LABELS[h.half_day].lower()
            a = h.attendance
            if a and a.arrival:
                label += f" (arrivée à {clock(a.arrival)})"
            if a and a.departure:
                label += f" (départ à {clock(a.departure)})"
            notes.append(label)
        attended = sum(h.attended for h in parts)
        rows.append([Paragraph(long_date(session.day), s.cell),
                     Paragraph(ctx.text(ctx.workshop_title(session), "Le titre de l'atelier"), s.cell),
                     Paragraph(fr(", ".join(notes)), s.cell_small),
                     Paragraph(f"{duration(attended)} / {duration(session_minutes(session))}", s.cell)])
    return rows


def certificate_story(ctx: PrintContext, participant: Participant | None, record: PersonHours | None) -> list:
    """One certificate; ``None`` gives a blank one to fill in by hand."""
    s = ctx.styles
    pw = ctx.paperwork
    head = [Section(ctx.plain(participant.full_name, "Le nom") if participant else title(ctx)),
            letterhead(ctx), Spacer(0, 6 * mm), Paragraph(title(ctx), s.title), Spacer(0, 3 * mm)]
    verb = "a suivi l'action de formation décrite ci-dessous" if pw.training_action else \
        "a participé aux séances du programme d'accompagnement décrit ci-dessous"
    body: list = [Paragraph(fr(f"{issuer(ctx)} atteste que la personne nommée ci-dessous {verb}."), s.body)]
    person = [("Nom et prénom", f"<b>{ctx.text(participant.full_name, 'Le nom')}</b>" if participant else HAND)]
    if participant is None or participant.organisation:
        person.append(("Structure", ctx.text(participant.organisation, "Le nom de la structure") if participant
                       else HAND))
    action = [("Intitulé", ctx.text(ctx.kit.name, "Le nom du programme") if ctx.kit.name else HAND)]
    if pw.training_action:
        action.append(("Nature de l'action", ACTION_NATURE_LABELS[pw.nature]))
    action += [("Dates", action_span(ctx)), ("Durée prévue", duration(planned_minutes(ctx)) if ctx.sessions(
        selected=False) else f"{HAND} heures")]
    body += _facts_table(ctx, person + action)
    if pw.training_action and _objectives(ctx):
        body += [Paragraph(fr("<b>Objectifs de l'action</b>"), s.h2), *bullets(ctx, _objectives(ctx), "L'objectif")]
    body += [Paragraph(fr("<b>Séances suivies</b>"), s.h2)]
    widths = [40 * mm, CONTENT_WIDTH - 40 * mm - 44 * mm - 27 * mm, 44 * mm, 27 * mm]
    heights = None if record else [0] + [9 * mm] * 6
    body.append(grid(_sessions_rows(ctx, record), widths, min_heights=heights))
    if record is None:
        total = f"<b>Heures suivies :</b> {HAND} heures sur {HAND} heures réalisées."
    else:
        total = (f"<b>Heures suivies :</b> {duration(record.attended_minutes)} sur "
                 f"{duration(record.held_minutes)} réalisées, soit "
                 f"<b>{percent(record.attended_minutes, record.held_minutes)}</b> "
                 f"(durée totale prévue : {duration(record.planned_minutes)}).")
    body += [Spacer(0, 2 * mm), Paragraph(fr(total), s.body)]
    results = learning_results(ctx, participant) if participant and pw.training_action else []
    if results:
        body.append(Paragraph(fr("<b>Résultats de l'évaluation des acquis</b> (auto-positionnement, de 1 à 4)"),
                              s.h2))
        body += bullets(ctx, [f"{o} : {n}/4" for _, o, n in results], "L'objectif")
    body += [Paragraph(fr("Cette attestation est délivrée pour servir et valoir ce que de droit."), s.body),
             signature_box(ctx, record is None)]
    funders = funders_block(ctx)
    if funders:
        body += [Spacer(0, 5 * mm), KeepTogether(funders)]
    return head + body


def story(ctx: PrintContext) -> list:
    """A certificate for each participant the presences allow (a blank one when nothing is recorded yet)."""
    result = warn_presences(ctx)
    if not result.issued:
        if not (result.missing or result.too_early):
            ctx.warn(Reason.of("print.certificate_blank_no_hours"))
        else:
            ctx.warn(Reason.of("print.certificate_blank"))
        return certificate_story(ctx, None, None)
    if not ctx.structure.signatory_name:
        ctx.warn(Reason.of("print.no_signatory"))
    return one_per_page(ctx, result.issued, certificate_story)


def one_per_page(ctx: PrintContext, issued, page) -> list:
    """A page per person issued a certificate: ``page(ctx, participant, record)`` each, with page breaks between."""
    out: list = []
    for participant, record in issued:
        if out:
            out.append(PageBreak())
        out += page(ctx, participant, record)
    return out


def build_certificates(ctx: PrintContext, target: Target) -> None:
    """Write the certificates to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)
