"""Reported speech whose speaker the line names otherwise than the sentence that quotes them:
by the short name the source gives in brackets ("the Dock and Harbour Workers' Union (DHWU)
said" -> "The DHWU said"), by the role the source writes before the name ("Finance director Ada Brill said" ->
"The company's finance director said"), or by the name after a title when the saying verb is
the second of two ("Port minister Ruth Obi visited ... and said" -> "..., Obi said"). Another
speaker put there is still caught. Sentences written for this test."""

from __future__ import annotations

from checking import parsed_problem_kinds, problem_kinds

PORT = (
    "Pilots at the port of Stennick will refuse overtime from Monday in a dispute over rotas, their union said. "
    "The union said about 900 of its members had voted for the action, with 84 percent of those "
    "balloted backing it.\n\n"
    "Finance director Ada Brill, 51, said the new rotas were \"safe and affordable\" and accused the union of "
    "scaremongering. Port minister Ruth Obi urged both sides to meet again and said the government had no plan "
    "to intervene."
)


def test_short_name_in_brackets_is_a_word_of_the_name() -> None:
    import pytest

    from summarizer.verify.parser import load_parser, parse
    from summarizer.verify.predicates import _entity_words, _phrase_words

    if load_parser("english") is None:
        pytest.skip("no English parser installed")
    doc = parse("The Dock and Harbour Workers' Union (DHWU) said about 900 of its members had voted.", "english")
    union = next(t for t in doc if t.text == "Union")
    assert "dhwu" in _entity_words(union)
    assert "dhwu" in _phrase_words(union)
    board = next(t for t in parse("The harbour board (which met on Friday) said no.", "english") if t.text == "board")
    assert _entity_words(board) == {"board"}


def test_the_role_before_a_name_speaks_for_it() -> None:
    line = "The harbour board's finance director said the new rotas were safe and affordable."
    assert "attribution" not in parsed_problem_kinds(PORT, line)


def test_another_role_is_still_caught() -> None:
    line = "The harbour board's port minister said the new rotas were safe and affordable."
    assert "attribution" in problem_kinds(PORT, line)


def test_the_name_after_a_title_says_the_second_verbs_words() -> None:
    line = "The government has no plan to intervene, Obi said."
    assert problem_kinds(PORT, line) == []


def test_another_name_for_the_second_verb_is_still_caught() -> None:
    line = "The government has no plan to intervene, Brill said."
    assert "attribution" in problem_kinds(PORT, line)
