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


def test_referents_who_after_a_name_means_that_name_though_the_line_s_person_is_in_the_sentence() -> None:
    # "who" never means a whole clause: the clause is Olga Petit's, whoever else the sentence names.
    sources = ["Idris Banner thanked Olga Petit, who first spotted the dead fish near the old mill."]
    line = "Idris Banner, who first spotted the dead fish near the old mill, was thanked."
    assert [p.message for p in relative_clause_problems(line, sources)] == [
        "coreference not in its sources: “who first spotted the dead fish near the old mill” is said of Olga Petit, not Idris Banner"
    ]


def test_referents_a_clause_after_a_name_the_line_keeps_passes() -> None:
    sources = ["Captain Rhys Dolan said the club hoped to keep coach Mara Lindgren, whose deal expires in 2027."]
    assert relative_clause_problems("Coach Mara Lindgren, whose deal expires in 2027, may stay.", sources) == []
    assert [p.kind for p in relative_clause_problems("Rhys Dolan, whose deal expires in 2027, hopes to keep the coach.", sources)] == [
        "coreference"
    ]


def test_referents_which_after_a_name_with_the_line_s_person_in_the_sentence_is_left_alone() -> None:
    # "which" may mean the whole clause before it: which name it is about is the parse's question.
    sources = ["Harlow Trust took over Mill House from Kessel Estates, which had owned the building since 1990."]
    line = "Harlow Trust, which had owned the building since 1990, took over Mill House."
    assert relative_clause_problems(line, sources) == []


def test_referents_the_same_surname_after_another_given_name_is_another_person() -> None:
    sources = ["Galen Ortiz learned the trade from his father, Tomas Ortiz, who rebuilt the abbey gate in the 1980s."]
    line = "Galen Ortiz, who rebuilt the abbey gate in the 1980s, will run the new school."
    assert [p.message for p in relative_clause_problems(line, sources)] == [
        "coreference not in its sources: “who rebuilt the abbey gate in the 1980s” is said of Tomas Ortiz, not Galen Ortiz"
    ]
    # A title is no given name: "Dr Tomas Ortiz" is Tomas Ortiz.
    assert relative_clause_problems("Dr Tomas Ortiz, who rebuilt the abbey gate in the 1980s, taught his son.", sources) == []


def test_referents_spanish_quien_after_another_given_name() -> None:
    sources = ["Galván aprendió el oficio con su padre, Tomás Galván, quien restauró la portada de la iglesia en 1985."]
    line = "Andrés Galván, que restauró la portada de la iglesia en 1985, dirigirá la escuela."
    assert [p.kind for p in relative_clause_problems(line, sources, "spanish")] == ["coreference"]
