"""Benchmark: the whole print pack of a 4-session kit with 12 participants (budget 1 s, and at most twice the floor).

The floor is reportlab's own time, in the same run, to write the same number of files with the same number of
pages of plain tables (one 20-row table per page, in the same embedded font): what any PDF of that size costs.
Run from the repository root: ``python bench/bench_print.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time as clock
from datetime import date, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table  # noqa: E402

from desktop.domain.kit import (  # noqa: E402
    Attendance, Evaluation, Facilitator, HalfDay, IssuingStructure, Kit, KitWorkshop, Participant, Presence, Session,
    SessionStatus, Venue,
)
from desktop.printing.fonts import REGULAR, register_fonts  # noqa: E402
from desktop.printing.pack import build_pack  # noqa: E402
from desktop.sources.catalogue import read_catalogue  # noqa: E402

RUNS = 7
BUDGET_S = 1.0
MAX_RATIO = 2.0

PEOPLE = [("Dupont", "Marie"), ("Lefèvre", "Hélène"), ("Nguyen", "Thi Ánh"), ("Παπαδόπουλος", "Αλέξανδρος"),
          ("Смирнова", "Наталья"), ("Œuvray", "Noël"), ("Bernard", "Zoé"), ("Çelik", "Ayşe"),
          ("Martin", "Jean-François"), ("Roux", "Élodie"), ("Garnier", "Loïc"), ("Ibáñez", "Íñigo")]


def make_kit() -> Kit:
    """The « Outille ton projet » cycle of the catalogue: 4 sessions (one a full day), 12 participants."""
    catalogue = read_catalogue()
    template = next(t for t in catalogue.templates if t.id == "outille-ton-projet")
    workshops = tuple(KitWorkshop(f"kw{i}", catalogue.workshop(w)) for i, w in enumerate(template.workshop_ids))
    people = tuple(Participant(f"p{i}", last, first, organisation=f"Association n° {i}", commune="Annonay")
                   for i, (last, first) in enumerate(PEOPLE))
    venues = (Venue("v1", "Salle des fêtes de Sarras", "2 place de la Mairie", "07370 Sarras", 40, True, True),
              Venue("v2", "Tiers-lieu La Forge", "14 rue des Forges", "07300 Tournon-sur-Rhône", wifi=True))
    team = (Facilitator("f1", "Camille Rocher", phone="06 12 34 56 78"), Facilitator("f2", "Yannick Faure"))
    sessions = (
        Session("s1", "kw0", date(2027, 1, 12), time(9, 30), time(12, 30), "v1", ("f1",), SessionStatus.HELD),
        Session("s2", "kw1", date(2027, 1, 19), time(9), time(17), "v2", ("f1", "f2"), SessionStatus.HELD,
                lunch_start=time(12, 30), lunch_end=time(13, 30)),
        Session("s3", "kw2", date(2027, 2, 1), time(14), time(17), "v1", ("f2",), SessionStatus.CONFIRMED),
        Session("s4", "kw3", date(2027, 2, 9), time(9), time(12), "v2", ("f1",), SessionStatus.CONFIRMED),
    )
    attendances = tuple(Attendance(s, p.uid, h, Presence.PRESENT) for p in people
                        for s, h in (("s1", HalfDay.MORNING), ("s2", HalfDay.MORNING), ("s2", HalfDay.AFTERNOON)))
    evaluations = tuple(Evaluation(s, p.uid, (("objectifs", 4), ("contenu", 3), ("animation", 4)), "Merci !")
                        for p in people for s in ("s1", "s2"))
    return Kit("k1", "Outille ton projet – Ardèche 2027", territory="Nord Ardèche", facilitator_uids=("f1", "f2"),
               funders_mention="Avec le soutien de la Région.", workshops=workshops, participants=people,
               sessions=sessions, attendances=attendances, evaluations=evaluations, venues=venues, facilitators=team)


def floor(page_counts: list[int], folder: Path) -> None:
    """reportlab alone: as many files and pages of plain 20-row tables, in the same embedded font."""
    rows = [[f"Ligne {i}", "Marie Dupont", "Association", "mardi 12 janvier 2027", ""] for i in range(20)]
    for n, pages in enumerate(page_counts):
        story = []
        for _ in range(pages):
            table = Table(rows, colWidths=[80, 110, 110, 120, 60])
            table.setStyle([("FONT", (0, 0), (-1, -1), REGULAR, 10), ("GRID", (0, 0), (-1, -1), 0.5, "grey")])
            story += [table, PageBreak()]
        SimpleDocTemplate(str(folder / f"floor-{n}.pdf"), pagesize=A4).build(story[:-1])


def main() -> int:
    register_fonts()
    kit = make_kit()
    structure = IssuingStructure(name="Ronalpia", address="12 rue de la République\n07100 Annonay",
                                 signatory_name="Claire Dumas", signatory_role="directrice")
    pack_times, floor_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result = build_pack(kit, structure, folder / "warm-up")
        page_counts = [len(PdfReader(f).pages) for f in result.files]
        floor(page_counts, folder)
        for run in range(RUNS):
            start = clock.perf_counter()
            build_pack(kit, structure, folder / f"pack-{run}")
            pack_times.append(clock.perf_counter() - start)
            start = clock.perf_counter()
            floor(page_counts, folder)
            floor_times.append(clock.perf_counter() - start)
    pack_s, floor_s = statistics.median(pack_times), statistics.median(floor_times)
    ratio = pack_s / floor_s
    print(f"print pack: {len(page_counts)} PDFs, {sum(page_counts)} pages ({', '.join(map(str, page_counts))})")
    print(f"pack:  median {pack_s * 1000:.0f} ms over {RUNS} runs (min {min(pack_times) * 1000:.0f} ms)")
    print(f"floor: median {floor_s * 1000:.0f} ms (min {min(floor_times) * 1000:.0f} ms; reportlab alone, same files "
          f"and pages of plain tables)")
    print(f"ratio: {ratio:.2f} of the medians, {min(pack_times) / min(floor_times):.2f} of the minima "
          f"(budget {BUDGET_S:.1f} s and ≤ {MAX_RATIO:.0f}× the floor)")
    ok = pack_s <= BUDGET_S and ratio <= MAX_RATIO
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
