"""A pronoun that means the line's speaker, doing what the cited sentence has another person do,
whom it names in an apposition: "Mira Holt said she had sold her whole herd" where the source has
"Holt said her sister, Jana Holt-Berg, had sold ..." (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Dairy farmers in the Orrin valley have lost a fifth of their income since the spring, the growers' "
    "cooperative said on Thursday. Its chair, Petra Lindqvist, said her cousin, Ruth Amberley, had sold her "
    "whole herd of 90 cows rather than pay for another winter of feed. Lindqvist farms 200 hectares near Colby."
)


def test_parties_pronoun_doer_apposed_name_caught() -> None:
    line = "Cooperative chair Petra Lindqvist said she had sold her whole herd of 90 cows rather than pay for another winter of feed."
    assert "coreference" in problem_kinds(ARTICLE, line)


def test_parties_pronoun_doer_apposed_name_kept_passes() -> None:
    line = "Petra Lindqvist said her cousin had sold her whole herd of 90 cows rather than pay for another winter of feed."
    assert "coreference" not in problem_kinds(ARTICLE, line)
