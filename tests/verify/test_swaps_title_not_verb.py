"""A title before a name ("Union leader Rosa Adair", "Club captain Maya Fenwick") is not a verb
whose doer and undergoer a line could reverse: "Maya Fenwick, who captains the club" says the
same. With the parse, a source word tagged a noun gives no roles; a real reversal around a verb
is still caught (sentences written for this test)."""

from checking import parsed_problem_kinds, problem_kinds

CLUB = (
    "Club captain Maya Fenwick said the team would play its home games at Orton Park next season. "
    "Orton Park holds 4,000 spectators."
)
MATCH = "Kelso Town beat Arnwick 3-1 on Saturday to reach the cup final, the league said."


def test_a_relative_clause_for_a_title_before_the_name():
    kinds = parsed_problem_kinds(CLUB, "Maya Fenwick, who captains the club, said its home games would be played at Orton Park next season.")
    assert "relation" not in kinds


def test_a_reversal_around_a_verb_is_still_caught():
    kinds = parsed_problem_kinds(MATCH, "Arnwick beat Kelso Town 3-1 on Saturday to reach the cup final.")
    assert "relation" in kinds


def test_without_the_parse_a_title_word_before_a_name_is_no_verb():
    from summarizer import verify

    line = "Maya Fenwick, who captains the club, said its home games would be played at Orton Park next season."
    kinds = {p.kind for checked in verify(CLUB, line, checker_settings={"parser": "off"}).lines for p in checked.problems}
    assert "relation" not in kinds
