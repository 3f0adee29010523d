"""A summary line shown as an excerpt of a longer quotation (the mark its sentence lacks and an
ellipsis, extract/units.py) is its source sentence: `verify` passes it as it passes a copied line,
but marks that make up a quotation around a sentence that needs none are checked as any line."""

from __future__ import annotations

from summarizer import Summarizer, verify
from summarizer.verify.window import VerbatimIndex

# The quotation goes on in the next paragraph, which opens it again (as news writes a long one).
ARTICLE = (
    "The comedian brought his two children on stage on Sunday night to accept the award for the best "
    'comedy of the year. He said: "I do it all for them.\n\n'
    '"The tour kept me away from home for most of the year, and they never once complained about it."'
)


def test_an_excerpt_line_is_its_source_sentence() -> None:
    result = verify(ARTICLE, 'He said: "I do it all for them. \u2026"')
    assert result.supported
    assert [c.text for c in result.lines[0].citations] == ['He said: "I do it all for them.']


def test_the_default_summary_of_the_article_passes() -> None:
    summary = Summarizer(sentences=2).summarize(ARTICLE)
    lines = [line.text for line in summary.lines]
    assert any(line.endswith("\u2026\"") for line in lines)
    assert verify(ARTICLE, "\n".join(lines)).supported


def test_excerpt_marks_around_a_whole_sentence_are_not_a_copy() -> None:
    index = VerbatimIndex.of(Summarizer().read(ARTICLE))
    whole = "The comedian brought his two children on stage on Sunday night to accept the award for the best comedy of the year."
    assert index.run(whole) == (0,)
    assert index.run('"\u2026 ' + whole) is None and index.run(whole + ' \u2026"') is None
    assert index.run('He said: "I do it all for them. \u2026"') == (1,)
