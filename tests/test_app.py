"""The composition root: language choice and translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import choose_language, install_translators


def test_language_follows_preference_then_system_then_french():
    assert choose_language("en", "fr_FR") == "en"
    assert choose_language("", "en_GB") == "en"
    assert choose_language("", "fr_FR") == "fr"
    assert choose_language("", "C") == "fr"
    assert choose_language("", "de_DE") == "fr"


def test_english_translation_is_loaded(qapp):
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("Vocabulary", "Porteurs de projet") == "Project holders"
        assert QCoreApplication.translate("MainWindow", "&Fichier") == "&File"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "&Fichier") == "&Fichier"


def test_the_log_is_rotated_at_start_past_its_size(tmp_path):
    from desktop.app import LOG_MAX_BYTES, rotate_log

    log = tmp_path / "tresse.log"
    log.write_text("petit\n", encoding="utf-8")
    rotate_log(log)  # under the size: left as it is
    assert log.read_text(encoding="utf-8") == "petit\n" and not (tmp_path / "tresse.log.1").exists()
    for n in range(3):  # three starts, each on a log past the size: the two before kept, the oldest dropped
        log.write_bytes(f"{n}\n".encode() * (LOG_MAX_BYTES // 2 + 1))
        rotate_log(log)
        assert not log.exists()
    assert (tmp_path / "tresse.log.1").read_bytes().startswith(b"2\n")
    assert (tmp_path / "tresse.log.2").read_bytes().startswith(b"1\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tresse.log.1", "tresse.log.2"]


def test_a_storage_error_nobody_caught_is_worded_for_the_user(qapp, monkeypatch, french):
    """Data read when first needed (the kits, when « Mes kits » is first shown) may be found damaged after the
    start: the message says what to do, as the start-up's does, not « an unexpected error »."""
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from desktop import app
    from desktop.storage.errors import BugError, KnownError

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    app._excepthook(KnownError, KnownError("damaged", Path("/data/tresse.sqlite3")), None)
    app._excepthook(BugError, BugError("no such column"), None)
    assert "endommagées" in shown[0] and "restaurer" in shown[0] and "/data/tresse.sqlite3" in shown[0]
    assert "inattendue" in shown[1]
