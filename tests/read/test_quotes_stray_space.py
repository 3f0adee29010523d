"""A straight closing mark written after a space ('...the talks work. "Ferry crews want...') closes
the open quotation when the paragraph's straight marks pair in order and the next one can only
open: the narration after it is not read as a quotation. Where the order leaves a doubt (the mark
may open the next paragraph of a quotation that goes on, or a closing mark was lost), the marks
are read by their shape, as before."""

from __future__ import annotations

from summarizer import Summarizer
from summarizer.extract.candidates import candidate_weights
from summarizer.extract.units import quotation_units
from summarizer.read.quotes import quotations, unbalanced
from summarizer.read.segment import sentence_spans

STRAY = (
    'Ms Lind said: "The plan fails, the talks work. "Ferry crews want a vote on the new timetable before May. '
    'The union said: "We will keep talking," and left the hall.'
)


def _pairs(text: str) -> list[tuple[int, int | None]]:
    found, strays = quotations(text)
    assert not strays
    return [(q.start, q.end) for q in found]


def test_quotes_a_closing_mark_after_a_space_closes() -> None:
    stray = STRAY.index('. "Ferry') + 2
    second = STRAY.index(': "We') + 2
    assert _pairs(STRAY) == [(STRAY.index('"The'), stray + 1), (second, STRAY.index(',"') + 2)]
    assert not unbalanced(STRAY)


def test_segment_the_stray_closing_mark_ends_its_sentence() -> None:
    sentences = [s.text for s in Summarizer().read(STRAY).sentences]
    assert sentences == [
        'Ms Lind said: "The plan fails, the talks work. "',
        "Ferry crews want a vote on the new timetable before May.",
        'The union said: "We will keep talking," and left the hall.',
    ]


def test_candidates_the_narration_after_a_stray_mark_is_not_a_quotation_piece() -> None:
    units, _ = quotation_units(Summarizer().read(STRAY))
    reasons = {s.text: c.reason for s, c in zip(units.sentences, candidate_weights(units))}
    assert reasons["Ferry crews want a vote on the new timetable before May."] != "part of a quotation"


def test_quotes_a_quotation_that_goes_on_is_not_closed_early() -> None:
    # Each paragraph of a long quotation opens with a mark and only the last one closes; put
    # together, '. "We will' may open the next paragraph, so the order decides nothing here.
    text = 'The mayor said: "We closed the old bridge. "We will open the new one in May. "Ferries run until then," she said.'
    assert [end for _, end in _pairs(text)] == [None, None, text.index(',"') + 2]


def test_quotes_a_lost_closing_mark_still_leaves_the_next_quotation_alone() -> None:
    # Taken in order, the last mark ('lost,"') would open: the order does not fit, the shape reads.
    text = 'The coach said: "We won the first game. "We lost the second," he told reporters.'
    assert [end for _, end in _pairs(text)] == [None, text.index(',"') + 2]
    # An odd number of marks: the order cannot pair them all.
    text = 'The coach said: "We won the first game. "Then the rain came. She replied: "No way," and "left.'
    assert [end for _, end in _pairs(text)] == [None, None, text.index(',"') + 2, None]
    # Nothing follows the mark: it may open a quotation that goes on into the next paragraph.
    text = 'The coach said: "We won the first game. "Then the rain came and the second half was a lottery.'
    assert [end for _, end in _pairs(text)] == [None, None]


def test_quotes_a_mark_after_a_colon_and_a_space_never_closes() -> None:
    text = 'He said: "We tried. She said: "Not hard enough. "'
    assert _pairs(text)[0][1] is None


def test_segment_a_glued_closing_mark_goes_with_the_sentence_it_closes() -> None:
    text = 'The captain said: "We won the final in the rain."The team flew home on Sunday to a parade in the city.'
    sentences = [s.text for s in Summarizer().read(text).sentences]
    assert sentences == [
        'The captain said: "We won the final in the rain."',
        "The team flew home on Sunday to a parade in the city.",
    ]


def test_segment_a_closing_mark_stays_where_no_capital_follows() -> None:
    # A full stop after the mark, a particle glued to it, a tokenised mark with spaces on both
    # sides: the sentences are cut where they were before.
    for text, expected in [
        ('The old captain sat down, tired and wet. "Why did we even play?". Nobody answered him.', 3),
        ('그는 "내일 다시 간다."고 말했다. 모두 웃었다.', 2),
        ('He said : " We lost the game today . " Then he left the room without a word .', 2),
    ]:
        sentences = [text[a:b] for a, b in sentence_spans(text)]
        assert len(sentences) == expected, sentences
        assert not any(s.startswith(('".', '"고')) for s in sentences)
    text = 'He said : " We lost the game today . " Then he left the room without a word .'
    assert [text[a:b] for a, b in sentence_spans(text)][1] == "Then he left the room without a word ."
