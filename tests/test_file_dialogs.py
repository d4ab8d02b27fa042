"""Each file dialog opens in the last folder chosen for its purpose (window-state settings, ui/file_dialogs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from desktop import paths
from desktop.domain.kit_factory import kit_from_template
from desktop.ui.dialog_memory import recall
from desktop.ui.dialogs.profile import ProfileDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


class Chooser:
    """Stands for the person in Qt's static file dialogs: records where each opened, answers with a path."""

    def __init__(self, monkeypatch) -> None:
        self.starts: list[str] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._files)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, parent, title, start, filters=""):
        self.starts.append(start)
        return self.answer, filters

    def _files(self, parent, title, start, filters=""):
        self.starts.append(start)
        return ([self.answer] if self.answer else []), filters

    def _folder(self, parent, title, start):
        self.starts.append(start)
        return self.answer


@pytest.fixture
def window(qtbot, store, french):
    window = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    library = {w.id: w for w in window.catalogue.workshops()}
    kit = kit_from_template(window.catalogue.template_by_name("outille ton projet"), library, "Printemps")
    window.controller.create(kit, "créer")
    window.kits.refresh()
    window.kits.select(kit.uid)
    return window


def button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def folders(tmp_path: Path, *names: str) -> list[Path]:
    made = [tmp_path / name for name in names]
    for folder in made:
        folder.mkdir()
    return made


def test_the_kit_export_and_import_each_reopen_in_their_last_folder(window, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    key, received = folders(tmp_path, "cle", "recus")
    chooser = Chooser(monkeypatch)
    chooser.answer = str(key / "Printemps.tresse")
    window.export_action.trigger()
    assert (key / "Printemps.tresse").is_file()
    assert chooser.starts[0] == "Printemps.tresse"  # nothing remembered yet: the suggested name alone
    window.export_action.trigger()
    assert chooser.starts[1] == str(key / "Printemps.tresse")  # the same folder, with the kit's name

    chooser.answer = ""  # cancelled: nothing is remembered for the import
    window.import_action.trigger()
    assert chooser.starts[2] == ""  # the export's folder is not the import's
    (received / "Printemps.tresse").write_bytes((key / "Printemps.tresse").read_bytes())
    chooser.answer = str(received / "Printemps.tresse")
    window.import_action.trigger()
    chooser.answer = ""
    window.import_action.trigger()
    assert chooser.starts[4] == str(received)
    window.export_action.trigger()
    assert chooser.starts[5] == str(key / "Printemps.tresse")
    again = Settings(paths.user_data_dir())  # kept in the window-state file, for the next launch
    assert recall(again, "folders")["import-kit"] == str(received)


def test_a_removed_folder_falls_back_to_the_suggestion(window, qtbot, monkeypatch, tmp_path):
    (gone,) = folders(tmp_path, "usb")
    chooser = Chooser(monkeypatch)
    chooser.answer = str(gone / "participants.csv")
    (gone / "participants.csv").write_text("Prénom;Nom\nAnne;Roux\n", encoding="utf-8")
    monkeypatch.setattr("desktop.ui.widgets.kit_participants.CsvImportDialog.exec", lambda self: 0)
    qtbot.mouseClick(window.kits.participants.import_button, Qt.MouseButton.LeftButton)
    chooser.answer = ""
    qtbot.mouseClick(window.kits.participants.import_button, Qt.MouseButton.LeftButton)
    assert chooser.starts == ["", str(gone)]
    (gone / "participants.csv").unlink()
    gone.rmdir()  # the USB key was taken out
    qtbot.mouseClick(window.kits.participants.import_button, Qt.MouseButton.LeftButton)
    assert chooser.starts[2] == ""


def test_the_print_folder_chooser_remembers_the_folder(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr("desktop.ui.dialogs.print_choices.documents_dir", lambda: tmp_path / "Documents")
    (shared,) = folders(tmp_path, "partage")
    chooser = Chooser(monkeypatch)
    dialog = window.print_kit()
    qtbot.addWidget(dialog)
    chooser.answer = str(shared)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert Path(dialog.folder.text()) == shared
    assert chooser.starts[0] == str(tmp_path)  # the default folder is not made yet: its nearest parent
    dialog.close()
    again = window.print_kit()
    qtbot.addWidget(again)
    chooser.answer = ""
    qtbot.mouseClick(again.browse_button, Qt.MouseButton.LeftButton)
    assert chooser.starts[1] == str(shared)
    again.close()


def test_the_logo_choosers_share_the_images_folder(window, qtbot, monkeypatch, tmp_path):
    (images,) = folders(tmp_path, "images")
    chooser = Chooser(monkeypatch)
    dialog = ProfileDialog(window.workspace.structure(), window)
    qtbot.addWidget(dialog)
    chooser.answer = str(images / "logo.png")
    qtbot.mouseClick(button(dialog.logo, "Choisir…"), Qt.MouseButton.LeftButton)
    assert dialog.logo.path == str(images / "logo.png")
    chooser.answer = ""
    qtbot.mouseClick(button(dialog, "Ajouter un logo…"), Qt.MouseButton.LeftButton)
    assert chooser.starts == ["", str(images)]
