"""Search in the catalogue ignores accents and case, matches word starts, survives any input."""

from __future__ import annotations

import pytest

from desktop.storage.repositories import ONE_LETTER_WORDS, SEARCH_KINDS, CatalogueRepository, fts_query


@pytest.fixture
def repo(store):
    return CatalogueRepository(store)


def test_without_accents_finds_accented_words(repo):
    plain = repo.search("evaluation")
    accented = repo.search("Évaluation")
    assert plain["workshop"], "« evaluation » should find workshops speaking of « évaluation »"
    assert plain == accented
    assert repo.search("EVALUATION") == plain


def test_territory_and_operator(repo):
    assert "1" in repo.search("vendee")["experiment"]
    assert "8" in repo.search("Boischaut")["experiment"]
    assert "9" in repo.search("mayenne")["experiment"]


def test_prefix_and_several_words(repo):
    found = repo.search("gouvern")["workshop"]
    assert "otp-gouvernance" in found
    both = repo.search("gouvernance charte")["workshop"]
    assert both <= found


def test_no_words_means_no_filter(repo):
    assert repo.search("") is None
    assert repo.search("  ,;  ") is None


@pytest.mark.parametrize("text", ['"', "*", "AND (", "NEAR(", "a OR", "ç'est « là »", "'; DROP TABLE workshop; --",
                                  "^x", "col:umn", "\u0000"])
def test_hostile_queries_never_raise(repo, text):
    repo.search(text)
    assert repo.workshops()


def test_fts_query_quotes_every_word():
    assert fts_query("Élus  d'Ardèche") == '"elus"* "d"* "ardeche"*'


def test_template_matching_ignores_case_accents_apostrophes_and_guillemets(repo):
    for name in ("mayidess", "MAY’IDÉSS", "may'idess", "« May'IDÉSS »"):
        assert repo.template_by_name(name).id == "mayidess", name
    assert repo.template_by_name("« outille ton projet »").id == "outille-ton-projet"
    assert repo.template_by_name("premiers pas").id == "premiers-pas"
    assert repo.template_by_name("inconnu") is None


def test_answers_follow_the_library_as_it_is_written(repo, store):
    """The index's map and the short prefixes' answers are read again once a workshop is saved or removed, even
    when a new entry takes the rowid of a removed one."""
    from dataclasses import replace

    base = repo.workshops()[0]
    first = replace(base, id="user-zanzibar", title="Zanzibar", origin="user")
    second = replace(base, id="user-zygomar", title="Zygomar", origin="user")
    assert "user-zanzibar" not in repo.search("z")["workshop"]
    with store.transaction() as conn:
        CatalogueRepository.write_user_workshop(conn, first, "2026-11-23T10:00:00")
    assert "user-zanzibar" in repo.search("z")["workshop"] and "user-zanzibar" in repo.search("zanz")["workshop"]
    with store.transaction() as conn:
        CatalogueRepository.remove_user_workshop(conn, first.id)
        CatalogueRepository.write_user_workshop(conn, second, "2026-11-23T10:01:00")
    found = repo.search("z")["workshop"]
    assert "user-zanzibar" not in found and "user-zygomar" in found
    assert repo.search("zyg")["workshop"] == {"user-zygomar"}


def test_a_step_8_database_gets_the_prefix_index_and_the_same_answers(tmp_path):
    """Schema step 9 builds the search index again with prefix indexes: same rows, same rowids, same answers."""
    from dataclasses import replace

    from desktop.sources.catalogue import read_catalogue
    from desktop.storage.catalogue import install_catalogue
    from desktop.storage.db import Database
    from desktop.storage.migrations import MIGRATIONS, migrate

    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrate(db, MIGRATIONS[:8])
    install_catalogue(db, read_catalogue())
    old = CatalogueRepository(db)
    mine = replace(old.workshops()[0], id="user-zanzibar", title="Zanzibar en Ardèche", origin="user")
    with db.transaction() as conn:
        CatalogueRepository.write_user_workshop(conn, mine, "2026-11-23T10:00:00")
    words = ("a", "e", "z", "ga", "ev", "gou", "Ard", "évaluation", "gouvernance charte", "modèle", "zanz", "x y")
    before = {w: old.search(w) for w in words}
    rows = db.query("SELECT rowid, kind, ref, title, body FROM catalogue_fts ORDER BY rowid")
    db.close()

    db = Database(path)
    assert migrate(db) == len(MIGRATIONS) - 8
    sql = db.query("SELECT sql FROM sqlite_master WHERE name = 'catalogue_fts'")[0][0]
    assert "prefix = '1 2 3'" in sql
    assert [tuple(r) for r in db.query("SELECT rowid, kind, ref, title, body FROM catalogue_fts ORDER BY rowid")] \
        == [tuple(r) for r in rows]
    new = CatalogueRepository(db)
    assert {w: new.search(w) for w in words} == before
    assert "user-zanzibar" in before["z"]["workshop"]
    assert db.query("PRAGMA integrity_check")[0][0] == "ok"
    db.close()


def _asked_of_the_index(db, text: str) -> dict[str, set[str]]:
    """The refs matching *text*, read from the index's own columns (what the search map stands for)."""
    found = {kind: set() for kind in SEARCH_KINDS}
    for kind, ref in db.query("SELECT kind, ref FROM catalogue_fts WHERE catalogue_fts MATCH ?", (fts_query(text),)):
        found[kind].add(ref)
    return found


def _same_answers(repo, db, texts) -> None:
    repo.prepare_search()
    for text in texts:
        assert repo.search(text) == _asked_of_the_index(db, text), text


def test_every_one_letter_word_is_answered_beforehand_as_the_index_answers(repo, store):
    repo.prepare_search()
    assert {q.strip('"*') for q in repo._short} == set(ONE_LETTER_WORDS)  # before any keystroke
    _same_answers(repo, store, [*ONE_LETTER_WORDS, "É", "g", "go", "gou", "ardèche", "mod ét", "zzz", "œ"])


def test_a_generated_library_gets_the_same_answers_as_its_index(tmp_path):
    from bench.generate import build_store
    from desktop import paths
    from desktop.storage.store import open_store

    build_store(tmp_path / "data", kits=0, sessions_per_kit=0, library=300)
    db = open_store(tmp_path / "data" / paths.DB_FILENAME)
    try:
        repo = CatalogueRepository(db)
        _same_answers(repo, db, [*ONE_LETTER_WORDS, "e", "ec", "éco", "écosystème", "pi", "pitch", "bilan ard"])
        assert len(repo.search("e")["workshop"]) > 300  # the generated workshops are found, with the bundled ones
    finally:
        db.close()
