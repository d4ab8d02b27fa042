"""Choose the interface language and install Qt Linguist translators.

The source texts are French; ``tresse_en.qm`` translates them to English, and ``tresse_fr.qm`` gives the French
plural forms of the counted texts (« 1 participant inscrit », « 2 participants inscrits »): without it a French
``%Ln`` text has one form only. Qt's own ``qtbase_xx.qm`` (standard buttons and dialogs) comes from the PySide6
installation (Tresse ships none); the few French texts its catalogue lacks are :data:`QT_FRENCH_EXTRA`. Machines
may run a C locale: anything that is not English falls back to French, the first language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

LANGUAGES = ("fr", "en")

#: Qt's own texts that its French catalogue lacks (Qt 6 added the mnemonics): the folder dialog said « Look in: ».
QT_FRENCH_EXTRA = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
}


class ExtraTranslator(QTranslator):
    """A few texts of Qt's own dialogs, in French, from :data:`QT_FRENCH_EXTRA` (no .qm file)."""

    def __init__(self, table: dict[tuple[str, str], str], parent=None) -> None:
        super().__init__(parent)
        self._table = table

    def isEmpty(self) -> bool:
        return not self._table

    def translate(self, context, source_text, disambiguation=None, n=-1) -> str | None:
        return self._table.get((context, source_text))  # None: a null string, « not mine », the next one answers


def choose_language(preference: str, system_name: str | None = None) -> str:
    """The language to use: the preference if set, else the system's if supported, else French."""
    if preference in LANGUAGES:
        return preference
    name = system_name if system_name is not None else QLocale.system().name()
    return "en" if name.lower().startswith("en") else "fr"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for *language* on *app*; return them (keep a reference)."""
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if language == "fr":
        extra = ExtraTranslator(QT_FRENCH_EXTRA, app)
        app.installTranslator(extra)
        installed.append(extra)
    own = QTranslator(app)  # English, or the French plural forms
    if own.load(f"tresse_{language}", str(paths.translations_dir())):
        app.installTranslator(own)
        installed.append(own)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    return installed
