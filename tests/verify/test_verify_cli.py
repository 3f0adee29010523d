"""`summarize check` and `summarize faithfulness`: exit codes, formats, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from summarizer.cli import cli

# Written for these tests.
ARTICLE = (
    "Ferry service to Gull Island resumes\n\n"
    "The ferry to Gull Island resumed on Tuesday after storms closed the crossing for nine days.\n\n"
    "Captain Lena Ortiz, who has run the route since 2015, said the harbour wall had been repaired.\n\n"
    "Mayor Sam Kline announced that tickets would cost the same as before the storms.\n"
)


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args, stdin=None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_check_exits_0_for_a_supported_summary(article, tmp_path):
    summary = tmp_path / "good.txt"
    summary.write_text("The ferry to Gull Island resumed on Tuesday.\n", encoding="utf-8")
    result = run("check", str(article), "--summary", str(summary))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("SUPPORTED") and "after storms closed the crossing" in result.output


def test_check_exits_1_and_names_the_problem_for_an_unsupported_one(article):
    result = run("check", str(article), "--summary", "-", "--format", "json", stdin="Mayor Lena Ortiz announced that tickets would cost the same.\n")
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    assert data["supported"] is False
    assert {p["kind"] for line in data["lines"] for p in line["problems"]}


def test_check_markdown_marks_each_line(article):
    result = run("check", str(article), "-s", "-", "-f", "markdown", stdin="The ferry resumed on Friday.\n")
    assert result.exit_code == 1
    assert "✗" in result.output and "*date*" in result.output


@pytest.mark.parametrize(
    "data",
    [
        # Windows PowerShell's `>` and Notepad's "Unicode" save UTF-16 with a byte-order mark
        "The ferry to Gull Island resumed on Tuesday.\r\n".encode("utf-16"),
        "The ferry to Gull Island resumed on Tuesday.\r\n".encode("utf-16-le"),
        "\ufeffThe ferry to Gull Island resumed on Tuesday.\n".encode("utf-8"),
    ],
    ids=["utf-16", "utf-16-le-without-mark", "utf-8-with-mark"],
)
def test_check_reads_a_summary_in_any_encoding_an_article_may_have(article, tmp_path, data):
    summary = tmp_path / "summary.txt"
    summary.write_bytes(data)
    result = run("check", str(article), "--summary", str(summary))
    assert result.exit_code == 0, result.output
    assert "1. The ferry to Gull Island resumed on Tuesday. [1]" in result.output


def test_check_a_summary_that_is_not_text_is_named_as_an_article_would_be(article, tmp_path):
    summary = tmp_path / "summary.txt"
    summary.write_bytes("The ferry resumed – on Tuesday.\n".encode("cp1252"))
    result = run("check", str(article), "--summary", str(summary))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {summary}: is not valid UTF-8 (byte 0x96 at offset 18); re-save it as UTF-8"


@pytest.mark.parametrize(
    "args, stdin",
    [
        (["check", "missing-article.txt", "-s", "-"], "The ferry resumed."),
        (["check", "{article}", "-s", "missing-summary.txt"], None),
        (["check", "{article}", "-s", "-"], "   \n"),
        (["check", "-", "-s", "-"], "text"),
        (["check", "{article}", "-s", "-", "--checker", "nope"], "The ferry resumed."),
    ],
)
def test_check_bad_input_is_one_line_and_exit_2(article, args, stdin):
    result = run(*[a.format(article=article) for a in args], stdin=stdin)
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_faithfulness_command_reports_balanced_accuracy_per_dataset(tmp_path):
    rows = [
        {"dataset": "toy", "article": ARTICLE, "summary": "The ferry to Gull Island resumed on Tuesday.", "factuality": 1.0},
        {"dataset": "toy", "article": ARTICLE, "summary": "The ferry to Gull Island resumed on Friday.", "factuality": 0.0, "error_share": {"CircE": 1.0}},
    ]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = run("faithfulness", str(labels), "--format", "json", "--resamples", "100")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    toy = data["results"][0]
    assert toy["dataset"] == "toy" and toy["summaries"] == 2 and toy["flawed"] == 1
    assert toy["balanced_accuracy"]["value"] == 1.0
    assert toy["caught_by_error_kind"]["CircE"]["value"] == 1.0


def test_faithfulness_command_refuses_a_malformed_labels_file(tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"article": "x"}\n', encoding="utf-8")
    result = run("faithfulness", str(labels))
    assert result.exit_code == 2 and "labels.jsonl:1" in result.output


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_check_reads_a_summary_only_up_to_a_limit(article):
    # the summary was read whole: "-s /dev/zero" (or an endless pipe) took memory until none was left
    result = run("check", str(article), "-s", "/dev/zero")
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == "Error: /dev/zero: is over the 20.0 MB limit for a summary"


@pytest.mark.parametrize("args", [["check", "{article}", "-s", "-"], ["{article}"], ["-"]])
def test_a_closed_standard_input_is_one_line_and_exit_2(article, args):
    # run from a service or a cron line with standard input closed: an AttributeError traceback
    command = [sys.executable, "-m", "summarizer", *[a.format(article=article) for a in args]]
    if args == ["{article}"]:
        command[3:] = ["check", "-", "-s", str(article)]
    closed = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, preexec_fn=lambda: os.close(0))
    assert closed.returncode == 2, closed.stderr
    assert closed.stderr.strip() == "Error: <stdin>: standard input is closed"
