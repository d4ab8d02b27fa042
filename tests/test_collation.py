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
