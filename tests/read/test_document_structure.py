"""Headline, paragraphs and sentence spans found by preprocessing."""

from __future__ import annotations

from pathlib import Path

from summarizer import Summarizer
from summarizer.read.document import build_document
from summarizer.read.raw import RawText


def document_of(text: str, fmt: str = "text"):
    return build_document(RawText(text, "<test>", fmt))


def test_preprocess_offsets_round_trip_on_every_sample(sample_paths: list[Path]) -> None:
    assert len(sample_paths) >= 4
    for path in sample_paths:
        document = Summarizer().read(path)
        assert document.sentences, path
        for sentence in document.sentences:
            assert document.text[sentence.start : sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()
            paragraph = document.paragraphs[sentence.paragraph]
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert [s.index for s in document.sentences] == list(range(len(document.sentences)))
        # Sentences never overlap and keep document order.
        ends = [s.end for s in document.sentences]
        starts = [s.start for s in document.sentences]
        assert all(e <= s for e, s in zip(ends, starts[1:]))


def test_preprocess_detects_headline_and_keeps_it_out_of_sentences() -> None:
    document = document_of("Council Approves New Budget\nThe council voted on Tuesday. It passed 7-4.\n")
    assert document.title == "Council Approves New Budget"
    assert [s.text for s in document.sentences] == ["The council voted on Tuesday.", "It passed 7-4."]


def test_preprocess_first_line_with_final_punctuation_is_not_a_headline() -> None:
    document = document_of("The council voted on Tuesday.\nIt passed 7-4.\n")
    assert document.title is None
    assert len(document.sentences) == 2


def test_preprocess_single_line_article_has_no_headline() -> None:
    document = document_of("Only one line here without a stop")
    assert document.title is None
    assert [s.text for s in document.sentences] == ["Only one line here without a stop"]


def test_preprocess_each_line_is_a_paragraph_without_blank_lines() -> None:
    document = document_of("Headline Here\nFirst paragraph. Still first.\nSecond paragraph.\n\n")
    assert [s.paragraph for s in document.sentences] == [0, 0, 1]


def test_preprocess_blank_lines_separate_wrapped_paragraphs() -> None:
    text = "Headline Here\n\nA sentence that is\nwrapped across lines. Another one.\n\nA second paragraph.\n"
    document = document_of(text)
    assert [s.paragraph for s in document.sentences] == [0, 0, 1]
    assert document.sentences[0].text == "A sentence that is\nwrapped across lines."
    assert document.sentences[0].clean_text == "A sentence that is wrapped across lines."


def test_preprocess_markdown_headings_and_bullets() -> None:
    text = "# Big News Today\n\nIntro sentence here.\n\n## Details\n\n- First point stands alone\n- Second point too\n"
    document = document_of(text, "markdown")
    assert document.title == "Big News Today"
    assert [s.text for s in document.sentences] == ["Intro sentence here.", "First point stands alone", "Second point too"]
    assert len({s.paragraph for s in document.sentences}) == 3


# Written for this test: a story with a table, as Markdown converters write them (with and
# without the outer pipes).
TABLE_STORY = """# Dock workers vote to strike

Dock workers at the Port of Kelso voted on Tuesday to strike from 1 March, the union said.

| Year | Pay rise offered | Inflation |
|------|:----------------:|----------:|
| 2024 | 2.5%             | 4.1%      |
| 2025 | 3.0%             | 3.6%      |

The port authority said it was disappointed by the vote and urged the union to return to talks.

Year | Ships diverted
--- | ---
2023 | 14

The port handles about 40% of the region's container traffic, according to industry analysts.
"""


def test_preprocess_markdown_table_rows_are_not_sentences() -> None:
    document = document_of(TABLE_STORY, "markdown")
    assert [s.text[:12] for s in document.sentences] == ["Dock workers", "The port aut", "The port han"]
    summary = Summarizer(sentences=3).summarize(TABLE_STORY, fmt="markdown")
    assert not any("|" in line.text or "---" in line.text for line in summary.lines)


FRONT_MATTER_STORY = """---
title: "Dock workers vote to strike"
author: Jane Doe
date: 2026-03-01
tags: [strike, port]
---

Dock workers at the Port of Kelso voted on Tuesday to strike from 1 March, the union said.

The port authority said it was disappointed by the vote and urged the union to return to talks.
"""


def test_preprocess_markdown_front_matter_is_metadata_not_text() -> None:
    # Jekyll, Hugo and most static-site generators start a Markdown article with a YAML block
    document = document_of(FRONT_MATTER_STORY, "markdown")
    assert document.title == "Dock workers vote to strike"
    assert [s.text[:12] for s in document.sentences] == ["Dock workers", "The port aut"]
    assert document.metadata == {"author": "Jane Doe", "date": "2026-03-01"}
    toml = FRONT_MATTER_STORY.replace("---", "+++").replace("title: ", "title = ")
    assert [s.text[:12] for s in document_of(toml, "markdown").sentences] == ["Dock workers", "The port aut"]


def test_preprocess_markdown_opening_between_rules_without_fields_is_text() -> None:
    text = "---\nDock workers at the Port of Kelso voted on Tuesday to strike.\n---\n\nThe port authority said it was disappointed.\n"
    assert len(document_of(text, "markdown").sentences) == 2


def test_preprocess_markdown_reference_links_read_as_their_words() -> None:
    text = (
        "# Dock workers vote to strike\n\n"
        "The union, [Unite the Docks][unite], said 87% of members who took part backed the action.\n\n"
        "The port authority, which runs [Kelso][], urged the union to return to talks.\n\n"
        "[unite]: https://example.com/unite\n[Kelso]: https://example.com/kelso \"Port of Kelso\"\n"
    )
    summary = Summarizer(sentences=3).summarize(text, fmt="markdown")
    assert [line.text for line in summary.lines] == [
        "The union, Unite the Docks, said 87% of members who took part backed the action.",
        "The port authority, which runs Kelso, urged the union to return to talks.",
    ]
    assert summary.lines[0].citations[0].text.startswith("The union, [Unite the Docks][unite]")  # the source as it is


def test_preprocess_crlf_input_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline Words\r\nFirst sentence here. Second one.\r\nThird line.\r\n")
    document = Summarizer().read(path)
    assert "\r" not in document.text
    assert [s.text for s in document.sentences] == ["First sentence here.", "Second one.", "Third line."]


# Written for this test: a static site's article with a picture, a block quote (hard-wrapped, as
# pandoc writes Markdown) and a code sample.
PICTURE_QUOTE_CODE_STORY = """# Dock workers vote to strike

Dock workers at the Port of Kelso voted on Tuesday to strike from 1 March, the union said.

![Dock workers outside the port gates on Tuesday](/img/gates.jpg)

[![Video: the vote](/img/video.jpg)](https://example.com/video)

> "We have waited three years for a fair offer," said the union's
> regional secretary, Ann Moray. "Today members said enough."

```
curl https://example.com/api/ballot?id=1 returned 87.
```

The port authority said it was disappointed by the vote and urged the union to return to talks.
"""


def test_preprocess_markdown_pictures_code_and_quote_markers_are_not_text() -> None:
    document = document_of(PICTURE_QUOTE_CODE_STORY, "markdown")
    assert [s.text for s in document.sentences] == [
        "Dock workers at the Port of Kelso voted on Tuesday to strike from 1 March, the union said.",
        "\"We have waited three years for a fair offer,\" said the union's\n> regional secretary, Ann Moray.",
        '"Today members said enough."',
        "The port authority said it was disappointed by the vote and urged the union to return to talks.",
    ]
    summary = Summarizer(sentences=4).summarize(PICTURE_QUOTE_CODE_STORY, fmt="markdown")
    assert [line.text for line in summary.lines][1:3] == [
        "\"We have waited three years for a fair offer,\" said the union's regional secretary, Ann Moray.",
        '"Today members said enough."',
    ]
    assert not any(">" in line.text or "!" in line.text or "curl" in line.text for line in summary.lines)


def test_preprocess_markdown_fence_never_closed_keeps_the_text_after_it() -> None:
    text = "Dock workers voted to strike on Tuesday.\n\n```\n\nThe port authority urged the union to return to talks.\n"
    assert [s.text[:12] for s in document_of(text, "markdown").sentences] == ["Dock workers", "The port aut"]


def test_preprocess_markdown_picture_inside_a_line_ends_no_sentence() -> None:
    text = (
        "Dock workers voted ![a ballot box](/img/box.png) to strike on Tuesday. "
        "The port authority urged the union to return to talks.\n\n"
        "![Chart](/img/pay.png) Pay offers have trailed inflation for three years.\n"
    )
    document = document_of(text, "markdown")
    assert [s.text for s in document.sentences] == [
        "Dock workers voted ![a ballot box](/img/box.png) to strike on Tuesday.",
        "The port authority urged the union to return to talks.",
        "![Chart](/img/pay.png) Pay offers have trailed inflation for three years.",
    ]
    assert all(document.text[s.start : s.end] == s.text for s in document.sentences)
    summary = Summarizer(sentences=3).summarize(text, fmt="markdown")
    assert [line.text for line in summary.lines][::2] == [
        "Dock workers voted to strike on Tuesday.",
        "Pay offers have trailed inflation for three years.",
    ]


def test_preprocess_markdown_line_opening_with_inline_code_is_no_fence() -> None:
    text = "Dock workers voted to strike.\n\n```make``` builds the union's site in two minutes, its staff said.\n\nTalks resume.\n"
    assert [s.text[:10] for s in document_of(text, "markdown").sentences] == ["Dock worke", "```make```", "Talks resu"]


def test_preprocess_markdown_setext_headings_are_not_sentences() -> None:
    # "Title\n=====" and "Section\n-------": Markdown's other way of writing headings
    text = (
        "Dock workers vote to strike\n===========================\n\n"
        "Dock workers at the Port of Kelso voted on Tuesday to strike from 1 March, the union said.\n\n"
        "Reaction\n--------\n\n"
        "The port authority said it was disappointed by the vote.\n"
        "It urged the union to return to talks.\n---\n\n"
        "Pay offers have trailed inflation for three years.\n"
    )
    document = document_of(text, "markdown")
    assert document.title == "Dock workers vote to strike"
    assert [s.text[:12] for s in document.sentences] == ["Dock workers", "The port aut", "It urged the", "Pay offers h"]
    underlined = document_of("Mayor: the budget is safe.\n==========================\n\nThe council met on Monday.\n", "markdown")
    assert underlined.title == "Mayor: the budget is safe." and [s.text for s in underlined.sentences] == ["The council met on Monday."]


def test_preprocess_markdown_html_lines_shortcodes_and_footnotes_are_not_sentences() -> None:
    # a static site's article: an excerpt marker, a Hugo shortcode, raw HTML lines, a footnote
    text = (
        "# Dock workers vote to strike\n\n"
        "Dock workers at the Port of Kelso voted on Tuesday to strike from 1 March, the union said.\n\n"
        "<!-- more -->\n\n"
        '{{< figure src="/img/gates.jpg" caption="The port gates" >}}\n\n'
        '<img src="/img/ballot.jpg" alt="Ballot papers">\n\n'
        "The port authority said it was disappointed by the vote.[^1]\n\n"
        '<div class="note">\n\n'
        "Pay offers[^pay] have trailed inflation for three years.\n\n"
        "</div>\n\n"
        "[^1]: Statement of 3 February, page 2.\n"
        "[^pay]: Union figures.\n"
    )
    document = document_of(text, "markdown")
    assert [s.text for s in document.sentences] == [
        "Dock workers at the Port of Kelso voted on Tuesday to strike from 1 March, the union said.",
        "The port authority said it was disappointed by the vote.",
        "Pay offers[^pay] have trailed inflation for three years.",
    ]
    summary = Summarizer(sentences=3).summarize(text, fmt="markdown")
    assert summary.lines[2].text == "Pay offers have trailed inflation for three years."


def test_preprocess_markdown_title_and_lines_are_shown_without_emphasis_marks() -> None:
    # "*long*" and "_today_" stayed in summary lines (only ** __ ` were dropped), and a heading's
    # "**strike**" in the title; words with underscores or a product's stars stay as written
    text = (
        "# Dock workers vote to **strike** at [Kelso](https://example.com/kelso)\n\n"
        "Dock workers voted on Tuesday to strike after a *long* and _bitter_ dispute, the union said.\n\n"
        "The port authority said it was ***deeply*** disappointed by the vote in file_name_2.\n\n"
        "A survey rated the port 4*5 on safety, below **the *national* average**.\n"
    )
    summary = Summarizer(sentences=3).summarize(text, fmt="markdown")
    assert summary.document.title == "Dock workers vote to strike at Kelso"
    assert [line.text for line in summary.lines] == [
        "Dock workers voted on Tuesday to strike after a long and bitter dispute, the union said.",
        "The port authority said it was deeply disappointed by the vote in file_name_2.",
        "A survey rated the port 4*5 on safety, below the national average.",
    ]


def test_preprocess_markdown_line_of_many_comments_then_text_is_read_at_once() -> None:
    # the furniture-line pattern backtracked through every way to split the comments: a line of
    # 100 "<!-- c -->" before its words never finished reading
    import time

    line = "<!-- c -->" * 2000 + " The port reopened on Monday."
    started = time.perf_counter()
    document = document_of(f"Dock workers voted to strike.\n\n{line}\n", "markdown")
    assert time.perf_counter() - started < 5
    assert document.sentences[0].text == "Dock workers voted to strike."
    assert document.sentences[-1].text.endswith("--> The port reopened on Monday.")
