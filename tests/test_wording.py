"""The core's reasons are worded once: French for the command line, translated in the window (English throughout)."""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from desktop.domain.kit import Facilitator, Kit, KitWorkshop, Participant, Session, Venue, blank_workshop
from desktop.domain.reason import Reason
from desktop.domain.wording import SINGULARS, WORDS, french
from desktop.exchange.errors import CsvImportError, KitFileError
from desktop.exchange.kitfile import read_kit
from desktop.exchange.participants_csv import parse_participants
from desktop.scheduling.autoschedule import plan_sessions
from desktop.scheduling.conflicts import SEVERITIES, find_conflicts

FRENCH_WORDS = re.compile(r"[éèêàùçôîâ]|\b(le|la|les|des|du|est|une|pour|dans|et|avec|sont|pas|ce|cette)\b",
                          re.IGNORECASE)
PLACES = {"v1": Venue("v1", "Hall", commune="Town", capacity=30), "v2": Venue("v2", "Barn", commune="Hill", capacity=2),
          "v3": Venue("v3", "Mill")}
PEOPLE = {"f1": Facilitator("f1", "Sam Jones")}


def _session(uid, kw, day, start=(9, 30), end=(12, 30), venue="v1"):
    return Session(uid, kw, day, time(*start), time(*end), venue_uid=venue, facilitator_uids=("f1",))


def _kit(uid, sessions, workshops, participants=(), departement="Vendée"):
    return Kit(uid, f"Kit {uid.upper()}", departement=departement,
               workshops=tuple(KitWorkshop(w, blank_workshop(f"Workshop {w}", 180)) for w in workshops),
               sessions=tuple(sessions), participants=tuple(participants))


def every_kind_of_conflict():
    ann = [Participant("p1", "Smith", "Ann"), Participant("p2", "Brown", "Bob"), Participant("p3", "Lee", "Kim")]
    tuesday = date(2027, 1, 12)
    a = _kit("a", [_session("a1", "w1", tuesday), _session("a2", "w2", date(2027, 1, 5)),
                   _session("a3", "w3", date(2027, 1, 16)), _session("a4", "w4", date(2027, 11, 11)),
                   _session("a5", "w5", date(2027, 12, 21), venue="v2"),
                   _session("a6", "w6", date(2029, 1, 9))],
             ["w1", "w2", "w3", "w4", "w5", "w6"], ann)
    b = _kit("b", [_session("b1", "x1", tuesday, venue="v1"), _session("b2", "x2", tuesday, (11, 15), (15, 0), "v3")],
             ["x1", "x2"], ann[:1])
    c = _kit("c", [_session("c1", "y1", tuesday, (10, 0), (11, 0), "v2")], ["y1"], ann)
    return find_conflicts([a, b, c], venues=PLACES, facilitators=PEOPLE)


def test_every_kind_of_conflict_is_worded_in_french_without_braces():
    found = every_kind_of_conflict()
    assert {c.kind for c in found} == set(SEVERITIES)
    for conflict in found:
        assert conflict.reason.key in WORDS and "{" not in conflict.message and "%Ln" not in conflict.message


def test_counted_texts_have_a_french_singular():
    assert french(Reason.of("label.others", n=1)) == "1 autre" and french(Reason.of("label.others", n=3)) == "3 autres"
    assert all(text.one for text in WORDS.values() if "%Ln" in text.source)
    assert SINGULARS


def test_a_value_left_out_stays_visible_rather_than_failing():
    assert french(Reason.of("conflict.weekend", day=date(2027, 1, 16))).startswith("La séance {session} tombe")


def refused_kit() -> KitFileError:
    with pytest.raises(KitFileError) as caught:
        read_kit(b"not a zip at all" * 10)
    return caught.value


def refused_csv() -> CsvImportError:
    with pytest.raises(CsvImportError) as caught:
        parse_participants(b"")
    return caught.value


def print_warnings(tmp_path):
    from desktop.domain.kit import IssuingStructure
    from desktop.printing.pack import build_pack

    kit = _kit("a", [], ["w1"])
    return build_pack(kit, IssuingStructure(), tmp_path, documents={"emargement", "attestations"}).warnings


def shown_texts(tmp_path) -> list[tuple[str, tuple[str, ...]]]:
    """Every kind of core message as the window words it, with the data it names (names, holiday names)."""
    from desktop.ui.models.schedule import ConflictModel
    from desktop.ui.wording import words

    found = every_kind_of_conflict()
    model = ConflictModel()
    model.set_rows(found)
    texts = []
    for row, conflict in enumerate(found):
        holidays = tuple(v for k, v in conflict.reason.values if k == "holiday")
        texts.append((model.data(model.index(row, ConflictModel.MESSAGE)), holidays))
    plan = plan_sessions([KitWorkshop("w1", blank_workshop("Workshop", 180))], date(2027, 5, 17),
                         departement="Atlantis", zone="A")
    pushed = plan_sessions([KitWorkshop("w1", blank_workshop("Workshop", 180))], date(2027, 11, 11))
    texts += [(words(m), ("Armistice",)) for m in (*plan.messages, *pushed.messages)]
    texts += [(words(refused_kit().said), ()), (words(refused_csv().said), ())]
    texts += [(words(w), ()) for w in print_warnings(tmp_path)]
    return texts + evaluation_questions()


def evaluation_questions() -> list[tuple[str, tuple[str, ...]]]:
    """The evaluation form's questions as the follow-up table shows them (a tooltip on each score column)."""
    from PySide6.QtCore import Qt

    from desktop.ui.models.followup import EvaluationModel

    model = EvaluationModel()
    model.set_session(_session("s1", "w1", date(2027, 1, 12)), [Participant("p1", "Smith", "Ann")], ())
    return [(model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole), ())
            for column in range(1, len(EvaluationModel.QUESTIONS) + 1)]


def test_the_english_interface_shows_no_french_sentence(qapp, tmp_path):
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    try:
        texts = shown_texts(tmp_path)
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert len(texts) > len(SEVERITIES) + 8
    for text, data in texts:
        assert text and "{" not in text
        for value in data:
            text = text.replace(value, "")
        text = re.sub(r"Armistice \d+|Vendée|Atlantis|Noël|Vacances[\w' ]+|Département|Lundi de Pentecôte", "", text)
        assert not FRENCH_WORDS.search(text), text


def test_the_command_line_counts_in_correct_french():
    from desktop.domain.wording import french_count

    assert french_count(0, "%Ln kit", "%Ln kits") == "0 kit" and french_count(1, "%Ln kit", "%Ln kits") == "1 kit"
    assert french_count(2, "%Ln ligne est invalide", "%Ln lignes sont invalides") == "2 lignes sont invalides"
    assert french_count(12500, "%Ln kit", "%Ln kits") == "12\u202f500 kits"


def test_counts_in_thousands_in_french_and_english(qapp):
    """A count of a reason is written in thousands as each language writes them: « 2 500 000 octets » (narrow
    no-break spaces) in French, whether printed or on screen, « 2,500,000 bytes » in English."""
    from desktop.domain.reason import Reason
    from desktop.domain.wording import french
    from desktop.ui.i18n import install_translators
    from desktop.ui.wording import words

    reason = Reason.of("label.bytes", n=2_500_000)
    assert french(reason) == "2\u202f500\u202f000\u00a0octets"

    def on_screen(language: str) -> str:
        translators = install_translators(qapp, language)
        try:
            return words(reason)
        finally:
            for t in translators:
                qapp.removeTranslator(t)

    try:
        assert on_screen("fr") == "2\u202f500\u202f000\u00a0octets"
        assert on_screen("en").startswith("2,500,000") and "bytes" in on_screen("en")
    finally:
        on_screen("fr")  # the French locale back for the tests after this one
