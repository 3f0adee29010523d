"""Run a batch through Ray and locally, then again through Ray; print the counts as JSON.

    python ray_run.py WORK_DIR

Run as a script in a fresh interpreter: Ray starts its processes by forking, and a fork taken
while another test's threads hold a lock can leave a child waiting for ever. A process of its own
has no such threads, and the test's timeout turns any hang into a failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def summary_files(out: Path) -> dict[str, dict]:
    """Each summary file's JSON without its timings (the only part that differs run to run)."""
    found = {}
    for path in out.rglob("*.json"):
        summary = json.loads(path.read_text())
        summary["stats"].pop("timing_ms")
        found[path.relative_to(out).as_posix()] = summary
    return found


def main(work: Path) -> None:
    import ray

    from batch_corpus import make_folder, make_jsonl
    from summarizer.batch import BatchConfig, run_batch
    from summarizer.batch.inputs import InputSpec
    from summarizer.batch.ray_executor import ray_results

    source = work / "in"
    make_folder(source, good=10, bad=2)
    make_jsonl(source / "dumps" / "wire.jsonl", rows=5, broken_lines=(2,))
    config = BatchConfig(inputs=(source,), out_dir=work / "ray", spec=InputSpec(), workers=1, output_format="json")
    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, address="local")
    try:
        first = run_batch(config, executor=ray_results())
        again = run_batch(config, executor=ray_results())
    finally:
        ray.shutdown()
    local = run_batch(BatchConfig(inputs=(source,), out_dir=work / "local", workers=1, output_format="json"))
    records = [json.loads(line) for line in (work / "ray" / "summaries.jsonl").read_text().splitlines()]
    ray_files = summary_files(work / "ray")
    print(json.dumps({
        "first": [first.done, first.failed, first.skipped],
        "local": [local.done, local.failed],
        "again": [again.done, again.skipped, again.failed],
        "ray_files": len(ray_files),
        "same_files": ray_files == summary_files(work / "local"),
        "records": len(records),
        "record_ids": len({r["id"] for r in records}),
    }))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
