"""A generated line that is only a name and what the person is ("Dana Whitlock, the resort's general
manager.") states no fact: a fragment, left out and its slot refilled. The 0.5B model wrote it on a
ski-resort article (a quote's speaker tag cut from its quote) and the guard kept it."""

from __future__ import annotations

import pytest

from summarizer.abstract.distinct import is_fragment


@pytest.mark.parametrize("line", [
    "Dana Whitlock, the resort's general manager.",
    "Marta Ilves, a spokeswoman for the operator.",
    "Councillor Priya Ransome, the council's finance director",
])
def test_a_name_and_its_title_alone_is_a_fragment(line):
    assert is_fragment(line)


@pytest.mark.parametrize("line", [
    "Dana Whitlock, the resort's general manager, said the season starts later.",
    "Dana Whitlock is the resort's general manager.",
    "Bramholt, the host town, was chosen over Kessington and Port Alder.",
    "Pike Crest, the ski area, wants to double the water it draws.",
    "Halvergate, the largest independent soap maker, rejected the offer.",
    "Tallis Air, the regional carrier, will fly daily from March 14.",
])
def test_sentences_that_say_something_are_not(line):
    assert not is_fragment(line)
