"""The funders' report dialog, driven with pytest-qt: reached from Fichier, period and kits chosen, files saved."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pypdf import PdfReader

from desktop import paths
from desktop.ui.dialogs.report_dialog import ReportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace
from tests.report_helpers import bocage, mayenne


@pytest.fixture
def window(qtbot, store, french):
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    for kit in (bocage(), mayenne()):
        assert win.workspace.create_kit(kit, "créer")
    win.kits.refresh()
    win.kits.select("k2")  # Mayenne solidaire is open
    return win


def summary(dialog: ReportDialog) -> str:
    return dialog.summary.text().replace("\xa0", " ")  # French non-breaking spaces before « : » and in « »


def dialog_of(window, qtbot) -> ReportDialog:
    dialog = ReportDialog(window.workspace, window.controller.kit.uid, window, today=date(2027, 6, 1))
    qtbot.addWidget(dialog)
    return dialog


def test_reached_from_the_file_menu(window, monkeypatch):
    assert window.report_action in window.file_menu.actions()
    assert window.report_action.text() == "&Bilan pour les financeurs…"
    monkeypatch.setattr(ReportDialog, "exec", lambda self: 0)
    dialog = window.funders_report()
    assert dialog.one_kit.text().replace("\xa0", " ") == "Le kit &ouvert : « Mayenne solidaire »" and dialog.all_kits.isChecked()


def test_defaults_summary_and_saving_a_pdf(window, qtbot, tmp_path, monkeypatch):
    dialog = dialog_of(window, qtbot)
    assert dialog.period().start == date(2027, 1, 1) and dialog.period().end == date(2027, 12, 31)
    assert summary(dialog) == ("2 kits : 3 séances réalisées sur 4 prévues, 13,00 h, 4 participants. "
                                     "1 présence à saisir : le taux de présence sera « à compléter ».")
    asked = {}

    def choose(parent, title, name, filters):
        asked.update(name=name, filters=filters)
        return str(tmp_path / "bilan"), filters  # no suffix typed: the format's is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == {"name": "Bilan 2027-01-01 au 2027-12-31.pdf", "filters": "Document PDF (*.pdf)"}
    out = tmp_path / "bilan.pdf"
    assert dialog.saved_path == str(out) and dialog.result() == ReportDialog.DialogCode.Accepted
    assert len(PdfReader(out).pages) == 1 and stat.S_IMODE(out.stat().st_mode) == 0o600


def test_the_open_kit_and_a_period_as_xlsx_and_csv(window, qtbot, tmp_path):
    dialog = dialog_of(window, qtbot)
    dialog.one_kit.setChecked(True)
    assert summary(dialog).startswith("1 kit : 1 séance réalisée sur 1 prévue, 3,00 h, 2 ")
    dialog.all_kits.setChecked(True)
    dialog.start.setDate(QDate(2027, 2, 1))
    dialog.end.setDate(QDate(2027, 2, 28))
    assert summary(dialog) == "2 kits : 1 séance réalisée sur 2 prévues, 3,00 h, 4 participants."
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.save(str(tmp_path / "fev.csv"))
    text = (tmp_path / "fev.csv").read_bytes().decode("utf-8-sig")
    assert "Ensemble;Tous les kits retenus;2;2;1;1;3,00;4;2;100;0;0;" in text
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.save(str(tmp_path / "fev.xlsx")) and (tmp_path / "fev.xlsx").read_bytes()[:2] == b"PK"


def test_an_empty_or_reversed_period_cannot_be_saved(window, qtbot, monkeypatch):
    dialog = dialog_of(window, qtbot)
    dialog.start.setDate(QDate(2030, 1, 1))
    dialog.end.setDate(QDate(2030, 12, 31))
    assert summary(dialog) == "Aucune séance sur cette période : rien à mettre dans le bilan."
    assert not dialog.save_button.isEnabled()
    dialog.start.setDate(QDate(2031, 1, 1))
    assert "commence après sa fin" in summary(dialog) and not dialog.save_button.isEnabled()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    assert not dialog.save("/nowhere/bilan.pdf") and said


def test_an_unwritable_target_says_so_and_keeps_the_dialog(window, qtbot, tmp_path, monkeypatch):
    dialog = dialog_of(window, qtbot)
    folder = tmp_path / "dossier.pdf"
    folder.mkdir()
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert not dialog.save(str(folder))
    assert said[0].replace("\xa0", " ").startswith("Le bilan n'a pas pu être écrit (rien n'a été remplacé)") and "est un dossier" in said[0]
    assert dialog.saved_path is None
