"""A pronoun of another kind in its cited sentence's own words is a `coreference` problem; the
same words with the source's pronoun pass, and so do a name for a pronoun and a pronoun in other
words (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.pronoun_swaps import pronoun_swap_problems

SOURCES = [
    "Tom Brack persuaded Nell Udo to visit the workshop in May, and she later put the plan to the council.",
    "Udo said she had grown up helping him mend her grandfather's boats.",
]
ARTICLE = " ".join(["The repair workshop at Eastquay opened in 2019.", *SOURCES])


def test_pronoun_swaps_a_man_s_pronoun_for_a_woman_s_in_the_source_s_words() -> None:
    line = "Brack persuaded Udo to visit the workshop, and he later put the plan to the council."
    assert [p.message for p in pronoun_swap_problems(line, SOURCES)] == [
        "coreference not in its sources: “he later put the”: its source has “she” there, not “he”"
    ]
    assert "coreference" in problem_kinds(ARTICLE, line)


def test_pronoun_swaps_a_possessive_changed_between_copied_words() -> None:
    line = "Nell Udo grew up helping Brack mend his grandfather's boats."
    assert [p.kind for p in pronoun_swap_problems(line, SOURCES)] == ["coreference"]


def test_pronoun_swaps_a_person_for_a_thing() -> None:
    sources = ["Mayor Ida Renn hopes the bank will reopen its branch, but the bank said it had no plans to do so."]
    line = "Ida Renn hopes the bank will reopen its branch, but she said she had no plans to do so."
    assert [p.kind for p in pronoun_swap_problems(line, sources)] == ["coreference"]


def test_pronoun_swaps_the_source_s_own_pronouns_pass() -> None:
    assert pronoun_swap_problems("Brack persuaded Udo to visit, and she later put the plan to the council.", SOURCES) == []
    assert pronoun_swap_problems("Udo grew up helping Brack mend her grandfather's boats.", SOURCES) == []
    assert "coreference" not in problem_kinds(ARTICLE, "Udo grew up helping Brack mend her grandfather's boats.")


def test_pronoun_swaps_other_words_or_a_name_are_left_alone() -> None:
    # No frame of the source's words around the pronoun: whom it means is other checks' question.
    assert pronoun_swap_problems("Udo took his idea to the council after a visit in May.", SOURCES) == []
    assert pronoun_swap_problems("Brack persuaded Udo to visit, and Udo later put the plan to the council.", SOURCES) == []


def test_pronoun_swaps_a_source_with_both_kinds_in_the_frame_passes() -> None:
    sources = [*SOURCES, "Brack said he later put the plan to the council as well."]
    assert pronoun_swap_problems("Brack persuaded Udo to visit, and he later put the plan to the council.", sources) == []


def test_pronoun_swaps_languages_without_pronoun_kinds_step_aside() -> None:
    sources = ["Le maire a dit qu'elle avait tort."]
    assert pronoun_swap_problems("Le maire a dit qu'il avait tort.", sources, "french") == []
