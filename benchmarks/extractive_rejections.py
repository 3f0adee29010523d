"""Does `verify` reject any of our own extractive summaries? It never should.

    .venv/bin/python benchmarks/extractive_rejections.py ../shared/data/cnndm_dev250.jsonl
    .venv/bin/python benchmarks/extractive_rejections.py ARTICLES.jsonl --words 60 --sentences 3

Each row of the JSONL needs an "article" (other keys are ignored). Every article is summarised
extractively at each length asked for, the summary's lines are joined with newlines, and the
text is checked against its article with the default checker, as a user would. A line that is
its source sentence must pass; the script prints every rejected line with its problems and
exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from summarizer import Summarizer, verify

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path, help="JSONL with an 'article' per row")
    parser.add_argument("--words", type=int, action="append", help="word budgets to try [default: 60]")
    parser.add_argument("--sentences", type=int, action="append", default=[], help="sentence budgets to try")
    parser.add_argument("--checker", default="default")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    lengths = [("words", w) for w in (args.words or ([60] if not args.sentences else []))]
    lengths += [("sentences", n) for n in args.sentences]
    with args.articles.open(encoding="utf-8") as handle:
        articles = [json.loads(line)["article"] for line in handle if line.strip()][: args.limit]
    rejected = summaries = 0
    started = time.perf_counter()
    for key, value in lengths:
        summarizer = Summarizer(**{key: value})
        for number, article in enumerate(articles, start=1):
            summary = summarizer.summarize(article)
            result = verify(article, "\n".join(line.text for line in summary.lines), checker=args.checker)
            summaries += 1
            if result.supported:
                continue
            rejected += 1
            for line in result.lines:
                for problem in line.problems:
                    print(f"{args.articles.name}:{number} ({key}={value}) {line.text[:90]!r}\n    {problem}")
    seconds = time.perf_counter() - started
    print(f"{rejected} of {summaries} extractive summaries rejected ({args.articles.name}, {len(articles)} articles, "
          f"{', '.join(f'{k}={v}' for k, v in lengths)}; checker {args.checker}; {seconds:.1f} s)")
    return 1 if rejected else 0


if __name__ == "__main__":
    raise SystemExit(main())
