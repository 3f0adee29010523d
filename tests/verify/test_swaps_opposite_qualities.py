"""An opposite put in the source's own words: a quality turned round ("a harsh winter" for "a mild
winter", "bajas temperaturas" for "altas", "jüngere Menschen" for "ältere"), and a verb turned
round with an aside between the party and the verb in the source ("Albarda, the main buyer,
could raise its prices" -> "Albarda could cut its prices"). Another party in the source's place
("City won the last four" for "United lost the last four") is no swap (sentences written for
this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.swaps import opposite_problems


@pytest.mark.parametrize(
    ("language", "source", "line", "pair"),
    [
        ("english", "Growers said a mild winter had let large numbers of aphids survive.",
         "Growers said a harsh winter had let large numbers of aphids survive.", ("harsh", "mild")),
        ("spanish", "La caída se debe a las altas temperaturas de la primavera en la comarca.",
         "La caída se debe a las bajas temperaturas de la primavera.", ("bajas", "altas")),
        ("german", "Die Erhöhung treffe vor allem ältere Menschen auf dem Land, sagte sie.",
         "Die Erhöhung treffe vor allem jüngere Menschen auf dem Land.", ("jüngere", "ältere")),
        ("french", "Le club joue depuis 70 ans sur un terrain ombragé derrière l'église.",
         "Le club joue depuis 70 ans sur un terrain ensoleillé derrière l'église.", ("ensoleillé", "ombragé")),
        ("spanish", "La empresa Corchos del Tajo, principal compradora de la zona, podría subir sus precios un 12 %.",
         "Corchos del Tajo podría bajar sus precios un 12 %.", ("bajar", "subir")),
    ],
)
def test_swaps_an_opposite_in_the_source_s_words_is_a_substitution(language: str, source: str, line: str, pair: tuple[str, str]) -> None:
    found = opposite_problems(line, [source], language)
    assert [p.message for p in found] == [f"substitution: “{pair[0]}” where its source has “{pair[1]}”"]


def test_swaps_an_opposite_with_a_party_of_its_own_is_no_swap() -> None:
    assert opposite_problems("Harton City won the last four matches.", ["Harton United lost the last four matches."]) == []
    # One neighbour the source's, the other nowhere before the source's word: another party.
    assert opposite_problems("Rennick could cut its prices.", ["Albarda, the main buyer, could raise its prices."]) == []


def test_swaps_a_verb_turned_round_past_an_aside_through_verify() -> None:
    article = ("Albarda Cork, the main buyer in the valley, could raise its prices by 12% this autumn, traders said. "
               "The harvest starts in June.")
    assert "substitution" in problem_kinds(article, "Albarda Cork could cut its prices by 12% this autumn, traders said.")
    assert "substitution" not in problem_kinds(article, "Albarda Cork could raise its prices by 12% this autumn, traders said.")
