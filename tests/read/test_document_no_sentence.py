"""A file that holds no sentence to quote (Markdown of pictures, code or comments only; invisible
characters) is refused in one line naming it, as a page without article text is, where it gave an
empty summary and exit 0; a Markdown file that is one heading is summarised as that heading, as a
text file's lone headline is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import InputError, summarize
from summarizer.cli import cli

NOTHING_TO_QUOTE = {
    "gallery.md": "![The harbour at dawn](harbour.jpg)\n\n![Boats at the quay](quay.jpg)\n",
    "snippet.md": "```python\nprint('hello')\n```\n",
    "draft.md": "<!-- the story goes here -->\n",
    "blank.txt": "\u200b\u200b\n",
}


@pytest.mark.parametrize("name", sorted(NOTHING_TO_QUOTE))
def test_document_no_sentence_is_refused_naming_the_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(NOTHING_TO_QUOTE[name], encoding="utf-8")
    with pytest.raises(InputError, match="holds no article text") as caught:
        summarize(path)
    assert caught.value.source == str(path)
    result = CliRunner().invoke(cli, [str(path), "-l", "en"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "holds no article text" in lines[0]


def test_document_no_sentence_fails_its_row_in_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gallery.md").write_text(NOTHING_TO_QUOTE["gallery.md"], encoding="utf-8")
    (folder / "story.txt").write_text("The ferry to Holm resumed on Monday. Tickets cost 4 euros.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(folder), "-o", str(out), "-q", "-j", "1", "-l", "en"])
    assert result.exit_code != 0
    rows = {Path(r["source"]).name: r for r in map(json.loads, (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines())}
    assert rows["story.txt"]["status"] == "ok"
    assert rows["gallery.md"]["status"] == "failed" and "holds no article text" in rows["gallery.md"]["error"]


@pytest.mark.parametrize("text", ["# Ferry to Holm resumes\n", "# Ferry to Holm resumes", "# Ferry to Holm resumes\n\n"])
def test_document_no_sentence_a_lone_markdown_heading_is_the_summary(tmp_path: Path, text: str) -> None:
    path = tmp_path / "note.md"
    path.write_text(text, encoding="utf-8")
    summary = summarize(path, language="en")
    assert [line.text for line in summary.lines] == ["Ferry to Holm resumes"]
    assert summary.document.title is None
