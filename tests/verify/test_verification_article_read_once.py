"""An article checked again is read into sentences once; each call still gets a Document of its
own, whose metadata it may change without changing another call's."""

from summarizer import verify
from summarizer.verify import verification
from summarizer.verify.verification import read_source

# Written for these tests.
ARTICLE = (
    "The harbour board in Westmere approved a new ferry timetable on Tuesday. "
    "Boats will leave every forty minutes from May, the board's chair, Ana Ruiz, said."
)


def test_verification_article_read_once_per_text(monkeypatch):
    from summarizer.read import document as reading

    built = []
    real = reading.build_document
    monkeypatch.setattr(reading, "build_document", lambda *args, **kwargs: built.append(1) or real(*args, **kwargs))
    verification._built.cache_clear()
    first = verify(ARTICLE, "The harbour board approved a new ferry timetable.")
    second = verify(ARTICLE, "Boats will leave every forty minutes from May.")
    assert len(built) == 1
    assert first.document.sentences == second.document.sentences
    assert first.supported and second.supported


def test_verification_article_metadata_is_each_callers_own():
    first, second = read_source(ARTICLE), read_source(ARTICLE)
    first.metadata["seen"] = "yes"
    assert second.metadata == {}
    assert read_source(ARTICLE).metadata == {}
