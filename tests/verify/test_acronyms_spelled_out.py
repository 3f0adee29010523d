"""An acronym a line writes for a name its source spells out is no name of its own: "the SFO"
for "the Serious Fraud Office", Spanish "la UCI" for "la unidad de cuidados intensivos", French
"la DGS" for "la Direction générale de la santé". Initials that spell no run of the
source's words are still a name the source lacks. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.acronyms import spelled_out

FRAUD = "The Serious Fraud Office opened an inquiry into Halden Bank on Monday after a tip from a former employee."


def test_initials_of_a_capitalised_name_are_that_name() -> None:
    assert "name" not in problem_kinds(FRAUD, "The SFO opened an inquiry into Halden Bank on Monday after a tip from a former employee.")


def test_initials_that_spell_no_source_words_are_still_a_name() -> None:
    assert "name" in problem_kinds(FRAUD, "The FCA opened an inquiry into Halden Bank on Monday after a tip from a former employee.")


HOSPITAL = (
    "El hospital de Arenales cerró el martes su unidad de cuidados intensivos tras detectar un brote de gripe "
    "entre los pacientes ingresados."
)


def test_spanish_initials_skip_the_small_words_of_the_name() -> None:
    line = "El hospital de Arenales cerró el martes la UCI tras detectar un brote de gripe entre los pacientes ingresados."
    assert "name" not in problem_kinds(HOSPITAL, line)


def test_spanish_initials_of_other_words_are_caught() -> None:
    line = "El hospital de Arenales cerró el martes la UCE tras detectar un brote de gripe entre los pacientes ingresados."
    assert "name" in problem_kinds(HOSPITAL, line)


def test_french_initials_of_a_name_in_small_letters() -> None:
    article = "La Direction générale de la santé a suspendu jeudi la vente d'un sirop contre la toux à Lyon."
    assert "name" not in problem_kinds(article, "Jeudi, la DGS a suspendu la vente d'un sirop contre la toux à Lyon.")
    assert "name" in problem_kinds(article, "Jeudi, la DGA a suspendu la vente d'un sirop contre la toux à Lyon.")


def test_two_letters_need_capitalised_words() -> None:
    assert spelled_out("EU", "ministers of the European Union met")
    assert not spelled_out("EU", "each unit was sold")


def test_only_small_words_may_stand_between_the_initials() -> None:
    assert spelled_out("SFO", "the Serious Fraud Office")
    assert not spelled_out("SFO", "the Serious Fraud squad of the Office")
