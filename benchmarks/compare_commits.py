"""Two commits side by side: do they give the same summaries, and which is faster?

    python benchmarks/compare_commits.py outputs OLD NEW data/*.jsonl   # every difference, then a count
    python benchmarks/compare_commits.py speed OLD NEW data/*.jsonl --rounds 5

Each commit is exported (`git archive`) into a temporary folder and run in a child process of this
Python with that folder first on its path, so the two never share caches or imports. `outputs`
compares, per article, the title, the summary lines and the sentences they cite. `speed` runs the
two in alternation, `--rounds` times each, and reports the median articles/s of each and their
ratio: on a machine shared with other work, load then falls on both alike. Each run reports wall
articles/s (what benchmarks/speed.py reports) and CPU articles/s (this process's CPU time only,
steadier when the machine is busy).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Run inside the child: the exported tree is first on sys.path.
_DUMP = r"""
import json, sys
from summarizer import Summarizer
summarizer = Summarizer()
for path in sys.argv[1:]:
    for n, line in enumerate(open(path, encoding="utf-8")):
        if not line.strip():
            continue
        summary = summarizer.summarize(json.loads(line)["article"])
        print(json.dumps({
            "key": f"{path}:{n}",
            "title": summary.document.title,
            "lines": [l.text for l in summary.lines],
            "cited": [[c.start, c.end] for l in summary.lines for c in l.citations],
        }))
"""

_TIME = r"""
import json, sys, time
from summarizer import Summarizer
articles = [json.loads(l)["article"] for p in sys.argv[2:] for l in open(p, encoding="utf-8") if l.strip()]
summarizer = Summarizer()
for article in articles:  # warm caches and lazy imports outside the timing
    summarizer.summarize(article)
best_wall = best_cpu = 0.0
for _ in range(int(sys.argv[1])):
    wall, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        summarizer.summarize(article)
    best_wall = max(best_wall, len(articles) / (time.perf_counter() - wall))
    best_cpu = max(best_cpu, len(articles) / (time.process_time() - cpu))
print(json.dumps({"wall": best_wall, "cpu": best_cpu}))
"""


def export(commit: str, into: Path) -> Path:
    """The tree of `commit` unpacked under `into`."""
    folder = into / commit.replace("/", "_")
    folder.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit], capture_output=True, check=True).stdout
    with tempfile.TemporaryFile() as stream:
        stream.write(archive)
        stream.seek(0)
        with tarfile.open(fileobj=stream) as tar:
            tar.extractall(folder, filter="data")
    return folder


def run_child(tree: Path, code: str, args: list[str]) -> str:
    return subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(tree)!r})\n{code}", *args],
        capture_output=True, text=True, check=True, cwd=tree,
    ).stdout


def compare_outputs(old: Path, new: Path, data: list[str]) -> int:
    rows = [
        {row["key"]: row for row in map(json.loads, run_child(tree, _DUMP, data).splitlines())} for tree in (old, new)
    ]
    differ = 0
    for key, before in rows[0].items():
        after = rows[1].get(key)
        if after != before:
            differ += 1
            print(f"--- {key}\n  old: {json.dumps(before, ensure_ascii=False)}\n  new: {json.dumps(after, ensure_ascii=False)}")
    print(f"{differ} of {len(rows[0])} articles differ")
    return differ


def compare_speed(old: Path, new: Path, data: list[str], rounds: int, passes: int) -> None:
    runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    for round_ in range(rounds):
        order = (("old", old), ("new", new)) if round_ % 2 == 0 else (("new", new), ("old", old))
        for name, tree in order:
            runs[name].append(json.loads(run_child(tree, _TIME, [str(passes), *data])))
            print(f"round {round_ + 1} {name}: {runs[name][-1]['wall']:.1f} wall, {runs[name][-1]['cpu']:.1f} cpu articles/s", flush=True)
    report = {}
    for measure in ("wall", "cpu"):
        medians = {name: statistics.median(r[measure] for r in runs[name]) for name in runs}
        report[measure] = {**{k: round(v, 1) for k, v in medians.items()}, "ratio": round(medians["new"] / medians["old"], 2)}
    print(json.dumps(report, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["outputs", "speed"])
    parser.add_argument("old", help="a commit (or branch) of this repository")
    parser.add_argument("new", help="a commit (or branch) of this repository")
    parser.add_argument("data", nargs="+", type=Path, help="JSONL files with an 'article' field per row")
    parser.add_argument("--rounds", type=int, default=5, help="speed: runs of each commit, alternating")
    parser.add_argument("--passes", type=int, default=2, help="speed: timed passes per run (the best is kept)")
    args = parser.parse_args()
    data = [str(p.resolve()) for p in args.data]
    with tempfile.TemporaryDirectory(prefix="compare_commits_") as scratch:
        old, new = export(args.old, Path(scratch)), export(args.new, Path(scratch))
        if args.what == "outputs":
            sys.exit(1 if compare_outputs(old, new, data) else 0)
        compare_speed(old, new, data, args.rounds, args.passes)


if __name__ == "__main__":
    main()
