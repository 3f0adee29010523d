"""The word "one" a line takes from its sources, where they use it as no count ("not one"),
is no number the sources lack; a "one" the sources never write still counts as 1 (sentences
written for this test)."""

from checking import problem_kinds

ARTICLE = ('Council leader Mara Quill said she regretted the delay. '
           '"Starting again with a new builder would cost us two years, not one," she said.')


def test_literal_one_the_sources_write_is_no_new_number() -> None:
    line = "Mara Quill said a new builder would cost the council two years rather than one."
    assert "number" not in problem_kinds(ARTICLE, line)


def test_literal_one_the_sources_never_write_is_a_number() -> None:
    article = "Council leader Mara Quill said a new builder would cost the council two more years."
    assert "number" in problem_kinds(article, "Mara Quill said a new builder would cost the council one more year.")
