"""A quotation of two sentences is one utterance: where the summary cites the sentence that closes
it ('We are changing what we pay for," said Marsh'), the negation in the sentence that opens it
('"We are not cutting support for farmers.') backs the line's. A negation in a sentence before
that is no quotation still backs nothing."""

from __future__ import annotations

import pytest

from checking import problem_kinds

OPENING = '"We are not cutting support for farmers.'
ARTICLE = (
    "Oregon will cut the flat support payments it makes to farmers and steer the money toward soil "
    "conservation, state officials said on Tuesday.\n\n"
    f'{OPENING} We are changing what we pay for," said Elena Marsh, who directs the farm programs division. '
    '"Healthy soil is the best drought insurance a farm can have."'
)
LINE = (
    "Elena Marsh said Oregon was not cutting support for farmers but changing what it pays for, "
    "calling healthy soil the best drought insurance a farm can have."
)


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_the_negation_of_the_quotations_first_sentence_backs_the_line(parser):
    assert "negation" not in problem_kinds(ARTICLE, LINE, parser)


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_a_negation_outside_any_quotation_still_backs_nothing(parser):
    article = ARTICLE.replace(OPENING, "Marsh spoke to farmers in Salem.")
    assert "negation" in problem_kinds(article, LINE, parser)
