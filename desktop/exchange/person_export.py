"""One person's data, as the RGPD's right of access asks: their rows in every kit, as CSV and as JSON.

The rows come from :func:`desktop.domain.privacy.person_data`. The CSV is for a spreadsheet (``;``, UTF-8 with BOM,
CRLF, French headers, formulas neutralised as in the roster export): one line per fact — the roster entry, each
presence, each evaluation — with the kit and the session it belongs to. The JSON holds the same, nested by kit.
Both are personal data: write them with ``write_atomically(…, private=True)``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from desktop.domain.kit import EVALUATION_QUESTIONS, HALF_DAY_LABELS, PRESENCE_LABELS
from desktop.domain.privacy import PersonInKit
from desktop.exchange.participants_csv import FIELDS, HEADERS, _protect

CSV_HEADERS = ("Kit", "Rubrique", "Date", "Atelier", "Demi-journée", "Présence", *HEADERS,
               *EVALUATION_QUESTIONS.values(), "Commentaire")


def _workshop_title(item: PersonInKit, session_uid: str) -> tuple[str, str]:
    session = item.session(session_uid)
    if session is None:
        return "", ""
    kw = item.kit.kit_workshop(session.kit_workshop_uid)
    return session.day.isoformat(), kw.workshop.title if kw else ""


def person_csv(items: list[PersonInKit]) -> bytes:
    """The person's rows as a CSV file for French spreadsheets."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    blank_person = [""] * len(FIELDS)
    blank_scores = [""] * len(EVALUATION_QUESTIONS)
    for item in items:
        kit = item.kit.name
        person = [getattr(item.participant, name) for name in FIELDS]
        writer.writerow([_protect(v) for v in (kit, "Inscription", "", "", "", "", *person, *blank_scores, "")])
        for a in item.attendances:
            day, title = _workshop_title(item, a.session_uid)
            writer.writerow([_protect(v) for v in (kit, "Présence", day, title, HALF_DAY_LABELS[a.half_day],
                                                   PRESENCE_LABELS[a.presence], *blank_person, *blank_scores, "")])
        for e in item.evaluations:
            day, title = _workshop_title(item, e.session_uid)
            scores = [str(e.score(key) or "") for key in EVALUATION_QUESTIONS]
            writer.writerow([_protect(v) for v in (kit, "Évaluation", day, title, "", "", *blank_person, *scores,
                                                   e.comment)])
    return buffer.getvalue().encode("utf-8-sig")


def person_document(items: list[PersonInKit]) -> dict[str, Any]:
    """The person's rows as a JSON-ready document, nested by kit."""
    kits = []
    for item in items:
        presences = []
        for a in item.attendances:
            day, title = _workshop_title(item, a.session_uid)
            presences.append({"date": day or None, "atelier": title or None, "demi_journee": a.half_day.value,
                              "presence": a.presence.value})
        evaluations = []
        for e in item.evaluations:
            day, title = _workshop_title(item, e.session_uid)
            evaluations.append({"date": day or None, "atelier": title or None, "notes": dict(e.scores),
                                "commentaire": e.comment})
        kits.append({"kit": item.kit.name, "kit_uid": item.kit.uid,
                     "inscription": {name: getattr(item.participant, name) for name in FIELDS},
                     "presences": presences, "evaluations": evaluations})
    return {"format": "tresse-donnees-personnelles", "version": 1, "kits": kits}


def person_json(items: list[PersonInKit]) -> bytes:
    """:func:`person_document` as UTF-8 JSON."""
    return (json.dumps(person_document(items), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
