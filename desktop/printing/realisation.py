"""Certificat de réalisation: the Ministry of Labour's model for actions funded by an OPCO or the CPF.

One per participant the presences allow (the rules of :func:`desktop.printing.certificate.eligibility`), with
every field of the official model: the provider's legal representative who signs (« Je soussigné·e … »), the
provider; the beneficiary (and the structure they come from, when given); the title of the action; its nature,
one box ticked among the four of art. L6313-1 du Code du travail; the dates from … to …; the hours actually
completed; the undertaking to keep the supporting documents for three years after the end of the year of the
last payment (longer when European funds co-finance); place, date, stamp and signature. A blank one is printed
when nobody can have one yet.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from desktop.domain.hours import PersonHours
from desktop.domain.kit import Participant
from desktop.domain.paperwork import ACTION_NATURE_LABELS, ActionNature
from desktop.printing.certificate import HAND, action_span, one_per_page, signature_box, warn_presences
from desktop.printing.common import CONTENT_WIDTH, PrintContext, Target, build, document, funders_block, grid
from desktop.printing.flowables import Paragraph, Section
from desktop.printing.typography import fr, long_date
from desktop.domain.reason import Reason

TITLE = "Certificat de réalisation"
DOCUMENT_TITLE = "Certificats de réalisation"
TICKED, EMPTY = "☒", "☐"
KEEPING = ("Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je m'engage à "
           "conserver l'ensemble des pièces justificatives qui ont permis d'établir le présent certificat pendant "
           "une durée de 3 ans à compter de la fin de l'année du dernier paiement. En cas de cofinancement des "
           "fonds européens, la durée de conservation est étendue conformément aux obligations conventionnelles "
           "spécifiques.")


def _hours(record: PersonHours | None) -> str:
    """« 10,5 heures » (the model asks for a number of hours), or dots."""
    if record is None:
        return f"{HAND} heures"
    minutes = record.attended_minutes
    whole, rest = divmod(minutes, 60)
    if not rest:
        return f"{whole} heure{'s' if whole > 1 else ''}"
    return f"{whole} h {rest:02d} ({minutes} minutes)"


def _dates(ctx: PrintContext, record: PersonHours | None) -> str:
    if record is None or record.first_day is None:
        return action_span(ctx)
    first, last = (long_date(d).split(" ", 1)[1] for d in (record.first_day, record.last_day))
    return f"le {first}" if first == last else f"du {first} au {last}"


def certificate_story(ctx: PrintContext, participant: Participant | None, record: PersonHours | None) -> list:
    """One certificat de réalisation; ``None`` gives a blank one."""
    s = ctx.styles
    st = ctx.structure
    nature = ctx.paperwork.nature
    signer = f"<b>{ctx.text(st.signatory_name, 'Le nom du signataire')}</b>" if st.signatory_name else HAND
    provider = f"<b>{ctx.text(st.name, 'Le nom de la structure')}</b>" if st.name else HAND
    who = f"<b>{ctx.text(participant.full_name, 'Le nom')}</b>" if participant else HAND
    employer = (ctx.text(participant.organisation, "Le nom de la structure") if participant and
                participant.organisation else "" if participant else HAND)
    action = f"<b>{ctx.text(ctx.kit.name, 'Le nom du programme')}</b>" if ctx.kit.name else HAND
    out: list = [Section(ctx.plain(participant.full_name, "Le nom") if participant else TITLE),
                 Paragraph(TITLE, s.title), Spacer(0, 4 * mm)]
    out.append(Paragraph(fr(f"Je soussigné·e {signer}, représentant·e légal·e du dispensateur de l'action "
                            f"concourant au développement des compétences {provider},"), s.body))
    out.append(Paragraph(fr("atteste que :"), s.body))
    beneficiary = f"{who}"
    if employer:
        beneficiary += f", salarié·e de l'entreprise ou de la structure {employer},"
    out.append(Paragraph(fr(f"{beneficiary} a suivi l'action {action}"), s.body))
    out.append(Paragraph(fr("<b>Nature de l'action concourant au développement des compétences :</b>"), s.body))
    rows = [[Paragraph(TICKED if n is nature else EMPTY, s.cell_center),
             Paragraph(fr(ACTION_NATURE_LABELS[n]), s.cell)] for n in ActionNature]
    out.append(grid(rows, [10 * mm, CONTENT_WIDTH - 10 * mm], header_rows=0,
                    style=[("GRID", (0, 0), (-1, -1), 0, "white")]))
    out.append(Spacer(0, 2 * mm))
    out.append(Paragraph(fr(f"qui s'est déroulée {_dates(ctx, record)},"), s.body))
    out.append(Paragraph(fr(f"pour une durée de <b>{_hours(record)}</b> réalisées."), s.body))
    out += [Spacer(0, 3 * mm), Paragraph(fr(KEEPING), s.body),
            signature_box(ctx, record is None, "Cachet et signature du responsable du dispensateur de l'action")]
    funders = funders_block(ctx)
    if funders:
        out += [Spacer(0, 5 * mm), KeepTogether(funders)]
    return out


def story(ctx: PrintContext) -> list:
    result = warn_presences(ctx)
    if not ctx.paperwork.training_action:
        ctx.warn(Reason.of("print.realisation_not_training"))
    if not result.issued:
        return certificate_story(ctx, None, None)
    return one_per_page(ctx, result.issued, certificate_story)


def build_realisation_certificates(ctx: PrintContext, target: Target) -> None:
    """Write the certificats de réalisation to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), story(ctx), ctx)
