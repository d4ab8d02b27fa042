"""The data of bench/ is sound: the generator builds a valid store through the app's own storage, and the print kits
read back. Nothing here is timed: the figures are the bench's business (python bench/run.py), never the tests'."""

from __future__ import annotations

from pathlib import Path

from bench.generate import build_store, write_print_kit
from desktop import paths
from desktop.exchange.kitfile import read_kit
from desktop.storage.kits import KitRepository
from desktop.storage.repositories import CatalogueRepository
from desktop.storage.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def test_generator_builds_a_sound_store(tmp_path):
    from desktop.sources.catalogue import read_catalogue

    bundled = len(read_catalogue().workshops)
    made = build_store(tmp_path / "data", kits=3, sessions_per_kit=4, library=40)
    assert made == {"kits": 3, "sessions": 12, "library": bundled + 40}
    db = open_store(tmp_path / "data" / paths.DB_FILENAME)
    try:
        assert db.query("PRAGMA integrity_check")[0][0] == "ok"
        assert db.query("PRAGMA foreign_key_check") == []
        catalogue = CatalogueRepository(db)
        library = catalogue.workshops()
        assert len(library) == bundled + 40 and sum(w.origin == "user" for w in library) == 40
        found = catalogue.search("Pouzauges")
        assert found is not None and len(found["workshop"]) >= min(40, bundled)  # the first round of variants
        repo = KitRepository(db)
        kits = [repo.load(k.uid) for k in repo.list()]
        assert len(kits) == 3
        for kit in kits:
            assert len(kit.workshops) == len(kit.sessions) == 4 and 6 <= len(kit.participants) <= 12
            assert {s.kit_workshop_uid for s in kit.sessions} == {kw.uid for kw in kit.workshops}
            assert set(kit.venue_uids) == {s.venue_uid for s in kit.sessions}  # shared venues, by uid
            assert kit.facilitator_uids and all(s.facilitator_uids for s in kit.sessions)
            held = {s.uid for s in kit.sessions if s.status.value == "held"}
            assert {a.session_uid for a in kit.attendances} == {e.session_uid for e in kit.evaluations} == held
    finally:
        db.close()
    again = build_store(tmp_path / "again", kits=3, sessions_per_kit=4, library=40)
    assert again == made  # seeded: the same data every time


def test_print_kit_file_reads_back(tmp_path):
    kit = read_kit(write_print_kit(tmp_path / "kit.tresse", sessions=6, participants=15)).kit
    assert len(kit.sessions) == 6 and len(kit.participants) == 15
    held = {s.uid for s in kit.sessions if s.status.value == "held"}
    assert held and {a.session_uid for a in kit.attendances} == held


def test_quick_run_goes_through_every_row(tmp_path):
    """``bench/run.py --quick`` measures every row, with its floor, without hanging (its figures mean nothing: 0 or
    1 are both fine, 2 is a measurement that could not run). The timeout only turns a hang into a failure."""
    import json
    import os
    import subprocess
    import sys

    from bench.rows import KEYS

    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    out = tmp_path / "rows.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--json", str(out)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=1200)
    assert done.returncode in (0, 1), done.stderr[-3000:]
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [r["key"] for r in rows] == list(KEYS)
    assert all(r["figure"] > 0 and r["floor"] > 0 for r in rows)
    assert "goals met" in done.stdout
