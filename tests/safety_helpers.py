"""Helpers of the data-safety tests: a store with kits and participants, damaging a file, hashing it."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

from desktop.domain.kit import Participant
from desktop.domain.kit_factory import blank_kit
from desktop.storage.kits import KitRepository
from desktop.storage.store import open_store


def filled_store(path: Path, kits: int = 2, participants: int = 150):
    """A closed database at *path* holding *kits* kits of *participants* participants each; returns the names."""
    db = open_store(path)
    names = []
    try:
        repo = KitRepository(db)
        for k in range(kits):
            kit = blank_kit(f"Kit {k + 1} — Ardèche")
            people = tuple(Participant(f"00000000-0000-4000-8000-{k:04d}{i:08d}", f"Nom{i:03d}-{'x' * 40}",
                                       f"Prénom{i}", email=f"p{i}@exemple.fr") for i in range(participants))
            repo.save(replace(kit, participants=people))
            names.append(kit.name)
    finally:
        db.close()
    return names


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def table_page(path: Path, table: str) -> tuple[int, int]:
    """(root page number, page size) of *table*."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return root, size


def corrupt_table(path: Path, table: str) -> None:
    """Overwrite the root page of *table* with garbage (a page-level corruption; the header stays right)."""
    root, size = table_page(path, table)
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xde\xad\xbe\xef" * (size // 4))


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file and switch it off, so the file alone holds everything."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
