"""« Sous-groupes »: the sub-groups drawn during a session run live, one page to pin up or hand round.

Each group is a box with its number and the names as the participant view shows them (first names, with an
initial when two are alike: :func:`desktop.domain.subgroups.short_names`); boxes are laid out two per row in large
type, so the sheet reads from a few steps away.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.domain.dates import long_date
from desktop.domain.kit import Session
from desktop.domain.subgroups import short_names
from desktop.printing.common import CONTENT_WIDTH, PrintContext, Target, build, document, grid
from desktop.printing.flowables import Paragraph
from desktop.printing.fonts import BOLD, REGULAR
from desktop.printing.styles import ACCENT, INK
from desktop.printing.typography import fr, session_times

DOCUMENT_TITLE = "Sous-groupes"
COLUMNS = 2


def story(ctx: PrintContext, session: Session, groups: tuple[tuple[str, ...], ...]) -> list:
    """The title, the session's workshop and date, then the groups."""
    s = ctx.styles
    names = short_names(ctx.kit.participants)
    group_title = ParagraphStyle("group-title", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT)
    name_style = ParagraphStyle("group-name", fontName=REGULAR, fontSize=15, leading=20, textColor=INK,
                                splitLongWords=1)
    flow: list = [Paragraph(fr(DOCUMENT_TITLE), s.title),
                  Paragraph(fr(f"{ctx.text(ctx.workshop_title(session), 'Le titre de l’atelier')} — "
                               f"{long_date(session.day)}, {session_times(session)}"), s.subtitle)]
    if not groups:
        flow.append(Paragraph(fr("Aucun sous-groupe n’a été tiré pour cette séance."), s.body))
        return flow
    cells = []
    for number, group in enumerate(groups, 1):
        shown = [names.get(uid) for uid in group if uid in names]
        cells.append([Paragraph(fr(f"Groupe {number}"), group_title),
                      *(Paragraph(ctx.text(name, "Le nom"), name_style) for name in shown)])
    rows = [cells[i:i + COLUMNS] + [""] * (COLUMNS - len(cells[i:i + COLUMNS]))
            for i in range(0, len(cells), COLUMNS)]
    width = CONTENT_WIDTH / COLUMNS
    padding = [(side, (0, 0), (-1, -1), 8) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
    flow += [Spacer(1, 4 * mm), grid(rows, [width] * COLUMNS, header_rows=0, style=padding)]
    return flow


def build_subgroups(ctx: PrintContext, target: Target, session: Session,
                    groups: tuple[tuple[str, ...], ...]) -> None:
    """Write the sub-groups of *session* to *target*."""
    doc = document(target, ctx, DOCUMENT_TITLE)
    build(doc, story(ctx, session, groups), ctx)
