"""Closed vocabularies of the catalogue (keys stored in data and database, French labels for people).

The keys are stable identifiers written in the TOML sources, the database and kit files; the labels are the
French words printed on documents and shown in the command line's JSON, marked for Qt Linguist where they are
defined (the no-op ``QT_TRANSLATE_NOOP`` of ``domain/wording.py``); the user interface translates them
(``ui/labels.py``) so that the English interface shows English words.
"""

from __future__ import annotations

from desktop.domain.wording import QT_TRANSLATE_NOOP

FORMATS: dict[str, str] = {
    "atelier": QT_TRANSLATE_NOOP("Vocabulary", "Atelier collectif"),
    "rdv": QT_TRANSLATE_NOOP("Vocabulary", "Rendez-vous individuel"),
    "visite": QT_TRANSLATE_NOOP("Vocabulary", "Visite apprenante"),
    "formation": QT_TRANSLATE_NOOP("Vocabulary", "Journée de formation"),
    "rencontre": QT_TRANSLATE_NOOP("Vocabulary", "Rencontre"),
    "pitch": QT_TRANSLATE_NOOP("Vocabulary", "Pitch"),
    "reunion": QT_TRANSLATE_NOOP("Vocabulary", "Réunion d'information"),
    "conference": QT_TRANSLATE_NOOP("Vocabulary", "Conférence"),
}

AUDIENCES: dict[str, str] = {
    "porteurs": QT_TRANSLATE_NOOP("Vocabulary", "Porteurs de projet"),
    "accompagnateurs": QT_TRANSLATE_NOOP("Vocabulary", "Accompagnateurs"),
    "elus": QT_TRANSLATE_NOOP("Vocabulary", "Élus et agents"),
}

SEGMENT_KINDS: dict[str, str] = {
    "accueil": QT_TRANSLATE_NOOP("Vocabulary", "Accueil"),
    "apport": QT_TRANSLATE_NOOP("Vocabulary", "Apport"),
    "travail_individuel": QT_TRANSLATE_NOOP("Vocabulary", "Travail individuel"),
    "sous_groupes": QT_TRANSLATE_NOOP("Vocabulary", "Travail en sous-groupes"),
    "retours_experience": QT_TRANSLATE_NOOP("Vocabulary", "Retours d'expérience"),
    "pleniere": QT_TRANSLATE_NOOP("Vocabulary", "Échanges en plénière"),
    "visite": QT_TRANSLATE_NOOP("Vocabulary", "Visite"),
    "temoignage": QT_TRANSLATE_NOOP("Vocabulary", "Témoignage"),
    "pitch": QT_TRANSLATE_NOOP("Vocabulary", "Pitch"),
    "pause": QT_TRANSLATE_NOOP("Vocabulary", "Pause"),
    "synthese": QT_TRANSLATE_NOOP("Vocabulary", "Synthèse et évaluation"),
}

ORIGINS: dict[str, str] = {
    "source": QT_TRANSLATE_NOOP("Vocabulary", "Prévu par le document TRESSONS"),
    "tresse": QT_TRANSLATE_NOOP("Vocabulary", "Proposé par Tresse"),
    "user": QT_TRANSLATE_NOOP("Vocabulary", "Ajouté par vous"),
}

#: A half-day session lasts at most this many minutes of working time.
HALF_DAY_MAX_MINUTES = 240
#: A session lasts at most this many minutes of working time (a full day, lunch not counted).
DAY_MAX_MINUTES = 420
