"""The library's `fmt` is one of the input formats or it is refused: an unknown one ("HTML",
"htm", "md", "pdf", "") was read as plain text, so a page's tags were summarised as its words and
`Document.format` said "HTML", where the command line's `--input-format` lists its choices."""

import io

import pytest

from summarizer import Summarizer, UnknownComponentError

PAGE = (
    "<html><head><title>Council vote</title></head><body><p>The council met on Monday to approve the budget.</p>"
    "<p>It voted 7-4 in favour after a long debate.</p></body></html>"
)


@pytest.mark.parametrize("fmt", ["HTML", "htm", "md", "pdf", ""])
def test_an_unknown_input_format_is_refused_naming_the_choices(fmt, tmp_path):
    summarizer = Summarizer()
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    for call in (
        lambda: summarizer.summarize(PAGE, fmt=fmt),
        lambda: summarizer.summarize(PAGE.encode(), fmt=fmt),
        lambda: summarizer.summarize(path, fmt=fmt),
        lambda: summarizer.summarize(stream=io.BytesIO(PAGE.encode()), fmt=fmt),
        lambda: summarizer.read(PAGE, fmt=fmt),
    ):
        with pytest.raises(UnknownComponentError, match="^unknown input format .*; choose one of: auto, html, markdown, text$"):
            call()


@pytest.mark.parametrize("fmt", [None, "auto", "html"])
def test_the_input_formats_read_the_page(fmt):
    document = Summarizer().read(PAGE, fmt=fmt)
    assert document.format == "html" and "<p>" not in document.text
