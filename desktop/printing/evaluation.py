"""« Évaluation à chaud »: the questionnaire handed out at the end of a workshop, and the results for funders.

The questionnaire (one per workshop, to photocopy) asks the questions of ``EVALUATION_QUESTIONS`` on a 1-to-4
scale with boxes to tick and a « non concerné » box, then a self-assessment against the workshop's own objectives
(Qualiopi indicator 11, keys ``objectif-1``…), then leaves ruled lines for comments. The results summary gives,
for each session with answers, the average of each question and the number of answers; then, over the whole
cycle, each question's average, answers, « non concerné » and satisfaction rate (the share of 3 and 4 among the
answers given, :mod:`desktop.domain.evaluations`), the self-assessment per objective, and the comments.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from desktop.domain.evaluations import objective_key, question_stats
from desktop.domain.kit import EVALUATION_QUESTIONS, EVALUATION_SCALE, Evaluation, KitWorkshop, Session
from desktop.printing.common import CONTENT_WIDTH, PrintContext, Target, build, document, grid, heading, letterhead
from desktop.printing.flowables import CheckBox, Paragraph, Section, WritingLines
from desktop.printing.typography import decimal, fr, long_date, percent, session_times

TITLE = "Évaluation à chaud"
DOCUMENT_TITLE = "Évaluations à chaud"
RESULTS_TITLE = "Résultats des évaluations"
SCALE_LABELS = {1: "Pas du tout d'accord", 2: "Plutôt pas d'accord", 3: "Plutôt d'accord", 4: "Tout à fait d'accord"}
SELF_LABELS = {1: "Pas encore", 2: "Un peu", 3: "En grande partie", 4: "Tout à fait"}
NOT_CONCERNED = "Non concerné·e"
SHORT_LABELS = {"objectifs": "Objectifs", "contenu": "Contenu", "animation": "Animation",
                "organisation": "Organisation"}
COMMENT_PROMPTS = ("Ce que je retiens de cet atelier :", "Ce qui pourrait être amélioré, mes suggestions :")


def questionnaire_story(ctx: PrintContext, kw: KitWorkshop) -> list:
    """One questionnaire for a workshop (its date printed when it has exactly one session)."""
    s = ctx.styles
    sessions = [x for x in ctx.sessions() if x.kit_workshop_uid == kw.uid]
    title_block = [Paragraph(TITLE, s.title)]
    if ctx.kit.name:
        title_block.append(Paragraph(fr(f"Programme « {ctx.text(ctx.kit.name, 'Le nom du programme')} »"), s.muted))
    out: list = [Section(ctx.plain(kw.workshop.title, "Le titre de l'atelier")), letterhead(ctx, title_block)]
    out.append(Paragraph(fr(f"<b>Atelier :</b> {ctx.text(kw.workshop.title, 'Le titre de l’atelier')}"), s.body))
    when = (f"{long_date(sessions[0].day)}, {session_times(sessions[0])}" if len(sessions) == 1
            else "……………………………………")
    out.append(Paragraph(fr(f"<b>Date :</b> {when}"), s.body))
    out.append(ctx.fixed("Merci de prendre deux minutes pour nous dire ce que vous avez pensé de cet atelier. Vos "
                         "réponses sont anonymes ; elles nous aident à améliorer les prochaines séances.", s.muted))
    out.append(Spacer(0, 3 * mm))
    box_w, nc_w = 21 * mm, 19 * mm
    out.append(_scale_table(ctx, "Cochez une case par ligne", SCALE_LABELS,
                            [fr(q) for q in EVALUATION_QUESTIONS.values()], box_w, nc_w))
    if kw.workshop.objectives:
        out.append(Paragraph(fr("<b>Auto-évaluation :</b> après cet atelier, je sais…"), s.question))
        out.append(_scale_table(ctx, "Objectifs de l'atelier", SELF_LABELS,
                                [ctx.text(o, "L'objectif") for o in kw.workshop.objectives], box_w, nc_w))
    for prompt in COMMENT_PROMPTS:
        out.append(KeepTogether([Paragraph(fr(prompt), s.question), WritingLines(4 if kw.workshop.objectives
                                                                                 else 5)]))
    out.append(Spacer(0, 3 * mm))
    out.append(Paragraph(fr("Merci de votre participation !"), s.center))
    return out


def _scale_table(ctx: PrintContext, caption: str, labels: dict[int, str], rows_markup: list[str], box_w: float,
                 nc_w: float):
    s = ctx.styles
    head = [Paragraph(fr(caption), s.cell_head)]
    head += [Paragraph(f"{n}<br/><font size='7'>{fr(labels[n])}</font>", s.cell_head_center) for n in EVALUATION_SCALE]
    head.append(Paragraph(f"<font size='7'>{fr(NOT_CONCERNED)}</font>", s.cell_head_center))
    rows: list[list] = [head]
    for markup in rows_markup:
        rows.append([Paragraph(markup, s.cell)] + [CheckBox() for _ in range(len(EVALUATION_SCALE) + 1)])
    widths = [CONTENT_WIDTH - box_w * len(EVALUATION_SCALE) - nc_w] + [box_w] * len(EVALUATION_SCALE) + [nc_w]
    return grid(rows, widths, min_heights=[0] + [10 * mm] * len(rows_markup),
                style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (-1, -1), "CENTER")])


def questionnaires(ctx: PrintContext) -> list:
    """A questionnaire per workshop (the workshops of the chosen sessions, when sessions are chosen)."""
    workshops = ctx.chosen_workshops()
    if not workshops:
        return [ctx.fixed("Aucun atelier n'est encore choisi pour ce programme.")]
    out: list = []
    for kw in workshops:
        if out:
            out.append(PageBreak())
        out += questionnaire_story(ctx, kw)
    return out


def averages(evaluations: list[Evaluation]) -> dict[str, tuple[float | None, int]]:
    """For each question: the average score (``None`` without answers) and the number of answers."""
    out: dict[str, tuple[float | None, int]] = {}
    for key in EVALUATION_QUESTIONS:
        stats = question_stats(evaluations, key)
        out[key] = (stats.total / stats.answers if stats.answers else None, stats.answers)
    return out


def _average_cell(value) -> str:
    return "–" if value is None else decimal(float(value))


def _figures(ctx: PrintContext, evaluations: list[Evaluation]) -> list:
    """Over the whole cycle, each question's average, answers, « non concerné » and satisfaction rate."""
    s = ctx.styles
    head = [Paragraph(fr(f"<font size='7.5'>{t}</font>"), s.cell_head_center if i else s.cell_head)
            for i, t in enumerate(("Question", "Moyenne", "Réponses", "Non concerné·e", "Satisfaction"))]
    rows: list[list] = [head]
    for key, question in EVALUATION_QUESTIONS.items():
        st = question_stats(evaluations, key)
        rows.append([Paragraph(fr(question), s.cell), Paragraph(_average_cell(st.average), s.cell_center),
                     Paragraph(str(st.answers), s.cell_center), Paragraph(str(st.not_concerned), s.cell_center),
                     Paragraph(_rate(st), s.cell_center)])
    narrow = 22 * mm
    out = [*heading("Par question, sur l'ensemble du cycle", s.h1, 45 * mm),
           grid(rows, [CONTENT_WIDTH - 4 * narrow] + [narrow] * 4, zebra=True),
           Paragraph(fr("Satisfaction : part des notes 3 et 4 parmi les réponses données (« non concerné » et "
                        "questions laissées vides ne comptent pas)."), s.muted)]
    return out + _self_assessment(ctx, evaluations)


def _rate(stats) -> str:
    return "–" if stats.satisfaction is None else percent(stats.satisfied, stats.answers)


def _self_assessment(ctx: PrintContext, evaluations: list[Evaluation]) -> list:
    """The self-assessment against each workshop's objectives, where answers were entered."""
    s = ctx.styles
    by_session = {x.uid: x for x in ctx.sessions()}
    rows: list[list] = [[Paragraph(fr(f"<font size='7.5'>{t}</font>"), s.cell_head_center if i else s.cell_head)
                         for i, t in enumerate(("Objectif", "Moyenne", "Réponses", "Atteint (3 ou 4)"))]]
    for kw in ctx.chosen_workshops():
        answers = [e for e in evaluations if e.session_uid in by_session
                   and by_session[e.session_uid].kit_workshop_uid == kw.uid]
        for number, objective in enumerate(kw.workshop.objectives, 1):
            st = question_stats(answers, objective_key(number))
            if st.answers:
                rows.append([Paragraph(f"{ctx.text(objective, 'L’objectif')}<br/><font size='7.5' color='#555555'>"
                                       f"{ctx.text(kw.workshop.title, 'Le titre de l’atelier')}</font>", s.cell),
                             Paragraph(_average_cell(st.average), s.cell_center),
                             Paragraph(str(st.answers), s.cell_center), Paragraph(_rate(st), s.cell_center)])
    if len(rows) == 1:
        return []
    narrow = 24 * mm
    return [*heading("Auto-évaluation des acquis (objectifs des ateliers)", s.h1, 40 * mm),
            grid(rows, [CONTENT_WIDTH - 3 * narrow] + [narrow] * 3, zebra=True)]


def _session_label(ctx: PrintContext, session: Session) -> str:
    return f"<b>{long_date(session.day)}</b><br/>{ctx.text(ctx.workshop_title(session), 'Le titre de l’atelier')}"


def results(ctx: PrintContext) -> list:
    """The results summary: a table of averages per session, then each session's comments."""
    s = ctx.styles
    by_session: dict[str, list[Evaluation]] = {}
    for e in ctx.kit.evaluations:
        by_session.setdefault(e.session_uid, []).append(e)
    sessions = [x for x in ctx.sessions() if by_session.get(x.uid)]
    title_block = [Paragraph(RESULTS_TITLE, s.title)]
    if ctx.kit.name:
        title_block.append(Paragraph(fr(f"Programme « {ctx.text(ctx.kit.name, 'Le nom du programme')} »"), s.muted))
    out: list = [Section(RESULTS_TITLE), letterhead(ctx, title_block)]
    if not sessions:
        out.append(ctx.fixed("Aucune évaluation n'est encore saisie pour les séances de ce programme. Les "
                             "résultats apparaîtront ici dès que les questionnaires seront saisis."))
        return out
    out.append(ctx.fixed("Évaluation « à chaud », remplie par les participantes et participants à la fin de "
                         "chaque séance. Chaque affirmation est notée de 1 (pas du tout d'accord) à 4 (tout à fait "
                         "d'accord) ; le tableau donne la moyenne des notes."))
    keys = list(EVALUATION_QUESTIONS)
    head = [Paragraph("Séance", s.cell_head)]
    head += [Paragraph(f"<font size='8'>{SHORT_LABELS.get(k, k)}</font>", s.cell_head_center) for k in keys]
    head.append(Paragraph("<font size='8'>Réponses</font>", s.cell_head_center))
    rows: list[list] = [head]
    every: list[Evaluation] = []
    for session in sessions:
        answers = by_session[session.uid]
        every += answers
        avg = averages(answers)
        rows.append([Paragraph(_session_label(ctx, session), s.cell)]
                    + [Paragraph(_average_cell(avg[k][0]), s.cell_center) for k in keys]
                    + [Paragraph(str(len(answers)), s.cell_center)])
    overall = averages(every)
    rows.append([Paragraph("<b>Ensemble du cycle</b>", s.cell)]
                + [Paragraph(f"<b>{_average_cell(overall[k][0])}</b>", s.cell_center) for k in keys]
                + [Paragraph(f"<b>{len(every)}</b>", s.cell_center)])
    narrow = 24 * mm
    widths = [CONTENT_WIDTH - narrow * (len(keys) + 1)] + [narrow] * (len(keys) + 1)
    out.append(grid(rows, widths, zebra=True))
    out.append(Spacer(0, 2 * mm))
    legend = " ; ".join(f"<b>{SHORT_LABELS.get(k, k)}</b> : {fr(q).lower()}" for k, q in EVALUATION_QUESTIONS.items())
    out.append(Paragraph(fr(legend + "."), s.muted))
    out += _figures(ctx, every)
    out += heading("Commentaires", s.h1, 25 * mm)
    any_comment = False
    for session in sessions:
        comments = [e.comment for e in by_session[session.uid] if e.comment.strip()]
        if not comments:
            continue
        any_comment = True
        out.append(Paragraph(fr(f"{long_date(session.day)} – {ctx.text(ctx.workshop_title(session))}"), s.h2))
        out += [Paragraph(fr(f"« {ctx.text(c, 'Le commentaire')} »"), s.bullet, bulletText="–") for c in comments]
    if not any_comment:
        out.append(ctx.fixed("Aucun commentaire écrit."))
    return out


def build_questionnaires(ctx: PrintContext, target: Target) -> None:
    """Write the questionnaires to *target*."""
    build(document(target, ctx, DOCUMENT_TITLE), questionnaires(ctx), ctx)


def build_results(ctx: PrintContext, target: Target) -> None:
    """Write the results summary to *target*."""
    build(document(target, ctx, RESULTS_TITLE), results(ctx), ctx)
