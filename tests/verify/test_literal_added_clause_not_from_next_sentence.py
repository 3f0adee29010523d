"""A clause a line adds is looked up in its cited sentences and their window, not in the sentence
after a cited one: that sentence is read for a thing's name only (`literal.literal_problems`), and
a clause whose word it holds ("a bid") is still one the cited sentence never states (sentences
written for this test)."""

from summarizer import verify

OFFER = (
    "Corran Foods turned down a £90 million approach from Velt on Monday. "
    "Velt's chief executive, Ines Falk, said in a statement that she was disappointed and that the group was weighing its options. "
    "Analysts said a fresh bid was unlikely before the spring."
)


def _problems(line: str, parser: str) -> list[tuple[str, str]]:
    result = verify(OFFER, [line], checker_settings={"parser": parser})
    return [(p.kind, p.message) for p in result.problems]


def test_literal_added_clause_word_of_the_next_sentence_still_added():
    line = "Velt chief executive Ines Falk said she was disappointed and that the group was weighing its options, including a hostile bid."
    for parser in ("off", "auto"):
        problems = _problems(line, parser)
        assert ("support", "unsupported addition: “including a hostile bid”") in problems


def test_literal_added_clause_copied_line_passes():
    line = "Velt chief executive Ines Falk said she was disappointed and that the group was weighing its options."
    assert _problems(line, "off") == []
