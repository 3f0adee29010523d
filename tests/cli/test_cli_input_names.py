"""The command's argument is PATH|URL|-: it names an input and never is the article itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("name", ["./missing", "missing", "no such story.txt", "../elsewhere/article"])
def test_cli_a_path_that_does_not_exist_is_one_line_and_exit_2(name: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(name)
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Sources:" not in result.output


@pytest.mark.parametrize("url", ["ftp://host/file", "file:///etc/hostname", "gopher://old.example/1"])
def test_cli_an_unsupported_url_scheme_is_one_line_and_exit_2(url: str) -> None:
    result = invoke(url)
    assert result.exit_code == 2
    scheme = url.split("://")[0]
    assert f"{scheme}://" in result.output and "not supported" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_text_reaches_the_command_through_stdin(samples_dir: Path) -> None:
    text = (samples_dir / "city-budget.txt").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["-"], input=text)
    assert result.exit_code == 0, result.output
    assert "Sources:" in result.output
