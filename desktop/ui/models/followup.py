"""Grids filled after a session: presences per half-day, and the answers to the « évaluation à chaud »."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.kit import (
    EVALUATION_QUESTIONS, EVALUATION_SCALE, HALF_DAY_LABELS, PRESENCE_LABELS, Attendance, Evaluation, HalfDay,
    Participant, Presence, Session,
)
from desktop.ui.labels import question_label
from desktop.ui.models.base import Index, ListTableModel


def presence_label(presence: Presence | None) -> str:
    if presence is None:
        return "—"
    return QCoreApplication.translate("Presence", PRESENCE_LABELS[presence])


def times_label(record: Attendance | None) -> str:
    """« · arrivée 10 h 15 », « · départ 16 h » after a presence, or nothing."""
    from desktop.ui.dates import clock

    if record is None:
        return ""
    parts = []
    if record.arrival is not None:
        parts.append(QCoreApplication.translate("Presence", "arrivée %1").replace("%1", clock(record.arrival)))
    if record.departure is not None:
        parts.append(QCoreApplication.translate("Presence", "départ %1").replace("%1", clock(record.departure)))
    return "".join(f" · {p}" for p in parts)


def half_day_label(half_day: HalfDay) -> str:
    return QCoreApplication.translate("Presence", HALF_DAY_LABELS[half_day])


class AttendanceModel(ListTableModel[Participant]):
    """Rows: participants; columns: name, then one per half-day of the session (editable: presence key).

    Args:
        on_edit: called as ``on_edit(participant_uid, half_day, presence_or_None)``.
    """

    def __init__(self, on_edit: Callable[[str, HalfDay, Presence | None], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit
        self.session: Session | None = None
        self._presence: dict[tuple[str, HalfDay], Presence] = {}
        self._records: dict[tuple[str, HalfDay], Attendance] = {}

    def set_session(self, session: Session | None, participants, attendances: tuple[Attendance, ...]) -> None:
        self.beginResetModel()
        self.session = session
        self._rows = list(participants) if session else []
        self._records = {(a.participant_uid, a.half_day): a for a in attendances
                         if session and a.session_uid == session.uid}
        self._presence = {key: a.presence for key, a in self._records.items()}
        self.endResetModel()

    def record(self, participant_uid: str, half_day: HalfDay) -> Attendance | None:
        """What is recorded for one person and half-day (with an arrival or departure time, if any)."""
        return self._records.get((participant_uid, half_day))

    def half_days(self) -> tuple[HalfDay, ...]:
        return self.session.half_days if self.session else ()

    def headers(self):
        return (QCoreApplication.translate("FollowUp", "Participant"), *(half_day_label(h) for h in self.half_days()))

    def presence(self, participant_uid: str, half_day: HalfDay) -> Presence | None:
        return self._presence.get((participant_uid, half_day))

    def display(self, obj: Participant, column: int) -> str:
        if column == 0:
            return f"{obj.last_name.upper()} {obj.first_name}".strip()
        record = self.record(obj.uid, self.half_days()[column - 1])
        return presence_label(record.presence if record else None) + times_label(record)

    def sort_value(self, obj: Participant, column: int) -> Any:
        return obj.sort_name if column == 0 else self.display(obj, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() > 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() > 0:
            p = self.row_at(index.row())
            value = self.presence(p.uid, self.half_days()[index.column() - 1])
            if role == Qt.ItemDataRole.EditRole:
                return value.value if value else ""
            if role == Qt.ItemDataRole.ForegroundRole and value is Presence.ABSENT:
                return Qt.GlobalColor.darkRed
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        try:
            presence = Presence(value) if value else None
        except ValueError:
            return False
        p = self.row_at(index.row())
        if self.on_edit is not None:
            self.on_edit(p.uid, self.half_days()[index.column() - 1], presence)
        return True


class EvaluationModel(ListTableModel[Participant]):
    """Rows: participants; columns: name, one score (1–4) per question, comment.

    Args:
        on_edit: called as ``on_edit(evaluation)`` with the participant's edited answers.
    """

    QUESTIONS = tuple(EVALUATION_QUESTIONS)

    def __init__(self, on_edit: Callable[[Evaluation], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit
        self.session: Session | None = None
        self._answers: dict[str, Evaluation] = {}

    def set_session(self, session: Session | None, participants, evaluations: tuple[Evaluation, ...]) -> None:
        self.beginResetModel()
        self.session = session
        self._rows = list(participants) if session else []
        self._answers = {e.participant_uid: e for e in evaluations if session and e.session_uid == session.uid}
        self.endResetModel()

    def headers(self):
        return (QCoreApplication.translate("FollowUp", "Participant"), QCoreApplication.translate("FollowUp", "Objectifs"), QCoreApplication.translate("FollowUp", "Contenu"),
                QCoreApplication.translate("FollowUp", "Animation"), QCoreApplication.translate("FollowUp", "Organisation"), QCoreApplication.translate("FollowUp", "Commentaire"))

    def answer(self, participant_uid: str) -> Evaluation:
        return self._answers.get(participant_uid) or Evaluation(self.session.uid, participant_uid)

    def display(self, obj: Participant, column: int) -> str:
        if column == 0:
            return f"{obj.last_name.upper()} {obj.first_name}".strip()
        answer = self.answer(obj.uid)
        if column == len(self.QUESTIONS) + 1:
            return answer.comment
        score = answer.score(self.QUESTIONS[column - 1])
        return str(score) if score else ""

    def sort_value(self, obj: Participant, column: int) -> Any:
        return obj.sort_name if column == 0 else self.display(obj, column)

    def tooltip(self, obj: Participant, column: int) -> str | None:
        if 1 <= column <= len(self.QUESTIONS):
            return QCoreApplication.translate("FollowUp", "%1 (de 1 : pas du tout d'accord à 4 : tout à fait d'accord)") \
                .replace("%1", question_label(self.QUESTIONS[column - 1]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() > 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() > 0:
            return self.display(self.row_at(index.row()), index.column())
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        p = self.row_at(index.row())
        answer = self.answer(p.uid)
        if index.column() == len(self.QUESTIONS) + 1:
            new = replace(answer, comment=str(value).strip()[:2000])
        else:
            key = self.QUESTIONS[index.column() - 1]
            text = str(value).strip()
            scores = dict(answer.scores)
            if text:
                try:
                    score = int(text)
                except ValueError:
                    return False
                if score not in EVALUATION_SCALE:
                    return False
                scores[key] = score
            else:
                scores.pop(key, None)
            new = replace(answer, scores=tuple((k, scores[k]) for k in self.QUESTIONS if k in scores))
        if self.on_edit is not None and new != answer:
            self.on_edit(new)
        return True
