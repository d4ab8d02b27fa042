"""Attestations de présence: one per participant, signed by the structure's signatory.

The certificate lists the sessions the person attended (date, workshop, half-days present) and the attendance
rate: half-days present over half-days held, counting only sessions whose status is « réalisée » (HELD) and the
attendance recorded in ``Kit.attendances``. People with no half-day present get no certificate (a warning says
so); when no attendance is recorded at all, one blank certificate is printed, to fill in by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from desktop.domain.kit import HALF_DAY_LABELS, HalfDay, Kit, Participant, Presence, Session, SessionStatus
from desktop.printing.common import (
    CONTENT_WIDTH, PrintContext, Target, build, document, funders_block, grid, layout_table, letterhead, times_markup,
)
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.styles import RULE
from desktop.printing.typography import fr, long_date, percent

TITLE = "Attestation de présence"
DOCUMENT_TITLE = "Attestations de présence"
HAND = "………………………………"
_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+(.+)$")


@dataclass(frozen=True)
class AttendanceRecord:
    """A participant's attendance over the held sessions of a kit.

    Attributes:
        attended: each held session with at least one half-day present, and those half-days.
        present: half-days present.
        held: half-days held (every half-day of every held session).
    """

    attended: tuple[tuple[Session, tuple[HalfDay, ...]], ...]
    present: int
    held: int

    @property
    def rate(self) -> float | None:
        """Present over held, or ``None`` when nothing was held yet."""
        return self.present / self.held if self.held else None


def attendance_record(kit: Kit, participant_uid: str) -> AttendanceRecord:
    """Count one participant's half-days present against the half-days held."""
    held = sorted((s for s in kit.sessions if s.status is SessionStatus.HELD), key=lambda s: (s.day, s.start))
    present = {(a.session_uid, a.half_day) for a in kit.attendances
               if a.participant_uid == participant_uid and a.presence is Presence.PRESENT}
    attended = []
    for session in held:
        parts = tuple(h for h in session.half_days if (session.uid, h) in present)
        if parts:
            attended.append((session, parts))
    return AttendanceRecord(attended=tuple(attended), present=sum(len(p) for _, p in attended),
                            held=sum(len(s.half_days) for s in held))


def _half_days_label(parts: tuple[HalfDay, ...]) -> str:
    return " et ".join(HALF_DAY_LABELS[h].lower() for h in parts)


def _place(ctx: PrintContext) -> str:
    """The town of the structure's address (« 85000 La Roche-sur-Yon » → « La Roche-sur-Yon »), if found."""
    lines = [line.strip() for line in (ctx.structure.address or "").replace(",", "\n").splitlines() if line.strip()]
    for line in reversed(lines):
        found = _POSTCODE_TOWN.search(line)
        if found:
            return ctx.text(found.group(1), "L'adresse de la structure")
    return HAND


def _signature(ctx: PrintContext) -> KeepTogether:
    s = ctx.styles
    st = ctx.structure
    day = long_date(ctx.today).split(" ", 1)[1]  # « 3 mars 2027 »: no weekday in this formula
    lines = [Paragraph(fr(f"Fait à {_place(ctx)}, le {day}"), s.signature), Spacer(0, 2 * mm)]
    if st.signatory_name:
        who = f"<b>{ctx.text(st.signatory_name, 'Le nom du signataire')}</b>"
        if st.signatory_role:
            who += f"<br/>{ctx.text(st.signatory_role, 'La fonction du signataire')}"
    else:
        who = f"Nom et fonction : {HAND}"
    lines.append(Paragraph(fr(who), s.signature))
    lines.append(Paragraph("Signature et cachet", s.muted))
    table = layout_table([["", lines]], [CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55],
                         [("BOX", (1, 0), (1, 0), 0.8, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (1, 0), (1, 0), 6)],
                         rowHeights=[48 * mm])
    return KeepTogether([Spacer(0, 8 * mm), table])


def _statement(ctx: PrintContext, who: str) -> Paragraph:
    """« Claire Dumas, directrice de Ronalpia, atteste que … » (no word whose agreement we could get wrong)."""
    st = ctx.structure
    name = f"<b>{ctx.text(st.name, 'Le nom de la structure')}</b>" if st.name else ""
    if st.signatory_name:
        issuer = ctx.text(st.signatory_name, "Le nom du signataire")
        if st.signatory_role:
            issuer += f", {ctx.text(st.signatory_role, 'La fonction du signataire')}"
            issuer += f" de {name}," if name else ","
        elif name:
            issuer += f" ({name}),"
    else:
        issuer = name or "La structure soussignée"
    programme = (f"au programme d'accompagnement « {ctx.text(ctx.kit.name, 'Le nom du programme')} »"
                 if ctx.kit.name else "au programme d'accompagnement")
    if ctx.kit.territory:
        programme += f" ({ctx.text(ctx.kit.territory, 'Le territoire')})"
    return Paragraph(fr(f"{issuer} atteste que {who} a participé {programme}, aux séances suivantes :"),
                     ctx.styles.body)


def certificate_story(ctx: PrintContext, participant: Participant | None) -> list:
    """One certificate; ``None`` gives a blank one to fill in by hand."""
    s = ctx.styles
    head = [Section(ctx.plain(participant.full_name, "Le nom") if participant else TITLE),
            letterhead(ctx), Spacer(0, 10 * mm), Paragraph(TITLE, s.title), Spacer(0, 6 * mm)]
    rows: list[list] = [[Paragraph(t, s.cell_head) for t in ("Date", "Atelier", "Horaires", "Présence")]]
    if participant is None:
        who = HAND * 2
        rows += [["", "", "", ""] for _ in range(6)]
        rate = f"Assiduité : {HAND} demi-journées de présence sur {HAND} demi-journées réalisées."
    else:
        who = f"<b>{ctx.text(participant.full_name, 'Le nom')}</b>"
        if participant.organisation:
            who += f" ({ctx.text(participant.organisation, 'Le nom de la structure')})"
        record = attendance_record(ctx.kit, participant.uid)
        for session, parts in record.attended:
            rows.append([Paragraph(long_date(session.day), s.cell),
                         Paragraph(ctx.text(ctx.workshop_title(session), "Le titre de l'atelier"), s.cell),
                         Paragraph(fr(times_markup(session)), s.cell_small),
                         Paragraph(_half_days_label(parts), s.cell)])
        plural = "s" if record.present > 1 else ""
        rate = (f"<b>Assiduité :</b> {record.present} demi-journée{plural} de présence sur {record.held} "
                f"demi-journée{'s' if record.held > 1 else ''} réalisée{'s' if record.held > 1 else ''}, "
                f"soit <b>{percent(record.present, record.held)}</b>.")
    widths = [42 * mm, CONTENT_WIDTH - 42 * mm - 38 * mm - 30 * mm, 38 * mm, 30 * mm]
    heights = None if participant else [0] + [9 * mm] * 6
    body = [_statement(ctx, who), Spacer(0, 2 * mm), grid(rows, widths, min_heights=heights), Spacer(0, 4 * mm),
            Paragraph(fr(rate), s.body),
            Paragraph(fr("Cette attestation est délivrée pour servir et valoir ce que de droit."), s.body),
            _signature(ctx)]
    funders = funders_block(ctx)
    if funders:
        body += [Spacer(0, 8 * mm), KeepTogether(funders)]
    return head + body


def story(ctx: PrintContext) -> list:
    """A certificate for each participant with at least one half-day present (a blank one if none)."""
    people = []
    absent = 0
    for participant in ctx.participants():
        if attendance_record(ctx.kit, participant.uid).present:
            people.append(participant)
        else:
            absent += 1
    if not people:
        ctx.warn("Aucune présence n'est encore enregistrée pour une séance réalisée : l'attestation est imprimée "
                 "vierge, à remplir à la main.")
        return certificate_story(ctx, None)
    if absent:
        ctx.warn(f"{absent} personne{'s' if absent > 1 else ''} inscrite{'s' if absent > 1 else ''} "
                 f"n'{'ont' if absent > 1 else 'a'} aucune demi-journée de présence enregistrée : pas d'attestation "
                 f"pour {'elles' if absent > 1 else 'elle'}.")
    if not ctx.structure.signatory_name:
        ctx.warn("Le signataire des attestations n'est pas renseigné dans le profil de la structure : son nom est "
                 "à écrire à la main.")
    out: list = []
    for participant in people:
        if out:
            out.append(PageBreak())
        out += certificate_story(ctx, participant)
    return out


def build_certificates(ctx: PrintContext, target: Target) -> None:
    """Write the certificates to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)
