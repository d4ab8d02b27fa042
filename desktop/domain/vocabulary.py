"""Closed vocabularies of the catalogue (keys stored in data and database, French labels for people).

The keys are stable identifiers written in the TOML sources, the database and kit files; the labels are the
French words printed on documents and shown in the command line's JSON. The user interface translates them
through its own table (``ui/labels.py``) so that the English interface shows English words.
"""

from __future__ import annotations

FORMATS: dict[str, str] = {
    "atelier": "Atelier collectif",
    "rdv": "Rendez-vous individuel",
    "visite": "Visite apprenante",
    "formation": "Journée de formation",
    "rencontre": "Rencontre",
    "pitch": "Pitch",
    "reunion": "Réunion d'information",
    "conference": "Conférence",
}

AUDIENCES: dict[str, str] = {
    "porteurs": "Porteurs de projet",
    "accompagnateurs": "Accompagnateurs",
    "elus": "Élus et agents",
}

SEGMENT_KINDS: dict[str, str] = {
    "accueil": "Accueil",
    "apport": "Apport",
    "travail_individuel": "Travail individuel",
    "sous_groupes": "Travail en sous-groupes",
    "retours_experience": "Retours d'expérience",
    "pleniere": "Échanges en plénière",
    "visite": "Visite",
    "temoignage": "Témoignage",
    "pitch": "Pitch",
    "pause": "Pause",
    "synthese": "Synthèse et évaluation",
}

ORIGINS: dict[str, str] = {
    "source": "Prévu par le document TRESSONS",
    "tresse": "Proposé par Tresse",
    "user": "Ajouté par vous",
}

#: A half-day session lasts at most this many minutes of working time.
HALF_DAY_MAX_MINUTES = 240
#: A session lasts at most this many minutes of working time (a full day, lunch not counted).
DAY_MAX_MINUTES = 420
