"""The model reads a Markdown article's sentences as a summary line shows them: the 0.5B model
copied "**Harbour and Coastal Workers Union**", markers and all, from samples/harbour-strike.md."""

from __future__ import annotations

from summarizer.abstract.model_input import model_texts
from summarizer.pipeline import Summarizer

# Written for this test.
MARKDOWN = (
    "# Ferry strike ends\n\n"
    "The strike, called by the **Island Ferry Crews Union**, ended on Friday after four days.\n\n"
    "Talks were led by [Mara Quist](https://example.org/quist), the union's `chair`, and the operator __Bayline__.\n"
)


def test_the_model_reads_no_markdown_markup():
    document = Summarizer().read(MARKDOWN, fmt="markdown")
    texts = model_texts(document)
    joined = " ".join(texts)
    assert "Island Ferry Crews Union" in joined and "Mara Quist" in joined and "Bayline" in joined
    for mark in ("**", "__", "`", "](", "https://"):
        assert mark not in joined, mark


def test_a_plain_text_article_reads_as_before():
    document = Summarizer().read("LONDON (Reuters) - The ferry strike ended on Friday after four days of talks.")
    assert model_texts(document) == ["The ferry strike ended on Friday after four days of talks."]
