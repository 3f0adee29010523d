"""Long documents summarised in sections: each part gets its line, every line cites the source."""

from __future__ import annotations

import json

from summarizer import Summarizer
from summarizer.long.merge import allocate, group, group_similar
from summarizer.long.sections import find_sections

from story_samples import STORIES, long_text


def _story_of(summary, citation) -> str:
    text = summary.document.text[citation.start : citation.end]
    return next(name for name, sentences in STORIES.items() if any(text in s or s in text for s in sentences))


def test_headings_give_one_section_per_story_and_each_line_cites_its_own():
    summarizer = Summarizer(sentences=3, sections="on")
    summary = summarizer.summarize(summarizer.read(long_text(headings=True)))
    assert [s.title for s in summary.sections] == ["Ferry news", "Orchard news", "Library news"]
    assert summary.stats["sections"]["found_by"] == "headings"
    assert {_story_of(summary, line.citations[0]) for line in summary.lines} == {"ferry", "orchard", "library"}
    assert all(line.citations for line in summary.lines)
    for line in summary.lines:
        for c in line.citations:
            assert summary.document.text[c.start : c.end] == c.text


def test_without_headings_the_topic_shifts_split_the_stories():
    summarizer = Summarizer(sentences=3, sections="on")
    document = summarizer.read(long_text(headings=False))
    parts, how = find_sections(document)
    assert how == "topics"
    starts = {p.first for p in parts}
    assert {8, 16} <= starts  # where the orchard and the library stories begin
    summary = summarizer.summarize(document)
    assert {_story_of(summary, line.citations[0]) for line in summary.lines} == {"ferry", "orchard", "library"}


def test_a_summary_shorter_than_the_sections_names_what_it_left_out():
    summarizer = Summarizer(sentences=1, sections="on")
    summary = summarizer.summarize(summarizer.read(long_text(headings=True)))
    assert len(summary.lines) == 1
    warning = next(w for w in summary.warnings if "have no line" in w)
    assert warning.startswith("2 of 3 sections")
    # Every section still has its own summary, in the JSON too.
    data = json.loads(summary.to_json())
    assert [len(s["lines"]) for s in data["sections"]] == [1, 1, 1]
    assert all(s["lines"][0]["citations"] for s in data["sections"])


def test_json_of_an_ordinary_article_has_no_new_keys(samples_dir):
    data = json.loads(Summarizer().summarize(samples_dir / "city-budget.txt").to_json())
    assert "sections" not in data and "sources" not in data


def test_auto_sections_only_a_document_too_long_for_its_lines():
    text = long_text(headings=True)
    document = Summarizer().read(text)
    assert "sections" not in Summarizer(sentences=3).summarize(document).stats  # 26 sentences: short
    many = Summarizer().read("\n\n".join([text] * 4))
    assert Summarizer(sentences=3).summarize(many).stats["sections"]["count"] >= 3


def test_the_word_budget_holds_for_the_merged_summary():
    summarizer = Summarizer(words=40, sections="on")
    summary = summarizer.summarize(summarizer.read(long_text(headings=True)))
    assert summary.word_count <= 40 or len(summary.lines) == 1


def test_allocation_and_grouping():
    assert allocate(5, [10, 10, 30]) == [1, 1, 3]
    assert allocate(2, [5, 5, 5]) == [1, 1, 1]
    assert sum(allocate(7, [3, 9, 1, 4])) == 7
    assert group([1, 1, 1, 1], 2) == [range(0, 2), range(2, 4)]
    from collections import Counter

    vectors = [Counter(a=2), Counter(a=1, b=1), Counter(c=2), Counter(c=1, d=1)]
    assert group_similar(vectors, 2) == [range(0, 2), range(2, 4)]
