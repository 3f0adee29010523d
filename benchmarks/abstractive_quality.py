"""ROUGE of the abstractive mode next to the extractive default, and what the guard did.

    python benchmarks/abstractive_quality.py DATA.jsonl --model PATH [--limit 30] [--guard drop]

DATA.jsonl rows need "article" and "reference" (one reference sentence per line), as in the
CNN/DailyMail dev file. Scores: rouge-score with stemming, F1 x 100, rougeLsum over
newline-separated sentences, mean over articles. Needs `pip install rouge-score`.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer import Summarizer  # noqa: E402
from summarizer.read.document import build_document  # noqa: E402
from summarizer.read.sources import raw_from_bytes  # noqa: E402


def rouge(scorer, reference: str, lines: list[str]) -> dict[str, float]:
    scores = scorer.score(reference, "\n".join(lines))
    return {k: v.fmeasure * 100 for k, v in scores.items()}


def mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(sum(r[k] for r in rows) / len(rows), 2) for k in rows[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("--model", required=True)
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--guard", default="drop", choices=["drop", "flag", "off"])
    parser.add_argument("--device", default="auto")
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--show", type=int, default=0, help="print this many summaries")
    parser.add_argument("--json", help="write per-article results here")
    args = parser.parse_args()

    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines()[: args.limit]]
    documents = [build_document(raw_from_bytes(r["article"].encode("utf-8"), f"{args.data}#{r['id']}")) for r in rows]

    extractive = Summarizer(sentences=args.sentences)
    started = time.perf_counter()
    extractive_summaries = [extractive.summarize_document(d) for d in documents]
    extractive_s = time.perf_counter() - started

    abstractive = Summarizer(sentences=args.sentences, mode="abstractive", model=args.model, device=args.device, guard=args.guard)
    started = time.perf_counter()
    _ = abstractive.abstractive.backend  # load once, timed apart from generation
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    summaries = abstractive.summarize_documents(documents, batch_size=args.batch_size)
    generate_s = time.perf_counter() - started

    guard = {"generated": 0, "kept": 0, "flagged": 0, "replaced": 0, "dropped": 0}
    caught: dict[str, int] = {}
    for summary in summaries:
        for key in guard:
            guard[key] += summary.stats["guard"][key]
        for key, value in summary.stats["guard"].items():
            if key.startswith("caught_"):
                caught[key[len("caught_"):]] = caught.get(key[len("caught_"):], 0) + value
    result = {
        "articles": len(rows),
        "model": args.model,
        "guard_mode": args.guard,
        "extractive": mean([rouge(scorer, r["reference"], [l.text for l in s.lines]) for r, s in zip(rows, extractive_summaries)]),
        "abstractive": mean([rouge(scorer, r["reference"], [l.text for l in s.lines]) for r, s in zip(rows, summaries)]),
        "abstractive_words": round(sum(s.word_count for s in summaries) / len(summaries), 1),
        "extractive_words": round(sum(s.word_count for s in extractive_summaries) / len(rows), 1),
        "guard": guard,
        "guard_reasons": caught,
        "guard_shares": {k: round(guard[k] / max(1, guard["generated"]), 3) for k in ("kept", "flagged", "replaced", "dropped")},
        "seconds_per_article": round(generate_s / len(rows), 2),
        "extractive_seconds_per_article": round(extractive_s / len(rows), 4),
        "model_load_s": round(load_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    for summary in summaries[: args.show]:
        print(f"--- {summary.document.source}")
        for line in summary.lines:
            print(f"[{line.origin}] {line.text}  {list(line.flags) if line.flags else ''}")
        for warning in summary.warnings:
            print(f"  warning: {warning}")
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(
            json.dumps({"summary": result, "articles": [s.to_dict() for s in summaries]}, indent=1), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
