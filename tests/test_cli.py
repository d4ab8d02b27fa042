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
    assert set(data) == {"programme", "experiments", "workshops", "templates"}
    assert data["programme"]["title"] == "Le cycle TRESSONS" and len(data["programme"]["characteristics"]) == 4
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
    assert {"Outille ton projet", "Premiers Pas", "Sprint", "May'IDÉSS"} <= set(names) and len(names) == 12
    assert {t["experiment"] for t in data["templates"]} == set(range(1, 11))
    assert len(data["workshops"]) >= 60
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
    assert "Expérimentations (10)" in out and "Modèles de kits (12)" in out and "Le cycle TRESSONS" in out


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


def test_plan_then_ics_without_touching_the_database(capsys, tmp_path, data_dir):
    from icalendar import Calendar

    from desktop.exchange.kitfile import read_kit

    csv = tmp_path / "inscrits.csv"
    csv.write_bytes("\ufeffPrénom;Nom;Structure;Courriel\r\nÉlodie;Dupré;L'Épi;elodie@example.org\r\n"
                    "Анна;Иванова;;\r\n".encode("utf-8"))
    out = tmp_path / "kit.tresse"
    code = main(["plan", "« outille TON projet »", "--start", "2027-04-28", "--every", "2w", "--weekday",
                 "Tuesday,jeudi", "--time", "14:00", "--venue", "Salle des fêtes", "--participants", str(csv),
                 "--zone", "a", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert not (data_dir / paths.DB_FILENAME).exists()
    kit_file = read_kit(out)
    kit = kit_file.kit
    assert len(kit.sessions) == 4 and len(kit.participants) == 2
    assert [v.name for v in kit_file.venues] == ["Salle des fêtes"] and kit.venue_uids == (kit_file.venues[0].uid,)
    assert all(s.day.weekday() in (1, 3) and s.start.hour == 14 for s in kit.sessions)
    assert kit.sessions[0].day >= __import__("datetime").date(2027, 4, 28)
    ics = tmp_path / "kit.ics"
    assert main(["ics", str(out), "-o", str(ics)]) == 0
    assert len(list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) == 4


def test_plan_refuses_bad_input_and_writes_nothing(capsys, tmp_path):
    out = tmp_path / "kit.tresse"
    assert main(["plan", "Inconnu", "--start", "2027-01-01", "-o", str(out)]) == 2
    assert "Outille ton projet" in capsys.readouterr().err
    assert main(["plan", "sprint", "--start", "01/02/2027", "-o", str(out)]) == 2
    assert "AAAA-MM-JJ" in capsys.readouterr().err
    assert main(["plan", "sprint", "--start", "2027-01-01", "--weekday", "lundi,dimenche", "-o", str(out)]) == 2
    assert "dimenche" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"Prenom;Ville\nA;B\n")
    assert main(["plan", "sprint", "--start", "2027-01-01", "--participants", str(bad), "-o", str(out)]) == 2
    assert "Nom" in capsys.readouterr().err
    assert not out.exists()
    assert main(["ics", str(bad), "-o", str(tmp_path / "x.ics")]) == 2
    assert not (tmp_path / "x.ics").exists()


def test_export_a_kit_of_the_store(capsys, tmp_path, store):
    from desktop.domain.kit import Participant, new_uid
    from desktop.domain.kit_factory import kit_from_template
    from desktop.exchange.kitfile import read_kit
    from desktop.storage.kits import KitRepository
    from desktop.storage.repositories import CatalogueRepository
    from dataclasses import replace

    catalogue = CatalogueRepository(store)
    kit = kit_from_template(catalogue.template_by_name("premiers pas"), {w.id: w for w in catalogue.workshops()},
                            "Premiers Pas — Périgord")
    kit = replace(kit, participants=(Participant(new_uid(), "Dupré", "Élodie"),))
    KitRepository(store).save(kit)
    store.close()
    out = tmp_path / "pp.tresse"
    assert main(["export", "premiers pas — perigord", "-o", str(out)]) == 0
    assert read_kit(out).kit.participants == ()
    assert main(["export", kit.uid, "-o", str(out), "--with-participants"]) == 0
    assert read_kit(out).kit.participants[0].last_name == "Dupré"
    assert main(["export", "inconnu", "-o", str(tmp_path / "x.tresse")]) == 2
    assert "Premiers Pas — Périgord" in capsys.readouterr().err


def test_print_writes_one_pdf_per_document(capsys, tmp_path):
    from pypdf import PdfReader

    kit = tmp_path / "kit.tresse"
    assert main(["plan", "sprint", "--start", "2027-03-01", "-o", str(kit)]) == 0
    out = tmp_path / "pack"
    assert main(["print", str(kit), "-o", str(out), "--documents", "programme,emargement"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["feuilles-emargement.pdf", "programme.pdf"]
    text = PdfReader(out / "programme.pdf").pages[0].extract_text()
    assert "Sprint" in text and "mars 2027" in text
    assert main(["print", str(kit), "-o", str(out), "--documents", "affiche"]) == 2
    assert "affiche" in capsys.readouterr().err
    assert main(["print", str(tmp_path / "absent.tresse"), "-o", str(out)]) == 2


def test_the_window_s_command_line_reads_the_same_without_the_sub_commands_parsers(capsys, monkeypatch):
    from desktop import __main__ as cli

    for argv in ([], ["--data-dir", "/tmp/d"], ["--data-dir=/tmp/d", "--open", "kit.tresse"], ["--open=k.tresse"]):
        assert cli.window_only(argv)
        assert cli.build_parser(commands=False).parse_args(argv) == cli.build_parser().parse_args(argv)
    for argv in (["check"], ["--help"], ["--version"], ["--data-dir"], ["--data", "/tmp/d"], ["--data-dir", "d", "x"]):
        assert not cli.window_only(argv)  # the whole parser: its help, its errors, the sub-commands
    opened = []
    monkeypatch.setattr("desktop.app.run_gui", lambda argv, open_file=None: opened.append(open_file) or 0)
    assert cli.main(["--data-dir", str(paths.user_data_dir()), "--open", "kit.tresse"]) == 0
    assert opened == ["kit.tresse"]
    try:
        cli.main(["--help"])
    except SystemExit:
        pass
    assert "catalogue" in capsys.readouterr().out  # the help still lists the sub-commands
