"""Run by tests/test_small_screen.py in its own process, on an offscreen screen of 1024 × 600 declared by a
configuration file: builds the window with a planned kit, sizes it to what such a laptop leaves (1024 × 560 with
the taskbar, minus the window frame), visits every page and tab and opens the dialogs; prints a JSON report."""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRect, QSize  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QScrollArea  # noqa: E402

LAPTOP = QSize(1024, 560)  # a 1024 × 600 screen less its taskbar


def outside(window, root) -> list[str]:
    """Buttons, fields and lists of *root* that are not shown inside *window*."""
    problems = []
    frame = QRect(0, 0, window.width(), window.height())
    for w in [c for kind in (QAbstractButton, QComboBox, QLineEdit) for c in root.findChildren(kind)]:
        if not w.isVisibleTo(root) or w.objectName().startswith("qt_") or _scrolled(w):
            continue
        top_left = w.mapTo(window, w.rect().topLeft())
        where = QRect(top_left, w.size())
        label = w.text() if hasattr(w, "text") else w.objectName()
        if not w.isVisible() or not frame.contains(where):
            problems.append(f"{type(root).__name__}: {type(w).__name__} « {label} » at {where.getRect()}")
    return problems


def _scrolled(widget) -> bool:
    """Inside a scroll area (it may be scrolled out of sight: the scroll bar reaches it)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            return parent.widget().minimumSizeHint().height() > parent.viewport().height()
        parent = parent.parentWidget()
    return False


def main() -> int:
    from desktop import paths

    paths.set_data_dir(Path(tempfile.mkdtemp()))
    app = QApplication([])
    app.setApplicationDisplayName("Tresse")
    from desktop.domain.kit import Participant, Venue, new_uid
    from desktop.domain.kit_factory import kit_from_template
    from desktop.scheduling.autoschedule import plan_sessions
    from desktop.storage.store import open_store
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings
    from desktop.ui.small_screen import FRAME
    from desktop.ui.workspace import Workspace

    install_translators(app, "fr")
    report: dict = {"problems": []}
    window = MainWindow(Workspace(open_store()), Settings(paths.user_data_dir()), "fr")
    report["opened"] = [window.width(), window.height()]
    report["available"] = list(window.screen().availableGeometry().size().toTuple())
    report["minimum"] = list(window.minimumSizeHint().toTuple())
    room = LAPTOP - FRAME
    window.resize(room)
    window.show()
    app.processEvents()
    report["first_run"] = outside(window, window.kits)
    template = window.catalogue.template_by_name("outille ton projet")
    kit = kit_from_template(template, {w.id: w for w in window.catalogue.workshops()}, "Outille ton projet — Sarras")
    venue = Venue(new_uid(), "Salle des fêtes", commune="Sarras")
    plan = plan_sessions(kit.workshops, date(2027, 1, 11), departement="Ardèche", zone="A", venue_uid=venue.uid,
                         template=template)
    people = tuple(Participant(new_uid(), f"Nom {i}", f"Prénom {i}", "Structure", "Sarras", f"p{i}@example.fr")
                   for i in range(8))
    kit = replace(kit, departement="Ardèche", participants=people, sessions=plan.sessions, venue_uids=(venue.uid,))
    window.workspace.create_kit(kit, "kit", venues=(venue,))
    window.kits.refresh()
    window.kits.select(kit.uid)
    for page in (window.browser, window.kits, window.calendar):
        window.pages.setCurrentWidget(page)
        app.processEvents()
        if page is window.kits:
            for i in range(window.kits.tabs.count()):
                window.kits.tabs.setCurrentIndex(i)
                app.processEvents()
                report["problems"] += outside(window, page)
        else:
            report["problems"] += outside(window, page)
    report["dialogs"] = {}
    for name, dialog in dialogs(window, kit):
        dialog.show()
        app.processEvents()
        size = dialog.frameGeometry().size()
        report["dialogs"][name] = [size.width(), size.height(), dialog.minimumSizeHint().width(),
                                   dialog.minimumSizeHint().height()]
        report["problems"] += outside(dialog, dialog)
        dialog.hide()
    print(json.dumps(report, ensure_ascii=False))
    return 0


def dialogs(window, kit):
    from desktop.ui.dialogs.help import HelpDialog
    from desktop.ui.dialogs.new_kit import NewKitDialog
    from desktop.ui.dialogs.paste_participants import PasteParticipantsDialog
    from desktop.ui.dialogs.places_dialog import PlacesDialog
    from desktop.ui.dialogs.plan_dialog import PlanDialog
    from desktop.ui.dialogs.print_dialog import PrintDialog
    from desktop.ui.dialogs.profile import ProfileDialog
    from desktop.ui.dialogs.venue_form import VenueForm

    ws = window.workspace
    yield "print", PrintDialog(kit, ws.structure(), window, venues=ws.venues_of(kit))
    yield "places", PlacesDialog(ws, window)
    yield "plan", PlanDialog(kit, None, list(ws.venues.values()), [], set(), parent=window)
    yield "paste", PasteParticipantsDialog("A\tB\tc@d.fr\nE\tF\t\n", 10, window)
    yield "venue", VenueForm(None, window)
    yield "profile", ProfileDialog(ws.structure(), window)
    yield "new_kit", NewKitDialog(window.catalogue, window)
    yield "help", HelpDialog("fr", window)


if __name__ == "__main__":
    sys.exit(main())
