"""Every row of the performance table, each with its floor measured in the same run: ``python bench/run.py``.

Whole processes where the user waits for one (the start, ``tresse print``), alternating with their floors (the
bare ``QMainWindow``, reportlab alone on the same files and pages); the search keystrokes, the calendar drop and
the .ics export against their budgets (a 16 ms frame, 50 ms, 200 ms). Prints each figure, floor, ratio and goal;
exits with 1 when a goal is missed, 2 when a measurement could not run. See docs/PERFORMANCE.md.

Options: ``--quick`` (tiny data, one run each: checks that everything runs, figures meaningless), ``--runs N``,
``--only KEY,…``, ``--data DIR`` (keep the large data set there and reuse it), ``--markdown``, ``--json FILE``,
``--profile DIR`` (profile every missed row into DIR).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import rows  # noqa: E402
from bench.measure import ChildFailed, compile_sources, table  # noqa: E402


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Mesures de vitesse de Tresse, avec leurs planchers.")
    parser.add_argument("--quick", action="store_true", help="données minuscules, une mesure de chaque : vérifie "
                                                             "que tout tourne (chiffres sans valeur)")
    parser.add_argument("--runs", type=int, help="mesures alternées par ligne (par défaut 7, 3 pour les grandes)")
    parser.add_argument("--only", help=f"lignes à mesurer parmi : {', '.join(rows.KEYS)}")
    parser.add_argument("--data", type=Path, help="dossier du grand jeu de données (gardé et réutilisé)")
    parser.add_argument("--markdown", action="store_true", help="le tableau en Markdown")
    parser.add_argument("--json", type=Path, help="écrire aussi les résultats dans ce fichier")
    parser.add_argument("--profile", type=Path, metavar="DIR", help="profiler les lignes qui manquent leur but")
    args = parser.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else set(rows.KEYS)
    unknown = wanted - set(rows.KEYS)
    if unknown:
        parser.error(f"lignes inconnues : {', '.join(sorted(unknown))}")
    args.wanted = [k for k in rows.KEYS if k in wanted]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    with tempfile.TemporaryDirectory(prefix="tresse-bench-") as tmp:
        plan = rows.Plan(Path(tmp), quick=args.quick, runs=args.runs, large_data=args.data)
        try:
            compile_sources()
            results = plan.measure(args.wanted)
        except ChildFailed as exc:
            print(f"a measurement failed: {exc}", file=sys.stderr)
            return 2
        print(table(results, markdown=args.markdown))
        missed = [r for r in results if not r.met]
        if args.json:
            args.json.write_text(json.dumps([{**vars(r), "ratio": r.ratio, "met": r.met} for r in results],
                                            ensure_ascii=False, indent=1), encoding="utf-8")
        if args.profile and missed:
            args.profile.mkdir(parents=True, exist_ok=True)
            for r in missed:
                print(f"profile of « {r.measure} »: {plan.profile(r.key, args.profile)}", file=sys.stderr)
    print(f"{len(results) - len(missed)} of {len(results)} goals met" + (" (quick: figures meaningless)"
                                                                          if args.quick else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
