"""The end of a participant handout, over every workshop of the bundled catalogue: no last page holds only the
last question, the resources or the funders' logos, the worksheet's heading never sits alone at the foot of a
page, and a question with more ruled lines than a page holds still prints.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop.domain.kit import IssuingStructure, Kit, KitWorkshop
from desktop.domain.paperwork import Paperwork
from desktop.printing.context import PrintContext
from desktop.printing.handout import build_handouts
from desktop.sources.catalogue import read_catalogue

STRUCTURE = IssuingStructure(name="Ronalpia", address="12 rue de la République\n07100 Annonay")
RUNNING = {"Ronalpia", "Livrets participants", "Programme"}  # the running header and footer


def handout_pages(workshop, **paperwork) -> list[list[str]]:
    """The text lines of each page of *workshop*'s handout, without the running header and footer."""
    kit = Kit("k", "Programme", workshops=(KitWorkshop("kw", workshop),), paperwork=Paperwork(**paperwork),
              funders_mention="Avec le soutien de la Région Auvergne-Rhône-Alpes.")
    buffer = io.BytesIO()
    build_handouts(PrintContext(kit=kit, structure=STRUCTURE), buffer)
    pages = []
    for page in PdfReader(io.BytesIO(buffer.getvalue())).pages:
        lines = [line.replace("\u00a0", " ").strip() for line in page.extract_text().splitlines()]
        pages.append([line for line in lines if line and line not in RUNNING and not re.fullmatch(r"page \d+ / \d+",
                                                                                                   line)])
    return pages


def start(text: str) -> str:
    """The first words of a question as pypdf reads them back (curly apostrophes, one line)."""
    return text.replace("'", "’").replace("\u00a0", " ")[:30]


@pytest.mark.parametrize("lines", [6, 9])
def test_no_handout_ends_on_a_page_holding_only_its_last_block(lines):
    for workshop in read_catalogue().workshops:
        assert len(workshop.worksheet) >= 2, workshop.id
        pages = handout_pages(workshop, answer_lines=lines)
        last = " ".join(pages[-1])
        # the last two questions share a page, and the last page holds at least them or what follows them
        before_last, final = (f"{len(workshop.worksheet) - 1}. ", f"{len(workshop.worksheet)}. ")
        holding = [i for i, page in enumerate(pages) if any(line.startswith(final) for line in page)]
        assert len(holding) == 1, workshop.id
        assert any(line.startswith(before_last) for line in pages[holding[0]]), workshop.id
        assert start(workshop.worksheet[-1]) in " ".join(pages[holding[0]]), workshop.id
        assert len(pages[-1]) >= 6, (workshop.id, pages[-1])
        worksheet = [page for page in pages if "À vous de jouer" in page]
        assert len(worksheet) == 1 and any(line.startswith("1. ") for line in worksheet[0]), workshop.id
        assert "Avec le soutien" in last and ("Pour aller plus loin" in last or final in last), workshop.id


def test_a_question_with_more_lines_than_a_page_holds_still_prints():
    workshop = read_catalogue().workshops[0]
    pages = handout_pages(workshop, answer_lines=30)
    questions = [line for page in pages for line in page if re.match(r"\d\. ", line)]
    assert len(questions) == len(workshop.worksheet)
    assert "Avec le soutien" in " ".join(pages[-1])
