"""Translated labels of the closed vocabularies (formats, audiences, segment kinds, origins).

The French words live in ``domain/vocabulary.py``; they are the source texts of Qt Linguist here, marked with
``QT_TRANSLATE_NOOP`` so that lupdate finds them. ``tests/test_i18n.py`` checks both lists stay the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain import dates
from desktop.domain.vocabulary import AUDIENCES, FORMATS, ORIGINS, SEGMENT_KINDS

CONTEXT = "Vocabulary"

MARKED = (
    QT_TRANSLATE_NOOP("Vocabulary", "Atelier collectif"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rendez-vous individuel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Visite apprenante"),
    QT_TRANSLATE_NOOP("Vocabulary", "Journée de formation"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rencontre"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pitch"),
    QT_TRANSLATE_NOOP("Vocabulary", "Réunion d'information"),
    QT_TRANSLATE_NOOP("Vocabulary", "Conférence"),
    QT_TRANSLATE_NOOP("Vocabulary", "Porteurs de projet"),
    QT_TRANSLATE_NOOP("Vocabulary", "Accompagnateurs"),
    QT_TRANSLATE_NOOP("Vocabulary", "Élus et agents"),
    QT_TRANSLATE_NOOP("Vocabulary", "Accueil"),
    QT_TRANSLATE_NOOP("Vocabulary", "Apport"),
    QT_TRANSLATE_NOOP("Vocabulary", "Travail individuel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Travail en sous-groupes"),
    QT_TRANSLATE_NOOP("Vocabulary", "Retours d'expérience"),
    QT_TRANSLATE_NOOP("Vocabulary", "Échanges en plénière"),
    QT_TRANSLATE_NOOP("Vocabulary", "Visite"),
    QT_TRANSLATE_NOOP("Vocabulary", "Témoignage"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pause"),
    QT_TRANSLATE_NOOP("Vocabulary", "Synthèse et évaluation"),
    QT_TRANSLATE_NOOP("Vocabulary", "Prévu par le document TRESSONS"),
    QT_TRANSLATE_NOOP("Vocabulary", "Proposé par Tresse"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ajouté par vous"),
)

PRESENCE_MARKED = (
    QT_TRANSLATE_NOOP("Presence", "Présent"),
    QT_TRANSLATE_NOOP("Presence", "Absent"),
    QT_TRANSLATE_NOOP("Presence", "Absent excusé"),
    QT_TRANSLATE_NOOP("Presence", "Matin"),
    QT_TRANSLATE_NOOP("Presence", "Après-midi"),
)

STATUS_MARKED = (
    QT_TRANSLATE_NOOP("SessionStatus", "Pressentie"),
    QT_TRANSLATE_NOOP("SessionStatus", "Confirmée"),
    QT_TRANSLATE_NOOP("SessionStatus", "Réalisée"),
    QT_TRANSLATE_NOOP("SessionStatus", "Annulée"),
)


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


def duration_label(minutes: int) -> str:
    """« 3 h », « 1 h 30 », « 45 min » (the same in both languages)."""
    return dates.duration(minutes)


def days_label(n: int) -> str:
    """« 1 jour », « 7 jours »."""
    if n == 1:
        return QCoreApplication.translate(CONTEXT, "1 jour")
    return QCoreApplication.translate(CONTEXT, "%1 jours").replace("%1", str(n))
