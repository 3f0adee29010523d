"""A speaker named, then described in an apposition that ends at the saying word ("Erika
Mahler, die Vorsitzende des Seniorenbeirats, warnte"): the body in the description is not the
one speaking; the body itself given the words is still caught (sentences written for this test)."""

from checking import problem_kinds

ARTIKEL = (
    "Der Stadtrat von Ebersfeld hat beschlossen, die Buslinie 7 zum Jahresende einzustellen. "
    "Der Seniorenbeirat kritisierte die Entscheidung scharf. "
    "Dessen Vorsitzende Erika Mahler sagte, viele ältere Menschen kämen dann nicht mehr zum Arzt."
)


def test_the_name_before_the_apposition_speaks():
    kinds = problem_kinds(ARTIKEL, "Erika Mahler, die Vorsitzende des Seniorenbeirats, sagte, viele ältere Menschen kämen dann nicht mehr zum Arzt.")
    assert "attribution" not in kinds


def test_the_body_itself_given_the_words_is_still_caught():
    kinds = problem_kinds(ARTIKEL, "Der Seniorenbeirat sagte, viele ältere Menschen kämen dann nicht mehr zum Arzt.")
    assert "attribution" in kinds
