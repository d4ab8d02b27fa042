"""The funders' report on one A4 page: the period and kits, the key figures, a bar chart of the hours delivered,
the figures by territory and by audience (see docs/report-format.md).

The figures come from :mod:`desktop.domain.report` and are only worded here. The page is kept to one sheet by
bounding what grows: at most :data:`MAX_ROWS` lines per table (the others are said in one line), the list of kits
shortened, the chart by month or, over more than :data:`MAX_MONTHS` months, by year.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.domain.hours import decimal_hours, session_minutes
from desktop.domain.kit import IssuingStructure, Kit
from desktop.domain.report import Figures, Report
from desktop.domain.vocabulary import AUDIENCES
from desktop.printing.common import CONTENT_WIDTH, PrintContext, Target, build, document, grid, heading
from desktop.printing.flowables import Paragraph
from desktop.printing.fonts import REGULAR
from desktop.printing.styles import ACCENT, MUTED, RULE
from desktop.printing.typography import NBSP, fr, long_date, short_date

TITLE = "Bilan pour les financeurs"
MAX_ROWS = 5
#: The list of kits under the title stops naming them past this many characters.
KITS_LINE_CHARS = 160
#: A territory or audience name is cut past this many characters in its table.
LABEL_CHARS = 34
MAX_MONTHS = 24
MONTH_ABBREVIATIONS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                       "déc.")


def hours_text(value: Decimal) -> str:
    """« 13,50 h »."""
    return f"{value}".replace(".", ",") + f"{NBSP}h"


def rate_text(rate: int | None, not_entered: int = 0) -> str:
    """« 87 % », « à compléter » while presences are missing (never counted absent), « – » without anything."""
    if not_entered:
        return "à compléter"
    return "–" if rate is None else f"{rate}{NBSP}%"


def period_text(report: Report) -> str:
    start, end = report.period.start, report.period.end
    if start and end:
        return f"Du {long_date(start)} au {long_date(end)}"
    if start:
        return f"À partir du {long_date(start)}"
    if end:
        return f"Jusqu'au {long_date(end)}"
    return "Toutes les séances"


def short_period(report: Report) -> str:
    """« Bilan du 01/01/2027 au 31/12/2027 », for the page's footer."""
    start, end = report.period.start, report.period.end
    return " ".join(["Bilan", f"du {short_date(start)}" if start else "", f"au {short_date(end)}" if end else ""]).strip()


def _plural(n: int, one: str, many: str) -> str:
    return f"{n}{NBSP}{one if n == 1 else many}"


def key_figures(ctx: PrintContext, f: Figures) -> list:
    s = ctx.styles
    presence = rate_text(f.attendance_rate, f.not_entered)
    if f.not_entered:
        presence += f" ({_plural(f.not_entered, 'présence non saisie', 'présences non saisies')})"
    if f.answers:
        satisfaction = (f"{rate_text(f.satisfaction_rate)} de notes 3 ou 4 "
                        f"({_plural(f.answers, 'réponse', 'réponses')}, "
                        f"{_plural(f.evaluations, 'évaluation', 'évaluations')})")
    else:
        satisfaction = "aucune évaluation saisie"
    rows = [
        ("Séances réalisées", f"{f.held} sur {_plural(f.planned, 'prévue', 'prévues')}"
                              + (f" ({_plural(f.cancelled, 'annulée', 'annulées')})" if f.cancelled else "")),
        ("Heures réalisées", hours_text(f.hours_delivered)),
        ("Participants", f"{_plural(f.enrolled, 'personne inscrite', 'personnes inscrites')}, "
                         f"{f.attendees} présente{'s' if f.attendees > 1 else ''} au moins une fois"),
        ("Taux de présence", presence),
        ("Satisfaction", satisfaction),
    ]
    data = [[Paragraph(fr(k), s.cell_bold), Paragraph(fr(v), s.cell)] for k, v in rows]
    return [grid(data, [55 * mm, CONTENT_WIDTH - 55 * mm], header_rows=0, zebra=True)]


def _chart_bars(report: Report) -> tuple[bool, list[tuple[str, Decimal]]]:
    """(by year, [(label, hours)]) for every month (or year) from the first held session to the last."""
    held = [s.session for s in report.sessions if s.held]
    if not held:
        return False, []
    first, last = min(s.day for s in held), max(s.day for s in held)
    by_year = (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTHS
    minutes: OrderedDict[date, int] = OrderedDict()
    day = date(first.year, 1 if by_year else first.month, 1)
    while day <= last:
        minutes[day] = 0
        day = date(day.year + 1, 1, 1) if by_year or day.month == 12 else date(day.year, day.month + 1, 1)
    for s in held:
        minutes[date(s.day.year, 1 if by_year else s.day.month, 1)] += session_minutes(s)
    label = (lambda d: str(d.year)) if by_year else (lambda d: f"{MONTH_ABBREVIATIONS[d.month - 1]} {d.year % 100:02d}")
    return by_year, [(label(d), decimal_hours(m)) for d, m in minutes.items()]


def chart(bars: list[tuple[str, Decimal]]) -> Drawing | None:
    """Hours delivered per month (or year) as a bar chart, or ``None`` when nothing is held."""
    if not bars:
        return None
    width, height = CONTENT_WIDTH, 38 * mm
    drawing = Drawing(width, height)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 12 * mm, 9 * mm, width - 16 * mm, height - 16 * mm
    bc.data = [[float(v) for _, v in bars]]
    bc.categoryAxis.categoryNames = [name for name, _ in bars]
    bc.categoryAxis.labels.fontName, bc.categoryAxis.labels.fontSize = REGULAR, 7 if len(bars) > 12 else 8
    if len(bars) > 12:  # rotated labels need room below the axis
        bc.categoryAxis.labels.angle, bc.categoryAxis.labels.boxAnchor = 45, "ne"
        bc.y, bc.height = 13 * mm, height - 20 * mm
    bc.valueAxis.valueMin = 0
    bc.valueAxis.labels.fontName, bc.valueAxis.labels.fontSize = REGULAR, 8
    bc.valueAxis.labelTextFormat = lambda v: f"{v:g}".replace(".", ",")
    bc.valueAxis.strokeColor = bc.categoryAxis.strokeColor = RULE
    bc.bars[0].fillColor, bc.bars[0].strokeColor = ACCENT, None
    bc.barLabelFormat = lambda v: f"{v:.1f}".replace(".", ",").replace(",0", "") if v else ""
    bc.barLabels.fontName, bc.barLabels.fontSize, bc.barLabels.nudge = REGULAR, 7, 6
    drawing.add(bc)
    drawing.add(String(0, height - 4 * mm, "heures", fontName=REGULAR, fontSize=8, fillColor=MUTED))
    return drawing


def group_table(ctx: PrintContext, caption: str, groups: tuple[tuple[str, Figures], ...], label) -> list:
    """One line per territory or audience (at most :data:`MAX_ROWS`, the others counted in a note)."""
    if not groups:
        return []
    s = ctx.styles
    heads = (caption, "Séances réalisées", "Heures", "Inscrits", "Présence", "Satisfaction")
    data = [[Paragraph(fr(h), s.cell_head if i == 0 else s.cell_head_center) for i, h in enumerate(heads)]]
    shown = sorted(groups, key=lambda g: -g[1].held_minutes)[:MAX_ROWS] if len(groups) > MAX_ROWS else groups
    for key, f in shown:
        cells = (f"{f.held} / {f.planned}", hours_text(f.hours_delivered), str(f.enrolled),
                 rate_text(f.attendance_rate, f.not_entered), rate_text(f.satisfaction_rate))
        data.append([ctx.para(_cut(label(key), LABEL_CHARS), s.cell_small, f"Le nom du {caption.lower()}")]
                    + [Paragraph(fr(c), s.cell_center) for c in cells])
    widths = [CONTENT_WIDTH - 110 * mm] + [w * mm for w in (20, 19, 19, 25, 27)]
    story = [grid(data, widths, zebra=True)]
    if len(groups) > MAX_ROWS:
        rest = len(groups) - MAX_ROWS
        story.append(Paragraph(fr(f"Les {MAX_ROWS} qui comptent le plus d'heures ; {rest} autre{'s' if rest > 1 else ''} "
                                  "dans le tableur (CSV ou XLSX)."), s.muted))
    return story


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _kits_line(ctx: PrintContext, report: Report) -> Paragraph:
    chosen, used = [], 0
    for name in report.kit_names:
        name = _cut(name, LABEL_CHARS)
        if chosen and used + len(name) > KITS_LINE_CHARS:
            break
        chosen.append(name)
        used += len(name) + 4
    names = [ctx.text(n, "Le nom du kit") for n in chosen]
    rest = len(report.kit_names) - len(names)
    text = ", ".join(f"« {n} »" for n in names) + (f" et {rest} autre{'s' if rest > 1 else ''}" if rest else "")
    label = "Kit" if len(report.kit_names) == 1 else "Kits"
    return Paragraph(fr(f"<b>{label}</b> : ") + (text or fr("aucun kit n'a de séance sur cette période")),
                     ctx.styles.body)


def story(ctx: PrintContext, report: Report) -> list:
    s = ctx.styles
    out = [Paragraph(fr(TITLE), s.title), Paragraph(fr(period_text(report)), s.subtitle), _kits_line(ctx, report)]
    out += heading("Chiffres clés", s.h1, room=0) + key_figures(ctx, report.totals)
    by_year, bars = _chart_bars(report)
    drawing = chart(bars)
    if drawing is not None:
        out += heading("Heures réalisées par " + ("année" if by_year else "mois"), s.h1, room=0) + [drawing]
    out += [Spacer(1, 2 * mm)] + group_table(ctx, "Territoire", report.by_territory, lambda k: k or "Non renseigné")
    out += [Spacer(1, 2 * mm)] + group_table(ctx, "Public", report.by_audience,
                                             lambda k: AUDIENCES.get(k, k) if k else "Non renseigné")
    out += [Spacer(1, 2 * mm), Paragraph(fr(
        "Heures réalisées : durée prévue des séances marquées « réalisée ». Présence : heures suivies sur heures "
        "réalisées ; « à compléter » tant que des présences manquent (jamais comptées comme absences). "
        "Satisfaction : part des notes 3 et 4 (« non concerné » exclu). Une personne inscrite à plusieurs kits "
        "compte une fois ; un kit destiné à deux publics compte dans les deux."), s.muted)]
    return out


def build_report_pdf(report: Report, target: Target, structure: IssuingStructure | None = None) -> list[str]:
    """Write the one-page summary to *target*; returns the warnings (characters the font lacks…)."""
    ctx = PrintContext(kit=Kit(uid="report", name=short_period(report)), structure=structure or IssuingStructure())
    build(document(target, ctx, TITLE), story(ctx, report), ctx)
    return ctx.warnings
