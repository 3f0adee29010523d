"""A line that keeps someone's words in single quotation marks, as British headlines quote, has
not stated them as fact."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = ('Inspectors praised the canteen staff, describing the service as "quick and friendly", and said '
           "the kitchen was clean throughout the visit.")


def kinds(line: str, parser: str) -> list[str]:
    return problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
@pytest.mark.parametrize("line", ["Canteen service praised as 'quick and friendly'", "Canteen service praised as ‘quick and friendly’"])
def test_single_quotation_marks_keep_the_words_someones(parser: str, line: str) -> None:
    assert "hedge" not in kinds(line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_the_same_words_without_marks_are_still_a_dropped_quotation(parser: str) -> None:
    assert "hedge" in kinds("The canteen service is quick and friendly.", parser)
