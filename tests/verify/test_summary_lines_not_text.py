"""A summary given as a sequence of lines holds text: any other item is refused. `verify(article,
summary.lines)` checked each `SummaryLine`'s repr ("SummaryLine(text='The council ...',
citations=(...") and found numbers, names and support missing in every line of a faithful summary."""

import pytest

from summarizer import InputError, summarize, verify

ARTICLE = (
    "The council met on Monday to discuss the budget. It voted 7-4 to approve it after a long debate. "
    "The mayor said the plan would pay for two new schools."
)


def test_summary_lines_objects_are_refused_naming_the_first_that_is_not_text():
    summary = summarize(ARTICLE, sentences=2, language="en")
    with pytest.raises(InputError, match=r"^summary: line 1 is SummaryLine, not text \(str\); give the lines' text"):
        verify(ARTICLE, summary.lines)
    with pytest.raises(InputError, match=r"^summary: line 2 is int, not text \(str\)"):
        verify(ARTICLE, ["The council met on Monday.", 7])


def test_their_text_checks_as_supported():
    summary = summarize(ARTICLE, sentences=2, language="en")
    assert verify(ARTICLE, [line.text for line in summary.lines]).supported
