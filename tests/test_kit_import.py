"""Importing kit files: identity rules (same kit again, replace, keep both, colliding uids), shared records never
changed, anonymous evaluations, share-as-template, the command line, the window (file dialog, drop, hand-over)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from desktop.__main__ import _kit_file_to_open, main
from desktop.domain.kit import (
    NAME_MAX, Evaluation, Facilitator, IssuingStructure, Participant, Session, Venue, new_uid,
)
from desktop.domain.kit_factory import kit_from_template, template_to_share
from desktop.domain.kit_import import COPY, NEW, REPLACE, UNCHANGED, ChoiceNeeded, plan_import
from desktop.exchange.kitfile import read_kit, write_kit
from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository
from desktop.storage.store import open_store
from helpers import logical_dump

HALL = Venue("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", "Salle des fêtes", commune="Sarras", capacity=30)
CAMILLE = Facilitator("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "Camille Martin", "camille@example.org", "06 00")


def sample(store) -> object:
    from desktop.storage.repositories import CatalogueRepository

    catalogue = CatalogueRepository(store)
    library = {w.id: w for w in catalogue.workshops()}
    kit = kit_from_template(catalogue.template_by_name("outille ton projet"), library, "Outille — Sarras")
    lea = Participant(new_uid(), "Dupré", "Léa", email="lea@example.org")
    session = Session(new_uid(), kit.workshops[0].uid, date(2027, 1, 12), time(9), time(12), HALL.uid, (CAMILLE.uid,))
    return replace(kit, participants=(lea,), sessions=(session,), facilitator_uids=(CAMILLE.uid,),
                   venue_uids=(HALL.uid,), evaluations=(Evaluation(session.uid, "", (("objectifs", 4),), "anonyme"),
                                                         Evaluation(session.uid, lea.uid, (("contenu", 3),))))


def plan(received, store, **options):
    kit_file = options.pop("file", None)
    return plan_import(received, (HALL,), (CAMILLE,), with_personal_data=options.pop("personal", True),
                       local_kits=KitRepository(store).load_all(),
                       local_venues={v.uid: v for v in VenueRepository(store).list()},
                       local_facilitators={f.uid: f for f in FacilitatorRepository(store).list()}, **options)


def test_a_new_kit_is_added_and_the_same_file_again_changes_nothing(store, tmp_path):
    kit = sample(store)
    path = tmp_path / "kit.tresse"
    write_kit(kit, path, venues=(HALL,), facilitators=(CAMILLE,), with_participants=True)
    assert main(["import", str(path)]) == 0
    before = logical_dump(store)
    assert KitRepository(store).load(kit.uid) == kit  # anonymous evaluations included
    assert main(["import", str(path)]) == 0
    assert logical_dump(store) == before


def test_an_export_round_trips_exactly(store, workspace, tmp_path):
    from desktop.ui.kit_files import export_kit

    kit = sample(store)
    assert workspace.create_kit(kit, "créer", venues=(HALL,), facilitators=(CAMILLE,))
    path = tmp_path / "kit.tresse"
    assert export_kit(None, workspace, workspace.kit(kit.uid), str(path), with_participants=True)
    got = read_kit(path)
    assert got.kit == kit and got.venues == (HALL,) and got.facilitators == (CAMILLE,)


def test_same_uid_other_content_needs_a_choice(store):
    kit = sample(store)
    VenueRepository(store).save(HALL)
    FacilitatorRepository(store).save(CAMILLE)
    KitRepository(store).save(kit)
    changed = replace(kit, name="Outille — version 2", notes="revu")
    with pytest.raises(ChoiceNeeded):
        plan(changed, store)
    replaced = plan(changed, store, choice=REPLACE, personal=False)
    assert replaced.action == REPLACE and replaced.kit.uid == kit.uid
    assert replaced.kit.participants == kit.participants and replaced.kit.evaluations == kit.evaluations
    copy = plan(changed, store, choice=COPY)
    assert copy.action == COPY and copy.kit.uid != kit.uid and copy.kit.name.endswith("(importé)")
    assert not {s.uid for s in copy.kit.sessions} & {s.uid for s in kit.sessions}


def test_inner_uids_of_another_local_kit_are_renewed(store):
    kit = sample(store)
    VenueRepository(store).save(HALL)
    FacilitatorRepository(store).save(CAMILLE)
    KitRepository(store).save(kit)
    other = replace(kit, uid=new_uid(), name="Un autre kit")  # same workshops, people and sessions uids
    result = plan(other, store)
    assert result.action == NEW and result.renewed == len(kit.workshops) + 1 + 1
    ours = {s.uid for s in kit.sessions} | {w.uid for w in kit.workshops} | {p.uid for p in kit.participants}
    theirs = {s.uid for s in result.kit.sessions} | {w.uid for w in result.kit.workshops}
    assert not ours & theirs
    assert {w.uid for w in result.kit.workshops} >= {s.kit_workshop_uid for s in result.kit.sessions}


def test_a_long_name_is_shortened_not_refused(store):
    kit = replace(sample(store), name="N" * NAME_MAX)
    VenueRepository(store).save(HALL)
    FacilitatorRepository(store).save(CAMILLE)
    KitRepository(store).save(kit)
    copy = plan(replace(kit, notes="autre"), store, choice=COPY)
    assert len(copy.kit.name) <= NAME_MAX and copy.kit.name.endswith("(importé)")


def test_shared_records_with_known_uids_and_other_content_become_received_copies(store):
    VenueRepository(store).save(replace(HALL, name="Ma salle", address="chez moi"))
    result = plan(sample(store), store)
    assert [v.name for v in result.new_venues] == ["Salle des fêtes (reçu)"]
    assert result.kit.sessions[0].venue_uid == result.new_venues[0].uid != HALL.uid
    assert result.renamed == ("Salle des fêtes (reçu)",)
    same = plan(sample(store), store)  # an equal record (spaces aside) is reused
    VenueRepository(store).save(replace(HALL, name=" Salle  des fêtes "))
    assert plan(sample(store), store).new_venues == () and same.new_facilitators == (CAMILLE,)


def test_the_command_line_refuses_without_a_choice_and_says_how(store, tmp_path, capsys):
    kit = sample(store)
    path = tmp_path / "kit.tresse"
    write_kit(kit, path, venues=(HALL,), facilitators=(CAMILLE,))
    store.close()
    assert main(["import", str(path)]) == 0
    write_kit(replace(kit, name="Autre nom"), path, venues=(HALL,), facilitators=(CAMILLE,))
    capsys.readouterr()
    assert main(["import", str(path)]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main(["import", str(path), "--copy"]) == 0
    assert main(["import", str(path), "--replace"]) == 0
    db = open_store()
    assert sorted(k.name for k in KitRepository(db).list()) == ["Autre nom", "Autre nom (importé)"]
    db.close()


def test_a_refused_file_changes_nothing(store, tmp_path, capsys):
    before = logical_dump(store)
    bad = tmp_path / "bad.tresse"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert main(["import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Rien n'a été modifié" in err and "Traceback" not in err
    assert logical_dump(store) == before


def test_share_as_template_keeps_the_workshops_and_nothing_personal(store, tmp_path):
    kit = sample(store)
    structure = IssuingStructure(name="Ronalpia", signatory_name="Claire", signatory_role="Directrice")
    shared, people, struct = template_to_share(kit, (CAMILLE,), structure)
    assert shared.workshops == kit.workshops
    assert (shared.sessions, shared.participants, shared.evaluations, shared.venue_uids) == ((), (), (), ())
    assert people == (replace(CAMILLE, email="", phone=""),)
    assert struct.name == "Ronalpia" and not struct.signatory_name and not struct.signatory_role
    VenueRepository(store).save(HALL)
    FacilitatorRepository(store).save(CAMILLE)
    KitRepository(store).save(kit)
    store.close()
    out = tmp_path / "modele.tresse"
    assert main(["export", kit.name, "-o", str(out), "--template"]) == 0
    got = read_kit(out)
    assert got.venues == () and got.kit.sessions == () and got.kit.participants == ()
    assert all(not f.email and not f.phone for f in got.facilitators)


def test_a_kit_file_as_first_argument_opens_the_window_on_it():
    assert _kit_file_to_open(["Parcours.tresse"]) == ([], "Parcours.tresse")
    assert _kit_file_to_open(["--data-dir", "D", "k.TRESSE"]) == (["--data-dir", "D"], "k.TRESSE")
    assert _kit_file_to_open(["import", "k.tresse"]) == (["import", "k.tresse"], None)
    assert _kit_file_to_open(["--data-dir", "x.tresse"]) == (["--data-dir", "x.tresse"], None)


def test_the_window_imports_asks_and_is_one_undo_step(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.kit_files import import_kit

    kit = sample(workspace.db)
    path = tmp_path / "kit.tresse"
    write_kit(kit, path, venues=(HALL,), facilitators=(CAMILLE,), with_participants=True)
    start = logical_dump(workspace.db)
    assert import_kit(None, workspace, str(path)).uid == kit.uid
    write_kit(replace(kit, name="Renommé"), path, venues=(HALL,), facilitators=(CAMILLE,), with_participants=True)
    asked = []
    got = import_kit(None, workspace, str(path), choose=lambda *a: asked.append(a[2].name) or REPLACE)
    assert asked == ["Outille — Sarras"] and got.name == "Renommé" and len(workspace.kits()) == 1
    other = tmp_path / "autre.tresse"
    write_kit(replace(kit, name="Encore autre"), other, venues=(HALL,), facilitators=(CAMILLE,))
    steps = workspace.undo_stack.count()
    assert import_kit(None, workspace, str(other), choose=lambda *a: None) is None  # « Annuler »
    assert workspace.undo_stack.count() == steps and workspace.kit(kit.uid).name == "Renommé"
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert import_kit(None, workspace, str(path)).name == "Renommé"
    assert "rien n'a changé" in told[-1]
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert logical_dump(workspace.db) == start


def test_a_second_launch_hands_its_file_to_the_open_window(qtbot, tmp_path):
    from desktop.ui.handover import FileServer, send_file

    server = FileServer(tmp_path)
    assert server.listening
    with qtbot.waitSignal(server.file_received, timeout=5000) as got:
        assert send_file(str(tmp_path / "reçu.tresse"), tmp_path)
    assert got.args == [str((tmp_path / "reçu.tresse").resolve())]
    server.close()
    assert not send_file(str(tmp_path / "x.tresse"), tmp_path, wait_s=0)  # nobody listens: no wait


def test_dropping_a_kit_file_on_the_window_imports_it(qtbot, workspace, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop import paths
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    kit = sample(workspace.db)
    path = tmp_path / "kit.tresse"
    write_kit(kit, path, venues=(HALL,), facilitators=(CAMILLE,))
    window = MainWindow(workspace, Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert workspace.kit(kit.uid) is not None and window.controller.kit.uid == kit.uid


def test_the_second_launch_hands_over_instead_of_being_refused(qtbot, tmp_path, monkeypatch):
    from desktop.instance_lock import InstanceLock, LockHeldError
    from desktop.ui import startup

    def held(self):
        raise LockHeldError(tmp_path / "tresse.lock", None, same_host=True, stale=False)

    sent = []
    monkeypatch.setattr(InstanceLock, "acquire", held)
    monkeypatch.setattr(startup, "send_file", lambda path: sent.append(path) or True)
    assert startup.acquire_lock(handover="reçu.tresse") is startup.HANDED_OVER
    assert sent == ["reçu.tresse"]


def test_plan_skips_people_listed_twice_and_never_hangs_on_a_pipe(tmp_path, capsys):
    import os

    csv = tmp_path / "inscrits.csv"
    csv.write_text("Prénom;Nom;Courriel\nLéa;Dupré;lea@example.org\nLea;DUPRE;lea@example.org\nZoé;Roux;\n",
                   encoding="utf-8")
    out = tmp_path / "k.tresse"
    assert main(["plan", "outille ton projet", "--start", "2027-03-01", "--participants", str(csv), "-o",
                 str(out)]) == 0
    said = capsys.readouterr().out
    assert "1 ligne déjà présente" in said and "2 participants" in said
    assert len(read_kit(out).kit.participants) == 2
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert main(["plan", "outille ton projet", "--start", "2027-03-01", "--participants", str(fifo), "-o",
                 str(tmp_path / "p.tresse")]) == 2
    assert not (tmp_path / "p.tresse").exists()


def test_control_characters_from_a_file_never_reach_the_terminal(tmp_path, capsys):
    kit = replace(sample_for_cli(), name="Kit \x1b[31mrouge\x07")
    path = tmp_path / "k.tresse"
    write_kit(kit, path)
    main(["ics", str(path), "-o", str(tmp_path / "k.ics")])
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err and "\x07" not in captured.out + captured.err


def sample_for_cli():
    from desktop.domain.kit import Kit

    return Kit("5d2c3b4a-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "Kit")


def test_the_csv_preview_offers_to_skip_people_already_enrolled_and_names_unreadable_lines(qtbot, french):
    from desktop.exchange.participants_csv import parse_participants
    from desktop.ui.dialogs.csv_import import CsvImportDialog

    data = "Prénom;Nom;Courriel\nLéa;Dupré;lea@example.org\nZoé;Roux;\nAnn\xe9e;Mart;\n".encode("utf-8")
    data = data.replace("Ann\xe9e".encode("utf-8"), b"Ann\xe9e")  # one byte that is not UTF-8
    data = ("Prénom;Nom;Courriel\n" + "".join(f"Élise{i};Noël{i};\n" for i in range(120))).encode("utf-8") + \
        data.split(b"\n", 1)[1]
    preview = parse_participants(data)
    assert preview.undecodable_lines
    enrolled = [Participant(new_uid(), "Dupré", "Léa", email="LEA@example.org ")]
    dialog = CsvImportDialog(preview, "inscrits.csv", 200, existing=enrolled)
    qtbot.addWidget(dialog)
    assert dialog.skip_known.isVisibleTo(dialog) and dialog.skip_known.isChecked()
    assert str(preview.undecodable_lines[0]) in dialog.summary.text()
    assert len(dialog.chosen()) == len(preview.participants) - 1
    dialog.skip_known.setChecked(False)
    assert len(dialog.chosen()) == len(preview.participants)


def test_a_launch_while_the_open_tresse_is_still_starting_waits_for_it(qtbot, tmp_path, monkeypatch):
    """The window listens from its first paint on: a launch before it tries again instead of giving up."""
    import threading

    from desktop.ui import handover

    tried = threading.Event()
    pause = handover._pause

    def waiting(seconds):
        tried.set()  # the first try found nobody listening
        pause(seconds)

    monkeypatch.setattr(handover, "_pause", waiting)
    result = []
    sender = threading.Thread(target=lambda: result.append(handover.send_file(str(tmp_path / "tôt.tresse"), tmp_path)))
    sender.start()
    qtbot.waitUntil(tried.is_set, timeout=5000)
    late = handover.Handover(tmp_path)
    got = []
    late.hand_to(got.append)
    late.listen()  # as after the first paint
    qtbot.waitUntil(lambda: bool(got), timeout=int(handover.WAIT_S * 1000))
    sender.join()
    late.close()
    assert result == [True] and got == [str((tmp_path / "tôt.tresse").resolve())]
