"""Speed and memory of the default extractive mode against sumy's LexRank, in one run.

    python benchmarks/speed.py ../shared/data/cnndm_dev250.jsonl [--method default] [--repeat 3]

Reports articles per second (single process) for each system over the same articles, the ratio,
the wall time of `summarize --help` (median of several fresh processes), and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def load_articles(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream if line.strip()]
    return [row["article"] for row in rows[:limit]]


def rate(function, articles: list[str], repeat: int) -> float:
    """Best articles/second over `repeat` passes (the least disturbed by other load)."""
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        for article in articles:
            function(article)
        best = max(best, len(articles) / (time.perf_counter() - started))
    return best


def help_seconds(runs: int = 7) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "summarizer", "--help"], capture_output=True, check=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="JSONL with an 'article' field per row")
    parser.add_argument("--method", default="default")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-sumy", action="store_true", help="skip the sumy comparison")
    args = parser.parse_args()

    from summarizer import Summarizer

    articles = load_articles(args.data, args.limit)
    summarizer = Summarizer(method=args.method, sentences=args.sentences)
    summarizer.summarize(articles[0])  # warm caches and lazy imports outside the timing
    ours = rate(summarizer.summarize, articles, args.repeat)
    ours_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "articles": len(articles),
        "method": summarizer.method,
        "ours_articles_per_s": round(ours, 1),
        "ours_peak_rss_mb": round(ours_rss_mb, 1),
    }
    if not args.no_sumy:
        from _peers import sumy_summarizer

        lexrank = sumy_summarizer("lexrank")
        lexrank(articles[0])
        theirs = rate(lambda a: lexrank(a, args.sentences), articles, max(1, args.repeat - 1))
        report["sumy_lexrank_articles_per_s"] = round(theirs, 1)
        report["speedup_vs_sumy_lexrank"] = round(ours / theirs, 2)
    report["help_seconds_median"] = round(help_seconds(), 3)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
