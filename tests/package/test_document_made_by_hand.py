"""A `Document` made by hand from its text alone has no sentences: it is refused in one line,
not summarised as nothing. `summarize(Document(text, "feed-123"))` returned a summary with no
line and no warning, `verify` a check with no line, and `summarize_together` called the second
such document a repeat of the first."""

import pytest

from summarizer import Document, InputError, Summarizer, summarize, verify
from summarizer.together.run import summarize_together

TEXT = "The council met on Monday to approve the budget. It voted 7-4 in favour after a long debate."
REFUSED = r"^feed-123: is a Document with no sentences \(made by hand\?\); pass the text itself, or read it with"


def test_a_document_without_sentences_is_refused_everywhere():
    document = Document(TEXT, "feed-123")
    with pytest.raises(InputError, match=REFUSED):
        summarize(document)
    with pytest.raises(InputError, match=REFUSED):
        verify(document, "The council met on Monday.")
    with pytest.raises(InputError, match=r"^feed-123, feed-124: is a Document with no sentences"):
        summarize_together([document, Document("The port reopened on Friday.", "feed-124")])
    outcome = next(Summarizer().summarize_many([document]))
    assert not outcome.ok and outcome.error_type == "InputError"


def test_a_read_document_is_summarised_as_it_is():
    document = Summarizer().read(TEXT)
    assert summarize(document).document is document
