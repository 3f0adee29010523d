"""Support clause by clause (verify/clauses.py): a clause a line adds to its sources is named,
with the `support` kind; a line reworded as a whole is not flagged for low support."""

import pytest

from summarizer import verify
from summarizer.verify.clauses import added_clause, claims_held, split_clauses

FERRY = (
    "The Orkney ferry operator Selkie Lines cancelled all sailings on Thursday after a storm damaged the pier at Stromhaven. "
    "Operations director Mairi Tulloch said the pier would be repaired within a fortnight.\n\n"
    "Selkie Lines denied that the pier had been neglected, saying its maintenance budget had doubled since 2021. "
    "About 900 passengers were booked on Thursday's crossings."
)


def _problems(article: str, line: str, language: str = "auto") -> list[tuple[str, str]]:
    result = verify(article, [line], language=language, checker_settings={"parser": "off"})
    return [(p.kind, p.message) for p in result.problems]


def test_a_clause_added_to_a_well_supported_line_is_named():
    line = (
        "Selkie Lines denied that the pier had been neglected, saying its maintenance budget had doubled since 2021 "
        "and that engineers had certified the harbour wall last spring."
    )
    problems = _problems(FERRY, line)
    assert [kind for kind, _ in problems] == ["support"]
    assert "unsupported addition" in problems[0][1] and "certified the harbour wall" in problems[0][1]


def test_a_warning_the_source_never_gave_is_an_addition():
    line = "Mairi Tulloch said the pier would be repaired within a fortnight, warning that fares would rise to cover the cost."
    problems = _problems(FERRY, line)
    assert any(kind == "support" and "fares would rise" in message for kind, message in problems)


def test_the_same_line_without_its_addition_passes():
    line = "Selkie Lines denied that the pier had been neglected, saying its maintenance budget had doubled since 2021."
    assert _problems(FERRY, line) == []


def test_a_reworded_clause_whose_words_the_source_holds_passes():
    line = "Tulloch said repairs to the pier at Stromhaven would take under a fortnight."
    assert _problems(FERRY, line) == []


def test_a_short_reworded_line_is_not_flagged_for_low_support():
    article = (
        "The school's head, Rhona Adair, said the roof would be fixed over the summer. "
        "She added that exams set for June would go ahead as planned."
    )
    assert _problems(article, "According to Adair, June's exams will take place as set.") == []


@pytest.mark.parametrize(
    ("article", "line", "added"),
    [
        (
            "La coopérative Val d'Orge, qui réunit 210 producteurs, estime que ses membres ont perdu 4 000 euros chacun.",
            "La coopérative Val d'Orge, qui réunit 210 producteurs, estime que ses membres ont perdu 4 000 euros chacun "
            "et réclamera une indemnisation exceptionnelle au ministère.",
            "réclamera une indemnisation exceptionnelle",
        ),
        (
            "Der Bäckermeister Jonas Kettler, dessen Laden seit März geschlossen ist, hat beim Landgericht Klage gegen "
            "die Stadt eingereicht. Die Stadt äußerte sich nicht.",
            "Der Bäckermeister Jonas Kettler, dessen Laden seit März geschlossen ist, hat beim Landgericht Klage gegen "
            "die Stadt eingereicht und verlangt eine Entschädigung von der Versicherung.",
            "verlangt eine Entschädigung von der Versicherung",
        ),
        (
            "La cofradía de Puerto Lindo, que reúne a 85 pescadores, calcula que cada barco ha perdido unos 9.000 euros.",
            "La cofradía de Puerto Lindo, que reúne a 85 pescadores, calcula que cada barco ha perdido unos 9.000 euros "
            "y exigirá ayudas urgentes al ministerio.",
            "exigirá ayudas urgentes",
        ),
    ],
)
def test_additions_are_named_in_german_french_and_spanish(article, line, added):
    problems = _problems(article, line)
    assert any(kind == "support" and added in message for kind, message in problems)


def test_a_german_line_reworded_with_its_verb_passes():
    article = (
        "Der Bäckermeister Jonas Kettler, dessen Laden seit März geschlossen ist, hat beim Landgericht Klage gegen "
        "die Stadt eingereicht. Die Stadt äußerte sich nicht."
    )
    line = "Der Bäckermeister Jonas Kettler, dessen Laden seit März geschlossen ist, hat beim Landgericht gegen die Stadt geklagt."
    assert _problems(article, line) == []


def test_clauses_split_at_punctuation_and_openers_not_inside_figures():
    assert split_clauses("It would power 310,000 homes, the firm said, and cost £1.2bn", "english") == [
        "It would power 310,000 homes", "the firm said", "and cost £1.2bn",
    ]
    assert split_clauses("Die Stadt zahlt 1,2 Millionen, weil das Bad saniert wird", "german") == [
        "Die Stadt zahlt 1,2 Millionen", "weil das Bad saniert wird",
    ]


def test_the_first_clause_and_clauses_the_article_words_elsewhere_are_no_addition():
    evidence = ["The council closed the library on Monday."]
    # The main clause carries what the line cites: rewording it is the line support's to judge.
    assert added_clause("Budget cuts shut reading rooms, the council said.", evidence, evidence, "english") is None
    article = [*evidence, "Volunteers had offered to staff the reading rooms at weekends."]
    line = "The council closed the library on Monday, though volunteers offered weekend staffing."
    assert added_clause(line, evidence, evidence, "english") == "volunteers offered weekend staffing"
    assert added_clause(line, evidence, article, "english") is None


def test_claims_held_counts_word_families_synonyms_and_ignores_saying_words():
    evidence = ["Inspectors said the bridge was inspected in May and its decline had been rapid."]
    # "inspection" of "inspected", "fall" for "decline" (one side of the language's opposites)
    assert claims_held("The bridge inspection, inspectors said, was in May, and its fall was rapid.", evidence, "english")
    assert not claims_held("The bridge was repainted.", evidence, "english")
