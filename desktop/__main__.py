"""Command line of Tresse: no sub-command opens the window, a sub-command runs headless.

    tresse [--data-dir DIR] [catalogue [--json] | export KIT -o F | plan MODÈLE … -o F | ics F -o F | print F -o D]
    tresse [--data-dir DIR] [--open] KIT.tresse      (the window, importing that kit file: a double-click on it)
"""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tresse",
        description="Tresse : kits d'accompagnement des projets d'ESS en milieu rural. "
                    "Sans sous-commande, ouvre la fenêtre.")
    parser.add_argument("--version", action="version", version=f"Tresse {__version__}")
    parser.add_argument("--data-dir", metavar="DOSSIER",
                        help="dossier des données (base, réglages) ; sinon TRESSE_DATA_DIR, le mode portable "
                             "(tresse-portable.ini à côté du programme) ou le dossier de l'utilisateur")
    parser.add_argument("--open", metavar="KIT.tresse",
                        help="ouvrir la fenêtre en important ce fichier .tresse (ce que fait un double-clic dessus)")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    cat = sub.add_parser("catalogue", help="afficher le catalogue (expérimentations, ateliers, modèles de kits)")
    cat.add_argument("--json", action="store_true", help="au format JSON")
    exp = sub.add_parser("export", help="exporter un kit dans un fichier .tresse")
    exp.add_argument("kit", metavar="KIT", help="nom ou identifiant du kit")
    exp.add_argument("-o", "--output", required=True, metavar="FICHIER.tresse")
    exp.add_argument("--with-participants", action="store_true",
                     help="inclure les participants, les présences et les évaluations (données personnelles)")
    pl = sub.add_parser("plan", help="dater les séances d'un modèle de kit et écrire un fichier .tresse "
                                     "(sans toucher aux données)")
    pl.add_argument("template", metavar="MODÈLE", help="nom du modèle, ex. « Outille ton projet »")
    pl.add_argument("--start", required=True, metavar="AAAA-MM-JJ", help="première séance ce jour-là ou après")
    pl.add_argument("--every", metavar="1w|2w|1m", help="rythme (par défaut, l'espacement du modèle)")
    pl.add_argument("--weekday", metavar="JOURS", help="jours possibles, ex. lundi,jeudi")
    pl.add_argument("--time", metavar="HH:MM", help="heure de début (par défaut, celle du modèle)")
    pl.add_argument("--venue", metavar="LIEU", help="lieu des séances (nouveau lieu de ce nom)")
    pl.add_argument("--participants", metavar="FICHIER.csv", help="participants à inscrire (CSV)")
    pl.add_argument("--zone", metavar="A|B|C", help="éviter les vacances scolaires de cette zone")
    pl.add_argument("-o", "--output", required=True, metavar="KIT.tresse")
    ic = sub.add_parser("ics", help="exporter les séances d'un fichier .tresse en agenda iCalendar")
    ic.add_argument("kit", metavar="KIT.tresse")
    ic.add_argument("-o", "--output", required=True, metavar="FICHIER.ics")
    pr = sub.add_parser("print", help="écrire le dossier à imprimer d'un fichier .tresse (un PDF par document)")
    pr.add_argument("kit", metavar="KIT.tresse")
    pr.add_argument("-o", "--output", required=True, metavar="DOSSIER")
    pr.add_argument("--documents", metavar="LISTE",
                    help="documents à écrire, séparés par des virgules (par défaut : tous) ; voir le README")
    return parser


def _kit_file_alone(argv: list[str]) -> list[str]:
    """A file opened with Tresse (double-click, drop on the program) comes as its only argument: ``--open`` it."""
    if len(argv) == 1 and argv[0].lower().endswith(".tresse") and not argv[0].startswith("-"):
        return ["--open", argv[0]]
    return argv


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(_kit_file_alone(list(sys.argv[1:] if argv is None else argv)))
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(sys.argv[:1], open_file=args.open)
    location = paths.data_location()
    if location.portable_refused is not None:
        print(f"tresse : le dossier portable {location.portable_refused} n'est pas accessible en écriture "
              f"({location.reason}) ; les données sont dans {location.path}", file=sys.stderr)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from desktop import commands

    if args.command == "plan":
        return commands.plan(args)
    if args.command == "ics":
        return commands.ics(args)
    if args.command == "print":
        return commands.print_pack(args)
    from desktop.storage.errors import DatabaseTooNewError, KnownError
    from desktop.storage.store import open_store

    try:
        db = open_store()
    except DatabaseTooNewError as exc:
        print(f"tresse : ces données viennent d'une version plus récente de Tresse (schéma {exc.found}, "
              f"cette version connaît le {exc.supported}) ; le fichier n'a pas été modifié : {exc.path}",
              file=sys.stderr)
        return 2
    except KnownError as exc:
        print(f"tresse : impossible d'ouvrir les données ({exc.reason}) : {exc.path} — {exc.detail}", file=sys.stderr)
        return 2
    try:
        if args.command == "catalogue":
            return commands.catalogue(db, args.json)
        if args.command == "export":
            return commands.export(db, args.kit, args.output, args.with_participants)
    finally:
        db.close()
    return 1


if __name__ == "__main__":
    sys.exit(main())
