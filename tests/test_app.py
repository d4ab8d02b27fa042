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
