"""Synthetic data for the measurements, written through the application's own storage and exchange code.

* :func:`build_store` fills a data folder the way years of use would: workshops saved to the library
  (``CatalogueRepository.write_user_workshop``) and kits with their workshops, participants, sessions, presences and
  evaluations (``KitRepository.save``), venues and facilitators shared across kits. The large case of the performance goals is
  1,000 kits of 10 workshops and 10 sessions (10,000 sessions) and 10,000 workshops in the library.
* :func:`print_kit` is a kit to print (the 4 sessions × 12 participants of « Outille ton projet », or a long cycle
  of 40 sessions × 120 participants), :func:`write_print_kit` writes it as a kit file for ``tresse print``.
* :func:`ics_kits` are the 100 kits of 10 sessions of the .ics measurement.

Everything is seeded: two runs build the same data. Run ``python bench/generate.py DIR [--kits N] [--library N]``
to build a data folder by hand (then ``tresse --data-dir DIR`` opens it).
"""

from __future__ import annotations

import argparse
import random
import sys
import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.catalogue import Workshop  # noqa: E402
from desktop.domain.kit import (  # noqa: E402
    Attendance, Evaluation, Facilitator, HalfDay, IssuingStructure, Kit, KitWorkshop, Participant, Presence, Session,
    SessionStatus, Venue,
)
from desktop.scheduling.autoschedule import slot_for  # noqa: E402
from desktop.sources.catalogue import read_catalogue  # noqa: E402

SEED = 20270112
#: Sessions from this day on are not held yet; those before have presences and evaluations.
HELD_BEFORE = date(2027, 3, 1)

COMMUNES = [
    "Pouzauges", "Les Herbiers", "Mortagne-sur-Sèvre", "Annonay", "Sarras", "Saint-Félicien", "Tournon-sur-Rhône",
    "Le Cheylard", "Lamastre", "Clisson", "Vallet", "Le Loroux-Bottereau", "Chevreuse", "Rambouillet",
    "Villefranche-de-Rouergue", "Decazeville", "Capdenac-Gare", "La Châtre", "Aigurande", "Éguzon-Chantôme",
    "Château-Gontier", "Évron", "Mayenne", "Ernée", "Vire", "Flers", "Condé-en-Normandie", "Saint-Hilaire-du-Harcouët",
    "Bressuire", "Mauléon", "Thouars", "Parthenay", "Guéret", "Aubusson", "Felletin", "Bourganeuf",
]
DEPARTEMENTS = ["Vendée", "Ardèche", "Loire-Atlantique", "Yvelines", "Aveyron", "Indre", "Mayenne", "Calvados",
                "Deux-Sèvres", "Creuse", "Moselle", "Haute-Garonne", ""]
LAST_NAMES = ["Dupont", "Lefèvre", "Nguyen", "Martin", "Bernard", "Roux", "Garnier", "Faure", "Girard", "Bonnet",
              "Œuvray", "Çelik", "Ibáñez", "Mercier", "Lambert", "Fontaine", "Chevalier", "Benali", "Moreau", "Perrin"]
FIRST_NAMES = ["Marie", "Hélène", "Zoé", "Noël", "Élodie", "Loïc", "Jean-François", "Ayşe", "Íñigo", "Thi Ánh",
               "Camille", "Dominique", "Yannick", "Maëlle", "Anaïs", "Jérôme", "Clément", "Inès", "Gaëtan", "Léa"]
THEMES = ["Outille ton projet", "Premiers Pas", "Sprint", "May'IDÉSS", "Parcours d'accompagnement",
          "Cycle « Entreprendre autrement »", "Fabrique à projets", "Incubateur rural"]


def uid(rng: random.Random) -> str:
    """A UUID drawn from *rng* (the kit-file format wants UUIDs; seeded so that runs are identical)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def library_variants(base: list[Workshop], count: int) -> list[Workshop]:
    """*count* workshops of one's own: the bundled ones adapted to a commune (title, summary), in turn."""
    out = []
    for i in range(count):
        w = base[i % len(base)]
        commune = COMMUNES[(i // len(base)) % len(COMMUNES)]
        n = i // (len(base) * len(COMMUNES)) + 1
        out.append(replace(w, title=f"{w.title} — {commune} n° {n}",
                           summary=f"Version adaptée pour {commune}. {w.summary}"))
    return out


def _places(rng: random.Random) -> tuple[list[Venue], list[Facilitator]]:
    venues = [Venue(uid(rng), f"Salle des fêtes n° {i}", f"{i} place de la Mairie", COMMUNES[i % len(COMMUNES)],
                    capacity=rng.choice([0, 10, 15, 30]), step_free=rng.random() < 0.5) for i in range(300)]
    people = [Facilitator(uid(rng), f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} ({i})",
                          email=f"animation{i}@example.org") for i in range(200)]
    return venues, people


def _people(rng: random.Random, count: int, commune: str) -> tuple[Participant, ...]:
    return tuple(Participant(uid(rng), rng.choice(LAST_NAMES), rng.choice(FIRST_NAMES), f"Association n° {i}",
                             commune, f"porteur{i}@example.org") for i in range(count))


def _follow_up(rng: random.Random, sessions, people) -> tuple[tuple[Attendance, ...], tuple[Evaluation, ...]]:
    """Presences per half-day and evaluations for the sessions already held."""
    attendances, evaluations = [], []
    for s in sessions:
        if s.status is not SessionStatus.HELD:
            continue
        for p in people:
            for half in s.half_days:
                presence = Presence.PRESENT if rng.random() < 0.9 else rng.choice([Presence.ABSENT, Presence.EXCUSED])
                attendances.append(Attendance(s.uid, p.uid, half, presence))
            scores = tuple((key, rng.randint(2, 4)) for key in ("objectifs", "contenu", "animation", "organisation"))
            evaluations.append(Evaluation(s.uid, p.uid, scores, rng.choice(["", "Merci !", "Très utile, à refaire."])))
    return tuple(attendances), tuple(evaluations)


def make_kit(rng: random.Random, number: int, library: list[Workshop], venues: list[Venue],
             facilitators: list[Facilitator], sessions: int) -> Kit:
    """One kit of *sessions* weekly sessions of library workshops, with participants and the follow-up."""
    commune = rng.choice(COMMUNES)
    workshops = tuple(KitWorkshop(uid(rng), w) for w in rng.sample(library, sessions))
    people = _people(rng, rng.randint(6, 12), commune)
    team = tuple(rng.sample(facilitators, rng.randint(1, 2)))
    first = date(2027, 1, 4) + timedelta(days=rng.randint(0, 300))
    dated = []
    for i, kw in enumerate(workshops):
        day = first + timedelta(days=7 * i + rng.choice([0, 0, 0, 1, 2]))
        slot = slot_for(kw.workshop.duration_minutes, rng.choice([time(9), time(9, 30), time(14)]))
        status = (SessionStatus.HELD if day < HELD_BEFORE else
                  SessionStatus.CANCELLED if rng.random() < 0.03 else SessionStatus.CONFIRMED)
        dated.append(Session(uid(rng), kw.uid, day, slot.start, slot.end, venue_uid=rng.choice(venues).uid,
                             facilitator_uids=tuple(f.uid for f in team), status=status,
                             lunch_start=slot.lunch_start, lunch_end=slot.lunch_end))
    used = {s.venue_uid for s in dated}
    attendances, evaluations = _follow_up(rng, dated, people)
    created = datetime(2026, 1, 1) + timedelta(hours=number)
    return Kit(uid(rng), f"{rng.choice(THEMES)} — {commune} n° {number + 1}", territory=commune,
               departement=rng.choice(DEPARTEMENTS), audience=tuple(dict.fromkeys(
                   a for kw in workshops for a in kw.workshop.audience)),
               facilitator_uids=tuple(f.uid for f in team), created=created, modified=created,
               workshops=workshops, participants=people, sessions=tuple(dated), attendances=attendances,
               evaluations=evaluations, venue_uids=tuple(v.uid for v in venues if v.uid in used))


def build_store(data_dir: Path | str, *, kits: int = 1_000, sessions_per_kit: int = 10, library: int = 10_000,
                seed: int = SEED) -> dict[str, int]:
    """Fill the data folder *data_dir* (its database is created and migrated if needed); return what was written."""
    from desktop import paths
    from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository
    from desktop.storage.repositories import CatalogueRepository
    from desktop.storage.store import open_store

    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    db = open_store(folder / paths.DB_FILENAME)
    try:
        catalogue = CatalogueRepository(db)
        with db.transaction() as conn:
            for i, w in enumerate(library_variants(catalogue.workshops(), library)):
                saved = replace(w, id=f"user-{i:012d}", origin="user")
                CatalogueRepository.write_user_workshop(conn, saved, f"2026-01-01T00:00:{i % 60:02d}")
        shelf = catalogue.workshops()
        venues, facilitators = _places(rng)
        with db.transaction() as conn:  # shared records first: kits refer to them by uid
            for v in venues:
                VenueRepository.write(conn, v)
            for f in facilitators:
                FacilitatorRepository.write(conn, f)
        repo = KitRepository(db)
        for k in range(kits):
            repo.save(make_kit(rng, k, shelf, venues, facilitators, min(sessions_per_kit, len(shelf))))
        return {"kits": kits, "sessions": kits * min(sessions_per_kit, len(shelf)), "library": len(shelf)}
    finally:
        db.close()


# -- kits to print and to export -----------------------------------------------------------------------------------

STRUCTURE = IssuingStructure(name="Ronalpia", address="12 rue de la République\n07100 Annonay",
                             signatory_name="Claire Dumas", signatory_role="directrice",
                             funders_mention="Avec le soutien de la Région.")
PEOPLE = [("Dupont", "Marie"), ("Lefèvre", "Hélène"), ("Nguyen", "Thi Ánh"), ("Παπαδόπουλος", "Αλέξανδρος"),
          ("Смирнова", "Наталья"), ("Œuvray", "Noël"), ("Bernard", "Zoé"), ("Çelik", "Ayşe"),
          ("Martin", "Jean-François"), ("Roux", "Élodie"), ("Garnier", "Loïc"), ("Ibáñez", "Íñigo")]


def print_kit(sessions: int = 4, participants: int = 12) -> tuple[Kit, tuple[Venue, ...], tuple[Facilitator, ...]]:
    """A kit to print: « Outille ton projet » (4 sessions, one a full day) with 12 participants by default, or a
    longer cycle of the catalogue's workshops in turn, weekly from January 2027; the sessions before March are held
    (presences and evaluations filled)."""
    rng = random.Random(SEED)
    catalogue = read_catalogue()
    venues = (Venue(uid(rng), "Salle des fêtes de Sarras", "2 place de la Mairie", "07370 Sarras", 40, True, True),
              Venue(uid(rng), "Tiers-lieu La Forge", "14 rue des Forges", "07300 Tournon-sur-Rhône", wifi=True))
    team = (Facilitator(uid(rng), "Camille Rocher", phone="06 12 34 56 78"), Facilitator(uid(rng), "Yannick Faure"))
    template = next(t for t in catalogue.templates if t.id == "outille-ton-projet")
    chosen = [catalogue.workshop(w) for w in template.workshop_ids]
    chosen = [chosen[i % len(chosen)] if sessions <= len(chosen) else catalogue.workshops[i % len(catalogue.workshops)]
              for i in range(sessions)]
    workshops = tuple(KitWorkshop(uid(rng), w) for w in chosen)
    names = [PEOPLE[i] if i < len(PEOPLE) else (rng.choice(LAST_NAMES), rng.choice(FIRST_NAMES))
             for i in range(participants)]
    people = tuple(Participant(uid(rng), last, first, organisation=f"Association n° {i}", commune="Annonay")
                   for i, (last, first) in enumerate(names))
    dated = []
    for i, kw in enumerate(workshops):
        day = date(2027, 1, 12) + timedelta(days=7 * i)
        slot = slot_for(kw.workshop.duration_minutes, time(14) if i % 3 == 2 else time(9, 30))
        dated.append(Session(uid(rng), kw.uid, day, slot.start, slot.end, venues[i % 2].uid,
                             (team[i % 2].uid,) if i % 4 else (team[0].uid, team[1].uid),
                             SessionStatus.HELD if day < HELD_BEFORE else SessionStatus.CONFIRMED,
                             lunch_start=slot.lunch_start, lunch_end=slot.lunch_end))
    attendances, evaluations = _follow_up(rng, dated, people)
    return Kit(uid(rng), "Outille ton projet – Ardèche 2027", territory="Nord Ardèche",
               facilitator_uids=tuple(f.uid for f in team), funders_mention=STRUCTURE.funders_mention,
               workshops=workshops, participants=people, sessions=tuple(dated), attendances=attendances,
               evaluations=evaluations, venue_uids=tuple(v.uid for v in venues)), venues, team


def write_print_kit(path: Path | str, sessions: int = 4, participants: int = 12) -> Path:
    """:func:`print_kit` as a kit file with its participants and the issuing structure (what ``tresse print``
    reads)."""
    from desktop.exchange.kitfile import write_kit

    kit, venues, team = print_kit(sessions, participants)
    write_kit(kit, path, venues=venues, facilitators=team, structure=STRUCTURE, with_participants=True)
    return Path(path)


def ics_kits(sessions: int = 1_000, kits: int = 100) -> tuple[list[Kit], dict[str, Venue], dict[str, Facilitator]]:
    """*kits* kits sharing *sessions* sessions of the catalogue's workshops taken in turn (real summaries and
    outlines, so realistic DESCRIPTIONs), all run by facilitator ``f1``."""
    library = read_catalogue().workshops
    venues = {f"v{i}": Venue(f"v{i}", f"Salle des fêtes n° {i}", address=f"{i}, rue de la Mairie",
                             commune="Mouilleron-en-Pareds") for i in range(20)}
    team = (Facilitator("f1", "Camille Martin"), Facilitator("f2", "Dominique Bernard"))
    out = []
    for k in range(kits):
        workshops = tuple(KitWorkshop(f"k{k}w{i}", library[(k * 7 + i) % len(library)])
                          for i in range(sessions // kits))
        first = date(2027, 1, 4) + timedelta(days=k)
        dated = []
        for i, kw in enumerate(workshops):
            slot = slot_for(kw.workshop.duration_minutes, time(9))
            dated.append(Session(f"k{k}s{i}", kw.uid, first + timedelta(days=7 * i), slot.start, slot.end,
                                 venue_uid=f"v{(k + i) % 20}", facilitator_uids=("f1",),
                                 status=SessionStatus.CONFIRMED, sequence=i % 3, lunch_start=slot.lunch_start,
                                 lunch_end=slot.lunch_end))
        out.append(Kit(f"k{k}", f"Parcours d'accompagnement n° {k}", workshops=workshops, sessions=tuple(dated),
                       facilitator_uids=("f1",)))
    return out, venues, {f.uid: f for f in team}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Remplir un dossier de données de kits et d'ateliers fictifs.")
    parser.add_argument("folder", type=Path, help="dossier des données (créé s'il n'existe pas)")
    parser.add_argument("--kits", type=int, default=1_000)
    parser.add_argument("--sessions-per-kit", type=int, default=10)
    parser.add_argument("--library", type=int, default=10_000, help="ateliers ajoutés à la bibliothèque")
    args = parser.parse_args(argv)
    made = build_store(args.folder, kits=args.kits, sessions_per_kit=args.sessions_per_kit, library=args.library)
    print(f"{made['kits']} kits, {made['sessions']} séances, {made['library']} ateliers dans la bibliothèque : "
          f"{args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
