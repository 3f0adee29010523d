"""A sentence that repeats the title or an earlier sentence (by its words) is furniture; the judge
finds the same repeats whatever order it is asked in, with Markdown, and where lower-casing the
text changes its length ("İ")."""

from __future__ import annotations

import random

from summarizer import Summarizer
from summarizer.extract.candidates import CandidateJudge, _key, candidate_weights, plain_text
from summarizer.read.document import build_document
from summarizer.read.raw import RawText

TEXT = """Dock strike ends after three weeks

Dock strike ends after three weeks.

Workers at the port of Kessel voted on Friday to accept a new pay offer, ending the strike.

The vote was close, with 52 percent in favour, the union said in a statement.

WORKERS AT THE PORT OF KESSEL VOTED ON FRIDAY TO ACCEPT A NEW PAY OFFER, ENDING THE STRIKE!
"""

# Lower-casing "İ" gives two characters: offsets into the lower-cased text no longer hold.
DOTTED = """Night shift returns to the port

İsmail Demir, who leads the night shift, said crews would return on Monday morning.

The port of Kessel said the first ships would be unloaded on Tuesday.

İSMAİL DEMİR, who leads the night shift, said crews would return on Monday morning.

Ships waiting off İzmir and Kessel will be unloaded first, the operator added.

The port of Kessel said the first ships would be unloaded on Tuesday.
"""

MARKDOWN = """# Harbour reopens to ferries

**Harbour reopens to ferries**

The harbour reopened to ferries on Tuesday after repairs to the [main pier](https://example.org/pier) were finished.

The harbour reopened to ferries on Tuesday after repairs to the main pier were finished.

*Photo by Kim Lo*
"""


def _expected(document) -> list[bool]:
    """An independent reading of the rule: a set of the keys met so far."""
    keys = {_key(plain_text(document.title))} if document.title else set()
    found = []
    for sentence in document.sentences:
        text = sentence.clean_text
        if text.startswith("[") and document.text[sentence.start - 1 : sentence.start] == "!":
            text = "!" + text
        key = _key(plain_text(text))
        found.append(bool(key) and key in keys)
        keys.add(key)
    return found


def test_repeated_sentences_are_the_ones_a_set_of_keys_finds() -> None:
    documents = [
        Summarizer().read(TEXT),
        Summarizer().read(DOTTED),
        build_document(RawText(MARKDOWN, "x.md", format="markdown")),
        Summarizer().read(TEXT.split("\n", 2)[2]),  # no title
    ]
    for document in documents:
        expected = _expected(document)
        assert any(expected)
        assert [c.reason == "repeated" for c in candidate_weights(document)] == expected
        for seed in range(5):  # judged in any order, the same answers
            order = list(range(len(document.sentences)))
            random.Random(seed).shuffle(order)
            judge = CandidateJudge(document)
            answers = {k: judge(k).reason == "repeated" for k in order}
            assert [answers[k] for k in range(len(order))] == expected
