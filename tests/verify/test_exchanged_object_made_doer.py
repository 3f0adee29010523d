"""The party a cited sentence's verb is done to, made the doer of that verb or another of its kind
in the line, read from word order alone (parser off; issue 18, reversal): "The guild accused the
council ..." from "... and accused the guild of ...", "the county council had asked the harbour to"
from "called on the county council to". A noun before a word that may be a verb ("a longer wait")
and the source's own doer pass. Sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer.verify.verification import make_checker, verify

ACCUSED = (
    "Harwell Council's housing director, Nadia Kerr, said the council had offered to repair the roofs, "
    "and accused the tenants' guild of walking away from the talks."
)
ASKED = "Harbour master Ines Holt said the storm had shown the risk and called on the county council to repair the sea wall."


def _messages(article: str, line: str) -> list[str]:
    checker = make_checker("default", parser="off")
    return [p.message for checked in verify(article, [line], checker=checker).lines for p in checked.problems]


@pytest.mark.parametrize("article, line", [
    (ACCUSED, "The guild accused Harwell Council of walking away from the talks on repairing the roofs."),
    (ASKED, "Ines Holt said the county council had asked the harbour to repair the sea wall."),
])
def test_the_party_done_to_made_the_doer_is_a_reversal(article: str, line: str) -> None:
    assert any(m.startswith("relation reversed") for m in _messages(article, line))


@pytest.mark.parametrize("article, line", [
    (ACCUSED, "Nadia Kerr accused the tenants' guild of walking away from the talks on repairing the roofs."),
    (ASKED, "Ines Holt called on the county council to repair the sea wall after the storm."),
    (ASKED, "Ines Holt said the harbour faced a longer wait for the county council to repair the sea wall."),
])
def test_the_source_s_direction_passes(article: str, line: str) -> None:
    assert not any(m.startswith("relation reversed") for m in _messages(article, line))


@pytest.mark.parametrize("article, line", [
    (ACCUSED, "The guild accused Harwell Council of walking away from the talks on repairing the roofs."),
    (ASKED, "Ines Holt said the county council had asked the harbour to repair the sea wall."),
])
def test_the_check_alone_finds_it(article: str, line: str) -> None:
    from summarizer.verify.exchanged import turned_object_problems
    from summarizer.verify.relations import Sources

    assert [p.kind for p in turned_object_problems(line, Sources((article,), language="english"))] == ["relation"]
