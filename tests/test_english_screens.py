"""The English interface is English throughout: every page, editor tab and dialog opened, every visible text read.

The texts are read from the widgets (labels, buttons, group titles, tab titles, placeholders, tooltips, list and table
headers and cells, menus); the kit's data is English (its names are the user's), and the catalogue's content (the
browser's lists and detail, which are French by nature) is left out. French shows as an accented letter or a French
word (the heuristic of ``tests/test_wording.py``).
"""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDialog, QGroupBox, QLabel, QLineEdit, QMessageBox, QTabWidget,
    QTextBrowser, QWidget,
)

from desktop import paths
from desktop.domain.catalogue import Segment
from desktop.domain.kit import Facilitator, Kit, KitWorkshop, Participant, Session, Venue, blank_workshop
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace
from test_wording import FRENCH_WORDS

#: French that stays in the English interface, and why.
ALLOWED = (
    re.compile(r"Tresse"),  # the product's name
    re.compile(r"Outille ton projet|Premiers Pas"),  # the bundled templates' names, quoted as examples
    re.compile(r"Français"),  # the language list names each language in itself
    re.compile(r"\b(Ain|Aisne|Allier|Ardèche|Ariège|Corrèze|Drôme|Isère|Lozère|Nièvre|Pyrénées[\w\-' ]*|Finistère|"
               r"Hérault|Vendée|Deux-Sèvres|Sèvres|Côte[\w\-' ]*|Côtes[\w\-' ]*|Rhône|Haute-Saône|Saône[\w\-' ]*|"
               r"Bouches-du-Rhône|Alpes[\w\-' ]*|Hautes-Alpes|Val-d'Oise|Val-de-Marne|Essonne|Yvelines|Manche|"
               r"Seine[\w\-' ]*|Loire[\w\-' ]*|Guyane|Réunion|Martinique|Guadeloupe|Mayotte|Corse[\w\-' ]*|"
               r"Franche-Comté|Île-de-France|Bretagne|Normandie|Occitanie|Grand Est|Hauts-de-France|"
               r"Auvergne-Rhône-Alpes|Bourgogne-Franche-Comté|Centre-Val de Loire|Nouvelle-Aquitaine|Pays de la Loire|"
               r"Provence-Alpes-Côte d'Azur|Puy-de-Dôme|Lot-et-Garonne|Tarn-et-Garonne|Haute-Garonne|Eure-et-Loir|"
               r"Indre-et-Loire|Loir-et-Cher|Saône-et-Loire|Meurthe-et-Moselle|Ille-et-Vilaine|Seine-et-Marne|"
               r"Hauts-de-Seine|Seine-Saint-Denis|Val-d’Oise|Territoire de Belfort|Pas-de-Calais|Haute-Vienne|"
               r"Haute-Marne|Haute-Loire|Haute-Savoie|Haute-Corse|Corse-du-Sud|Alpes-de-Haute-Provence|"
               r"Alpes-Maritimes|Hautes-Pyrénées|Pyrénées-Atlantiques|Pyrénées-Orientales|Charente-Maritime)\b"),
    # French départements and regions are proper names, written as in France
)

ANN = Participant("p1", "Smith", "Ann", email="ann@example.org")
BOB = Participant("p2", "Brown", "Bob")


def english_kit() -> Kit:
    steps = (Segment("apport", "Welcome and goals", 60), Segment("apport", "Budget in practice", 120))
    workshop = blank_workshop("Budget basics", 180)
    workshop = type(workshop)(**{**workshop.__dict__, "segments": steps})
    sessions = (Session("s1", "kw1", date(2027, 3, 9), time(9, 30), time(12, 30), venue_uid="v1",
                        facilitator_uids=("f1",)),
                Session("s2", "kw2", date(2027, 3, 16), time(9, 30), time(12, 30), venue_uid="v1"))
    return Kit("k1", "Spring kit", departement="Vendée", capacity=12,
               workshops=(KitWorkshop("kw1", workshop), KitWorkshop("kw2", workshop)), sessions=sessions,
               participants=(ANN, BOB), venue_uids=("v1",), facilitator_uids=("f1",))


@pytest.fixture
def english(qapp):
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


@pytest.fixture
def window(qtbot, store, english, monkeypatch):
    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "en")
    qtbot.addWidget(win)
    win.show()
    win.workspace.save_venue(Venue("v1", "Village hall", commune="Springfield", capacity=20))
    win.workspace.save_facilitator(Facilitator("f1", "Sam Jones"))
    assert win.controller.create(english_kit(), "create")
    return win


class Seen:
    """Every text read, with where it was read."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def add(self, text: str, where: str) -> None:
        if text and text.strip():
            self.texts.append((text, where))

    def read(self, top: QWidget, where: str, skip: tuple[QWidget, ...] = ()) -> None:
        for widget in (top, *top.findChildren(QWidget)):
            if any(widget is s or s.isAncestorOf(widget) for s in skip) or not widget.isVisibleTo(top):
                continue
            name = f"{where}/{type(widget).__name__}"
            self.add(QWidget.toolTip(widget), name + ".toolTip")
            self.add(QWidget.windowTitle(widget) if widget.isWindow() else "", name + ".title")
            self._read_widget(widget, name)

    def _read_widget(self, widget: QWidget, name: str) -> None:
        if isinstance(widget, QLabel):
            self.add(QLabel.text(widget), name)
        elif isinstance(widget, QAbstractButton):
            self.add(QAbstractButton.text(widget), name)
        elif isinstance(widget, QGroupBox):
            self.add(QGroupBox.title(widget), name)
        elif isinstance(widget, QLineEdit):
            self.add(QLineEdit.placeholderText(widget), name + ".placeholder")
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                self.add(widget.itemText(i), name + ".item")
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                self.add(widget.tabText(i), name + ".tab")
        elif isinstance(widget, QTextBrowser):
            self.add(QTextBrowser.toPlainText(widget), name)
        elif isinstance(widget, QAbstractItemView) and QAbstractItemView.model(widget) is not None:
            self._read_model(QAbstractItemView.model(widget), name)

    def _read_model(self, model, name: str) -> None:
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model keeps its column count private: one column
            columns = 1
        for orientation in (Qt.Orientation.Horizontal,):
            for section in range(columns):
                self.add(str(model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole) or ""), name + ".head")
                self.add(str(model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole) or ""), name + ".head")
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        self.add(value, name + ".cell")

    def menus(self, window) -> None:
        for action in window.menuBar().actions():
            self.add(action.text(), "menu")
            for item in action.menu().actions() if action.menu() else ():
                self.add(item.text(), "menu/" + action.text())
                self.add(item.toolTip(), "menu/" + action.text())

    def french(self) -> list[tuple[str, str]]:
        found = []
        for text, where in self.texts:
            plain = re.sub(r"<[^>]+>", " ", text)
            for allowed in ALLOWED:
                plain = allowed.sub("", plain)
            if FRENCH_WORDS.search(plain):
                found.append((text[:160], where))
        return found


def dialogs_collected(monkeypatch, seen: Seen) -> None:
    """Every modal dialog is read when shown, then closed; every message box is read."""
    def run(dialog):
        dialog.show()
        seen.read(dialog, type(dialog).__name__)
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", run)
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: (seen.add(a[1], f"QMessageBox.{_n}.title"),
                                                                          seen.add(a[2], f"QMessageBox.{_n}"),
                                                                          QMessageBox.StandardButton.Yes)[-1])


def walk_pages(window, seen: Seen) -> None:
    seen.menus(window)
    browser = window.browser
    content = tuple(w for w in browser.findChildren(QAbstractItemView)) + tuple(browser.findChildren(QTextBrowser))
    for i in range(browser.tabs.count()):
        browser.tabs.setCurrentIndex(i)
        seen.read(window, f"catalogue {i}", skip=content)
    window.pages.setCurrentWidget(window.kits)
    window.kits.select("k1")
    library = (window.kits.workshops.library,)  # the catalogue's workshops, to add to the kit
    for i in range(window.kits.tabs.count()):
        window.kits.tabs.setCurrentIndex(i)
        seen.read(window, f"kit tab {window.kits.tabs.tabText(i)}", skip=library)
    window.pages.setCurrentWidget(window.calendar)
    page = window.calendar
    for mode in (page.MONTH, page.WEEK, page.LIST):
        page.set_mode(mode)
        page.go_to(date(2027, 3, 9))
        seen.read(window, f"calendar {mode}")


def walk_dialogs(window, seen: Seen, qtbot) -> None:
    from desktop.ui.safety import SafetyGuard

    window.pages.setCurrentWidget(window.kits)
    window.kits.select("k1")
    printing = window.print_kit()
    seen.read(printing, "print dialog")
    printing.reject()
    window.funders_report()
    from desktop.ui.dialogs.report_dialog import ReportDialog

    report = ReportDialog(window.workspace, "k1", window, today=date(2027, 6, 1))  # a period with the kit's sessions
    qtbot.addWidget(report)
    seen.read(report, "report with sessions")
    seen.add(report.summary.text(), "report summary")
    window.edit_profile()
    window.export_ics()
    window.edit_places()
    window.show_preferences()
    window.show_about()
    sessions = window.kits.sessions
    window.kits.tabs.setCurrentWidget(sessions)
    sessions.view.setCurrentIndex(sessions.view.model().index(0, 0))
    sessions.edit_current()
    sessions.plan()
    guard = SafetyGuard(window, window.db)
    try:
        guard.show_privacy()
    finally:
        guard.timer.stop()
    live = window.run_session("s1")
    try:
        for view in (live.participant, live.facilitator):
            seen.read(view, f"live {type(view).__name__}")
    finally:
        live.close() if hasattr(live, "close") else None


def test_every_screen_of_the_english_interface_is_english(window, qtbot, monkeypatch):
    seen = Seen()
    dialogs_collected(monkeypatch, seen)
    walk_pages(window, seen)
    walk_dialogs(window, seen, qtbot)
    wheres = {where.split("/")[0] for _, where in seen.texts}
    summary = next(text for text, where in seen.texts if where == "report summary")
    assert summary.startswith("1 kit: 0 sessions held of 2 planned, 0.00 h, 2 participants."), summary
    for screen in ("IcsDialog", "catalogue 0", "kit tab Sessions", "calendar 2", "print dialog", "ReportDialog", "ProfileDialog",
                   "PlacesDialog", "SessionDialog", "PlanDialog", "PrivacyDialog", "live ParticipantView"):
        assert screen in wheres, (screen, sorted(wheres))
    french = sorted(set(seen.french()), key=lambda f: f[1])
    assert not french, "\n".join(f"{where}: {text!r}" for text, where in french)


def test_dates_times_and_numbers_in_the_english_interface(english):
    from desktop.ui import dates

    assert dates.long_date(date(2027, 1, 12)) == "Tuesday 12 January 2027"
    assert dates.weekdays()[0] == "Monday" and dates.month_year(date(2027, 3, 1)) == "March 2027"
    assert dates.clock(time(9, 30)) == "9:30" and dates.time_range(time(9), time(12, 30)) == "from 9:00 to 12:30"
    assert dates.number(13, 2) == "13.00" and dates.day_number(date(2027, 3, 1)) == "1"


def test_dates_and_numbers_in_the_french_interface(french):
    from desktop.ui import dates

    assert dates.long_date(date(2027, 3, 1)) == "lundi 1er mars 2027" and dates.weekday(0) == "lundi"
    assert dates.clock(time(9, 30)) == "9\u00a0h\u00a030" and dates.number(13, 2) == "13,00"


def test_the_recovery_dialog_counts_in_english(english, tmp_path):
    from datetime import datetime

    from desktop.storage.backups import BackupInfo, Contents
    from desktop.ui.dialogs.recovery import contents_sentence

    taken = datetime(2027, 3, 1, 21, 2)
    said = contents_sentence(BackupInfo(tmp_path / "b.sqlite3", taken, 1024), Contents(1, 2, None, 9))
    assert said == "Backup of 1 March 2027 at 21:02: 1 kit, 2 participants."


def test_the_screens_counts_have_their_french_singular(french):
    from PySide6.QtCore import QCoreApplication

    def say(context, text, n):
        return QCoreApplication.translate(context, text, None, n)

    assert say("ReportDialog", "%Ln séances réalisées", 1) == "1 séance réalisée"
    assert say("ReportDialog", "%Ln séances réalisées", 3) == "3 séances réalisées"
    assert say("CalendarPage", "%Ln conflits", 1) == "1 conflit" and say("SafetyGuard", "%Ln mois", 2) == "2 mois"
    assert say("PlanDialog", "Espacement du modèle (%Ln jours)", 1) == "Espacement du modèle (1 jour)"
    # thousands apart as French writes them (a narrow no-break space), as a large schedule shows them
    assert say("CalendarPage", "%Ln conflits", 10657) == "10\u202f657 conflits"
