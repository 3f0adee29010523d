"""The article's headline is the story's own account of itself: a clause of a line that the
headline states ("after a late-night debate") is not an addition of the line's, though no body
sentence says it; a clause the headline does not state still is. Article written for this test."""

from summarizer import verify

ARTICLE = (
    "Tollerby council backs new swimming baths after all-night session\n\n"
    "Tollerby's town council voted 9-2 on Tuesday to build new swimming baths at a cost of 12 million pounds. "
    "The baths will replace the 1930s pool on Mill Street, which closed last spring.\n\n"
    "Councillor Ada Brennock said the town had waited too long for a pool it could rely on."
)


def _problems(line: str) -> list[tuple[str, str]]:
    return [(p.kind, p.message) for checked in verify(ARTICLE, [line]).lines for p in checked.problems]


def test_the_headline_is_read_as_the_headline():
    assert verify(ARTICLE, ["Tollerby's council voted 9-2 to build new swimming baths."]).document.title.startswith("Tollerby council")


def test_a_clause_the_headline_states_is_no_addition():
    assert _problems("Tollerby's council voted 9-2 to build new swimming baths after an all-night session.") == []


def test_a_clause_the_headline_does_not_state_is_still_an_addition():
    kinds = [kind for kind, _ in _problems("Tollerby's council voted 9-2 to build new swimming baths after a stormy public meeting.")]
    assert "support" in kinds


def test_without_a_headline_the_clause_is_an_addition():
    body = ARTICLE.split("\n\n", 1)[1]
    kinds = [p.kind for checked in verify(body, ["Tollerby's council voted 9-2 to build new swimming baths after an all-night session."]).lines
             for p in checked.problems]
    assert "support" in kinds
