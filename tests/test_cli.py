"""The headless command line: `tresse catalogue --json` and the global --data-dir option."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop import paths
from desktop.__main__ import main


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_catalogue_json_shape(capsys, tmp_path):
    data = run_json(capsys, "--data-dir", str(tmp_path / "elsewhere"), "catalogue", "--json")
    assert (tmp_path / "elsewhere" / paths.DB_FILENAME).exists()
    assert set(data) == {"experiments", "workshops", "templates"}
    assert len(data["experiments"]) == 10
    first = data["experiments"][0]
    assert first["number"] == 1 and isinstance(first["number"], int)
    assert first["operator"]["name"] == "Pôle ESS Vendée"
    assert first["region"] == "Pays de la Loire" and first["departement"] == "Vendée"
    assert first["contact"] == {"person": "Ninon Claude", "role": "Chargée de mission",
                                "email": "nclaude@pole-ess-vendee.com", "website": "www.pole-ess-vendee.com"}
    second = data["experiments"][1]
    assert second["contact"]["email"] is None
    for e in data["experiments"]:
        assert {"title", "territory", "region", "departement", "operator", "contact"} <= set(e)
    assert len(data["workshops"]) >= 30
    for w in data["workshops"]:
        assert isinstance(w["duration_minutes"], int)
        assert isinstance(w["audience"], list) and w["audience"]
        assert w["format"] in {"Atelier collectif", "Rendez-vous individuel", "Visite apprenante",
                               "Journée de formation", "Rencontre", "Pitch", "Réunion d'information", "Conférence"}
    names = {t["name"]: t for t in data["templates"]}
    assert set(names) == {"Outille ton projet", "Premiers Pas", "Sprint", "May'IDÉSS"}
    otp = names["Outille ton projet"]["workshops"]
    assert len(otp) == 4
    titles = {w["title"] for w in data["workshops"]}
    assert set(otp) <= titles


def test_environment_variable_sets_the_data_dir(capsys, tmp_path, monkeypatch):
    paths.set_data_dir(None)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    run_json(capsys, "catalogue", "--json")
    assert (tmp_path / "env" / paths.DB_FILENAME).exists()


def test_plain_listing_in_french(capsys):
    assert main(["catalogue"]) == 0
    out = capsys.readouterr().out
    assert "Expérimentations (10)" in out and "Modèles de kits (4)" in out


def test_newer_database_gives_a_clear_message(capsys, data_dir):
    import sqlite3

    data_dir.mkdir(parents=True)
    raw = sqlite3.connect(data_dir / paths.DB_FILENAME)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    assert main(["catalogue"]) == 2
    err = capsys.readouterr().err
    assert "version plus récente" in err and "n'a pas été modifié" in err


def test_module_entry_point(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "catalogue", "--json"],
                            capture_output=True, text=True, encoding="utf-8", check=True)
    assert len(json.loads(result.stdout)["experiments"]) == 10
