"""A plugin installed beside summarizer (tests/plugin_pkg, entry points only) works from the
command line as a built-in would: its ranker, backend, checker and output formats, in a
`summarize` process of its own that finds them the way an installed plugin is found."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Written for these tests.
ARTICLE = (
    "Ferry service to Gull Island resumes\n\n"
    "The ferry to Gull Island resumed on Tuesday after storms closed the crossing for nine days.\n\n"
    "Captain Lena Ortiz, who has run the route since 2015, said the harbour wall had been repaired "
    "by a crew of twelve working through the weekend.\n\n"
    "Tickets cost the same as before.\n"
)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def summarize(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, env=env, timeout=120)


def test_plugin_ranker_and_renderer_from_the_command_line(article: Path, plugin_env: dict[str, str]) -> None:
    listed = summarize(plugin_env, "methods")
    assert listed.returncode == 0 and "longest" in listed.stdout and "The longest sentences first" in listed.stdout
    result = summarize(plugin_env, str(article), "--method", "longest", "--sentences", "1", "-f", "tsv")
    assert result.returncode == 0, result.stderr
    header, row = result.stdout.strip().splitlines()
    assert header == "line\tsentences\ttext"
    assert row.startswith("1\t2\tCaptain Lena Ortiz")  # the longest sentence, in the plugin's format


def test_plugin_backend_as_kind_and_kind_name(article: Path, plugin_env: dict[str, str]) -> None:
    for model in ("echo", "echo:foo"):
        result = summarize(plugin_env, str(article), "--model", model, "-f", "json", "--sentences", "1")
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["stats"]["model"]["name"] == model and data["stats"]["model"]["kind"] == "echo"
        assert data["lines"][0]["origin"] == "generated"


def test_plugin_backend_settings_are_checked_against_its_signature(article: Path, plugin_env: dict[str, str]) -> None:
    fine = summarize(plugin_env, str(article), "--model", "echo", "--model-setting", "lines=2", "-f", "json", "-n", "1")
    assert fine.returncode == 0, fine.stderr
    wrong = summarize(plugin_env, str(article), "--model", "echo", "--model-setting", "colour=red")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "no setting 'colour'; it takes: lines" in wrong.stderr


def test_plugin_checker_with_its_own_problem_kind_and_format(article: Path, tmp_path: Path, plugin_env: dict[str, str]) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_text("The ferry to Gull Island will resume on Tuesday.\n", encoding="utf-8")
    result = summarize(plugin_env, "check", str(article), "-s", str(summary), "--checker", "future", "-f", "tsv")
    assert result.returncode == 1, result.stderr  # unsupported, not a crash
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines()[1].startswith("1\tno\ttestplugin.future\t")


def test_plugin_that_cannot_load_is_one_line_and_the_others_still_list(broken_plugin_env: dict[str, str]) -> None:
    result = summarize(broken_plugin_env, "methods")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert {"lead", "news", "longest"} <= {line.split()[0] for line in result.stdout.splitlines()}
    assert result.stderr.count("\n") == 1 and "'broken'" in result.stderr and "summarizer_brokenplugin_missing" in result.stderr
    used = summarize(broken_plugin_env, "--method", "broken", "-")
    assert used.returncode == 2 and "Traceback" not in used.stderr and "'broken'" in used.stderr
