"""A company named where its sentence calls it by its kind ("the company", "this company", "la
compagnie", "la aerolínea"), or given a role its source leaves unowned ("Managing director Karl
Osten" in a story about Brantholm): the article's main body (`verify/bodies.py`) may be meant. Another
name of the article put there is still caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.bodies import main_body

STRIKE = (
    "Dock workers at Brantholm Shipping will stop work for three days from Thursday after talks over pensions "
    "failed on Sunday, their union said. Brantholm had offered to raise pension payments by 2 percent. "
    "The union said 640 members had backed the action.\n\n"
    "The walkout would be the first at the port for 30 years. \"Our members have kept this company afloat "
    "through two recessions, and they deserve better,\" said union organiser Petra Lund. Managing director "
    "Karl Osten said the offer was generous.\n\n"
    "The consultancy Marlow Grey estimated that the stoppage could cost the company up to £6 million."
)


def test_main_body_is_the_first_name_written_again() -> None:
    sentences = tuple(STRIKE.replace("\n\n", " ").split(". "))
    assert main_body(sentences) == ("Brantholm", "Shipping")


def test_a_person_or_a_place_is_no_main_body() -> None:
    assert main_body(("Union organiser Petra Lund said on Friday that Lund would stand again.",)) == ()
    assert main_body(("Flooding hit homes in Kelso on Sunday.", "Kelso was cut off for hours.")) == ()


def test_main_body_for_the_company() -> None:
    line = "Marlow Grey estimated that the stoppage could cost Brantholm up to £6 million."
    assert problem_kinds(STRIKE, line) == []


def test_another_name_for_the_company_is_still_caught() -> None:
    line = "Marlow Grey estimated that the stoppage could cost Petra Lund up to £6 million."
    assert problem_kinds(STRIKE, line) != []


def test_main_body_for_this_company_in_a_quote() -> None:
    line = "Union organiser Petra Lund said members who had kept Brantholm afloat through two recessions deserved better."
    assert "relation" not in problem_kinds(STRIKE, line)


def test_another_name_for_this_company_is_still_caught() -> None:
    line = "Union organiser Petra Lund said members who had kept Marlow Grey afloat through two recessions deserved better."
    assert "relation" in problem_kinds(STRIKE, line)


def test_an_unowned_role_is_the_main_bodys() -> None:
    line = "Karl Osten, the managing director of Brantholm, said the offer was generous."
    assert problem_kinds(STRIKE, line) == []


def test_a_role_given_to_another_body_is_still_caught() -> None:
    line = "Karl Osten, the managing director of Marlow Grey, said the offer was generous."
    assert "relation" in problem_kinds(STRIKE, line)


GREVE = (
    "Les pilotes d'Aérovalle cesseront le travail pendant deux jours à partir de vendredi, a annoncé leur syndicat. "
    "Aérovalle avait proposé une hausse de 3 % des salaires.\n\n"
    "Selon le cabinet Durand Conseil, la grève pourrait coûter 5 millions d'euros à la compagnie."
)


def test_french_la_compagnie() -> None:
    line = "Selon le cabinet Durand Conseil, la grève pourrait coûter 5 millions d'euros à Aérovalle."
    assert "name" not in problem_kinds(GREVE, line)


def test_french_another_name_is_still_caught() -> None:
    line = "Selon le cabinet Durand Conseil, la grève pourrait coûter 5 millions d'euros à Ravelle."
    assert "name" in problem_kinds(GREVE, line)


HUELGA = (
    "Los pilotos de Aerobrisa harán huelga durante dos días a partir del viernes, según anunció su sindicato. "
    "Aerobrisa había ofrecido una subida del 3 % de los salarios.\n\n"
    "Según la consultora Vidal Ruiz, el paro podría costar a la aerolínea unos 4 millones de euros."
)


def test_spanish_la_aerolinea() -> None:
    line = "Según la consultora Vidal Ruiz, el paro podría costar a Aerobrisa unos 4 millones de euros."
    assert "name" not in problem_kinds(HUELGA, line)


def test_spanish_another_name_is_still_caught() -> None:
    line = "Según la consultora Vidal Ruiz, el paro podría costar a Iberval unos 4 millones de euros."
    assert "name" in problem_kinds(HUELGA, line)


MATCH = (
    "Harlow Town beat Kettering 2-0 on Saturday to go top of the league. Harlow Town scored twice after the break.\n\n"
    "The match was played in heavy rain. Kettering boss Ian Pryce said his side had not deserved to lose."
)


def test_a_role_owned_by_the_sentences_first_word_is_not_the_main_bodys() -> None:
    line = "Ian Pryce, the boss of Harlow Town, said his side had not deserved to lose."
    assert "relation" in problem_kinds(MATCH, line)


def test_a_role_owned_by_the_sentences_first_word_is_its_owners() -> None:
    line = "Ian Pryce, the boss of Kettering, said his side had not deserved to lose."
    assert problem_kinds(MATCH, line) == []


CUTS = (
    "Ostmere Bank will close 31 branches in Wales by June, the lender said on Monday. "
    "The bank said 70 percent of its customers now used online banking.\n\n"
    "The regulator said it would review the closures. Ostmere employs about 4,000 people in Wales."
)


def test_two_nouns_for_the_main_body_speak_for_each_other() -> None:
    line = "The lender said 70 percent of its customers now used online banking."
    assert "attribution" not in problem_kinds(CUTS, line)


def test_another_speaking_party_is_still_caught() -> None:
    line = "The regulator said 70 percent of its customers now used online banking."
    assert "attribution" in problem_kinds(CUTS, line)
