"""A no-break space (or any other space) beside a quote mark counts as a space: "…tourists,'\u00a0the
skipper told…" closes the quotation, as it would before a plain space."""

from __future__ import annotations

import pytest

from summarizer import Summarizer
from summarizer.extract.candidates import candidate_weights
from summarizer.extract.units import quotation_units
from summarizer.read.quotes import quotations, unbalanced

SPACES = ["\u00a0", "\u2009", "\u202f"]  # no-break, thin, narrow no-break


@pytest.mark.parametrize("space", SPACES)
def test_a_closing_mark_before_a_no_break_space_closes(space: str) -> None:
    text = f"'We sailed at dawn. We came home,'{space}the skipper said."
    found, strays = quotations(text)
    assert [(q.start, q.end) for q in found] == [(0, text.index(",'") + 2)] and not strays
    assert not unbalanced(text)


@pytest.mark.parametrize("space", SPACES)
def test_an_opening_mark_after_a_no_break_space_opens(space: str) -> None:
    text = f"The skipper said:{space}\u201cWe came home.\u201d"
    found, strays = quotations(text)
    assert [(q.start, q.end) for q in found] == [(text.index("\u201c"), len(text))] and not strays


def test_the_quotation_before_a_no_break_space_is_one_unit() -> None:
    text = (
        "Three trawler crews spent the night on the water off the north coast after their radios failed in the storm. "
        "'We sailed at dawn. We had no charts left on board. We came home by the stars,'\u00a0the skipper, "
        "a fisher from the harbour town, told the local radio station. "
        "The coastguard said all twelve crew members were safe and well by Tuesday evening."
    )
    units, groups = quotation_units(Summarizer().read(text))
    assert [len(g) for g in groups] == [1, 3, 1]
    assert units.sentences[1].text.startswith("'We sailed") and units.sentences[1].text.endswith("station.")
    assert "part of a quotation" not in [c.reason for c in candidate_weights(units)]
