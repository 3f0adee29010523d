"""An `Outcome`'s repr names a text or bytes source by its length: `summarize_many(texts)` hands
back each article as the outcome's source, and logging a failed outcome (`%r`) wrote the whole
article, 1 MB for a 940 kB one."""

from pathlib import Path

from summarizer import Outcome, Summarizer

ARTICLE = "The council met on Monday to discuss the plan for the harbour. " * 15_000


def test_a_long_text_source_is_shown_by_its_length():
    outcome = next(Summarizer(max_bytes=1_000).summarize_many([ARTICLE]))
    assert repr(outcome) == (
        f"Outcome(source=<text, {len(ARTICLE):,} characters>, summary=None, error='<text>: is over the size limit (see max_bytes)', "
        "error_type='InputError')"
    )
    assert repr(Outcome(ARTICLE.encode()[:5000], error="e")).startswith("Outcome(source=<5,000 bytes>, summary=None, error='e'")


def test_a_path_and_a_summary_are_shown_as_they_are(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("The council met on Monday. It approved the budget.", encoding="utf-8")
    outcome = next(Summarizer().summarize_many([path]))
    assert repr(outcome).startswith(f"Outcome(source={path!r}, summary=Summary(document=Document(source=")
    assert len(repr(next(Summarizer(sections="off").summarize_many([ARTICLE])))) < 5_000
