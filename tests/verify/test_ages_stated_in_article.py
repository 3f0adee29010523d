"""A person's age that the article states anywhere, in sentences written for this test: "the
63-year-old" where the article says "Harriet Olsen, 63,", "aged 41", or "a 41-year-old". Another
age, or the same figure outside an age phrase, is still caught."""

from checking import problem_kinds

from summarizer.verify.ages import stated_ages

SHELTER = (
    "Harriet Olsen, 63, a retired nurse from Calder Bridge, found the injured collie beside the quarry road on Tuesday. "
    "She carried the collie to the Fenwick animal shelter, where vets set its broken leg on Wednesday morning."
)
REGATTA = (
    "Tom Akers crossed the line eleven minutes ahead of the fleet in a borrowed dinghy on Saturday. "
    "The joiner from Kelmoor, aged 41, had never entered the Brantholme regatta before."
)


def test_age_stated_with_commas_elsewhere_in_the_article():
    line = "The 63-year-old carried the collie to the Fenwick animal shelter, where vets set its broken leg."
    assert "number" not in problem_kinds(SHELTER, line)


def test_another_age_is_still_caught():
    line = "The 64-year-old carried the collie to the Fenwick animal shelter, where vets set its broken leg."
    assert "number" in problem_kinds(SHELTER, line)


def test_aged_stated_elsewhere_in_the_article():
    line = "The 41-year-old crossed the line eleven minutes ahead of the fleet in a borrowed dinghy."
    assert "number" not in problem_kinds(REGATTA, line)
    line = "The 14-year-old crossed the line eleven minutes ahead of the fleet in a borrowed dinghy."
    assert "number" in problem_kinds(REGATTA, line)


def test_only_the_age_phrase_is_backed():
    article = ("Harriet Olsen, 63, found the collie.",)
    assert stated_ages("The 63-year-old found 63 dogs.", article) == frozenset()
    assert stated_ages("The 63-year-old found the collie.", ("The collie, 63, was found.",)) == frozenset()
    assert stated_ages("The 63-year-old found the collie.", article) == {"63"}
