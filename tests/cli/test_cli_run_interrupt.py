"""Ctrl-C during `summarize run`: exit 130 with one line, as `summarize batch` does, not click's
"Aborted!" with exit 1 (which reads as a failure)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.pipeline import Summarizer

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_an_interrupted_run_exits_130_with_one_line_and_no_summary(monkeypatch):
    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Summarizer, "summarize", interrupted)
    result = CliRunner().invoke(cli, ["run", str(SAMPLES / "city-budget.txt")])
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == "interrupted: no summary was written"
    assert result.stdout == ""
