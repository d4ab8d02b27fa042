"""Layering: Qt is imported only in ui/, app.py and __main__.py (import-linter contracts in pyproject.toml); widget
constructors stay short (build, lay out and connect apart)."""

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


#: Most statements a widget's ``__init__`` may hold (every statement counts, nested ones included): the rest goes to
#: ``_build()``, ``_lay_out()`` and ``_connect()``, as in KitsPage or PlacesDialog.
MAX_INIT_STATEMENTS = 30
#: Widgets still waiting for that split, by ``module:Class`` (none is left; a name here must be a real exception).
LONG_INIT_ALLOWED: set[str] = set()


def _widget_constructors():
    """(``module:Class``, statements of its own ``__init__``) for every QWidget subclass defined under desktop/ui."""
    import importlib

    from PySide6.QtWidgets import QWidget

    for file in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        module_name = ".".join(file.relative_to(ROOT).with_suffix("").parts)
        module = importlib.import_module(module_name)
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            cls = getattr(module, node.name, None) if isinstance(node, ast.ClassDef) else None
            if not (isinstance(cls, type) and issubclass(cls, QWidget)):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    statements = sum(isinstance(n, ast.stmt) for n in ast.walk(item)) - 1  # less the def itself
                    yield f"{module_name}:{node.name}", statements


def test_widget_constructors_are_short():
    found = dict(_widget_constructors())
    assert len(found) > 40  # the scan sees the widgets (a broken scan must not pass silently)
    long = {name: count for name, count in found.items() if count > MAX_INIT_STATEMENTS}
    assert set(long) - LONG_INIT_ALLOWED == set(), f"split these constructors into build / lay out / connect: {long}"
    assert LONG_INIT_ALLOWED <= set(found), "the allow-list names a widget that is gone: remove it"
    shortened = {name for name in LONG_INIT_ALLOWED if found[name] <= MAX_INIT_STATEMENTS}
    assert shortened == set(), f"these constructors are short now: remove them from LONG_INIT_ALLOWED: {shortened}"
