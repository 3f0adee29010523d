"""The other party of a handing-over turned round (verify/counterparts.py): a line that gives or
sells a thing to the party its source names as the one doing it. French and Spanish passives
("racheté par", "vendido por") against "à"/"a" in the line, a German "an" given to the other
party; the faithful lines pass, and English steps aside (sentences written for this test)."""

import pytest

from summarizer import verify

CASES = [
    (
        "Le moulin de 12 hectares pourrait être racheté par la région pour y installer un musée.",
        "L'association pourrait racheter à la région le moulin de 12 hectares pour y installer un musée.",
        "L'association pourrait voir la région racheter le moulin de 12 hectares pour y installer un musée.",
    ),
    (
        "El edificio fue vendido por el ayuntamiento a una cooperativa de vecinos en marzo.",
        "La cooperativa de vecinos vendió el edificio al ayuntamiento en marzo.",
        "El ayuntamiento vendió el edificio a una cooperativa de vecinos en marzo.",
    ),
    (
        "Die Stadtwerke Talheim sollen Kundendaten ohne Zustimmung an eine Werbeagentur weitergegeben haben.",
        "Eine Werbeagentur soll Kundendaten ohne Zustimmung an die Stadtwerke Talheim weitergegeben haben.",
        "Die Stadtwerke Talheim sollen Kundendaten ohne Zustimmung an eine Werbeagentur weitergegeben haben.",
    ),
]


@pytest.mark.parametrize(("source", "flawed", "faithful"), CASES)
def test_counterparts_doer_made_other_party_is_caught(source, flawed, faithful):
    problems = verify(source, [flawed], checker_settings={"parser": "off"}).problems
    assert any(p.kind == "relation" and "other party" in p.message for p in problems), problems


@pytest.mark.parametrize(("source", "flawed", "faithful"), CASES)
def test_counterparts_faithful_line_passes(source, flawed, faithful):
    problems = verify(source, [faithful], checker_settings={"parser": "off"}).problems
    assert not any("other party" in p.message for p in problems), problems


def test_counterparts_english_steps_aside():
    from summarizer.verify.counterparts import counterpart_problems

    source = "The mill could be bought by the region to house a museum."
    assert counterpart_problems("The association could buy the mill from the region.", [source], "english") == []


TARGET_ARTICLE = (
    "Die Gewerbeaufsicht hat ein Bußgeld von 80.000 Euro gegen die Reederei Nordlicht verhängt. "
    "Die Reederei soll Abwässer, die ein Zulieferer aus Hamburg anlieferte, ungeklärt in den Hafen geleitet haben. "
    "Die Werft äußerte sich nicht."
)


def test_counterparts_act_turned_on_another_party_is_caught():
    line = "Die Gewerbeaufsicht hat ein Bußgeld von 80.000 Euro gegen den Zulieferer aus Hamburg verhängt."
    problems = verify(TARGET_ARTICLE, [line], checker_settings={"parser": "off"}).problems
    assert any(p.kind == "relation" and "gegen “Zulieferer”" in p.message for p in problems), problems


def test_counterparts_act_against_the_same_party_passes():
    line = "Die Gewerbeaufsicht hat gegen die Reederei Nordlicht ein Bußgeld von 80.000 Euro verhängt."
    problems = verify(TARGET_ARTICLE, [line], checker_settings={"parser": "off"}).problems
    assert not any("gegen" in p.message for p in problems), problems


def test_counterparts_act_against_a_description_taken_up_passes():
    article = (
        "Die Gewerbeaufsicht hat ein Bußgeld von 80.000 Euro gegen den Betreiber der Werft verhängt. "
        "Das Unternehmen soll Abwässer ungeklärt in den Hafen geleitet haben."
    )
    line = "Die Gewerbeaufsicht hat ein Bußgeld von 80.000 Euro gegen das Unternehmen verhängt."
    problems = verify(article, [line], checker_settings={"parser": "off"}).problems
    assert not any("gegen" in p.message for p in problems), problems
