"""A `Document`'s repr names the article, not its text: a summary or a check of a 20 MB article
in a log line, a traceback or a failed assertion printed every sentence twice over (the text,
then each `Sentence` with its text), 3.5 times the article's size."""

from summarizer import summarize, verify

ARTICLE = ("The council met on Monday to discuss the plan for the harbour. " * 40 + "\n\n") * 300


def test_the_repr_of_a_long_article_and_its_results_stays_short():
    summary = summarize(ARTICLE, language="en", sections="off")  # its lines only, not each section's
    document = summary.document
    assert len(ARTICLE) > 700_000
    assert repr(document) == (
        f"Document(source='<text>', title=None, language='english', format='text', text=<{len(document.text):,} characters>, "
        f"paragraphs={len(document.paragraphs)}, sentences={len(document.sentences)})"
    )
    assert len(repr(summary)) < 5_000
    assert len(repr(verify(document, summary.text))) < 5_000


def test_the_repr_shows_metadata_and_warnings_when_there_are_some():
    document = summarize("Der Rat tagte am Montag. Er stimmte zu.", language="de").document
    text = repr(document.__class__(document.text, "a.txt", "Rat", metadata={"author": "X"}, warnings=("unsure",)))
    assert text.endswith("paragraphs=0, sentences=0, metadata={'author': 'X'}, warnings=('unsure',))")
