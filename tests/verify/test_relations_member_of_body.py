"""A speaker named with the body they speak for after their name ("Ines Hart of the Tenants'
Alliance said") is the person, not the body; a person the sources never have speak is still
caught (sentences written for this test)."""

from checking import problem_kinds

SOURCE = (
    "The Tenants' Alliance, which represents renters in the county, opposed the rent rise. "
    "Its housing officer, Ines Hart, said the landlord had ignored the alliance's offer to talk."
)


def test_the_person_before_of_the_body_is_the_speaker() -> None:
    line = "Housing officer Ines Hart of the Tenants' Alliance said the landlord had ignored the alliance's offer to talk."
    assert "attribution" not in problem_kinds(SOURCE, line)


def test_a_member_who_never_speaks_is_still_caught() -> None:
    source = (
        "The Tenants' Alliance, whose housing officer is Ines Hart, said the landlord had ignored its offer to talk. "
        "Hart was not at the meeting."
    )
    line = "Ines Hart of the Tenants' Alliance said the landlord had ignored the alliance's offer to talk."
    assert "attribution" in problem_kinds(source, line)


def test_of_inside_a_bodys_name_leaves_the_body_speaking() -> None:
    # "the University of Bern said": "of" without "the" joins one body's name; the university speaks.
    source = "The Tessel glacier lost 6% of its volume last summer, researchers at the University of Bern said."
    assert "attribution" not in problem_kinds(source, "The Tessel glacier lost 6% of its volume last summer, scientists at the University of Bern said.")
