"""Precision first: a line that is its source sentence (or a run of them) always verifies, and
names, titles and pronouns are looked up in the evidence window of `verify/window.py`."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Summarizer, verify
from summarizer.verify.window import WINDOW_BEFORE, VerbatimIndex, window_before

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in {".txt", ".md"} and p.name != "README.md")

# Written for these tests: sentences whose shapes tripped the checks when copied word for word
# (a quotation left open to run on, "said Friday", a name introduced a sentence before "it").
ARTICLE = """Kestrel Mobile will cut prices in four cities, such as Leeds, from May, it said Friday.

"We expect a strong summer, said chief executive Hana Ostrova at the launch in Leeds.
"Our customers have waited long enough," she added.

Orrin Telecom bought a stake in the firm last year. It now holds 12% of Kestrel Mobile and two seats on its board.

Mr Hale, the regulator's head, said the deal would be reviewed before the autumn.
"""


def _copies(summarizer: Summarizer, path_or_text) -> list[str]:
    summary = summarizer.summarize(path_or_text)
    return ["\n".join(line.text for line in summary.lines)]


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: str(p.relative_to(SAMPLES)))
def test_every_extractive_summary_of_a_sample_verifies(path: Path):
    for summarizer in (Summarizer(words=60), Summarizer(sentences=3)):
        summary = summarizer.summarize(path)
        result = verify(path, "\n".join(line.text for line in summary.lines))
        assert result.supported, result.to_text()


def test_each_sentence_of_an_article_copied_alone_or_in_runs_verifies():
    document = verify(ARTICLE, "x").document
    texts = [" ".join(s.text.split()) for s in document.sentences]
    for start in range(len(texts)):
        for length in (1, 2, 3):
            run = " ".join(texts[start : start + length])
            result = verify(ARTICLE, run)
            assert result.supported, result.to_text()
            cited = sorted({c.sentence for line in result.lines for c in line.citations})
            assert cited == list(range(start, min(start + length, len(texts))))


def test_a_copied_line_is_cited_to_the_sentences_it_copies():
    index = VerbatimIndex.of(verify(ARTICLE, "x").document)
    assert index.run("Orrin Telecom bought a stake in the firm last year.") is not None
    assert index.run("Orrin Telecom bought a stake in the firm") is None  # a part of a sentence is not a copy
    assert index.run("Orrin Telecom bought a stake in the firm last year. It now") is None


def test_a_line_changed_by_one_word_is_checked_again():
    result = verify(ARTICLE, "Orrin Telecom now holds 21% of Kestrel Mobile and two seats on its board.")
    assert "number" in {p.kind for p in result.problems}


def test_titles_are_not_names_and_a_surname_is_found_in_the_full_name():
    text = ("The planning board met on Tuesday.\n\nGordon Hale, the regulator's head, opened the meeting. "
            "Hale said the deal would be reviewed before the autumn.")
    result = verify(text, "Mr Hale said the deal would be reviewed before the autumn.")
    assert result.supported, result.to_text()
    invented = verify(text, "Dr Mossberg said the deal would be reviewed before the autumn.")
    assert {p.message for p in invented.problems if p.kind == "name"} == {"name not in its sources: Mossberg"}


def test_a_name_for_the_sources_pronoun_is_found_in_the_sentence_before():
    # The cited sentence says "It"; the sentence before it names the company.
    result = verify(ARTICLE, "Orrin Telecom now holds 12% of Kestrel Mobile and two seats on its board.")
    assert result.supported, result.to_text()


def test_the_window_stops_at_the_paragraph_and_after_a_few_sentences():
    text = "Alder Foods named Ines Varga its chair.\n\nIt now runs nine bakeries. It sells bread. It bakes cakes. It opens a shop."
    document = verify(text, "x").document
    last = len(document.sentences) - 1
    before = [s.index for s in window_before(document, [last])]
    assert len(before) == WINDOW_BEFORE and before == list(range(last - WINDOW_BEFORE, last))
    assert window_before(document, [1]) == ()  # the sentence before stands in another paragraph


def test_a_paragraph_opening_with_him_goes_on_with_the_paragraph_before():
    text = ("A former treasurer has been jailed for stealing from a choir.\n\nOwen Marsh, 61, admitted theft.\n\n"
            "Judge Ada Kerr told him he had \"robbed every singer\".")
    result = verify(text, "The judge told Marsh he had robbed every singer.")
    assert "name" not in {p.kind for p in result.problems}, result.to_text()
    # Without a personal pronoun the new paragraph is a new subject: the window stops there.
    document = verify(text, "x").document
    assert [s.index for s in window_before(document, [2])] == [1]
    plain = "Owen Marsh, 61, admitted theft.\n\nJudge Ada Kerr praised the choir."
    assert window_before(verify(plain, "x").document, [1]) == ()


def test_a_quotation_the_source_leaves_open_may_stay_open_in_the_line():
    result = verify(ARTICLE, '"We expect a strong summer, said chief executive Hana Ostrova at the launch.')
    assert "incomplete" not in {p.kind for p in result.problems}, result.to_text()
    closed = "Kestrel Mobile will cut prices in four cities, it said."
    assert "incomplete" in {p.kind for p in verify(ARTICLE, '"' + closed).problems}


def test_a_day_after_said_is_not_a_speaker():
    result = verify(ARTICLE, "Kestrel Mobile will cut prices in four cities from May, it said Friday.")
    assert "attribution" not in {p.kind for p in result.problems}, result.to_text()
