"""« Mes kits » opens on a kit when there are kits: the one shown last time, else the kit in progress changed last."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from desktop.domain.kit_factory import kit_from_template
from desktop.storage.kits import KitRepository
from desktop.storage.repositories import CatalogueRepository
from desktop.ui.workspace import Workspace
from window_helpers import open_window


def _kits(store):
    catalogue = CatalogueRepository(store)
    templates = {t.id: t for t in catalogue.templates()}
    library = {w.id: w for w in catalogue.workshops()}
    template = templates["outille-ton-projet"]
    made = []
    for name, when, archived in (("Ancien", datetime(2026, 3, 1), False), ("Récent", datetime(2026, 11, 20), False),
                                 ("Archivé", datetime(2026, 11, 30), True)):
        kit = dataclasses.replace(kit_from_template(template, library, name=name), modified=when, archived=archived)
        KitRepository(store).save(kit)
        made.append(kit)
    return made


def test_mes_kits_opens_on_the_kit_in_progress_changed_last_then_on_the_one_shown_last(qtbot, store, french):
    old, recent, archived = _kits(store)
    win = open_window(qtbot, Workspace(store))
    assert win.controller.kit is None  # the window opens on the catalogue: no kit read for it
    win.pages.setCurrentWidget(win.kits)
    page = win.kits
    qtbot.waitUntil(page.isVisible)
    assert win.controller.kit is not None and win.controller.kit.uid == recent.uid  # not the archived one
    assert page.tabs.isVisible() and not page.empty.isVisible()
    page.select(old.uid)
    assert win.controller.kit.uid == old.uid
    win.close()
    again = open_window(qtbot, Workspace(store))
    assert again.kits is not None and again.controller.kit.uid == old.uid


def test_a_kit_shown_last_and_deleted_since_falls_back_to_the_one_changed_last(qtbot, store, french):
    old, recent, archived = _kits(store)
    win = open_window(qtbot, Workspace(store))
    win.kits.select(old.uid)
    win.close()
    KitRepository(store).delete(old.uid)
    again = open_window(qtbot, Workspace(store))
    assert again.kits is not None and again.controller.kit.uid == recent.uid
