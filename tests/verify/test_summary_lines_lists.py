"""Summaries written as chat models write them, as numbered or bulleted lists under a heading:
the list marker is no figure or word of the claim, and a heading that introduces the lines is
not itself checked. Article and lines written for this test."""

from summarizer import verify
from summarizer.verify.summary_lines import summary_lines

ARTICLE = (
    "Harlow Vale's water board agreed on Thursday to replace 14 kilometres of lead pipes by 2029. "
    "The work will cost 31 million euros, the board's chair, Ines Marquardt, said.\n\n"
    "Households on the oldest streets will get free filters until their pipes are replaced."
)


def _problems(summary) -> list[tuple[str, str]]:
    return [(p.kind, p.message) for line in verify(ARTICLE, summary).lines for p in line.problems]


def test_list_numbers_are_not_figures_of_the_claims():
    summary = "1. The water board will replace 14 kilometres of lead pipes by 2029.\n2. The work will cost 31 million euros."
    assert _problems(summary) == []


def test_bracketed_numbers_and_bullets_are_taken_off():
    lines = [text for text, _ in summary_lines("(1) First point.\n2) Second point.\n• Third point.\n- Fourth point.", "english")]
    assert lines == ["First point.", "Second point.", "Third point.", "Fourth point."]


def test_an_initial_and_a_year_are_not_list_markers():
    lines = [text for text, _ in summary_lines("A. Marquardt chairs the board.\n2029 is the deadline.", "english")]
    assert lines == ["A. Marquardt chairs the board.", "2029 is the deadline."]


def test_a_heading_that_introduces_the_list_is_not_checked():
    for heading in ("Key points:", "**Summary:**", "## Summary", "Here is what the article says:"):
        lines = verify(ARTICLE, f"{heading}\n- The water board will replace 14 kilometres of lead pipes by 2029.").lines
        assert [line.text for line in lines] == ["The water board will replace 14 kilometres of lead pipes by 2029."]


def test_a_longer_heading_is_a_claim_and_is_checked():
    lines = verify(ARTICLE, "## Water board replaces 40 kilometres of pipes\nThe work will cost 31 million euros.").lines
    assert lines[0].text == "Water board replaces 40 kilometres of pipes"
    assert any(p.kind == "number" for p in lines[0].problems)


def test_a_wrong_figure_in_a_numbered_line_is_still_caught():
    summary = "1. The water board will replace 14 kilometres of lead pipes by 2029.\n2. The work will cost 13 million euros."
    assert ("number" in {kind for kind, _ in _problems(summary)})


def test_a_sequence_of_lines_is_read_the_same_way():
    assert _problems(["Key points:", "1. The water board will replace 14 kilometres of lead pipes by 2029."]) == []


def test_a_line_that_names_someone_before_its_colon_is_checked():
    lines = [text for text, _ in summary_lines("Ines Marquardt:\nThe work will cost 31 million euros.", "english")]
    assert lines == ["Ines Marquardt:", "The work will cost 31 million euros."]


def test_rules_bold_headings_and_a_closing_emoji_are_layout_not_claims():
    # chat models write "**Summary**" over their lines, "---" between parts and end on an emoji;
    # each was checked as a claim with support 0, and the summary rejected
    summary = (
        "**Summary**\n\n"
        "1. The water board will replace 14 kilometres of lead pipes by 2029. ✅\n\n"
        "---\n\n"
        "*Cost*\n"
        "- The work will cost 31 million euros. 💶\n"
        "***\n"
    )
    assert summary_lines(summary, "english") == [
        ("The water board will replace 14 kilometres of lead pipes by 2029. ✅", ["The water board will replace 14 kilometres of lead pipes by 2029."]),
        ("The work will cost 31 million euros. 💶", ["The work will cost 31 million euros."]),
    ]
    result = verify(ARTICLE, summary)
    assert result.supported, _problems(summary)


def test_a_line_given_in_a_sequence_is_still_taken_as_it_is():
    assert summary_lines(["**Summary**", "The work will cost 31 million euros."], "english")[0] == ("**Summary**", ["**Summary**"])


def test_a_bold_label_before_a_claim_is_layout_not_a_word_of_it():
    # "- **Budget approved:** The council voted ..." is how chat models write list items; the
    # label was read as part of the claim: "Bottom line" an unsupported addition, "Budget
    # approved" a relation reversed ("Budget" approving), and the summary rejected
    summary = (
        "- **Bottom line:** The water board will replace 14 kilometres of lead pipes by 2029.\n"
        "- **Cost**: The work will cost 31 million euros.\n"
        "- __What households get:__ Households on the oldest streets will get free filters.\n"
    )
    assert [text for text, _ in summary_lines(summary, "english")] == [
        "The water board will replace 14 kilometres of lead pipes by 2029.",
        "The work will cost 31 million euros.",
        "Households on the oldest streets will get free filters.",
    ]
    result = verify(ARTICLE, summary)
    assert result.supported, _problems(summary)


def test_a_bold_label_that_names_someone_or_says_more_stays_in_the_claim():
    # a speaker before her words, a label of four words or more, a label with nothing after it,
    # and a line given in a sequence are kept as they are
    summary = (
        '- **Ines Marquardt:** "The work will cost 31 million euros."\n'
        "- **Board replaces 40 kilometres of pipes:** The work starts soon.\n"
        "- **Cost:**\n"
    )
    # (their words stay; the bold marks around them are markup, as inside any line)
    assert [text for text, _ in summary_lines(summary, "english")] == [
        'Ines Marquardt: "The work will cost 31 million euros."',
        "Board replaces 40 kilometres of pipes: The work starts soon.",
        "Cost:",
    ]
    assert summary_lines(["**Cost:** The work will cost 31 million euros."], "english")[0][0].startswith("**Cost:**")
    assert any(p.kind == "number" for line in verify(ARTICLE, summary).lines for p in line.problems)  # the 40 is still checked


def test_a_summary_that_is_only_its_lead_in_has_no_line_to_check():
    for summary in ("Key points:", "**Summary:**\n", "## Key points\n\nSummary:"):
        assert summary_lines(summary, "english") == []
    # a lead-in of more words, or a claim, is still a line
    assert [text for text, _ in summary_lines("The board replaces the pipes:", "english")] == ["The board replaces the pipes:"]
