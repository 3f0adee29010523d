"""The README's commands are the ones CI runs; a drift between them would hide a broken install."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_command(heading: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    return re.search(r"```(?:bash|sh)?\n(.+?)\n```", section, re.S).group(1).strip()


def test_docs_ci_runs_the_readme_test_command() -> None:
    command = readme_command("### Run the tests")
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert command in ci_lines


def test_docs_readme_quick_start_uses_a_sample_that_exists() -> None:
    command = readme_command("### Summarise a sample article")
    for sample in re.findall(r"samples/[\w.-]+", command):
        assert (ROOT / sample).is_file(), sample
