"""Choose the news ranker's three parameters by k-fold cross-validation on a dev set.

    python benchmarks/tune_ranker.py ../shared/data/cnndm_dev250.jsonl [--folds 5] [--sentences 3]

For each fold, the grid point with the best mean of ROUGE-1/2/Lsum F1 on the other folds (among
points whose summaries are on average no longer than Lead-N's there) is scored on the held-out
fold. Prints each fold's choice and held-out scores, their mean, and the choice on all rows.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GRID = {
    "decay": (0.5, 1.0, 2.0),
    "centrality_weight": (0.0, 0.1, 0.2, 0.3, 0.4),
    "length_penalty": (0.0, 0.3, 0.6, 1.0),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from summarizer.render.display import display_text
    from summarizer.evaluate.rouge import ROUGE_TYPES, _rouge_scorer, read_examples
    from summarizer.extract.features import SentenceFeatures
    from summarizer.options import Length
    from summarizer.read.document import build_document
    from summarizer.extract.rankers import LeadRanker, NewsRanker
    from summarizer.read.raw import RawText
    from summarizer.extract.selection import select_sentences

    examples = read_examples(args.data)
    scorer = _rouge_scorer()
    length = Length(sentences=args.sentences)
    documents = [build_document(RawText(e.article, "<eval>"), detect_headline=False) for e in examples]
    features = [SentenceFeatures(d) for d in documents]
    references = ["\n".join(s for s in e.reference.splitlines() if s.strip()) for e in examples]
    cache: dict[tuple[int, tuple[int, ...]], tuple[float, ...]] = {}

    def article_scores(k: int, ranker) -> tuple[float, ...]:
        scores = ranker.score(documents[k], features[k])
        f = features[k]
        chosen = tuple(select_sentences(scores, f.similarity, f.word_counts, length))
        if (k, chosen) not in cache:
            text = "\n".join(display_text(documents[k], documents[k].sentences[i]) for i in chosen)
            rouge = scorer.score(references[k], text)
            cache[k, chosen] = (*(rouge[r].fmeasure * 100 for r in ROUGE_TYPES), float(sum(f.word_counts[i] for i in chosen)))
        return cache[k, chosen]

    points = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    table = np.array([[article_scores(k, NewsRanker(**p)) for k in range(len(examples))] for p in points])
    lead = np.array([article_scores(k, LeadRanker()) for k in range(len(examples))])
    order = np.random.default_rng(args.seed).permutation(len(examples))
    folds = np.array_split(order, args.folds)

    def choose(rows: np.ndarray) -> int:
        objective = table[:, rows, :3].mean(axis=(1, 2))
        too_long = table[:, rows, 3].mean(axis=1) > lead[rows, 3].mean()
        return int(np.argmax(np.where(too_long, -np.inf, objective)))

    held_out = []
    for i, test in enumerate(folds):
        train = np.setdiff1d(order, test)
        best = choose(train)
        held_out.append(table[best, test].mean(axis=0))
        print(f"fold {i + 1}: chose {points[best]} -> held-out R-1/R-2/R-Lsum/words {np.round(held_out[-1], 2).tolist()}"
              f" (lead {np.round(lead[test].mean(axis=0), 2).tolist()})")
    # Folds differ in size by at most one row; weight them by size for the mean over all rows.
    sizes = np.array([len(f) for f in folds])
    mean = (np.array(held_out) * sizes[:, None]).sum(axis=0) / sizes.sum()
    print(f"cross-validated (held-out) mean: {np.round(mean, 2).tolist()}")
    print(f"lead-{args.sentences} on the same rows: {np.round(lead.mean(axis=0), 2).tolist()}")
    print(f"chosen on all rows: {points[choose(order)]}")


if __name__ == "__main__":
    main()
