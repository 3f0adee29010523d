"""Long documents made of k concatenated news articles: does a k-line summary cover the k stories?

    python benchmarks/long_documents.py DATA.jsonl [DATA2.jsonl ...] [--k 2 5 10 20] [--docs 20]
        [--variants headings plain] [--model qwen05.gguf] [--seed 7] [--json out.json]

Each document joins k articles drawn (with a fixed seed) from the given JSONL files (rows with
`article` and `reference`). Every article is cut into paragraphs of three sentences, so a
paragraph break does not tell where an article ends; the "headings" variant puts a "Part i"
line before each article, the "plain" variant only a blank line. The summary has k lines.

Scores: coverage (the share of the k articles that at least one line cites), lines without a
citation, and ROUGE-1/2/Lsum (rouge-score, stemmed, F1) against the k references joined. Two
systems: today's selection over the whole document (`sections="off"`) and the sectioned mode
(`sections="on"`); with --model, both again with that model writing the lines.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


def paragraphs(article: str, size: int = 3) -> str:
    sentences = _SPLIT.split(" ".join(article.split()))
    return "\n\n".join(" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size))


def build(rows: list[dict], headings: bool) -> tuple[str, list[tuple[int, int]]]:
    """The document's text and each article's character span in it."""
    text = ""
    spans: list[tuple[int, int]] = []
    for number, row in enumerate(rows, start=1):
        if text:
            text += "\n\n"
        if headings:
            text += f"Part {number}\n\n"
        start = len(text)
        text += paragraphs(row["article"])
        spans.append((start, len(text)))
    return text, spans


def score(summary, spans: list[tuple[int, int]]) -> tuple[float, int]:
    """(share of articles cited, lines without a citation)."""
    cited = set()
    for line in summary.lines:
        for c in line.citations:
            for k, (a, b) in enumerate(spans):
                if a <= c.start < b:
                    cited.add(k)
    return len(cited) / len(spans), sum(1 for line in summary.lines if not line.citations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--k", nargs="+", type=int, default=[2, 5, 10, 15, 20])
    parser.add_argument("--docs", type=int, default=20, help="documents per k and variant")
    parser.add_argument("--variants", nargs="+", default=["headings", "plain"], choices=["headings", "plain"])
    parser.add_argument("--model", help="a .gguf (or other) model: also run both systems abstractively")
    parser.add_argument("--model-docs", type=int, default=3, help="documents per k and variant with the model")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write every row here too")
    args = parser.parse_args()

    from rouge_score import rouge_scorer

    from summarizer import Summarizer

    rows = [json.loads(line) for path in args.data for line in path.open(encoding="utf-8") if line.strip()]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    systems = [("today", {"sections": "off"}), ("sectioned", {"sections": "on"})]
    if args.model:
        systems += [(f"{name}+model", {**extra, "model": args.model}) for name, extra in systems]
    table = []
    pipelines: dict[tuple[str, int], Summarizer] = {}
    for variant in args.variants:
        for k in args.k:
            rng = random.Random(f"{args.seed}-{k}")
            docs = [rng.sample(rows, k) for _ in range(args.docs)]
            for name, extra in systems:
                key = (name, k)
                if key not in pipelines:
                    pipelines[key] = Summarizer(sentences=k, language="english", **extra)
                summarizer = pipelines[key]
                chosen = docs[: args.model_docs] if "model" in extra else docs
                coverage, uncited, r1, r2, rl, seconds = [], 0, [], [], [], 0.0
                for picked in chosen:
                    text, spans = build(picked, variant == "headings")
                    started = time.perf_counter()
                    summary = summarizer.summarize(text)
                    seconds += time.perf_counter() - started
                    share, missing = score(summary, spans)
                    coverage.append(share)
                    uncited += missing
                    reference = "\n".join(r["reference"].strip() for r in picked)
                    got = scorer.score(reference, "\n".join(line.text for line in summary.lines))
                    r1.append(got["rouge1"].fmeasure)
                    r2.append(got["rouge2"].fmeasure)
                    rl.append(got["rougeLsum"].fmeasure)
                row = {
                    "variant": variant, "k": k, "system": name, "docs": len(chosen),
                    "coverage": round(100 * statistics.mean(coverage), 1),
                    "full_coverage_docs": sum(1 for c in coverage if c == 1.0),
                    "uncited_lines": uncited,
                    "rouge1": round(100 * statistics.mean(r1), 2), "rouge2": round(100 * statistics.mean(r2), 2),
                    "rougeLsum": round(100 * statistics.mean(rl), 2),
                    "seconds_per_doc": round(seconds / len(chosen), 3),
                }  # fmt: skip
                table.append(row)
                print(
                    f"{variant:8} k={k:<3} {name:18} coverage {row['coverage']:5.1f}%  all-k docs {row['full_coverage_docs']:>2}/{len(chosen):<3}"
                    f" uncited {uncited:<2} R1/R2/RLsum {row['rouge1']:5.2f}/{row['rouge2']:5.2f}/{row['rougeLsum']:5.2f}  {row['seconds_per_doc']:.2f} s/doc",
                    flush=True,
                )
    if args.json:
        args.json.write_text(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
