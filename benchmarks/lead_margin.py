"""The default ranker's margin over Lead-N, per article, with a paired bootstrap interval.

    python benchmarks/lead_margin.py ../shared/data/cnndm_dev250.jsonl --sentences 3
    python benchmarks/lead_margin.py ../shared/data/xsum_dev251.jsonl --sentences 1 --part odd

Scores every article with both systems (rouge-score, stemming, F1 x 100, rougeLsum over
newline-separated sentences, as `summarize eval`), then resamples the articles (paired: the same
articles for both systems) to give a 95% interval for the mean difference. `--part even|odd`
keeps every other article, so a setting tuned on one half can be reported on the other.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--method", default="default")
    parser.add_argument("--part", choices=["all", "even", "odd"], default="all")
    parser.add_argument("--resamples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from summarizer.evaluate.rouge import ROUGE_TYPES, PipelineSystem, _rouge_scorer, read_examples

    examples = read_examples(args.data, None)
    if args.part != "all":
        examples = examples[args.part == "odd" :: 2]
    scorer = _rouge_scorer()
    systems = {"lead": PipelineSystem("lead", args.sentences), "ours": PipelineSystem(args.method, args.sentences)}
    scores = {name: np.zeros((len(examples), len(ROUGE_TYPES))) for name in systems}
    for k, example in enumerate(examples):
        reference = "\n".join(s.strip() for s in example.reference.splitlines() if s.strip())
        for name, system in systems.items():
            result = scorer.score(reference, "\n".join(system(example.article, args.sentences)))
            scores[name][k] = [100 * result[t].fmeasure for t in ROUGE_TYPES]
    difference = scores["ours"] - scores["lead"]
    rng = np.random.default_rng(args.seed)
    draws = rng.integers(0, len(examples), size=(args.resamples, len(examples)))
    means = difference[draws].mean(axis=1)
    report = {"data": args.data.name, "part": args.part, "articles": len(examples), "method": args.method}
    for j, name in enumerate(ROUGE_TYPES):
        low, high = np.percentile(means[:, j], [2.5, 97.5])
        report[name] = {
            "lead": round(float(scores["lead"][:, j].mean()), 2),
            "ours": round(float(scores["ours"][:, j].mean()), 2),
            "margin": round(float(difference[:, j].mean()), 2),
            "interval": [round(float(low), 2), round(float(high), 2)],
        }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
