"""A kill in the middle of saving never corrupts the store: each save is whole or absent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop.storage.kits import KitRepository
from desktop.storage.store import open_store

WRITER = textwrap.dedent("""
    import sys
    from dataclasses import replace
    from desktop import paths
    paths.set_data_dir(sys.argv[1])
    from desktop.domain.kit import Participant
    from desktop.domain.kit_factory import blank_kit
    from desktop.storage.kits import KitRepository
    from desktop.storage.store import open_store

    db = open_store()
    repo = KitRepository(db)
    kit = blank_kit("Kit endurant")
    n = 0
    while True:
        n += 1
        # every save holds n participants, all named after n: a torn save would mix two values
        kit = replace(kit, name=f"Kit endurant {n}",
                      participants=tuple(Participant(f"00000000-0000-4000-8000-{i:012d}", f"P{n}") for i in range(n % 50 + 1)))
        repo.save(kit)
        print(n, flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_while_saving_leaves_a_whole_kit(data_dir, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([os.getcwd(), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, str(script), str(data_dir)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        # let it run through fifty saves, then kill it while it goes on saving
        saved = 0
        while saved < 50:
            line = proc.stdout.readline()
            assert line, "the writer stopped by itself"
            saved = int(line)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    db = open_store()
    try:
        assert db.query("PRAGMA integrity_check")[0][0] == "ok"
        assert db.query("PRAGMA foreign_key_check") == []
        (kit,) = KitRepository(db).list()
        loaded = KitRepository(db).load(kit.uid)
        n = int(loaded.name.rsplit(" ", 1)[1])
        assert n >= 50
        assert len(loaded.participants) == n % 50 + 1
        assert {p.last_name for p in loaded.participants} == {f"P{n}"}
    finally:
        db.close()
