"""Real-world shapes of input: hard-wrapped text, web pages without an .html name, JSON-LD bodies,
UTF-16 files. All texts here are invented for these tests."""

from __future__ import annotations

import io
import json
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import InputError, Summarizer
from summarizer.cli import cli
from summarizer.read.document import build_document
from summarizer.read.html import extract_html
from summarizer.read.raw import RawText
from summarizer.read.sources import read_input, read_stream

# Six paragraphs of an invented story, one string each.
PARAGRAPHS = [
    "The district water company said on Tuesday that the Brellin reservoir had fallen to its lowest "
    "level for the time of year since records began, and asked households in four towns to stop "
    "watering gardens until the autumn rains arrive.",
    "Engineers had expected the reservoir to recover after a wet March, but a dry and unusually warm "
    "spring left the feeder streams running at half their normal flow. The company now pumps water "
    "from two boreholes near Ostwick to keep supplies steady.",
    "A spokeswoman, Teodora Lind, said the ban was a precaution rather than a sign of shortage. "
    "\"Nobody should worry about water coming out of the tap,\" she said, adding that the company "
    "would review the ban every fortnight.",
    "Farmers in the valley have been allowed to keep drawing water for livestock, though spray "
    "irrigation of crops has been limited to the hours between dusk and dawn.",
    "The last garden watering ban in the district ended eleven years ago after six weeks. Critics "
    "said the company had done too little since then to fix leaking mains, which lose an estimated "
    "one litre in every five that it treats.",
    "The company said it would spend 38 million on new pipes over the next five years.",
]
ONE_LINE_EACH = "\n".join(PARAGRAPHS) + "\n"
SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")


def document_of(text: str, fmt: str = "text", headline: bool = True):
    return build_document(RawText(text, "<test>", fmt), detect_headline=headline)


def clean_sentences(document) -> list[str]:
    return [s.clean_text for s in document.sentences]


def check_offsets(document) -> None:
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text


# --- hard-wrapped text ---------------------------------------------------------------------


@pytest.mark.parametrize("width", [50, 64, 72, 80, 100])
@pytest.mark.parametrize("shape", ["no blank lines", "blank lines", "indented"])
def test_read_shapes_wrapped_text_has_the_sentences_of_the_unwrapped_text(width: int, shape: str) -> None:
    indent = "   " if shape == "indented" else ""
    joiner = "\n\n" if shape == "blank lines" else "\n"
    wrapped = joiner.join(textwrap.fill(p, width, initial_indent=indent, break_on_hyphens=False) for p in PARAGRAPHS)
    document = document_of(wrapped + "\n")
    check_offsets(document)
    assert document.title is None  # the first line is the start of a sentence, not a headline
    assert clean_sentences(document) == clean_sentences(document_of(ONE_LINE_EACH))
    assert any("\n" in s.text for s in document.sentences)  # sentences do span line breaks
    if shape != "no blank lines":
        # Blank lines and first-line indents mark every paragraph; without them a paragraph whose
        # last line happens to be full cannot be told from a sentence ending inside one.
        assert len(document.paragraphs) == len(PARAGRAPHS)


@pytest.mark.parametrize(("name", "has_headline"), [("wire-wrapped.txt", True), ("parks-email.txt", False)])
def test_read_shapes_wrapped_samples_never_end_a_sentence_mid_sentence(samples_dir: Path, name: str, has_headline: bool) -> None:
    document = Summarizer().read(samples_dir / name)
    check_offsets(document)
    assert (document.title is not None) == has_headline
    for sentence in document.sentences:
        assert SENTENCE_END.search(sentence.text), sentence.text
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    # Every line that stops mid-sentence continues in the same sentence.
    assert sum(1 for line in lines if not SENTENCE_END.search(line)) > len(lines) // 2
    assert any("\n" in s.text for s in document.sentences)


def test_read_shapes_wire_copy_keeps_its_headline_and_paragraph_breaks(samples_dir: Path) -> None:
    document = Summarizer().read(samples_dir / "wire-wrapped.txt")
    first_line = document.text.split("\n", 1)[0]
    assert document.title == first_line
    assert 3 <= len(document.paragraphs) < len(document.text.splitlines()) - 1


def test_read_shapes_a_wrapped_first_line_before_a_name_is_not_a_headline() -> None:
    text = textwrap.fill(
        "The harbour board said on Friday that for the dredging work it had chosen Kessler Marine, whose bid "
        "came in well below the estimate. Work starts next month and should be finished before the autumn "
        "storms arrive in late October.",
        74,
    )
    first, second = text.split("\n")[:2]
    assert first.endswith("chosen") and second.startswith("Kessler")  # reads like a headline on its own
    document = document_of(text)
    assert document.title is None
    assert clean_sentences(document)[0].startswith("The harbour board said")
    assert len(document.sentences) == 2


# An invented German story: nouns are capitalised, so wrapped lines rarely go on in lowercase.
GERMAN_PARAGRAPHS = [
    "Die Bundesregierung hat am Dienstag ein Sanierungsprogramm für marode Autobahnbrücken beschlossen, "
    "das Ausgaben von 40 Mrd. Euro bis zum Jahr 2032 vorsieht und zugleich die Planungsverfahren deutlich "
    "verkürzen soll.",
    "Verkehrsminister Jonas Albrecht sprach in Berlin von einem Kraftakt für das ganze Land und kündigte an, "
    "dass die ersten Ausschreibungen noch in diesem Herbst beginnen sollen.",
    "Nach Angaben des Ministeriums gelten rund 4.000 Brücken als dringend sanierungsbedürftig, u. a. an der "
    "Autobahn im Sauerland, wo eine Talbrücke im vergangenen Jahr gesprengt werden musste.",
]
# Wider than any wrap below; and one that fills a line of the wrap without a Title Case or an
# English opener ("The") after it to say it is not a wrapped sentence.
GERMAN_HEADLINES = [
    "Bund plant ein Milliardenpaket für die Sanierung der maroden Brücken im ganzen Land",
    "Bund plant ein Milliardenpaket für die Sanierung maroder Brücken",
]


@pytest.mark.parametrize("width", [60, 68, 72, 80])
@pytest.mark.parametrize("headline", [None, *GERMAN_HEADLINES])
def test_read_shapes_wrapped_german_text_keeps_its_sentences_and_headline(width: int, headline: str | None) -> None:
    wrapped = "\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in GERMAN_PARAGRAPHS)
    text = (headline + "\n" if headline else "") + wrapped + "\n"
    document = build_document(RawText(text, "<test>"), "auto")
    check_offsets(document)
    assert document.language == "german"
    assert document.title == headline
    assert clean_sentences(document) == [" ".join(p.split()) for p in GERMAN_PARAGRAPHS]


@pytest.mark.parametrize(
    "lines",
    [
        # One sentence per line, lines of similar length (as in many news datasets).
        [
            "The district water company asked four towns to stop watering gardens.",
            "Engineers had expected the reservoir to recover after a wet March.",
            "A spokeswoman said the ban was a precaution rather than a shortage.",
            "Farmers in the valley can keep drawing water for their livestock.",
            "The last watering ban in the district ended eleven years ago.",
        ],
        # A list of short items without punctuation.
        ["Opening times", "Monday to Friday 9 to 5", "Saturday 10 to 1", "Closed on Sundays", "Tickets at the door"],
        # Longer list items of similar length, no punctuation, each starting a new item.
        [
            "Reservoir level at 41 percent of capacity this week",
            "Garden watering banned in Ostwick and three other towns",
            "Livestock water allowed on every farm in the valley",
            "Spray irrigation limited to the hours from dusk to dawn",
            "Ban to be reviewed every fortnight by the company",
        ],
    ],
)
def test_read_shapes_lines_that_are_not_wrapped_stay_apart(lines: list[str]) -> None:
    document = document_of("\n".join(lines) + "\n", headline=False)
    assert [document.text[p.start : p.end] for p in document.paragraphs] == lines


def test_read_shapes_a_short_line_inside_wrapped_text_stands_alone() -> None:
    body = "\n".join(textwrap.fill(p, 72) for p in PARAGRAPHS[:3])
    text = body + "\nContact\nTeodora Lind, press office\n"
    document = document_of(text)
    assert clean_sentences(document)[-2:] == ["Contact", "Teodora Lind, press office"]


def test_read_shapes_wrapped_markdown_list_items_keep_their_hanging_lines() -> None:
    items = [textwrap.fill(p, 72, initial_indent="- ", subsequent_indent="  ") for p in PARAGRAPHS[:4]]
    document = document_of("# Brellin reservoir\n\n" + "\n".join(items) + "\n", "markdown")
    assert len(document.paragraphs) == 4
    assert [document.text[p.start : p.end].split()[:3] for p in document.paragraphs] == [p.split()[:3] for p in PARAGRAPHS[:4]]


# --- web pages that are not named .html ------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Brellin reservoir at record low</title>
<script>window.dataLayer = window.dataLayer || []; function track(){ dataLayer.push(arguments); }</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Brellin reservoir at record low</h1>
""" + "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS) + """</article>
<footer>Copyright Valley Post</footer></body></html>
"""
NAV_ONLY = """<!DOCTYPE html><html><head><title>Valley Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="menu">Home News</div></body></html>"""


def assert_read_as_page(raw) -> None:
    assert raw.format == "html"
    assert "<" not in raw.text and "dataLayer" not in raw.text
    assert "Brellin reservoir" in raw.text


def test_read_shapes_a_page_on_stdin_is_read_as_html() -> None:
    assert_read_as_page(read_stream(io.BytesIO(PAGE.encode()), 100_000))


@pytest.mark.parametrize("name", ["page", "story.php", "index.aspx", "article.jsp", "news.shtml"])
def test_read_shapes_a_page_without_an_html_suffix_is_read_as_html(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    assert_read_as_page(read_input(path, 100_000))


def test_read_shapes_raw_bytes_of_a_page_are_read_as_html() -> None:
    assert_read_as_page(read_input(PAGE.encode(), 100_000))


def test_read_shapes_a_piece_of_a_page_is_read_as_html() -> None:
    piece = '<div class="story">\n' + "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS) + "</div>\n"
    raw = read_stream(io.BytesIO(piece.encode()), 100_000)
    assert raw.format == "html" and "<p>" not in raw.text


@pytest.mark.parametrize("wrap", ["p", "div"])
def test_read_shapes_a_piece_of_a_page_with_br_paragraphs_is_read_as_html(tmp_path: Path, wrap: str) -> None:
    # A CMS export or a copied article body with <br> line breaks in one element, piped in or saved
    # without a suffix, was read as text: the summary was the markup itself, "<p>... <br>..." and all.
    piece = f"<{wrap}>" + "<br><br>".join(PARAGRAPHS) + f"</{wrap}>\n"
    raw = read_stream(io.BytesIO(piece.encode()), 100_000)
    assert raw.format == "html" and "<br>" not in raw.text and PARAGRAPHS[1] in raw.text
    path = tmp_path / "body"
    path.write_text(piece, encoding="utf-8")
    assert read_input(path, 100_000).format == "html"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.md", '<p align="center"><img src="logo.png" width="80"></p>\n\n# Reservoir notes\n\n' + ONE_LINE_EACH),
        ("notes.txt", "<!DOCTYPE html> is how a web page starts.\n" + ONE_LINE_EACH),
        ("notes", "Water levels<br>\n" + ONE_LINE_EACH + "<b>End</b>\n"),
        ("-", '<p align="center"><img src="logo.png" width="80"></p>\n\n' + ONE_LINE_EACH),
    ],
)
def test_read_shapes_text_that_merely_holds_a_tag_is_not_html(tmp_path: Path, name: str, text: str) -> None:
    if name == "-":
        raw = read_stream(io.BytesIO(text.encode()), 100_000)
    else:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        raw = read_input(path, 100_000)
    assert raw.format in ("text", "markdown")
    assert raw.text == text


def test_read_shapes_an_explicit_format_is_not_second_guessed() -> None:
    raw = read_stream(io.BytesIO(PAGE.encode()), 100_000, fmt="text")
    assert raw.format == "text" and raw.text == PAGE


def test_read_shapes_cli_summarises_a_piped_page() -> None:
    result = CliRunner().invoke(cli, ["-"], input=PAGE)
    assert result.exit_code == 0, result.output
    assert "DOCTYPE" not in result.output and "dataLayer" not in result.output
    assert "Brellin" in result.output


@pytest.mark.parametrize("name", ["-", "front-page"])
def test_read_shapes_cli_a_page_without_article_text_is_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    if name == "-":
        result = CliRunner().invoke(cli, ["-"], input=NAV_ONLY)
    else:
        path = tmp_path / name
        path.write_text(NAV_ONLY, encoding="utf-8")
        result = CliRunner().invoke(cli, [str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "holds no article text" in lines[0] and ("<stdin>" if name == "-" else name) in lines[0]


def test_read_shapes_batch_reads_a_php_page_as_html_and_fails_a_navigation_page(tmp_path: Path) -> None:
    good, empty = tmp_path / "story.php", tmp_path / "front"
    good.write_text(PAGE, encoding="utf-8")
    empty.write_text(NAV_ONLY, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(good), str(empty), "-o", str(out), "-q", "-j", "1", "-f", "json"])
    assert result.exit_code != 0
    records = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    by_source = {Path(r["source"]).name: r for r in records}
    assert by_source["story.php"]["status"] == "ok"
    assert "dataLayer" not in json.dumps(by_source["story.php"]["summary"])
    assert by_source["front"]["status"] == "failed" and "holds no article text" in by_source["front"]["error"]


# --- JSON-LD article bodies ------------------------------------------------------------------

LD_BODY = "\n\n".join(PARAGRAPHS[:4])


def ld_page(ld: object, visible: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Brellin reservoir at record low</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f'<body><div id="app"></div><article>{visible}</article></body></html>'
    )


TEASER = f"<p>{PARAGRAPHS[0]}</p><div class='paywall'>Subscribe to read the rest</div>"
CAPTION = "<figure><img src='dam.jpg'><figcaption>The dam wall seen from the north shore</figcaption></figure>"


@pytest.mark.parametrize(
    "ld",
    [
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Reservoir low", "articleBody": LD_BODY},
        [{"@type": "Organization", "name": "Valley Post"}, {"@type": "ReportageNewsArticle", "articleBody": LD_BODY}],
        {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": ["Article"], "articleBody": LD_BODY}]},
    ],
)
@pytest.mark.parametrize("visible", [TEASER, CAPTION])
def test_read_shapes_a_thin_page_takes_its_json_ld_article_body(ld: object, visible: str) -> None:
    raw = extract_html(ld_page(ld, visible), "page.html")
    assert raw.text == LD_BODY  # decoded from the JSON string, paragraph breaks and all
    document = build_document(raw)
    check_offsets(document)
    assert len(document.paragraphs) == 4


def test_read_shapes_json_ld_of_another_type_or_a_full_page_is_left_alone() -> None:
    full = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    not_article = {"@type": "WebPage", "articleBody": LD_BODY}
    assert "Subscribe" in extract_html(ld_page(not_article, TEASER), "page.html").text
    short_body = {"@type": "NewsArticle", "articleBody": PARAGRAPHS[0]}
    assert PARAGRAPHS[-1] in extract_html(ld_page(short_body, full), "page.html").text


def test_read_shapes_a_page_of_navigation_only_holds_no_article_text() -> None:
    with pytest.raises(InputError) as caught:
        extract_html(NAV_ONLY, "front.html")
    assert str(caught.value).startswith("front.html: holds no article text")


# --- UTF-16 and UTF-32 -------------------------------------------------------------------------

TEXT = "Brellin reservoir at record low\r\n" + ONE_LINE_EACH.replace("\n", "\r\n") + "Café owners in Ostwick – closed.\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-16"),  # with a byte-order mark
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("utf-16-le"),  # no mark: told from where its NUL bytes lie
        TEXT.encode("utf-16-be"),
    ],
)
def test_read_shapes_utf16_and_utf32_text_is_decoded(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    raw = read_input(path, 1_000_000)
    assert raw.text == TEXT.replace("\r\n", "\n")


def test_read_shapes_a_utf16_page_without_suffix_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved"
    path.write_bytes(PAGE.encode("utf-16"))
    assert_read_as_page(read_input(path, 1_000_000))


# A page saved from a site that still serves Windows-1252 or Latin-1 says so in its head.
OLD_PAGE = PAGE.replace("Ostwick to keep", "Ostwick – café owners’ wells too – to keep")


@pytest.mark.parametrize(
    ("name", "declaration", "codec"),
    [
        ("story.html", '<meta charset="windows-1252">', "cp1252"),
        ("saved", "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>", "cp1252"),
        ("story.htm", "<META CHARSET=latin1>", "latin-1"),
    ],
)
def test_read_shapes_a_page_in_the_charset_its_head_declares_is_decoded(tmp_path: Path, name: str, declaration: str, codec: str) -> None:
    page = OLD_PAGE.replace('<meta charset="utf-8">', declaration)
    if codec == "latin-1":
        page = page.replace("–", "-").replace("’", "'")
    data = page.encode(codec)
    path = tmp_path / name
    path.write_bytes(data)
    for raw in (read_input(path, 100_000), read_stream(io.BytesIO(data), 100_000), read_input(data, 100_000)):
        assert_read_as_page(raw)
        assert "café owners" in raw.text


def test_read_shapes_text_not_in_utf8_is_still_refused_whatever_it_holds(tmp_path: Path) -> None:
    # Only a page's own declaration is believed; text files and Markdown are UTF-8.
    path = tmp_path / "notes.txt"
    path.write_bytes(OLD_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').encode("cp1252"))
    with pytest.raises(InputError, match="not valid UTF-8"):
        read_input(path, 100_000)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 8, "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" * 8, "ZIP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x10\x00\x00\x01", "PDF"),
        (bytes(range(256)) * 4, ""),
        (b"\x00\x00\x00\x18ftypmp42" + bytes(64), ""),
    ],
)
def test_read_shapes_binary_data_is_still_refused(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "upload.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_input(path, 1_000_000)
    message = str(caught.value)
    assert message.startswith(f"{path}: looks like a binary file") and kind in message
    assert "\n" not in message


def test_a_hard_wrap_after_a_hyphen_displays_as_one_word() -> None:
    from summarizer.types import Sentence

    text = "Flooding closed the south-\nwestern rail line for a day - and\nthe ferry too."
    sentence = Sentence(0, 0, len(text), 0, text)
    assert sentence.clean_text == "Flooding closed the south-western rail line for a day - and the ferry too."
