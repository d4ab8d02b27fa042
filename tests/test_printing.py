"""The print pack, read back with pypdf: the right files, in A4, with the bundled font embedded, the names, titles and
French dates printed, the attendance rate right, hostile text printed verbatim, and no half-written PDF left behind.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.catalogue import Segment, Workshop
from desktop.domain.kit import (
    Attendance, Evaluation, Facilitator, HalfDay, IssuingStructure, Kit, KitWorkshop, Participant, Presence, Session,
    SessionStatus, Venue,
)
from desktop.domain.hours import person_hours
from desktop.domain.wording import french
from desktop.printing.evaluation import averages
from desktop.printing import pack as pack_module
from desktop.printing.pack import DOCUMENTS, FILE_NAMES, PackResult, PrintCancelled, UnknownDocuments

A4 = (595.28, 841.89)


def said(result) -> list[str]:
    """The warnings of a pack run in French, with plain spaces."""
    return [french(w).replace("\u00a0", " ") for w in result.warnings]


NAMES = [  # (last, first, organisation, commune)
    ("Dupont", "Marie", "Les Jardins d'Annonay", "Annonay"),
    ("Lefèvre", "Hélène", "Épicerie solidaire", "Sarras"),
    ("Nguyen", "Thi Ánh", "Coopérative Ânes & Co", "Tournon-sur-Rhône"),
    ("Παπαδόπουλος", "Αλέξανδρος", "Κοινότητα", ""),
    ("Смирнова", "Наталья", "Мастерская", "Saint-Félicien"),
    ("Œuvray", "Noël", "Association Cœur de village", ""),
    ("Bernard", "Zoé", "", ""),
    ("Çelik", "Ayşe", "SCIC Bocage", ""),
    ("Martin", "Jean-François", "Tiers-lieu La Forge", ""),
    ("Roux", "Élodie", "CAE Ardèche", ""),
    ("Garnier", "Loïc", "", ""),
    ("Ibáñez", "Íñigo", "La Ruche à projets", ""),
]


def workshop(n: int, title: str, minutes: int = 180) -> Workshop:
    return Workshop(
        id=f"w{n}", title=title, format="atelier", audience=("porteurs",), duration_minutes=minutes,
        origin="tresse" if n % 2 else "source", experiments=(2,) if n < 3 else (7, 9),
        summary="Un atelier pour avancer sur votre projet, à plusieurs.",
        objectives=("Formuler la finalité sociale de son projet", "Choisir une gouvernance adaptée"),
        key_points=("La loi du 31 juillet 2014 définit l'économie sociale et solidaire.",),
        worksheet=("Quelle situation vous donne envie d'agir ?", "Avec qui allez-vous relire votre charte ?"),
        resources=("La CRESS de votre région", "Le Dispositif local d'accompagnement (DLA)"),
        materials=("Paperboard et feutres",),
        segments=(Segment("accueil", "Accueil et tour de table", 15), Segment("apport", "Apport", minutes - 45),
                  Segment("synthese", "Synthèse et évaluation", 30, "Tour de table.")),
    )


VENUES = (Venue("v1", "Salle des fêtes de Sarras", "2 place de la Mairie", "07370 Sarras", 40, step_free=True,
                parking=True, mobile_coverage=False, equipment="Vidéoprojecteur",
                access_notes="Entrée par la cour, à côté de la mairie."),
          Venue("v2", "Tiers-lieu La Forge", "14 rue des Forges", "07300 Tournon-sur-Rhône", wifi=True))
TEAM = (Facilitator("f1", "Camille Rocher", phone="06 12 34 56 78", organisation="Ronalpia"),
        Facilitator("f2", "Yannick Faure"))


def build_pack(kit, structure, out_dir, **options):
    """The pack of *kit* with this file's venues and team as the shared records (unless a test gives others)."""
    options.setdefault("venues", VENUES)
    options.setdefault("facilitators", TEAM)
    return pack_module.build_pack(kit, structure, out_dir, **options)


def make_kit(**changes) -> Kit:
    """A 4-session cycle (one full day), 12 participants, attendance and evaluations; one cancelled session."""
    titles = ["Charte sociale : poser les valeurs de son projet", "Gouvernance : qui décide, et comment",
              "Modèle économique : hybrider ses ressources", "Mesure d'impact : montrer ce que change son projet"]
    workshops = tuple(KitWorkshop(f"kw{i}", workshop(i, title, 420 if i == 1 else 180))
                      for i, title in enumerate(titles))
    people = tuple(Participant(f"p{i}", last, first, organisation, commune)
                   for i, (last, first, organisation, commune) in enumerate(NAMES))
    sessions = (
        Session("s1", "kw0", date(2027, 1, 12), time(9, 30), time(12, 30), "v1", ("f1",), SessionStatus.HELD),
        Session("s2", "kw1", date(2027, 1, 19), time(9), time(17), "v2", ("f1", "f2"), SessionStatus.HELD,
                lunch_start=time(12, 30), lunch_end=time(13, 30)),
        Session("s3", "kw2", date(2027, 2, 1), time(14), time(17), "v1", ("f2",), SessionStatus.CONFIRMED),
        Session("s4", "kw3", date(2027, 2, 9), time(9), time(12), "v2", (), SessionStatus.PENCILLED),
        Session("s5", "kw3", date(2027, 3, 2), time(9), time(12), "v2", (), SessionStatus.CANCELLED),
    )
    attendances = []
    for i, p in enumerate(people[:-1]):  # the last person never came
        attendances.append(Attendance("s1", p.uid, HalfDay.MORNING, Presence.PRESENT))
        attendances.append(Attendance("s2", p.uid, HalfDay.MORNING, Presence.PRESENT))
        attendances.append(Attendance("s2", p.uid, HalfDay.AFTERNOON, Presence.EXCUSED if i == 0 else Presence.PRESENT))
    evaluations = [Evaluation("s1", f"p{i}", (("objectifs", 3 + i % 2), ("contenu", 4), ("animation", 2)),
                              "Très utile ; merci !" if i == 0 else "") for i in range(4)]
    evaluations.append(Evaluation("s2", "p0", (("objectifs", 4),), "Une journée dense."))
    kit = Kit("k1", "Outille ton projet – Ardèche 2027", territory="Nord Ardèche", departement="Ardèche",
              audience=("porteurs",), facilitator_uids=("f1", "f2"),
              funders_mention="Avec le soutien de la Région Auvergne-Rhône-Alpes.", workshops=workshops,
              participants=people, sessions=sessions, attendances=tuple(attendances),
              evaluations=tuple(evaluations))
    return replace(kit, **changes)


STRUCTURE = IssuingStructure(name="Ronalpia", address="12 rue de la République\n07100 Annonay",
                             signatory_name="Claire Dumas", signatory_role="directrice")


def flat(text: str) -> str:
    """Extracted text with one kind of space and apostrophe, spaces collapsed."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text)


def squeezed(text: str) -> str:
    """Extracted text without any whitespace (long words are cut across lines)."""
    return re.sub(r"\s+", "", flat(text))


def pages(path: Path) -> list[str]:
    return [flat(p.extract_text()) for p in PdfReader(path).pages]


def text_of(path: Path) -> str:
    return " ".join(pages(path))


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> tuple[Path, PackResult]:
    out = tmp_path_factory.mktemp("pack")
    return out, build_pack(make_kit(), STRUCTURE, out, today=date(2027, 3, 1))


def doc(pack, key: str) -> Path:
    return pack[0] / FILE_NAMES[key]


# -- the pack as a whole ------------------------------------------------------------------------------------


def test_one_pdf_per_document_under_fixed_names(pack):
    out, result = pack
    assert list(DOCUMENTS) == list(FILE_NAMES) == [
        "programme", "livrets", "fiches-animation", "emargement", "emargement-vierge", "attestations",
        "certificat-realisation",
        "evaluation",
        "evaluation-resultats", "convocations", "chevalets", "cartes", "appel-a-projets", "grille-selection"]
    assert result.files == [out / FILE_NAMES[k] for k in DOCUMENTS]
    assert sorted(p.name for p in out.iterdir()) == sorted(FILE_NAMES.values())


def test_pages_are_a4_and_metadata_is_set(pack):
    for key in DOCUMENTS:
        reader = PdfReader(doc(pack, key))
        assert len(reader.pages) >= 1, key
        for page in reader.pages:
            size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
            assert size == pytest.approx(sorted(A4), abs=0.5), key
        meta = reader.metadata
        assert meta.title.startswith(DOCUMENTS[key]) and "Outille ton projet" in meta.title, key
        assert meta.author == "Ronalpia", key
        assert "Outille ton projet" in meta.subject, key
    landscape = PdfReader(doc(pack, "chevalets")).pages[0].mediabox
    assert float(landscape.width) > float(landscape.height)


def test_every_font_is_embedded_dejavu(pack):
    for key in DOCUMENTS:
        for page in PdfReader(doc(pack, key)).pages:
            fonts = page["/Resources"]["/Font"]
            for name in fonts:
                font = fonts[name].get_object()
                assert "DejaVuSans" in font["/BaseFont"], (key, font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), (key, font["/BaseFont"])


def test_names_titles_and_french_dates_are_printed(pack):
    programme = text_of(doc(pack, "programme"))
    for expected in ("mardi 12 janvier 2027", "lundi 1er février 2027", "de 9 h 30 à 12 h 30",
                     "de 9 h à 17 h", "pause déjeuner de 12 h 30 à 13 h 30", "Salle des fêtes de Sarras",
                     "Gouvernance : qui décide, et comment", "Camille Rocher", "date à confirmer",
                     "Formuler la finalité sociale de son projet", "Accès de plain-pied", "Avec le soutien"):
        assert expected in programme, expected
    assert "2 mars 2027" not in programme  # the cancelled session
    sheets = text_of(doc(pack, "emargement"))
    for last, first, organisation, _ in NAMES:
        assert f"{last} {first}" in sheets, last
        if organisation:
            assert organisation in sheets, organisation
    for key in ("convocations", "chevalets"):
        text = text_of(doc(pack, key))
        for last, first, _, _ in NAMES:
            assert f"{first} {last}" in text, (key, last)


def test_handout_sections_and_origin(pack):
    text = text_of(doc(pack, "livrets"))
    for heading in ("Objectifs", "Déroulé", "L'essentiel", "À vous de jouer", "Pour aller plus loin"):
        assert text.count(heading) == 4, heading
    assert "Séance prévue par l'expérimentation n° 2 ; déroulé proposé par Tresse" in text
    assert "Issu du document" not in text
    assert "Proposé par Tresse d'après l'expérimentation n° 2" in text
    assert "Proposé par Tresse d'après les expérimentations n° 7 et 9" in text
    assert "Durée : 7 h" in text and "Séance : mardi 19 janvier 2027" in text


def test_page_numbers_count_within_each_document(pack):
    sheets = pages(doc(pack, "emargement"))
    assert len(sheets) == 4  # one page per session, cancelled one left out
    assert all("page 1 / 1" in page for page in sheets)
    handouts = pages(doc(pack, "livrets"))
    numbers = [tuple(int(n) for n in re.search(r"page (\d+) / (\d+)", page).groups()) for page in handouts]
    per_handout = len(handouts) // 4
    assert numbers == [(n, per_handout) for n in range(1, per_handout + 1)] * 4
    assert all("Ronalpia" in page and "Livrets participants" in page for page in handouts)


def test_each_document_of_a_file_has_its_bookmark(pack):
    reader = PdfReader(doc(pack, "attestations"))
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert marks[:3] == [("Zoé Bernard", 0), ("Ayşe Çelik", 1), ("Marie Dupont", 2)]
    assert reader.page_mode == "/UseOutlines"


def test_parsing_cache_changes_nothing(tmp_path, monkeypatch):
    from desktop.printing.styles import styles

    build_pack(make_kit(), STRUCTURE, tmp_path / "cached", documents={"convocations"})
    monkeypatch.setattr(styles(), "shared_ids", frozenset())
    build_pack(make_kit(), STRUCTURE, tmp_path / "parsed", documents={"convocations"})
    assert pages(tmp_path / "cached" / "convocations.pdf") == pages(tmp_path / "parsed" / "convocations.pdf")


def test_signature_columns_follow_the_half_days_with_their_times(pack):
    half_day, full_day = pages(doc(pack, "emargement"))[:2]
    assert "Matin (3 h) 9 h 30 – 12 h 30" in half_day and "Après-midi" not in half_day
    assert "Matin (3 h 30) 9 h – 12 h 30" in full_day and "Après-midi (3 h 30) 13 h 30 – 17 h" in full_day
    assert "mardi 19 janvier 2027 · 7 h" in full_day
    assert "Signature de l'animation" in full_day
    for box in ("Camille Rocher matin", "Camille Rocher après-midi", "Yannick Faure matin",
                "Yannick Faure après-midi"):
        assert box in full_day, box
    assert "Yannick" not in half_day
    blank = text_of(doc(pack, "emargement-vierge"))
    assert "Feuille d'émargement" in blank and "Matin" in blank and "Après-midi" in blank
    assert "Dupont" not in blank and "14" in blank


def test_absences_typed_in_print_in_their_box(pack):
    full_day = pages(doc(pack, "emargement"))[1]
    assert full_day.count("Excusé·e") == 1 + 1  # Marie Dupont's afternoon, and the legend
    assert "Nombre de personnes présentes" in full_day


def long_names_kit(count: int) -> Kit:
    people = tuple(Participant(f"q{i:02d}", f"Delacroix-Montgolfier {i:02d}", "Marie-Thérèse",
                               "Coopérative d'activité et d'emploi Ardèche Drôme")
                   for i in range(count))
    return make_kit(participants=people, attendances=(), evaluations=())


def test_fourteen_long_names_fit_one_page_per_session(tmp_path):
    build_pack(long_names_kit(14), STRUCTURE, tmp_path, documents={"emargement"})
    sheets = pages(tmp_path / "feuilles-emargement.pdf")
    assert len(sheets) == 4
    assert all("Delacroix-Montgolfier 13" in page and "page 1 / 1" in page for page in sheets)


def test_every_page_of_a_long_sheet_is_complete(tmp_path):
    build_pack(long_names_kit(40), STRUCTURE, tmp_path, documents={"emargement"})
    sheets = pages(tmp_path / "feuilles-emargement.pdf")
    assert len(sheets) > 4
    dates = ("mardi 12 janvier 2027", "mardi 19 janvier 2027", "lundi 1er février 2027", "mardi 9 février 2027")
    for page in sheets:
        assert any(d in page for d in dates), page[:200]
        assert "Outille ton projet – Ardèche 2027" in page and "Ronalpia" in page
        assert "Signature de l'animation" in page and "Avec le soutien de la Région" in page
        assert "Salle des fêtes de Sarras" in page or "Tiers-lieu La Forge" in page
        assert re.search(r"Matin \(3 h( 30)?\)", page) or "Après-midi (3 h)" in page
    full_day = [page for page in sheets if "mardi 19 janvier 2027" in page]
    assert len(full_day) >= 2 and all("Yannick Faure après-midi" in page for page in full_day)
    assert "page 1 / 3" in full_day[0] and "(suite)" in full_day[1]
    everyone = " ".join(full_day)
    assert all(f"Delacroix-Montgolfier {i:02d}" in everyone for i in range(40))


def test_signature_boxes_are_at_least_40_by_12_mm():
    from reportlab.lib.units import mm

    from desktop.printing import attendance
    from desktop.printing.common import PrintContext

    ctx = PrintContext(kit=long_names_kit(14), structure=STRUCTURE)
    for session in ctx.sessions():
        table = attendance._roster(ctx, session, attendance._roster_rows(ctx, session), 1)
        table.wrap(attendance.CONTENT_WIDTH, attendance.FRAME_HEIGHT)
        halves = len(session.half_days)
        assert all(width >= 40 * mm - 0.01 for width in table._colWidths[-halves:])
        assert all(height >= 12 * mm - 0.01 for height in table._rowHeights[1:-1])


def test_attendance_counts_hours_of_held_sessions():
    kit = make_kit()
    marie = person_hours(kit, "p0")  # s1 morning (3 h), s2 morning (3 h 30), excused in the afternoon
    assert (marie.attended_minutes, marie.held_minutes, marie.planned_minutes) == (390, 600, 960)
    assert marie.rate == 65 and [s.uid for s, _ in marie.attended] == ["s1", "s2"]
    assert person_hours(kit, "p1").rate == 100
    assert person_hours(kit, "p11").missing and person_hours(kit, "p11").rate is None  # nothing entered
    nothing_held = make_kit(sessions=tuple(replace(s, status=SessionStatus.CONFIRMED) for s in make_kit().sessions))
    assert person_hours(nothing_held, "p0").rate is None


def test_certificates_in_hours_for_those_whose_presences_are_entered(pack):
    out, result = pack
    certificates = pages(doc(pack, "attestations"))
    assert len(certificates) == 11  # the twelfth person has no presence entered: refused, not « 0 % »
    marie = next(page for page in certificates if "Marie Dupont" in page)
    assert "Attestation de présence" in marie and "fin de formation" not in marie
    assert "Ronalpia, représentée par Claire Dumas, directrice, atteste que" in marie
    assert "Heures suivies : 6 h 30 sur 10 h réalisées, soit 65 % (durée totale prévue : 16 h)" in marie
    assert "3 h 30 / 7 h" in marie and "matin" in marie
    assert "Fait à Annonay, le 1er mars 2027" in marie and "Les Jardins d'Annonay" in marie
    assert not re.search(r"(?<![0-9])0 %", " ".join(certificates))
    helene = next(page for page in certificates if "Hélène Lefèvre" in page)
    assert "matin, après-midi" in helene and "soit 100 %" in helene
    missing = next(w for w in said(result) if w.startswith("Présences non saisies"))
    assert "Íñigo Ibáñez (12/01/2027 « Charte sociale" in missing and "19/01/2027" in missing
    not_held = next(w for w in said(result) if "séances passées ou avec des présences" in w)
    assert "01/02/2027 « Modèle économique" in not_held and "09/02/2027" in not_held  # both past, not held


def test_hours_on_certificates_add_up_with_the_sessions_times(tmp_path):
    kit = make_kit()
    late = [replace(a, arrival=time(10)) if (a.participant_uid, a.session_uid) == ("p1", "s1") else a
            for a in kit.attendances]
    build_pack(replace(kit, attendances=tuple(late)), STRUCTURE, tmp_path, documents={"attestations"},
               today=date(2027, 3, 1))
    helene = next(p for p in pages(tmp_path / "attestations-presence.pdf") if "Hélène Lefèvre" in p)
    assert "matin (arrivée à 10 h)" in helene and "2 h 30 / 3 h" in helene
    assert "Heures suivies : 9 h 30 sur 10 h réalisées, soit 95 %" in helene


def test_no_certificate_before_the_last_session_attended(tmp_path):
    result = build_pack(make_kit(), STRUCTURE, tmp_path, documents={"attestations"}, today=date(2027, 1, 15))
    certificates = pages(tmp_path / "attestations-presence.pdf")
    assert len(certificates) == 1 and "Fait à Annonay, le ……" in certificates[0]  # the blank one
    assert any(w.startswith("Pas d'attestation ni de certificat de réalisation avant la dernière séance suivie")
               for w in said(result))


def test_end_of_training_certificate_carries_the_code_du_travail_content(tmp_path):
    from desktop.domain.paperwork import Paperwork

    kit = make_kit(paperwork=Paperwork(training_action=True))
    scored = (Evaluation("s1", "p0", (("objectif-1", 3), ("objectif-2", 4))),)
    build_pack(replace(kit, evaluations=kit.evaluations + scored), STRUCTURE, tmp_path,
               documents={"attestations"}, today=date(2027, 3, 1))
    marie = next(p for p in pages(tmp_path / "attestations-presence.pdf") if "Marie Dupont" in p)
    for expected in ("Attestation de fin de formation", "a suivi l'action de formation décrite ci-dessous",
                     "Nature de l'action Action de formation", "Dates du 12 janvier 2027 au 9 février 2027",
                     "Durée prévue 16 h", "Objectifs de l'action", "Formuler la finalité sociale de son projet",
                     "Résultats de l'évaluation des acquis", "Choisir une gouvernance adaptée : 4/4"):
        assert expected in marie, expected
    helene = next(p for p in pages(tmp_path / "attestations-presence.pdf") if "Hélène Lefèvre" in p)
    assert "Résultats de l'évaluation des acquis" not in helene  # nothing entered for her


def test_certificat_de_realisation_holds_every_field_of_the_model(tmp_path):
    from desktop.domain.paperwork import ActionNature, Paperwork

    kit = make_kit(paperwork=Paperwork(training_action=True, nature=ActionNature.VAE))
    result = build_pack(kit, STRUCTURE, tmp_path, documents={"certificat-realisation"}, today=date(2027, 3, 1))
    certificates = pages(tmp_path / "certificats-realisation.pdf")
    assert len(certificates) == 11 and not any("action de formation » du programme" in w for w in said(result))
    marie = next(p for p in certificates if "Marie Dupont" in p)
    for expected in ("Certificat de réalisation", "Je soussigné·e Claire Dumas, représentant·e légal·e du "
                     "dispensateur de l'action concourant au développement des compétences Ronalpia",
                     "atteste que", "Marie Dupont, salarié·e de l'entreprise ou de la structure Les Jardins "
                     "d'Annonay", "a suivi l'action Outille ton projet – Ardèche 2027",
                     "☐ Action de formation", "☐ Bilan de compétences",
                     "☒ Action de validation des acquis de l'expérience", "☐ Action de formation par apprentissage",
                     "qui s'est déroulée du 12 janvier 2027 au 19 janvier 2027", "pour une durée de 6 h 30",
                     "pendant une durée de 3 ans à compter de la fin de l'année du dernier paiement",
                     "En cas de cofinancement des fonds européens", "Fait à Annonay, le 1er mars 2027",
                     "Cachet et signature"):
        assert expected in marie, expected
    assert marie.count("☒") == 1


def test_evaluation_questionnaire_and_results(pack):
    form = pages(doc(pack, "evaluation"))
    assert len(form) == 4
    assert all("Les objectifs de l'atelier ont été atteints" in page and "Tout à fait d'accord" in page
               for page in form)
    results = text_of(doc(pack, "evaluation-resultats"))
    assert "mardi 12 janvier 2027" in results and "3,5" in results and "4,0" in results
    assert "« Très utile ; merci ! »" in results and "« Une journée dense. »" in results
    scores = averages(list(make_kit().evaluations)[:4])
    assert scores["objectifs"] == (3.5, 4) and scores["organisation"] == (None, 0)


def test_session_cards_fill_the_sheet(pack):
    text = text_of(doc(pack, "cartes"))
    assert len(PdfReader(doc(pack, "cartes")).pages) == 1
    assert text.count("Mardi 12 janvier 2027") == 2  # four sessions: the set twice on the sheet
    assert "Modèle économique : hybrider ses ressources" in text and "06 12 34 56 78" in text


# -- options of build_pack ----------------------------------------------------------------------------------


def test_chosen_documents_and_sessions_only(tmp_path):
    result = build_pack(make_kit(), STRUCTURE, tmp_path, documents={"emargement", "cartes"}, session_uids={"s3"})
    assert [p.name for p in result.files] == ["feuilles-emargement.pdf", "cartes-seances.pdf"]
    sheet = text_of(tmp_path / "feuilles-emargement.pdf")
    assert "lundi 1er février 2027" in sheet and "12 janvier" not in sheet
    with pytest.raises(UnknownDocuments) as error:
        build_pack(make_kit(), STRUCTURE, tmp_path, documents={"programme", "affiche"})
    assert error.value.keys == ["affiche"]


def test_progress_is_reported_in_order(tmp_path):
    calls = []
    build_pack(make_kit(), STRUCTURE, tmp_path, documents={"programme", "chevalets", "cartes"},
               progress=lambda done, total, title: calls.append((done, total, title)))
    assert calls == [(0, 3, "Programme du cycle"), (1, 3, "Chevalets nominatifs"), (2, 3, "Cartes de séance"),
                     (3, 3, "")]


@pytest.mark.parametrize("after", [0, 1, 5, 40])
def test_cancelling_leaves_no_pdf(tmp_path, after):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > after

    with pytest.raises(PrintCancelled):
        build_pack(make_kit(), STRUCTURE, tmp_path, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_leaves_no_half_written_pdf_and_keeps_the_old_ones(tmp_path, monkeypatch):
    from desktop.printing import pack as pack_module

    (tmp_path / "programme.pdf").write_bytes(b"%PDF old")

    def broken(ctx, target):
        Path(target).write_bytes(b"%PDF half")
        raise RuntimeError("disk gone")

    monkeypatch.setitem(pack_module._BUILDERS, "attestations", broken)
    with pytest.raises(RuntimeError):
        build_pack(make_kit(), STRUCTURE, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["programme.pdf"]
    assert (tmp_path / "programme.pdf").read_bytes() == b"%PDF old"


# -- empty kits ---------------------------------------------------------------------------------------------


def test_empty_roster_gives_useful_pages(tmp_path):
    result = build_pack(make_kit(participants=(), attendances=(), evaluations=()), STRUCTURE, tmp_path)
    sheets = pages(tmp_path / "feuilles-emargement.pdf")
    assert len(sheets) == 4 and all("Nom et prénom" in page and "14" in page for page in sheets)
    assert "Bonjour" in text_of(tmp_path / "convocations.pdf")
    assert "Attestation de présence" in text_of(tmp_path / "attestations-presence.pdf")
    assert "Certificat de réalisation" in text_of(tmp_path / "certificats-realisation.pdf")
    assert "Aucune évaluation n'est encore saisie" in text_of(tmp_path / "resultats-evaluations.pdf")
    assert len(PdfReader(tmp_path / "chevalets.pdf").pages) == 4  # two facilitators, two blank tents
    assert any("l'attestation est imprimée vierge" in w for w in said(result))


def test_kit_without_sessions_says_so(tmp_path):
    kit = make_kit(sessions=(), attendances=(), evaluations=())
    result = build_pack(kit, IssuingStructure(), tmp_path)
    assert "Aucune séance n'est encore programmée" in text_of(tmp_path / "programme.pdf")
    assert "Les dates des séances ne sont pas encore fixées" in text_of(tmp_path / "convocations.pdf")
    assert "Atelier : ……" in text_of(tmp_path / "cartes-seances.pdf")
    assert len(pages(tmp_path / "feuilles-emargement.pdf")) == 1
    assert PdfReader(tmp_path / "programme.pdf").metadata.author == "Tresse"
    assert any("imprimée vierge" in w for w in said(result))


def test_kit_without_anything(tmp_path):
    result = build_pack(Kit("k0", ""), IssuingStructure(), tmp_path)
    assert len(result.files) == len(DOCUMENTS)
    assert "Les ateliers du cycle ne sont pas encore choisis" in text_of(tmp_path / "programme.pdf")


# -- hostile and foreign text -------------------------------------------------------------------------------

HOSTILE = ["<b>", "</para>", "&amp;", '<img src="/etc/passwd"/>', "<font size=80>", "Αλέξανδρος", "Наталья"]
LONG_WORD = "Anticonstitutionnellement" * 12  # 300 characters, no space


def hostile_kit() -> Kit:
    kit = make_kit()
    people = list(kit.participants)
    people[0] = replace(people[0], last_name="<b>", first_name="</para>", organisation='<img src="/etc/passwd"/>')
    people[1] = replace(people[1], last_name="&amp;", first_name="<font size=80>", organisation=LONG_WORD)
    people[2] = replace(people[2], last_name=LONG_WORD, first_name="Ève")
    title = '<i>Atelier</i> & « co » <img src="x.png"/>'
    first = replace(kit.workshops[0], workshop=replace(kit.workshops[0].workshop, title=title,
                                                          summary=LONG_WORD + " </para> & <b>"))
    return replace(kit, participants=tuple(people), workshops=(first, *kit.workshops[1:]), name="Cycle <b>& co</b>")


HOSTILE_VENUES = (replace(VENUES[0], name="<font size=80>Salle</font>", access_notes=LONG_WORD), *VENUES[1:])


def test_hostile_text_prints_verbatim(tmp_path):
    kit = hostile_kit()
    build_pack(kit, replace(STRUCTURE, name="<Ronalpia & co>"), tmp_path, venues=HOSTILE_VENUES)
    sheets = squeezed(text_of(tmp_path / "feuilles-emargement.pdf"))
    for expected in [*HOSTILE, LONG_WORD, "Смирнова", "Παπαδόπουλος"]:
        assert squeezed(expected) in sheets, expected
    for key in ("programme", "livrets", "evaluation", "cartes"):
        text = squeezed(text_of(tmp_path / FILE_NAMES[key]))
        assert squeezed('<i>Atelier</i> & « co » <img src="x.png"/>') in text, key
    programme = squeezed(text_of(tmp_path / "programme.pdf"))
    assert squeezed("<font size=80>Salle</font>") in programme and LONG_WORD in programme
    letters = squeezed(text_of(tmp_path / "convocations.pdf"))
    assert squeezed("Cycle <b>& co</b>") in letters and squeezed("<Ronalpia & co>") in letters
    tents = squeezed(text_of(tmp_path / "chevalets.pdf"))
    assert squeezed("</para> <b>") in tents and LONG_WORD in tents


def test_huge_texts_never_raise_layout_errors(tmp_path):
    kit = make_kit()
    essay = ("mot " * 1500) + "Z" * 3000
    w = replace(kit.workshops[0].workshop, summary=essay, objectives=(essay,),
                segments=(Segment("apport", "Très long", 180, essay),))
    kit = replace(kit, workshops=(replace(kit.workshops[0], workshop=w), *kit.workshops[1:]),
                  participants=(replace(kit.participants[0], organisation=essay),))
    result = build_pack(kit, replace(STRUCTURE, address=essay[:2500]), tmp_path,
                        documents={"programme", "livrets", "emargement", "chevalets"})
    assert len(result.files) == 4


def test_characters_the_font_lacks_become_question_marks_with_a_warning(tmp_path):
    kit = make_kit()
    people = (replace(kit.participants[0], last_name="王", first_name="芳"), *kit.participants[1:])
    result = build_pack(replace(kit, participants=people), STRUCTURE, tmp_path, documents={"emargement",
                                                                                             "chevalets"})
    assert said(result).count("Le nom « 芳 王 » contient des caractères que la police ne peut pas imprimer : "
                                 "ils sont remplacés par « ? ».") == 1
    assert "? ?" in text_of(tmp_path / "chevalets.pdf") and "王" not in text_of(tmp_path / "chevalets.pdf")
    assert "?? Lefèvre" not in text_of(tmp_path / "feuilles-emargement.pdf")


def test_unreadable_logos_are_left_out_with_a_warning(tmp_path):
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (300, 100), "teal").save(logo)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    structure = replace(STRUCTURE, logo_path=str(logo), funder_logo_paths=(str(logo), str(broken)))
    out = tmp_path / "out"
    result = build_pack(make_kit(), structure, out, documents={"emargement", "attestations"})
    assert [w for w in said(result) if "logo" in w] == [
        f"Le logo « {broken} » est introuvable ou illisible : il n'est pas imprimé."]
    assert any("/XObject" in page["/Resources"] for page in PdfReader(out / "feuilles-emargement.pdf").pages)


def test_a_venue_never_described_prints_a_preciser(tmp_path):
    kit = make_kit()
    bare = Venue("v2", "Tiers-lieu La Forge")
    build_pack(kit, STRUCTURE, tmp_path, venues=(VENUES[0], bare), documents={"programme", "convocations"})
    programme = text_of(tmp_path / "programme.pdf")
    for expected in ("Accès de plain-pied à préciser", "Stationnement à préciser", "Réseau mobile à préciser",
                     "Wi-Fi à préciser"):
        assert expected in programme, expected
    assert "Wi-Fi non disponible" not in programme and "pas de parking" not in programme
    assert "Réseau mobile faible ou absent" in programme  # the hall of Sarras said so
    letters = text_of(tmp_path / "convocations.pdf")
    assert "Accès de plain-pied : à préciser" in letters and "pas d'accès de plain-pied" not in letters


def busy_kit(appointment_sessions: int = 3) -> Kit:
    """Eight sessions (six group ones, one to confirm) and an individual appointment workshop."""
    from datetime import timedelta

    kit = make_kit()
    rdv = KitWorkshop("kw9", replace(workshop(9, "Rendez-vous individuel : votre projet", 60), format="rdv"))
    extra = tuple(Session(f"x{i}", "kw3", date(2027, 3, 2) + timedelta(days=7 * i), time(9), time(12), "v1",
                          ("f1",), SessionStatus.CONFIRMED) for i in range(2))
    rdvs = tuple(Session(f"r{i}", "kw9", date(2027, 4, 6) + timedelta(days=7 * i), time(9), time(12), "v2",
                         ("f2",), SessionStatus.CONFIRMED) for i in range(appointment_sessions))
    return replace(kit, workshops=kit.workshops + (rdv,), sessions=kit.sessions + extra + rdvs)


def test_convocations_are_one_page_each_with_a_full_profile(tmp_path):
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (300, 100), "teal").save(logo)
    structure = replace(STRUCTURE, logo_path=str(logo), funder_logo_paths=(str(logo),) * 3)
    result = build_pack(busy_kit(), structure, tmp_path, documents={"convocations"})
    letters = pages(tmp_path / "convocations.pdf")
    assert len(letters) == 12 and all("page 1 / 1" in p and "Avec le soutien" in p for p in letters)
    zoe = next(p for p in letters if "Bonjour Zoé Bernard" in p)
    assert "votre rendez-vous de 9 h à 10 h" in zoe and "mardi 6 avril 2027" in zoe
    assert "13 avril 2027" not in zoe  # the others' appointments are not hers
    assert "date à confirmer" in zoe
    last = next(p for p in letters if "Bonjour Наталья Смирнова" in p)  # last in the roster
    assert "votre rendez-vous individuel" in last and "nous vous recontactons" in last
    assert any("3 personnes n'ont pas de créneau de rendez-vous individuel pour « Rendez-vous individuel : votre "
               "projet » (60 minutes par personne) : programmez 1 séance de plus." == w for w in said(result))
    assert any(w.startswith("1 séance encore « pressentie » s'imprime « date à confirmer » : 09/02/2027")
               for w in said(result))


def test_a_letter_without_a_profile_still_names_a_contact(tmp_path):
    build_pack(make_kit(), IssuingStructure(), tmp_path, documents={"convocations"})
    letter = pages(tmp_path / "convocations.pdf")[0]
    assert "Au plaisir de vous accueillir" in letter
    assert "merci de prévenir Camille Rocher (06 12 34 56 78) et Yannick Faure" in letter
    assert letter.index("Camille Rocher et Yannick Faure") > letter.index("Au plaisir de vous accueillir")
    alone = make_kit(facilitator_uids=(), sessions=tuple(replace(s, facilitator_uids=()) for s in make_kit().sessions))
    build_pack(alone, IssuingStructure(), tmp_path / "alone", documents={"convocations"})
    assert "Camille Rocher" in pages(tmp_path / "alone" / "convocations.pdf")[0]


def test_facilitator_sheets_carry_the_clock_times_and_the_instructions(pack):
    sheets = pages(doc(pack, "fiches-animation"))
    assert len(sheets) == 4
    full_day = next(p for p in sheets if "mardi 19 janvier 2027" in p)
    for expected in ("Fiche d'animation", "Gouvernance : qui décide, et comment", "Déroulé minuté",
                     "9 h 15 min Accueil et tour de table", "9 h 15 6 h 15 Apport", "12 h 30 1 h Pause déjeuner",
                     "15 h 30 30 min Synthèse et évaluation Tour de table.", "Matériel", "Paperboard et feutres",
                     "Animation : Camille Rocher et Yannick Faure", "Inscrits : 12 personnes"):
        assert expected in full_day, expected
    handouts = text_of(doc(pack, "livrets"))
    assert "Tour de table." not in handouts  # the facilitator's instructions stay on the fiche
    assert "9 h 30 15 min Accueil et tour de table" in handouts and "Pause déjeuner" in handouts


def test_the_handouts_total_row_never_sits_alone(tmp_path):
    from desktop.printing.common import PrintContext
    from desktop.printing.handout import build_handouts

    segments = tuple(Segment("apport", f"Séquence numéro {i}", 5) for i in range(8))
    for repeat in (70, 76, 82):  # 76: without care, the table breaks just before its « Total » row
        kit = make_kit()
        w = replace(kit.workshops[0].workshop, segments=segments, summary="Texte de présentation. " * repeat)
        kit = replace(kit, workshops=(replace(kit.workshops[0], workshop=w),))
        target = tmp_path / f"h{repeat}.pdf"
        build_handouts(PrintContext(kit=kit, structure=STRUCTURE), target)
        with_total = [p for p in pages(target) if re.search(r"min Total", p)]
        assert len(with_total) == 1 and "Séquence numéro 7" in with_total[0], repeat


def test_writing_space_follows_the_kit(tmp_path):
    from desktop.domain.paperwork import Paperwork
    from desktop.printing.common import PrintContext
    from desktop.printing.flowables import WritingLines
    from desktop.printing.handout import handout_story

    for lines in (2, 9):
        ctx = PrintContext(kit=make_kit(paperwork=Paperwork(answer_lines=lines)), structure=STRUCTURE)
        story = handout_story(ctx, ctx.kit.workshops[0])
        ruled = [f for block in story for f in getattr(block, "_content", [block]) if isinstance(f, WritingLines)]
        assert ruled and all(r.count == lines for r in ruled)


def test_the_programme_carries_what_an_auditor_looks_for(tmp_path):
    from desktop.domain.paperwork import Paperwork

    paperwork = Paperwork(prerequisites="Aucun prérequis", price="Gratuit", fse_plus=True,
                          accessibility_contact="Camille Rocher, 06 12 34 56 78")
    build_pack(make_kit(paperwork=paperwork), STRUCTURE, tmp_path, documents={"programme", "livrets", "emargement",
                                                                               "convocations"})
    programme = text_of(tmp_path / "programme.pdf")
    for expected in ("Modalités pratiques", "Prérequis Aucun prérequis", "Public à préciser",
                     "Durée totale 16 h en 4 séances", "Modalités et délais d'accès à préciser", "Tarif Gratuit",
                     "Méthodes mobilisées à préciser", "Modalités d'évaluation à préciser",
                     "Accessibilité aux personnes en situation de handicap à préciser",
                     "Contact pour une adaptation Camille Rocher, 06 12 34 56 78", "Ronalpia 12 rue de la République"):
        assert expected in programme, expected
    for key in ("programme", "livrets", "emargement", "convocations"):
        assert "Cofinancé par l'Union européenne" in text_of(tmp_path / FILE_NAMES[key]), key
    letters = pages(tmp_path / "convocations.pdf")
    assert all("Besoin d'une adaptation (handicap, accès, horaires) ? Contactez Camille Rocher, 06 12 34 56 78."
               in p and "page 1 / 1" in p for p in letters)
    build_pack(make_kit(), STRUCTURE, tmp_path / "plain", documents={"programme"})
    assert "Union européenne" not in text_of(tmp_path / "plain" / "programme.pdf")


def test_running_headers_and_footers_use_curly_apostrophes(tmp_path):
    kit = make_kit(name="L'atelier d'Annonay")
    build_pack(kit, replace(STRUCTURE, name="Coop'Ardèche"), tmp_path, documents={"emargement"})
    raw = PdfReader(tmp_path / "feuilles-emargement.pdf").pages[0].extract_text()
    assert "Feuilles d\u2019émargement" in raw and "L\u2019atelier d\u2019Annonay" in raw and "Coop\u2019Ardèche" in raw
    assert "d'émargement" not in raw
