"""The programme facts the same for every kit (access, price, methods, evaluation, accessibility and its contact):
typed once in the structure's profile, printed by every kit that leaves them empty, never copied into a kit."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop import paths
from desktop.domain.kit import IssuingStructure
from desktop.domain.paperwork import PROFILE_DEFAULTS, Paperwork, effective_paperwork, with_defaults
from desktop.printing.pack import build_pack
from desktop.storage.kits import ProfileRepository, read_stored_structure
from test_printing import STRUCTURE, make_kit, text_of

NBSP = "\u00a0"
PROFILE = replace(STRUCTURE, access="Inscription jusqu'à 8 jours avant la première séance", price="Gratuit",
                  methods="Ateliers collectifs et études de cas", assessment="Auto-positionnement en fin de cycle",
                  accessibility="Salles de plain-pied", accessibility_contact="Claire Dumas, 04 75 00 00 00")


# -- the one rule ---------------------------------------------------------------------------------------------------

def test_a_kit_s_own_text_wins_and_an_empty_one_takes_the_profile_s():
    own = Paperwork(prerequisites="Aucun", price="50 € par personne", methods="   ", audience="Porteurs de projet")
    shown = effective_paperwork(own, PROFILE)
    assert shown.price == "50 € par personne"  # the kit's own
    assert shown.methods == "Ateliers collectifs et études de cas"  # blank counts as empty
    assert (shown.access, shown.assessment, shown.accessibility, shown.accessibility_contact) == (
        PROFILE.access, PROFILE.assessment, PROFILE.accessibility, PROFILE.accessibility_contact)
    assert (shown.prerequisites, shown.audience) == ("Aucun", "Porteurs de projet")  # per kit, no default
    assert replace(shown, **{n: getattr(own, n) for n in PROFILE_DEFAULTS}) == own  # nothing else changes


def test_no_profile_or_an_empty_one_changes_nothing():
    own = Paperwork(price="Gratuit")
    assert effective_paperwork(own, None) is own
    assert effective_paperwork(own, IssuingStructure()) is own
    assert effective_paperwork(Paperwork(), IssuingStructure(price="  ")).price == ""


def test_a_kit_file_s_letterhead_takes_this_computer_s_defaults():
    theirs = IssuingStructure(name="Autre structure", price="Payant")
    mixed = with_defaults(theirs, PROFILE)
    assert mixed.name == "Autre structure" and mixed.price == "Gratuit" and mixed.access == PROFILE.access


# -- printed --------------------------------------------------------------------------------------------------------

def test_the_programme_prints_the_profile_s_default_unless_the_kit_says_otherwise(tmp_path):
    build_pack(make_kit(paperwork=Paperwork(prerequisites="Aucun prérequis")), PROFILE, tmp_path / "a",
               documents={"programme", "convocations"})
    programme = text_of(tmp_path / "a" / "programme.pdf")
    for expected in ("Prérequis Aucun prérequis", "Public à préciser", "Tarif Gratuit",
                     "Modalités et délais d'accès Inscription jusqu'à 8 jours avant la première séance",
                     "Méthodes mobilisées Ateliers collectifs et études de cas",
                     "Modalités d'évaluation Auto-positionnement en fin de cycle",
                     "Accessibilité aux personnes en situation de handicap Salles de plain-pied",
                     "Contact pour une adaptation Claire Dumas, 04 75 00 00 00"):
        assert expected in programme, expected
    assert "Contactez Claire Dumas, 04 75 00 00 00." in text_of(tmp_path / "a" / "convocations.pdf")

    own = Paperwork(price="30 € la séance", accessibility_contact="Camille Rocher")
    build_pack(make_kit(paperwork=own), PROFILE, tmp_path / "b", documents={"programme"})
    programme = text_of(tmp_path / "b" / "programme.pdf")
    assert "Tarif 30 € la séance" in programme and "Tarif Gratuit" not in programme
    assert "Contact pour une adaptation Camille Rocher" in programme and "Claire Dumas, 04" not in programme
    assert "Méthodes mobilisées Ateliers collectifs et études de cas" in programme

    build_pack(make_kit(), STRUCTURE, tmp_path / "c", documents={"programme"})  # a profile without defaults
    assert "Tarif à préciser" in text_of(tmp_path / "c" / "programme.pdf")


def test_the_command_line_prints_with_the_stored_profile(capsys, tmp_path, store):
    from desktop.__main__ import main

    ProfileRepository(store).save_structure(PROFILE)
    kit = tmp_path / "kit.tresse"
    assert main(["plan", "sprint", "--start", "2027-03-01", "-o", str(kit)]) == 0
    assert main(["print", str(kit), "-o", str(tmp_path / "pack"), "--documents", "programme"]) == 0
    programme = text_of(tmp_path / "pack" / "programme.pdf")
    assert "Tarif Gratuit" in programme and "Contact pour une adaptation Claire Dumas" in programme
    assert "Ronalpia" not in programme  # the letterhead stays the file's (none here): only the defaults are ours


def test_the_command_line_says_when_the_stored_profile_cannot_be_read(capsys, tmp_path, data_dir):
    from desktop.__main__ import main

    paths.database_path().parent.mkdir(parents=True, exist_ok=True)
    paths.database_path().write_bytes(b"not a database, just bytes" * 100)
    kit = tmp_path / "kit.tresse"
    assert main(["plan", "sprint", "--start", "2027-03-01", "-o", str(kit)]) == 0
    assert main(["print", str(kit), "-o", str(tmp_path / "pack"), "--documents", "programme"]) == 0
    assert "le profil de la structure n'a pas pu être lu" in capsys.readouterr().err
    assert "Tarif à préciser" in text_of(tmp_path / "pack" / "programme.pdf")


# -- stored ---------------------------------------------------------------------------------------------------------

def test_the_defaults_are_stored_with_the_profile_and_an_older_profile_still_reads(store):
    repo = ProfileRepository(store)
    repo.save_structure(PROFILE)
    assert repo.structure() == PROFILE
    assert read_stored_structure(paths.database_path()) == PROFILE  # read-only, as the command line reads it
    older = {"name": "Ronalpia", "address": "", "logo_path": "", "signatory_name": "", "signatory_role": "",
             "funders_mention": "", "funder_logo_paths": [], "logo_width": 30}  # before the defaults; unknown key
    with store.transaction() as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'issuing_structure'", (json.dumps(older),))
    assert repo.structure() == IssuingStructure(name="Ronalpia")
    with store.transaction() as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'issuing_structure'",
                     (json.dumps({"name": "Ronalpia", "price": 12, "funder_logo_paths": "x.png"}),))
    assert repo.structure() == IssuingStructure(name="Ronalpia")  # hand-edited nonsense reads as empty
    with store.transaction() as conn:
        conn.execute("UPDATE meta SET value = '[1, 2]' WHERE key = 'issuing_structure'")
    assert repo.structure() == IssuingStructure()


def test_reading_the_stored_profile_leaves_the_data_folder_as_it_was(data_dir):
    from desktop.storage.store import open_store

    db = open_store()
    ProfileRepository(db).save_structure(PROFILE)
    db.close()
    before = sorted(p.name for p in paths.database_path().parent.iterdir())
    assert read_stored_structure(paths.database_path()) == PROFILE
    assert sorted(p.name for p in paths.database_path().parent.iterdir()) == before  # no -wal, no -shm
    assert read_stored_structure(paths.database_path().with_name("absent.sqlite3")) is None


def test_a_kit_file_does_not_carry_the_defaults(tmp_path):
    from desktop.exchange.kitfile import read_kit
    from test_kitfile import sample_kit, write_kit

    kit = sample_kit()
    write_kit(kit, tmp_path / "k.tresse", structure=PROFILE)
    received = read_kit(tmp_path / "k.tresse")
    assert received.structure.name == "Ronalpia"
    assert all(getattr(received.structure, n) == "" for n in PROFILE_DEFAULTS)
    assert received.kit.paperwork == kit.paperwork


# -- the profile dialog and the kit editor ----------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, store, french):
    from desktop.domain.kit_factory import kit_from_template
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings
    from desktop.ui.workspace import Workspace

    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    win.pages.setCurrentWidget(win.kits)
    library = {w.id: w for w in win.catalogue.workshops()}
    kit = kit_from_template(win.catalogue.template_by_name("outille ton projet"), library, "Outille — Sarras")
    assert win.controller.create(kit, "créer")
    win.kits.refresh()
    win.kits.select(kit.uid)
    return win


def test_the_profile_dialog_saves_the_defaults_undoably_and_the_kit_editor_shows_them(window, monkeypatch):
    from desktop.ui.dialogs.profile import ProfileDialog

    def fill(dialog):
        assert dialog.tabs.count() == 2 and all(dialog.defaults[n].toPlainText() == "" for n in PROFILE_DEFAULTS)
        dialog.name.setText("Ronalpia")
        dialog.defaults["price"].setPlainText("  Gratuit\n")
        dialog.defaults["accessibility_contact"].setPlainText("Claire Dumas, 04 75 00 00 00")
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", fill)
    assert window.edit_profile()
    stored = ProfileRepository(window.db).structure()
    assert (stored.name, stored.price, stored.accessibility_contact, stored.access) == (
        "Ronalpia", "Gratuit", "Claire Dumas, 04 75 00 00 00", "")
    panel = window.kits.paperwork
    assert panel.texts["price"].placeholderText() == f"Par défaut (profil){NBSP}: Gratuit"
    assert panel.texts["access"].placeholderText() == f"Vide{NBSP}: «{NBSP}à préciser{NBSP}» sur le programme"
    assert panel.texts["prerequisites"].placeholderText().startswith("Vide")  # no default for a kit's own facts
    assert window.controller.kit.paperwork.price == ""  # never copied into the kit

    reopened = ProfileDialog(window.workspace.structure(), window)
    assert reopened.defaults["price"].toPlainText() == "Gratuit" and reopened.structure() == stored
    reopened.deleteLater()

    window.undo_action.trigger()
    assert ProfileRepository(window.db).saved_structure() is None
    assert panel.texts["price"].placeholderText() == "ex. Gratuit (financé par la Région)"
    window.redo_action.trigger()
    assert ProfileRepository(window.db).structure() == stored
    assert panel.texts["accessibility_contact"].placeholderText().endswith("Claire Dumas, 04 75 00 00 00")


def test_the_profile_dialog_gives_back_what_it_was_opened_with(qtbot, french):
    from desktop.ui.dialogs.profile import ProfileDialog

    dialog = ProfileDialog(PROFILE)  # (it fits a 1024 × 600 screen: tests/test_small_screen.py opens it there)
    qtbot.addWidget(dialog)
    assert dialog.structure() == PROFILE
