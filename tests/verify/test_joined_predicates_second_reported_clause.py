"""A second reported clause joined onto a faithful line ("said A and that B", "but that B", "et
qu'il B") that its sources never state is an unsupported addition, as a joined predicate is
(verify/joined_predicates.py); one that rewords its source with synonyms ("seldom" for "rarely")
passes (sentences written for this test)."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.joined_predicates import joined_predicate
from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_kin import near_kin

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

BRIDGE = (
    "The Carrow footbridge will stay closed until the spring, Tendle council said on Wednesday. "
    "Engineer Rosa Vint said the inspection had found no cracks in the main cables. "
    "She said she hoped the repairs would rarely disturb the boats below."
)


def _problems(article: str, line: str, parser: str = "off") -> list[tuple[str, str]]:
    result = verify(article, [line], checker_settings={"parser": parser})
    return [(p.kind, p.message) for p in result.problems]


@needs_wordnet
@pytest.mark.parametrize("joiner", ["and", "but"])
def test_joined_predicates_second_reported_clause_added(joiner: str) -> None:
    line = f"Engineer Rosa Vint said the inspection had found no cracks in the main cables {joiner} that the council would compensate boat owners."
    for parser in ("off", "auto"):
        assert ("support", "unsupported addition: “the council would compensate boat owners”") in _problems(BRIDGE, line, parser)


@needs_wordnet
def test_joined_predicates_second_reported_clause_reworded_passes() -> None:
    line = "Engineer Rosa Vint said the inspection had found no cracks in the main cables and that she hoped the repairs would seldom disturb the boats."
    assert _problems(BRIDGE, line) == []


def test_joined_predicates_second_reported_clause_spanish() -> None:
    article = (
        "El puente de Carrera seguirá cerrado hasta la primavera, anunció el ayuntamiento el miércoles. "
        "La ingeniera Rosa Vint dijo que la inspección no había encontrado grietas en los cables. "
        "Los barqueros temen perder clientes."
    )
    sentences = [s if s.endswith(".") else s + "." for s in article.split(". ")]
    line = "La ingeniera Rosa Vint dijo que la inspección no había encontrado grietas en los cables, pero que el ayuntamiento indemnizará a los barqueros."
    found = joined_predicate(line, sentences[:2], sentences, "spanish")
    assert found is not None and "indemnizará" in found


@needs_wordnet
def test_joined_predicates_adverbs_of_one_sense_are_kin() -> None:
    assert near_kin("seldom", "rarely")
    assert not near_kin("quickly", "slowly")
