"""ROUGE quality table: our methods, Lead-N and (optionally) sumy's LexRank/TextRank, in one run.

    python benchmarks/quality.py ../shared/data/cnndm_dev250.jsonl --sentences 3
    python benchmarks/quality.py ../shared/data/xsum_dev251.jsonl --sentences 1 --output xsum.md
    python benchmarks/quality.py ../shared/data/cnndm_dev250.jsonl --diversity 0.2,0.4 --peers none

Same scoring as `summarize eval` (rouge-score, stemming, F1, rougeLsum on newline-separated
sentences, 95% bootstrap intervals); articles/s are measured on the same articles in this run, so
the ratio between systems is meaningful even on a busy machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class SumySystem:
    def __init__(self, name: str):
        from _peers import sumy_summarizer

        self.name = f"sumy {name}"
        self.run = sumy_summarizer(name)

    def __call__(self, article: str, sentences: int) -> list[str]:
        return self.run(article, sentences)


def retimed(report, systems, articles: list[str], sentences: int, repeat: int):
    """The report with articles/s replaced by each system's best of `repeat` interleaved passes:
    on a shared machine, load then slows every system alike instead of whichever ran last."""
    import dataclasses
    import time

    best = [0.0] * len(systems)
    for _ in range(repeat):
        for k, system in enumerate(systems):
            started = time.perf_counter()
            for article in articles:
                system(article, sentences)
            best[k] = max(best[k], len(articles) / (time.perf_counter() - started))
    results = tuple(dataclasses.replace(r, articles_per_second=max(r.articles_per_second, b)) for r, b in zip(report.results, best))
    return dataclasses.replace(report, results=results)


def redundancy(system, articles: list[str], sentences: int) -> float:
    """Mean over summaries of the mean ROUGE-1 F1 between two of its sentences (x100): how much
    a summary says twice. Summaries of one sentence count as 0."""
    from itertools import combinations

    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    values = []
    for article in articles:
        lines = system(article, sentences)
        pairs = list(combinations(lines, 2))
        values.append(sum(scorer.score(a, b)["rouge1"].fmeasure for a, b in pairs) / len(pairs) if pairs else 0.0)
    return 100 * sum(values) / max(1, len(values))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="JSONL with 'article' and 'reference' per row")
    parser.add_argument("--methods", default="centrality,default", help="our methods, comma-separated (lead is always added)")
    parser.add_argument("--peers", default="lexrank", help="sumy summarisers to compare, comma-separated, or 'none'")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--offset", type=int, default=0, help="skip this many articles first (to score on rows not tuned on)")
    parser.add_argument(
        "--diversity", default="",
        help="also run the default method with these maximal-marginal-relevance weights, comma-separated; "
        "prints each of our systems' redundancy too",
    )
    parser.add_argument(
        "--speed-repeat", type=int, default=3,
        help="time every system this many more passes, interleaved, and keep each one's best (0: one pass)",
    )
    parser.add_argument("--output", type=Path, help="write the table here too (.md, .json or text)")
    args = parser.parse_args()

    from summarizer.evaluate.rouge import PipelineSystem, evaluate, read_examples, render_report

    examples = read_examples(args.data, args.offset + args.limit if args.limit else None)[args.offset :]
    systems: list = [PipelineSystem("lead", args.sentences)]
    systems += [PipelineSystem(m.strip(), args.sentences) for m in args.methods.split(",") if m.strip()]
    weights = [float(w) for w in args.diversity.split(",") if w.strip()]
    systems += [PipelineSystem("default", args.sentences, diversity=w) for w in weights]
    if args.peers != "none":
        systems += [SumySystem(p.strip()) for p in args.peers.split(",") if p.strip()]
    report = evaluate(examples, systems, args.sentences, data=args.data.name)
    if args.speed_repeat > 0:
        report = retimed(report, systems, [e.article for e in examples], args.sentences, args.speed_repeat)
    print(render_report(report, "text"))
    if weights:
        articles = [e.article for e in examples]
        for system in systems:
            if isinstance(system, PipelineSystem):
                print(f"redundancy {system.name}: {redundancy(system, articles, args.sentences):.2f}")
    default = next((r for r in report.results if r.name.startswith("default")), None)
    lexrank = next((r for r in report.results if r.name == "sumy lexrank"), None)
    if default and lexrank:
        print(f"default vs sumy lexrank speed: {default.articles_per_second / lexrank.articles_per_second:.1f}x")
    if args.output:
        fmt = {".md": "markdown", ".json": "json"}.get(args.output.suffix, "text")
        args.output.write_text(render_report(report, fmt) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
