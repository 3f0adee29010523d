"""Real-world shapes of input: hard-wrapped text, JSON-LD bodies, pages without an article. All texts
here are invented for these tests."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from summarizer import InputError, Summarizer
from summarizer.read.document import build_document
from summarizer.read.html import extract_html
from summarizer.read.raw import RawText

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


# --- JSON-LD article bodies and pages without an article -------------------------------------

NAV_ONLY = """<!DOCTYPE html><html><head><title>Valley Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="menu">Home News</div></body></html>"""

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
