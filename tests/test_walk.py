"""The first hour, walked as a new user would: from the first-run page to a printed pack, counting what it takes.

Launch → « Créer un kit à partir d'un modèle » (« Outille ton projet ») → three people pasted from a spreadsheet
(one Ctrl+V) → « Planifier automatiquement… » from a typed date, with a new venue (name, commune) typed in the
plan dialog → Ctrl+P → « Générer » the default pack. The test counts its own pointer actions (clicks,
double-clicks, drags) and typed fields (fields that received at least one typed character): at most 15 and 6.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop import paths
from desktop.ui.dialogs.new_kit import NewKitDialog
from desktop.ui.dialogs.paste_participants import PasteParticipantsDialog
from desktop.ui.dialogs.plan_dialog import PlanDialog
from desktop.ui.dialogs.venue_form import VenueForm
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace
from helpers import type_text

ROWS = "Élodie\tDupré\telodie@example.fr\tÉpicerie L'Épi\tSarras\r\n" \
       "Karim\tBenali\tkarim@example.fr\tGarage associatif\tAndance\r\n" \
       "Anne\tLefèvre\t\tTiers-lieu La Grange\tSarras\r\n"


class Walk:
    """The user's hands: every pointer action and typed field goes through here and is counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.pointer = 0
        self.typed: set[int] = set()
        self.keys = 0
        self.log: list[str] = []

    def click(self, widget, pos=None, what: str = "") -> None:
        self.pointer += 1
        self.log.append(f"clic {what or getattr(widget, 'text', lambda: widget.objectName())()}")
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def tab(self, tabs, page) -> None:
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(tabs.indexOf(page)).center(), f"onglet {tabs.tabText(tabs.indexOf(page))}")

    def choose(self, combo, data) -> None:
        """Open the list (a click) and click the entry (a second click)."""
        self.click(combo, what="liste")
        self.qtbot.waitUntil(lambda: combo.view().isVisible())
        self.qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release sooner is taken as the opening click's
        view = combo.view()
        index = view.model().index(combo.findData(data), 0)
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center(), f"entrée {index.data()}")

    def type(self, widget, text: str) -> None:
        self.typed.add(id(widget))
        self.log.append(f"saisie « {text} »")
        type_text(widget, text)

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        self.qtbot.keyClick(widget, key, modifier)


def modal(monkeypatch, qtbot, cls, script):
    """Run *cls*'s dialogs shown for real, *script* acting in them as the user would."""
    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        script(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        owner = dialog.parentWidget().window()  # what the window system does once a dialog closes
        owner.activateWindow()
        qtbot.waitUntil(owner.isActiveWindow)
        return dialog.result()
    monkeypatch.setattr(cls, "exec", run)


def test_launch_to_a_printed_pack_in_at_most_15_pointer_actions_and_6_typed_fields(
        qtbot, store, french, monkeypatch, tmp_path):
    walk = Walk(qtbot)
    window = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    monkeypatch.setattr("desktop.ui.dialogs.print_choices.documents_dir", lambda: tmp_path)

    def new_kit(dialog):
        walk.choose(dialog.template, dialog.catalogue.template_by_name("outille ton projet").id)
        walk.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    def paste(dialog):
        assert len(dialog.participants()) == 3
        box = dialog.import_dialog.findChild(QDialogButtonBox)
        walk.click(box.button(QDialogButtonBox.StandardButton.Ok))

    def venue(form):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
        walk.type(form.name, "Salle des fêtes")
        walk.key(form.name, Qt.Key.Key_Tab)
        walk.type(QApplication.focusWidget(), "Sarras")
        walk.key(form.commune, Qt.Key.Key_Return)

    def plan(dialog):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.start.edit)
        walk.type(dialog.start.edit, "11/01/2027")
        assert "lundi 11 janvier 2027" in dialog.span.text()
        walk.choose(dialog.venue, PlanDialog.NEW_VENUE)
        assert dialog.venue.currentText() == "Salle des fêtes — Sarras"
        walk.click(dialog.ok_button)

    messages = []

    def information(parent, title, text, *args, **kwargs):
        walk.pointer += 1  # its OK button
        walk.log.append("clic OK")
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    modal(monkeypatch, qtbot, NewKitDialog, new_kit)
    modal(monkeypatch, qtbot, PasteParticipantsDialog, paste)
    modal(monkeypatch, qtbot, VenueForm, venue)
    modal(monkeypatch, qtbot, PlanDialog, plan)
    monkeypatch.setattr(QMessageBox, "information", information)

    # 1. The first-run page: a kit from a template.
    assert window.pages.currentWidget() is window.kits and window.kits.first_run.isVisible()
    walk.click(window.kits.first_run.new_kit_button)
    kit = window.controller.kit
    assert kit is not None and kit.name == "Outille ton projet" and len(kit.workshops) == 4

    # 2. Three people pasted from a spreadsheet: one Ctrl+V.
    walk.tab(window.kits.tabs, window.kits.participants)
    QGuiApplication.clipboard().setText(ROWS)
    walk.key(QApplication.focusWidget() or window.kits.participants.view, Qt.Key.Key_V,
             Qt.KeyboardModifier.ControlModifier)
    assert [p.last_name for p in window.controller.kit.participants] == ["Dupré", "Benali", "Lefèvre"]

    # 3. Planned from a typed date, with a new venue typed in the plan dialog.
    walk.tab(window.kits.tabs, window.kits.sessions)
    walk.click(window.kits.sessions.plan_button)
    kit = window.controller.kit
    (venue,) = window.workspace.venues.values()
    assert (venue.name, venue.commune) == ("Salle des fêtes", "Sarras")
    assert len(kit.sessions) == 4 and min(s.day for s in kit.sessions).isoformat() == "2027-01-11"
    assert {s.venue_uid for s in kit.sessions} == {venue.uid} and kit.venue_uids == (venue.uid,)

    # 4. The default pack: Ctrl+P, « Générer ».
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    walk.key(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "printDialog" and w.isVisible())
    walk.click(dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=120_000)
    assert len(dialog.generated_files()) >= 5 and all(p.stat().st_size > 0 for p in dialog.generated_files())
    dialog.close()

    print("\n".join(walk.log))
    assert walk.pointer <= 15, walk.log
    assert len(walk.typed) <= 6, walk.log
    assert len(walk.typed) == 3  # the date, the venue's name and commune
