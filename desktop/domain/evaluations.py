"""Evaluation figures: averages, number of answers, « non concerné », satisfaction rate; one rule for print and views.

The « évaluation à chaud » scores each statement from 1 to 4; a person may tick « non concerné », which leaves
the question's key out of their answers (valid in every kit file). The self-assessment against a workshop's own
objectives (Qualiopi indicator 11) uses the keys ``objectif-1``, ``objectif-2``… in the same answers. The
satisfaction rate of a question is the share of 3 and 4 among the answers given, rounded half up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.hours import percent_half_up
from desktop.domain.kit import EVALUATION_SCALE, Evaluation

#: Scores that count as satisfied.
SATISFIED = (3, 4)


def objective_key(number: int) -> str:
    """The answer key of a workshop's objective *number* (from 1) in the self-assessment."""
    return f"objectif-{number}"


@dataclass(frozen=True)
class QuestionStats:
    """The figures of one question over some answers.

    Attributes:
        answers: how many scored it.
        not_concerned: how many left it out (« non concerné », or a form without it).
        total: the sum of the scores.
        satisfied: how many gave 3 or 4.
    """

    answers: int
    not_concerned: int
    total: int
    satisfied: int

    @property
    def average(self) -> Decimal | None:
        """The average score with one decimal, rounded half up (``None`` without answers)."""
        if not self.answers:
            return None
        return (Decimal(self.total) / Decimal(self.answers)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def satisfaction(self) -> int | None:
        """The share of 3 and 4 among the answers given, as a whole percentage (``None`` without answers)."""
        return percent_half_up(self.satisfied, self.answers)


def question_stats(evaluations: Iterable[Evaluation], key: str) -> QuestionStats:
    """The figures of question *key* over *evaluations*."""
    scores, missing = [], 0
    for e in evaluations:
        score = e.score(key)
        if score in EVALUATION_SCALE:
            scores.append(score)
        else:
            missing += 1
    return QuestionStats(len(scores), missing, sum(scores), sum(1 for x in scores if x in SATISFIED))
