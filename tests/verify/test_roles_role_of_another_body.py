"""A role given with the body it belongs to ("Norland chief executive Ada Voss") where the article
gives that body's role to someone else and the person the same role of another body ("Kestrel
chief executive Ada Voss", "Norland chief executive Piet Marr") is a `relation` problem; the
article's own pairing passes (sentences written for this test; read from the parse)."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "Norland Insurance and Kestrel Mutual agreed to merge on Monday. "
    "Norland chief executive Piet Marr said the deal would cut costs by $90 million. "
    "Kestrel chief executive Ada Voss will chair the combined group's risk committee."
)


def test_roles_role_of_another_body_is_caught() -> None:
    line = "Norland chief executive Ada Voss will chair the combined group's risk committee."
    assert "relation" in parsed_problem_kinds(ARTICLE, line)


def test_roles_article_pairing_passes() -> None:
    line = "Kestrel chief executive Ada Voss will chair the combined group's risk committee."
    assert "relation" not in parsed_problem_kinds(ARTICLE, line)
