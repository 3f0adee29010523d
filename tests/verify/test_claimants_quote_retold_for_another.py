"""A quotation retold in reported speech and given to another person of the article: "X praised
the crew, saying ..." (a participle speaks for its clause's subject) and "X said ..., adding that
..." (sentences written for this test). The quotation given to its own speaker passes, and so does
a speaker the article describes in an apposition before the saying verb."""

from checking import problem_kinds

FLOOD = (
    "Floodwater cut off the village of Amberly on Sunday, the county council said. "
    "Fire chief Olu Danvers said 40 homes had been evacuated overnight. "
    "\"The volunteers kept going through the night, and that is why every family got out safely,\" Danvers told reporters. "
    "Council leader Hana Petrov said the council would open a relief fund on Monday."
)
SURVEY = (
    "A survey of the river has found high levels of nitrate, the campaign group Clear Water said. "
    "Its chair, a retired chemist, said the water company's own figures had never been checked by anyone independent. "
    "The chemist, Ruth Ellery, added that the group would publish its data next month."
)


def test_claimants_a_quote_retold_after_a_participle_for_another_speaker_is_caught() -> None:
    line = ("Council leader Hana Petrov praised the volunteers, saying they had kept going through the night "
            "and that this was why every family got out safely.")
    assert "attribution" in problem_kinds(FLOOD, line)


def test_claimants_a_quote_retold_after_adding_for_another_speaker_is_caught() -> None:
    line = ("Council leader Hana Petrov said 40 homes had been evacuated, adding that the volunteers kept going "
            "through the night so that every family got out safely.")
    assert "attribution" in problem_kinds(FLOOD, line)


def test_claimants_the_quote_retold_for_its_own_speaker_passes() -> None:
    line = ("Fire chief Olu Danvers praised the volunteers, saying they had kept going through the night "
            "and that this was why every family got out safely.")
    assert "attribution" not in problem_kinds(FLOOD, line)


def test_claimants_a_speaker_described_in_an_apposition_passes() -> None:
    line = "Ruth Ellery, the group's chair and a retired chemist, said nobody independent had ever checked the water company's figures."
    assert "attribution" not in problem_kinds(SURVEY, line)
