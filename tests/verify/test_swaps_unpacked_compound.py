"""A line that unpacks its source's hyphened compound ("40 metres of the towpath" for "a 40-metre
strip of the towpath") uses the source's own word, not a swap for the noun after the compound;
another noun after the same compound is still a `substitution`. Read with the parse (sentences
written for this test)."""

from __future__ import annotations

from checking import parsed_problem_kinds as problem_kinds

ARTICLE = (
    "Volunteers have cleared a 40-metre strip of the towpath near Brindley Lock, the canal trust said. "
    "The trust also built a 12-metre wall beside the lock gates last spring."
)


def test_swaps_unpacked_compound_passes() -> None:
    assert "substitution" not in problem_kinds(ARTICLE, "Volunteers have cleared 40 metres of the towpath near Brindley Lock.")


def test_swaps_other_noun_after_the_compound_is_caught() -> None:
    assert "substitution" in problem_kinds(ARTICLE, "The trust also built a 12-metre fence beside the lock gates last spring.")
