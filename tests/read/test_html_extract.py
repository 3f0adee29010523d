from __future__ import annotations

import pytest
from click.testing import CliRunner

from batch_corpus import html_page
from summarizer import InputError, Summarizer
from summarizer.cli import cli
from summarizer.read.html import extract_html

PAGE = """<html><head><title>Ferry service returns to the islands</title>
<meta name="author" content="Sam Writer"><meta property="article:published_time" content="2025-06-02">
</head><body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav>
<article><h1>Ferry service returns to the islands</h1>
<p>The ferry to the northern islands sailed again on Friday after a month out of service. Engineers replaced a worn propeller shaft in the harbour dry dock.</p>
<p>Island shops had run short of fresh food while the ferry was away. The operator said a second boat would be leased before the summer.</p>
</article><footer>Subscribe to our newsletter for more stories</footer></body></html>"""


def test_html_gives_main_text_title_author_and_date() -> None:
    raw = extract_html(PAGE, "page.html")
    assert raw.title == "Ferry service returns to the islands"
    assert raw.metadata["author"] == "Sam Writer"
    assert raw.metadata["date"] == "2025-06-02"
    assert "propeller shaft" in raw.text and "second boat" in raw.text
    # Menus and footers are not the article, and the repeated headline is not a sentence of it.
    assert "Sport" not in raw.text and "newsletter" not in raw.text
    assert not raw.text.startswith("Ferry service returns")


def test_a_copyright_year_is_no_publication_date() -> None:
    # A page with no date of its own: the footer's year must not become "2026-01-01".
    undated = PAGE.replace('<meta property="article:published_time" content="2025-06-02">', "").replace(
        "Subscribe to our newsletter for more stories", "© 2026 Island Gazette. All rights reserved."
    )
    assert "date" not in extract_html(undated, "page.html").metadata
    # A date the page marks as its own (here a byline) is still found.
    dated_byline = undated.replace("<article>", '<article><p class="byline">By Sam Writer, published 3 November 2025</p>')
    assert extract_html(dated_byline, "page.html").metadata["date"] == "2025-11-03"


def test_html_summary_offsets_point_into_the_extracted_text(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    summary = Summarizer(sentences=2).summarize(path)
    document = summary.document
    assert document.title == "Ferry service returns to the islands"
    assert document.metadata["author"] == "Sam Writer"
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
    for line in summary.lines:
        for citation in line.citations:
            assert document.text[citation.start : citation.end] == citation.text


@pytest.mark.parametrize(
    "html",
    ["", "   \n", "<html><head></head><body><nav></nav></body></html>", "<html><body><script>var a = 1;</script></body></html>"],
)
def test_html_without_article_text_is_an_input_error(html: str) -> None:
    with pytest.raises(InputError) as caught:
        extract_html(html, "empty.html")
    assert caught.value.source == "empty.html"


def test_cli_summarizes_an_html_file_with_its_title(tmp_path) -> None:
    path = tmp_path / "story.htm"
    path.write_text(html_page(7, sentences=12), encoding="utf-8")
    result = CliRunner().invoke(cli, [str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"title"' in result.output and "Reporter 7" in result.output


def test_cli_reports_an_html_file_without_text_in_one_line(tmp_path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title></title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    result = CliRunner().invoke(cli, [str(path)])
    assert result.exit_code == 2
    assert "blank.html" in result.output and "Traceback" not in result.output


_STORY = (
    "<p>The council of Brenmouth approved a plan on Tuesday to dredge the harbour, officials said. "
    "The work will cost three million pounds and take a year.</p>"
    "<p>Fishermen said the harbour had been too shallow for larger boats for a decade.</p>"
)


@pytest.mark.parametrize("code", ["<script>var tracker = {id: 42};</script>", "<STYLE>.kicker{color:red}</STYLE>", "<noscript>Enable scripts</noscript>"])
def test_code_inside_the_heading_stays_out_of_the_title(code) -> None:
    page = f"<html><body><article><h1>Harbour plan approved{code}</h1>{_STORY}</article></body></html>"
    raw = extract_html(page, "page.html")
    assert raw.title == "Harbour plan approved"
    assert "tracker" not in raw.text and "color" not in raw.text and "Enable" not in raw.text


def test_code_outside_headings_is_left_to_the_reader_and_the_article_kept() -> None:
    page = (
        "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"name\": \"Ola Berg\"}}</script></head>"
        f"<body><article><h1>Harbour plan approved</h1>{_STORY}<script>var a = 1;</script></article></body></html>"
    )
    raw = extract_html(page, "page.html")
    assert raw.title == "Harbour plan approved"
    assert raw.text.startswith("The council of Brenmouth") and "var a" not in raw.text


def test_a_script_never_closed_after_a_heading_does_not_stop_the_reading() -> None:
    page = f"<html><body><article><h1>Harbour plan approved</h1>{_STORY}<script>var a = 1;</article></body></html>"
    raw = extract_html(page, "page.html")
    assert "Brenmouth" in raw.text
