"""`summarize eval` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("rouge_score")

from summarizer.cli import cli  # noqa: E402

ARTICLE = (
    "The harbour reopened on Tuesday after repairs to the sea wall. Fishing boats returned within hours. "
    "The work cost the town four million. A second phase will start in the spring."
)
REFERENCE = "The harbour reopened after sea wall repairs.\nThe work cost four million."


def write_rows(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def good_row() -> str:
    return json.dumps({"article": ARTICLE, "reference": REFERENCE})


def test_cli_eval_prints_table_with_lead_baseline(tmp_path: Path) -> None:
    data = write_rows(tmp_path / "d.jsonl", [good_row(), good_row()])
    result = CliRunner().invoke(cli, ["eval", str(data), "--method", "default,centrality", "-n", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "lead-2" in result.output and "centrality" in result.output and "default" in result.output
    assert "R-Lsum" in result.output


def test_cli_eval_writes_json_and_markdown(tmp_path: Path) -> None:
    data = write_rows(tmp_path / "d.jsonl", [good_row()])
    runner = CliRunner()
    for name, check in (("r.json", lambda t: json.loads(t)["results"][0]["system"] == "lead-3"), ("r.md", lambda t: "| lead-3 |" in t)):
        result = runner.invoke(cli, ["eval", str(data), "-o", str(tmp_path / name), "-q", "--resamples", "100"])
        assert result.exit_code == 0, result.output
        assert check((tmp_path / name).read_text(encoding="utf-8"))


def test_cli_eval_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl: no such file" in result.output
    assert "Traceback" not in result.output


def test_cli_eval_broken_row_names_file_and_line(tmp_path: Path) -> None:
    data = write_rows(tmp_path / "d.jsonl", [good_row(), good_row(), '{"article": "x", "reference": '])
    result = CliRunner().invoke(cli, ["eval", str(data), "-q"])
    assert result.exit_code == 2
    assert f"{data}, line 3" in result.output
    assert "Traceback" not in result.output


def test_cli_eval_unknown_method_lists_choices(tmp_path: Path) -> None:
    data = write_rows(tmp_path / "d.jsonl", [good_row()])
    result = CliRunner().invoke(cli, ["eval", str(data), "--method", "nosuch"])
    assert result.exit_code == 2
    assert "nosuch" in result.output and "lead" in result.output


def test_cli_eval_without_rouge_score_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    data = write_rows(tmp_path / "d.jsonl", [good_row()])
    monkeypatch.setitem(sys.modules, "rouge_score", None)  # makes `import rouge_score` fail
    result = CliRunner().invoke(cli, ["eval", str(data), "-q"])
    assert result.exit_code == 2
    assert "pip install" in result.output and "rouge-score" in result.output
    assert "Traceback" not in result.output


def test_cli_eval_output_into_a_missing_folder_is_refused_before_scoring(tmp_path: Path) -> None:
    data = write_rows(tmp_path / "d.jsonl", [good_row()])
    target = tmp_path / "no" / "such" / "report.json"
    result = CliRunner().invoke(cli, ["eval", str(data), "-o", str(target), "-q"])
    assert result.exit_code == 2 and "no such folder" in result.output
    assert not (tmp_path / "no").exists()
