"""A plan or a future event told as done ("held a protest" where the source says campaigners plan
one; "sold the plant" where the firm intends to sell it) is a hedge dropped; the same event told
as still to come, or one the source also tells as done, passes. Sentences written for this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds

pytest.importorskip("spacy")

ARTICLE = (
    "Campaigners plan a march to the town hall on Saturday, the organisers said. "
    "The Brightwell Paper Company intends to sell its Alder Vale mill by the spring. "
    "The council will close two car parks in June. "
    "It opened a car park last year and will open another in 2027."
)


def _kinds(line: str) -> set[str]:
    return parsed_problem_kinds(ARTICLE, line)


@pytest.mark.parametrize("line", [
    "Campaigners held a march to the town hall on Saturday.",
    "The Brightwell Paper Company sold its Alder Vale mill.",
    "The council has closed two car parks.",
])
def test_an_event_still_to_come_told_as_done_is_a_dropped_hedge(line: str) -> None:
    assert "hedge" in _kinds(line)


@pytest.mark.parametrize("line", [
    "Campaigners will march to the town hall on Saturday.",
    "The Brightwell Paper Company plans to sell its Alder Vale mill by the spring.",
    "The council opened a car park last year.",
])
def test_the_event_told_as_its_source_tells_it_passes(line: str) -> None:
    assert "hedge" not in _kinds(line)
