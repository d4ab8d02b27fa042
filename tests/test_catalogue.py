"""The bundled catalogue: complete, faithful to the source's shape, and checked field by field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import paths
from desktop.sources.catalogue import CatalogueSourceError, read_catalogue
from desktop.storage.catalogue import install_catalogue
from desktop.storage.repositories import CatalogueRepository

OPERATORS = ["Pôle ESS Vendée", "Ronalpia", "AMESUD", "CRESS Pays de la Loire", "makesense",
             "Université rurale Quercy Rouergue (URQR)", "ATIS", "ADAR-CIVAM", "APESS 53",
             "Coopérer pour Entreprendre"]


@pytest.fixture(scope="module")
def catalogue():
    return read_catalogue()


def test_ten_experiments_in_order_with_their_operators(catalogue):
    assert [e.number for e in catalogue.experiments] == list(range(1, 11))
    assert [e.operator.name for e in catalogue.experiments] == OPERATORS


def test_no_empty_field_where_the_source_has_one(catalogue):
    for e in catalogue.experiments:
        for name in ("title", "territory", "region"):
            assert getattr(e, name), (e.number, name)
        assert e.operator.presentation and e.operator.missions, e.number
        assert e.contact.person and e.contact.role and e.contact.website, e.number
        assert e.actions and e.impacts, e.number
        assert e.objective or e.sub_objectives, e.number
    by_number = {e.number: e for e in catalogue.experiments}
    assert by_number[1].contact.email == "nclaude@pole-ess-vendee.com"
    assert [e.number for e in catalogue.experiments if e.contact.email] == [1]
    assert by_number[2].communes == ("Annonay", "Sarras", "Saint-Félicien", "Tournon-sur-Rhône")
    assert by_number[9].calendar and by_number[8].calendar


def test_geography_derived_from_the_territory(catalogue):
    geo = {e.number: (e.region, e.departement) for e in catalogue.experiments}
    assert geo[1] == ("Pays de la Loire", "Vendée")
    assert geo[2] == ("Auvergne-Rhône-Alpes", "Ardèche")
    assert geo[4] == ("Pays de la Loire", "Loire-Atlantique")
    assert geo[5] == ("Île-de-France", "")
    assert geo[7] == ("Nouvelle-Aquitaine", "")
    assert geo[8] == ("Centre-Val de Loire", "Indre")
    assert geo[9] == ("Pays de la Loire", "Mayenne")


def test_source_slips_are_corrected_and_noted(catalogue):
    by_number = {e.number: e for e in catalogue.experiments}
    assert "Vignoble" in by_number[4].title and "VIGNOLE" not in by_number[4].title
    assert all(not a.startswith("Après") for a in by_number[4].actions)
    assert "Boischaut Sud" in by_number[8].title
    assert "Boischaud" not in by_number[8].operator.presentation
    assert "AGRIRURaux" not in by_number[6].title
    for n in (4, 6, 8):
        assert by_number[n].corrections, n


def test_workshop_library(catalogue):
    workshops = catalogue.workshops
    assert len(workshops) >= 30
    for w in workshops:
        assert w.outline_minutes == w.duration_minutes, w.id
        assert 3 <= len(w.objectives) <= 4, w.id
        assert w.key_points and w.worksheet and w.materials, w.id
        assert w.experiments, w.id
        if w.duration_minutes > 240:
            morning, total = 0, 0
            for s in w.segments:
                total += s.minutes
                if total == 180:
                    morning = total
            assert morning == 180, f"{w.id}: no segment boundary at the end of the morning"
    ids = {w.id for w in workshops}
    for wanted in ("otp-charte-sociale", "otp-gouvernance", "otp-modele-economique", "otp-mesure-impact",
                   "mayidess-entreprendre-ess", "mayidess-comptabilite", "mayidess-financement",
                   "mayidess-formes-juridiques", "mayidess-pitch", "mayidess-pitch-final", "visite-apprenante",
                   "formation-accompagnateurs", "rencontre-inspirante", "reunion-information", "rdv-individuel",
                   "diagnostic-participatif", "ess-si-on-en-parlait", "sprint-formation-action"):
        assert wanted in ids
    assert {w.origin for w in workshops} == {"source", "tresse"}


def test_templates_name_existing_workshops_in_order(catalogue):
    names = {t.name: t for t in catalogue.templates}
    assert {"Outille ton projet", "Premiers Pas", "Sprint", "May'IDÉSS"} <= set(names)
    assert len(names) == 12
    assert names["Outille ton projet"].workshop_ids == (
        "otp-charte-sociale", "otp-gouvernance", "otp-modele-economique", "otp-mesure-impact")
    ids = {w.id for w in catalogue.workshops}
    for t in catalogue.templates:
        assert set(t.workshop_ids) <= ids


def test_installed_once_and_refreshed_when_the_sources_change(store, tmp_path, monkeypatch):
    repo = CatalogueRepository(store)
    assert len(repo.experiments()) == 10
    assert install_catalogue(store, read_catalogue()) is False
    copy = tmp_path / "copy"
    shutil.copytree(paths.data_dir(), copy)
    source = (copy / "templates.toml").read_text(encoding="utf-8")
    (copy / "templates.toml").write_text(source.replace('name = "Sprint"', 'name = "Sprint rural"'), encoding="utf-8")
    assert install_catalogue(store, read_catalogue(copy)) is True
    assert repo.template_by_name("sprint rural") is not None
    assert len(repo.workshops()) == len(read_catalogue().workshops)


def test_a_start_parses_the_sources_only_when_they_changed(tmp_path, monkeypatch):
    from desktop.storage import store as store_module

    parsed = []

    def counting(root=None):
        parsed.append(root)
        return read_catalogue(root)

    copy = tmp_path / "sources"
    shutil.copytree(paths.data_dir(), copy)
    monkeypatch.setattr(paths, "data_dir", lambda: copy)
    monkeypatch.setattr(store_module, "read_catalogue", counting)
    database = tmp_path / "tresse.sqlite3"
    store_module.open_store(database).close()
    assert len(parsed) == 1  # a new database: installed
    store_module.open_store(database).close()
    assert len(parsed) == 1  # the same sources: nothing parsed
    edit(copy / "templates.toml", 'name = "Sprint"', 'name = "Sprint rural"')
    db = store_module.open_store(database)
    try:
        assert len(parsed) == 2  # one source changed: parsed and installed again
        assert CatalogueRepository(db).template_by_name("sprint rural") is not None
    finally:
        db.close()
    store_module.open_store(database).close()
    assert len(parsed) == 2


# -- broken sources fail with the file and the field -------------------------------------------------------


@pytest.fixture
def broken(tmp_path) -> Path:
    copy = tmp_path / "data-copy"
    shutil.copytree(paths.data_dir(), copy)
    return copy


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_malformed_toml_names_the_file(broken):
    (broken / "experiments.toml").write_text("[[experiment]]\nnumber = = 1\n", encoding="utf-8")
    with pytest.raises(CatalogueSourceError) as info:
        read_catalogue(broken)
    assert "experiments.toml" in str(info.value) and "TOML" in str(info.value)


def test_template_naming_a_missing_workshop(broken):
    edit(broken / "templates.toml", '"otp-gouvernance"', '"otp-inexistant"')
    with pytest.raises(CatalogueSourceError) as info:
        read_catalogue(broken)
    assert info.value.field == "template[0].workshops[1]"
    assert "templates.toml" in str(info.value) and "otp-inexistant" in str(info.value)


def test_outline_not_summing_to_the_duration(broken):
    file = next((broken / "workshops").glob("*.toml"))
    edit(file, "duration_minutes = 180", "duration_minutes = 185")
    with pytest.raises(CatalogueSourceError) as info:
        read_catalogue(broken)
    assert file.name in str(info.value) and info.value.field.endswith(".segment")


def test_unknown_format_and_missing_field(broken):
    file = next((broken / "workshops").glob("*.toml"))
    edit(file, 'format = "', 'format = "zz')
    with pytest.raises(CatalogueSourceError) as info:
        read_catalogue(broken)
    assert info.value.field.endswith(".format")
    shutil.copy(paths.data_dir() / "workshops" / file.name, file)
    edit(broken / "experiments.toml", 'region = "Pays de la Loire"', 'regionx = "Pays de la Loire"')
    with pytest.raises(CatalogueSourceError) as info:
        read_catalogue(broken)
    assert info.value.field == "experiment[0].region"


def test_the_compiled_catalogue_holds_exactly_what_the_toml_says():
    """data/compiled.json, read at a first start instead of the TOML, is the TOML's own tables (run
    ``python scripts/compile_catalogue.py`` after editing data/)."""
    import json
    import tomllib

    from desktop.sources.catalogue import COMPILED, digest, source_files

    root = paths.data_dir()
    compiled = json.loads((root / COMPILED).read_text(encoding="utf-8"))
    files = source_files(root)
    assert compiled["digest"] == digest(files), "data/compiled.json is stale: run scripts/compile_catalogue.py"
    assert sorted(compiled["files"]) == sorted(f.relative_to(root).as_posix() for f in files)
    for f in files:
        with f.open("rb") as fh:
            assert compiled["files"][f.relative_to(root).as_posix()] == tomllib.load(fh), f.name


def test_the_compiled_catalogue_is_read_only_when_it_is_that_of_the_sources(tmp_path, monkeypatch):
    from desktop.sources import catalogue as sources

    copy = tmp_path / "sources"
    shutil.copytree(paths.data_dir(), copy)
    parsed = []
    load = sources._load_toml
    monkeypatch.setattr(sources, "_load_toml", lambda f: parsed.append(f.name) or load(f))
    assert read_catalogue(copy) == read_catalogue(paths.data_dir())
    assert parsed == []  # the JSON, not the TOML
    edit(copy / "templates.toml", 'name = "Sprint"', 'name = "Sprint rural"')  # edited, not compiled again
    edited = read_catalogue(copy)
    assert "templates.toml" in parsed and any(t.name == "Sprint rural" for t in edited.templates)
    parsed.clear()
    (copy / sources.COMPILED).write_text("{not json", encoding="utf-8")  # damaged: the TOML too
    assert any(t.name == "Sprint rural" for t in read_catalogue(copy).templates) and parsed
    (copy / sources.COMPILED).unlink()
    assert any(t.name == "Sprint rural" for t in read_catalogue(copy).templates)
