"""Command line of Tresse: no sub-command opens the window, a sub-command runs headless.

    tresse [--data-dir DIR] [KIT.tresse | catalogue [--json] | export KIT -o F [--template] | import F
                              | plan MODÈLE … -o F | ics F -o F | print F -o D
                              | report --from J --to J [--kit KIT] -o F | check | backup
                              | restore (--latest | NOM)]
    tresse [--data-dir DIR] [--open] KIT.tresse      (the window, importing that kit file: a double-click on it)
"""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import __version__, paths


#: The options of the window itself (no sub-command): a start with only these builds no sub-command's parser.
WINDOW_OPTIONS = ("--data-dir", "--open")


def window_only(argv: list[str]) -> bool:
    """Whether *argv* holds nothing but the window's own options and their values (anything else, a sub-command,
    ``--help`` or a mistake, goes through the whole parser, which says what it always said)."""
    i = 0
    while i < len(argv):
        name, equals, _value = argv[i].partition("=")
        if name not in WINDOW_OPTIONS or (not equals and i + 1 >= len(argv)):
            return False
        i += 1 if equals else 2
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without *commands*, only the window's options (the sub-commands' parsers, a few ms of
    every start of the window, are built only when the command line has more)."""
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
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    cat = sub.add_parser("catalogue", help="afficher le catalogue (expérimentations, ateliers, modèles de kits)")
    cat.add_argument("--json", action="store_true", help="au format JSON")
    exp = sub.add_parser("export", help="exporter un kit dans un fichier .tresse")
    exp.add_argument("kit", metavar="KIT", help="nom ou identifiant du kit")
    exp.add_argument("-o", "--output", required=True, metavar="FICHIER.tresse")
    shared = exp.add_mutually_exclusive_group()
    shared.add_argument("--with-participants", action="store_true",
                        help="inclure les participants, les présences et les évaluations (données personnelles)")
    shared.add_argument("--template", action="store_true",
                        help="partager comme modèle : les ateliers et leur déroulé, sans participants, dates, lieux "
                             "ni coordonnées")
    imp = sub.add_parser("import", help="importer un fichier .tresse reçu d'une autre structure")
    imp.add_argument("file", metavar="KIT.tresse")
    again = imp.add_mutually_exclusive_group()
    again.add_argument("--replace", action="store_true",
                       help="si vous avez déjà ce kit avec un autre contenu : le remplacer")
    again.add_argument("--copy", action="store_true",
                       help="si vous avez déjà ce kit avec un autre contenu : garder les deux")
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
    rp = sub.add_parser("report", help="écrire le bilan pour les financeurs d'une période (PDF, XLSX ou CSV)")
    rp.add_argument("--from", dest="start", required=True, metavar="AAAA-MM-JJ", help="premier jour de la période")
    rp.add_argument("--to", dest="end", required=True, metavar="AAAA-MM-JJ", help="dernier jour de la période")
    rp.add_argument("--kit", metavar="KIT", help="nom ou identifiant d'un kit (par défaut : tous les kits)")
    rp.add_argument("-o", "--output", required=True, metavar="FICHIER.{pdf,xlsx,csv}")
    sub.add_parser("check", help="vérifier la base de données (intégrité, version) et lister les sauvegardes")
    sub.add_parser("backup", help="faire une sauvegarde vérifiée maintenant (affiche son nom)")
    rs = sub.add_parser("restore", help="remplacer la base par une sauvegarde (l'actuelle est gardée à part)")
    which = rs.add_mutually_exclusive_group(required=True)
    which.add_argument("name", nargs="?", metavar="NOM", help="nom de la sauvegarde, tel que « check » l'affiche")
    which.add_argument("--latest", action="store_true", help="la sauvegarde la plus récente")
    return parser


COMMANDS = ("catalogue", "export", "import", "plan", "ics", "print", "report", "check", "backup", "restore")


def _kit_file_to_open(argv: list[str]) -> tuple[list[str], str | None]:
    """``tresse [--data-dir D] FILE.tresse`` opens the window on a kit file (a double-click in the file manager)."""
    rest = list(argv)
    for i, arg in enumerate(rest):
        if arg in COMMANDS:
            return rest, None
        after_option = i > 0 and rest[i - 1] in WINDOW_OPTIONS  # the value of --data-dir or --open
        if not arg.startswith("-") and not after_option and arg.lower().endswith(".tresse"):
            return rest[:i] + rest[i + 1:], arg
    return rest, None


def main(argv: list[str] | None = None) -> int:
    """Run the command line *argv* (the process's own when None: the process then ends with the command)."""
    whole_process = argv is None
    argv, kit_file = _kit_file_to_open(sys.argv[1:] if argv is None else argv)
    args = build_parser(commands=not window_only(argv)).parse_args(argv)
    kit_file = kit_file or args.open
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(sys.argv[:1], open_file=kit_file)
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
        from desktop.commands.printing import print_pack

        return print_pack(args, ends_process=whole_process)
    from desktop import maintenance

    if args.command == "check":
        return maintenance.run(maintenance.check)
    if args.command == "backup":
        return maintenance.run(maintenance.backup)
    if args.command == "restore":
        return maintenance.run(maintenance.restore_backup, None if args.latest else args.name)
    return maintenance.run(_with_store, commands, args)


def _with_store(commands, args) -> int:
    """Run a sub-command that uses the store: under the instance lock, after the start-up check."""
    from desktop import maintenance

    with maintenance.data_lock():
        db = maintenance.checked_store()
        try:
            if args.command == "catalogue":
                return commands.catalogue(db, args.json)
            if args.command == "export":
                return commands.export(db, args.kit, args.output, args.with_participants, as_template=args.template)
            if args.command == "import":
                return commands.import_kit(db, args.file, "replace" if args.replace else "copy" if args.copy else None)
            if args.command == "report":
                return commands.report(db, args.start, args.end, args.kit, args.output)
        finally:
            db.close()
    return 1


if __name__ == "__main__":
    sys.exit(main())
