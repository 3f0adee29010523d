"""A line that multiplies by a number it writes ("multiplied by three", "multiplié par trois",
"three times") where its source has the multiplier word ("tripled", "triplé") states the source's
factor: no `number` problem. Another factor, or the number without a multiplier in the source, is
still one (sentences written for this test)."""

from checking import problem_kinds

EN = (
    "The price of cocoa has nearly tripled in two years after poor harvests in West Africa, the chocolate maker said. "
    "Its owner, Paul Grant, founded the firm in 1990."
)
FR = (
    "Le prix du cacao a presque triplé en deux ans après de mauvaises récoltes en Afrique de l'Ouest, selon le chocolatier. "
    "Son fondateur, Paul Garnier, a créé l'entreprise en 1990."
)


def test_literal_multiplied_by_the_source_factor_passes() -> None:
    assert "number" not in problem_kinds(EN, "The price of cocoa has nearly been multiplied by three in two years after poor harvests.")
    assert "number" not in problem_kinds(FR, "Le prix du cacao a presque été multiplié par trois en deux ans après de mauvaises récoltes.")


def test_literal_multiplied_by_another_factor_is_caught() -> None:
    assert "number" in problem_kinds(EN, "The price of cocoa has been multiplied by four in two years after poor harvests.")
    assert "number" in problem_kinds(FR, "Le prix du cacao a été multiplié par quatre en deux ans après de mauvaises récoltes.")


def test_literal_multiplier_word_backs_no_other_number() -> None:
    assert "number" in problem_kinds(EN, "The price of cocoa has nearly tripled in three years after poor harvests in West Africa.")
