"""A teaser card's title glued to its date is page furniture, never a summary line."""

from __future__ import annotations

from summarizer import summarize
from summarizer.extract.candidates import candidate_weights

TEXT = (
    "Otters return to the Harl valley\n\n"
    "The river otter population in the Harl valley has doubled since 2015, a survey found. "
    "Is this the cleanest river in the region?Monday, 6 January 2031\n\n"
    "Rangers credit cleaner water and a ban on fixed fishing nets.\n\n"
    "The survey will be repeated in 2033."
)


def test_glued_date_and_the_line_before_it_are_furniture():
    summary = summarize(TEXT, sentences=4)
    reasons = {s.text: c.reason for s, c in zip(summary.document.sentences, candidate_weights(summary.document))}
    assert reasons["Is this the cleanest river in the region?"] == "teaser"
    assert reasons["Monday, 6 January 2031"] == "timestamp"
    assert [line.text for line in summary.lines] == [
        "The river otter population in the Harl valley has doubled since 2015, a survey found.",
        "Rangers credit cleaner water and a ban on fixed fishing nets.",
        "The survey will be repeated in 2033.",
    ]


def test_a_question_with_a_space_before_a_date_line_is_not_a_teaser():
    text = "Is the river clean again? Rangers think so after the survey of 2031.\n\nMonday, 6 January 2031"
    document = summarize(text).document
    assert candidate_weights(document)[0].reason != "teaser"
