"""Throughput and memory of `summarize batch` on a JSONL dump repeated to thousands of rows.

    python benchmarks/batch.py /path/to/dump.jsonl --text-field article --docs 5000

Repeats the dump's rows (with fresh ids) into a temporary JSONL file, then runs the batch runner
once per setting, each in a fresh process so that memory figures do not mix: articles per second
with 1 and 2 workers at --docs documents, and peak memory (max RSS of the parent, and of the
largest worker) at each --memory-docs size. Reads the data only from the path it is given.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def repeat_rows(source: Path, target: Path, docs: int, text_field: str, id_field: str) -> None:
    """`docs` rows cycling through `source` (read once per cycle, never all held)."""
    written = 0
    with target.open("w", encoding="utf-8") as out:
        cycle = 0
        while written < docs:
            with source.open(encoding="utf-8") as stream:
                for line in stream:
                    if written >= docs:
                        break
                    row = json.loads(line)
                    out.write(json.dumps({"id": f"{row.get(id_field, written)}-r{cycle}", "text": row[text_field]}) + "\n")
                    written += 1
            cycle += 1


def one_run(dump: str, out: str, workers: int) -> dict[str, float]:
    """Runs in a child process: one batch, then its own and its workers' peak memory."""
    sys.path.insert(0, str(ROOT))
    from summarizer.batch import BatchConfig, run_batch

    from summarizer.batch.runner import _local_results

    stamps: list[float] = []

    def timed(config, items):  # the local executor, noting when each record comes back
        for record in _local_results(config, items):
            stamps.append(time.perf_counter())
            yield record

    config = BatchConfig(inputs=(Path(dump),), out_dir=Path(out), workers=workers)
    started = time.perf_counter()
    report = run_batch(config, executor=timed)
    seconds = time.perf_counter() - started
    # After the first result every worker has started (imports, models): the rate from there on
    # is what a long run converges to, without the fixed start-up cost.
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 and stamps[-1] > stamps[0] else 0.0
    kib = 1024  # ru_maxrss is in KiB on Linux
    own, workers_usage = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "docs": report.done,
        "failed": report.failed,
        "seconds": round(seconds, 2),
        "articles_per_s": round(report.done / seconds, 1),
        "first_result_s": round(stamps[0] - started, 2) if stamps else None,
        "steady_articles_per_s": round(steady, 1),
        "parent_max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib, 1),
        "worker_max_rss_mib": round(workers_usage.ru_maxrss / kib, 1),
        "parent_cpu_s": round(own.ru_utime + own.ru_stime, 2),
        "workers_cpu_s": round(workers_usage.ru_utime + workers_usage.ru_stime, 2),
    }


def busy_cpu_seconds() -> float | None:
    """CPU time the whole machine has spent busy since boot (Linux), all processes together."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def wait_until_quiet(limit: float, busy_share: float = 0.1) -> bool:
    """Wait (up to `limit` s) for a 2-second spell in which other work uses < 10% of the CPUs."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = busy_cpu_seconds()
        if before is None:
            return True
        time.sleep(2)
        if (busy_cpu_seconds() - before) / 2 / (os.cpu_count() or 1) < busy_share:
            return True
    return False


def measure(dump: Path, workers: int, scratch: Path, quiet_wait: float = 0) -> dict[str, float]:
    """One run in a fresh process, with how much CPU *other* processes took meanwhile (noise)."""
    if quiet_wait:
        wait_until_quiet(quiet_wait)
    out = tempfile.mkdtemp(dir=scratch, prefix=f"out-w{workers}-")
    code = f"import json, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import batch; print(json.dumps(batch.one_run({str(dump)!r}, {out!r}, {workers})))"
    busy_before = busy_cpu_seconds()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    busy_after = busy_cpu_seconds()
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if busy_before is not None and busy_after is not None:
        ours = result["parent_cpu_s"] + result["workers_cpu_s"]
        result["other_processes_cpu_s"] = round(max(0.0, busy_after - busy_before - ours), 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="a JSONL file of articles")
    parser.add_argument("--text-field", default="article")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--docs", type=int, default=5000, help="documents for the throughput runs")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--memory-docs", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--memory-workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1, help="throughput runs per setting, alternated; the fastest is kept")
    parser.add_argument("--quiet-wait", type=float, default=0, metavar="S",
                        help="before each run, wait up to S seconds for the machine to be idle (shared machines)")
    args = parser.parse_args()

    results: dict[str, object] = {"cpus": os.cpu_count(), "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as scratch_name:
        scratch = Path(scratch_name)
        dumps: dict[int, Path] = {}
        for docs in sorted({args.docs, *args.memory_docs}):
            dumps[docs] = scratch / f"dump{docs}.jsonl"
            repeat_rows(args.data, dumps[docs], docs, args.text_field, args.id_field)
        speed: dict[int, dict[str, float]] = {}
        all_runs: dict[int, list[float]] = {w: [] for w in args.workers}
        for _round in range(args.rounds):
            for workers in args.workers:
                run = measure(dumps[args.docs], workers, scratch, args.quiet_wait)
                all_runs[workers].append(run["articles_per_s"])
                print(f"{args.docs} docs, {workers} worker(s): {run}", file=sys.stderr)
                if workers not in speed or run["seconds"] < speed[workers]["seconds"]:
                    speed[workers] = run
        results["throughput"] = speed
        results["all_rates"] = all_runs
        if 1 in speed and len(speed) > 1:
            results["speedup"] = {w: round(r["articles_per_s"] / speed[1]["articles_per_s"], 2) for w, r in speed.items()}
            results["steady_speedup"] = {
                w: round(r["steady_articles_per_s"] / speed[1]["steady_articles_per_s"], 2) for w, r in speed.items()
            }
        memory = {}
        for docs in args.memory_docs:
            same = speed.get(args.memory_workers) if docs == args.docs else None
            memory[docs] = same or measure(dumps[docs], args.memory_workers, scratch, args.quiet_wait)
            print(f"{docs} docs, {args.memory_workers} workers: {memory[docs]}", file=sys.stderr)
        results["memory"] = memory
    results["load_after"] = os.getloadavg()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
