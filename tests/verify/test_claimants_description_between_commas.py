"""A line that names its speaker and then describes them between commas ("Mara Lind, chief
executive of the Orrin Tile Company, warned that ...") has the name speak, described: a claim the
article gives to "Its chief executive, Mara Lind" is hers, not the company's. Where the article
gives the claim to someone else, the line is still caught. Sentences written for this test."""

from __future__ import annotations

from summarizer.verify.claimants import claimant_problems
from summarizer.verify.lexicon import lexicon

ARTICLE = (
    "The Orrin Tile Company said on Monday that it would close its kiln in Bexley.",
    "Its chief executive, Mara Lind, said prices of roof tiles may rise by up to a tenth next spring.",
    "The company said the kiln had lost money for three years.",
)
LINE = "Mara Lind, chief executive of the Orrin Tile Company, warned that prices of roof tiles could rise by a tenth next spring."
STOP = frozenset("the of a that by up to may could its it on would had for".split())


def _problems(line: str, article: tuple[str, ...]) -> list[str]:
    return [p.message for p in claimant_problems(line, article, lexicon("english"), STOP, "english")]


def test_the_name_before_its_description_speaks() -> None:
    assert _problems(LINE, ARTICLE) == []


def test_a_claim_given_to_someone_else_is_still_caught() -> None:
    article = (*ARTICLE[:1], ARTICLE[1].replace("Its chief executive, Mara Lind,", "Builder Tom Crane"), *ARTICLE[2:])
    assert _problems(LINE, article) != []
