"""Headless sub-commands of ``tresse``; they share the core with the window. Messages are in French.

``tresse print`` is in :mod:`desktop.commands.printing`.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from desktop.domain.text import plain_name
from desktop.domain.wording import french, french_count

if TYPE_CHECKING:  # the store is imported by the sub-commands that open it (``print`` only reads a file)
    from desktop.domain.catalogue import Experiment, KitTemplate, Programme, Workshop
    from desktop.storage.db import Database


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
        "period": list(e.period), "milestones": list(e.milestones), "components": list(e.components),
        "impacts": list(e.impacts), "corrections": list(e.corrections),
    }


def programme_json(p: Programme | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"title": p.title, "introduction": p.introduction, "objective": p.objective, "aims": list(p.aims),
            "characteristics": list(p.characteristics)}


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
    from desktop.storage.repositories import CatalogueRepository

    out = out or sys.stdout
    repo = CatalogueRepository(db)
    experiments, workshops, templates = repo.experiments(), repo.workshops(), repo.templates()
    titles = {w.id: w.title for w in workshops}
    if as_json:
        json.dump({"programme": programme_json(repo.programme()),
                   "experiments": [experiment_json(e) for e in experiments],
                   "workshops": [workshop_json(w) for w in workshops],
                   "templates": [template_json(t, titles) for t in templates]}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    programme = repo.programme()
    if programme:
        out.write(f"{programme.title}\n  {programme.introduction}\n\n")
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


def _safe(text: str) -> str:
    """Text from a file or the database, made safe to print on a terminal (no control characters)."""
    from desktop.exchange.untrusted import terminal_safe

    return terminal_safe(text)


def _err(message: str) -> int:
    sys.stderr.write(f"tresse : {message}\n")
    return 2


def export(db: Database, kit_ref: str, output: str, with_participants: bool, *, as_template: bool = False) -> int:
    """Write a kit of the store to a .tresse file (without personal data unless asked; as a template if asked)."""
    from desktop.domain.kit_factory import template_to_share
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.kitfile import write_kit
    from desktop.exchange.untrusted import terminal_safe
    from desktop.storage.kits import FacilitatorRepository, KitRepository, ProfileRepository, VenueRepository

    kit = KitRepository(db).find(kit_ref)
    if kit is None:
        names = ", ".join(f"« {terminal_safe(k.name)} »" for k in KitRepository(db).list()) or "aucun"
        return _err(f"kit « {terminal_safe(kit_ref)} » introuvable (nom ou identifiant). Kits : {names}.")
    structure = ProfileRepository(db).structure()
    structure = structure if structure.name else None
    venues = VenueRepository(db).list(kit.referenced_venue_uids())
    facilitators = FacilitatorRepository(db).list(kit.referenced_facilitator_uids())
    if as_template:
        kit, facilitators, structure = template_to_share(kit, facilitators, structure)
        venues, with_participants = [], False
    try:
        write_kit(kit, output, venues=venues, facilitators=facilitators, structure=structure,
                  with_participants=with_participants)
    except ExchangeError as exc:
        return _err(exc.message)
    detail = ("comme modèle, sans données personnelles, dates ni lieux" if as_template
              else "avec les données personnelles" if with_participants else "sans les données personnelles")
    print(f"Kit « {terminal_safe(kit.name)} » exporté dans {output} ({detail}).")
    return 0


WEEKDAY_NAMES = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4,
}


def parse_weekdays(text: str) -> set[int]:
    """« lundi,jeudi » or « monday, thursday » → {0, 3}; ValueError naming the unknown day."""
    from desktop.domain.text import fold

    days = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        key = fold(part).rstrip(".")
        if key not in WEEKDAY_NAMES:
            raise ValueError(part)
        days.add(WEEKDAY_NAMES[key])
    return days


def plan(args) -> int:
    """Write a scheduled kit file from a template, without the window and without the database."""
    from datetime import date, time

    from desktop.domain.catalogue import find_template
    from desktop.domain.errors import ValidationError
    from desktop.domain.kit import Venue, new_uid
    from desktop.domain.kit_factory import kit_from_template
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.kitfile import write_kit
    from desktop.scheduling.autoschedule import Cadence, plan_sessions
    from desktop.sources.catalogue import CatalogueSourceError, read_catalogue
    from dataclasses import replace

    try:
        catalogue = read_catalogue()
    except CatalogueSourceError as exc:
        return _err(f"catalogue illisible : {exc}")
    template = find_template(catalogue.templates, args.template)
    if template is None:
        names = ", ".join(f"« {plain_name(t.name)} »" for t in catalogue.templates)
        return _err(f"modèle « {args.template} » inconnu. Modèles : {names}.")
    try:
        start = date.fromisoformat(args.start)
    except ValueError:
        return _err(f"date de début « {args.start} » invalide : écrivez-la AAAA-MM-JJ, par exemple 2027-01-12.")
    every = None
    if args.every:
        every = {"1w": Cadence.weekly(), "2w": Cadence.fortnightly(), "1m": Cadence.monthly()}.get(args.every)
        if every is None:
            return _err(f"rythme « {args.every} » inconnu : 1w (chaque semaine), 2w (toutes les deux semaines) "
                        "ou 1m (chaque mois).")
    try:
        weekdays = parse_weekdays(args.weekday or "")
    except ValueError as exc:
        return _err(f"jour « {exc} » inconnu : écrivez lundi, mardi… ou monday, tuesday…, séparés par des virgules.")
    start_time = None
    if args.time:
        try:
            start_time = time.fromisoformat(args.time)
        except ValueError:
            return _err(f"heure « {args.time} » invalide : écrivez-la HH:MM, par exemple 09:30.")
    zone = (args.zone or "").upper() or None
    if zone not in (None, "A", "B", "C"):
        return _err(f"zone « {args.zone} » inconnue : A, B ou C.")
    experiment = next((e for e in catalogue.experiments if e.number == template.experiment), None)
    library = {w.id: w for w in catalogue.workshops}
    kit = kit_from_template(template, library, experiment=experiment)
    venues = ()
    if args.venue:
        venue = Venue(new_uid(), " ".join(args.venue.split()))
        venues = (venue,)
    participants = ()
    if args.participants:
        from desktop.exchange.participants_csv import already_present, read_participants_file
        from desktop.exchange.untrusted import terminal_safe

        try:
            preview = read_participants_file(args.participants)  # a regular file only: a FIFO never hangs
        except OSError as exc:
            return _err(f"impossible de lire {args.participants} : {exc.strerror or exc}")
        except ExchangeError as exc:
            return _err(terminal_safe(exc.message))
        if preview.errors:
            lines = "\n".join(f"  ligne {e.line} : {terminal_safe(e.message)}" for e in preview.errors[:20])
            wrong = french_count(len(preview.errors), "%Ln ligne de {file} est invalide", "%Ln lignes de {file} sont invalides")
            return _err(f"{wrong.format(file=args.participants)} ; aucun fichier n'a été écrit. "
                        f"Corrigez-les puis relancez :\n{lines}")
        twice = set(already_present(preview.participants))
        participants = tuple(p for i, p in enumerate(preview.participants) if i not in twice)
        if twice:
            print("  • " + french_count(len(twice), "%Ln ligne déjà présente plus haut dans le fichier (même courriel, "
                                        "ou mêmes nom et prénom) : ignorée.", "%Ln lignes déjà présentes plus haut dans "
                                        "le fichier (même courriel, ou mêmes nom et prénom) : ignorées."))
    try:
        result = plan_sessions(kit.workshops, start, every=every, weekdays=weekdays, start_time=start_time,
                               departement=kit.departement, zone=zone, venue_uid=venues[0].uid if venues else "",
                               template=template)
    except ValidationError as exc:
        return _err(f"planification impossible ({exc.field} : {exc.code}).")
    kit = replace(kit, sessions=result.sessions, venue_uids=tuple(v.uid for v in venues),
                  participants=tuple(participants))
    try:
        write_kit(kit, args.output, venues=venues, with_participants=bool(participants))
    except ExchangeError as exc:
        return _err(exc.message)
    from desktop.domain.dates import clock, long_date

    print(f"Kit « {kit.name} » : {len(result.sessions)} séances, {len(participants)} participants, écrit dans "
          f"{args.output}")
    for s in result.sessions:
        kw = kit.kit_workshop(s.kit_workshop_uid)
        print(f"  {long_date(s.day)}, {clock(s.start)} – {clock(s.end)} : {kw.workshop.title}")
    for message in result.messages:
        print(f"  • {french(message)}")
    return 0


def ics(args) -> int:
    """Write the sessions of a kit file as an iCalendar file."""
    from pathlib import Path

    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.files import write_atomically
    from desktop.exchange.ics import kit_calendar
    from desktop.exchange.kitfile import read_kit

    try:
        kit_file = read_kit(Path(args.kit))
    except ExchangeError as exc:
        return _err(exc.message)
    kit = kit_file.kit
    if not kit.sessions:
        return _err(f"le kit « {_safe(kit.name)} » n'a aucune séance datée : rien à exporter.")
    data = kit_calendar(kit, {v.uid: v for v in kit_file.venues}, {f.uid: f for f in kit_file.facilitators})
    out = Path(args.output)
    try:
        write_atomically(out, data, private=True)  # names of facilitators, venues
    except OSError as exc:
        return _err(f"impossible d'écrire {out} : {exc.strerror or exc}")
    print(f"{len(kit.sessions)} séances de « {_safe(kit.name)} » écrites dans {out}")
    return 0


def import_kit(db: Database, path: str, choice: str | None) -> int:
    """Import a kit file into the store with the window's identity rules; *choice*: ``replace``, ``copy`` or None."""
    from pathlib import Path

    from desktop.domain.kit_import import UNCHANGED, ChoiceNeeded, plan_import
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.kitfile import read_kit
    from desktop.exchange.untrusted import terminal_safe
    from desktop.storage.changes import import_edits, write_edits
    from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository

    try:
        kit_file = read_kit(Path(path))
    except ExchangeError as exc:
        return _err(f"{exc.message} Rien n'a été modifié.")
    kits = KitRepository(db).load_all()
    try:
        plan = plan_import(kit_file.kit, kit_file.venues, kit_file.facilitators,
                           with_personal_data=kit_file.with_participants, local_kits=kits,
                           local_venues={v.uid: v for v in VenueRepository(db).list()},
                           local_facilitators={f.uid: f for f in FacilitatorRepository(db).list()}, choice=choice)
    except ChoiceNeeded as needed:
        return _err(f"vous avez déjà le kit « {terminal_safe(needed.local.name)} » avec un autre contenu : relancez "
                    "avec --replace pour le remplacer ou --copy pour garder les deux. Rien n'a été modifié.")
    name = terminal_safe(kit_file.kit.name)
    if plan.action == UNCHANGED:
        print(f"Le kit « {name} » est déjà là, identique : rien n'a changé.")
        return 0
    write_edits(db, import_edits(plan, kits.get(plan.kit.uid)))
    done = {"new": "importé", "replace": "remplacé par celui du fichier", "copy": "importé comme nouveau kit"}
    print(f"Kit « {terminal_safe(plan.kit.name)} » {done[plan.action]}.")
    for message in [*map(french, kit_file.warnings), *(f"« {terminal_safe(n)} » ajouté : un lieu ou un intervenant de ce nom "
                                           "existait déjà ici avec d'autres informations, qui n'ont pas été "
                                           "modifiées." for n in plan.renamed)]:
        print(f"  • {terminal_safe(message)}")
    return 0


def save_report(report, path, structure=None) -> list[str]:
    """Write the funders' *report* to *path* as PDF, XLSX or CSV (by its suffix), atomically and owner-only; the
    window and ``tresse report`` both save through here. Returns the PDF's warnings.

    Raises:
        ValueError: the suffix is none of .pdf, .xlsx, .csv.
        OSError: the file could not be written (nothing was left in its place).
    """
    import io

    from desktop.exchange.files import write_atomically
    from desktop.exchange.report import report_format, write_report_data
    from desktop.printing.report import build_report_pdf

    kind = report_format(path)
    if kind is None:
        raise ValueError(path)
    if kind != "pdf":
        write_report_data(report, path)
        return []
    buffer = io.BytesIO()
    warnings = build_report_pdf(report, buffer, structure)
    write_atomically(path, buffer.getvalue(), private=True)
    return warnings


def _day(text: str):
    """An ISO date (AAAA-MM-JJ), or ``None``."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def report(db: Database, start_text: str, end_text: str, kit_ref: str | None, output: str) -> int:
    """Write the funders' report of every kit (or one) over [start, end] to *output* (.csv, .xlsx or .pdf)."""
    from desktop.domain.report import Period, build_report
    from desktop.exchange.report import report_format
    from desktop.exchange.untrusted import terminal_safe
    from desktop.storage.kits import KitRepository, ProfileRepository

    start, end = _day(start_text), _day(end_text)
    for text, day, option in ((start_text, start, "--from"), (end_text, end, "--to")):
        if day is None:
            return _err(f"date {option} « {terminal_safe(text)} » invalide : écrivez-la AAAA-MM-JJ, par exemple "
                        "2027-01-31. Aucun fichier n'a été écrit.")
    if start > end:
        return _err(f"la période commence le {start:%d/%m/%Y}, après sa fin le {end:%d/%m/%Y} : inversez --from et "
                    "--to. Aucun fichier n'a été écrit.")
    if report_format(output) is None:
        return _err(f"« {terminal_safe(output)} » : le bilan s'écrit en .pdf, .xlsx ou .csv ; terminez le nom du "
                    "fichier par l'un d'eux. Aucun fichier n'a été écrit.")
    repo = KitRepository(db)
    if kit_ref is not None:
        kit = repo.find(kit_ref)
        if kit is None:
            names = ", ".join(f"« {terminal_safe(k.name)} »" for k in repo.list()) or "aucun"
            return _err(f"kit « {terminal_safe(kit_ref)} » introuvable (nom ou identifiant). Kits : {names}.")
        kits = [kit]
    else:
        kits = list(repo.load_all().values())
    result = build_report(kits, Period(start, end))
    if not result.kit_names:
        return _err(f"aucune séance entre le {start:%d/%m/%Y} et le {end:%d/%m/%Y} : aucun fichier n'a été écrit.")
    structure = ProfileRepository(db).structure()
    try:
        warnings = save_report(result, output, structure)
    except OSError as exc:
        return _err(f"impossible d'écrire {terminal_safe(output)} : {exc.strerror or exc}")
    f = result.totals
    held = french_count(f.held, "%Ln séance réalisée sur", "%Ln séances réalisées sur")
    print(f"Bilan écrit dans {terminal_safe(output)} : {french_count(len(result.kit_names), '%Ln kit', '%Ln kits')}, "
          f"{held} {f.planned}, {str(f.hours_delivered).replace('.', ',')} h, "
          f"{french_count(f.enrolled, '%Ln participant', '%Ln participants')}.")
    for message in warnings:
        print(f"  • {terminal_safe(french(message))}")
    return 0
