""""called" after a comma gives a thing its name ("The new variety, called Winter Ember, was
bred ..."): a line that states the fact is not dropping anyone's words. A claim the source gives
to a speaker, with its doubt, is still caught when stated as fact."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "Pear growers in the Morrow Valley will plant a late-flowering variety after spring frosts ruined two harvests. "
    "The new variety, called Amber Vale, was bred at the Kestwick Fruit Station and flowers about a week later than "
    "most pears. The growers' chairman, Hal Denby, said the frosts had probably cost members about £2 million."
)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_thing_named_with_called_is_stated_as_fact(parser):
    line = "Bred at the Kestwick Fruit Station, Amber Vale flowers about a week later than most pears."
    assert "attribution" not in problem_kinds(ARTICLE, line, parser)


def test_a_speakers_hedged_claim_stated_as_fact_is_still_caught():
    line = "The frosts cost members about £2 million."
    assert problem_kinds(ARTICLE, line, "off")
