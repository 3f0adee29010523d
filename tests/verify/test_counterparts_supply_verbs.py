"""Supplying is handing over (issue 18, reversal): "fournir ... au supermarché" where the source has
the supermarket's director offer to supply, read as the other handing-over verbs are
(`counterparts.py`), in French and Spanish. Sentences written for this test; parser off."""

import pytest

from summarizer.verify.verification import make_checker, verify

ARTICLE = (
    "La coopérative laitière de Brenne rouvrira sa boutique en mars. "
    "Le directeur de la fromagerie Vauclair, Paul Roche, a proposé de fournir du beurre à prix coûtant."
)


def _messages(line: str) -> list[str]:
    checker = make_checker("default", parser="off")
    return [p.message for checked in verify(ARTICLE, [line], checker=checker).lines for p in checked.problems]


def test_the_supplier_made_the_one_supplied_is_a_reversal() -> None:
    line = "La coopérative a proposé de fournir du beurre à prix coûtant à la fromagerie Vauclair."
    assert any(m.startswith("relation reversed") for m in _messages(line))


@pytest.mark.parametrize("line", [
    "Paul Roche, directeur de la fromagerie Vauclair, a proposé de fournir du beurre à prix coûtant.",
    "La fromagerie Vauclair a proposé de fournir du beurre à prix coûtant.",
])
def test_the_source_s_supplier_passes(line: str) -> None:
    assert not any(m.startswith("relation reversed") for m in _messages(line))
