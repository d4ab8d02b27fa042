"""What the measurements share: child processes, medians and p95, the rows of the results table and their verdict."""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Children run offscreen, in French (the first language), with this checkout first on the path, and with their
#: bytecode cached as an installed application has it (a shell may say PYTHONDONTWRITEBYTECODE: every start would
#: then compile Tresse's sources again, which no user ever waits for).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | dict(
    QT_QPA_PLATFORM="offscreen", LANG="fr_FR.UTF-8", LANGUAGE="fr",
    PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
TIMEOUT_S = 1800


class ChildFailed(RuntimeError):
    """A measured process exited with an error (its standard error ends the message)."""


def compile_sources() -> None:
    """Write the bytecode of Tresse and of the bench beforehand, as installing a wheel does."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop", "bench"], cwd=ROOT, env=ENV, check=True,
                   capture_output=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile, nearest rank: no more than 5 % of the values are above it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _failed(command: list[str], code: int, stderr: str) -> ChildFailed:
    tail = "\n".join(stderr.strip().splitlines()[-15:])
    return ChildFailed(f"{' '.join(command)} exited with {code}:\n{tail}")


def run_json(module: str, *args: str) -> dict:
    """Run ``python -m module args`` and return the JSON object of its last output line."""
    command = [sys.executable, "-m", module, *args]
    done = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise _failed(command, done.returncode, done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def timed_process(command: list[str]) -> float:
    """Seconds from the launch of *command* to its exit (it must succeed)."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=TIMEOUT_S)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise _failed(command, done.returncode, done.stderr)
    return elapsed


def timed_start(*args: str, profile: Path | None = None) -> tuple[float, float]:
    """Launch ``bench.child_start args``; seconds from the launch to its « painted » line, and its idle RSS in MiB."""
    command = [sys.executable, "-m", "bench.child_start", *args]
    if profile is not None:
        command += ["--profile", str(profile)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = process.stdout.readline()
    elapsed = time.perf_counter() - start
    rest, stderr = process.communicate(timeout=TIMEOUT_S)
    if process.returncode != 0 or first.strip() != "painted":
        raise _failed(command, process.returncode, stderr)
    memory = json.loads(rest.strip().splitlines()[-1])
    return elapsed, memory["rss_idle"]


@dataclass
class Row:
    """One line of the results table.

    Attributes:
        key: short name (``--only``, profile files).
        measure: what is measured, as in the table of docs/PERFORMANCE.md.
        figure: Tresse's figure, in *unit*.
        floor: the floor measured in the same run, or the budget, in *unit*.
        floor_text: what the floor is (« bare window », « budget »…).
        goal: the largest ratio figure / floor that meets the goal.
        unit: « s », « ms » or « MiB ».
        detail: what else is worth reading (runs, minima, p95, pages…).
    """

    key: str
    measure: str
    figure: float
    floor: float
    floor_text: str
    goal: float
    unit: str
    detail: str = ""

    @property
    def ratio(self) -> float:
        return self.figure / self.floor if self.floor else math.inf

    @property
    def met(self) -> bool:
        return self.ratio <= self.goal

    @property
    def goal_text(self) -> str:
        if self.floor_text.startswith("budget"):
            return f"≤ {self.floor * self.goal:g} {self.unit}"
        return f"≤ {self.goal:g}×"


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:,.0f} ms"
    return f"{value:,.0f} {unit}"


def table(rows: list[Row], markdown: bool = False) -> str:
    """The results, one row per measure: figure, floor or budget, ratio, goal, met or missed."""
    head = ["measure", "Tresse", "floor or budget", "ratio", "goal", "", "detail"]
    lines = [[r.measure, _number(r.figure, r.unit), f"{r.floor_text} {_number(r.floor, r.unit)}",
              f"{r.ratio:,.2f}×", r.goal_text, "met" if r.met else "MISSED", r.detail] for r in rows]
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(cells[:5] + ["met" if c == "met" else "**missed**" for c in cells[5:6]] + cells[6:])
                + " |" for cells in lines]
        return "\n".join(out)
    widths = [max(len(str(x)) for x in column) for column in zip(head, *lines)]
    widths[-1] = 0
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip() for cells in [head, *lines])
