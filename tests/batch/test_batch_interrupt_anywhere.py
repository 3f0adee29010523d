"""A Ctrl-C outside the loop over results (reading the options, walking the inputs, writing the
HTML page after the last document, setting up a --together-by run) is an interruption like any
other: exit 130 and one tally line, never click's "Aborted!" (exit 1, which batch uses for "some
failed"); and the index it leaves is resumed to the full result."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from batch_corpus import make_folder
from story_samples import two_story_dump

ROOT = Path(__file__).resolve().parents[2]

# Patch one function so that it gets a real SIGINT, as a Ctrl-C at that moment would give; the
# sleep makes Python act on it right there (a signal ends the sleep with KeyboardInterrupt).
SCRIPT = textwrap.dedent(
    """
    import importlib, os, signal, sys, time

    module_name, name = sys.argv[1].rsplit(".", 1)
    module = importlib.import_module(module_name)
    real = getattr(module, name)

    def ctrl_c_here(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(30)
        return real(*args, **kwargs)

    setattr(module, name, ctrl_c_here)
    from summarizer.cli import main

    sys.argv = ["summarize", "batch", *sys.argv[2:]]
    main()
    """
)


def run(*args: str, at: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", SCRIPT, at, *args] if at else [sys.executable, "-m", "summarizer", "batch", *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal's process has it
    )


@pytest.mark.parametrize(
    ("at", "done"),
    [
        ("summarizer.cli.batch.options_from", 0),  # reading the options, before the run
        ("summarizer.batch.runner.count_documents", 0),  # walking the inputs, the output folder locked
        ("summarizer.batch.runner.write_index_page", 4),  # every document done, the HTML page not yet
    ],
    ids=["options", "walk", "page"],
)
def test_a_ctrl_c_outside_the_loop_exits_130_and_the_run_resumes(tmp_path, at: str, done: int) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    make_folder(source, good=4)
    result = run(str(source), "-o", str(out), "--format", "html", "--workers", "1", at=at)
    assert result.returncode == 130, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"interrupted: {done} done, 0 skipped, 0 failed"), result.stderr

    again = run(str(source), "-o", str(out), "--format", "html", "--workers", "1")
    assert again.returncode == 0, again.stderr
    rows = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4 == len({row["id"] for row in rows}) and {row["status"] for row in rows} == {"ok"}
    assert (out / "index.html").exists()


def test_a_ctrl_c_while_a_grouped_run_sets_up_exits_130(tmp_path) -> None:
    dump = two_story_dump(tmp_path)
    out = tmp_path / "out"
    result = run(str(dump), "-o", str(out), "--together-by", "story", at="summarizer.batch.grouped.output_lock")
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip().splitlines() == ["interrupted: 0 articles in 0 groups, 0 could not be read"]
