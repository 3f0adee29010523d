"""`-o FILE` follows one rule in every command that writes one file: the folder must exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli

# Written for these tests.
ARTICLE = "The bridge reopened on Friday after repairs.\n\nTraffic was light in the morning.\n"


@pytest.mark.parametrize("command", ["run", "check"])
def test_output_into_a_missing_folder_is_refused_before_any_work(command: str, tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    summary = tmp_path / "summary.txt"
    summary.write_text("The bridge reopened on Friday.\n", encoding="utf-8")
    target = tmp_path / "missing" / "dir" / "out.txt"
    extra = ["-s", str(summary)] if command == "check" else []
    result = CliRunner().invoke(cli, [command, str(article), *extra, "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert "no such folder" in result.output
    assert not (tmp_path / "missing").exists()
    fine = CliRunner().invoke(cli, [command, str(article), *extra, "-o", str(tmp_path / "out.txt")])
    assert fine.exit_code == 0, fine.output
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("command,target", [("run", "article"), ("check", "article"), ("check", "summary"), ("run", "link")])
def test_output_onto_an_input_is_refused_and_the_input_kept(command: str, target: str, tmp_path: Path) -> None:
    # `summarize notes.txt -o notes.txt` replaced the article with its summary, and `check` with
    # its report; a symbolic link to the article did the same
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    summary = tmp_path / "summary.txt"
    summary.write_text("The bridge reopened on Friday.\n", encoding="utf-8")
    (tmp_path / "link").symlink_to(article)
    extra = ["-s", str(summary)] if command == "check" else []
    output = {"article": article, "summary": summary, "link": tmp_path / "link"}[target]
    result = CliRunner().invoke(cli, [command, str(article), *extra, "-o", str(output)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"Error: {output}: is an input of this command; give -o another file"
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert summary.read_text(encoding="utf-8") == "The bridge reopened on Friday.\n"
