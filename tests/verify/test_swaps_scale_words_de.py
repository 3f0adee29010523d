"""German writes its nouns with a capital: "Millionen" for "Mio." is the same figure, not a name
put in another's place; a currency swapped beside either is still caught."""

from __future__ import annotations

from summarizer import verify

ARTICLE = (
    "Die Stadt Bremen investiert 12 Mio. Euro in neue Radwege. "
    "Der Bürgermeister sagte, die Arbeiten beginnen im Mai."
)


def test_swaps_scale_word_spelled_out_passes() -> None:
    verification = verify(ARTICLE, "Bremen investiert 12 Millionen Euro in neue Radwege.")
    assert verification.supported, [p.message for p in verification.lines[0].problems]


def test_swaps_currency_beside_spelled_out_scale_is_caught() -> None:
    verification = verify(ARTICLE, "Bremen investiert 12 Millionen Dollar in neue Radwege.")
    kinds = {p.kind for p in verification.lines[0].problems}
    assert "substitution" in kinds
