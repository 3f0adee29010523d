"""A source sentence standing in for a generated line (a slot filled, a line replaced) that closes a
quotation opened in the sentence before reads as the extractive summary shows it, as an excerpt
(“… We improvised ...," says ...), not with a closing mark and no opening one: the 0.5B model's
summary of samples/wire-quotes.txt was filled with `We improvised quite a lot," says chief engineer ...`."""

from __future__ import annotations

from summarizer.abstract.stage import _fill
from summarizer.pipeline import Summarizer

# Written for this test.
ARTICLE = (
    "The island ferry will sail again by April, the operator said on Thursday.\n\n"
    "\"We had no spare parts and no crew. We patched the engines ourselves,\" says engineer Lina Moss, "
    "who kept the older boat running through the winter.\n\n"
    "Repairs to the newer vessel will cost about 2.4m euros."
)


def test_a_filled_quotation_tail_is_shown_as_an_excerpt():
    document = Summarizer().read(ARTICLE)
    texts = [s.text for s in document.sentences]
    tail = next(i for i, t in enumerate(texts) if t.startswith("We patched"))
    scores = [0.0] * len(texts)
    scores[tail] = 1.0
    (line,) = _fill(document, scores, [], 1, "english")
    assert [c.sentence for c in line.citations] == [tail]
    assert line.text.startswith("\"… We patched the engines ourselves,\" says engineer Lina Moss")
    assert line.text.count('"') % 2 == 0
