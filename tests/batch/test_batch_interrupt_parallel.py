"""A Ctrl-C while `summarize batch -j 2` runs left summaries written whose index rows were still
with the pool (a chunk a worker was inside, or one done and not yet read): the output folder held
files its index did not list, and a re-run redid them. Every summary written is in the index now."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from batch_corpus import make_folder

ROOT = Path(__file__).resolve().parents[2]


def _interrupted_batch(folder: Path, out: Path, after: int) -> int:
    """Run the batch with 2 workers, send SIGINT once `after` summaries are written; its exit code."""
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(folder), "-o", str(out), "-j", "2", "--quiet"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal's process has it
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and sum(1 for _ in out.rglob("*.txt")) >= after:
            break
        time.sleep(0.002)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)
    return process.returncode


def test_every_summary_written_before_a_ctrl_c_is_in_the_index(tmp_path: Path) -> None:
    folder, out = tmp_path / "docs", tmp_path / "out"
    made = make_folder(folder, 300)
    for after in (12, 40):  # early (chunks in flight everywhere) and later on
        code = _interrupted_batch(folder, out, after)
        written = {p.relative_to(out).as_posix() for p in out.rglob("*.txt")}
        rows = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
        indexed = {row["output"] for row in rows if row["status"] == "ok"}
        if code == 0:  # finished before the signal came: nothing to look at
            continue
        assert code == 130
        assert written and written <= indexed, sorted(written - indexed)[:5]
    # The re-run does only what was not done.
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(folder), "-o", str(out), "-j", "2"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"{len(made['good']) - len(indexed)} done, {len(indexed)} skipped" in done.stderr, done.stderr



def _record_lost_at_the_third(config, items):  # noqa: ANN001, ANN202 - a run_batch executor
    from summarizer.batch.work import process_item
    from summarizer.pipeline import Summarizer

    setup, summarizer = config.worker_setup(), Summarizer(config.options)
    for number, item in enumerate(items):
        record = process_item(setup, summarizer, item)
        if number == 2:
            raise KeyboardInterrupt  # its summary is written, its record never comes back
        yield record


def _summaries(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.txt")}


def test_a_summary_whose_record_is_lost_to_the_interrupt_is_removed(tmp_path: Path) -> None:
    """Wherever a Ctrl-C strikes between a summary's rename and its record reaching the index (the
    parent reading a worker's reply, a worker killed), the run leaves no summary its index lacks:
    that one is removed (a re-run redoes it); a summary from before that it never replaced stays."""
    from summarizer.batch.runner import BatchConfig, run_batch

    folder, out = tmp_path / "docs", tmp_path / "out"
    make_folder(folder, 4)
    for force in (False, True):  # a first run; one redoing a finished batch
        before = _summaries(out) if out.exists() else {}
        report = run_batch(BatchConfig((folder,), out, force=force), executor=_record_lost_at_the_third)
        assert report.interrupted and report.done == 2
        rows = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
        written = _summaries(out)
        assert set(written) <= {row["output"] for row in rows if row["status"] == "ok"}
        assert len(written) == 2 + force  # two recorded, the third removed, the fourth untouched
        assert sum(written[name] == before.get(name) for name in written) == force
        if not force:
            assert run_batch(BatchConfig((folder,), out)).done == 2
