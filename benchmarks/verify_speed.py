"""CPU milliseconds per summary of `verify` (the default checker, or --checker NAME), with the parser and without it.

    .venv/bin/python benchmarks/verify_speed.py ../shared/data/frank_valid_labels.jsonl
    .venv/bin/python benchmarks/verify_speed.py ../shared/data/frank_valid_labels.jsonl --checker learned

Reads judged summaries as `summarize faithfulness` does (either labels shape), checks each
summary against its article once per setting after one warm-up call (the pipeline's load is not
counted), and prints CPU time per summary for each dataset. CPU time, not wall time: on a shared
machine the wall clock mostly measures the neighbours.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from summarizer import verify
    from summarizer.evaluate.faithfulness import read_judged

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--parser", choices=("auto", "off"), help="time one setting only, in this process")
    parser.add_argument("--checker", default="default", help="the checker to time [default: default]")
    args = parser.parse_args()
    if args.parser is None:
        # Each setting in a fresh process: what one run caches (parses, tokens of source
        # sentences) must not speed up the next one's timing.
        import subprocess

        for setting in ("auto", "off"):
            command = [sys.executable, __file__, str(args.labels), "--parser", setting, "--checker", args.checker]
            subprocess.run(command + (["--limit", str(args.limit)] if args.limit else []), check=True)
        return 0
    judged = read_judged(args.labels, args.limit)
    for setting in (args.parser,):
        settings = {"parser": setting}
        first = verify(judged[0].article, judged[0].summary, checker=args.checker, checker_settings=settings)
        label = first.stats.get("parser", setting) if setting == "auto" else "off"
        for dataset in sorted({j.dataset for j in judged}):
            rows = [j for j in judged if j.dataset == dataset]
            started = time.process_time()
            for row in rows:
                verify(row.article, row.summary, checker=args.checker, checker_settings=settings)
            per = (time.process_time() - started) * 1000 / len(rows)
            print(f"{args.checker}, parser {label}: {dataset}: {per:.1f} CPU ms per summary (n={len(rows)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
