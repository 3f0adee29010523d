"""Who finished ahead of whom, turned round (issue 18, reversal), in sentences written for this
test: "A ahead of B" where the article has B win and A come second, or says "B ahead of A" itself;
in English, French and Spanish, parser on or off. The article's own order, a time or a place after
"ahead of" / "devant", and an article that ranks the two both ways pass."""

import pytest

from summarizer.verify.ranks import rank_problems
from summarizer.verify.verification import make_checker, verify

RACE = (
    "Tomasz Wirth won the Harlan hill climb on Sunday in a record time. "
    "Second place went to Oriane Kaye, who had led after the first climb. "
    "The organisers said 140 riders took part."
)
CONCOURS = (
    "Léa Vautrin s'est imposée samedi au concours du meilleur croissant de la région. "
    "La deuxième place est revenue à Hugo Maillet, pâtissier à Brenne. "
    "Le jury a goûté 40 croissants."
)
ELECCION = (
    "El Partido Verde de Olmeda ganó las elecciones municipales del domingo con el 38 % de los votos. "
    "La candidatura Unidos por Olmeda quedó segunda con siete concejales."
)
TURNED = [
    ("english", RACE, "Oriane Kaye finished ahead of Tomasz Wirth in the Harlan hill climb on Sunday."),
    ("english", RACE, "Tomasz Wirth finished behind Oriane Kaye in the Harlan hill climb."),
    ("french", CONCOURS, "Hugo Maillet, pâtissier à Brenne, a terminé devant Léa Vautrin au concours du meilleur croissant."),
    ("spanish", ELECCION, "La candidatura Unidos por Olmeda quedó por delante del Partido Verde, que logró siete concejales."),
    ("english", "Marta Quell finished ahead of Ivo Dancy in the sprint.", "Ivo Dancy finished ahead of Marta Quell in the sprint."),
    ("english", RACE, "Oriane Kaye beat Tomasz Wirth in the Harlan hill climb."),
    ("english", RACE, "Tomasz Wirth trailed Oriane Kaye on Sunday."),
    ("french", CONCOURS, "Hugo Maillet a battu Léa Vautrin au concours du meilleur croissant."),
]
KEPT = [
    ("english", RACE, "Tomasz Wirth finished ahead of Oriane Kaye in the Harlan hill climb on Sunday."),
    ("english", RACE, "Oriane Kaye finished behind Tomasz Wirth."),
    ("english", RACE, "Tomasz Wirth said he felt strong ahead of Sunday's climb."),
    ("french", CONCOURS, "Hugo Maillet a fini derrière Léa Vautrin au concours du meilleur croissant."),
    ("english", RACE, "Tomasz Wirth beat Oriane Kaye in the Harlan hill climb."),
    ("english", RACE, "Oriane Kaye lost to Tomasz Wirth on Sunday."),
    ("french", CONCOURS, "Léa Vautrin a reçu son prix devant Hugo Maillet et le jury."),
    ("english", RACE + " A year earlier Oriane Kaye won the race and Tomasz Wirth came second.",
     "Oriane Kaye finished ahead of Tomasz Wirth a year earlier."),
]


@pytest.mark.parametrize("language, article, line", TURNED)
def test_an_order_turned_round_is_a_reversal(language: str, article: str, line: str) -> None:
    sentences = [s for s in article.split(". ")]
    assert [p.kind for p in rank_problems(line, sentences, language)] == ["relation"]


@pytest.mark.parametrize("language, article, line", KEPT)
def test_the_article_s_own_order_passes(language: str, article: str, line: str) -> None:
    sentences = [s for s in article.split(". ")]
    assert rank_problems(line, sentences, language) == []


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_the_checker_reports_it(parser: str) -> None:
    checker = make_checker("default", parser=parser)
    checked = verify(RACE, ["Oriane Kaye finished ahead of Tomasz Wirth in the Harlan hill climb on Sunday."], checker=checker)
    assert any(p.message.startswith("relation reversed") for line in checked.lines for p in line.problems)
