"""A summary written as a list of headlines or points, with no full stop anywhere ("Council
approves budget"), is not cut off line by line for want of one; a line of it that stops on a word
no sentence ends on still is, and a single line or a list that ends its other lines with full
stops keeps the old rule. Article and lines written for this test."""

from summarizer import verify
from summarizer.verify.relations import summary_marks_sentences

ARTICLE = (
    "The Brackwater district council approved a budget of 84 million pounds on Tuesday after a "
    "four-hour debate. The plan keeps the town's two libraries open and adds a night bus to the "
    "hospital. Council leader Imogen Farrow said the vote was the hardest of her six years in office. "
    "Opposition members argued that the plan leaves too little for road repairs."
)


def _incomplete(summary) -> list[str]:
    return [p.message for line in verify(ARTICLE, summary).lines for p in line.problems if p.kind == "incomplete"]


def test_a_list_of_headlines_without_full_stops_passes():
    summary = ["Brackwater council approves 84 million pound budget", "Both libraries stay open and a night bus goes to the hospital"]
    assert _incomplete(summary) == []


def test_bullet_marks_do_not_change_that():
    summary = ["- Council approves 84 million pound budget after four-hour debate", "- Plan keeps both libraries open"]
    assert _incomplete(summary) == []


def test_a_line_of_the_list_that_stops_on_an_article_is_cut_off():
    summary = ["Council approves 84 million pound budget", "Plan keeps both libraries open and adds a night bus to the"]
    messages = _incomplete(summary)
    assert len(messages) == 1 and "“the”" in messages[0]


def test_a_line_of_the_list_that_stops_on_an_auxiliary_is_cut_off():
    assert _incomplete(["Council approves 84 million pound budget", "Opposition members said road repairs would"])


def test_a_single_line_without_a_full_stop_is_still_incomplete():
    assert _incomplete(["Brackwater council approves 84 million pound budget"])


def test_a_list_whose_other_lines_end_in_full_stops_keeps_the_rule():
    assert _incomplete(["The council approved a budget of 84 million pounds.", "The plan keeps both libraries open"])


def test_text_lines_with_sentence_ends_inside_count_as_prose():
    assert summary_marks_sentences(["Council approves budget. Libraries stay open", "Night bus added"], "english")
    assert not summary_marks_sentences(["Council approves budget", "Night bus added"], "english")
    assert summary_marks_sentences(["Council approves budget"], "english")


def test_a_summary_given_as_text_is_read_the_same_way():
    assert _incomplete("Council approves 84 million pound budget\nThe plan keeps the two libraries open") == []
    assert _incomplete("Council approves 84 million pound budget.\nThe plan keeps the two libraries open")


def test_a_list_line_cut_inside_a_copied_clause_is_still_caught():
    article = ARTICLE + " Bus fares rise to 2.40 pounds, up from 2.10 pounds last year."
    summary = ["Council approves 84 million pound budget", "Bus fares rise to 2.40 pounds, up from"]
    assert [p.kind for line in verify(article, summary).lines for p in line.problems] == ["incomplete"]


def test_a_list_line_followed_by_another_was_not_cut_off():
    # Only a summary's last line can have been cut where its writer stopped: a headline that stops
    # where its source sentence goes on, with another headline after it, is whole.
    article = ARTICLE + " Bus fares rise to 2.40 pounds from April for adults and children."
    summary = ["Bus fares rise to 2.40 pounds from April", "Council approves 84 million pound budget"]

    def incomplete(lines):
        return [p for line in verify(article, lines).lines for p in line.problems if p.kind == "incomplete"]

    assert incomplete(summary) == []
    assert incomplete(list(reversed(summary)))


def test_a_month_written_with_a_capital_is_no_auxiliary():
    # "may" stops a line short; "May" is the month the council meets in.
    article = ARTICLE + " The council will meet again in early May."
    summary = ["Council approves 84 million pound budget", "Council to meet again in early May"]
    assert [p.message for line in verify(article, summary).lines for p in line.problems if p.kind == "incomplete"] == []
