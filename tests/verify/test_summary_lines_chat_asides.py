"""A chat model's preamble ("Here is a summary of the article:", "Sure! Here's ...") and sign-off
("Let me know if you'd like more detail!", "I hope this helps.") around a summary are layout, as a
"**Summary**" heading is: not checked, and never made a reason for NOT SUPPORTED. Only as the
first or last line of a summary given as text; a line that states a fact is still checked.
Article and lines written for this test."""

import pytest

from summarizer import verify
from summarizer.verify.summary_lines import summary_lines

ARTICLE = (
    "Harlow Vale's water board agreed on Thursday to replace 14 kilometres of lead pipes by 2029. "
    "The work will cost 31 million euros, the board's chair, Ines Marquardt, said."
)
CLAIM = "The water board will replace 14 kilometres of lead pipes by 2029."


def _texts(summary: str, language: str = "english") -> list[str]:
    return [text for text, _ in summary_lines(summary, language)]


@pytest.mark.parametrize(
    "closing",
    [
        "Let me know if you'd like more detail!",
        "I hope this helps.",
        "Hope this helps!",
        "Feel free to ask if you have any other questions.",
        "Let me know if you need anything else.",
        "Is there anything else you'd like to know?",
    ],
)
def test_a_sign_off_after_the_summary_is_not_checked(closing):
    result = verify(ARTICLE, f"{CLAIM}\n{closing}")
    assert [line.text for line in result.lines] == [CLAIM]
    assert result.supported


@pytest.mark.parametrize(
    "opening",
    [
        "Here is a summary of the article:",
        "Here's a short summary of the article.",
        "Sure! Here's a summary:",
        "Sure, here is a brief summary of the news article.",
        "Certainly! Here is the summary.",
    ],
)
def test_a_preamble_before_the_summary_is_not_checked(opening):
    result = verify(ARTICLE, f"{opening}\n{CLAIM}")
    assert [line.text for line in result.lines] == [CLAIM]
    assert result.supported


def test_both_around_a_list():
    summary = f"Sure! Here's a summary:\n\n- {CLAIM}\n- The work will cost 31 million euros.\n\nI hope this helps!"
    assert _texts(summary) == [CLAIM, "The work will cost 31 million euros."]


def test_only_as_the_first_or_last_line():
    # In the middle of the summary it is not a frame around it: it is checked as what it says.
    summary = f"{CLAIM}\nI hope this helps.\nThe work will cost 31 million euros."
    assert "I hope this helps." in _texts(summary)


def test_a_line_that_states_a_fact_is_still_checked():
    for line in (
        "Here is a summary of the budget: it costs 31 million euros.",
        "Here is the board's plan to replace the pipes by 2029.",
        "Let me know, the chair told residents, if the water tastes of metal.",
    ):
        assert line in _texts(f"{CLAIM}\n{line}") or line in _texts(f"{line}\n{CLAIM}")


def test_a_summary_given_as_lines_is_taken_as_it_is():
    assert [line.text for line in verify(ARTICLE, [CLAIM, "I hope this helps."]).lines] == [CLAIM, "I hope this helps."]


def test_german_french_and_spanish_sign_offs():
    assert _texts(f"Hier ist eine Zusammenfassung des Artikels:\n{CLAIM}\nIch hoffe, das hilft!", "german") == [CLAIM]
    assert _texts(f"Voici un résumé de l'article :\n{CLAIM}\nN'hésitez pas si vous avez d'autres questions.", "french") == [CLAIM]
    assert _texts(f"Aquí tienes un resumen del artículo:\n{CLAIM}\n¡Espero que esto te ayude!", "spanish") == [CLAIM]
