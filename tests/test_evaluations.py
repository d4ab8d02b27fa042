"""Evaluation figures (answers, « non concerné », satisfaction rate, self-assessment against objectives), on paper."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from desktop.domain.evaluations import objective_key, question_stats
from desktop.domain.kit import Evaluation
from desktop.printing.pack import build_pack
from test_printing import STRUCTURE, make_kit, pages, text_of


def answers(*scores):
    return [Evaluation("s", f"p{i}", tuple(s)) for i, s in enumerate(scores)]


def test_counts_not_concerned_and_satisfaction():
    given = answers([("contenu", 4)], [("contenu", 3)], [("contenu", 1)], [("animation", 2)], [("contenu", 2)])
    st = question_stats(given, "contenu")
    assert (st.answers, st.not_concerned, st.satisfied, st.satisfaction) == (4, 1, 2, 50)
    assert st.average == Decimal("2.5")
    assert question_stats(answers([("contenu", 3)]) * 1, "organisation").satisfaction is None
    three = question_stats(answers([("x", 3)], [("x", 3)], [("x", 2)], [("x", 4)], [("x", 4)], [("x", 4)],
                                   [("x", 1)], [("x", 1)]), "x")
    assert three.satisfaction == 63  # 5/8, half up
    assert objective_key(2) == "objectif-2"


def test_the_questionnaire_asks_the_objectives_with_a_not_concerned_box(tmp_path):
    build_pack(make_kit(), STRUCTURE, tmp_path, documents={"evaluation"})
    form = pages(tmp_path / "evaluations-a-chaud.pdf")[0]
    assert "Non concerné·e" in form and "Auto-évaluation : après cet atelier, je sais" in form
    assert "Formuler la finalité sociale de son projet" in form and "En grande partie" in form


def test_results_give_answers_not_concerned_satisfaction_and_self_assessment(tmp_path):
    kit = make_kit()
    extra = tuple(Evaluation("s1", f"p{i}", ((objective_key(1), 2 + i % 3), ("contenu", 3))) for i in range(4, 8))
    build_pack(replace(kit, evaluations=kit.evaluations + extra), STRUCTURE, tmp_path,
               documents={"evaluation-resultats"})
    text = text_of(tmp_path / "resultats-evaluations.pdf")
    assert "Par question, sur l'ensemble du cycle" in text
    assert "Les objectifs de l'atelier ont été atteints 3,6 5 4 100 %" in text
    assert "L'animation m'a permis de participer 2,0 4 5 0 %" in text
    assert "L'organisation (lieu, horaires, accueil) était satisfaisante – 0 9 –" in text
    assert "Auto-évaluation des acquis" in text and "Formuler la finalité sociale de son projet" in text
    assert "3,0 4 75 %" in text  # self-assessed 3, 4, 2, 3: three of four answers are 3 or 4
