"""`tresse report`: the funders' report from the command line, French messages, refusals without a traceback."""

from __future__ import annotations

import stat

import pytest
from pypdf import PdfReader

from desktop.__main__ import main
from desktop.storage.kits import KitRepository
from tests.report_helpers import bocage, mayenne


@pytest.fixture
def kits(store):
    for kit in (bocage(), mayenne()):
        KitRepository(store).save(kit)
    store.close()


def test_report_as_csv_xlsx_and_pdf(capsys, tmp_path, kits):
    for suffix in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"bilan.{suffix}"
        assert main(["report", "--from", "2027-01-01", "--to", "2027-12-31", "-o", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    said = capsys.readouterr().out
    assert "Bilan écrit dans" in said and "2 kits, 3 séances réalisées sur 4, 13,00 h, 4 participants" in said
    text = (tmp_path / "bilan.csv").read_bytes().decode("utf-8-sig")
    assert "Ensemble;Tous les kits retenus;2;4;3;1;13,00;4;4;à compléter;1;3;73" in text
    assert (tmp_path / "bilan.xlsx").read_bytes()[:2] == b"PK"
    assert len(PdfReader(tmp_path / "bilan.pdf").pages) == 1


def test_one_kit_by_name(capsys, tmp_path, kits):
    out = tmp_path / "mayenne.csv"
    assert main(["report", "--from", "2027-01-01", "--to", "2027-12-31", "--kit", "mayenne solidaire",
                 "-o", str(out)]) == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert "Ensemble;Tous les kits retenus;1;1;1;0;3,00;2;2;100;0;0;" in text and "Bocage" not in text


@pytest.mark.parametrize(("argv", "said"), [
    (["--from", "2027-13-01", "--to", "2027-12-31"], "date --from « 2027-13-01 » invalide"),
    (["--from", "2027-02-01", "--to", "2027-01-01"], "inversez --from et --to"),
    (["--from", "2030-01-01", "--to", "2030-12-31"], "aucune séance entre le 01/01/2030 et le 31/12/2030"),
    (["--from", "2027-01-01", "--to", "2027-12-31", "--kit", "inconnu"], "kit « inconnu » introuvable"),
])
def test_refusals_are_one_french_sentence(capsys, tmp_path, kits, argv, said):
    out = tmp_path / "bilan.pdf"
    assert main(["report", *argv, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and err.count("\n") == 1
    assert not out.exists()


def test_a_wrong_suffix_or_an_unwritable_target_is_refused(capsys, tmp_path, kits):
    assert main(["report", "--from", "2027-01-01", "--to", "2027-12-31", "-o", str(tmp_path / "bilan.docx")]) == 2
    assert "en .pdf, .xlsx ou .csv" in capsys.readouterr().err
    folder = tmp_path / "dossier.pdf"
    folder.mkdir()
    assert main(["report", "--from", "2027-01-01", "--to", "2027-12-31", "-o", str(folder)]) == 2
    assert "est un dossier" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "dossier.pdf"]
