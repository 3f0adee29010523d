"""A quote mark that opens no quotation is a slip of the writing, not a line cut off inside a
quote: one left after the full stop, or one whose other mark was dropped before words the source
writes as narration. A quotation really cut off is still `incomplete`. Sentences written for this test."""

from summarizer import verify

FILM = (
    '"Harbour Lights" fans gathered in Penrith on Sunday to mark the show\'s 30th year. '
    'Its creator, Alma Reyes, told them: "We never thought it would last a season, let alone thirty years."'
)


def _kinds(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, [line]).lines for p in checked.problems]


def test_a_mark_left_after_the_full_stop_opens_no_quotation():
    assert "incomplete" not in _kinds(FILM, '" Harbour Lights " fans gathered in Penrith on Sunday. "')


def test_a_mark_whose_partner_was_dropped_before_narration_opens_no_quotation():
    assert "incomplete" not in _kinds(FILM, 'Harbour Lights" fans gathered in Penrith on Sunday to mark the show\'s 30th year.')


def test_a_quotation_cut_off_is_still_incomplete():
    assert "incomplete" in _kinds(FILM, 'Alma Reyes said: "We never thought it would last a season.')
