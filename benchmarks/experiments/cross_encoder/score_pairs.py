"""How well a cross-encoder's support probability separates supported from unsupported pairs.

    .venv/bin/python benchmarks/experiments/cross_encoder/score_pairs.py PAIRS.jsonl... --model DIR [--by origin|file]

Per group of pairs: ROC AUC of P(supported) against the label, and the share of each label on the
right side of 0.5. Fast: no rules, one passage per pair (the first one the checker would show).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def auc(scores: list[float], labels: list[int]) -> float:
    positives = [s for s, y in zip(scores, labels) if y == 1]
    negatives = [s for s, y in zip(scores, labels) if y == 0]
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def main() -> int:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--model", required=True)
    parser.add_argument("--by", default="file")
    parser.add_argument("--max-tokens", type=int, default=320)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    torch.set_num_threads(2)
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    head_file = Path(args.model) / "mean_head.pt"
    if head_file.is_file():  # train.py --pool mean: the encoder's averaged states under its own head
        from transformers import AutoModel

        encoder = AutoModel.from_pretrained(args.model).eval()
        head = torch.nn.Linear(encoder.config.hidden_size, 2)
        head.load_state_dict(torch.load(head_file))

        def model(**encoded):
            states = encoder(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).float()

            class Output:
                logits = head((states * mask).sum(1) / mask.sum(1).clamp(min=1.0))
            return Output
    else:
        model = AutoModelForSequenceClassification.from_pretrained(args.model).eval()
    rows = [json.loads(line) for path in args.pairs for line in path.open(encoding="utf-8") if line.strip()]
    for start in range(0, len(rows), 32):
        batch = rows[start: start + 32]
        encoded = tokenizer([r["passage"] for r in batch], [r["claim"] for r in batch], truncation="longest_first",
                            max_length=args.max_tokens, padding=True, return_tensors="pt")
        with torch.no_grad():
            probabilities = torch.softmax(model(**encoded).logits.float(), dim=-1)[:, 1]
        for row, p in zip(batch, probabilities.tolist()):
            row["p"] = p
    groups = defaultdict(list)
    for row in rows:
        groups[row[args.by]].append(row)
        groups["ALL"].append(row)
    for name, members in sorted(groups.items()):
        scores, labels = [r["p"] for r in members], [r["label"] for r in members]
        supported = [s for s, y in zip(scores, labels) if y == 1]
        unsupported = [s for s, y in zip(scores, labels) if y == 0]
        passed = sum(s >= 0.5 for s in supported) / max(1, len(supported))
        caught = sum(s < 0.5 for s in unsupported) / max(1, len(unsupported))
        print(f"{name:36s} n {len(members):5d}  AUC {auc(scores, labels):.3f}  caught@0.5 {caught:.3f} ({len(unsupported)})  passed@0.5 {passed:.3f} ({len(supported)})")
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
