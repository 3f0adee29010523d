"""A story's JSON `timing_ms` has what a one-article summary's has: "read", "summarize" and
"total", not just "summarize" (library and `summarize --together` alike)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from summarizer import Summarizer
from summarizer.cli import cli
from summarizer.together.run import summarize_together

from story_samples import BRIDGE_A, BRIDGE_B


def test_together_timing_has_read_summarize_and_total():
    one = Summarizer().summarize(BRIDGE_A).stats["timing_ms"]
    timing = summarize_together([BRIDGE_A, BRIDGE_B], sentences=2).stats["timing_ms"]
    assert set(timing) == set(one) == {"read", "summarize", "total"}
    assert timing["total"] >= timing["read"] + timing["summarize"] - 0.01


def test_cli_together_json_timing_has_read_and_total(tmp_path):
    paths = []
    for name, text in (("a.txt", BRIDGE_A), ("b.txt", BRIDGE_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = CliRunner().invoke(cli, [*paths, "--together", "-f", "json", "-n", "2"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.output)["stats"]["timing_ms"]) == {"read", "summarize", "total"}
