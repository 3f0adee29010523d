"""Words that name a kind ("type", "kind", "sort", Spanish "tipo", "clase") stand for each
other: "the kind of forward" for "the type of forward" swaps no thing. A thing's word put in
the same place is still a substitution. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

SIGNING = (
    "Harlow Town have signed striker Milo Brandt from Kettering on a two-year deal. "
    "Manager Ivo Sand said: \"Milo is exactly the type of forward we have lacked all season.\""
)


def test_kind_for_type() -> None:
    line = "Manager Ivo Sand said Brandt was exactly the kind of forward Harlow had lacked all season."
    assert "substitution" not in problem_kinds(SIGNING, line)


RECALL = "Dairy firm Korrel recalled a type of cheese on Monday after traces of listeria were found in a batch, the food agency said."


def test_sort_for_type() -> None:
    line = "Dairy firm Korrel recalled a sort of cheese on Monday after traces of listeria were found in a batch, the food agency said."
    assert "substitution" not in problem_kinds(RECALL, line)


def test_a_thing_after_the_kinds_noun_is_still_caught() -> None:
    line = "Dairy firm Korrel recalled a type of yoghurt on Monday after traces of listeria were found in a batch, the food agency said."
    assert "substitution" in problem_kinds(RECALL, line)


def test_a_kinds_noun_for_a_thing_is_still_caught() -> None:
    article = RECALL.replace("a type of cheese", "a crate of cheese")
    line = "Dairy firm Korrel recalled a kind of cheese on Monday after traces of listeria were found in a batch, the food agency said."
    assert "substitution" in problem_kinds(article, line)


def test_spanish_clase_for_tipo() -> None:
    article = "La empresa Ferral retiró el lunes un tipo de yogur por un fallo en el etiquetado, según la agencia."
    line = "La empresa Ferral retiró el lunes una clase de yogur por un fallo en el etiquetado, según la agencia."
    assert "substitution" not in problem_kinds(article, line)
