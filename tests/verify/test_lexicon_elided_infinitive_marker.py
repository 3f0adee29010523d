"""A refusal verb before an infinitive whose marker is elided onto it ("a refusé d'avancer un
prix") negates, as "a refusé de" does: a line's "sans avancer de prix" keeps it. A source with
no refusal at all still leaves a line's "sans" a negation it adds. Sentences written for this
test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.lexicon import lexicon

PORT = (
    "Le conseil portuaire de Brévenec a présenté lundi un projet d'extension du quai nord. "
    "Son directeur, Alain Kerouac, a confirmé des contacts avec deux armateurs, mais a refusé d'avancer une date."
)


def test_sans_for_a_refusal_with_an_elided_marker() -> None:
    line = "Alain Kerouac, directeur du conseil portuaire, a confirmé des contacts avec deux armateurs sans avancer de date."
    assert "negation" not in problem_kinds(PORT, line)


def test_sans_where_the_source_refuses_nothing_is_still_caught() -> None:
    article = PORT.replace("mais a refusé d'avancer une date", "et a avancé une date")
    line = "Alain Kerouac, directeur du conseil portuaire, a confirmé des contacts avec deux armateurs sans avancer de date."
    assert "negation" in problem_kinds(article, line)


def test_lexicon_negates_at_reads_an_elided_marker() -> None:
    french = lexicon("french")
    assert french.negates_at(["a", "refusé", "d'avancer"], 1)
    assert french.negates_at(["a", "refusé", "d’avancer"], 1)
    assert french.negates_at(["a", "refusé", "d'"], 1)  # the marker as a word of its own, as before
    assert not french.negates_at(["a", "confirmé", "d'avancer"], 1)
