"""Qt's own folder dialog speaks French entirely (its French catalogue lacks two labels; Tresse adds them)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel


def test_the_folder_dialog_labels_are_french(qtbot, french):
    dialog = QFileDialog(None, "Choisir un dossier")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"


def test_english_keeps_qt_english(qtbot, qapp):
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    try:
        dialog = QFileDialog(None, "Choose")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert dialog.findChild(QLabel, "lookInLabel").text() == "&Look in:"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
