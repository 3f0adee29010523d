"""A judgement given in quoted words ('X described the plan as "..."', 'X called it "..."') gives
words to X as "said" does: where the cited sentence holding the quotation has another named person
give it, the line is an `attribution` problem. The judgement kept with its speaker passes
(sentences written for this test)."""

from checking import problem_kinds

ARTICLE = (
    "Merrow Council will close two of its four swimming pools in April to save £900,000 a year. "
    "Council leader Anna Feld said the pools cost more to run each year and described the closures as \"a painful but necessary step\". "
    "Opposition leader Rhys Morgan said the council had wasted money on a new town hall. "
    "A swimmer called the council to complain, Morgan said."
)


def test_relations_quoted_judgement_given_to_another_speaker_is_caught() -> None:
    line = 'Rhys Morgan described the closures as "a painful but necessary step".'
    assert "attribution" in problem_kinds(ARTICLE, line)


def test_relations_quoted_judgement_kept_with_its_speaker_passes() -> None:
    line = 'Anna Feld described the closures as "a painful but necessary step".'
    assert "attribution" not in problem_kinds(ARTICLE, line)
