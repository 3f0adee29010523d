"""Train the learned verdict (`summarizer/verify/verdict.py`) on human consistency labels.

    .venv/bin/python benchmarks/train_verdict.py features TUNE.jsonl --out /tmp/tune.features.jsonl
    .venv/bin/python benchmarks/train_verdict.py train /tmp/tune.features.jsonl --model summarizer/verify/verdict_model.json
    .venv/bin/python benchmarks/train_verdict.py score /tmp/report.features.jsonl --model summarizer/verify/verdict_model.json

`features` checks every summary of a labels file (any shape `summarize faithfulness` reads) with
the rules (`relations`, settings as --setting NAME=VALUE) and writes, per summary, its label, its
data set, a key of its article (for grouping) and the features of each line the verdict would be
asked about (a line that is its source word for word is never asked: it passes). With `--texts`
it also records each such line, its cited sentences and the article's sentences, for features
computed outside the rules (`benchmarks/experiments/embedding_verdict.py`).

`train` fits P(line flawed) = sigmoid(b + w . x) so that a summary's worst line predicts its
label (a summary is flawed when its worst line is): the log loss of max over lines, every
(data set, label) cell weighing the same (balanced accuracy per data set is the goal), with an L2
penalty. The penalty and the threshold are chosen by cross-validation grouped by article (no
article in two folds; three different splits by default): the penalty with the best
out-of-fold balanced accuracy averaged over data sets, and the threshold that gives it. The final weights are fit on every row with that penalty
(`choose_and_fit`, which experiments call on their own subsets of rows and feature columns).

`score` prints balanced accuracy [95% bootstrap], caught and clean passed per data set for the
model and for the rules alone (a summary with any rule problem in a checked line is rejected), and
a paired bootstrap interval of the difference. The labels data need not live in the repository:
only the weights file it writes does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def extract(paths: list[Path], settings: dict, out: Path, limit: int | None, texts: bool = False) -> None:
    from summarizer.evaluate.faithfulness import read_judged
    from summarizer.verify.checkers import RelationChecker
    from summarizer.verify.verdict import _is_its_sources, line_features
    from summarizer.verify.verification import verify

    class Recorder(RelationChecker):
        """The rules, with a verdict that only writes down what it was asked about."""

        rows: list = []

        def verdict(self, text, evidence, problems):
            if not _is_its_sources(text, evidence.sources):
                self.rows.append((line_features(text, evidence, problems), bool(problems), [text, list(evidence.sources)]))
                if evidence.document is not None:
                    self.article = [s.text for s in evidence.document.sentences]
            return list(problems), []

    checker = Recorder(**settings)
    with out.open("w", encoding="utf-8") as handle:
        for path in paths:
            for number, item in enumerate(read_judged(path, limit)):
                checker.rows, checker.article = [], []
                verify(item.article, item.summary.splitlines(), checker=checker)
                record = {
                    "dataset": item.dataset, "flawed": item.flawed, "file": path.stem,
                    "group": hashlib.sha1(item.article[:2000].encode()).hexdigest()[:12],
                    "lines": [row for row, _, _ in checker.rows], "rules": any(flag for _, flag, _ in checker.rows),
                }
                if texts:  # each checked line and its evidence, for features computed outside the rules (embeddings)
                    record["texts"] = [pair for _, _, pair in checker.rows]
                    record["article"] = checker.article
                handle.write(json.dumps(record) + "\n")
                if number % 100 == 0:
                    print(f"{path.name}: {number}", file=sys.stderr)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def stack(records: list[dict]):
    """Every line's features, the summary each belongs to, and the summaries' labels."""
    rows = [line for r in records for line in r["lines"]]
    owner = np.array([k for k, r in enumerate(records) for _ in r["lines"]], dtype=int)
    x = np.array(rows, dtype=float).reshape(len(rows), -1)
    y = np.array([r["flawed"] for r in records], dtype=float)
    return x, owner, y


def summary_scores(z: np.ndarray, owner: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Each summary's worst (highest) line score and that line's index; -inf for no line."""
    best = np.full(n, -np.inf)
    np.maximum.at(best, owner, z)
    worst = np.full(n, -1)
    hit = z == best[owner]
    worst[owner[hit][::-1]] = np.nonzero(hit)[0][::-1]  # the first line reaching the maximum
    return best, worst


def fit(x: np.ndarray, owner: np.ndarray, y: np.ndarray, penalty: float, cells: np.ndarray, steps: int = 1500) -> tuple[np.ndarray, float]:
    """Weights and bias for standardised `x` (Adam on the max-over-lines log loss).

    Each summary is weighted so that every (data set, label) cell weighs the same: the data sets
    differ in how many of their summaries are flawed, and a model free to learn that would learn
    which data set a summary looks like, not whether it is faithful."""
    n = len(y)
    has_line = np.bincount(owner, minlength=n) > 0
    cell_size = np.bincount(cells, weights=has_line.astype(float))
    weight = has_line / np.maximum(1.0, cell_size[cells])
    weight /= weight.sum()
    w, b = np.zeros(x.shape[1]), 0.0
    m, v, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        z = x @ w + b
        best, worst = summary_scores(z, owner, n)
        best = np.where(has_line, best, 0.0)
        p = 1 / (1 + np.exp(-best))
        dz = weight * (p - y)  # d loss / d summary score
        gw = x[worst[has_line]].T @ dz[has_line] + 2 * penalty * w
        gb = dz[has_line].sum()
        m, v = beta1 * m + (1 - beta1) * gw, beta2 * v + (1 - beta2) * gw**2
        mb, vb = beta1 * mb + (1 - beta1) * gb, beta2 * vb + (1 - beta2) * gb**2
        correction = np.sqrt(1 - beta2**step) / (1 - beta1**step)
        w -= rate * correction * m / (np.sqrt(v) + 1e-8)
        b -= rate * correction * mb / (np.sqrt(vb) + 1e-8)
    return w, b


def balanced_accuracy(flawed: np.ndarray, rejected: np.ndarray) -> float:
    caught = rejected[flawed].mean() if flawed.any() else np.nan
    passed = (~rejected[~flawed]).mean() if (~flawed).any() else np.nan
    return float(np.nanmean([caught, passed]))


def mean_ba(flawed: np.ndarray, rejected: np.ndarray, datasets: np.ndarray) -> float:
    """Balanced accuracy per data set, averaged: no data set's share of flawed summaries helps."""
    return float(np.mean([balanced_accuracy(flawed[datasets == d], rejected[datasets == d]) for d in sorted(set(datasets))]))


def best_threshold(prob: np.ndarray, flawed: np.ndarray, datasets: np.ndarray) -> tuple[float, float]:
    candidates = np.unique(np.round(prob[np.isfinite(prob)], 3))
    scored = [(mean_ba(flawed, prob >= t, datasets), -abs(t - 0.5), t) for t in candidates]
    ba, _, t = max(scored)
    return float(t), ba


@dataclass(frozen=True)
class Fitted:
    """A model fit on standardised features, with the penalty and threshold cross-validation chose."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    penalty: float
    threshold: float
    cv_ba: float

    def summary_probabilities(self, records: list[dict]) -> np.ndarray:
        """Each summary's worst line's probability of a flaw (0 for a summary with no checked line)."""
        x, owner, _ = stack(records)
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias if len(x) else np.zeros(0)
        best, _ = summary_scores(z, owner, len(records))
        return np.where(np.isfinite(best), 1 / (1 + np.exp(-np.where(np.isfinite(best), best, 0.0))), 0.0)


PENALTIES = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def choose_and_fit(records: list[dict], folds: int = 5, seed: int = 0, repeats: int = 3,
                   penalties: tuple[float, ...] = PENALTIES, log=print) -> Fitted:
    """Pick the penalty and threshold by article-grouped cross-validation, then fit on every row."""
    x, owner, y = stack(records)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    xs = (x - mean) / scale
    groups = sorted({r["group"] for r in records})
    rng = np.random.default_rng(seed)
    # `repeats` different splits into folds, so that the choice does not hang on one split.
    splits = []
    for _ in range(repeats):
        fold_of_group = dict(zip(groups, rng.permutation(len(groups)) % folds))
        splits.append(np.array([fold_of_group[r["group"]] for r in records]))
    flawed = y == 1
    rules = np.array([r["rules"] for r in records])
    datasets = np.array([r["dataset"] for r in records])
    names = sorted(set(datasets))
    cells = np.array([names.index(d) * 2 + int(f) for d, f in zip(datasets, flawed)])
    log(f"{len(records)} summaries, {len(x)} lines checked; rules alone BA mean over data sets {mean_ba(flawed, rules, datasets):.3f}, pooled {balanced_accuracy(flawed, rules):.3f}")
    results = {}
    for penalty in penalties:
        probs = []
        for fold in splits:
            prob = np.zeros(len(y))
            for k in range(folds):
                train_rows = fold != k
                keep = train_rows[owner]
                remap = np.cumsum(train_rows) - 1
                w, b = fit(xs[keep], remap[owner[keep]], y[train_rows], penalty, cells[train_rows])
                test_rows = fold == k
                sel = test_rows[owner]
                remap_test = np.cumsum(test_rows) - 1
                best, _ = summary_scores(xs[sel] @ w + b, remap_test[owner[sel]], int(test_rows.sum()))
                prob[test_rows] = 1 / (1 + np.exp(-best))
            probs.append(prob)
        # One threshold for every repeat: the out-of-fold scores of all repeats side by side.
        prob, flawed_all, datasets_all = np.concatenate(probs), np.tile(flawed, repeats), np.tile(datasets, repeats)
        t, ba = best_threshold(prob, flawed_all, datasets_all)
        per_set = {d: balanced_accuracy(flawed_all[datasets_all == d], prob[datasets_all == d] >= t) for d in names}
        results[penalty] = (ba, t)
        log(f"penalty {penalty:g}: out-of-fold BA (mean over data sets) {ba:.3f}, pooled {balanced_accuracy(flawed_all, prob >= t):.3f} at threshold {t:.3f}; " + ", ".join(f"{d} {v:.3f}" for d, v in per_set.items()))
    penalty = max(results, key=lambda p: results[p][0])
    ba, threshold = results[penalty]
    w, b = fit(xs, owner, y, penalty, cells)
    return Fitted(mean, scale, w, float(b), penalty, threshold, ba)


def train(features: Path, model_path: Path, folds: int, seed: int, repeats: int = 3) -> None:
    from summarizer.verify.verdict import FEATURES

    records = load(features)
    fitted = choose_and_fit(records, folds, seed, repeats)
    data = {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in fitted.mean],
        "scale": [round(float(v), 6) for v in fitted.scale],
        "weights": [round(float(v), 6) for v in fitted.weights],
        "bias": round(fitted.bias, 6),
        "threshold": fitted.threshold,
        "about": {
            "trained_on": f"{len(records)} human-labelled summaries ({features.name}), not FRANK",
            "objective": "log loss of each summary's worst line, every (data set, label) cell weighted alike, L2 penalty",
            "penalty": fitted.penalty,
            "cv": f"{folds} folds grouped by article, {repeats} splits, out-of-fold balanced accuracy {fitted.cv_ba:.3f} (mean over data sets)",
            "made_by": "benchmarks/train_verdict.py",
        },
    }
    model_path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"penalty {fitted.penalty:g}, threshold {fitted.threshold:.3f}: written to {model_path}")
    for name, weight in sorted(zip(FEATURES, fitted.weights), key=lambda t: -abs(t[1])):
        print(f"  {name:20s} {weight:+.3f}")


def score(features: list[Path], model_path: Path, resamples: int, threshold: float | None) -> None:
    from summarizer.verify.verdict import VerdictModel

    model = VerdictModel.load(model_path)
    t = model.threshold if threshold is None else threshold
    for path in features:
        records = load(path)
        prob = np.array([max((model.probability(line) for line in r["lines"]), default=0.0) for r in records])
        learned, rules = prob >= t, np.array([r["rules"] for r in records])
        flawed = np.array([r["flawed"] for r in records])
        datasets = np.array([r["dataset"] for r in records])
        for name in [*sorted(set(datasets)), "pooled"]:
            m = np.ones(len(records), bool) if name == "pooled" else datasets == name
            report(f"{path.name} {name}", flawed[m], rules[m], learned[m], resamples)


def report(label: str, flawed: np.ndarray, rules: np.ndarray, learned: np.ndarray, resamples: int) -> None:
    rng = np.random.default_rng(0)
    n = len(flawed)
    samples = rng.integers(0, n, size=(resamples, n))
    boot = np.array([[balanced_accuracy(flawed[s], rules[s]), balanced_accuracy(flawed[s], learned[s])] for s in samples])

    def line(name, rejected, values):
        lo, hi = np.nanpercentile(values, [2.5, 97.5])
        caught = rejected[flawed].mean() if flawed.any() else float("nan")
        passed = (~rejected[~flawed]).mean() if (~flawed).any() else float("nan")
        return f"{name} BA {balanced_accuracy(flawed, rejected):.3f} [{lo:.3f}, {hi:.3f}] caught {caught:.3f} passed {passed:.3f}"

    diff = boot[:, 1] - boot[:, 0]
    lo, hi = np.nanpercentile(diff, [2.5, 97.5])
    print(f"{label} (n {n}, flawed {int(flawed.sum())}): {line('rules', rules, boot[:, 0])} | {line('learned', learned, boot[:, 1])} "
          f"| difference {balanced_accuracy(flawed, learned) - balanced_accuracy(flawed, rules):+.3f} [{lo:+.3f}, {hi:+.3f}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("features")
    f.add_argument("labels", type=Path, nargs="+")
    f.add_argument("--out", type=Path, required=True)
    f.add_argument("--setting", action="append", default=[], metavar="NAME=VALUE")
    f.add_argument("--limit", type=int)
    f.add_argument("--texts", action="store_true", help="also record each checked line and its cited sentences")
    t = sub.add_parser("train")
    t.add_argument("features", type=Path)
    t.add_argument("--model", type=Path, required=True)
    t.add_argument("--folds", type=int, default=5)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--repeats", type=int, default=3, help="splits into folds, each scored [default: 3]")
    s = sub.add_parser("score")
    s.add_argument("features", type=Path, nargs="+")
    s.add_argument("--model", type=Path, required=True)
    s.add_argument("--threshold", type=float)
    s.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    if args.command == "features":
        settings = dict(item.partition("=")[::2] for item in args.setting)
        extract(args.labels, settings, args.out, args.limit, args.texts)
    elif args.command == "train":
        train(args.features, args.model, args.folds, args.seed, args.repeats)
    else:
        score(args.features, args.model, args.resamples, args.threshold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
