"""A line that is a noun phrase whose only verb stands in a relative clause is incomplete: the
sentence it came from went on to say what happened. A whole sentence with the same relative
clause passes."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds

pytest.importorskip("spacy")

ARTICLE = (
    "Orvane Foods expects to return to profit next year, its chief executive Dana Whitlock said on "
    "Thursday. Whitlock, who took over in March, said the company would close two of its five "
    "bakeries. The closures will cost 140 jobs, the company said."
)


def _kinds(line: str) -> set[str]:
    return parsed_problem_kinds(ARTICLE, line)


def test_predicates_noun_phrase_with_only_a_relative_clause_is_incomplete() -> None:
    assert "incomplete" in _kinds("Dana Whitlock, the chief executive of Orvane Foods, who took over in March.")


def test_predicates_sentence_with_a_relative_clause_passes() -> None:
    assert "incomplete" not in _kinds("Dana Whitlock, who took over in March, said Orvane Foods would close two bakeries.")
