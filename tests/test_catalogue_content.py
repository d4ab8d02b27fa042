"""The catalogue's content: only the source's words are printed as the source's, every experiment has a kit
template whose workshops exist and add up, and the content guide's conventions hold everywhere.

The source text (``tests/source/tressons-avise.txt``) is a copy of the Avise document the experiments are
transcribed from; it is kept for these tests only and is not shipped with the application.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.domain.text import fold
from desktop.domain.vocabulary import DAY_MAX_MINUTES
from desktop.sources.catalogue import quoted_facts, read_catalogue, source_note

SOURCE = Path(__file__).parent / "source" / "tressons-avise.txt"


def folded(text: str) -> str:
    """Fold case, accents, apostrophes, guillemets and spaces; the source's bold marks (**) are layout, not text."""
    return fold(text.replace("**", "").replace("\u00a0", " "))


@pytest.fixture(scope="module")
def catalogue():
    return read_catalogue()


@pytest.fixture(scope="module")
def source_text() -> str:
    return folded(SOURCE.read_text(encoding="utf-8"))


def test_every_quotation_of_the_source_is_in_the_source(source_text):
    facts = quoted_facts()
    assert len(facts) >= 40
    missing = [(file, where, fact) for file, where, fact in facts if folded(fact) not in source_text]
    assert not missing, "\n".join(f"{f} {w}: « {q} »" for f, w, q in missing)


def test_a_source_workshop_quotes_what_the_source_says_of_it(catalogue):
    for w in catalogue.workshops:
        if w.origin == "source":
            assert w.source_note and w.experiments, w.id
    for t in catalogue.templates:
        if t.origin == "source":
            assert t.source_note, t.id


def test_the_source_note_is_only_quotations(catalogue):
    """What is printed as the document's is built from the quotations alone, nothing of ours in between."""
    facts: dict[tuple[str, str], list[str]] = {}
    for _file, where, fact in quoted_facts():
        facts.setdefault((where.split("[")[0], where.split("(")[-1].rstrip(")")), []).append(fact)
    for kind, items in (("workshop", catalogue.workshops), ("template", catalogue.templates)):
        for item in items:
            assert item.source_note == source_note(tuple(facts.get((kind, item.id), ()))), item.id


def test_the_cycle_itself_is_in_the_catalogue(catalogue, source_text):
    p = catalogue.programme
    assert p is not None and p.title == "Le cycle TRESSONS"
    assert len(p.aims) == 2 and len(p.characteristics) == 4
    assert "zones" in p.introduction and "blanches" in p.introduction
    for text in (p.introduction, p.objective, *p.aims):
        assert folded(text) in source_text, text


def test_lost_structure_is_kept(catalogue):
    by_number = {e.number: e for e in catalogue.experiments}
    four = by_number[4]
    assert four.period == ("Novembre", "Décembre", "Janvier")
    assert four.milestones == ("Réunion d'information", "RDV porteurs de projet", "Visite apprenante",
                               "Formation accompagnateurs", "RDV de bilan/perspectives avec groupe LEADER",
                               "Rédaction du bilan de l'expérimentation")
    assert four.calendar == ()
    nine = by_number[9]
    assert len(nine.components) == 4 and fold(nine.components[0]).startswith("un guichet unique")
    assert not set(nine.components) & set(nine.sub_objectives)
    assert by_number[10].partners == () and any("Coopérative d'activité et d'emploi" in c
                                                   for c in by_number[10].corrections)
    assert by_number[6].territory == "Communauté de communes Ouest Aveyron Communauté"
    assert not any("Ouest Aveyron" in c for c in by_number[6].corrections)


# -- templates -------------------------------------------------------------------------------------------


def test_every_experiment_has_a_template(catalogue):
    covered = {t.experiment for t in catalogue.templates}
    assert covered >= set(range(1, 11))
    assert len(catalogue.templates) >= 11


def test_appointments_seat_every_participant(catalogue):
    """An appointment half-day seats (its length ÷ the slot length) people; a template plans enough of them."""
    by_id = {w.id: w for w in catalogue.workshops}
    for t in catalogue.templates:
        slots = sum(by_id[w].duration_minutes // 60 for w in t.workshop_ids if by_id[w].format == "rdv")
        if slots:
            assert slots >= t.capacity, (t.id, slots, t.capacity)
            assert "rendez-vous" in t.description, t.id


def test_the_fixed_templates(catalogue):
    names = {t.id: t for t in catalogue.templates}
    sprint = names["sprint"].workshop_ids
    assert sprint[0] == "sprint-formation-action" and "sprint-facilitation" in sprint
    for wanted in ("appel-a-projets-lancer", "co-facilitation-prototypage", "bilan-competences-equipe"):
        assert wanted in sprint, wanted
    may = names["mayidess"].workshop_ids
    assert may[0] == "appel-a-candidatures" and "rdv-individuels-journee" in may and may[-1] == "mayidess-pitch-final"
    advisers = [t for t in catalogue.templates if t.experiment == 7 and t.id != "premiers-pas"]
    assert advisers and advisers[0].workshop_ids == (
        "echange-pratiques-accompagnateurs", "socle-commun-premiers-pas", "presenter-kit-acteurs-locaux")


def test_the_pitch_day_seats_the_projects(catalogue):
    """Twelve minutes a project (our format, said in the workshop): the pitch segments hold the template's projects."""
    may = next(t for t in catalogue.templates if t.id == "mayidess")
    final = catalogue.workshop(may.workshop_ids[-1])
    assert sum(s.minutes for s in final.segments if s.kind == "pitch") >= may.capacity * 12


def test_every_template_names_existing_workshops_that_add_up(catalogue):
    by_id = {w.id: w for w in catalogue.workshops}
    for t in catalogue.templates:
        assert t.workshop_ids, t.id
        for wid in t.workshop_ids:
            w = by_id[wid]
            assert w.outline_minutes == w.duration_minutes <= DAY_MAX_MINUTES, (t.id, wid)
        assert t.description and t.capacity > 0, t.id
        assert t.experiment in [e.number for e in catalogue.experiments], t.id


def test_two_day_formats_are_two_full_days_on_consecutive_days(catalogue):
    by_id = {w.id: w for w in catalogue.workshops}
    for t in catalogue.templates:
        ids = list(t.workshop_ids)
        for first, second in zip(ids, ids[1:]):
            if first.endswith("-jour-1"):
                assert second == first.removesuffix("-1") + "-2", t.id
                assert by_id[first].duration_minutes == by_id[second].duration_minutes == 360, t.id
                assert t.spacing_days == 1 and "jours consécutifs" in t.description, t.id


# -- the content guide's conventions ---------------------------------------------------------------------


def _all_texts(w) -> list[str]:
    return [w.title, w.summary, *w.objectives, *w.key_points, *w.worksheet, *w.resources, *w.materials,
            *(s.title for s in w.segments), *(s.description for s in w.segments)]


def test_at_least_sixty_complete_workshops(catalogue):
    assert len(catalogue.workshops) >= 60
    for w in catalogue.workshops:
        assert 3 <= len(w.objectives) <= 4 and 4 <= len(w.key_points) <= 7, w.id
        assert 4 <= len(w.worksheet) <= 6 and w.resources and w.materials, w.id


def test_objectives_have_no_final_full_stop(catalogue):
    for w in catalogue.workshops:
        for o in w.objectives:
            assert not o.endswith("."), (w.id, o)


def test_pause_segments(catalogue):
    for w in catalogue.workshops:
        for s in w.segments:
            if s.kind == "pause":
                assert s.title == "Pause", (w.id, s.title)
                assert fold(s.description).strip(" .") not in ("pause", "pause cafe"), w.id


def test_house_spellings(catalogue):
    for w in catalogue.workshops:
        for text in _all_texts(w):
            assert not re.search(r"\bSCOP\b|\bSCIC\b|\bURSCOP\b|\bScoP\b", text), (w.id, text)
            assert not re.search(r"\bl'animat(eur|rice)\b(?! ou)", re.sub("l'animatrice ou l'animateur", "", text, flags=re.I)), \
                (w.id, text)
            assert "http" not in text and "www." not in text, (w.id, text)


def test_a_segment_with_a_guest_says_what_to_do_without_one(catalogue):
    for w in catalogue.workshops:
        for s in w.segments:
            if s.kind == "temoignage":
                assert re.search(r"\bSi |[Àà] défaut",
                                 s.description), (w.id, s.title)


def test_the_handout_says_what_is_whose(catalogue):
    from dataclasses import replace

    from desktop.printing.handout import origin_line

    visit = catalogue.workshop("visite-apprenante")
    assert fold(origin_line(visit)) == fold(
        "Séance prévue par les expérimentations n° 3, 4, 6, 8 et 10 ; déroulé proposé par Tresse")
    for w in catalogue.workshops:
        line = origin_line(w)
        assert "Issu" not in line
        if w.origin == "source":
            assert line.startswith("Séance prévue par") and line.endswith("déroulé proposé par Tresse"), w.id
        else:
            assert line.startswith("Proposé par Tresse d'après"), w.id
    assert origin_line(replace(visit, origin="user")) == ""
