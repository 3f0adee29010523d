"""A date put on a noun by a possessive ("next year's festival", "Sunday's final") says when that
noun's event is: with a parse, it is weighed as a date kept on its event, not as a relation of
the date and the noun. Sentences written for this test."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

FESTIVAL = (
    "The Brackwater folk festival drew 14,000 people over three days, its organisers said. "
    "Festival director Nia Rowe said the festival could move from early July to June next year to avoid the school holidays."
)


@needs_parser
def test_next_years_festival_keeps_the_date_on_its_event():
    kinds = _kinds(FESTIVAL, "Festival director Nia Rowe said next year's festival could move from early July to June to avoid the school holidays.")
    assert "circumstance" not in kinds

