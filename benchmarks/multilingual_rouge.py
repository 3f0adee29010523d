"""The default summary against Lead on news sets in any language, with the language found.

    python benchmarks/multilingual_rouge.py SET.jsonl [SET.jsonl ...] [--sentences 3] [--limit N] [--peers]

Each row holds `article` and `reference` (a string, sentences on lines, or a list), and may hold
`language` (the true ISO code): XL-Sum, MLSUM or any set converted to that shape. Both systems
read each article with `--language auto`, as a user would; Lead is the `lead` method (the first
sentences as `summarize` splits them). Reported per file: the share of articles labelled with the
true language and the labels found, articles of over LONG characters read as one sentence, and ROUGE-1/2/L F1
(x100) of each system. ROUGE is computed on Unicode words, lower-cased and unstemmed, with each
character of the scripts written without spaces (Chinese, Japanese, Thai, ...) as one token, so
that every language is scored the same way (rouge-score's own tokenizer keeps only a-z and 0-9).
Also reported: a paired bootstrap 95% interval of the R-1 difference (the same articles resampled
for both systems), and the mean length in those tokens of each system's summaries and of the
references, since ROUGE F1 favours a summary as long as the reference. With `--peers`, a row's
`references` (a list of several people's summaries, as EASC's five) are each scored and averaged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer.evaluate.rouge import UnicodeTokenizer  # noqa: E402  (as `summarize eval` scores other languages)

LONG = 400  # characters: an article this long is never one sentence


def rows(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as stream:
        found = [json.loads(line) for line in stream if line.strip()]
    return found[:limit]


def reference_text(row: dict) -> str:
    reference = row.get("reference", row.get("summary", ""))
    return "\n".join(reference) if isinstance(reference, list) else str(reference)


def reference_texts(row: dict, peers: bool) -> list[str]:
    """The references a summary is scored against: every peer's with `peers` (where the row has them)."""
    if peers and isinstance(row.get("references"), list) and row["references"]:
        return [str(reference) for reference in row["references"]]
    return [reference_text(row)]


def interval(differences: list[float], resamples: int = 2000, seed: int = 0) -> tuple[float, float]:
    """Paired bootstrap 95% interval of the mean of per-article differences."""
    import numpy as np

    values = np.asarray(differences, dtype=float)
    if len(values) == 0:
        return (0.0, 0.0)
    draws = np.random.default_rng(seed).integers(0, len(values), size=(resamples, len(values)))
    low, high = np.percentile(values[draws].mean(axis=1), [2.5, 97.5])
    return (float(low), float(high))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--peers", action="store_true", help="score against every reference in a row's `references`, averaged")
    args = parser.parse_args()

    from rouge_score import rouge_scorer

    from summarizer import Summarizer
    from summarizer.lang import get

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=UnicodeTokenizer())
    systems = {
        "default": Summarizer(sentences=args.sentences, language="auto"),
        "lead": Summarizer(sentences=args.sentences, language="auto", method="lead"),
    }
    tokenizer = UnicodeTokenizer()
    print(
        f"{'set':28} {'n':>4} {'true lang':>9} {'as one':>6}  {'default R1/R2/RL':>20}  {'lead R1/R2/RL':>20}  {'R1 diff':>7}"
        f"  {'95% interval':>15}  {'words d/l/ref':>17}  labels"
    )
    for path in args.files:
        data = rows(path, args.limit)
        labels: Counter[str] = Counter()
        right = as_one = 0
        totals = {name: Counter() for name in systems}
        words = {name: 0 for name in (*systems, "reference")}
        differences: list[float] = []
        started = time.perf_counter()
        for row in data:
            references = reference_texts(row, args.peers)
            words["reference"] += sum(len(tokenizer.tokenize(r)) for r in references) / len(references)
            article_r1 = {}
            for name, summarizer in systems.items():
                summary = summarizer.summarize(row["article"])
                text = "\n".join(line.text for line in summary.lines)
                words[name] += len(tokenizer.tokenize(text))
                article_r1[name] = 0.0
                for reference in references:
                    for key, value in scorer.score(reference, text).items():
                        totals[name][key] += value.fmeasure / len(references)
                        if key == "rouge1":
                            article_r1[name] += value.fmeasure / len(references)
                if name == "lead":
                    continue
                code = get(summary.document.language).code
                labels[code] += 1
                right += code == row.get("language")
                as_one += len(summary.document.sentences) == 1 and len(row["article"]) > LONG
            differences.append(100 * (article_r1["default"] - article_r1["lead"]))
        n = max(len(data), 1)
        low, high = interval(differences)
        means = {name: [100 * totals[name][k] / n for k in ("rouge1", "rouge2", "rougeL")] for name in systems}
        share = f"{right / n:.3f}" if any("language" in row for row in data) else "-"
        print(
            f"{path.name:28} {len(data):4d} {share:>9} {as_one:6d}  "
            + "  ".join(f"{m[0]:6.2f}/{m[1]:6.2f}/{m[2]:6.2f}" for m in means.values())
            + f"  {means['default'][0] - means['lead'][0]:+7.2f}  [{low:+6.2f}, {high:+6.2f}]  "
            + "/".join(f"{words[name] / n:.1f}" for name in (*systems, "reference"))
            + "  "
            + ", ".join(f"{code} {count}" for code, count in labels.most_common(4))
            + f"  ({time.perf_counter() - started:.1f} s)"
        )


if __name__ == "__main__":
    main()
