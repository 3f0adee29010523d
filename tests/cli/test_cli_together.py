"""`summarize A B --together` and its one-line refusals (exit 2)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from summarizer.cli import cli

from story_samples import BRIDGE_A, BRIDGE_B, BRIDGE_C, long_text


def _write(tmp_path, **texts):
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_together_cites_sources_by_number(tmp_path):
    paths = _write(tmp_path, a=BRIDGE_A, b=BRIDGE_B, c=BRIDGE_C)
    result = CliRunner().invoke(cli, [*paths, "--together", "-n", "3"])
    assert result.exit_code == 0, result.output
    assert "[1:1][2:1][3:1]" in result.output
    assert "sources disagree on a number" in result.output


def test_together_json_and_html(tmp_path):
    paths = _write(tmp_path, a=BRIDGE_A, c=BRIDGE_C)
    result = CliRunner().invoke(cli, [*paths, "--together", "-f", "json"])
    data = json.loads(result.output)
    assert [s["path"] for s in data["sources"]] == paths
    assert all(c["label"] for line in data["lines"] for c in line["citations"])
    page = CliRunner().invoke(cli, [*paths, "--together", "-f", "html", "--outline"]).output
    assert "Source 1:" in page and "Source 2:" in page and 'class="cited"' in page and "Outline" in page


def test_refusals_are_one_line_with_exit_2(tmp_path):
    (a,) = _write(tmp_path, a=BRIDGE_A)
    runner = CliRunner()
    for args, words in (
        ([a, "--together"], "--together needs at least two sources"),
        ([a, str(tmp_path / "gone.txt"), "--together"], "gone.txt"),
        ([a, a], "--together"),
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, (args, result.output)
        assert words in result.output and len(result.output.strip().splitlines()) == 1


def test_long_document_outline(tmp_path):
    (path,) = _write(tmp_path, long=long_text(headings=True))
    result = CliRunner().invoke(cli, [path, "--sections", "on", "-n", "2", "--outline"])
    assert result.exit_code == 0, result.output
    assert "Outline:" in result.output and "Section 3: Library news" in result.output
    assert "have no line" in result.output


def test_the_same_file_twice_is_summarised_once_with_a_warning(tmp_path):
    (path,) = _write(tmp_path, a=BRIDGE_A)
    result = CliRunner().invoke(cli, [path, path, "--together", "-n", "2"])
    assert result.exit_code == 0, result.output
    assert "[2:" not in result.output and "same text as source 1" in result.output
