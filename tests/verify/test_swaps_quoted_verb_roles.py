"""A verb inside a quotation has no party outside it: in '"... not a deal I will accept,"
Hartley said' Hartley speaks and is not accepted, so a line "Hartley said he would not accept a
deal ..." reverses nothing. A reversal told outside quotation marks is still caught (sentences written
for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Rovers have agreed a fee for their striker, the club said on Monday. "
    "\"Nobody wants to sell, but an offer below our valuation is not a deal I will accept,\" Hartley said. "
    "Last season Dunmore beat Rovers twice at Kestrel Park."
)


def test_swaps_quoted_verb_roles_line_passes() -> None:
    line = "Hartley said that although nobody wanted to sell, he would not accept a deal below the club's valuation."
    assert "relation" not in problem_kinds(ARTICLE, line)


def test_swaps_quoted_verb_roles_reversal_outside_quotes_is_caught() -> None:
    assert "relation" in problem_kinds(ARTICLE, "Last season Rovers beat Dunmore twice at Kestrel Park.")
