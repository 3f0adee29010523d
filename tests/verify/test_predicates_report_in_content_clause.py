"""A line that gives its claim as a content clause of someone's verb ("Requena sostuvo que ...",
"Voss verwies darauf, dass ...", "Morrow argued that ...") reports it, as "said" does, whatever the
verb: the quotation and reported-clause checks, which catch someone's words stated as fact, step
aside. The same words with no one saying them are still caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.lexicon import lexicon
from summarizer.verify.predicates import reports_in_clause

PORT = "«Este puerto lleva demasiado tiempo compitiendo con una mano atada a la espalda», declaró la alcaldesa Inés Robledo."
HALL = (
    "Bürgermeisterin Karin Lode wies die Vorwürfe zurück. "
    "Sie sagte, die Gemeinde habe seit März bereits 180 neue Kitaplätze geschaffen."
)


def test_reports_in_clause_reads_a_subject_its_verb_and_the_complementiser() -> None:
    assert reports_in_clause("Morrow argued that the sites were unsafe.", lexicon("english"))
    assert reports_in_clause("He also said that prices would rise.", lexicon("english"))
    assert reports_in_clause("Roux a estimé qu'il fallait agir.", lexicon("french"))
    assert reports_in_clause("Lode verwies darauf, dass die Gemeinde baut.", lexicon("german"))


def test_a_relative_clause_is_no_report() -> None:
    assert not reports_in_clause("The plan that was agreed cut jobs.", lexicon("english"))
    assert not reports_in_clause("Harwick's plan that cut jobs was dropped.", lexicon("english"))
    assert not reports_in_clause("El puerto, que compite con otros, crece.", lexicon("spanish"))
    assert not reports_in_clause("Die Gemeinde baut, obwohl es regnet.", lexicon("german"))


def test_a_clause_of_no_one_is_no_report() -> None:
    assert not reports_in_clause("It is clear that the council broke the rules.", lexicon("english"))
    assert not reports_in_clause("Es evidente que el puerto pierde dinero.", lexicon("spanish"))
    assert not reports_in_clause("Es ist klar, dass die Gemeinde baut.", lexicon("german"))


def test_spanish_quoted_words_reported_with_another_verb_pass() -> None:
    line = "Robledo sostuvo que el puerto ha competido durante demasiado tiempo con una mano atada a la espalda."
    assert "hedge" not in problem_kinds(PORT, line)


def test_spanish_quoted_words_stated_as_fact_are_still_caught() -> None:
    line = "El puerto ha competido durante demasiado tiempo con una mano atada a la espalda."
    assert "hedge" in problem_kinds(PORT, line)


def test_german_dass_clause_keeps_the_speaker() -> None:
    line = "Bürgermeisterin Karin Lode wies die Vorwürfe zurück und verwies darauf, dass die Gemeinde seit März 180 neue Kitaplätze geschaffen habe."
    assert "attribution" not in problem_kinds(HALL, line)


def test_german_claim_with_no_one_saying_it_is_still_caught() -> None:
    line = "Die Gemeinde hat seit März bereits 180 neue Kitaplätze geschaffen, und Bürgermeisterin Karin Lode wies die Vorwürfe zurück."
    assert "attribution" in problem_kinds(HALL, line)


def test_a_report_that_drops_its_sources_modal_is_still_caught() -> None:
    article = "El sindicato de bomberos ALBA denunció que la falta de camiones podría haber retrasado la respuesta al incendio."
    line = "El sindicato ALBA denunció que la falta de camiones retrasó la respuesta al incendio."
    assert "hedge" in problem_kinds(article, line)
