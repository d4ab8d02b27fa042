"""The rows of the performance table (docs/PERFORMANCE.md): the data each needs, how it is measured against its floor, and its profile."""

from __future__ import annotations

import json
import pstats
import shutil
import subprocess
import sys
from pathlib import Path

from bench.measure import ENV, ROOT, Row, median, p95, run_json, timed_process, timed_start

KEYS = ("start-new", "start-existing", "start-large", "memory-large", "memory-idle", "search", "search-large",
        "clear-large", "drop-large", "print", "print-large", "ics")
RUNS, LARGE_RUNS = 7, 3
LARGE = {"kits": 1_000, "sessions_per_kit": 10, "library": 10_000}
QUICK_LARGE = {"kits": 5, "sessions_per_kit": 10, "library": 50}
#: (sessions, participants) of the two print packs.
PRINTS = {"print": (4, 12), "print-large": (40, 120)}
QUICK_PRINTS = {"print": (2, 3), "print-large": (3, 4)}
FRAME_MS, DROP_MS, ICS_MS = 16.0, 50.0, 200.0
#: Rows measured by the same process as another: one profile serves both.
SAME_PROCESS = {"memory-large": "start-large", "memory-idle": "start-existing", "clear-large": "search-large"}


class Plan:
    """One run of the measurements in a scratch folder *tmp*.

    Args:
        tmp: scratch folder (data sets, kit files, PDFs), removed by the caller.
        quick: tiny data and one run of each, to check that everything runs.
        runs: alternating runs per row (default 7, and 3 for the rows on the large data).
        large_data: where to keep the large data set between runs (built there when missing or different).
    """

    def __init__(self, tmp: Path, *, quick: bool = False, runs: int | None = None,
                 large_data: Path | None = None) -> None:
        self.tmp = tmp
        self.quick = quick
        self.runs = 1 if quick else runs or RUNS
        self.large_runs = 1 if quick else runs or LARGE_RUNS
        self.sizes = QUICK_LARGE if quick else LARGE
        self.prints = QUICK_PRINTS if quick else PRINTS
        self.large_data = large_data if large_data is not None and not quick else tmp / "large"
        self.flags = ["--quick"] if quick else []
        self._profiles: dict[str, Path] = {}

    # -- data ------------------------------------------------------------------------------------------------------
    def large(self) -> Path:
        """The large data set (1,000 kits, 10,000 sessions, 10,000 workshops of one's own), built if needed."""
        marker = self.large_data / "bench-data.json"
        if marker.is_file() and json.loads(marker.read_text(encoding="utf-8")) == self.sizes:
            return self.large_data
        from bench.generate import build_store

        shutil.rmtree(self.large_data, ignore_errors=True)
        _say(f"building the large data set ({self.sizes}) in {self.large_data}")
        build_store(self.large_data, **self.sizes)
        marker.write_text(json.dumps(self.sizes), encoding="utf-8")
        return self.large_data

    def copy_of(self, folder: Path, name: str) -> Path:
        """A fresh copy of a data folder, for a measurement that changes it (drops move sessions)."""
        target = self.tmp / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(folder, target)
        return target

    def existing(self) -> Path:
        """A data folder in use: one kit of four sessions, and Tresse has opened it once (catalogue installed,
        window state saved), so that it opens on the catalogue."""
        folder = self.tmp / "existing"
        if not folder.exists():
            from bench.generate import build_store

            build_store(folder, kits=1, sessions_per_kit=4, library=0)
            timed_start("app", str(folder))
        return folder

    def kit_file(self, key: str) -> Path:
        from bench.generate import write_print_kit

        path = self.tmp / f"{key}.tresse"
        if not path.exists():
            write_print_kit(path, *self.prints[key])
        return path

    def scale(self) -> str:
        """The large data set in words: « 1,000 kits and 10,000 workshops »."""
        return f"{self.sizes['kits']:,} kits and {self.sizes['library']:,} workshops"

    # -- rows ------------------------------------------------------------------------------------------------------
    def measure(self, keys: list[str]) -> list[Row]:
        out: list[Row] = []
        starts = [k for k in keys if k.startswith(("start-", "memory-"))]
        if starts:
            out += self.starts(starts)
        if "search" in keys:
            out += self.search(self.existing(), {"search": "search, one keystroke, bundled catalogue (p95)"})
        large_search = [k for k in ("search-large", "clear-large") if k in keys]
        if large_search:
            library = f"{self.sizes['library']:,} workshops"
            out += [r for r in self.search(self.large(), {
                "search-large": f"search, one keystroke, {library} (p95)",
                "clear-large": f"search, clearing the box, {library}"}) if r.key in large_search]
        if "drop-large" in keys:
            out.append(self.drop())
        for key in ("print", "print-large"):
            if key in keys:
                out.append(self.print_pack(key))
        if "ics" in keys:
            out.append(self.ics())
        order = {k: i for i, k in enumerate(KEYS)}
        return sorted(out, key=lambda r: order[r.key])

    def starts(self, keys: list[str]) -> list[Row]:
        """Bare window, new data, existing data and large data started in turn, whole processes."""
        kinds = {"bare": self.runs}
        if "start-new" in keys:
            kinds["new"] = self.runs
        if "start-existing" in keys or "memory-idle" in keys:
            kinds["existing"] = self.runs
        if "start-large" in keys or "memory-large" in keys:
            kinds["large"] = self.large_runs
        folders = {"existing": self.existing() if "existing" in kinds else None,
                   "large": self.large() if "large" in kinds else None}
        seconds: dict[str, list[float]] = {k: [] for k in kinds}
        memory: dict[str, list[float]] = {k: [] for k in kinds}
        for run in range(max(kinds.values())):
            for kind, count in kinds.items():
                if run >= count:
                    continue
                args = (["bare"] if kind == "bare" else
                        ["app", str(self.tmp / f"new-{run}")] if kind == "new" else ["app", str(folders[kind])])
                s, m = timed_start(*args)
                seconds[kind].append(s)
                memory[kind].append(m)
                _say(f"start {kind}: {s:.2f} s, {m:.0f} MiB")
        bare_s, bare_m = median(seconds["bare"]), median(memory["bare"])

        def minima(kind: str) -> str:
            low = min(seconds[kind])
            return f"minima {low:.2f} s / {min(seconds['bare']):.2f} s = {low / min(seconds['bare']):.2f}×"
        n = f"median of {self.runs}"
        scale = self.scale()
        rows = {
            "start-new": lambda: Row("start-new", "start to the first page painted, new data (first-run page)",
                                     median(seconds["new"]), bare_s, "bare window", 1.5, "s", f"{n}; {minima('new')}"),
            "start-existing": lambda: Row("start-existing", "start to the catalogue painted, existing data",
                                          median(seconds["existing"]), bare_s, "bare window", 1.5, "s",
                                          f"{n}; {minima('existing')}"),
            "start-large": lambda: Row("start-large", f"start with {scale}",
                                       median(seconds["large"]), bare_s, "bare window", 2.0, "s",
                                       f"median of {self.large_runs}; {minima('large')}"),
            "memory-large": lambda: Row("memory-large", f"memory after start, {scale}",
                                        median(memory["large"]), bare_m, "bare window", 2.0, "MiB",
                                        "resident, 1 s after the paint"),
            "memory-idle": lambda: Row("memory-idle", "idle memory after start", median(memory["existing"]), bare_m,
                                       "bare window", 1.6, "MiB", "resident, 1 s after the paint"),
        }
        return [rows[k]() for k in keys]

    def search(self, folder: Path, keys: dict[str, str]) -> list[Row]:
        data = run_json("bench.child_search", str(folder), *self.flags)
        keystrokes, clears = data["keystrokes"], data["clears"]
        _say(f"search in {folder.name}: {len(keystrokes)} keystrokes, {len(clears)} clearings, "
             f"{data['paints']} repaints of the table")
        out = []
        for key, measure in keys.items():
            if key.startswith("clear"):
                out.append(Row(key, measure, median(clears), FRAME_MS, "budget (frame)", 1.0, "ms",
                               f"median of {len(clears)}, max {max(clears):,.0f} ms"))
            else:
                out.append(Row(key, measure, p95(keystrokes), FRAME_MS, "budget (frame)", 1.0, "ms",
                               f"{len(keystrokes)} keys, median {median(keystrokes):.1f} ms"))
        return out

    def drop(self) -> Row:
        data = run_json("bench.child_drag", str(self.copy_of(self.large(), "drop")), *self.flags)
        drops = data["drops"]
        _say(f"drops: {len(drops)}, {data['paints']} repaints of the month")
        sessions = self.sizes["kits"] * self.sizes["sessions_per_kit"]
        return Row("drop-large", f"a drop in the calendar → repainted, {self.sizes['kits']:,} kits / {sessions:,} "
                   "sessions", median(drops),
                   DROP_MS, "budget", 1.0, "ms", f"median of {len(drops)}, p95 {p95(drops):,.0f} ms")

    def _print_commands(self, key: str, run: int) -> tuple[list[str], list[str]]:
        """``tresse print`` of the kit file into a folder of its own, and the floor's command (files to append)."""
        out = self.tmp / f"{key}-{run}"
        app = [sys.executable, "-m", "desktop", "print", str(self.kit_file(key)), "-o", str(out)]
        return app, [sys.executable, str(ROOT / "bench" / "print_floor.py"), "-o", f"{out}-floor"]

    def print_pack(self, key: str) -> Row:
        """``tresse print`` of a kit file and reportlab alone on the same files and pages, in turn."""
        from pypdf import PdfReader

        app, floor = self._print_commands(key, 0)
        first = timed_process(app)  # warms the disk cache; its pages are the floor's (kept as a run when quick)
        pages = {f.name: len(PdfReader(f).pages) for f in sorted((self.tmp / f"{key}-0").glob("*.pdf"))}
        specs = [f"{name}:{count}" for name, count in pages.items()]
        app_s, floor_s = [], []
        runs = self.large_runs if key == "print-large" else self.runs
        for run in range(1, runs + 1):
            app, floor = self._print_commands(key, run)
            floor_s.append(timed_process(floor + specs))
            app_s.append(first if self.quick else timed_process(app))
            _say(f"{key}: tresse {app_s[-1]:.2f} s, floor {floor_s[-1]:.2f} s")
        sessions, people = self.prints[key]
        return Row(key, f"tresse print, {sessions} sessions × {people} participants ({sum(pages.values()):,} pages)",
                   median(app_s), median(floor_s), "reportlab alone", 1.5 if key == "print" else 2.0, "s",
                   f"median of {runs}, {len(pages)} files; minima {min(app_s):.2f} s / {min(floor_s):.2f} s = "
                   f"{min(app_s) / min(floor_s):.2f}×")

    def ics(self) -> Row:
        data = run_json("bench.child_ics", *self.flags)
        times = data["times"]
        return Row("ics", f".ics of {data['events']:,} sessions", median(times), ICS_MS, "budget", 1.0, "ms",
                   f"median of {len(times)}, {data['bytes'] // 1024:,} KiB")

    # -- profiles --------------------------------------------------------------------------------------------------
    def profile(self, key: str, folder: Path) -> Path:
        """Measure the row *key* once more under cProfile; write ``KEY.prof`` and its top entries ``KEY.txt``
        (rows measured by the same process share one profile)."""
        key = SAME_PROCESS.get(key, key)
        if key not in self._profiles:
            self._profiles[key] = self._profile(key, folder)
        return self._profiles[key]

    def _profile(self, key: str, folder: Path) -> Path:
        prof = folder / f"{key}.prof"
        if key.startswith(("start-", "memory-")):
            target = {"start-new": str(self.tmp / "new-profile"),
                      "start-existing": str(self.existing())}.get(key) or str(self.large())
            timed_start("app", target, profile=prof)
        elif key == "search":
            run_json("bench.child_search", str(self.existing()), "--profile", str(prof), *self.flags)
        elif key == "search-large":
            run_json("bench.child_search", str(self.large()), "--profile", str(prof), *self.flags)
        elif key == "drop-large":
            run_json("bench.child_drag", str(self.copy_of(self.large(), "drop-profile")), "--profile", str(prof),
                     *self.flags)
        elif key.startswith("print"):
            app, _ = self._print_commands(key, 99)
            subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), *app[1:]], cwd=ROOT, env=ENV,
                           capture_output=True, check=True)
        else:
            run_json("bench.child_ics", "--profile", str(prof), *self.flags)
        text = folder / f"{key}.txt"
        with text.open("w", encoding="utf-8") as out:
            stats = pstats.Stats(str(prof), stream=out)
            stats.sort_stats("cumulative").print_stats(30)
            stats.sort_stats("tottime").print_stats(15)
        return text


def _say(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)
