"""Number forms news swaps for one another: "per cent" and "percent", a country's letters on a
currency's sign ("US$1.2bn"), a scale written before the euro sign ("3 M€", "1,2 M€"), an
ordinal in figures ("3rd") for one in words, and a share as a percentage for a count in a count
("60 percent" for "six in ten", "60 Prozent" for "sechs von zehn"), either way round. Another
value is still caught. Sentences written for this test."""

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


def test_a_percentage_for_a_count_in_a_count():
    article = "Seven in ten tenants said their heating bills had risen this winter, the survey found."
    assert _problems(article, "The survey found 70% of tenants said their heating bills had risen this winter.") == []
    assert _problems(article, "The survey found 75% of tenants said their heating bills had risen this winter.")
    article = "Laut der Umfrage sagen sieben von zehn Mietern, dass ihre Heizkosten gestiegen sind."
    assert _problems(article, "Laut der Umfrage sagen 70 Prozent der Mieter, dass ihre Heizkosten gestiegen sind.", "de") == []
    assert _problems(article, "Laut der Umfrage sagen 80 Prozent der Mieter, dass ihre Heizkosten gestiegen sind.", "de")


def test_a_count_in_a_count_for_a_percentage():
    article = "Laut der Umfrage sagen 70 Prozent der Mieter, dass ihre Heizkosten gestiegen sind."
    assert _problems(article, "Laut der Umfrage sagen sieben von zehn Mietern, dass ihre Heizkosten gestiegen sind.", "de") == []
    assert _problems(article, "Laut der Umfrage sagen acht von zehn Mietern, dass ihre Heizkosten gestiegen sind.", "de")
    article = "Selon l'enquête, 70 % des locataires disent que leur facture de chauffage a augmenté."
    assert _problems(article, "Selon l'enquête, sept locataires sur dix disent que leur facture de chauffage a augmenté.", "fr") == []


def test_a_figure_with_its_scale_for_the_same_figure_in_digits():
    article = "Le chantier du pont coûtera 1 200 000 euros, a indiqué la maire lundi."
    assert _problems(article, "Le chantier du pont coûtera 1,2 million d'euros.", "fr") == []
    assert _problems(article, "Le chantier du pont coûtera 1,5 million d'euros.", "fr")
    article = "Der Neubau der Brücke kostet 2,5 Milliarden Euro, sagte der Minister am Montag."
    assert _problems(article, "Der Neubau der Brücke kostet 2.500.000.000 Euro.", "de") == []
    assert _problems(article, "Der Neubau der Brücke kostet 2500 Millionen Euro.", "de") == []
    assert _problems(article, "Der Neubau der Brücke kostet 2500 Milliarden Euro.", "de")


def test_a_dozen_in_french_and_spanish():
    article = "Une douzaine de riverains ont manifesté lundi devant la mairie."
    assert _problems(article, "Douze riverains ont manifesté lundi devant la mairie.", "fr") == []
    article = "Una docena de vecinos protestaron el lunes ante el ayuntamiento."
    assert _problems(article, "Doce vecinos protestaron el lunes ante el ayuntamiento.", "es") == []
    assert _problems(article, "Trece vecinos protestaron el lunes ante el ayuntamiento.", "es")


def test_an_ordinal_in_figures_in_french_and_spanish():
    article = "C'est la troisième fois que le lancement de la fusée est reporté, selon l'agence."
    assert _problems(article, "C'est la 3e fois que le lancement de la fusée est reporté, selon l'agence.", "fr") == []
    assert _problems(article, "C'est la 4e fois que le lancement de la fusée est reporté, selon l'agence.", "fr")
    article = "Es la tercera vez que se aplaza el lanzamiento del cohete, según la agencia."
    assert _problems(article, "Es la 3.ª vez que se aplaza el lanzamiento del cohete, según la agencia.", "es") == []
