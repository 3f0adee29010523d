"""Round-9 shape, in sentences written for this test: a claim its source gives as one side's case
("argued that", "alleged") or as a named person's ("Según Ortega, ...") stated by the line with no
one making it is an attribution dropped; "according to police" (no person) may be dropped."""

from checking import problem_kinds as _kinds

DAM = (
    "The Environment Minister approved a new reservoir at Colby Vale on Tuesday. "
    "Local farmers had argued that the reservoir would flood 300 acres of grazing land. "
    "According to county police, about 40 protesters gathered outside the minister's office."
)
ES = (
    "La cooperativa Vega Alta cerró el año con pérdidas. "
    "Según Ortega, el precio del pienso se ha triplicado desde 2020, y la cooperativa ha perdido 90 socios."
)


def test_one_sides_case_stated_as_fact_is_an_attribution_dropped():
    assert "attribution" in _kinds(DAM, "The reservoir at Colby Vale would flood 300 acres of grazing land.")


def test_the_case_given_to_its_side_passes():
    assert _kinds(DAM, "Local farmers argued that the reservoir would flood 300 acres of grazing land.") == []


def test_a_fact_according_to_police_may_be_stated():
    assert "attribution" not in _kinds(DAM, "About 40 protesters gathered outside the minister's office.")


def test_a_spanish_claim_of_a_named_person_stated_as_fact_is_an_attribution_dropped():
    assert "attribution" in _kinds(ES, "El precio del pienso se ha triplicado desde 2020.")
    assert "attribution" not in _kinds(ES, "Según Ortega, el precio del pienso se ha triplicado desde 2020.")
