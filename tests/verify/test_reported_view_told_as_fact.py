"""Someone's view told as fact (sentences written for this test): a judgement or what ought to be
that a cited sentence gives to someone, a body too, stated with no one holding it; a side's case
told as fact before a clause that reports something else or names its holder for another act.
The same words kept under their holder pass, and so does a person's plain account followed by
that person's next words, and a line whose last words name who says it all."""

import pytest

from checking import problem_kinds

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.reported import unattributed_problems

ARTICLE = (
    "The city council closed the Westbrook footbridge on Friday after a railing gave way. "
    "Several residents' groups said they believed the bridge was too dangerous and should have been closed years ago. "
    "Housing campaigner Lena Ortiz welcomed the closure but argued that patching old bridges did little to keep walkers safe. "
    "Councillor Sam Achebe said the repairs would cost about £2 million."
)


@pytest.mark.parametrize(
    "line",
    [
        # A body's judgement with its holder dropped.
        "The bridge was too dangerous and should have been closed years ago.",
        # A person's argument, before a clause that names her for another act.
        "Patching old bridges does little to keep walkers safe, although campaigner Lena Ortiz welcomed the closure.",
    ],
)
def test_reported_a_view_told_as_fact_is_caught(line: str) -> None:
    # (Through `verify` the first is also a dropped hedge, the certainty check's kind.)
    assert {"attribution", "hedge"} & set(problem_kinds(ARTICLE, line))
    sentences = [s + "." for s in ARTICLE.split(". ")]
    found = unattributed_problems(line, sentences[1:3], lexicon("english"), stopwords_for("english"))
    assert [p.kind for p in found] == ["attribution"]


def test_reported_a_plain_report_of_a_body_is_left_alone() -> None:
    # No judgement: what a body reports may be told as the record.
    source = "The council said the footbridge would reopen in March after repairs to its railings."
    line = "The footbridge will reopen in March after repairs to its railings."
    assert unattributed_problems(line, [source], lexicon("english"), stopwords_for("english")) == []


def test_reported_a_clause_before_another_report_is_the_lines_own() -> None:
    # The argument told as fact, then another report: "argued" gives a side's case.
    line = "Patching old bridges does little to keep walkers safe, and councillor Sam Achebe said the repairs would cost about £2 million."
    assert "attribution" in problem_kinds(ARTICLE, line)


def test_reported_an_account_before_its_speakers_next_words_passes() -> None:
    # A person's plain account, then the same person's next words: the line names who speaks.
    article = ("Union leader Kay Moss said members had rejected the offer because it did not cover rising costs. "
               "\"They are being asked to take a pay cut,\" Moss told a rally.")
    line = "Members rejected the offer because it did not cover rising costs, and Moss told a rally they were being asked to take a pay cut."
    assert "attribution" not in problem_kinds(article, line)


def test_reported_an_attribution_after_the_last_comma_covers_the_line() -> None:
    line = "Although the railing gave way on Friday, the bridge was too dangerous and should have been closed years ago, several residents' groups said."
    assert "attribution" not in problem_kinds(ARTICLE, line)


@pytest.mark.parametrize(
    "line",
    [
        "Several residents' groups said they believed the bridge was too dangerous and should have been closed years ago.",
        "Campaigner Lena Ortiz argued that patching old bridges did little to keep walkers safe.",
    ],
)
def test_reported_the_view_kept_under_its_holder_passes(line: str) -> None:
    assert "attribution" not in problem_kinds(ARTICLE, line)
