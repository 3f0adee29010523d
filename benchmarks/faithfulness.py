"""Faithfulness checkers against people's judgements: balanced accuracy per dataset and error kind.

    .venv/bin/python benchmarks/faithfulness.py ../shared/data/frank_valid_labels.jsonl
    .venv/bin/python benchmarks/faithfulness.py LABELS.jsonl --checker literal --checker relations
    .venv/bin/python benchmarks/faithfulness.py A.jsonl B.jsonl --checker relations

Each checker named is run over every judged summary through `verify`; the first is the
"before". A labels file may point at data files beside it (FRANK's shape) or hold the article
and summary in each row, judged by a factuality share or a 0/1 consistency label (the generic
shape of most public consistency data: {"article", "summary", "label", "dataset"}; see
summarizer/evaluate/faithfulness.py). Results come per dataset (a row's "dataset", else the
file's name) with balanced accuracy and its 95% bootstrap interval, the share of flawed
summaries caught and of clean ones passed, and wall-clock and CPU milliseconds per summary.
Settings of a checker are given as NAME=VALUE (e.g. --setting window=4); they apply to every
checker named that takes them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from summarizer.evaluate.faithfulness import checker_judge, evaluate_faithfulness, read_judged, render_faithfulness

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", type=Path, nargs="+")
    parser.add_argument("--checker", action="append", help="checker name (repeatable) [default: literal, then default]")
    parser.add_argument("--setting", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--min-support", type=float, default=0.5)
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--as-text", action="store_true", help="read each summary as a summary file is read (user-shaped sets)")
    args = parser.parse_args()
    settings = {}
    for item in args.setting:
        name, _, value = item.partition("=")
        settings[name] = int(value) if value.lstrip("-").isdigit() else float(value) if value.replace(".", "", 1).isdigit() else value
    judged = [item for path in args.labels for item in read_judged(path, args.limit)]
    data = ", ".join(map(str, args.labels))
    for name in args.checker or ["literal", "default"]:
        from summarizer.components import CHECKERS
        from summarizer.registry import _check_settings

        factory = CHECKERS.factory(name)
        try:
            _check_settings("checker", name, factory, settings)
            taken = settings
        except Exception:  # noqa: BLE001 - a setting this checker does not take is left out for it
            taken = {}
        judge = checker_judge(name, args.min_support, args.as_text, **taken)
        report = evaluate_faithfulness(judged, judge, checker=name, data=data, resamples=args.resamples)
        print(render_faithfulness(report, args.format))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
