"""Two sentences written on one line (models and lower-cased data do it: "... on saturday. the
striker ..."): the word that ends one and the word that opens the next are not neighbours in a
relation the sources must state. Sentences written for this test."""

from summarizer import verify

MATCH = (
    "Marta Quill scored twice for Ellerby Rovers in a 3-1 win over Danby on Saturday. "
    "The striker has now scored 19 goals this season. Quill joined the club from Hexham in 2022."
)


def _kinds(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, [line]).lines for p in checked.problems]


def test_neighbours_across_a_full_stop_are_not_a_relation():
    line = "marta quill scored twice in a 3-1 win over danby on saturday. the striker has now scored 19 goals this season."
    assert _kinds(MATCH, line) == []


def test_a_moved_date_within_one_sentence_is_still_caught():
    assert "circumstance" in _kinds(MATCH, "the striker scored twice on saturday. quill joined the club from danby in 2022.")


def test_a_quotation_closed_before_the_next_sentence_ends_a_sentence():
    # Models write "... since 2019' The striker ..." with no full stop after the quotation.
    line = "Quill said the fans had 'waited for a win like this since 2019' The striker has now scored 19 goals this season."
    article = MATCH + " Quill said the fans had 'waited for a win like this since 2019' after the match."
    assert "circumstance" not in _kinds(article, line) and "relation" not in _kinds(article, line)
