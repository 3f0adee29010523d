"""Each hand round as the checker saw it first: its verdicts at the commit before the round was committed.

    python benchmarks/first_sight.py                              # every round in benchmarks/data
    python benchmarks/first_sight.py --setting parser=off --by kind
    python benchmarks/first_sight.py new_round.jsonl --out verdicts/   # a file not committed: HEAD's checker

A hand round is written by someone who read no code, measured, and only then committed as tuning
data, so the commit before the one that added it holds a checker nobody had fitted to it. Measured
again today, the same round says how well the rules fit it; measured at that commit, it says how
well they do on text they have not seen — the figure that predicts the next article. This script
exports that commit (`git archive`, as compare_commits.py does), runs its default checker on the
round in a child process, and prints caught / passed / balanced accuracy per round, the pooled
figures, and with `--by kind` or `--by language` the pooled share caught per error kind (the
rows' `error` field) or per language. `--by problem` turns it round: for each kind of problem the
checker reported, how many flawed and how many faithful lines it was raised on, and on how many
of each it was the only kind, so that it alone rejected the line (its precision on unseen text:
the share of those lines that were flawed). `--out DIR` keeps every row's problem kinds and messages.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_commits import REPO, export, run_child

DATA = REPO / "benchmarks" / "data"

# Run inside the child, with the exported tree first on its path: one JSON row per summary line.
_VERDICTS = r"""
import json, sys
from summarizer.evaluate.faithfulness import read_judged
from summarizer.verify.verification import make_checker, verify
path, setting = sys.argv[1], sys.argv[2]
try:
    checker = make_checker("default", parser=setting)
except TypeError:  # a checker from before the parser setting existed
    checker = make_checker("default")
for judged in read_judged(path):
    result = verify(judged.article, judged.summary.splitlines(), checker=checker, min_support=0.5)
    print(json.dumps({"id": judged.id, "flawed": judged.flawed,
                      "kinds": sorted({p.kind for p in result.problems}),
                      "messages": sorted(str(p) for p in result.problems)}))
"""


def first_commit(path: Path) -> str | None:
    """The commit before the one that added `path`, or None when git does not track it."""
    found = subprocess.run(
        ["git", "-C", str(REPO), "log", "--diff-filter=A", "--format=%H", "--", str(path.resolve())],
        capture_output=True, text=True, check=False,
    )
    log = found.stdout.split() if found.returncode == 0 else []  # a file outside the repository: not tracked
    return f"{log[-1]}^" if log else None


def resolve(commit: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", commit], capture_output=True, text=True, check=True).stdout.strip()


def round_rows(path: Path) -> dict[str, dict]:
    """The file's own rows by id: their error kind and language, which the verdicts do not carry."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows}


def share(hit: int, total: int) -> str:
    return f"{hit}/{total} ({100 * hit / total:.1f}%)" if total else "-"


@dataclass
class ProblemTally:
    """How often one kind of problem was raised on flawed and on faithful lines, and how often it
    was the line's only kind (it alone rejected the line)."""

    flawed: int = 0
    faithful: int = 0
    alone_flawed: int = 0
    alone_faithful: int = 0

    @property
    def alone_precision(self) -> float | None:
        """The share of the lines this kind alone rejected that were flawed (None if it never did)."""
        alone = self.alone_flawed + self.alone_faithful
        return self.alone_flawed / alone if alone else None


def tally_problems(verdicts: list[dict]) -> dict[str, ProblemTally]:
    """Per problem kind, its tally over verdict rows ({"flawed": bool, "kinds": [...]})."""
    tallies: dict[str, ProblemTally] = {}
    for verdict in verdicts:
        kinds = set(verdict["kinds"])
        for kind in kinds:
            tally = tallies.setdefault(kind, ProblemTally())
            if verdict["flawed"]:
                tally.flawed += 1
                tally.alone_flawed += len(kinds) == 1
            else:
                tally.faithful += 1
                tally.alone_faithful += len(kinds) == 1
    return tallies


def print_problem_tallies(tallies: dict[str, ProblemTally]) -> None:
    print(f"\n{'problem kind':<16} {'on flawed':>10} {'on faithful':>12} {'alone: flawed':>14} {'faithful':>9} {'precision':>10}")
    for kind, tally in sorted(tallies.items(), key=lambda item: -(item[1].flawed + item[1].faithful)):
        precision = tally.alone_precision
        shown = f"{precision:.2f}" if precision is not None else "-"
        print(f"{kind:<16} {tally.flawed:>10} {tally.faithful:>12} {tally.alone_flawed:>14} {tally.alone_faithful:>9} {shown:>10}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="hand rounds [default: every handwritten_lines_round*.jsonl]")
    parser.add_argument("--setting", default="parser=auto", choices=("parser=auto", "parser=off"))
    parser.add_argument(
        "--by", choices=("kind", "language", "problem"),
        help="also pool the share caught by error kind or language, or each problem kind's lines and precision",
    )
    parser.add_argument("--out", type=Path, help="a folder for each round's verdict rows (ROUND.COMMIT.jsonl)")
    args = parser.parse_args()
    files = args.files or sorted(DATA.glob("handwritten_lines_round*.jsonl"), key=lambda p: int(p.stem.rsplit("round", 1)[1]))
    setting = args.setting.split("=", 1)[1]
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    pooled = {"caught": 0, "flawed": 0, "passed": 0, "faithful": 0}
    caught_by: Counter[str] = Counter()
    flawed_by: Counter[str] = Counter()
    every_verdict: list[dict] = []
    print(f"{'round':<40} {'commit':<9} {'caught':>16} {'passed':>16} {'BA':>6}")
    with tempfile.TemporaryDirectory() as scratch:
        trees: dict[str, Path] = {}
        for path in files:
            commit = resolve(first_commit(path) or "HEAD")
            if commit not in trees:
                trees[commit] = export(commit, Path(scratch))
            try:
                output = run_child(trees[commit], _VERDICTS, [str(path.resolve()), setting])
            except subprocess.CalledProcessError as failed:  # a checker older than the API this script calls
                reason = (failed.stderr.strip().splitlines() or ["no message"])[-1]
                print(f"{path.stem:<40} {commit:<9} could not run: {reason}")
                continue
            verdicts = [json.loads(line) for line in output.splitlines()]
            if args.out:
                (args.out / f"{path.stem}.{commit}.jsonl").write_text("".join(json.dumps(v) + "\n" for v in verdicts), encoding="utf-8")
            rows = round_rows(path)
            flawed = [v for v in verdicts if v["flawed"]]
            faithful = [v for v in verdicts if not v["flawed"]]
            caught = sum(1 for v in flawed if v["kinds"])
            passed = sum(1 for v in faithful if not v["kinds"])
            accuracy = (caught / max(1, len(flawed)) + passed / max(1, len(faithful))) / 2
            print(f"{path.stem:<40} {commit:<9} {share(caught, len(flawed)):>16} {share(passed, len(faithful)):>16} {accuracy:6.3f}")
            pooled["caught"] += caught
            pooled["flawed"] += len(flawed)
            pooled["passed"] += passed
            pooled["faithful"] += len(faithful)
            every_verdict += verdicts
            for v in verdicts:
                if args.by in ("kind", "language") and v["flawed"]:
                    group = rows.get(v["id"], {}).get("error" if args.by == "kind" else "language") or "?"
                    flawed_by[group] += 1
                    caught_by[group] += bool(v["kinds"])
    accuracy = (pooled["caught"] / max(1, pooled["flawed"]) + pooled["passed"] / max(1, pooled["faithful"])) / 2
    print(f"{'pooled':<40} {'':<9} {share(pooled['caught'], pooled['flawed']):>16} {share(pooled['passed'], pooled['faithful']):>16} {accuracy:6.3f}")
    if args.by == "problem":
        print_problem_tallies(tally_problems(every_verdict))
    elif args.by:
        print(f"\nflawed lines caught at first sight, by {args.by}:")
        for group in sorted(flawed_by, key=lambda g: caught_by[g] / flawed_by[g]):
            print(f"  {group:<24} {share(caught_by[group], flawed_by[group])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
