"""One party put on the other side of its verb (sentences written for this test): the line has a
party do what every cited sentence with that verb has done to it, whoever the other party is.
Passive voice says the same as active; a verb whose sides the line does not both fill, or a
party the sources put on the line's side too, is left alone."""

from checking import parsed_problem_kinds

DOCKS = (
    "Dock workers at Farrow Bay walked out on Monday in a dispute over night shifts. "
    "Marlo Freight's managing director, Ines Kett, said the firm had offered a new rota, and accused the union of "
    "refusing to negotiate."
)
SIGNING = (
    "Westbury Town have signed defender Oli Marsh from Penhall United for an undisclosed fee. "
    "Marsh has agreed a four-year contract."
)


def test_a_party_that_is_done_to_in_the_source_and_does_it_in_the_line_is_caught():
    assert "relation" in parsed_problem_kinds(DOCKS, "The union accused Marlo Freight of refusing to negotiate.")


def test_the_sources_way_passes_in_active_and_passive_voice():
    assert "relation" not in parsed_problem_kinds(DOCKS, "Marlo Freight accused the union of refusing to negotiate.")
    assert "relation" not in parsed_problem_kinds(DOCKS, "The union was accused by Marlo Freight of refusing to negotiate.")


def test_a_verb_with_a_thing_on_its_other_side_is_another_sense():
    assert "relation" not in parsed_problem_kinds(SIGNING, "Marsh has signed a four-year contract.")
