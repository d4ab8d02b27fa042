"""Translations: the .ts files match the code (messages, not bytes) and are complete; vocabulary is marked."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_script():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ts_files_are_up_to_date_and_complete():
    problems = load_script().check()
    assert problems == [], "run `python scripts/translations.py`, then translate: " + "; ".join(problems)


def test_qt_base_translation_is_available(qapp):
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    try:
        assert translators, "qtbase_fr.qm not found"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_french_typography_of_interface_texts():
    """A non-breaking space before « : ; ! ? » and inside guillemets, in every French text of the interface."""
    import re

    script = load_script()
    wrong = [source for (_, source) in script.messages(script.TRANSLATIONS / "tresse_en.ts")
             if re.search(r" [:;!?](\s|$|%)|« | »", source)]
    assert wrong == []
