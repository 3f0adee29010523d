"""A role the article gives one named person put beside another's name in a line ("the chief
nurse, Daniel Osei" where the article's chief nurse is Fiona Galloway) is a relation problem; the
right pairing, and a role the article also gives the line's person, pass. Sentences written for
this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds

pytest.importorskip("spacy")

ARTICLE = (
    "Harwick General Hospital will stop delivering babies from June, the trust that runs it said. "
    "The trust's chief nurse, Fiona Galloway, said the decision was temporary. "
    "Local MP Daniel Osei said he would ask the health secretary to intervene. "
    "Campaign leader Ruth Abara, a retired midwife, said 3,000 people had signed a petition. "
    "Osei, who trained as a midwife, backed the petition."
)


def _kinds(line: str) -> set[str]:
    return parsed_problem_kinds(ARTICLE, line)


@pytest.mark.parametrize("line", [
    "The trust's chief nurse, Daniel Osei, called the decision temporary.",
    "Daniel Osei, the trust's chief nurse, called the decision temporary.",
    "Chief nurse Daniel Osei called the decision temporary.",
])
def test_a_role_given_to_another_named_person_is_a_relation_problem(line: str) -> None:
    assert "relation" in _kinds(line)


def test_the_role_beside_its_own_holder_passes() -> None:
    assert "relation" not in _kinds("The trust's chief nurse, Fiona Galloway, called the decision temporary.")


def test_a_role_the_article_also_gives_the_lines_person_passes() -> None:
    # Abara is "a retired midwife", and Osei "trained as a midwife": the article holds both.
    assert "relation" not in _kinds("Daniel Osei, a trained midwife, backed the petition.")
