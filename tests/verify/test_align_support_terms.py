"""What a line's support counts, in sentences written for this test: an amount written otherwise
than its source writes the same figure counts as the source's writing, and a hedge in other words
("likely to" for "expected to") is the same hedge. A line whose words its source lacks still has
low support."""

from summarizer import verify
from summarizer.verify.verification import read_source

POOL = (
    "Ashford's only public swimming pool will close in June for a new roof, the borough council said. "
    "The work is expected to cost £2.6m. "
    "Swimmers will be offered free sessions at a pool in Kenwick."
)


def _support(line: str) -> float:
    return verify(POOL, line).lines[0].support


def test_an_amount_and_a_hedge_in_other_words_keep_their_support():
    result = verify(POOL, "The work is likely to cost 2.6 million pounds.")
    assert result.supported and result.lines[0].support == 1.0


def test_a_line_with_other_words_still_has_low_support():
    assert _support("Builders plan a gym and a sauna costing 2.6 million pounds.") < 0.5


def test_an_amount_of_another_value_is_not_rewritten():
    from summarizer.verify.align import HEDGE_TERM, line_terms

    document = read_source(POOL)
    assert "2.6m" not in " ".join(line_terms("The work is expected to cost 3.1 million pounds.", document))
    assert HEDGE_TERM in line_terms("The work is likely to cost 2.6 million pounds.", document)
