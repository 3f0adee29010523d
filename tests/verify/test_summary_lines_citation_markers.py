"""Citation markers after a summary's sentences ("... three days. [1]", "[2, 3]", this tool's own
"[1a] [1b]" and "[2:4]") are layout, as a list marker is: chat models asked about numbered
sentences write them, and so does `summarize` in its text output. Checked as words, each was a
sentence of its own or a figure the source must hold ("number not in its sources: 1"), and a
faithful summary was NOT SUPPORTED. Article and lines written for this test."""

import pytest

from summarizer import verify
from summarizer.verify.summary_lines import summary_lines

ARTICLE = (
    "Ferries between Port Allan and the island of Mire resumed on Tuesday after a storm shut the crossing for three days. "
    "About 4,200 passengers had been stranded since Saturday, the operator said."
)

TITLED = "Ferry crossings resume after storm\n\n" + ARTICLE


@pytest.mark.parametrize(
    "summary",
    [
        "Ferries resumed on Tuesday after a storm shut the crossing for three days. [1]\nAbout 4,200 passengers had been stranded since Saturday. [2]",
        "Ferries resumed on Tuesday after a storm shut the crossing for three days [1].\nAbout 4,200 passengers had been stranded since Saturday [1, 2].",
        "Ferries resumed on Tuesday after a storm shut the crossing for three days. [1a] [1b]\nAbout 4,200 passengers had been stranded since Saturday. [2:2]",
        # `summarize`'s own text output, wrapped at its width
        "Ferries resumed on Tuesday after a storm shut the\n  crossing for three days. [1]\nAbout 4,200 passengers had been\n  stranded since Saturday. [2]",
    ],
)
def test_citation_markers_are_not_checked_as_words(summary):
    result = verify(ARTICLE, summary)
    assert [line.text for line in result.lines] == [
        "Ferries resumed on Tuesday after a storm shut the crossing for three days.",
        "About 4,200 passengers had been stranded since Saturday.",
    ]
    assert result.supported, [p.message for line in result.lines for p in line.problems]


def test_a_bracketed_figure_that_is_not_a_marker_is_still_checked():
    # "[2019]" in running text is no marker after a sentence or a word: it stays, and is checked.
    texts = [text for text, _ in summary_lines("The [2019] plan was approved.", "english")]
    assert texts == ["The [2019] plan was approved."]


def test_markdown_footnotes_are_not_checked_as_lines():
    # `summarize article.txt -f markdown` cites with footnotes, as Markdown summaries do: each
    # "[^1]" became a line of its own ("number not in its sources: 1"), and each footnote, the
    # source sentence quoted after "chars 53-216:", a line with numbers the article lacks.
    summary = (
        "- Ferries resumed on Tuesday after a storm shut the crossing for three days.[^1]\n"
        "- About 4,200 passengers had been stranded since Saturday.[^2]\n\n"
        "[^1]: sentence 1, paragraph 1, chars 0-115: “Ferries between Port Allan and the island of Mire resumed on Tuesday.”\n"
        "[^2]: sentence 2, paragraph 1, chars 116-190: “About 4,200 passengers had been stranded since Saturday.”\n"
    )
    result = verify(ARTICLE, summary)
    assert [line.text for line in result.lines] == [
        "Ferries resumed on Tuesday after a storm shut the crossing for three days.",
        "About 4,200 passengers had been stranded since Saturday.",
    ]
    assert result.supported


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_this_tools_own_summary_checks_as_its_lines(fmt):
    # `summarize article.txt -o summary.txt; summarize check article.txt -s summary.txt`: the
    # "Sources:" list under the lines ("[1] sentence 1, paragraph 1, chars 0-115: ...") and the
    # warnings ("warning: ...", "> **Warning:** ...") were checked as claims, and the summary
    # was NOT SUPPORTED for the numbers of its own citations; its title line, for having no full stop.
    from dataclasses import replace

    from summarizer import Summarizer
    from summarizer.render.renderers import render

    summary = Summarizer(sentences=2).summarize(TITLED)
    summary = replace(summary, warnings=("the model read 5 of 10 sentences: the top-ranked ones that fit its input (5 sentences), in document order",))
    result = verify(TITLED, render(summary, fmt))
    # The article's title, which heads the output ("## Summary: " and the title in Markdown), is no claim.
    assert [line.text for line in result.lines] == [line.text for line in summary.lines]
    assert result.supported


def test_a_summary_that_is_only_the_title_is_checked_as_that_line():
    result = verify(TITLED, "Ferry crossings resume after storm")
    assert [line.text for line in result.lines] == ["Ferry crossings resume after storm"]
