""""The charity", "the agency", "the airline" ... after "the" stand for the body named before, as
"the company" does: a line naming it there has invented no relation. Sentences written for this
test."""

from checking import problem_kinds as _kinds

SHELTER = (
    "The council gave a £50,000 grant to the charity Harbour Light on Monday to open a night shelter in Calden. "
    "Council leader Ann Royce said the money would pay for 20 beds. "
    "The charity is also looking for a second site in Morley, but no lease has been signed."
)


def test_the_charity_stands_for_the_charity_named_before():
    kinds = _kinds(SHELTER, "Harbour Light is looking for a second site in Morley but has not yet signed a lease.")
    assert "relation" not in kinds



RAID = (
    "Two men were arrested after a jewellery shop in Harlow was raided on Saturday night, Essex Police said. "
    "Officers are appealing for witnesses. "
    "The force said it could not rule out a link to a similar raid in Braintree last month."
)


def test_the_force_speaks_for_the_police_named_before():
    kinds = _kinds(RAID, "Essex Police said a link to a similar raid in Braintree last month could not be ruled out.")
    assert "attribution" not in kinds
