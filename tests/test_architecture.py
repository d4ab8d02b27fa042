"""Layering: Qt is imported only in ui/, app.py and __main__.py (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_ALLOWED = ("desktop/ui/", "desktop/app.py", "desktop/__main__.py")


def test_import_linter_contracts_are_kept():
    importlinter = pytest.importorskip("importlinter")
    from importlinter.cli import lint_imports

    import os

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert lint_imports(no_cache=True) == 0, "an import-linter contract is broken (run `lint-imports`)"
    finally:
        os.chdir(cwd)
    assert importlinter


def test_no_qt_import_below_ui():
    offenders = []
    for file in (ROOT / "desktop").rglob("*.py"):
        rel = file.relative_to(ROOT).as_posix()
        if rel.startswith(QT_ALLOWED):
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} for n in names):
                offenders.append(rel)
    assert offenders == []
