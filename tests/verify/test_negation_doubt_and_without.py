"""Negations that negate nothing, and negations said with "without" (verify/predicates.py,
verify/relations.py): a negation before a noun of doubt ("sans doute", "no doubt", "sin duda") is
an adverb of likelihood, not a negated claim, and French "sans doute" keeps a source's hedge;
"sans compter" restates a source's "ne ... jamais compter". A negation a line adds or drops is still
caught (sentences written for this test)."""

from __future__ import annotations

from summarizer import verify

USINE = (
    "La directrice Claire Fauvel a salué des générations de mineurs qui ne comptaient jamais leurs heures. "
    "La remise en état du terrain devrait durer au moins six ans, selon la société Terres du Nord."
)

BRIDGE = (
    "The county said the repaired footbridge would probably reopen in June. "
    "Engineers checked the railings on Tuesday."
)

PUENTE = (
    "El ayuntamiento afirmó que el puente reparado abrirá en junio. "
    "Los técnicos revisaron las barandillas el martes."
)


def _kinds(article: str, line: str, language: str | None = None) -> list[str]:
    result = verify(article, [line], language=language, checker_settings={"parser": "off"})
    return [p.kind for p in result.problems]


def test_sans_doute_is_a_hedge_kept_not_a_negation() -> None:
    line = "Selon Terres du Nord, la remise en état du terrain durera sans doute au moins six ans."
    assert _kinds(USINE, line, "french") == []


def test_sans_aucun_doute_is_certain_so_the_hedge_is_dropped() -> None:
    line = "Selon Terres du Nord, la remise en état du terrain durera sans aucun doute au moins six ans."
    assert _kinds(USINE, line, "french") == ["hedge"]


def test_a_negation_a_french_line_adds_is_still_caught() -> None:
    line = "Selon Terres du Nord, la remise en état du terrain ne devrait pas durer six ans."
    assert "negation" in _kinds(USINE, line, "french")


def test_sans_before_the_verb_restates_the_sources_never() -> None:
    line = "Claire Fauvel a salué des générations de mineurs qui travaillaient sans compter leurs heures."
    assert _kinds(USINE, line, "french") == []


def test_dropping_the_sources_never_is_still_caught() -> None:
    line = "Claire Fauvel a salué des générations de mineurs qui comptaient leurs heures."
    assert _kinds(USINE, line, "french") == ["negation"]


def test_no_doubt_negates_nothing_in_english() -> None:
    line = "The repaired footbridge will no doubt reopen in June, the county said."
    assert "negation" not in _kinds(BRIDGE, line)


def test_a_negation_an_english_line_adds_is_still_caught() -> None:
    line = "The repaired footbridge will not reopen in June, the county said."
    assert "negation" in _kinds(BRIDGE, line)


def test_sin_duda_negates_nothing_in_spanish() -> None:
    line = "El ayuntamiento afirmó que el puente reparado abrirá sin duda en junio."
    assert "negation" not in _kinds(PUENTE, line, "spanish")


def test_a_negation_a_spanish_line_adds_is_still_caught() -> None:
    line = "El ayuntamiento afirmó que el puente reparado no abrirá en junio."
    assert "negation" in _kinds(PUENTE, line, "spanish")
