"""Who speaks, read without three false alarms: a name inside a quotation is not who the "she"
after it is ('"We chose Portlow because ...," she said' is the chief executive named before); a
name after a preposition is not a speaker ("argued for Delmar": Delmar's lawyer argued); a
passive saying verb at the end of a line names no one ("the day the recall was announced").
Each flawed twin stays caught. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds, problem_kinds

FERRY = (
    "Meridian Ferries opened a new route between Portlow and the islands on Monday. "
    "At the launch, Meridian chief executive Clara Vos said the ferry would carry 400 passengers a day. "
    '"We chose Portlow because the harbour here is deep enough all year," she said. '
    "Harbour master Ian Rook said the port would need new moorings by the autumn."
)

FEES = (
    "A court in Selby ruled on Friday that the landlord Delmar Homes must repay £2 million in service fees to its tenants. "
    "Delmar's lawyer, Ana Ruiz, had told the court the fees paid for genuine repairs, and the firm is expected to appeal."
)

RECALL = (
    "Drugmaker Norbeck recalled 40,000 bottles of a cough syrup on Friday after finding a labelling fault. "
    "Shares in Norbeck fell 7 percent on Friday."
)


def test_a_name_in_the_quotation_is_not_who_she_is():
    kinds = parsed_problem_kinds(FERRY, "Vos said Meridian had picked Portlow because the harbour there is deep enough all year.")
    assert "attribution" not in kinds


def test_the_quotation_given_to_another_speaker_is_still_caught():
    kinds = parsed_problem_kinds(FERRY, "Rook said Meridian had picked Portlow because the harbour there is deep enough all year.")
    assert "attribution" in kinds


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_a_name_after_a_preposition_is_no_speaker(parser: str) -> None:
    from summarizer import verify

    line = "Lawyer Ana Ruiz had argued for Delmar that the fees paid for genuine repairs, and the firm is expected to appeal."
    problems = verify(FEES, line, checker_settings={"parser": parser}).problems
    assert not [p for p in problems if p.kind == "attribution"]


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_a_name_put_right_after_the_saying_word_still_speaks(parser: str) -> None:
    from summarizer import verify

    line = "The fees paid for genuine repairs, said Delmar Homes."
    problems = verify(FEES, line, checker_settings={"parser": parser}).problems
    assert [p for p in problems if p.kind == "attribution"]


def test_a_passive_saying_word_ending_the_line_is_no_silent_speaker():
    assert "incomplete" not in problem_kinds(RECALL, "Norbeck's shares fell 7 percent on the day the recall was announced.")


def test_a_named_speaker_with_nothing_said_is_still_incomplete():
    assert "incomplete" in problem_kinds(RECALL, "Norbeck's chief executive announced.")



def _subject_of_say(text: str):
    from summarizer.verify.parser import parse

    return next(t for t in parse(text, "english") if t.dep_ == "nsubj" and t.head.lemma_ == "say")


# Lines in small letters, as tokenised abstractive systems write them: the parse may tag the title a name.
def test_a_speaker_by_the_title_and_owner_the_source_gives_the_name_is_that_speaker():
    from summarizer.verify.parser import load_parser
    from summarizer.verify.predicates import _same_role

    if load_parser("english") is None:
        pytest.skip("no English parser installed")
    theirs = _subject_of_say('"Prices will fall by the spring," UNICEF chief economist Maria Lind said on Monday.')
    assert _same_role(_subject_of_say('" prices will fall by the spring, " unicef chief economist says.'), theirs)
    assert not _same_role(_subject_of_say('" prices will fall by the spring, " oxfam chief economist says.'), theirs)
