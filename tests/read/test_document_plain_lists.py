"""A list in a plain text: each item a paragraph of its own, its marker no sentence ("1.")."""

from __future__ import annotations

from summarizer import summarize
from summarizer.read.document import build_document
from summarizer.read.sources import RawText

STEPS = (
    "Council sets out three steps for the ferry link\n\n"
    "The council said on Monday it would take three steps to save the ferry link to the island.\n\n"
    "{a}First, it will ask the operator to publish its costs for the last five years.\n"
    "{b}Second, it will seek a grant from the regional fund before the summer.\n"
    "{c}Third, it will hold a public meeting in the harbour hall in May.\n\n"
    "The operator said it welcomed the plan but warned that fares might still rise.\n"
)
ITEMS = [
    "First, it will ask the operator to publish its costs for the last five years.",
    "Second, it will seek a grant from the regional fund before the summer.",
    "Third, it will hold a public meeting in the harbour hall in May.",
]


def sentences(text: str, language: str = "english") -> list[str]:
    return [s.text for s in build_document(RawText(text, "<test>"), language).sentences]


def test_numbered_and_bulleted_items_are_sentences_without_their_markers() -> None:
    for markers in (("1. ", "2. ", "3. "), ("1) ", "2) ", "3) "), ("- ", "- ", "- "), ("• ", "• ", "• ")):
        found = sentences(STEPS.format(a=markers[0], b=markers[1], c=markers[2]))
        assert found[1:4] == ITEMS, (markers, found)
        assert len(found) == 5


def test_a_wrapped_item_goes_on_over_its_next_line() -> None:
    text = ("The plan has two parts.\n\n"
            "1. The operator will publish its costs for the last five years, as the\n"
            "   council asked in its letter of March.\n"
            "2. The council will seek a grant from the regional fund.\n")
    found = sentences(text)
    assert found[-2].startswith("The operator will publish") and found[-2].endswith("letter of March.")
    assert found[-1] == "The council will seek a grant from the regional fund."


def test_a_lone_line_opening_with_a_number_is_no_list() -> None:
    text = ("Die Stadt plant eine neue Brücke über den Fluss.\n\n"
            "3. März 2031 soll der Bau beginnen, sagte die Bürgermeisterin am Montag.\n")
    assert any(s.startswith("3. März 2031") for s in sentences(text, "german"))


def test_a_summary_of_a_listed_article_cites_the_item_text() -> None:
    summary = summarize(STEPS.format(a="1. ", b="2. ", c="3. "), sentences=5)
    assert all(not line.text[:2].rstrip(".").isdigit() for line in summary.lines)
    assert any(line.text == ITEMS[0] for line in summary.lines)
