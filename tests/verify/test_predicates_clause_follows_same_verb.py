"""A clause after the same verb in line and source ("... to overturn the fine, saying it was
unfair") keeps its event even where the parser hangs it on an earlier verb in one of them; a
clause put after another event of the sentence is still caught. Sentences written for this test."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "A driver from Hexley has gone to court over a parking charge. "
    "Mr Rook, who had paid the fine in March, launched a legal bid to overturn it, saying it was unfair and unenforceable."
)


def test_a_clause_after_the_same_verb_keeps_its_event() -> None:
    line = "Mr Rook launched a legal bid to overturn the fine saying it was unfair and unenforceable."
    assert "circumstance" not in parsed_problem_kinds(ARTICLE, line)


def test_a_clause_put_after_another_event_is_caught() -> None:
    line = "Mr Rook paid the fine in March, saying it was unfair and unenforceable."
    assert "circumstance" in parsed_problem_kinds(ARTICLE, line)
