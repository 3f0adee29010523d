"""A subject pronoun that repeats an earlier one of the line continues its chain: in "Dario Lenz
says he has to fight ... The Dane has been installed ... He says ...", the second "He" may mean
whom the first means (Lenz), not only the last subject named ("The Dane"). Words the source gives
to Lenz, given by "He" to a party the line names alone, are still caught. Needs the English parser.
Sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer import verify

ARTICLE = (
    "Dario Lenz says he has to fight Karl Brandt like it is the last fight of his life when he meets the "
    "unbeaten German in the $50m bout on May 2. "
    "The Dane has been installed as the underdog for the bout in Leipzig, which has been billed as the fight of the decade."
)


def _problems(line: str) -> list[str]:
    verification = verify(ARTICLE, [line])
    if verification.stats.get("parser") in (None, "off"):
        pytest.skip("no English parser installed")
    return [problem.kind for checked in verification.lines for problem in checked.problems]


def test_a_repeated_pronoun_keeps_its_first_meaning() -> None:
    line = ("Dario Lenz says he has to fight Karl Brandt like it is the last fight of his life. The Dane has been "
            "installed as the underdog for the bout in Leipzig. He says he has to fight Brandt like it is the last fight of his life.")
    assert "attribution" not in _problems(line)


def test_the_words_given_to_another_party_are_still_caught() -> None:
    line = ("Karl Brandt has been installed as the favourite for the bout in Leipzig. "
            "He says he has to fight like it is the last fight of his life.")
    assert "attribution" in _problems(line)
