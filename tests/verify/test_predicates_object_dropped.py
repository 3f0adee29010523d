"""A line that ends on its main verb where its sources always give that verb an object
("Engineers at the Dunmore yard inspected." of "inspected 300 welds") is incomplete; a verb its
sources use without one ("The talks continued."), or a measure after it ("Sales fell 4%" ->
"Sales fell."), is not. Sentences written for this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds

pytest.importorskip("spacy")

ARTICLE = (
    "Engineers at the Dunmore yard inspected 300 welds on the ferry and found cracks in 12 of them. "
    "Sales of tickets fell 4% in March. The talks between the union and the operator continued."
)


def _kinds(line: str) -> set[str]:
    return parsed_problem_kinds(ARTICLE, line)


def test_a_line_stopping_on_a_verb_its_source_gives_an_object_is_incomplete() -> None:
    assert "incomplete" in _kinds("Engineers at the Dunmore yard inspected.")


def test_a_verb_without_an_object_in_its_source_passes() -> None:
    assert "incomplete" not in _kinds("Sales of tickets fell.")
    assert "incomplete" not in _kinds("The talks between the union and the operator continued.")
