"""A share written as a fraction and as a percentage or another fraction's words: "20%" for "a
fifth", "about one-third" for "roughly a third", "50 %" for "la moitié", "25 Prozent" for "ein
Viertel"; and "one" for "a single". Another share is still caught. Sentences written for this
test."""

from summarizer import verify
from summarizer.verify.rates import fraction_shares


def _numbers(article: str, line: str, language: str = "en") -> list[str]:
    result = verify(article, [line], language=language, checker_settings={"parser": "off"})
    return [p.message for checked in result.lines for p in checked.problems if p.kind in ("number", "quantity")]


def test_a_percentage_for_a_fraction():
    article = "The ferry now runs on a single engine, which gives it roughly a fifth of its usual speed, the operator said."
    assert _numbers(article, "The ferry now runs at about 20% of its usual speed, the operator said.") == []
    assert _numbers(article, "The ferry now runs at about 30% of its usual speed, the operator said.")


def test_a_fraction_with_its_numerator_in_words():
    article = "The new library cost £4 million, of which the county paid roughly a third."
    assert _numbers(article, "The £4 million library was about one-third funded by the county.") == []
    assert _numbers(article, "The county paid about one third of the library's £4 million cost.") == []
    assert _numbers(article, "The county paid about one quarter of the library's £4 million cost.")


def test_one_for_a_single():
    article = "\"A single storm can strip the dunes of a year's sand,\" the ranger said."
    assert _numbers(article, "The ranger said one storm can strip the dunes of a year's sand.") == []


def test_fractions_in_french_and_german():
    article = "La moitié des communes ont déjà installé des bornes de recharge, selon l'association des maires."
    assert _numbers(article, "Selon l'association des maires, 50 % des communes ont déjà installé des bornes de recharge.", "fr") == []
    assert _numbers(article, "Selon l'association des maires, 60 % des communes ont déjà installé des bornes de recharge.", "fr")
    article = "Der Landkreis will die Zahl der Fahrten mit dem Auto um etwa ein Viertel senken, sagte der Landrat."
    assert _numbers(article, "Der Landkreis will die Autofahrten um rund 25 Prozent senken, sagte der Landrat.", "de") == []


def test_fraction_shares_read_the_numerator():
    assert fraction_shares("two-thirds of members, a fifth of staff", "english") == ((2, 200 / 3), (None, 20.0))
    assert fraction_shares("zwei Drittel der Mitglieder", "german") == ((2, 200 / 3),)
