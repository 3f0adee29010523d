"""Faithful paraphrases that round 16 flagged, in sentences written for this test: a near-synonym
put for its source's word ("increase" for "rise", "worldwide" for "global", German "Vorhaben" for
"Projekt"), a line that opens with whose view it gives ("Pour Anne Roux, ...", "Para el alcalde
Luis Mora, ...") instead of a saying verb, and a hedge kept with its object inside it ("expects
the workforce to grow" for "is expected to grow"). Each still catches the error beside it."""

from checking import problem_kinds

RENT = "Rents in Dalebury will be pushed up by a 4 percent rise in service charges from June, the housing office said."
METALS = "Traders at Morland Capital said the new mine may help ease a global shortage of nickel."
BRIDGE = "Das Projekt kostet rund 12 Millionen Euro und soll die alte Brücke über die Elser ersetzen."
CRITIQUE = "La critique Anne Roux, du journal Le Matin, a jugé que la pièce était « brillante mais trop longue »."
ALCALDE = 'El alcalde de Tormesa, Luis Mora, afirmó que se trata de "la mayor inversión de la historia de la ciudad".'
HIRING = "The bakery, which employs 80 people, is expected to reach 1,150 staff by the end of next spring, the owners said."


def test_near_synonyms_pass():
    assert "substitution" not in problem_kinds(RENT, "Rents in Dalebury will be pushed up by a 4 percent increase in service charges from June.")
    assert "substitution" not in problem_kinds(METALS, "Traders at Morland Capital said the new mine may help ease the worldwide shortage of nickel.")
    assert "substitution" not in problem_kinds(BRIDGE, "Das Vorhaben kostet rund 12 Millionen Euro und soll die alte Brücke über die Elser ersetzen.")


def test_the_opposite_side_is_still_caught():
    assert "substitution" in problem_kinds(RENT, "Rents in Dalebury will be pushed up by a 4 percent decrease in service charges from June.")
    assert "substitution" in problem_kinds(RENT, "Rents in Dalebury will be pushed up by a 4 percent fall in service charges from June.")


def test_a_line_opening_with_whose_view_it_gives_reports():
    assert "hedge" not in problem_kinds(CRITIQUE, "Pour Anne Roux, critique au journal Le Matin, la pièce est brillante mais trop longue.")
    assert "hedge" not in problem_kinds(ALCALDE, "Para el alcalde Luis Mora, se trata de la mayor inversión de la historia de la ciudad.")


def test_the_same_claim_with_no_one_giving_it_is_caught():
    assert "hedge" in problem_kinds(CRITIQUE, "La pièce est brillante mais trop longue.")
    assert "hedge" in problem_kinds(ALCALDE, "Se trata de la mayor inversión de la historia de la ciudad.")


def test_a_hedge_with_its_object_inside_is_kept():
    assert "hedge" not in problem_kinds(HIRING, "The owners expect the bakery's staff of 80 to grow to 1,150 by the end of next spring.")


def test_the_hedge_dropped_is_still_caught():
    assert "hedge" in problem_kinds(HIRING, "The bakery, which employs 80 people, will reach 1,150 staff by the end of next spring.")
    assert "hedge" in problem_kinds(HIRING, "The bakery's staff of 80 will grow to 1,150 by the end of next spring.")
