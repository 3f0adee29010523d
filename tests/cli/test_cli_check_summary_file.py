"""`summarize check ARTICLE -s FILE`: a summary file that cannot be read is named as an article
file is ("is a directory", "no such file"), not in the OS's capitalised words ("Is a directory")."""

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli


def _check(article: Path, summary: Path):
    return CliRunner().invoke(cli, ["check", str(article), "-s", str(summary)])


def test_a_folder_given_as_the_summary(samples_dir: Path, tmp_path: Path):
    result = _check(samples_dir / "city-budget.txt", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {tmp_path}: is a directory, not a file"


def test_a_missing_summary_file(samples_dir: Path, tmp_path: Path):
    result = _check(samples_dir / "city-budget.txt", tmp_path / "summary.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {tmp_path / 'summary.txt'}: no such file"
    article = CliRunner().invoke(cli, ["check", str(tmp_path / "summary.txt"), "-s", str(samples_dir / "city-budget.txt")])
    assert article.stderr.strip() == result.stderr.strip()  # the same words for either file


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind")
def test_an_unreadable_summary_file(samples_dir: Path, tmp_path: Path):
    summary = tmp_path / "summary.txt"
    summary.write_text("The council approved the budget.")
    summary.chmod(0)
    try:
        result = _check(samples_dir / "city-budget.txt", summary)
    finally:
        summary.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {summary}: permission denied"


def test_a_summary_that_is_only_its_lead_in_is_refused_as_having_no_sentence(samples_dir: Path, tmp_path: Path):
    summary = tmp_path / "summary.txt"
    summary.write_text("Key points:\n", encoding="utf-8")
    result = _check(samples_dir / "city-budget.txt", summary)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {summary}: the summary has no sentence"
