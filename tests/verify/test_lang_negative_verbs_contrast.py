"""Negation said by a verb's meaning ("bestritt", "negó", "failed to") is read from each
language's module (`Language.negative_verbs`), and a contrast ("rather than", "en lugar de")
keeps a source's "not" in other words. Sentences written for this test."""

from checking import problem_kinds as _kinds
from summarizer.lang import get

POOLS = (
    "Der Stadtrat bestritt am Dienstag, dass die drei Hallenbäder im Winter schließen. "
    "Die Stadt betreibt seit 1998 insgesamt sieben Bäder."
)
TAXES = (
    "El ministro de Hacienda, Luis Ferrer, negó que el Gobierno vaya a subir los impuestos este año. "
    "La oposición pidió una rebaja del IVA."
)
FERRY = (
    "The ferry operator said the delays had been caused by staff shortages, not by the weather. "
    "About 2,000 passengers were affected on Sunday."
)



def test_a_german_line_negating_where_its_source_denies_passes():
    assert "negation" not in _kinds(POOLS, "Die drei Hallenbäder schließen im Winter nicht, sagte der Stadtrat.")


def test_a_spanish_line_negating_where_its_source_denies_passes():
    assert "negation" not in _kinds(TAXES, "El Gobierno no subirá los impuestos este año, según el ministro Luis Ferrer.")


def test_a_negation_out_of_nothing_is_still_caught_in_german():
    source = "Der Stadtrat beschloss am Dienstag, dass die drei Hallenbäder im Winter schließen. Die Stadt betreibt sieben Bäder."
    assert "negation" in _kinds(source, "Die drei Hallenbäder schließen im Winter nicht, sagte der Stadtrat.")


def test_rather_than_keeps_the_sources_not():
    assert "negation" not in _kinds(FERRY, "The ferry operator blamed the delays on staff shortages rather than on the weather.")


def test_dropping_the_not_without_a_contrast_is_still_caught():
    assert "negation" in _kinds(FERRY, "The ferry operator said the delays had been caused by the weather.")


def test_the_word_lists_are_the_language_modules():
    for code in ("en", "es", "fr", "de"):
        assert get(code).negative_verbs, code
        assert get(code).contrast_phrases, code
