"""The workspace owns what is open: shared venues and facilitators stay shared, every write is one exact undo step.

Each defect found in everyday use has its test here: editing one kit emptied the venue of another kit's sessions
(``INSERT OR REPLACE`` fired ``ON DELETE SET NULL``), an imported kit overwrote the user's own venue, removing a
venue while its kit was open broke every later edit, a storage fault in a venue edit went to the crash hook, and
undoing another kit's edit left stale copies behind.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import date, time

import pytest

from desktop.domain.kit import Facilitator, IssuingStructure, Participant, Session, Venue, new_uid
from desktop.domain.kit_edit import replace_sessions, update_participant
from desktop.domain.kit_factory import duplicate_kit, kit_from_template
from desktop.storage.errors import StorageError
from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository
from desktop.ui.schedule import Schedule
from desktop.ui.workspace import Workspace
from helpers import logical_dump


def two_kits(workspace: Workspace):
    """Kits A and B whose sessions both take place at the shared venue *hall*, run by *camille*."""
    catalogue = workspace.catalogue
    library = {w.id: w for w in catalogue.workshops()}
    hall = Venue(new_uid(), "Salle des fêtes", "1 place de la Mairie", "Sarras", 30)
    camille = Facilitator(new_uid(), "Camille Martin", "camille@example.org")
    assert workspace.save_venue(hall) and workspace.save_facilitator(camille)
    kits = []
    for name, day in (("Kit A", date(2027, 1, 12)), ("Kit B", date(2027, 1, 19))):
        kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, name)
        session = Session(new_uid(), kit.workshops[0].uid, day, time(9), time(12), hall.uid, (camille.uid,))
        kit = replace(kit, sessions=(session,), facilitator_uids=(camille.uid,),
                      participants=(Participant(new_uid(), "Dupré", "Élodie", phone="06 00 00 00 00"),))
        assert workspace.create_kit(kit, "créer")
        kits.append(kit)
    return kits[0], kits[1], hall, camille


def test_editing_one_kit_keeps_the_venue_of_the_other_kits_sessions(store, workspace):
    a, b, hall, _ = two_kits(workspace)
    person = a.participants[0]
    assert workspace.update_kit(update_participant(workspace.kit(a.uid), replace(person, phone="07 11 11 11 11")),
                                "téléphone")
    assert KitRepository(store).load(b.uid).sessions[0].venue_uid == hall.uid
    assert workspace.kit(b.uid).sessions[0].venue_uid == hall.uid


def test_renaming_a_shared_venue_keeps_it_in_every_session(store, workspace):
    a, b, hall, _ = two_kits(workspace)
    assert workspace.save_venue(replace(hall, name="Salle polyvalente"))
    for kit in (a, b):
        assert KitRepository(store).load(kit.uid).sessions[0].venue_uid == hall.uid
    assert VenueRepository(store).list()[0].name == "Salle polyvalente"
    schedule = Schedule(workspace)
    assert schedule.venue(hall.uid).name == "Salle polyvalente"


def test_deleting_a_venue_says_nothing_behind_the_back_and_is_undoable(store, workspace):
    a, b, hall, _ = two_kits(workspace)
    before = logical_dump(store)
    assert {k.uid for k, _ in workspace.sessions_using_venue(hall.uid)} == {a.uid, b.uid}
    assert workspace.delete_venue(hall.uid)
    assert VenueRepository(store).list() == []
    assert all(s.venue_uid == "" for k in (a, b) for s in KitRepository(store).load(k.uid).sessions)
    workspace.undo_stack.undo()
    assert logical_dump(store) == before
    assert workspace.kit(a.uid).sessions[0].venue_uid == hall.uid


def test_a_kit_save_never_writes_a_shared_record(store, workspace):
    a, _, hall, camille = two_kits(workspace)
    # a received kit that reuses the user's uids with other content: it may not change the user's records
    stranger = replace(hall, name="Autre salle", address="ailleurs")
    KitRepository(store).save(workspace.kit(a.uid))
    assert VenueRepository(store).list() == [hall]
    from desktop.domain.shared_records import adopt_shared

    received = duplicate_kit(workspace.kit(a.uid), "Kit reçu")
    adopted = adopt_shared(received,
                           (stranger,), (camille,), workspace.venues, workspace.facilitators)
    assert [v.name for v in adopted.new_venues] == ["Autre salle (reçu)"] and adopted.new_facilitators == ()
    assert adopted.kit.sessions[0].venue_uid == adopted.new_venues[0].uid  # the kit points to the copy
    assert workspace.create_kit(adopted.kit, "importer", venues=adopted.new_venues)
    assert VenueRepository(store).list([hall.uid]) == [hall]
    assert FacilitatorRepository(store).list() == [camille]
    workspace.undo_stack.undo()
    assert VenueRepository(store).list() == [hall]


def test_removing_a_venue_while_its_kit_is_open_leaves_the_kit_editable(qtbot, store, workspace):
    from desktop.ui.kit_controller import KitController

    a, _, hall, _ = two_kits(workspace)
    controller = KitController(workspace)
    controller.select(a.uid)
    assert workspace.delete_venue(hall.uid)
    assert controller.kit.sessions[0].venue_uid == ""
    renamed = replace(controller.kit, name="Kit A renommé")
    assert controller.apply(renamed, "renommer")
    assert KitRepository(store).load(a.uid).name == "Kit A renommé"


def test_a_storage_fault_is_reported_once_and_changes_nothing(qtbot, store, workspace, monkeypatch):
    a, _, hall, _ = two_kits(workspace)
    before = logical_dump(store)
    failures = []
    workspace.failed.connect(failures.append)

    def full(*args, **kwargs):
        raise StorageError("full", store.path, "database or disk is full")

    monkeypatch.setattr("desktop.ui.workspace.write_edits", full)
    assert not workspace.save_venue(replace(hall, name="Salle neuve"))
    assert not workspace.set_blackouts({date(2027, 5, 1): "fête"}, "dates")
    assert not workspace.set_structure(IssuingStructure(name="Ronalpia"))
    assert len(failures) == 3 and all(isinstance(f, StorageError) for f in failures)
    assert workspace.venue(hall.uid) == hall and workspace.blackouts() == {}
    assert logical_dump(store) == before
    assert workspace.undo_stack.count() == before_count(workspace)


def before_count(workspace) -> int:
    """Failed writes leave no step on the undo stack."""
    return sum(1 for i in range(workspace.undo_stack.count()) if not workspace.undo_stack.command(i).isObsolete())


def test_a_real_full_disk_fails_cleanly(qtbot, store, workspace):
    a, _, _, _ = two_kits(workspace)
    before = logical_dump(store)
    failures = []
    workspace.failed.connect(failures.append)
    pages = store.query("PRAGMA page_count")[0][0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    huge = replace(workspace.kit(a.uid), notes="x" * 2_000_000)
    assert not workspace.update_kit(huge, "notes")
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert failures and workspace.kit(a.uid).notes == a.notes
    assert logical_dump(store) == before


def test_every_kind_of_write_is_undoable(qtbot, store, workspace):
    start = logical_dump(store)
    hall = Venue(new_uid(), "Salle")
    assert workspace.save_venue(hall)
    assert workspace.set_blackouts({date(2027, 5, 8): "Victoire"}, "dates")
    assert workspace.set_structure(IssuingStructure(name="Pôle ESS Vendée", signatory_name="Claire"))
    library = workspace.catalogue.workshops()
    saved = workspace.add_to_library(library[0])
    assert saved is not None and saved.id in {w.id for w in workspace.catalogue.workshops()}
    assert workspace.catalogue.search(library[0].objectives[0])["workshop"] >= {saved.id}
    end = logical_dump(store)
    while workspace.undo_stack.canUndo():
        workspace.undo_stack.undo()
    assert logical_dump(store) == start
    assert workspace.structure() == IssuingStructure() and workspace.user_workshops() == []
    while workspace.undo_stack.canRedo():
        workspace.undo_stack.redo()
    assert logical_dump(store) == end


def test_a_catalogue_refresh_keeps_user_workshops_findable_by_their_whole_text(store, workspace):
    from desktop.sources.catalogue import read_catalogue
    from desktop.storage.catalogue import install_catalogue

    workshop = replace(workspace.catalogue.workshops()[0], title="Mon atelier", summary="",
                       objectives=("Cartographier les tiers-lieux voisins",), key_points=("Zorglub solidaire",))
    saved = workspace.add_to_library(workshop)
    store.conn.execute("UPDATE meta SET value = 'old' WHERE key = 'catalogue_digest'")
    assert install_catalogue(store, read_catalogue())
    for words in ("tiers-lieux voisins", "zorglub"):
        assert saved.id in workspace.catalogue.search(words)["workshop"], words


def test_kits_load_whole_in_a_fixed_number_of_queries(store, workspace):
    two_kits(workspace)
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        kits = KitRepository(store).load_all()
    finally:
        store.conn.set_trace_callback(None)
    assert len(kits) == 2 and all(k.workshops and k.sessions and k.participants for k in kits.values())
    assert len(statements) <= 7  # kit, workshops, participants, sessions, attendance, evaluations, session runs
    assert kits == {k.uid: KitRepository(store).load(k.uid) for k in kits.values()}


def test_replace_is_used_nowhere():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "desktop"
    sql = re.compile(r"INSERT\s+OR\s+REPLACE|REPLACE\s+INTO")  # as SQL is written: upper case
    offenders = [str(p) for p in root.rglob("*.py") if sql.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_on_delete_actions_fire_only_for_real_deletions(store, workspace):
    _, b, hall, _ = two_kits(workspace)
    store.conn.execute("PRAGMA recursive_triggers = ON")  # REPLACE would now fire delete triggers too
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO venue (uid, name) VALUES (?, ?)", (hall.uid, "doublon"))
    assert workspace.save_venue(replace(hall, capacity=80))
    assert KitRepository(store).load(b.uid).sessions[0].venue_uid == hall.uid
