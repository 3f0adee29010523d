"""A speaker and the words given are no relation of the two: "Quinn said watches ...", "Akinola
warned", "told the BBC the raiders ..."; a "he" or "she" never means a day or an acronym ("held
on Sunday morning. She said ..."). Sentences written for this test."""

from checking import problem_kinds as _kinds

RAID = (
    "Detective Inspector Sarah Quinn said the two men were held in Chelmsford on Sunday morning. "
    "She said watches worth about £450,000 had been taken from the shop. "
    "The shop's owner, Raj Mehta, told the BBC his staff were unhurt. "
    "He said the raiders had smashed the front window with sledgehammers."
)
DROUGHT = (
    "Its operations director, Tom Akinola, said the ban was needed because rainfall since March had been 40% below average. "
    "He warned that further restrictions could follow if September was dry."
)
RAIL = (
    "Transport secretary Tom Ridley said the project was on budget. "
    "\"Every figure has been published,\" Ridley told reporters in Leeds. "
    "Opposition leader Ines Marr said the true cost could reach £9bn."
)


def test_the_speaker_beside_a_figure_of_what_she_said_passes():
    assert not {"circumstance", "coreference"} & set(_kinds(RAID, "Sarah Quinn said about £450,000 of watches were taken from the shop."))


def test_he_said_after_an_acronym_means_the_person():
    assert "coreference" not in _kinds(RAID, "Mehta said sledgehammers were used to smash the front window.")


def test_he_warned_after_a_month_means_the_person():
    assert "coreference" not in _kinds(DROUGHT, "Tom Akinola warned further restrictions could follow if September was dry.")


def test_told_the_bbc_then_the_claim_passes():
    assert not {"relation", "coreference"} & set(_kinds(RAID, "Raj Mehta told the BBC the raiders smashed the front window with sledgehammers."))


def test_a_telling_the_sources_give_to_another_is_still_caught():
    assert "relation" in _kinds(RAIL, "Ines Marr told reporters in Leeds that the true cost could reach £9bn.")


def test_she_said_after_a_place_means_the_person_without_a_parse():
    from summarizer import verify

    line = "Detective Inspector Quinn said watches worth around £450,000 were taken from the shop."
    checked = verify(RAID, line, checker_settings={"parser": "off"})
    assert not {"coreference", "circumstance"} & {p.kind for p in checked.problems}
