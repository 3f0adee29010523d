"""Output formats come from their registries when used: one registered after import is offered
by the CLI and `render`, for summaries and for verifications alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import RENDERERS, VERIFICATION_RENDERERS, render, summarize, verify
from summarizer.cli import cli

# Written for these tests.
ARTICLE = "The bridge reopened on Friday after repairs.\n\nTraffic was light in the morning.\n"


def test_a_format_registered_after_import_works_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(RENDERERS._factories, "shout", lambda summary: summary.text.upper())
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(article), "-n", "1", "-f", "shout"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "THE BRIDGE REOPENED ON FRIDAY AFTER REPAIRS."
    assert "shout" in CliRunner().invoke(cli, ["run", "--help"]).output


def test_a_verification_renders_through_its_registry_like_a_summary() -> None:
    result = verify(ARTICLE, "The bridge reopened on Friday.")
    assert set(VERIFICATION_RENDERERS.names()) >= {"text", "markdown", "json", "html"}
    assert render(result, "text") == result.to_text() and render(result, "json") == result.to_json()
    assert render(result, "markdown") == result.to_markdown()
    summary = summarize(ARTICLE, sentences=1)
    assert render(summary, "text") == str(summary) and render(summary, "markdown") == summary.to_markdown()
