"""Fine-tune a small sentence encoder into a fact-checking cross-encoder (passage, claim -> supported?).

    .venv/bin/python benchmarks/experiments/cross_encoder/train.py PAIRS.jsonl... --base DIR --out DIR

The base is a BERT-shaped encoder (all-MiniLM-L6-v2: 6 layers, 22M weights) given a two-way
classification head; it reads the passage and the claim as the tokenizer's pair, the way the
`model` checker's ``pair`` input feeds it, and learns label 1 = the passage supports the claim.
Each origin of pairs (a hand round file, a public data set, a kind of synthetic change) weighs
in proportion to the square root of its size, so that thousands of synthetic pairs do not drown
the few hundred real ones. The saved directory is a plain transformers model: the `model`
checker loads it by its path (``--setting model=DIR``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path


def load_pairs(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]


def origin_weights(pairs: list[dict]) -> list[float]:
    """Per pair: its origin's share of the square-root-sized whole, spread over the origin's pairs."""
    sizes = Counter(p["origin"] for p in pairs)
    return [math.sqrt(sizes[p["origin"]]) / sizes[p["origin"]] for p in pairs]


class MeanPooledClassifier:
    """The encoder's token states averaged (as all-MiniLM-L6-v2 was trained to be read) under a
    two-way linear head: a head that starts from features the base already has, unlike BERT's
    first-token pooler. Built lazily so that torch is imported only when training."""

    @staticmethod
    def build(base: str):
        import torch
        from transformers import AutoModel

        class Model(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.encoder = AutoModel.from_pretrained(base)
                self.classifier = torch.nn.Linear(self.encoder.config.hidden_size, 2)

            @property
            def base_model(self):
                return self.encoder

            def forward(self, input_ids, attention_mask, token_type_ids=None):
                states = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
                mask = attention_mask.unsqueeze(-1).float()
                pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)

                class Output:
                    logits = self.classifier(pooled)
                return Output

        return Model()


def main() -> int:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--base", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--max-tokens", type=int, default=320)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--pool", choices=("first", "mean"), default="first")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--train-embeddings", action="store_true", help="also train the word embeddings (half the weights; slow)")
    parser.add_argument("--freeze-layers", type=int, default=0, help="encoder layers from the bottom kept as the base has them")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    pairs = load_pairs(args.pairs)
    weights = origin_weights(pairs)
    print(f"{len(pairs)} pairs; labels {Counter(p['label'] for p in pairs)}; origins {len(set(p['origin'] for p in pairs))}", file=sys.stderr)
    tokenizer = AutoTokenizer.from_pretrained(args.base)
    if args.pool == "mean":
        model = MeanPooledClassifier.build(args.base)
    else:
        model = AutoModelForSequenceClassification.from_pretrained(
            args.base, num_labels=2, id2label={0: "unsupported", 1: "supported"}, label2id={"unsupported": 0, "supported": 1})
    # The word embeddings are half of MiniLM's weights; a dense update of all of them each step
    # costs more than it teaches from a few thousand pairs.
    frozen = [] if args.train_embeddings else [model.base_model.embeddings.word_embeddings]
    frozen += list(model.base_model.encoder.layer[: args.freeze_layers])
    for module in frozen:
        for weight in module.parameters():
            weight.requires_grad = False
    model.train()
    # The head (BERT's pooler over the first token, and the classifier) starts from nothing useful:
    # all-MiniLM-L6-v2 was trained to mean-pool, so it learns at a higher rate than the body.
    head = [w for name, w in model.named_parameters() if w.requires_grad and ("pooler" in name or "classifier" in name)]
    body = [w for name, w in model.named_parameters() if w.requires_grad and not ("pooler" in name or "classifier" in name)]
    optimizer = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": head, "lr": args.head_lr}], weight_decay=0.01)
    warmup = max(1, args.steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min((step + 1) / warmup, max(0.0, (args.steps - step) / (args.steps - warmup))))
    started, running = time.process_time(), 0.0
    for step in range(args.steps):
        batch = rng.choices(pairs, weights=weights, k=args.batch)
        encoded = tokenizer([p["passage"] for p in batch], [p["claim"] for p in batch], truncation="longest_first",
                            max_length=args.max_tokens, padding=True, return_tensors="pt")
        labels = torch.tensor([p["label"] for p in batch])
        loss = torch.nn.functional.cross_entropy(model(**encoded).logits, labels)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad()
        running += loss.item()
        if (step + 1) % 25 == 0 or step == args.steps - 1:
            print(f"step {step + 1} mean loss of the last 25 {running / 25:.3f} cpu {time.process_time() - started:.0f}s", file=sys.stderr, flush=True)
            running = 0.0
    model.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.pool == "mean":
        model.encoder.save_pretrained(args.out)
        torch.save(model.classifier.state_dict(), args.out / "mean_head.pt")
    else:
        model.save_pretrained(args.out)
    tokenizer.save_pretrained(args.out)
    (args.out / "training.json").write_text(json.dumps({"pairs": [str(p) for p in args.pairs], "steps": args.steps, "batch": args.batch,
                                                         "lr": args.lr, "max_tokens": args.max_tokens, "seed": args.seed, "pool": args.pool}, indent=1))
    print(f"saved {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
