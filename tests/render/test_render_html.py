"""The HTML page: every marker reaches its exact source text, offsets round-trip, input stays inert."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from summarizer import Summarizer
from summarizer.read.document import build_document
from summarizer.read.raw import RawText
from summarizer.render.html import render_html, render_verification_html, safe_url
from summarizer.render.renderers import output_formats, render
from summarizer.types import Document
from summarizer.types import Citation, Summary, SummaryLine

HOSTILE_SENTENCES = [
    'The mayor said <script>alert("x")</script> was not on the agenda.',
    "A reader posted <img src=x onerror=alert(1)> under the story.",
    'Details are at <a href="javascript:alert(2)">this link</a> for now.',
    "The form ended with </textarea></title></style></script><b>bold</b> in it.",
    "Odd text \u202egnirts desrever\u202c, \u200bzero\u200dwidth, e\u0301 and \U0001f600 all appear.",
    "Braces {{ 7 * 7 }} and {% if x %} and &amp; &lt;b&gt; stay literal.",
]


def hostile_summary(url: str = "javascript:alert(3)") -> Summary:
    text = "\n\n".join(HOSTILE_SENTENCES) + "\n"
    raw = RawText(text, "<script>alert(4)</script>.txt", "text", '</title><script>alert(5)</script>', {"url": url, "author": "<b onclick=x>Me</b>"})
    document = build_document(raw)
    sentences = document.sentences
    lines = (
        SummaryLine(sentences[0].text, (Citation.of(sentences[0]),)),
        SummaryLine("A generated <script>line</script>.", (Citation.of(sentences[1]), Citation.of(sentences[2])), "generated", 0.5),
        SummaryLine(sentences[3].text, (Citation.of(sentences[3]),), "replaced", 1.0, ("replaced generated text: name <Blake>",)),
        SummaryLine(sentences[4].text, (Citation.of(sentences[4]), Citation.of(sentences[0]))),
    )
    return Summary(document, lines, "news", ('warning with <i onmouseover="x">markup</i>',), {})


def select(tree: lxml.html.HtmlElement, tag: str, klass: str | None = None) -> list[lxml.html.HtmlElement]:
    """Elements `tag` (with class `klass`) under `tree` (lxml's CSS selectors need another package)."""
    test = f"[contains(concat(' ', normalize-space(@class), ' '), ' {klass} ')]" if klass else ""
    return tree.xpath(f".//{tag}{test}")


def parse(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def assert_markers_reach_sources(page: str, summary: Summary) -> None:
    tree = parse(page)
    items = select(tree, "li", "line")
    assert len(items) == len(summary.lines)
    for item, line in zip(items, summary.lines):
        markers = select(item, "a", "marker")
        assert len(markers) == len(line.citations)
        for marker, citation in zip(markers, line.citations):
            href = marker.get("href")
            assert href.startswith("#")
            target = tree.get_element_by_id(href[1:])
            assert target.text_content() == citation.text
            start, end = int(target.get("data-start")), int(target.get("data-end"))
            assert (start, end) == (citation.start, citation.end)
            assert summary.document.text[start:end] == target.text_content()
            # and back: the sentence names the line that cites it
            assert str(items.index(item) + 1) in target.get("data-lines").split()


def test_render_html_markers_link_to_exact_cited_text(samples_dir: Path) -> None:
    summary = Summarizer(sentences=4).summarize(samples_dir / "city-budget.txt")
    page = render_html(summary)
    assert_markers_reach_sources(page, summary)
    tree = parse(page)
    assert select(tree, "h1")[0].text_content() == summary.document.title
    assert len(select(tree, "mark", "cited")) == len({c.sentence for line in summary.lines for c in line.citations})


def test_render_html_article_paragraphs_round_trip(samples_dir: Path) -> None:
    for name in ("city-budget.txt", "harbour-strike.md", "wire-wrapped.txt"):
        summary = Summarizer(sentences=3).summarize(samples_dir / name)
        paragraphs = parse(render_html(summary)).xpath("//article//p")
        document = summary.document
        for p in paragraphs:  # the back-links to the lines are the page's own, not the article's
            for backlinks in select(p, "sup", "uses"):
                backlinks.drop_tree()
        assert [p.text_content() for p in paragraphs] == [document.text[p.start : p.end] for p in document.paragraphs]


def test_render_html_hostile_input_is_inert() -> None:
    summary = hostile_summary()
    page = render_html(summary)
    tree = parse(page)
    assert_markers_reach_sources(page, summary)
    # one script (ours), no event handlers, no javascript: anywhere as an attribute value
    assert len(select(tree, "script")) == 1 and "alert" not in select(tree, "script")[0].text_content()
    assert not tree.xpath("//img|//iframe|//object|//embed|//textarea|//form|//b|//i")
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert "javascript:" not in value.lower(), (element.tag, name, value)
    # the text shows the markup as text, character for character
    body = select(tree, "body")[0].text_content()
    for sentence in HOSTILE_SENTENCES:
        assert sentence in body
    assert "</title><script>alert(5)</script>" == select(tree, "h1")[0].text_content()
    assert "javascript:alert(3)" in body  # shown, not linked
    assert "<b onclick=x>Me</b>" in body
    assert "A generated <script>line</script>." in body
    assert "name <Blake>" in body and 'warning with <i onmouseover="x">markup</i>' in body
    assert "49" not in body  # template syntax in the input is never evaluated


def test_render_html_only_web_urls_become_links() -> None:
    page = render_html(hostile_summary("https://example.org/news?a=1&b=<2>"))
    links = [a.get("href") for a in parse(page).xpath("//header//a")]
    assert links == ["https://example.org/news?a=1&b=<2>"]
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "java\tscript:x", "data:text/html,x", "vbscript:x", "//evil", "/etc/passwd", "http:nohost"):
        assert safe_url(bad) is None, bad
    assert safe_url("http://example.org/a") == "http://example.org/a"


def test_render_html_lines_show_support_and_why() -> None:
    items = select(parse(render_html(hostile_summary())), "li", "line")
    assert "support 0.50" in items[1].text_content() and "generated" in items[1].get("class")
    assert "warn" in items[2].get("class") and "replaced generated text: name <Blake>" in items[2].text_content()
    assert "warn" not in items[0].get("class")
    assert [m.text_content() for m in select(items[1], "a", "marker")] == ["[2a]", "[2b]"]


def test_render_html_sentence_cited_twice_links_back_to_both_lines() -> None:
    tree = parse(render_html(hostile_summary()))
    first = tree.get_element_by_id("s0")
    assert first.get("data-lines").split() == ["1", "4"]
    backrefs = [a.get("href") for a in first.getnext().xpath(".//a")]
    assert backrefs == ["#line-1", "#line-4"]


def test_render_html_page_is_self_contained_and_pinned(samples_dir: Path) -> None:
    page = render(Summarizer().summarize(samples_dir / "city-budget.txt"), "html")
    assert "html" in output_formats()
    tree = parse(page)
    assert not tree.xpath("//link|//img|//iframe|//script[@src]")
    assert not re.search(r"(?i)(src|href)=\"(https?:)?//", page)  # nothing fetched
    csp = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]')[0].get("content")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    import base64
    import hashlib

    script = select(tree, "script")[0].text_content()
    assert base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() in csp


def test_render_html_verification_page_lists_problems(samples_dir: Path) -> None:
    from summarizer.verify.verification import verify

    source = samples_dir / "city-budget.txt"
    result = verify(source, "The council voted 9-2 to approve a $1.5bn budget. The plan raises spending by 3.5%.")
    page = render_verification_html(result)
    tree = parse(page)
    items = select(tree, "li", "line")
    assert len(items) == len(result.lines)
    for item, line in zip(items, result.lines):
        assert ("warn" in item.get("class")) == bool(line.problems)
        for problem in line.problems:
            assert str(problem) in item.text_content()
        for marker, citation in zip(select(item, "a", "marker"), line.citations):
            assert tree.get_element_by_id(marker.get("href")[1:]).text_content() == citation.text


@pytest.mark.parametrize("title", [None, ""])
def test_render_html_untitled_document_uses_its_source(title: str | None) -> None:
    document = build_document(RawText("One sentence here. Another one there.\n", "plain.txt", "text", title), detect_headline=False)
    summary = Summary(document, (SummaryLine(document.sentences[0].text, (Citation.of(document.sentences[0]),)),), "lead")
    assert select(parse(render_html(summary)), "h1")[0].text_content() == "plain.txt"


def test_render_html_batch_writes_pages_and_an_index(tmp_path: Path, samples_dir: Path) -> None:
    import json
    import shutil
    from urllib.parse import unquote

    from click.testing import CliRunner

    from summarizer.cli import cli

    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    shutil.copy(samples_dir / "city-budget.txt", inputs / "javascript:alert(1).txt")  # a name that looks like a scheme
    shutil.copy(samples_dir / "tech-layoffs.txt", inputs / "sub" / "index.txt")
    shutil.copy(samples_dir / "parks-email.txt", inputs / "index.txt")  # would be index.html: the index's name
    (inputs / "<i onmouseover=x>empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(inputs), "-o", str(out), "--format", "html"])
    assert result.exit_code == 1, result.output  # the empty file fails
    records = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    tree = parse((out / "index.html").read_text(encoding="utf-8"))
    rows = tree.xpath("//tbody/tr")
    assert len(rows) == len(records) == 4
    ok = [r for r in records if r["status"] == "ok"]
    links = [a.get("href") for a in tree.xpath("//tbody//a")]
    assert sorted(unquote(link.removeprefix("./")) for link in links) == sorted(r["output"] for r in ok)
    assert all(link.startswith("./") and ":" not in link for link in links)
    for record in ok:
        page = parse((out / record["output"]).read_text(encoding="utf-8"))
        assert [li.xpath("string(.//span[@class='text'])") for li in select(page, "li", "line")] == record["summary"]
    assert "index.html" not in {r["output"] for r in records}  # no document's page took the index's name
    failed = [row for row in rows if row.get("class") == "failed"]
    assert len(failed) == 1 and "<i onmouseover=x>empty.txt" in failed[0].text_content() and "empty" in failed[0].text_content()
    assert not tree.xpath("//i")


@pytest.mark.parametrize(("name", "code"), [("english", "en"), ("german", "de"), ("chinese", "zh"), ("ukrainian", "uk"), ("klingon", None)])
def test_render_html_page_language_code_from_the_language_name(name: str, code: str | None) -> None:
    from summarizer.render.html import _language

    document = Document(text="x", source="x", language=name)
    assert _language(document) == (name, code)


def test_render_html_check_command_writes_a_page(tmp_path: Path, samples_dir: Path) -> None:
    from click.testing import CliRunner

    from summarizer.cli import cli

    summary = tmp_path / "summary.txt"
    summary.write_text("The council voted 9-2 to approve a $1.5bn budget.\n", encoding="utf-8")
    page = tmp_path / "check.html"
    result = CliRunner().invoke(cli, ["check", str(samples_dir / "city-budget.txt"), "-s", str(summary), "-f", "html", "-o", str(page)])
    assert result.exit_code == 1, result.output  # 9-2 is not in the article
    items = select(parse(page.read_text(encoding="utf-8")), "li", "line")
    assert len(items) == 1 and "warn" in items[0].get("class") and "9" in items[0].xpath("string(.//ul)")
