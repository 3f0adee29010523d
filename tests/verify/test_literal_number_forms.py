"""Number forms news swaps for one another: "per cent" and "percent", a country's letters on a
currency's sign ("US$1.2bn"), a scale written before the euro sign ("3 M€", "1,2 M€"), an
ordinal in figures ("3rd") for one in words. Another value is still caught. Sentences written
for this test."""

from summarizer import verify


def _problems(article: str, line: str, language: str = "en") -> list[tuple[str, str]]:
    result = verify(article, [line], language=language, checker_settings={"parser": "off"})
    return [(p.kind, p.message) for checked in result.lines for p in checked.problems]


def test_percent_for_per_cent():
    article = "The ferry operator said passenger numbers rose 14 per cent in the summer months."
    assert _problems(article, "The ferry operator said passenger numbers rose 14 percent in the summer months.") == []


def test_a_percent_the_source_does_not_give_is_still_a_quantity():
    article = "The ferry operator said passenger numbers rose by 14 in the summer months."
    assert any(kind == "quantity" for kind, _ in _problems(article, "The ferry operator said passenger numbers rose 14 percent."))


def test_a_countrys_letters_on_a_currency_sign_are_no_name():
    article = "The mining group agreed to sell its copper unit for $2.4 billion, it said on Monday."
    assert _problems(article, "The mining group agreed to sell its copper unit for US$2.4bn.") == []


def test_a_scale_before_the_euro_sign_is_the_scale_of_the_sum():
    article = "La rénovation du stade coûtera 7 M€, a précisé l'adjointe aux sports."
    assert _problems(article, "La rénovation du stade coûtera 7 millions d'euros, a précisé l'adjointe aux sports.", "fr") == []
    assert _problems(article, "La rénovation du stade coûtera 7 milliards d'euros, a précisé l'adjointe aux sports.", "fr")
    article = "La reforma del estadio costará 2,3 millones de euros, según la concejala de deportes."
    assert _problems(article, "La reforma del estadio costará 2,3 M€, según la concejala de deportes.", "es") == []


def test_an_ordinal_in_figures_for_the_same_ordinal_in_words():
    article = "It was the fifth time this season that the match had been called off because of frost."
    assert _problems(article, "It was the 5th time this season that the match had been called off because of frost.") == []
    assert _problems(article, "It was the 6th time this season that the match had been called off because of frost.")

