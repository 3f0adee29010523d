"""One amount written many ways is one figure ("£1.2m", "1.2 million pounds", "40,000", "40
thousand", "5%", "5 percent"); a sum in another currency than its source gives it is caught."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.amounts import amounts

ARTICLE = (
    "Harbourside council will spend £1.2m on new cycle lanes, a rise of 5% on last year, its "
    "transport chief Mia Okoro said on Tuesday. About 40,000 people cycle to work in the city, and "
    "riders made 2bn trips across the region in 2025."
)


def _kinds(line: str) -> set[str]:
    return {p.kind for verified in verify(ARTICLE, line).lines for p in verified.problems}


@pytest.mark.parametrize(
    "line",
    [
        "Harbourside council will spend 1.2 million pounds on new cycle lanes, Mia Okoro said.",
        "Harbourside council will spend £1.2 million on new cycle lanes, a rise of 5 percent, Mia Okoro said.",
        "About 40 thousand people cycle to work in the city.",
        "Riders made 2 billion trips across the region in 2025.",
    ],
)
def test_amounts_written_otherwise_pass(line: str) -> None:
    assert not _kinds(line) & {"number", "quantity", "substitution"}, line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Harbourside council will spend $1.2m on new cycle lanes, Mia Okoro said.", "substitution"),
        ("Harbourside council will spend 1.2 million euros on new cycle lanes, Mia Okoro said.", "substitution"),
        ("Harbourside council will spend 1.2 billion pounds on new cycle lanes, Mia Okoro said.", "quantity"),
        ("About 4 thousand people cycle to work in the city.", "number"),
    ],
)
def test_amounts_changed_are_caught(line: str, kind: str) -> None:
    assert kind in _kinds(line), line


def test_amounts_read_values_scales_and_currencies() -> None:
    found = {a.written: (a.value, a.currency) for a in amounts("£1.2m, 40,000, 2 billion dollars and US$3bn")}
    assert found == {
        "£1.2m": ("1200000", "pound"),
        "40,000": ("40000", None),
        "2 billion dollars": ("2000000000", "dollar"),
        "US$3bn": ("3000000000", "dollar"),
    }


def test_amounts_currency_in_other_languages() -> None:
    article = "El alcalde Pedro Ruiz inauguró el puente el lunes. Según el ayuntamiento, la obra costó 40 millones de euros."
    swapped = verify(article, "Según el ayuntamiento, la obra costó 40 millones de dólares.")
    same = verify(article, "Según el ayuntamiento, la obra costó 40 millones €.")
    assert "substitution" in {p.kind for p in swapped.lines[0].problems}
    assert same.supported, [p.message for p in same.lines[0].problems]
