"""Headlines: a short first line without a final full stop is the title whatever it ends with,
and a site's name after it is cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import summarize
from summarizer.read.document import build_document, without_site_suffix
from summarizer.read.raw import RawText

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BODY = "The island ferry will sail again by April, the operator said on Thursday.\nRepairs will cost 2.4m euros."


@pytest.mark.parametrize(
    "headline",
    ["Ferry link 'to resume by spring'", 'Ferry "back by April"', "Can the island ferry sail again?", "Ferry is back!"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_headline_ending_in_a_quote_or_question_is_the_title(headline, gap):
    document = build_document(RawText(headline + gap + BODY, "t.txt"))
    assert document.title == headline
    assert document.sentences[0].text.startswith("The island ferry")


@pytest.mark.parametrize("first", ["The ferry sailed again on Monday.", "He said:", 'The mayor said "yes."'])
def test_a_sentence_or_lead_in_is_no_title(first):
    assert build_document(RawText(first + "\n\n" + BODY, "t.txt")).title is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Dock strike ends after pay deal | Coast Wire | 19.01.2031", "Dock strike ends after pay deal"),
        ("Dock strike ends after pay deal - Coast Wire News", "Dock strike ends after pay deal"),
        ("Dock strike ends after pay deal – The Harlow Times", "Dock strike ends after pay deal"),
        ("Harlow 2 - 1 Marlow", "Harlow 2 - 1 Marlow"),
        ("Dock strike ends - for now", "Dock strike ends - for now"),
    ],
)
def test_site_suffix_cut(title, expected):
    assert without_site_suffix(title) == expected


def test_page_title_loses_its_site_suffix():
    document = build_document(RawText(BODY, "page.html", "html", "Ferry back by April | Coast Wire | 19.01.2031"))
    assert document.title == "Ferry back by April"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("wire-quotes.txt", "Ferry link 'to resume by spring'"),
        ("wire-headline-question.txt", "Can the old pier survive another winter?"),
        ("wire-site-title.txt", "Harbour workers end strike after pay deal"),
    ],
)
def test_wire_samples_titles(name, title):
    summary = summarize(SAMPLES / name)
    assert summary.document.title == title
    assert all(title not in line.text for line in summary.lines)
