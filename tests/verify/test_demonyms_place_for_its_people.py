"""A place named where its source writes the place's people or adjective, in sentences written
for this test: "Italy's top flight" from "the Italian top flight", "France's" from "French" (an
adjective that does not begin as its place does). Another country is still a new name and a
swapped one, and a person's name that only begins like a demonym is no place."""

from summarizer import verify

LEAGUE = (
    "Marco Vellani scored 21 goals for Dorrow last season, more than any other player in the Italian top flight. "
    "The goalkeeper Ines Corbet joined Dorrow from a French second-tier club in June. "
    "The Norwegian skier Anders Lykke won the sprint in Tromsø on Sunday."
)


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


def test_a_place_whose_adjective_the_source_writes_is_no_new_name():
    assert _problems(LEAGUE, "Marco Vellani scored 21 goals for Dorrow last season, the most of any player in Italy's top flight.") == []
    assert _problems(LEAGUE, "The skier Anders Lykke of Norway won the sprint in Tromsø on Sunday.") == []


def test_an_irregular_adjective_pairs_with_its_place_either_way_round():
    assert _problems(LEAGUE, "The goalkeeper Ines Corbet joined Dorrow from a France second-tier club in June.") == []
    article = "The goalkeeper Ines Corbet joined Dorrow from a club in France in June."
    assert _problems(article, "The French goalkeeper Ines Corbet joined Dorrow in June.") == []


def test_another_place_or_a_person_is_still_caught():
    wrong = _problems(LEAGUE, "Marco Vellani scored 21 goals for Dorrow last season, the most of any player in Spain's top flight.")
    assert any(m.startswith("name not in its sources: Spain") for m in wrong)
    # "Norbert" begins as "Norwegian" does, but a place needs four letters in common or a known pair.
    assert any("Norbert" in m for m in _problems(LEAGUE, "The skier Norbert Lykke won the sprint in Tromsø on Sunday."))
