"""Round-9 shapes, in sentences written for this test: negation said without "not" ("failed to",
"no X were"), and speakers that are not the one speaking (a day after "said", the subject of the
reported clause after "said the", a subject shared by two joined verbs)."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

MILL = (
    "Burns Valley Mills has recalled 40,000 bags of flour after traces of peanut were found, the company said on Friday. "
    "The contamination was found at its Tarlow plant, and bread flour was affected, but no self-raising flour was recalled. "
    "The Food Safety Agency said the firm had failed to clean a shared mixer between batches. "
    "Plant manager Ivo Brandt apologised to customers and said the firm had \"moved within a day\" to stop production."
)


def test_a_line_saying_not_where_its_source_says_failed_to_passes():
    assert "negation" not in _kinds(MILL, "The Food Safety Agency said the firm had not cleaned a shared mixer between batches.")


def test_a_line_that_drops_failed_to_is_a_negation_problem():
    assert "negation" in _kinds(MILL, "The Food Safety Agency said the firm had cleaned a shared mixer between batches.")


@needs_parser
def test_a_line_negating_the_verb_where_its_source_says_no_x_passes():
    assert "negation" not in _kinds(MILL, "Bread flour was affected, but self-raising flour was not recalled, the company said.")


@needs_parser
def test_the_source_no_x_dropped_is_still_caught():
    assert "negation" in _kinds(MILL, "Self-raising flour was recalled too.")


def test_a_day_after_said_is_no_speaker():
    kinds = _kinds(MILL, "Burns Valley Mills said on Friday that it had recalled 40,000 bags of flour after traces of peanut were found.")
    assert "attribution" not in kinds


def test_the_subject_of_what_was_said_is_not_the_speaker():
    line = "Ivo Brandt, the plant manager, apologised and said the company had \"moved within a day\" to stop production."
    assert "attribution" not in _kinds(MILL, line)


@needs_parser
def test_words_of_a_speaker_whose_verb_shares_its_subject_given_to_another_are_caught():
    article = (
        "Rina Holt beat Tom Vance in the race for the Ashby council seat. "
        "Vance thanked her but said the town's budget was \"close to breaking point\"."
    )
    assert "attribution" in _kinds(article, "Holt said the town's budget was close to breaking point.")
    assert "attribution" not in _kinds(article, "Vance said the town's budget was close to breaking point.")


def test_outside_observers_given_a_companys_words_are_caught():
    line = "Analysts said Burns Valley Mills had recalled 40,000 bags of flour after traces of peanut were found."
    assert "attribution" in _kinds(MILL, line)
    assert "attribution" not in _kinds(MILL, line.replace("Analysts said", "The company said"))
