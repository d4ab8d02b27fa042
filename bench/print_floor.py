"""The floor of ``tresse print``: reportlab alone writing the same files with the same numbers of pages.

Each page is one plain 20-row table (a bold header row, then rows of names and dates) in DejaVu Sans, embedded
as Tresse embeds it; only the regular and bold faces are loaded; the streams are compressed as Tresse's are (zlib,
without reportlab's default ASCII85 layer). This is what any PDF of that size costs with
reportlab, whatever the documents say. It imports nothing of Tresse and is run as its own process:

    python bench/print_floor.py -o DIR programme.pdf:3 feuilles-emargement.pdf:12 …
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
ROWS = [["N°", "Nom", "Structure", "Date", "Signature"]] + [
    [str(i), "Marie Dupont", "Association de l'Île", "mardi 12 janvier 2027", ""] for i in range(1, 20)]


def write(path: Path, pages: int) -> None:
    story = []
    for _ in range(pages):
        table = Table(ROWS, colWidths=[30, 110, 140, 130, 80], repeatRows=1)
        table.setStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 10), ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 10),
                        ("GRID", (0, 0), (-1, -1), 0.5, "grey")])
        story += [table, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story[:-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("files", nargs="+", metavar="NOM:PAGES")
    args = parser.parse_args(argv)
    rl_config.useA85 = 0  # as desktop.printing.page.build writes its files
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    args.output.mkdir(parents=True, exist_ok=True)
    for spec in args.files:
        name, _, pages = spec.rpartition(":")
        write(args.output / name, int(pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
