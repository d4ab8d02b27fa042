"""One collation for the interface and the printed documents (participants, names, titles)."""

from __future__ import annotations

from desktop.domain.text import sort_key


def test_one_collation_files_the_letters_nfkd_leaves_whole():
    names = ["Perrin", "Øberg", "Łukasz", "Ærø", "Œuvray", "Đorđević", "Strauß", "Straus", "Oberg", "Lupin"]
    assert sorted(names, key=sort_key) == ["Ærø", "Đorđević", "Łukasz", "Lupin", "Øberg", "Oberg", "Œuvray",
                                           "Perrin", "Straus", "Strauß"]


def test_the_printed_roster_uses_it(tmp_path):
    from dataclasses import replace

    from desktop.domain.kit import Kit, Participant
    from desktop.printing.common import PrintContext

    kit = Kit("k", "Cycle", participants=tuple(Participant(f"p{i}", n) for i, n in
                                                 enumerate(["Perrin", "Øberg", "Nadal"])))
    assert [p.last_name for p in PrintContext(kit=replace(kit)).participants()] == ["Nadal", "Øberg", "Perrin"]


def _stripped_whole(text: str) -> str:
    """The reference: the whole text decomposed at once, its marks dropped, ligatures spelt out."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")


def test_accents_stripped_by_the_table_as_by_a_whole_decomposition():
    """strip_accents goes character by character through a table: the same as decomposing the whole text, for the
    catalogue's own texts and for random ones mixing letters, marks on their own, ligatures and Hangul."""
    import random

    import re

    from desktop.domain.text import fold, strip_accents
    from desktop.sources.catalogue import read_catalogue

    catalogue = read_catalogue()
    texts = [w.title for w in catalogue.workshops] + [w.summary for w in catalogue.workshops]
    texts += ["Élus et agents", "Œuvray", "ǽ", "ﬁnancement", "e\u0301te\u0301", "Ærø", "Strauß"]
    rng = random.Random(16)
    ranges = [(32, 0x24F), (0x300, 0x36F), (0xFB00, 0xFB06), (0x1E00, 0x1EFF), (0x2000, 0x2100), (0xAC00, 0xAC40)]
    for _ in range(5000):
        texts.append("".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(rng.randint(0, 12))))
    assert [strip_accents(t) for t in texts] == [_stripped_whole(t) for t in texts]
    apostrophes = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
    texts += ["l’Épi", "l`a", "d´un", "\u02bcok", "« Outille ton projet »"]
    folded = [re.sub(r"\s+", " ", re.sub(r"[«»\"“”„‹›]", " ", _stripped_whole(t).translate(apostrophes))).strip()
              .casefold() for t in texts]
    assert [fold(t) for t in texts] == folded


def test_the_latin_marks_left_out_in_one_pass_all_have_a_combining_class():
    import unicodedata

    from desktop.domain.text import _LATIN_MARKS_RE

    marks = [chr(c) for c in range(0x300, 0x370) if _LATIN_MARKS_RE.fullmatch(chr(c))]
    assert len(marks) == 0x70 - 1 and all(unicodedata.combining(m) for m in marks)
