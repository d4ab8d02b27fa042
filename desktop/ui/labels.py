"""Translated labels of the closed vocabularies (formats, audiences, segment kinds, origins, session statuses,
evaluation questions; presences are worded by ``ui/models/followup.py``).

The French words live once in the core (``domain/vocabulary.py``, ``domain/kit.py``), marked there for Qt Linguist;
here they are translated into the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui import dates
from desktop.domain.kit import EVALUATION_QUESTIONS, SESSION_STATUS_LABELS, SessionStatus
from desktop.domain.vocabulary import AUDIENCES, FORMATS, ORIGINS, SEGMENT_KINDS
from desktop.domain.wording import QT_TRANSLATE_NOOP
from desktop.ui.wording import counted

CONTEXT = "Vocabulary"

def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_label(key: str) -> str:
    return _tr(FORMATS.get(key, key))


def audience_label(key: str) -> str:
    return _tr(AUDIENCES.get(key, key))


def segment_kind_label(key: str) -> str:
    return _tr(SEGMENT_KINDS.get(key, key))


def origin_label(key: str) -> str:
    return _tr(ORIGINS.get(key, key))


def status_label(status: SessionStatus) -> str:
    """« Pressentie », « Confirmée »… in the interface language."""
    return QCoreApplication.translate("SessionStatus", SESSION_STATUS_LABELS[status])


def question_label(key: str) -> str:
    """An evaluation question (``EVALUATION_QUESTIONS``) in the interface language."""
    return QCoreApplication.translate("Evaluation", EVALUATION_QUESTIONS[key])


def duration_label(minutes: int) -> str:
    """« 3 h », « 1 h 30 », « 45 min » in the interface language."""
    return dates.duration(minutes)


def days_label(n: int) -> str:
    """« 1 jour », « 7 jours »."""
    return counted(CONTEXT, QT_TRANSLATE_NOOP("Vocabulary", "%Ln jours", None, 2), n)
