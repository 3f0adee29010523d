"""A standard output that cannot take the result (a full disk: `summarize a.txt > out.txt` on a
full file system) is one line, exit 2, as an `-o` file that cannot be written is; it was a
Python traceback ending in "OSError: [Errno 28] No space left on device"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Written for these tests.
ARTICLE = "The bridge reopened on Friday after repairs.\n\nTraffic was light in the morning.\n"

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")


@pytest.mark.parametrize("command", ["run", "run-o-dash", "check", "methods"])
def test_cli_stdout_full_is_one_line_and_exit_2(command: str, tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    summary = tmp_path / "summary.txt"
    summary.write_text("The bridge reopened on Friday.\n", encoding="utf-8")
    args = {
        "run": [str(article), "-l", "en"],
        "run-o-dash": [str(article), "-l", "en", "-o", "-"],
        "check": ["check", str(article), "-s", str(summary), "-l", "en"],
        "methods": ["methods"],
    }[command]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "summarizer", *args], stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120, check=False
        )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == "Error: <stdout>: cannot be written (No space left on device)"
