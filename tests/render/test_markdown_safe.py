"""Markdown output writes text as text: an HTML tag in a summary or an article is shown, never run."""

from __future__ import annotations

from click.testing import CliRunner

from summarizer import Summarizer, verify
from summarizer.cli import cli
from summarizer.render.renderers import render
from summarizer.render.display import markdown_safe

ARTICLE = ("The library will open on Sundays from May, the council said on Friday. "
           "Opening hours on weekdays stay the same. Readers asked for the change in a survey last year.")


def test_markdown_safe_escapes_tags_and_keeps_comparisons() -> None:
    assert markdown_safe("<script>x</script> and <br/>") == "&lt;script>x&lt;/script> and &lt;br/>"
    assert markdown_safe("turnout < 40% and 3<5") == "turnout < 40% and 3<5"
    assert markdown_safe("<!-- hidden -->") == "&lt;!-- hidden -->"


def test_a_checked_summary_with_html_is_escaped_in_markdown(tmp_path) -> None:
    result = verify(ARTICLE, ["The library will open on Sundays <img src=x onerror=alert(1)> from May."])
    shown = render(result, "markdown")
    assert "<img" not in shown and "&lt;img src=x onerror=alert(1)>" in shown


def test_check_cli_markdown_escapes_the_users_summary(tmp_path) -> None:
    article, summary = tmp_path / "a.txt", tmp_path / "s.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    summary.write_text("The library will open on Sundays from May.<script>alert(1)</script>\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(article), "-s", str(summary), "-f", "markdown"])
    assert "<script>" not in result.output and "&lt;script>" in result.output, result.output


def test_an_article_sentence_with_a_tag_is_escaped_in_a_markdown_summary() -> None:
    text = ARTICLE.replace("on Sundays", "on <b>Sundays</b>")
    shown = render(Summarizer(sentences=1).summarize(text), "markdown")
    assert "<b>" not in shown and "&lt;b>Sundays&lt;/b>" in shown


def test_each_warning_is_a_paragraph_of_its_own_in_markdown() -> None:
    # Consecutive "> **Warning:** ..." lines are one blockquote paragraph in Markdown: a viewer
    # (GitHub, any CommonMark renderer) ran every warning into the one before it on one line;
    # a model's summary usually has two or more.
    from dataclasses import replace

    summary = Summarizer(sentences=1).summarize(ARTICLE)
    shown = render(replace(summary, warnings=("the model read 5 of 10 sentences", "guard replaced generated line 1")), "markdown")
    lines = shown.splitlines()
    first = lines.index("> **Warning:** the model read 5 of 10 sentences")
    second = lines.index("> **Warning:** guard replaced generated line 1")
    assert second > first + 1 and all(not line.strip() for line in lines[first + 1 : second]), lines[first : second + 1]
