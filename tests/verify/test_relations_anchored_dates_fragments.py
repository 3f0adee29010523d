"""Round-9 shapes, in sentences written for this test: a date a line keeps on the same verb as
its source while putting other words beside it (no circumstance moved), and a line that stops on
a verb after "had" whose source goes on with what was done (a fragment)."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

LEAK = (
    "Thieves have taken the bank details of up to 80,000 members of the Pellbrook Rowing Federation, the governing body said on Thursday. "
    "The break-in at its Corrin office was found on 2 May. "
    "The federation said it would write to every member on Friday."
)


@needs_parser
def test_a_date_kept_on_the_same_saying_verb_passes():
    line = "The Pellbrook Rowing Federation said on Thursday that thieves had taken the bank details of up to 80,000 members."
    assert "circumstance" not in _kinds(LEAK, line)


def test_a_date_moved_from_the_saying_to_the_event_is_still_caught():
    line = "The Pellbrook Rowing Federation said thieves had taken the bank details of up to 80,000 members on Thursday."
    assert "circumstance" in _kinds(LEAK, line)


def test_a_line_stopping_after_had_on_a_verb_whose_source_goes_on_is_a_fragment():
    assert "incomplete" in _kinds(LEAK, "The Pellbrook Rowing Federation said on Thursday that thieves had taken.")


def test_the_same_verb_with_its_object_passes_the_fragment_check():
    line = "The Pellbrook Rowing Federation said on Thursday that thieves had taken members' bank details."
    assert "incomplete" not in _kinds(LEAK, line)
