"""A workshop read from the store reads its content (objectives, outline, handout lists) only when first needed.

Listing thousands of workshops then neither reads nor holds their content; every value held in memory must all the
same keep the content it had when it was read, whatever is written afterwards, and every write stays exact.
"""

from __future__ import annotations

import json
from dataclasses import FrozenInstanceError, asdict, replace
from datetime import date, time

import pytest

from desktop.domain.catalogue import Segment, Workshop
from desktop.domain.kit import Session, new_uid
from desktop.domain.kit_factory import kit_from_template
from desktop.domain.workshop_codec import (
    StoredWorkshop, load_contents, stored_workshop, workshop_content, workshop_from_content,
)
from desktop.storage.changes import KIT, USER_WORKSHOP, Edit, write_edits
from desktop.storage.kits import KitRepository
from desktop.storage.repositories import CatalogueRepository
from desktop.ui.workspace import Workspace

BASE = dict(id="w", title="Trouver son modèle", format="atelier", audience=("porteurs",), duration_minutes=90,
            origin="user", experiments=(3,), source_note="", summary="Un résumé")
CONTENT = {"objectives": ["Clarifier son offre"], "materials": ["Feutres"],
           "segments": [{"kind": "apport", "title": "Tour de table", "minutes": 15, "description": "Chacun dit…"}]}


def unread(workshop: Workshop) -> bool:
    return "_content" in workshop.__dict__


def test_a_stored_workshop_is_a_workshop_in_every_way():
    whole = workshop_from_content(BASE, CONTENT)
    calls = []

    def read():
        calls.append(1)
        return json.dumps(CONTENT)

    lazy = stored_workshop(BASE, read)
    assert lazy.title == "Trouver son modèle" and not calls  # the scalar fields need no read
    assert lazy == whole and whole == lazy and not (lazy != whole) and hash(lazy) == hash(whole)
    assert calls == [1]
    assert lazy.segments == (Segment("apport", "Tour de table", 15, "Chacun dit…"),) and calls == [1]  # read once
    assert asdict(lazy) == asdict(whole) and workshop_content(lazy) == workshop_content(whole)
    with pytest.raises(FrozenInstanceError):
        lazy.objectives = ()
    changed = replace(stored_workshop(BASE, json.dumps(CONTENT)), title="Autre")
    assert changed.objectives == ("Clarifier son offre",) and changed.title == "Autre" and not unread(changed)
    assert stored_workshop(BASE, json.dumps(CONTENT)) != replace(whole, materials=())
    assert {lazy, whole} == {whole}


def test_kits_and_saved_workshops_are_listed_without_their_content(store, workspace):
    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Kit A")
    assert workspace.create_kit(kit, "Créer")
    saved = workspace.add_to_library(library[kit.workshops[0].workshop.id])
    fresh = Workspace(store)
    loaded = fresh.kit(kit.uid)
    assert all(unread(kw.workshop) for kw in loaded.workshops)
    stored = next(w for w in fresh.user_workshops() if w.id == saved.id)
    assert isinstance(stored, StoredWorkshop) and unread(stored)
    assert loaded == kit and stored == saved  # read when compared: the same values
    assert not any(unread(kw.workshop) for kw in loaded.workshops)


def test_a_value_held_keeps_its_content_whatever_is_written_after(store, workspace):
    """The value before an edit (in the undo stack, or in a view) read its content before the edit wrote over
    its rows: a later read gives the old content, not the new one, and undo writes back exactly what was."""
    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Kit A")
    assert workspace.create_kit(kit, "Créer")
    fresh = Workspace(store)
    held = fresh.kit(kit.uid)
    first = held.workshops[0]
    assert unread(first.workshop)
    rewritten = replace(first, workshop=replace(workshop_from_content(asdict_base(first.workshop), {}),
                                                objectives=("Tout autre chose",)))
    assert fresh.update_kit(replace(held, workshops=(rewritten, *held.workshops[1:])), "Réécrire")
    assert held.workshops[0].workshop.objectives == kit.workshops[0].workshop.objectives
    assert Workspace(store).kit(kit.uid).workshops[0].workshop.objectives == ("Tout autre chose",)
    fresh.undo_stack.undo()
    assert Workspace(store).kit(kit.uid) == kit
    other = Workspace(store)
    gone = other.kit(kit.uid)
    assert other.delete_kit(kit.uid, "Supprimer")
    assert gone == kit  # every content read before its rows went
    other.undo_stack.undo()
    assert Workspace(store).kit(kit.uid) == kit


def asdict_base(w: Workshop) -> dict:
    return dict(id=w.id, title=w.title, format=w.format, audience=w.audience, duration_minutes=w.duration_minutes,
                origin=w.origin, experiments=w.experiments, source_note=w.source_note, summary=w.summary)


def test_a_moved_session_reads_its_kit_once_and_writes_one_row(store, workspace):
    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Kit A")
    kit = replace(kit, sessions=(Session(new_uid(), kit.workshops[0].uid, date(2027, 3, 2), time(9), time(12)),))
    assert workspace.create_kit(kit, "Créer")
    fresh = Workspace(store)
    held = fresh.kit(kit.uid)
    moved = replace(held, sessions=(replace(held.sessions[0], day=date(2027, 3, 3)),))
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        assert fresh.update_kit(moved, "Déplacer")
    finally:
        store.conn.set_trace_callback(None)
    writes = [s for s in statements if s.split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert len(writes) == 1 and "session" in writes[0]
    assert held.workshops == kit.workshops


def test_a_removed_saved_workshop_keeps_its_content(store, workspace):
    library = {w.id: w for w in workspace.catalogue.workshops()}
    saved = workspace.add_to_library(next(iter(library.values())))
    stored, created = next(p for p in CatalogueRepository(store).dated_user_workshops() if p[0].id == saved.id)
    assert unread(stored)
    write_edits(store, (Edit(USER_WORKSHOP, saved.id, (stored, created), None),))
    assert stored == saved and not CatalogueRepository(store).workshop(saved.id)


def test_a_kit_written_whole_over_its_own_rows_keeps_its_content(store, workspace):
    """The whole-kit write deletes the kit's rows and writes them again: the content is read first."""
    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Kit A")
    KitRepository(store).save(kit)
    loaded = KitRepository(store).load(kit.uid)
    assert all(unread(kw.workshop) for kw in loaded.workshops)
    KitRepository(store).save(loaded)
    assert KitRepository(store).load(kit.uid) == kit
    again = KitRepository(store).load(kit.uid)
    write_edits(store, (Edit(KIT, kit.uid, again, None),))
    assert again == kit


def test_the_print_worker_reads_the_content_in_the_interface_thread(store, workspace, tmp_path):
    from desktop.ui.print_worker import PrintWorker

    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Kit A")
    assert workspace.create_kit(kit, "Créer")
    loaded = Workspace(store).kit(kit.uid)
    worker = PrintWorker(loaded, workspace.structure(), tmp_path)
    assert not any(unread(kw.workshop) for kw in worker.kit.workshops)
    load_contents(kw.workshop for kw in loaded.workshops)  # nothing left to read: a no-op


def test_the_listings_read_an_index_not_the_rows(tmp_path):
    """Step 10 of the schema: a kit's workshops and the saved workshops are listed from indexes that hold every
    column but the content (the rows, a page of content each, are not read); a step-9 store keeps its data."""
    from desktop.sources.catalogue import read_catalogue
    from desktop.storage.catalogue import install_catalogue
    from desktop.storage.db import Database
    from desktop.storage.kits import WORKSHOP_COLUMNS
    from desktop.storage.migrations import MIGRATIONS, migrate
    from desktop.storage.repositories import USER_WORKSHOP_COLUMNS

    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrate(db, MIGRATIONS[:9])
    install_catalogue(db, read_catalogue())
    catalogue = CatalogueRepository(db)
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Kit A")
    KitRepository(db).save(kit)
    mine = replace(next(iter(library.values())), id="user-1", origin="user")
    with db.transaction() as conn:
        CatalogueRepository.write_user_workshop(conn, mine, "2026-11-23T10:00:00")
    db.close()

    db = Database(path)
    assert migrate(db) == len(MIGRATIONS) - 9
    assert KitRepository(db).load(kit.uid) == kit
    assert [w for w, _ in CatalogueRepository(db).dated_user_workshops()] == [mine]
    plans = [" ".join(r[3] for r in db.query(f"EXPLAIN QUERY PLAN {sql}", params)) for sql, params in (
        (f"SELECT {WORKSHOP_COLUMNS} FROM kit_workshop ORDER BY kit_uid, position", ()),
        (f"SELECT {WORKSHOP_COLUMNS} FROM kit_workshop WHERE kit_uid = ? ORDER BY kit_uid, position", ("k",)),
        (f"SELECT {USER_WORKSHOP_COLUMNS} FROM user_workshop ORDER BY created, title", ()))]
    assert all("COVERING INDEX" in plan for plan in plans), plans
    db.close()


def test_the_workspace_reads_the_kits_when_first_needed(store, workspace):
    """The window opens on the catalogue: the kits are read when something first asks for them, whole then."""
    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Kit A")
    assert not workspace.has_kits()
    assert workspace.create_kit(kit, "Créer") and workspace.has_kits()
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        fresh = Workspace(store)
        assert fresh.has_kits()
        read_at_start = [s for s in statements if "FROM kit" in s or "FROM session" in s]
        assert read_at_start == ["SELECT 1 FROM kit LIMIT 1"]
        assert fresh.kit(kit.uid) == kit and [k.uid for k in fresh.kits()] == [kit.uid]
    finally:
        store.conn.set_trace_callback(None)


def test_the_window_opened_on_the_catalogue_has_read_no_kit(qtbot, store, workspace):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    assert workspace.create_kit(kit_from_template(catalogue.template_by_name("outille ton projet"), library, "A"), "C")
    fresh = Workspace(store)
    window = MainWindow(fresh, Settings(store.path.parent / "settings"), "fr")
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.browser
    assert fresh._loaded_kits is None
    assert window.kits.list_model.rowCount() == 1  # « Mes kits » built: the kits are read now
    assert fresh._loaded_kits is not None
