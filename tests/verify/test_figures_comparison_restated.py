"""A figure its source sets against another with a comparison word ("compte 19 élèves, contre
41 il y a dix ans", "employs 140 people, against 310 in 2015") restated with the source's own
verb after the first figure, in the source's order ("alors qu'elle en comptait 41", "when it
employed 310"), measures the same thing; the two figures swapped are still caught (sentences
written for this test)."""

from checking import problem_kinds

ECOLE = "L'école de Brenac ne compte plus que 23 élèves, contre 61 il y a dix ans, selon la mairie."
MILL = "The Harwood paper mill now employs 140 people, against 310 in 2015, the company said."


def test_french_comparison_restated_with_its_verb():
    kinds = problem_kinds(ECOLE, "L'école de Brenac n'a plus que 23 élèves, alors qu'elle en comptait 61 il y a dix ans.")
    assert "circumstance" not in kinds


def test_english_comparison_restated_with_its_verb():
    kinds = problem_kinds(MILL, "The Harwood paper mill now employs 140 people, while in 2015 it employed 310.")
    assert "circumstance" not in kinds


def test_the_figures_swapped_are_still_caught():
    kinds = problem_kinds(MILL, "The Harwood paper mill now employs 310 people, against 140 in 2015.")
    assert {"circumstance", "number"} & set(kinds)
