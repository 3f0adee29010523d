"""The Ray executor against a local Ray instance on loopback: same outputs and index as a local run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from batch_corpus import make_folder, make_jsonl
from summarizer.batch import BatchConfig, run_batch
from summarizer.batch.inputs import InputSpec

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, address="local")
    yield
    ray.shutdown()


def files(out: Path) -> dict[str, dict]:
    """Each summary file's JSON without its timings (the only part that differs run to run)."""
    found = {}
    for path in out.rglob("*.json"):
        summary = json.loads(path.read_text())
        summary["stats"].pop("timing_ms")
        found[path.relative_to(out).as_posix()] = summary
    return found


def test_ray_run_matches_a_local_run_and_resumes(local_ray, tmp_path) -> None:
    from summarizer.batch.ray_executor import ray_results

    source = tmp_path / "in"
    make_folder(source, good=10, bad=2)
    make_jsonl(source / "dumps" / "wire.jsonl", rows=5, broken_lines=(2,))
    config = BatchConfig(inputs=(source,), out_dir=tmp_path / "ray", spec=InputSpec(), workers=1, output_format="json")

    report = run_batch(config, executor=ray_results())
    assert (report.done, report.failed, report.skipped) == (14, 3, 0)
    local = run_batch(BatchConfig(inputs=(source,), out_dir=tmp_path / "local", workers=1, output_format="json"))
    assert (local.done, local.failed) == (14, 3)
    ray_files = files(tmp_path / "ray")
    assert len(ray_files) == 14 and ray_files == files(tmp_path / "local")
    records = [json.loads(line) for line in (tmp_path / "ray" / "summaries.jsonl").read_text().splitlines()]
    assert len(records) == 17 == len({r["id"] for r in records})

    again = run_batch(config, executor=ray_results())
    assert (again.done, again.skipped, again.failed) == (0, 14, 3)
