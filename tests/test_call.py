"""A kit's call for projects or applications: the model and its words in braces, the criteria's rules, the store
(schema step 8), kit files (minor 4: older files keep importing, hostile values are refused with their place),
template sharing, the templates that start with a call, and the two printed documents read back with pypdf."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from pypdf import PdfReader

from desktop.__main__ import main
from desktop.domain.call import (
    CRITERIA_MAX, DEFAULT_CRITERIA, PLACEHOLDERS, Call, CallKind, Criterion, add_criterion, call_from_dict,
    call_to_dict, check_criterion, fill, model_call, model_text, move_criterion, remove_criteria, update_criterion,
)
from desktop.domain.errors import ValidationError
from desktop.domain.kit import Facilitator, IssuingStructure, Participant, Session, Venue, new_uid
from desktop.domain.kit_factory import kit_from_template, template_to_share
from desktop.domain.wording import french
from desktop.exchange.errors import KitFileError
from desktop.exchange.kitfile import read_kit, write_kit
from desktop.printing.pack import DOCUMENTS, build_pack, preflight
from desktop.sources.catalogue import read_catalogue
from desktop.storage.db import Database
from desktop.storage.kits import FacilitatorRepository, KitRepository, VenueRepository
from desktop.storage.migrations import MIGRATIONS, migrate
from desktop.storage.repositories import CatalogueRepository
from test_printing import flat

CATALOGUE = read_catalogue()
LIBRARY = {w.id: w for w in CATALOGUE.workshops}
ANNE = Facilitator(new_uid(), "Anne Morel", "anne.morel@example.org", "06 12 34 56 78", "APESS 53")
HALL = Venue(new_uid(), "Salle des fêtes", "2 place de la Mairie", "Évron")
STRUCTURE = IssuingStructure(name="APESS 53", address="12 rue de la Paix\n53000 Laval")


def template(template_id: str):
    return next(t for t in CATALOGUE.templates if t.id == template_id)


def mayidess(**changes):
    kit = kit_from_template(template("mayidess"), LIBRARY, "May'IDÉSS 2027")
    sessions = tuple(Session(new_uid(), kw.uid, date(2027, 1, 5) + timedelta(days=7 * i), time(9), time(12),
                             venue_uid=HALL.uid) for i, kw in enumerate(kit.workshops[:4]))
    people = (Participant(new_uid(), "Roux", "Léa", "Épicerie solidaire", "Évron"),
              Participant(new_uid(), "Dupont", "Marie", "La Ressourcerie du Bocage"))
    kit = replace(kit, territory="Pays de Meslay-Grez", departement="Mayenne", facilitator_uids=(ANNE.uid,),
                  sessions=sessions, participants=people,
                  call=replace(kit.call, deadline=date(2026, 12, 18)))
    return replace(kit, **changes)


# -- the domain -------------------------------------------------------------------------------------------------


def test_the_templates_that_start_with_a_call_get_the_model():
    assert {t.id: t.call for t in CATALOGUE.templates if t.call} == {"sprint": "projets", "mayidess": "candidatures"}
    sprint = kit_from_template(template("sprint"), LIBRARY)
    assert sprint.call == model_call(CallKind.PROJECTS) and sprint.call.criteria == DEFAULT_CRITERIA
    assert kit_from_template(template("premiers-pas"), LIBRARY).call == Call()
    assert sum(c.points for c in DEFAULT_CRITERIA) == 20


def test_every_word_in_braces_of_the_models_is_known():
    import re

    for kind in CallKind:
        words = set(re.findall(r"\{([a-z_]+)\}", model_text(kind)))
        assert words == set(PLACEHOLDERS), kind
        assert "  " not in model_text(kind) and " :" in model_text(kind)


def test_fill_replaces_known_words_and_leaves_the_others():
    assert fill("{nom} à {lieu}, {nom}", {"nom": "Parcours"}) == "Parcours à {lieu}, Parcours"


def test_criteria_rules_and_edits():
    call = Call(criteria=DEFAULT_CRITERIA[:2])
    assert check_criterion(Criterion("  Utilité   sociale ", 3, "a\nb")) == Criterion("Utilité sociale", 3, "a b")
    for bad in (Criterion(" ", 3), Criterion("x" * 201, 3), Criterion("Ok", 0), Criterion("Ok", True)):
        with pytest.raises(ValidationError):
            check_criterion(bad)
    moved = move_criterion(call, 1, -1)
    assert moved.criteria == (DEFAULT_CRITERIA[1], DEFAULT_CRITERIA[0])
    assert move_criterion(call, 0, -1) == call and move_criterion(call, 1, 1) == call
    assert remove_criteria(call, {0}).criteria == (DEFAULT_CRITERIA[1],)
    assert update_criterion(call, 0, Criterion("Autre", 2)).criteria[0] == Criterion("Autre", 2)
    assert add_criterion(call).criteria[-1].label == "Nouveau critère"
    with pytest.raises(ValidationError):
        add_criterion(Call(criteria=(Criterion("c", 1),) * CRITERIA_MAX))
    assert Call().grid() == DEFAULT_CRITERIA and call.grid() == call.criteria


def test_the_stored_form_round_trips_and_forgives_what_it_cannot_read():
    call = replace(model_call(CallKind.APPLICATIONS), deadline=date(2027, 1, 4))
    assert call_from_dict(json.loads(json.dumps(call_to_dict(call)))) == call
    assert call_from_dict({}) == Call()
    odd = call_from_dict({"kind": "x", "deadline": "demain", "text": 3, "criteria": [{"label": ""}, "x"]})
    assert odd == Call()


# -- storage and kit files ----------------------------------------------------------------------------------------


def test_the_call_survives_the_store(store):
    kit = mayidess()
    VenueRepository(store).save(HALL)
    FacilitatorRepository(store).save(ANNE)
    KitRepository(store).save(kit)
    assert KitRepository(store).load(kit.uid).call == kit.call


def test_a_version_7_database_upgrades_and_fills_the_templates_column(tmp_path):
    from desktop.storage.catalogue import install_catalogue

    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrate(db, MIGRATIONS[:7])
    old = mayidess(call=Call())
    with db.transaction() as conn:  # a catalogue and a kit as step 7 wrote them: no call columns yet
        conn.execute("INSERT INTO kit_template VALUES ('mayidess', 'May''IDÉSS', 9, 'source', '', 7, '09:00', 12, "
                     "'', '[]', 0)")
        conn.execute("INSERT INTO meta (key, value) VALUES ('catalogue_digest', ?)", (CATALOGUE.digest,))
        conn.execute("INSERT INTO kit (uid, name, created, modified) VALUES (?, ?, ?, ?)",
                     (old.uid, old.name, "2026-11-01T10:00:00", "2026-11-01T10:00:00"))
    db.close()
    db = Database(path)
    assert migrate(db) == len(MIGRATIONS) - 7
    assert KitRepository(db).load(old.uid).call == Call()
    assert install_catalogue(db, CATALOGUE)  # the digest was forgotten: the templates are installed again
    assert CatalogueRepository(db).template_by_name("mayidess").call == "candidatures"
    db.close()


def kit_json(tmp_path, kit) -> dict:
    write_kit(kit, tmp_path / "k.tresse", venues=(HALL,), facilitators=(ANNE,), with_participants=True)
    with zipfile.ZipFile(tmp_path / "k.tresse") as zf:
        return json.loads(zf.read("kit.json"))


def reread(doc: dict):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("kit.json", json.dumps(doc))
    return read_kit(buffer.getvalue())


def test_the_call_survives_a_kit_file_and_older_files_keep_importing(tmp_path):
    kit = mayidess()
    doc = kit_json(tmp_path, kit)
    assert doc["minor"] == 4 and doc["kit"]["call"]["kind"] == "candidatures"
    assert doc["kit"]["call"]["deadline"] == "2026-12-18"
    back = reread(doc)
    assert back.kit.call == kit.call and back.warnings == []
    doc["minor"] = 3
    del doc["kit"]["call"]
    older = reread(doc)
    assert older.kit.call == Call() and older.warnings == []


@pytest.mark.parametrize("change, reason, where", [
    (lambda c: c.update(kind="concours"), "bad_value", "kit.call.kind"),
    (lambda c: c.update(text=["x"]), "bad_type", "kit.call.text"),
    (lambda c: c.update(text="x" * 20_001), "too_long", "kit.call.text"),
    (lambda c: c.update(deadline="2027-02-30"), "bad_value", "kit.call.deadline"),
    (lambda c: c.update(criteria={"label": "x"}), "bad_type", "kit.call.criteria"),
    (lambda c: c.update(criteria=[{"label": "x", "points": 5}] * 31), "too_many", "kit.call.criteria"),
    (lambda c: c["criteria"][0].update(label="   "), "bad_value", "kit.call.criteria[0].label"),
    (lambda c: c["criteria"][1].update(label="x" * 201), "too_long", "kit.call.criteria[1].label"),
    (lambda c: c["criteria"][2].update(points=0), "out_of_range", "kit.call.criteria[2].points"),
    (lambda c: c["criteria"][2].update(points="5"), "bad_type", "kit.call.criteria[2].points"),
    (lambda c: c["criteria"][3].pop("points"), "missing_field", "kit.call.criteria[3].points"),
    (lambda c: c["criteria"][4].update(description="x" * 1_001), "too_long", "kit.call.criteria[4].description"),
])
def test_hostile_calls_are_refused_with_their_place(tmp_path, change, reason, where):
    doc = kit_json(tmp_path, mayidess())
    change(doc["kit"]["call"])
    with pytest.raises(KitFileError) as caught:
        reread(doc)
    assert caught.value.reason == reason and where in caught.value.message


def test_sharing_as_a_template_keeps_the_call():
    kit = mayidess()
    shared, _, _ = template_to_share(kit, (ANNE,), STRUCTURE)
    assert shared.call == kit.call and shared.participants == ()


# -- printing -----------------------------------------------------------------------------------------------------


def pack(tmp_path, kit, structure=STRUCTURE):
    return build_pack(kit, structure, tmp_path / "pack", venues=(HALL,), facilitators=(ANNE,),
                      documents={"appel-a-projets", "grille-selection"}, today=date(2026, 11, 20))


def test_both_documents_are_in_the_pack():
    assert DOCUMENTS["appel-a-projets"] == "Appel à projets"
    assert DOCUMENTS["grille-selection"] == "Grilles de sélection"


def test_the_call_is_printed_with_its_words_filled(tmp_path):
    result = pack(tmp_path, mayidess())
    assert [f.name for f in result.files] == ["appel-a-projets.pdf", "grilles-selection.pdf"]
    assert result.warnings == []
    reader = PdfReader(result.files[0])
    text = flat(" ".join(p.extract_text() for p in reader.pages))
    assert text.startswith("APESS 53") and "Appel à candidatures" in text
    assert "Date limite de candidature : vendredi 18 décembre 2026" in text
    assert "parcours « May'IDÉSS 2027 »" in text and "(Pays de Meslay-Grez, Mayenne)" in text
    assert "du mardi 5 janvier 2027 au mardi 26 janvier 2027" in text and "accueille 12 personnes" in text
    assert "Anne Morel, APESS 53, 06 12 34 56 78, anne.morel@example.org" in text
    assert "{" not in text and "# " not in text
    assert "Motivation et disponibilité" in text and "Total 20" in text and "Salle des fêtes" in text
    assert "Réunion d'information" in text and "Comité de sélection" not in text
    assert reader.metadata.title == "Appel à candidatures – May'IDÉSS 2027"


def test_an_empty_call_prints_the_model_and_says_so(tmp_path):
    kit = mayidess(call=Call(kind=CallKind.PROJECTS), sessions=(), facilitator_uids=())
    warnings = [french(w) for w in preflight(kit, STRUCTURE, {"appel-a-projets", "grille-selection"})]
    assert any("modèle proposé par Tresse est imprimé" in w for w in warnings)
    assert any("date limite de candidature n'est pas renseignée" in w for w in warnings)
    assert any("critères proposés par Tresse" in w.lower() or "ceux proposés par Tresse" in w for w in warnings)
    result = pack(tmp_path, kit, IssuingStructure())
    text = flat(" ".join(p.extract_text() for p in PdfReader(result.files[0]).pages))
    assert "Appel à projets" in text and "Notre structure lance un appel à projets" in text
    assert "Date limite de candidature : à préciser" in text and "{" not in text


def test_a_deadline_after_the_last_session_is_worth_a_warning():
    kit = mayidess()
    kit = replace(kit, call=replace(kit.call, deadline=date(2027, 3, 1)))
    assert any("après la dernière séance" in french(w) for w in preflight(kit, STRUCTURE, {"appel-a-projets"}))


def test_a_grid_per_application_after_a_blank_one(tmp_path):
    kit = mayidess()
    kit = replace(kit, call=replace(kit.call, criteria=(Criterion("Utilité sociale", 8, "Le besoin"),
                                                        Criterion("Ancrage local", 12))))
    reader = PdfReader(pack(tmp_path, kit).files[1])
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert len(pages) == 3
    assert [o.title for o in reader.outline] == ["Grille vierge", "Marie Dupont", "Léa Roux"]
    assert "Marie Dupont" in pages[1] and "La Ressourcerie du Bocage" in pages[1]
    for page in pages:
        assert "Grille de sélection" in page and "Appel à candidatures – May'IDÉSS 2027" in page
        assert "/ 8" in page and "/ 12" in page and "/ 20" in page and "Signature" in page
        assert "Critères proposés par Tresse" not in page
    default = PdfReader(pack(tmp_path, mayidess(participants=())).files[1])
    assert len(default.pages) == 1 and "Critères proposés par Tresse" in flat(default.pages[0].extract_text())


def test_tresse_print_writes_the_call_and_the_grids(tmp_path):
    kit = tmp_path / "kit.tresse"
    assert main(["plan", "sprint", "--start", "2027-03-01", "-o", str(kit)]) == 0
    out = tmp_path / "pack"
    assert main(["print", str(kit), "-o", str(out), "--documents", "appel-a-projets,grille-selection"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["appel-a-projets.pdf", "grilles-selection.pdf"]
    text = flat(" ".join(p.extract_text() for p in PdfReader(out / "appel-a-projets.pdf").pages))
    assert "Appel à projets" in text and "Sprint, étape 1" in text
    assert "Comité de sélection" not in text  # the call announces the holders' sessions, not the committee's
