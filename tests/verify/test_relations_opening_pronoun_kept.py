"""A one-line summary that opens with the pronoun its cited sentence opens with ("His agent,
..." from "His agent, ...") points where the source does, as the sentence itself would; one
that brings in a pronoun its source does not open with still names no one (sentences written
for this test)."""

from checking import problem_kinds

ARTICLE = (
    "The former goalkeeper Tomasz Brill has been charged with match-fixing, police said on Friday. "
    "His agent, Rula Stenning, said he would contest the charge in court."
)


def test_the_sources_own_opening_pronoun():
    kinds = problem_kinds(ARTICLE, "His agent, Rula Stenning, said Brill would contest the charge in court.")
    assert "coreference" not in kinds


def test_a_pronoun_the_source_does_not_open_with():
    kinds = problem_kinds(ARTICLE, "He has been charged with match-fixing, police said on Friday.")
    assert "coreference" in kinds
