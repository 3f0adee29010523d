"""With a parse, a date the line hangs on a verb its cited sentences never use ("was discovered
... in May 2024" where they say "found ... in May 2024") is the source's event in other words:
the word that happens to stand beside it ("by retired teacher ...") is no event it was moved to.
A date hung on a verb the sources give another date stays caught. Sentences written for this test."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

pytestmark = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

BROOCH = (
    "A gold brooch from the seventh century has been declared treasure, a coroner ruled on Thursday. "
    "Retired teacher Sian Price, who has walked the moor since 2001, found the brooch under a stone in May 2024 "
    "on land owned by Idris Bowen."
)


def test_a_date_on_a_paraphrased_verb_stays_on_its_event():
    kinds = _kinds(BROOCH, "The brooch was discovered under a stone in May 2024 by retired teacher Sian Price, on land belonging to Idris Bowen.")
    assert "circumstance" not in kinds


def test_a_date_moved_to_the_sources_own_verb_is_still_caught():
    kinds = _kinds(BROOCH, "The brooch was found under a stone in 2001 by Sian Price.")
    assert "circumstance" in kinds


BOARD = (
    "The Wellby library board dismissed its treasurer, Colm Rees, on 4 February after an audit found gaps in the accounts. "
    "The board had appointed him on 9 August 2019, months before the audit firm Harlow Dunne was hired."
)


def test_a_date_moved_from_another_cited_sentences_event_is_caught():
    # The dismissal has its own date in the first sentence; 9 August is the appointment's, in the next.
    kinds = _kinds(BOARD, "The Wellby library board dismissed its treasurer, Colm Rees, on 9 August.")
    assert "circumstance" in kinds


def test_each_event_with_its_own_date_passes():
    assert "circumstance" not in _kinds(BOARD, "The board dismissed Colm Rees on 4 February, having appointed him on 9 August 2019.")
