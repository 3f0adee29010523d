"""A batch killed half-way (Ctrl-C or SIGKILL) leaves no broken file, and a re-run finishes the rest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_corpus import make_folder

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = 40


def start_batch(source: Path, out: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(out), "--workers", "2", "--quiet"]
    # SIGINT handled as a terminal's foreground process has it: a run started from a non-interactive
    # shell's `cmd &` (as a backgrounded full test run is) inherits SIGINT ignored, and would then
    # rightly finish the batch and exit 0 whatever it is sent.
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def wait_for_index_lines(index: Path, lines: int, process: subprocess.Popen[str], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if index.exists() and index.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.01)
    pytest.fail("the batch finished or stalled before it could be interrupted")


def outputs(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in out.rglob("*")
        if p.is_file() and p.suffix != ".jsonl" and not p.name.startswith(".")  # not the lock file
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """Long articles (so a run lasts long enough to be interrupted) and their uninterrupted summaries."""
    root = tmp_path_factory.mktemp("long")
    source = root / "in"
    make_folder(source, good=DOCUMENTS, sentences=240)
    reference = root / "reference"
    done = subprocess.run([sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(reference), "-q"],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return source, outputs(reference)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "sigkill"])
def test_interrupted_run_resumes_to_the_same_result(corpus, tmp_path, how: signal.Signals) -> None:
    source, expected = corpus
    out = tmp_path / "out"
    process = start_batch(source, out)
    wait_for_index_lines(out / "summaries.jsonl", 3, process)
    process.send_signal(how)
    _stdout, stderr = process.communicate(timeout=60)
    if how == signal.SIGINT:
        rows = (out / "summaries.jsonl").read_bytes().count(b"\n")
        assert process.returncode == 130, f"exit {process.returncode} with {rows} of {DOCUMENTS} rows indexed: {stderr}"
        assert "Traceback" not in stderr
    else:
        assert process.returncode == -signal.SIGKILL
    finished = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines() if line.endswith("}")]
    assert 3 <= len(finished) < DOCUMENTS
    # Whatever was written is whole: every summary present equals the uninterrupted run's.
    partial = outputs(out)
    assert all(partial[name] == expected[name] for name in partial)
    assert not list(out.rglob("*.tmp"))

    again = start_batch(source, out)
    again.communicate(timeout=120)
    assert again.returncode == 0
    assert outputs(out) == expected
    records = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert len(records) == DOCUMENTS == len({r["id"] for r in records})
