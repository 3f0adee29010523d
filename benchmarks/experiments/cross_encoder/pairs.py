"""The (passage, claim, label) pairs a fact-checking model is shown for labelled summaries.

    .venv/bin/python benchmarks/experiments/cross_encoder/pairs.py LABELS.jsonl... --tokenizer DIR --out pairs.jsonl

Every summary of a labels file (any shape `summarize faithfulness` reads) is verified with a
model checker whose judge only writes down what it is asked: the first passage the `model`
checker would show for each line (its cited sentences and their neighbours, cut to the model's
token budget) and the line. A line's label is its summary's where that says something about the
line: every line of a consistent summary is supported, and the one line of a flawed one-line
summary is not. Lines of flawed summaries of several lines are left out (which line is wrong is
not known).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))


class RecordingJudge:
    """A judge that answers "supported" and keeps the (passage, claim) pairs it was asked about."""

    def __init__(self, tokenizer, max_tokens: int):
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.asked: list[tuple[str, str]] = []

    def count(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def fit(self, sentences, claim, limit=None):
        from summarizer.verify.model_checker import fit_passages

        return fit_passages(sentences, self.count, max(16, self.max_tokens - self.count(claim) - 4), limit)

    def probability(self, passage: str, claim: str) -> float:
        self.asked.append((passage, claim))
        return 1.0


def main() -> int:
    from transformers import AutoTokenizer

    from summarizer.evaluate.faithfulness import read_judged
    from summarizer.verify.model_checker import JudgedChecker
    from summarizer.verify.verification import verify

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", type=Path, nargs="+")
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--max-tokens", type=int, default=320)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    judge = RecordingJudge(AutoTokenizer.from_pretrained(args.tokenizer), args.max_tokens)
    checker = JudgedChecker(judge, "recorder", rules="none", combine="model")
    kept = 0
    with args.out.open("w", encoding="utf-8") as handle:
        for path in args.labels:
            for item in read_judged(path, None):
                judge.asked = []
                lines = item.summary.splitlines()
                try:
                    verify(item.article, lines, checker=checker)
                except Exception as exc:  # noqa: BLE001 - a row the reader refuses is left out, said once
                    print(f"{path.name}: skipped a row ({exc})", file=sys.stderr)
                    continue
                if item.flawed and len(judge.asked) != 1:
                    continue
                group = hashlib.sha1(item.article[:2000].encode()).hexdigest()[:12]
                for passage, claim in judge.asked:
                    row = {"passage": passage, "claim": claim, "label": 0 if item.flawed else 1,
                           "origin": item.dataset, "file": path.stem, "group": group,
                           "language": getattr(item, "language", None) or "english"}
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                    kept += 1
    print(f"{kept} pairs -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
