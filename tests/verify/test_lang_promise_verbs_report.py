"""A verb of promising ("promised", "vowed", "prometió", "versprach") reports someone's words as
"said" does: a line may give a quoted promise with it, unquoted. A line that states the quoted
words as its own, with no one saying them, is still caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

ES = (
    "El alcalde de Torrevieja, Andrés Cano, perdió la votación del pleno el jueves. "
    "Cano reconoció el resultado y dijo que su grupo hará \"una oposición dura pero leal\" durante el resto del mandato."
)


def test_spanish_prometio_reports() -> None:
    line = "Andrés Cano reconoció el resultado y prometió una oposición dura pero leal durante el resto del mandato."
    assert "hedge" not in problem_kinds(ES, line)


def test_spanish_quoted_words_as_fact_are_still_caught() -> None:
    line = "El grupo de Andrés Cano hará una oposición dura pero leal durante el resto del mandato."
    assert "hedge" in problem_kinds(ES, line)


EN = (
    "The mayor of Kelby, Joan Pryce, lost a council vote on housing on Thursday. "
    "Pryce said her group would mount \"a tough but fair opposition\" for the rest of the term."
)


def test_english_vowed_reports() -> None:
    line = "Joan Pryce lost the housing vote and vowed a tough but fair opposition for the rest of the term."
    assert "hedge" not in problem_kinds(EN, line)


def test_english_quoted_words_as_fact_are_still_caught() -> None:
    line = "Joan Pryce's group will mount a tough but fair opposition for the rest of the term."
    assert "hedge" in problem_kinds(EN, line)
