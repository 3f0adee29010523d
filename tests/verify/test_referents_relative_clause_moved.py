"""A relative clause hung on another name than the cited sentence hangs it on is a `coreference`
problem; the same clause, reworded, on its own name passes, and so does a line whose person the
cited sentence names too (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.referents import relative_clause_problems

SOURCES = [
    "Farm manager Idris Banner apologised to the village on Tuesday.",
    "Retired nurse Olga Petit, who first spotted the dead fish near the old mill, said the river smelled of diesel.",
]


def test_referents_a_relative_clause_moved_to_another_name_is_a_coreference_problem() -> None:
    line = "Farm manager Idris Banner, who first saw the dead fish near the old mill, apologised to the village."
    assert [p.message for p in relative_clause_problems(line, SOURCES)] == [
        "coreference not in its sources: “who first spotted the dead fish near the old mill” is said of Olga Petit, not Idris Banner"
    ]
    assert "coreference" in problem_kinds(" ".join(SOURCES), line)


def test_referents_the_relative_clause_on_its_own_name_passes() -> None:
    line = "Retired nurse Olga Petit, who first saw the dead fish near the old mill, said the river smelled of diesel."
    assert relative_clause_problems(line, SOURCES) == []


def test_referents_a_person_named_in_the_clauses_sentence_is_left_alone() -> None:
    sources = ["Idris Banner thanked Olga Petit, who first spotted the dead fish near the old mill."]
    line = "Idris Banner, who first spotted the dead fish near the old mill, was thanked."
    assert relative_clause_problems(line, sources) == []
