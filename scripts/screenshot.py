"""Take the screenshots shown in the README (docs/screenshots/), from a fresh temporary data folder.

    python scripts/screenshot.py [--out docs/screenshots]

Runs offscreen unless QT_QPA_PLATFORM says otherwise (under Xvfb, pass QT_QPA_PLATFORM=xcb for real window
decorations and fonts).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def demo_kit(window):
    """A kit « Outille ton projet » at Sarras with a venue, a facilitator, participants and planned sessions."""
    from dataclasses import replace
    from datetime import date

    from desktop.domain.kit import Facilitator, Participant, Venue, new_uid
    from desktop.domain.kit_factory import kit_from_template
    from desktop.scheduling.autoschedule import plan_sessions

    library = {w.id: w for w in window.catalogue.workshops()}
    template = window.catalogue.template_by_name("outille ton projet")
    kit = kit_from_template(template, library, "Outille ton projet — Sarras 2027")
    venue = Venue(new_uid(), "Salle des fêtes", "Place de la Mairie", "07370 Sarras", 30, step_free=True,
                  parking=True, wifi=True)
    person = Facilitator(new_uid(), "Camille Martin", "camille.martin@example.org")
    names = [("Élodie", "Dupré", "Épicerie solidaire L'Épi"), ("Karim", "Benali", "Garage associatif"),
             ("Anne", "Lefèvre", "Tiers-lieu La Grange"), ("Jules", "Moreau", "Ressourcerie du Doux"),
             ("Léa", "Fabre", "Crèche parentale"), ("Thomas", "Roux", "Cantine bio")]
    people = tuple(Participant(new_uid(), last, first, org, "Sarras") for first, last, org in names)
    plan = plan_sessions(kit.workshops, date(2027, 1, 11), start_time=None, departement="Ardèche", zone="A",
                         venue_uid=venue.uid, facilitator_uids=(person.uid,), template=template)
    kit = replace(kit, territory="Nord Ardèche", departement="Ardèche", venue_uids=(venue.uid,),
                  facilitator_uids=(person.uid,), participants=people, sessions=plan.sessions)
    window.controller.create(kit, "démo", venues=(venue,), facilitators=(person,))
    window.kits.refresh()
    return kit


def first_hour(app, window, out: Path, suffix: str) -> None:
    """The « Prise en main » path on a 1024 × 600 laptop: first-run page, pasted people, plan, print."""
    from PySide6.QtGui import QGuiApplication

    from desktop.domain.kit_factory import kit_from_template
    from desktop.ui.dialogs.paste_participants import PasteParticipantsDialog
    from desktop.ui.dialogs.plan_dialog import PlanDialog

    out.mkdir(parents=True, exist_ok=True)
    window.resize(1008, 560)
    window.show()
    app.processEvents()

    def save(widget, name: str) -> None:
        app.processEvents()
        path = out / f"first-hour-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    save(window, "1-first-run")
    template = window.catalogue.template_by_name("outille ton projet")
    kit = kit_from_template(template, {w.id: w for w in window.catalogue.workshops()}, "Outille ton projet")
    window.controller.create(kit, "prise en main")
    window.kits.refresh()
    window.kits.select(kit.uid)
    window.kits.tabs.setCurrentWidget(window.kits.participants)
    rows = ("Élodie\tDupré\telodie@example.fr\tÉpicerie L'Épi\tSarras\n"
            "Karim\tBenali\tkarim@example.fr\tGarage associatif\tAndance\n"
            "Anne\tLefèvre\t\tTiers-lieu La Grange\tSarras\n")
    QGuiApplication.clipboard().setText(rows)
    paste = PasteParticipantsDialog(rows, kit.capacity, window)
    paste.resize(860, 420)
    paste.show()
    save(paste, "2-paste")
    window.controller.apply(replace_participants(window.controller.kit, paste.participants()), "coller")
    paste.close()
    plan = PlanDialog(window.controller.kit, template, [], [], set(), parent=window,
                      save_venue=window.workspace.save_venue)
    plan.show()
    plan.start.edit.setText("11/01/2027")
    save(plan, "3-plan")
    plan.accept()
    from desktop.domain.kit_edit import replace_sessions

    window.controller.apply(replace_sessions(window.controller.kit, list(plan.result_plan().sessions)), "planifier")
    dialog = window.print_kit()
    save(dialog, "4-print")
    dialog.close()
    window.controller.delete(window.controller.kit, "fin")
    window.kits.refresh()


def replace_participants(kit, people):
    from desktop.domain.kit_edit import add_participants

    return add_participants(kit, list(people))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--help-out", default=str(ROOT / "resources" / "help"),
                        help="where the « Prise en main » pictures go (the help pages and the README show them)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.storage.store import open_store
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings
    from desktop.ui.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(tmp)
        app = QApplication([])
        translators = install_translators(app, args.lang)  # noqa: F841
        db = open_store()
        window = MainWindow(Workspace(db), Settings(Path(tmp)), args.lang)
        suffix = "" if args.lang == "fr" else "-" + args.lang
        first_hour(app, window, Path(args.help_out), suffix)
        window.resize(1280, 800)
        window.show()
        browser = window.browser
        shots = []

        browser.tabs.setCurrentIndex(0)
        app.processEvents()
        shots.append(("main-window", window))

        def workshops():
            browser.tabs.setCurrentIndex(1)
            browser.search.setText("gouvernance")
            app.processEvents()

        demo = demo_kit(window)

        def kit_workshops():
            window.pages.setCurrentWidget(window.kits)
            window.kits.select(demo.uid)
            window.kits.tabs.setCurrentWidget(window.kits.workshops)

        def kit_general():
            window.kits.tabs.setCurrentWidget(window.kits.general)

        def kit_sessions():
            window.kits.tabs.setCurrentWidget(window.kits.sessions)

        def calendar():
            window.pages.setCurrentWidget(window.calendar)
            window.calendar.go_to(demo.sessions[0].day)

        def calendar_week():
            window.calendar.set_mode(window.calendar.WEEK)
            window.calendar.go_to(demo.sessions[0].day)

        for name, prepare in (("main-window", lambda: None), ("workshops", workshops), ("kit-workshops", kit_workshops),
                              ("kit-general", kit_general),
                              ("kit-sessions", kit_sessions), ("calendar", calendar),
                              ("calendar-week", calendar_week)):
            prepare()
            app.processEvents()
            path = out / f"{name}{'' if args.lang == 'fr' else '-' + args.lang}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
