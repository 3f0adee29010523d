"""The speaker and reported-claim checks in German, French and Spanish, with each language's own
words (`summarizer/lang/`): the compound past ("a déclaré", "ha dicho", "hat gesagt") and the
pronouns that stand for a speaker. Articles and lines written for these tests."""

from __future__ import annotations

import pytest

from summarizer import verify

FRENCH = (
    "Sécurité du pont\n\n"
    "La maire Anna Roth a déclaré que le vieux pont était sûr. "
    "L'ingénieur Pierre Vogt a déclaré que les réparations pourraient coûter plus cher. "
    "L'inspectrice Léa Hart a visité le chantier lundi. "
    "Le conseil a déclaré que la route rouvrirait en mai."
)
SPANISH = (
    "Seguridad del puente\n\n"
    "La alcaldesa Ana Roth ha dicho que el viejo puente era seguro. "
    "El ingeniero Pedro Vogt ha dicho que las reparaciones podrían costar más. "
    "La inspectora Lena Hart visitó la obra el lunes. "
    "El ayuntamiento dijo que la carretera reabriría en mayo."
)
GERMAN = (
    "Sicherheit der Brücke\n\n"
    "Bürgermeisterin Anna Roth hat gesagt, die alte Brücke sei sicher. "
    "Der Ingenieur Peter Vogt sagte, die Reparatur könnte mehr kosten. "
    "Die Prüferin Lena Hart besuchte die Baustelle am Montag."
)


def _kinds(article: str, line: str, language: str) -> list[str]:
    return [p.kind for checked in verify(article, line, language=language).lines for p in checked.problems]


@pytest.mark.parametrize(
    ("article", "line", "language"),
    [
        (FRENCH, "Anna Roth a déclaré que le vieux pont était sûr.", "fr"),
        (SPANISH, "Ana Roth ha dicho que el viejo puente era seguro.", "es"),
        (SPANISH, "Según Ana Roth, el viejo puente era seguro.", "es"),
        (GERMAN, "Anna Roth hat gesagt, die alte Brücke sei sicher.", "de"),
    ],
)
def test_a_faithful_report_passes(article: str, line: str, language: str) -> None:
    assert _kinds(article, line, language) == []


@pytest.mark.parametrize(
    ("article", "line", "language"),
    [
        # Words of one speaker given to another who speaks elsewhere, over "a" / "ha" before the verb.
        (FRENCH, "Pierre Vogt a déclaré que le vieux pont était sûr.", "fr"),
        (SPANISH, "Pedro Vogt ha dicho que el viejo puente era seguro.", "es"),
        # ... or to a person the article names but never has speak.
        (FRENCH, "Léa Hart a déclaré que le vieux pont était sûr.", "fr"),
        (SPANISH, "Lena Hart dijo que el viejo puente era seguro.", "es"),
    ],
)
def test_words_given_to_another_speaker_are_an_attribution_problem(article: str, line: str, language: str) -> None:
    assert "attribution" in _kinds(article, line, language)


@pytest.mark.parametrize(
    ("article", "line", "language"),
    [
        (SPANISH, "El viejo puente es seguro.", "es"),  # "ha dicho que ... era seguro"
        (GERMAN, "Die alte Brücke ist sicher.", "de"),  # "hat gesagt, ... sei sicher"
    ],
)
def test_a_claim_reported_in_the_compound_past_is_not_a_fact(article: str, line: str, language: str) -> None:
    assert "hedge" in _kinds(article, line, language)


def test_a_speaker_named_before_elle_speaks_through_it() -> None:
    article = (
        "Sécurité du pont\n\n"
        "La maire Anna Roth a visité le chantier lundi avec les ingénieurs de la ville. "
        "Elle a déclaré que le vieux pont était sûr et que la route rouvrirait en mai."
    )
    # (The neighbour check still reads "Roth … déclaré" as apart: it does not resolve "elle".)
    assert "attribution" not in _kinds(article, "Anna Roth a déclaré que le vieux pont était sûr.", "fr")
    assert "attribution" in _kinds(article.replace("Elle a", "Le conseil a"), "Anna Roth a déclaré que le vieux pont était sûr.", "fr")


PENDING = {
    "de": (
        "Die neue Brücke\n\nDie neue Brücke über den Fluss wartet noch auf die Genehmigung der Landesregierung. "
        "Die Bauarbeiten sollen im Herbst beginnen.",
        "Die neue Brücke erhielt die Genehmigung der Landesregierung.",
        "Die neue Brücke wartet noch auf die Genehmigung der Landesregierung.",
    ),
    "fr": (
        "Le nouveau pont\n\nLe projet de nouveau pont attend toujours l'autorisation de la préfecture. "
        "Les travaux pourraient commencer à l'automne.",
        "Le projet de nouveau pont a obtenu l'autorisation de la préfecture.",
        "Le projet de nouveau pont attend toujours l'autorisation de la préfecture.",
    ),
    "es": (
        "El nuevo puente\n\nEl proyecto del nuevo puente necesita todavía la autorización del gobierno regional. "
        "Las obras podrían empezar en otoño.",
        "El proyecto del nuevo puente obtuvo la autorización del gobierno regional.",
        "El proyecto del nuevo puente necesita todavía la autorización del gobierno regional.",
    ),
}


@pytest.mark.parametrize("language", sorted(PENDING))
def test_a_thing_still_awaited_is_not_had(language: str) -> None:
    article, wrong, faithful = PENDING[language]
    assert "negation" in _kinds(article, wrong, language)
    assert _kinds(article, faithful, language) == []


SCALES = {
    "de": (
        "Brücke\n\nDie neue Brücke wird 12 Millionen Euro kosten, sagte der Stadtrat am Dienstag. Die Arbeiten beginnen im Mai.",
        "Die neue Brücke wird 12 Milliarden Euro kosten, sagte der Stadtrat am Dienstag.",
        "Laut Stadtrat wird die neue Brücke 12 Millionen Euro kosten.",
    ),
    "fr": (
        "Pont\n\nLe nouveau pont coûtera 12 millions d'euros, a déclaré le conseil mardi. Les travaux commencent en mai.",
        "Le nouveau pont coûtera 12 milliards d'euros, a déclaré le conseil mardi.",
        "Le nouveau pont coûtera 12 millions d'euros selon le conseil.",
    ),
    "es": (
        "Puente\n\nEl nuevo puente costará 12 millones de euros, dijo el ayuntamiento el martes. Las obras empiezan en mayo.",
        "El nuevo puente costará 12 mil millones de euros, dijo el ayuntamiento el martes.",
        "Según el ayuntamiento, el nuevo puente costará 12 millones de euros.",
    ),
}


@pytest.mark.parametrize("language", sorted(SCALES))
def test_a_figure_put_on_another_scale_is_a_quantity_problem(language: str) -> None:
    article, wrong, faithful = SCALES[language]
    assert "quantity" in _kinds(article, wrong, language)
    assert _kinds(article, faithful, language) == []


# German: capitals mark every noun, so of the speaker checks only one party's words given to
# another party that speaks in the article run (the others tell names by their capitals).
GERMAN_PARTIES = (
    "Sozialwohnungen in Kelmbach\n\n"
    "Die Stadt Kelmbach will bis 2030 rund 2.000 neue Sozialwohnungen bauen. "
    "Oberbürgermeisterin Petra Lind stellte den Plan am Mittwoch im Gemeinderat vor. "
    "Der Mieterverein kritisierte, der Plan komme viel zu spät. "
    "Die Opposition sagte, die Finanzierung der neuen Wohnungen sei noch nicht gesichert. "
    "Am Donnerstag sagte die Stadt, die ersten Wohnungen würden 2026 fertig."
)


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("Der Mieterverein sagte, die Finanzierung der neuen Wohnungen sei noch nicht gesichert.", ["attribution"]),
        ("Die Opposition sagte, die Finanzierung der neuen Wohnungen sei noch nicht gesichert.", []),
        ("Am Donnerstag sagte die Stadt, die ersten Wohnungen würden 2026 fertig.", []),
        ("Die Stadt sagte, die ersten Wohnungen würden 2026 fertig.", []),
        ("Oberbürgermeisterin Lind sagte, die ersten Wohnungen würden 2026 fertig.", []),  # "die Stadt" may be her
    ],
)
def test_german_words_of_one_party_given_to_another(line: str, kinds: list[str]) -> None:
    assert _kinds(GERMAN_PARTIES, line, "de") == kinds
