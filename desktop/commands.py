"""Headless sub-commands of ``tresse``; they share the core with the window. Messages are in French."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from desktop.domain.catalogue import Experiment, KitTemplate, Workshop
from desktop.domain.text import plain_name
from desktop.storage.db import Database
from desktop.storage.repositories import CatalogueRepository


def _contact(e: Experiment) -> dict[str, str | None]:
    c = e.contact
    return {"person": c.person or None, "role": c.role or None, "email": c.email or None, "website": c.website or None}


def experiment_json(e: Experiment) -> dict[str, Any]:
    return {
        "number": e.number, "title": e.title, "territory": e.territory, "communes": list(e.communes),
        "region": e.region, "departement": e.departement or None, "objective": e.objective or None,
        "sub_objectives": list(e.sub_objectives), "partners": list(e.partners),
        "operator": {"name": e.operator.name, "presentation": e.operator.presentation,
                     "missions": list(e.operator.missions)},
        "contact": _contact(e), "actions": list(e.actions), "calendar": list(e.calendar),
        "impacts": list(e.impacts), "corrections": list(e.corrections),
    }


def workshop_json(w: Workshop) -> dict[str, Any]:
    return {
        "id": w.id, "title": w.title, "format": w.format_label, "audience": list(w.audience_labels),
        "duration_minutes": w.duration_minutes, "origin": w.origin_label, "experiments": list(w.experiments),
        "summary": w.summary, "objectives": list(w.objectives),
        "segments": [{"kind": s.kind_label, "title": s.title, "minutes": s.minutes} for s in w.segments],
    }


def template_json(t: KitTemplate, titles: dict[str, str]) -> dict[str, Any]:
    return {"id": t.id, "name": plain_name(t.name), "experiment": t.experiment, "spacing_days": t.spacing_days,
            "workshops": [titles[w] for w in t.workshop_ids if w in titles]}


def catalogue(db: Database, as_json: bool, out: TextIO | None = None) -> int:
    """Print the catalogue, as JSON or as a French listing."""
    out = out or sys.stdout
    repo = CatalogueRepository(db)
    experiments, workshops, templates = repo.experiments(), repo.workshops(), repo.templates()
    titles = {w.id: w.title for w in workshops}
    if as_json:
        json.dump({"experiments": [experiment_json(e) for e in experiments],
                   "workshops": [workshop_json(w) for w in workshops],
                   "templates": [template_json(t, titles) for t in templates]}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    out.write(f"Expérimentations ({len(experiments)})\n")
    for e in experiments:
        out.write(f"  {e.number:>2}. {e.title}\n      {e.operator.name} — {e.territory}\n")
    out.write(f"\nAteliers ({len(workshops)})\n")
    for w in workshops:
        out.write(f"  - {w.title} ({w.format_label}, {w.duration_minutes} min)\n")
    out.write(f"\nModèles de kits ({len(templates)})\n")
    for t in templates:
        out.write(f"  - {plain_name(t.name)} : {len(t.workshop_ids)} ateliers\n")
    return 0


def _err(message: str) -> int:
    sys.stderr.write(f"tresse : {message}\n")
    return 2


def export(db: Database, kit_ref: str, output: str, with_participants: bool) -> int:
    """Write a kit of the store to a .tresse file (without personal data unless asked)."""
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.kitfile import write_kit
    from desktop.storage.kits import KitRepository, ProfileRepository

    kit = KitRepository(db).find(kit_ref)
    if kit is None:
        names = ", ".join(f"« {k.name} »" for k in KitRepository(db).list()) or "aucun"
        return _err(f"kit « {kit_ref} » introuvable (nom ou identifiant). Kits : {names}.")
    structure = ProfileRepository(db).structure()
    try:
        write_kit(kit, output, structure=structure if structure.name else None, with_participants=with_participants)
    except ExchangeError as exc:
        return _err(exc.message)
    detail = "avec" if with_participants else "sans"
    print(f"Kit « {kit.name} » exporté dans {output} ({detail} les données personnelles).")
    return 0
