"""Relative dates ("last year") are read with each language module's own patterns (issue 22:
a language's words stand in its one file), so the verify stage keeps no per-language table."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.lang import get


@pytest.mark.parametrize("code", ["en", "es", "fr", "de"])
def test_each_language_with_relative_date_checks_carries_its_patterns(code):
    patterns = get(code).relative_dates
    assert patterns and {offset for _, offset in patterns} == {-1, 0, 1}



def test_a_german_line_moving_last_year_to_this_year_is_a_wrong_date():
    article = "Die Brauerei Kessler verkaufte letztes Jahr 40.000 Hektoliter Bier, teilte das Unternehmen mit."
    assert "date" in _kinds(article, "Die Brauerei Kessler verkaufte dieses Jahr 40.000 Hektoliter Bier.")
    assert _kinds(article, "Die Brauerei Kessler verkaufte letztes Jahr 40.000 Hektoliter Bier.") == []


def test_french_an_and_annee_are_one_unit():
    article = "La brasserie Morel a vendu 40 000 hectolitres de bière l'an dernier, selon l'entreprise."
    assert "date" in _kinds(article, "La brasserie Morel a vendu 40 000 hectolitres de bière cette année.")
