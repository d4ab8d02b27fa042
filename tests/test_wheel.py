"""A non-editable install works: the wheel carries resources/ and data/, and paths.py finds them there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools")
    pytest.importorskip("wheel")
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    env = dict(os.environ, PIP_NO_INDEX="1")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(ROOT)], check=True, cwd=build, env=env, capture_output=True)
    (found,) = out.glob("tresse-*.whl")
    return found


def test_wheel_carries_bundled_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("desktop/data/experiments.toml", "desktop/data/templates.toml",
                   "desktop/resources/translations/tresse_en.qm", "desktop/resources/help/prise-en-main.fr.html",
                   "desktop/resources/icons/tresse.png", "desktop/__main__.py", "desktop/ui/main_window.py"):
        assert needed in names, needed
    assert len([n for n in names if n.startswith("desktop/data/workshops/")]) >= 3
    packages = {str(init.parent.relative_to(ROOT)) for init in (ROOT / "desktop").rglob("__init__.py")}
    missing = sorted(p for p in packages if f"{p}/__init__.py" not in names)
    assert not missing, f"packages left out of the wheel (pyproject.toml's list): {missing}"
    assert not [n for n in names if n.startswith("tests/")]


def test_installed_wheel_finds_its_files(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = dict(os.environ, PYTHONPATH=str(target), TRESSE_DATA_DIR=str(tmp_path / "userdata"))
    code = ("import desktop, json; from desktop import paths; "
            "print(json.dumps([desktop.__file__, str(paths.data_dir()), str(paths.resources_dir())]))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path,
                         env=env).stdout
    module, data, resources = json.loads(out)
    assert module.startswith(str(target))
    assert data == str(target / "desktop" / "data")
    assert resources == str(target / "desktop" / "resources")
    result = subprocess.run([sys.executable, "-m", "desktop", "catalogue", "--json"], check=True, capture_output=True,
                            text=True, encoding="utf-8", cwd=tmp_path, env=env)
    assert len(json.loads(result.stdout)["experiments"]) == 10
