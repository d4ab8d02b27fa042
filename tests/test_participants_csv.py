"""Participants CSV: real encoded bytes as French spreadsheets write them, refusals, export and round trips."""

from __future__ import annotations

import codecs
import os
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.kit import Participant, new_uid
from desktop.exchange import participants_csv
from desktop.exchange.errors import CsvImportError
from desktop.exchange.participants_csv import (MAX_PARTICIPANTS, CsvPreview, email_list, export_participants,
                                               parse_participants, split_full_name)


def people(preview: CsvPreview) -> list[tuple[str, ...]]:
    return [(p.first_name, p.last_name, p.organisation, p.commune, p.email, p.phone, p.notes)
            for p in preview.participants]


def refused(data: bytes, reason: str) -> CsvImportError:
    with pytest.raises(CsvImportError) as caught:
        parse_participants(data)
    assert caught.value.reason == reason
    assert caught.value.message and "{" not in caught.value.message
    return caught.value


# -- encodings and delimiters ------------------------------------------------------------------------------------


def test_semicolons_utf8_with_bom():
    data = "Prénom;Nom;Structure;Commune;Courriel;Téléphone;Notes\r\n" \
           "Hélène;Bézier;La Ressourcerie;Pouzauges;helene@example.fr;06 12 34 56 78;Végétarienne\r\n".encode("utf-8-sig")
    assert data.startswith(codecs.BOM_UTF8)
    preview = parse_participants(data)
    assert people(preview) == [("Hélène", "Bézier", "La Ressourcerie", "Pouzauges", "helene@example.fr",
                                "06 12 34 56 78", "Végétarienne")]
    assert (preview.encoding, preview.delimiter, preview.header_line) == ("utf-8-sig", ";", 1)
    assert preview.lines == (2,) and preview.ok
    assert preview.mapping == {"Prénom": "first_name", "Nom": "last_name", "Structure": "organisation",
                               "Commune": "commune", "Courriel": "email", "Téléphone": "phone", "Notes": "notes"}
    assert len({p.uid for p in preview.participants}) == 1 and len(preview.participants[0].uid) == 36


def test_commas_utf8_without_bom():
    data = "prénom,nom,ville\nÉlodie,Lefèvre,Les Herbiers\nJosé,Núñez,Mortagne-sur-Sèvre\n".encode("utf-8")
    preview = parse_participants(data)
    assert people(preview) == [("Élodie", "Lefèvre", "", "Les Herbiers", "", "", ""),
                               ("José", "Núñez", "", "Mortagne-sur-Sèvre", "", "", "")]
    assert (preview.encoding, preview.delimiter) == ("utf-8", ",")


def test_semicolons_windows_1252():
    data = "Prénom;Nom;Ville\r\nHélène;Bézier;Saint-Étienne\r\nFrançois;Lœuvre;Chênehutte\r\n".encode("cp1252")
    assert b"\xe9" in data and b"\x9c" in data  # « é » and « œ » as Windows-1252 bytes, not UTF-8
    preview = parse_participants(data)
    assert people(preview)[0][:2] == ("Hélène", "Bézier")
    assert people(preview)[1][:2] == ("François", "Lœuvre")
    assert preview.encoding == "cp1252"


def test_utf16_tab_separated_unicode_text_from_excel():
    data = "Prénom\tNom\tCourriel\r\nAnaïs\tRenée\tanais@example.fr\r\n".encode("utf-16")
    preview = parse_participants(data)
    assert people(preview) == [("Anaïs", "Renée", "", "", "anais@example.fr", "", "")]
    assert (preview.encoding, preview.delimiter) == ("utf-16", "\t")


# -- headers ------------------------------------------------------------------------------------------------------


def test_english_headers():
    data = b"First name,Last name,Organization,City,E-mail,Phone,Comments\n" \
           b"Jane,Doe,Acme coop,Cholet,jane@example.org,+33 6 00 00 00 00,first time\n"
    preview = parse_participants(data)
    assert people(preview) == [("Jane", "Doe", "Acme coop", "Cholet", "jane@example.org", "+33 6 00 00 00 00",
                                "first time")]


def test_headers_ignore_case_accents_spaces_and_punctuation():
    data = " PRÉNOM ;NOM DE FAMILLE; Tél. ;Courriel;ENTREPRISE;Adresse mail;Remarques;Âge\r\n" \
           "Zoé;Moreau;07 00 00 00 00;zoe@example.fr;Ferme Moreau;autre@example.fr;Bio;34\r\n".encode("utf-8-sig")
    preview = parse_participants(data)
    assert people(preview) == [("Zoé", "Moreau", "Ferme Moreau", "", "zoe@example.fr", "07 00 00 00 00", "Bio")]
    assert preview.mapping["Tél."] == "phone" and preview.mapping["Adresse mail"] == "email"
    assert preview.ignored_columns == ("Âge",)


@pytest.mark.parametrize("header", ["Téléphone", "TELEPHONE", "tel", "Portable", "mobile", "Phone"])
def test_phone_aliases(header):
    preview = parse_participants(f"Nom;{header}\nDurand;0601020304\n".encode())
    assert preview.participants[0].phone == "0601020304"


def test_title_lines_above_the_header_are_skipped():
    data = "Liste des inscrits – atelier du 12 janvier\r\n;;\r\nNom;Prénom;Mail\r\nRoux;Léa;lea@example.fr\r\n"
    preview = parse_participants(data.encode("utf-8"))
    assert preview.header_line == 3 and preview.lines == (4,)
    assert people(preview) == [("Léa", "Roux", "", "", "lea@example.fr", "", "")]


def test_no_name_column_is_refused_naming_the_columns_found():
    error = refused("Prénom;Ville;Courriel\r\nLéa;Cholet;lea@example.fr\r\n".encode("utf-8"), "no_name_column")
    assert "« Prénom », « Ville », « Courriel »" in error.message


def test_full_name_column_is_split():
    data = "Nom complet;Courriel\nDUPONT Marie;marie@example.fr\nJean-Pierre de La Fontaine;\nAnne DE LA TOUR;\n" \
           "Cher;\n".encode("utf-8")
    preview = parse_participants(data)
    assert [(p.first_name, p.last_name) for p in preview.participants] == [
        ("Marie", "DUPONT"), ("Jean-Pierre", "de La Fontaine"), ("Anne", "DE LA TOUR"), ("", "Cher")]
    assert preview.mapping == {"Nom complet": "full_name", "Courriel": "email"}


def test_nom_prenom_column_puts_the_family_name_first():
    preview = parse_participants("Nom Prénom\nMartin Paul\n".encode("utf-8"))
    assert (preview.participants[0].first_name, preview.participants[0].last_name) == ("Paul", "Martin")


def test_name_beside_first_name_is_the_family_name():
    preview = parse_participants(b"Name,First name\nSmith,John\n")
    assert (preview.participants[0].first_name, preview.participants[0].last_name) == ("John", "Smith")


def test_a_last_name_column_wins_over_a_full_name_column():
    preview = parse_participants("Participant;Nom;Prénom\nMarie Dupont;Dupont;Marie\n".encode("utf-8"))
    assert preview.mapping == {"Nom": "last_name", "Prénom": "first_name"}
    assert preview.ignored_columns == ("Participant",)


def test_split_full_name():
    assert split_full_name("Marie Dupont") == ("Marie", "Dupont")
    assert split_full_name("Dupont Marie", last_first=True) == ("Marie", "Dupont")
    assert split_full_name("  Dupont ") == ("", "Dupont")
    assert split_full_name("MARIE DUPONT") == ("MARIE", "DUPONT")


# -- rows ---------------------------------------------------------------------------------------------------------


def test_quoted_cells_with_semicolons_quotes_and_line_breaks():
    data = ('Nom;Prénom;Notes;Structure\r\n'
            '"Dupont";"Marie";"Allergies : noix; lait\r\nVient en train";"SCOP ""Les Ateliers"""\r\n'
            'Martin;Paul;;\r\n').encode("utf-8")
    preview = parse_participants(data)
    assert people(preview) == [
        ("Marie", "Dupont", 'SCOP "Les Ateliers"', "", "", "", "Allergies : noix; lait\nVient en train"),
        ("Paul", "Martin", "", "", "", "", "")]
    assert preview.lines == (2, 3)  # a row spanning two lines is one spreadsheet row


def test_blank_lines_are_skipped_and_rows_keep_their_numbers():
    data = b"Nom;Prenom\r\n\r\nDurand;Ana\r\n;\r\n   ;  \r\nPetit;Luc\r\n\r\n"
    preview = parse_participants(data)
    assert [p.last_name for p in preview.participants] == ["Durand", "Petit"]
    assert preview.lines == (3, 6) and preview.errors == ()


def test_rows_in_error_are_listed_with_their_line_and_reason():
    long_name = "x" * 201
    data = (f"Prénom;Nom;Courriel\r\nMarie;Dupont;marie@example.fr\r\nJean;;jean@example.fr\r\n"
            f"Paul;Martin;paul.martin(at)example.fr\r\nLéa;{long_name};\r\nZoé;Roux;zoe@example.fr; autre\r\n")
    preview = parse_participants(data.encode("utf-8"))
    assert [p.last_name for p in preview.participants] == ["Dupont"]
    assert [(e.line, e.reason) for e in preview.errors] == [(3, "empty_name"), (4, "invalid_email"),
                                                            (5, "too_long"), (6, "field_count")]
    assert "4 cases au lieu de 3" in preview.errors[3].message
    assert preview.errors[0].message == "Le nom est vide."
    assert "paul.martin(at)example.fr" in preview.errors[1].message
    assert "«\u00a0Nom\u00a0» dépasse 200\u00a0caractères" in preview.errors[2].message
    assert preview.errors[0].cells == ("Jean", "", "jean@example.fr")
    assert not preview.ok


def test_cells_are_cleaned():
    data = ("Nom;Prénom;Courriel;Téléphone;Portable;Commune\r\n"
            "  Le\u00a0Goff ;  Anne   Marie ;mailto:anne@example.fr;;612345678;'=Brest\r\n").encode("utf-8")
    person = parse_participants(data).participants[0]
    assert (person.last_name, person.first_name, person.email) == ("Le Goff", "Anne Marie", "anne@example.fr")
    assert person.phone == "0612345678"  # the first non-empty of Téléphone / Portable, its 0 given back
    assert person.commune == "=Brest"


# -- refused files ------------------------------------------------------------------------------------------------


def test_binary_is_refused():
    refused(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not_text")
    refused(b"Nom;Pr\x00nom\r\n", "not_text")
    refused(bytes(range(1, 32)) * 20, "not_text")


def test_spreadsheet_files_are_refused_with_advice():
    error = refused(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 100, "spreadsheet")
    assert "Enregistrer sous" in error.message
    refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "spreadsheet")


def test_empty_files_are_refused():
    refused(b"", "empty")
    refused(b"\xef\xbb\xbf\r\n  \r\n", "empty")
    refused(b"Nom;Prenom\r\n\r\n", "empty")


def test_a_cell_too_big_for_the_csv_reader_is_a_row_error_and_the_next_rows_are_read():
    preview = parse_participants(b'Nom;Notes\r\nDurand;"' + b"x" * 200_000 + b'\r\nPetit;ok\r\n')
    assert [(e.line, e.reason) for e in preview.errors] == [(2, "stray_quote")]
    assert [p.last_name for p in preview.participants] == ["Petit"]


def test_a_huge_file_is_refused(monkeypatch):
    monkeypatch.setattr(participants_csv, "MAX_BYTES", 100)
    refused(b"Nom\n" + b"Durand\n" * 100, "too_big")


def test_fifty_thousand_rows_are_refused_before_any_participant_is_built(monkeypatch):
    built = []
    real_row = participants_csv._row
    monkeypatch.setattr(participants_csv, "_row", lambda *args: built.append(1) or real_row(*args))
    data = "Prénom;Nom;Courriel\r\n".encode("utf-8") + b"".join(
        f"Pr{i};Nom{i};p{i}@example.fr\r\n".encode() for i in range(50_000))
    error = refused(data, "too_many_rows")
    assert str(MAX_PARTICIPANTS) in error.message and "rien n'a été importé" in error.message
    assert built == []


def test_the_cap_counts_participant_rows_only():
    rows = "".join(f"Nom{i}\r\n\r\n" for i in range(MAX_PARTICIPANTS))
    assert len(parse_participants(f"Nom\r\n{rows}".encode()).participants) == MAX_PARTICIPANTS
    refused(f"Nom\r\n{rows}Un de trop\r\n".encode(), "too_many_rows")


# -- export -------------------------------------------------------------------------------------------------------


def test_export_uses_the_french_spreadsheet_dialect():
    people_ = [Participant(new_uid(), "Dupont", "Marie", "SCOP; « Les Ateliers »", "Pouzauges", "marie@example.fr",
                           "06 12 34 56 78", 'Dit "bonjour"\nà tous'),
               Participant(new_uid(), "Martin")]
    data = export_participants(people_)
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[0] == "Prénom;Nom;Structure;Commune;Courriel;Téléphone;Notes"
    assert text == ("Prénom;Nom;Structure;Commune;Courriel;Téléphone;Notes\r\n"
                    'Marie;Dupont;"SCOP; « Les Ateliers »";Pouzauges;marie@example.fr;06 12 34 56 78;'
                    '"Dit ""bonjour""\nà tous"\r\n'
                    ";Martin;;;;;\r\n")


def test_export_protects_against_formula_injection():
    risky = Participant(new_uid(), "=1+1", "+33", "-coop", "@home", "", "'=already", "@mention")
    text = export_participants([risky]).decode("utf-8-sig")
    assert text.split("\r\n")[1] == "'+33;'=1+1;'-coop;'@home;;''=already;'@mention"
    back = parse_participants(text.encode("utf-8-sig")).participants[0]
    assert replace(back, uid=risky.uid) == risky


def test_export_then_import_is_identical():
    original = [Participant(new_uid(), "Bézier", "Hélène", "La Ressourcerie", "Saint-Étienne", "h@example.fr",
                            "+33 6 12 34 56 78", "Ligne 1\nLigne 2; avec « guillemets »"),
                Participant(new_uid(), "O'Neil", "Seán", notes="-5 % de remise"),
                Participant(new_uid(), "Lefèvre", phone="0612345678")]
    preview = parse_participants(export_participants(original))
    assert preview.ok and (preview.encoding, preview.delimiter) == ("utf-8-sig", ";")
    assert [replace(p, uid="") for p in preview.participants] == [replace(p, uid="") for p in original]


_chars = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))
_line = st.text(_chars, max_size=30).map(lambda s: " ".join(s.split()))
_notes = st.lists(_line, max_size=3).map(lambda lines: "\n".join(lines).strip())
_emails = st.just("") | st.emails().filter(lambda e: len(e) <= 200)
_phones = _line.filter(lambda s: not (len(s) == 9 and s.isascii() and s.isdigit() and s[0] != "0"))
participants = st.builds(Participant, uid=st.uuids().map(str),
                         last_name=_line.filter(bool), first_name=_line, organisation=_line, commune=_line,
                         email=_emails, phone=_phones, notes=_notes)


@settings(deadline=None)
@given(st.lists(participants, min_size=1, max_size=8))
def test_any_export_reimports_identically(original):
    preview = parse_participants(export_participants(original))
    assert preview.errors == ()
    assert [replace(p, uid="") for p in preview.participants] == [replace(p, uid="") for p in original]


# -- email list ---------------------------------------------------------------------------------------------------


def test_email_list_for_outlook_and_thunderbird():
    group = [Participant(new_uid(), "Dupont", "Marie", email="marie@example.fr"),
             Participant(new_uid(), "Martin", "Paul"),
             Participant(new_uid(), "Roux, dite <Léa>", "Léa", email="lea@example.fr"),
             Participant(new_uid(), "Dupont", "Marie", email="MARIE@example.fr"),
             Participant(new_uid(), "", email="  seul@example.fr ")]
    assert email_list(group) == ("Marie Dupont <marie@example.fr>; Léa Roux dite Léa <lea@example.fr>; "
                                 "seul@example.fr")
    assert email_list([]) == ""


# -- hostile and damaged files ------------------------------------------------------------------------------------


def test_a_stray_quote_is_an_error_and_never_swallows_the_next_rows():
    data = ('Nom;Prénom;Courriel\r\n"Dupont;Marie;marie@example.fr\r\nMartin;Paul;paul@example.fr\r\n'
            'Durand;Luc;luc@example.fr\r\n').encode("utf-8")
    preview = parse_participants(data)
    assert [p.last_name for p in preview.participants] == ["Martin", "Durand"]
    assert preview.lines == (3, 4)
    assert [(e.line, e.reason) for e in preview.errors] == [(2, "stray_quote")]
    assert "guillemet" in preview.errors[0].message


def test_a_quote_opened_mid_row_and_closed_rows_later_loses_nothing_else():
    data = ('Nom;Prénom;Courriel\r\nDupont;"Marie;marie@example.fr\r\nMartin;Paul;"paul@example.fr"\r\n'
            'Durand;Luc;luc@example.fr\r\n').encode("utf-8")
    preview = parse_participants(data)
    assert [(p.last_name, p.email) for p in preview.participants] == [("Martin", "paul@example.fr"),
                                                                      ("Durand", "luc@example.fr")]
    assert [(e.line, e.reason) for e in preview.errors] == [(2, "stray_quote")]


def test_a_quote_left_open_on_the_last_row():
    preview = parse_participants('Nom;Prénom;Courriel\r\nDupont;Marie;m@example.fr\r\nMartin;"Paul;p@x.fr'
                                 .encode("utf-8"))
    assert [p.last_name for p in preview.participants] == ["Dupont"]
    assert [(e.line, e.reason) for e in preview.errors] == [(3, "stray_quote")]


def test_wrong_cell_counts_are_errors_but_trailing_empty_cells_are_not():
    data = b"Nom;Prenom;Ville\r\nDupont;Marie;Brest;;\r\nMartin;Paul\r\nDurand;Luc;Nantes;en trop\r\n"
    preview = parse_participants(data)
    assert [p.last_name for p in preview.participants] == ["Dupont"]
    assert [(e.line, e.reason) for e in preview.errors] == [(3, "field_count"), (4, "field_count")]
    assert "2 cases au lieu de 3" in preview.errors[0].message and "«\u00a0;\u00a0»" in preview.errors[0].message


def test_genuine_line_breaks_in_notes_and_ignored_columns_are_kept():
    data = ('Nom;Prénom;Adresse;Notes\r\nDupont;Marie;"2 rue Haute\r\n85700 Pouzauges";"Ligne 1\r\nLigne 2"\r\n'
            'Martin;Paul;;\r\n').encode("utf-8")
    preview = parse_participants(data)
    assert [(p.last_name, p.notes) for p in preview.participants] == [("Dupont", "Ligne 1\nLigne 2"),
                                                                      ("Martin", "")]
    assert preview.ok and preview.lines == (2, 3)


def _accented_rows(count: int) -> str:
    return "".join(f"Lefèvre{i};Hélène;Saint-Étienne;0{i:09d}\r\n" for i in range(count))


def test_a_few_bad_bytes_keep_the_file_utf8_and_the_rows_are_listed():
    data = ("Prénom;Nom;Commune;Téléphone\r\n".replace("Prénom;Nom", "Nom;Prénom")
            + _accented_rows(40)).encode("utf-8") + b"Caf\xe9;Jo;Brest;0600000000\r\n"
    preview = parse_participants(data)
    assert preview.encoding == "utf-8"
    assert preview.mapping == {"Nom": "last_name", "Prénom": "first_name", "Commune": "commune",
                               "Téléphone": "phone"}
    assert all(p.first_name for p in preview.participants)  # « Prénom » understood: no first name dropped
    assert preview.undecodable_lines == (42,)
    assert preview.participants[-1].last_name == "Caf\ufffd"


def test_many_bad_bytes_mean_windows_1252():
    data = "Nom;Prénom\r\nLefèvre;Hélène\r\n".encode("utf-8") + "Bézier;Zoé\r\nGaël;Noël\r\n".encode("cp1252")
    preview = parse_participants(data)
    assert preview.encoding == "cp1252" and preview.undecodable_lines == ()


def test_control_characters_are_removed_from_cells():
    data = b"Nom;Pr\xc3\xa9nom;Notes\r\nDu\x1b[31mpont;Ma\x07rie;\"a\tb\r\nc\x1b\"\r\n"
    person = parse_participants(data).participants[0]
    assert (person.last_name, person.first_name, person.notes) == ("Du[31mpont", "Marie", "a\tb\nc")


def test_rows_already_present_are_found_by_the_same_person_rule():
    data = export_participants([Participant(new_uid(), f"Nom{i}", "Prénom", email=f"p{i}@example.fr" if i % 2
                                            else "") for i in range(2000)])
    first = parse_participants(data)
    again = parse_participants(data)
    assert participants_csv.already_present(again.participants, first.participants) == tuple(range(2000))
    assert participants_csv.already_present(first.participants) == ()
    twice = parse_participants("Nom;Prénom;Courriel\r\nDupont;Marie;\r\nDUPONT;marie;\r\n"
                               "Martin;Paul;PAUL@example.fr\r\nMartine;Paule;paul@example.fr \r\n".encode("utf-8"))
    assert participants_csv.already_present(twice.participants) == (1, 3)


def test_reading_a_file_refuses_pipes_and_folders(tmp_path):
    fifo = tmp_path / "liste.csv"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):
        with pytest.raises(CsvImportError) as caught:
            participants_csv.read_participants_file(path)
        assert caught.value.reason == "not_a_file"
    with pytest.raises(CsvImportError) as caught:
        participants_csv.read_participants_file(tmp_path / "absente.csv")
    assert caught.value.reason == "unreadable"
    (tmp_path / "ok.csv").write_bytes(b"Nom\r\nDupont\r\n")
    assert participants_csv.read_participants_file(tmp_path / "ok.csv").participants[0].last_name == "Dupont"
