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


# The owner of the thing done to stands on the object side (sentences written for this test).
HARBOUR = "The harbour board rejected the guild's offer to share the dredging costs."


def _side_messages(article: str, line: str) -> list[str]:
    import pytest

    from summarizer.verify.parser import load_parser, parse
    from summarizer.verify.sides import side_problems

    if load_parser("english") is None:
        pytest.skip("no English parser installed")
    return [p.message for p in side_problems(parse(line), [parse(article)])]


def test_owners_swapped_in_the_passive_are_reversed():
    # the word-order check steps aside for a passive: only the parse tells the owner's side
    assert _side_messages(HARBOUR, "The harbour board's offer to share the dredging costs was rejected by the guild.")


def test_owners_swapped_in_the_active_are_reversed():
    assert _side_messages(HARBOUR, "The guild rejected the harbour board's offer to share the dredging costs.")


def test_the_owner_kept_in_the_passive_passes():
    assert _side_messages(HARBOUR, "The guild's offer to share the dredging costs was rejected by the harbour board.") == []


def test_a_plural_kind_before_the_thing_describes_it_and_is_no_owner():
    article = "The women, who last won in 2012, have won the title again after beating Ireland."
    assert _side_messages(article, "England won the women's title again after beating Ireland.") == []
