"""A summary hard-wrapped before a figure ("... voted\\n7-4 to approve ...") is one sentence: the
break falls where a line with no end mark meets a line that starts with a digit and ends the
sentence, in a summary whose lines end with marks. A list of headlines without full stops keeps
its lines apart. Article and lines written for this test, after samples/city-budget.txt."""

from pathlib import Path

from summarizer import verify
from summarizer.read.document import unbroken_lines

ARTICLE = (
    "The Marlow Falls city council voted 7-4 early Wednesday to approve a $1.5bn operating budget. "
    "The plan raises total spending by 3.5% compared with last year."
)


def test_a_break_before_a_figure_is_joined():
    text = "The Marlow Falls city council voted\n7-4 to approve a $1.5bn budget.\n"
    assert unbroken_lines(text) == ["The Marlow Falls city council voted 7-4 to approve a $1.5bn budget."]
    result = verify(ARTICLE, text)
    assert [line.text for line in result.lines] == ["The Marlow Falls city council voted 7-4 to approve a $1.5bn budget."]
    assert result.supported


def test_the_sample_from_the_report(samples_dir: Path):
    result = verify(samples_dir / "city-budget.txt", "The Marlow Falls city council voted\n7-4 to approve a $1.5bn budget.\n")
    assert len(result.lines) == 1 and result.supported


def test_among_other_wrapped_sentences():
    text = "The council voted 7-4 to approve a budget that raises total spending by\n3.5% compared with last year. The\nvote came early Wednesday."
    assert unbroken_lines(text) == [
        "The council voted 7-4 to approve a budget that raises total spending by 3.5% compared with last year. The vote came early Wednesday."
    ]
    text = "The plan raises total spending\n3.5% over last year.\nThe council voted on Wednesday."
    assert unbroken_lines(text) == ["The plan raises total spending 3.5% over last year.", "The council voted on Wednesday."]


def test_headlines_without_full_stops_stay_apart():
    assert unbroken_lines("Council approves budget\n2 libraries stay open") == ["Council approves budget", "2 libraries stay open"]
    # a line ending without a mark that no digit follows: not a summary that ends its lines with marks
    text = "Council approves budget\n2 libraries stay open.\nNight bus to the hospital"
    assert unbroken_lines(text) == ["Council approves budget", "2 libraries stay open.", "Night bus to the hospital"]


def test_a_heading_or_a_numbered_item_is_not_joined():
    assert unbroken_lines("Key points:\n2029 is the deadline.") == ["Key points:", "2029 is the deadline."]
    assert unbroken_lines("## Summary\n14 kilometres of pipes go.") == ["## Summary", "14 kilometres of pipes go."]
    assert unbroken_lines("**Summary**\n14 kilometres of pipes go.") == ["**Summary**", "14 kilometres of pipes go."]
    assert unbroken_lines("The council voted\n2. The plan passed.") == ["The council voted", "2. The plan passed."]


def test_a_figure_line_that_ends_no_sentence_is_not_joined():
    assert unbroken_lines("The council voted\n7-4 on Wednesday\nThe plan passed.") == [
        "The council voted", "7-4 on Wednesday", "The plan passed."
    ]
