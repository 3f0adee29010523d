"""Faithful paraphrases the checks once flagged, each beside a wrong line of the same shape that
must still be caught: a speaker described by an aside opened by "a" ("Ilse Moran, a nurse from
Pellow, said"), a body that "plans ... and says", a phrasal verb in a relative clause ("that
went down" for "that sank"), "keep X from doing" for "not let X do", and French "juge possible"
for "n'exclut pas". Sentences written for this test."""

from __future__ import annotations

from checking import parsed_problem_kinds, problem_kinds

CLINIC = (
    "The Harwell Road clinic in Pellow closed its doors on Tuesday after 40 years. "
    "One patient, Ilse Moran, a retired nurse from Pellow, said the staff had cared for her family for three decades. "
    "Dunlow Health, which is based in Carrow, is moving the service to a new building and says it will open in May."
)


def test_a_speaker_described_by_an_aside_opened_by_a_speaks() -> None:
    assert "attribution" not in problem_kinds(CLINIC, "Patient Ilse Moran said the staff had cared for her family for three decades.")


def test_the_described_speakers_words_given_to_another_are_caught() -> None:
    assert "attribution" in problem_kinds(CLINIC, "Dunlow Health said the staff had cared for her family for three decades.")
    assert "attribution" in problem_kinds(CLINIC, "Ilse Moran said the new building will open in May.")


def test_the_subject_of_plans_and_says_speaks() -> None:
    assert "attribution" not in problem_kinds(CLINIC, "Dunlow Health says the new building will open in May.")


def test_a_place_inside_the_subjects_aside_does_not_speak_for_it() -> None:
    assert "attribution" in problem_kinds(CLINIC, "Carrow says the new building will open in May.")


FERRY = (
    "Divers have found a ferry that sank off Skerran Point in 1921 with 64 people on board, the island council said. "
    "The ferry had left the harbour at dawn."
)


def test_a_phrasal_verb_in_a_relative_clause_is_no_substituted_thing() -> None:
    line = "Divers have found a ferry that went down off Skerran Point in 1921 with 64 people on board, the island council said."
    assert "substitution" not in problem_kinds(FERRY, line)


def test_a_thing_swapped_after_a_determiner_is_still_caught() -> None:
    line = "Divers have found a barge that sank off Skerran Point in 1921 with 64 people on board, the island council said."
    assert problem_kinds(FERRY, line) != []


SPILL = (
    "Oil leaked into the Marrow Burn on Sunday. "
    "The council warned farmers not to let cattle drink from the Marrow Burn until tests were done."
)


def test_keep_from_doing_restates_not_let_do() -> None:
    line = "The council told farmers to keep their cattle from drinking from the Marrow Burn until tests were done."
    assert "negation" not in parsed_problem_kinds(SPILL, line)


def test_let_do_for_not_let_do_drops_the_negation() -> None:
    line = "The council told farmers to let their cattle drink from the Marrow Burn until tests were done."
    assert "negation" in parsed_problem_kinds(SPILL, line)


PISCINE = (
    "La piscine de Vauclin est fermée depuis mars. "
    "Le maire n'exclut pas une réouverture du bassin en septembre si les travaux avancent."
)


def test_french_possible_restates_not_ruled_out() -> None:
    line = "Le maire juge possible une réouverture du bassin en septembre si les travaux avancent."
    assert "negation" not in problem_kinds(PISCINE, line)


def test_french_ruled_out_without_its_negation_is_caught() -> None:
    assert "negation" in problem_kinds(PISCINE, "Le maire exclut une réouverture du bassin en septembre si les travaux avancent.")
    assert "negation" in problem_kinds(PISCINE, "Le maire annonce une réouverture du bassin en septembre si les travaux avancent.")


BUDGET = (
    "The council's budget for next year was published on Monday. "
    "Its former leader, Rhona Beck, said that Tom Ansell's budget left a gap of £3m in the care services."
)


def test_the_name_after_said_that_is_no_speaker() -> None:
    line = "The former leader said that Tom Ansell's budget left a gap of £3m in the care services."
    assert "attribution" not in problem_kinds(BUDGET, line)


def test_the_clauses_subject_given_the_words_is_caught() -> None:
    assert "attribution" in problem_kinds(BUDGET, "Tom Ansell said that his budget left a gap of £3m in the care services.")


TENANTS = (
    "A tribunal has ordered a landlord in Pellham to repay £30,000 in rent to nine former tenants. "
    "One of them, Rosa Devlin, said her flat had had no heating for two winters. "
    "Housing officer Glen Marsh said the council would help the tenants find new homes."
)


def test_a_title_the_article_gives_no_one_describes_the_person() -> None:
    assert problem_kinds(TENANTS, "Former tenant Rosa Devlin said her flat had had no heating for two winters.") == []


def test_a_title_the_article_gives_another_name_is_caught() -> None:
    assert "relation" in problem_kinds(TENANTS, "Housing officer Rosa Devlin said her flat had had no heating for two winters.")
