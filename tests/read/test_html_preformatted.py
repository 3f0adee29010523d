"""A page whose article sits in <pre>, hard-wrapped, with its headline as the first line."""

from __future__ import annotations

from summarizer import Summarizer
from summarizer.read.html import extract_html
from summarizer.read.document import build_document

WRAPPED = (
    "Tram depot to close after flood damage\n"
    "The city's only tram depot will close for six months after river water\n"
    "flooded its workshops last week, the transport board said on Tuesday. Trams\n"
    "will be serviced at a bus garage in the meantime.\n"
    "Engineers found water damage to the lifting gear and to two of the eleven\n"
    "trams parked inside. The board said repairs would cost about 3 million\n"
    "euros and that services would run as usual.\n"
)


def page(body: str) -> str:
    return f"<html><head><title>City news</title></head><body><pre>{body}</pre></body></html>"


def test_the_headline_line_is_not_glued_to_the_first_sentence() -> None:
    document = build_document(extract_html(page(WRAPPED), "depot.html"))
    first = document.sentences[0].text
    assert first.startswith("The city's only tram depot"), first
    assert all("Tram depot to close" not in s.text for s in document.sentences)
    assert document.title == "City news"


def test_the_summary_opens_with_the_lead() -> None:
    document = build_document(extract_html(page(WRAPPED), "depot.html"))
    summary = Summarizer(sentences=2).summarize_document(document)
    assert summary.lines[0].text.startswith("The city's only tram depot will close")


def test_unwrapped_lines_of_a_page_stay_as_they_were() -> None:
    # trafilatura gives one line per paragraph: a short first line (a standfirst) stays a paragraph.
    html = ("<html><head><title>City news</title></head><body><article><p>Depot shut for six months</p>"
            "<p>The city's only tram depot will close for six months after river water flooded its workshops.</p>"
            "<p>Engineers found water damage to the lifting gear and to two trams parked inside it.</p>"
            "<p>The board said repairs would cost about three million euros in all.</p></article></body></html>")
    document = build_document(extract_html(html, "depot.html"))
    assert document.sentences[0].text == "Depot shut for six months"
