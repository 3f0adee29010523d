"""A sentence that goes on from a cited one with "He said" or "She added", right after it in its
paragraph, may vouch for a fact a line joins from it ("the pier, which will remain shut until
Friday,"), though it shares few of the line's words: one speaker's account in two sentences. A
sentence further on, one about something else, or one where "he" does something other than
speak, vouches only by the words it shares. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

PIER = (
    "Storm Edda tore a 30-metre hole in Carrow pier on Sunday, the council said. "
    "The harbour master, Ewan Roe, said the pier had never been damaged so badly in its 120-year history. "
    "He said it would stay closed until Friday."
)
LINE = "Harbour master Ewan Roe said the pier, which will remain shut until Friday, had never been damaged so badly in its 120-year history."


def test_the_next_sentence_of_the_same_speaker_vouches() -> None:
    assert "date" not in problem_kinds(PIER, LINE)


def test_a_sentence_further_on_does_not() -> None:
    article = PIER.replace("He said it would", "Repairs will cost £2m. He said it would")
    assert "date" in problem_kinds(article, LINE)


def test_a_next_sentence_about_something_else_does_not() -> None:
    article = PIER.replace("He said it would stay closed until Friday.", "Roads in the town stayed closed until Friday.")
    assert "date" in problem_kinds(article, LINE)


def test_a_next_sentence_where_he_does_not_speak_does_not() -> None:
    article = PIER.replace("He said it would stay closed until Friday.", "He ordered it to stay closed until Friday.")
    assert "date" in problem_kinds(article, LINE)


# The speaker's own words, closed by "she said", right after the sentence that names her.
DEPOT = (
    "Fire crews were called to the Brantwell bus depot at dawn on Saturday. "
    "Station officer Lena Kiss said the fire had started in a workshop at the back of the depot. "
    "\"This was not a deliberate attack,\" she said."
)
DEPOT_LINE = "Station officer Lena Kiss said the fire had started in a workshop at the back of the depot and was not deliberate."


def test_a_quote_closed_by_she_said_goes_on() -> None:
    assert "negation" not in problem_kinds(DEPOT, DEPOT_LINE)


def test_a_quote_closed_by_she_said_that_negates_nothing_does_not_vouch() -> None:
    article = DEPOT.replace("This was not a deliberate attack", "This was a deliberate attack")
    assert "negation" in problem_kinds(article, DEPOT_LINE)


def test_a_quote_further_on_does_not_go_on() -> None:
    article = DEPOT.replace("\"This was", "The depot will reopen on Monday. \"This was")
    assert "negation" in problem_kinds(article, DEPOT_LINE)
