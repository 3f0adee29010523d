"""Negative-result experiment (kept for reproducibility): principled variants of the news ranker and
the selector, chosen on the even rows of each dev set and checked on the odd rows (issue 21, item 5).

    python benchmarks/experiments/ranker_variants.py CNNDM.jsonl XSUM.jsonl [--samples samples]

The first file is summarised in 3 sentences, the second in 1, each article read as `PipelineSystem`
reads it (no headline line), through the default pipeline's own pieces: quotation units, candidate
judgements, the article's start after page furniture and the selector. A check first asserts that
the default variant gives exactly the pipeline's summaries. Each variant prints its change of mean
ROUGE-1/2/Lsum (rouge-score, stemming, F1 x 100) against the default on the even rows, the odd rows
and all rows of both sets. Then a one-sentence summary chosen with more weight on centrality
(directed, or the centroid: each sentence's cosine with the rest of the article), on both files at
one sentence, and with `--samples` the one-sentence summaries of the sample articles it changes.
Last, the constants (decay, centrality weight, length penalty, short-sentence words, centrality
threshold) are re-chosen by 5-fold cross-validation over a 270-point grid, and the held-out change
against the current constants is averaged over random fold splits.

On cnndm_dev250 / xsum_dev251 (main 033ff96, December 2026) nothing was adopted:
- every variant of the 3-sentence ranker lost on the CNN/DM even rows (the default's constants were
  tuned on these articles), and re-choosing the constants by cross-validation is worse held out
  than keeping them (CNN/DM -0.05 / -0.05 / -0.03 on average over 20 splits);
- XSum's one sentence is the article's first body sentence in 246 of 251 articles, so no change to
  the 3-sentence ranker moves its R-2;
- a one-sentence summary chosen by the centroid (weight 0.7-0.9) gains on every half of both files
  (XSum +1.3 / +0.7 / +1.1 at 0.8), but it does so by leaving the lead: in XSum the article's real
  intro was removed to be the reference, and on CNN/DM at one sentence the new lines are mostly a
  detail sentence or a caption run into the story where the lead says what happened. It also makes
  7 of the 34 samples' one-sentence summaries worse (a detail such as "The first works will start
  on 1 March" instead of the announcement). The directed kind is noise: from one weight to the next
  the change goes up and down, and it too replaces the Arabic and Polish samples' leads. Even the
  most central of only the first two body sentences (XSum +0.55 / +0.20 / +0.43) replaces the lead
  of 4 samples.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from summarizer.evaluate.rouge import ROUGE_TYPES, PipelineSystem, _rouge_scorer, read_examples  # noqa: E402
from summarizer.extract.candidates import NEVER_CHOSEN  # noqa: E402
from summarizer.extract.features import SentenceFeatures  # noqa: E402
from summarizer.extract.rankers import (  # noqa: E402
    NewsRanker,
    article_start,
    directed_centrality,
    pagerank,
    position_prior,
    rescale,
)
from summarizer.extract.selection import select_sentences  # noqa: E402
from summarizer.extract.units import line_text, quotation_units  # noqa: E402
from summarizer.options import Length  # noqa: E402
from summarizer.read.document import build_document  # noqa: E402
from summarizer.read.quotes import has_quote_mark  # noqa: E402
from summarizer.read.raw import RawText  # noqa: E402
from summarizer.pipeline import Summarizer  # noqa: E402
from summarizer.options import Options  # noqa: E402
from summarizer.types import Document  # noqa: E402

SCORER = _rouge_scorer()


class Article:
    """What the news ranker works from for one article, computed once, and its ROUGE per choice."""

    def __init__(self, source: Document, reference: str = ""):
        self.document, groups = quotation_units(source)
        self.features = SentenceFeatures(self.document, parts=None if self.document is source else (source, groups))
        self.reference = reference
        self.n = n = len(self.document.sentences)
        candidates = self.features.candidates
        self.weights = np.array([c.weight for c in candidates])
        self.allowed = np.array([c.reason not in NEVER_CHOSEN for c in candidates], dtype=bool)
        self.body = self.allowed & (self.weights > 0)  # what a reader would call the article's sentences
        self.start = article_start(self.features.judge, n) if n else 0
        self.similarity = self.features.similarity if n else np.zeros((0, 0))
        self.words = self.features.word_counts
        self.quoted = np.array([has_quote_mark(self.document.text, s.start, s.end) for s in self.document.sentences], dtype=bool)
        self._rouge: dict[tuple[int, ...], np.ndarray] = {}

    @classmethod
    def of_row(cls, text: str, reference: str) -> Article:
        """A dev-set article, read as `PipelineSystem` reads it (no headline line)."""
        return cls(build_document(RawText(text, "<eval>"), None, detect_headline=False), reference)

    def lines(self, chosen: list[int]) -> list[str]:
        return [line_text(self.document, self.document.sentences[i], self.features.judge) for i in chosen]

    def choose(self, unweighted: np.ndarray, sentences: int, threshold: float = 0.6) -> list[int]:
        """The selector's choice from scores before candidate weights (weighted as NewsRanker.score does)."""
        scores = np.where(self.weights > 0, unweighted * self.weights, unweighted - 2.0)
        allowed = None if self.allowed.all() else self.allowed
        return select_sentences(scores, self.similarity, self.words, Length(sentences=sentences), threshold, allowed=allowed)

    def rouge(self, chosen: list[int]) -> np.ndarray:
        key = tuple(chosen)
        if key not in self._rouge:
            result = SCORER.score(self.reference, "\n".join(self.lines(chosen)))
            self._rouge[key] = np.array([100 * result[t].fmeasure for t in ROUGE_TYPES])
        return self._rouge[key]


# A variant: (article, summary sentences) -> scores before candidate weights.
Variant = Callable[[Article, int], np.ndarray]


def news_scores(
    a: Article,
    decay: float = NewsRanker.DECAY,
    weight: float = NewsRanker.CENTRALITY_WEIGHT,
    length_penalty: float = NewsRanker.LENGTH_PENALTY,
    short: int = NewsRanker.SHORT_SENTENCE_WORDS,
    prior: np.ndarray | None = None,
    centrality: np.ndarray | None = None,
) -> np.ndarray:
    """NewsRanker.unweighted with any of its parts replaced."""
    prior = position_prior(a.n, decay, a.start) if prior is None else prior
    if weight > 0 and a.n > 1:
        centrality = directed_centrality(a.similarity) if centrality is None else centrality
        base = (1 - weight) * prior + weight * rescale(centrality)
    else:
        base = prior
    return base * np.power(np.minimum(1.0, short / np.maximum(a.words, 1)), length_penalty)


def offsets(a: Article) -> np.ndarray:
    return np.maximum(np.arange(a.n) - a.start, 0).astype(np.float64)


def centroid(a: Article) -> np.ndarray:
    """Cosine of each sentence with the rest of the article (the classic centroid summariser)."""
    matrix = a.features.tfidf
    rest = matrix.sum(axis=0)[None, :] - matrix
    norms = np.linalg.norm(rest, axis=1)
    return (matrix * rest).sum(axis=1) / np.where(norms > 0, norms, 1.0)


def degree(a: Article) -> np.ndarray:
    return a.similarity.sum(axis=1) - np.diag(a.similarity)


def lexrank(a: Article) -> np.ndarray:
    weights = a.similarity.copy()
    np.fill_diagonal(weights, 0.0)
    return pagerank(weights)


def body_centrality(a: Article) -> np.ndarray:
    """Directed centrality among the body sentences only: furniture neither votes nor stretches the range."""
    similarity = a.similarity * np.outer(a.body, a.body)
    values = directed_centrality(similarity)
    return np.where(a.body, values, values[a.body].min() if a.body.any() else 0.0)


def reweighted_similarity(a: Article, form: str) -> np.ndarray:
    """Cosine similarity under another term weighting: binary TF, TF without IDF, or words plus bigrams."""
    terms = a.features.terms
    if form == "bigrams":
        terms = [t + [x + " " + y for x, y in zip(t, t[1:])] for t in terms]
    vocabulary: dict[str, int] = {}
    counts = np.zeros((a.n, 1 + len({w for t in terms for w in t})))
    for i, sentence in enumerate(terms):
        for term, count in Counter(sentence).items():
            counts[i, vocabulary.setdefault(term, len(vocabulary))] = count
    tf = np.where(counts > 0, 1 + np.log(np.maximum(counts, 1)), 0.0)
    idf = np.log((1 + a.n) / (1 + (counts > 0).sum(axis=0))) + 1
    vectors = {"binary": (counts > 0) * idf, "no idf": tf, "bigrams": tf * idf}[form]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1.0)
    return np.clip(vectors @ vectors.T, 0.0, 1.0)


def sumbasic(a: Article) -> np.ndarray:
    """Mean document probability of a sentence's terms (SumBasic's salience)."""
    counts = Counter(t for sentence in a.features.terms for t in sentence)
    total = sum(counts.values()) or 1
    return np.array([np.mean([counts[t] / total for t in s]) if s else 0.0 for s in a.features.terms])


def keywords(a: Article, top: int = 10) -> np.ndarray:
    """How many of the article's most widespread terms a sentence holds."""
    spread = Counter(t for sentence in a.features.terms for t in dict.fromkeys(sentence))  # ties in text order
    keys = {t for t, m in spread.most_common(top) if m > 1}
    return np.array([len(keys & set(s)) for s in a.features.terms], dtype=np.float64)


def blended(a: Article, signal: np.ndarray, weight: float) -> np.ndarray:
    """The default score with an extra rescaled signal taking `weight` from the position prior."""
    prior = position_prior(a.n, NewsRanker.DECAY, a.start)
    c = NewsRanker.CENTRALITY_WEIGHT
    if a.n < 2:
        return news_scores(a)
    base = (1 - c - weight) * prior + c * rescale(directed_centrality(a.similarity)) + weight * rescale(signal)
    return base * np.power(np.minimum(1.0, NewsRanker.SHORT_SENTENCE_WORDS / np.maximum(a.words, 1)), NewsRanker.LENGTH_PENALTY)


def first_body_sentence(a: Article) -> int | None:
    body = np.flatnonzero(a.body)
    return int(body[0]) if body.size else None


def lead_anchored(a: Article, boost: float) -> np.ndarray:
    scores = news_scores(a).copy()
    first = first_body_sentence(a)
    if first is not None:
        scores[first] += boost
    return scores


def variants() -> dict[str, tuple[Variant, float]]:
    """name -> (variant, redundancy threshold)."""
    table: dict[str, tuple[Variant, float]] = {}

    def add(name: str, variant: Variant, threshold: float = 0.6) -> None:
        table[name] = (variant, threshold)

    for d in (0.5, 0.75, 1.25, 1.5):
        add(f"decay {d}", lambda a, k, d=d: news_scores(a, decay=d))
    for c in (2.0, 3.0):
        add(f"prior c/(c+i), c={c}", lambda a, k, c=c: news_scores(a, prior=c / (c + offsets(a))))
    for tau in (1.5, 2.5, 4.0):
        add(f"prior exp(-i/{tau})", lambda a, k, tau=tau: news_scores(a, prior=np.exp(-offsets(a) / tau)))
    add("prior counts body sentences only", lambda a, k: news_scores(a, prior=1.0 / (1.0 + np.cumsum(a.body) - a.body)))
    for w in (0.0, 0.1, 0.3, 0.4):
        add(f"centrality weight {w}", lambda a, k, w=w: news_scores(a, weight=w))
    for name, signal in (("centroid", centroid), ("degree", degree), ("lexrank", lexrank), ("body-only directed", body_centrality)):
        for w in (0.1, 0.2, 0.3):
            add(f"{name} centrality, weight {w}", lambda a, k, s=signal, w=w: news_scores(a, weight=w, centrality=s(a) if a.n > 1 else None))
    for threshold in (0.1, 0.2, 0.4):
        add(f"directed threshold {threshold}", lambda a, k, t=threshold: news_scores(a, centrality=directed_centrality(a.similarity, t) if a.n > 1 else None))
    for back in (0.0, -0.25, -1.0):
        add(f"directed backward {back}", lambda a, k, b=back: news_scores(a, centrality=directed_centrality(a.similarity, 0.3, b) if a.n > 1 else None))
    add("directed per sentence after", lambda a, k: news_scores(
        a, centrality=directed_centrality(a.similarity) / np.maximum(a.n - 1 - np.arange(a.n), 1) if a.n > 1 else None))
    for form in ("binary", "no idf", "bigrams"):
        add(f"similarity: {form}", lambda a, k, f=form: news_scores(a, centrality=directed_centrality(reweighted_similarity(a, f)) if a.n > 1 else None))
    for name, signal in (("sumbasic", sumbasic), ("top-10 keywords", keywords), ("similarity to the lead", lambda a: a.similarity[min(a.start, a.n - 1)])):
        for w in (0.05, 0.1, 0.2):
            add(f"{name} {w}", lambda a, k, s=signal, w=w: blended(a, s(a), w))
    for p in (0.0, 0.15, 0.45, 0.6):
        add(f"length penalty {p}", lambda a, k, p=p: news_scores(a, length_penalty=p))
    for s in (15, 25, 30):
        add(f"short sentence words {s}", lambda a, k, s=s: news_scores(a, short=s))
    for floor in (10, 12):
        add(f"below {floor} words ^0.6", lambda a, k, f=floor: news_scores(a) * np.power(np.minimum(1.0, np.maximum(a.words, 1) / f), 0.6))
    for q in (0.6, 0.8):
        add(f"quoted sentence x{q}", lambda a, k, q=q: news_scores(a) * np.where(a.quoted, q, 1.0))
    for boost in (0.3, 10.0):
        add(f"first body sentence +{boost}", lambda a, k, b=boost: lead_anchored(a, b))
    for t in (0.4, 0.5, 0.8):
        add(f"redundancy threshold {t}", lambda a, k: news_scores(a), t)
    return table


def one_line(kind: str, weight: float) -> Variant:
    """A one-sentence summary chosen with more weight on centrality: the directed kind or the centroid."""
    if kind == "centroid":
        return lambda a, k: news_scores(a, weight=weight, centrality=centroid(a) if a.n > 1 else None)
    return lambda a, k: news_scores(a, weight=weight)


def centroid_among_first(m: int) -> Variant:
    """A one-sentence summary that is the most central (centroid) of the first m body sentences."""

    def scores(a: Article, k: int) -> np.ndarray:
        default = news_scores(a)
        first = np.flatnonzero(a.body)[:m]
        if first.size < 2:
            return default
        similarity = centroid(a)
        lifted = default.copy()
        lifted[first] = default.max() + 1 + similarity[first] - similarity[first].min()
        return lifted

    return scores


def sample_lines(folder: Path, variant: Variant) -> list[tuple[Path, list[str], list[str]]]:
    """Each sample's one-sentence summary by the default and by `variant`, read as the pipeline reads it."""
    summarizer = Summarizer(Options(length=Length(sentences=1)))
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md"):
        a = Article(summarizer.read(path))
        default = a.lines(a.choose(news_scores(a), 1))
        assert default == [line.text for line in summarizer.summarize(path=path).lines], path
        found.append((path, default, a.lines(a.choose(variant(a, 1), 1))))
    return found


def run(sets: list[tuple[int, list[Article]]], variant: Variant, threshold: float = 0.6) -> list[np.ndarray]:
    return [np.array([a.rouge(a.choose(variant(a, k), k, threshold)) if a.n else np.zeros(3) for a in arts]) for k, arts in sets]


def change(rows: list[np.ndarray], default: list[np.ndarray], names: list[str]) -> str:
    parts = []
    for name, new, old in zip(names, rows, default):
        for half, rows_of in (("even", slice(0, None, 2)), ("odd", slice(1, None, 2)), ("all", slice(None))):
            delta = new[rows_of].mean(axis=0) - old[rows_of].mean(axis=0)
            parts.append(f"{name} {half} " + "/".join(f"{x:+.2f}" for x in delta))
    return "  ".join(parts)


def cross_validated_constants(k: int, arts: list[Article], splits: int) -> np.ndarray:
    """Held-out change of mean ROUGE when the constants are re-chosen by 5-fold CV, per split."""
    grid = list(itertools.product((0.75, 1.0, 1.25), (0.1, 0.15, 0.2, 0.25, 0.3), (0.15, 0.3, 0.45), (15, 20, 25), (0.2, 0.3)))
    current = grid.index((NewsRanker.DECAY, NewsRanker.CENTRALITY_WEIGHT, NewsRanker.LENGTH_PENALTY, NewsRanker.SHORT_SENTENCE_WORDS, 0.3))
    centralities = {}

    def scores(a: Article, point: tuple) -> np.ndarray:
        decay, weight, penalty, short, threshold = point
        if a.n > 1 and (id(a), threshold) not in centralities:
            centralities[id(a), threshold] = directed_centrality(a.similarity, threshold)
        return news_scores(a, decay, weight, penalty, short, centrality=centralities.get((id(a), threshold)))

    table = np.array([run([(k, arts)], lambda a, _k, p=p: scores(a, p))[0] for p in grid])  # grid x articles x 3
    n = table.shape[1]
    gains = []
    for seed in range(splits):
        order = np.random.default_rng(seed).permutation(n)
        held = np.zeros(3)
        for test in np.array_split(order, 5):
            best = int(np.argmax(table[:, np.setdiff1d(order, test)].mean(axis=(1, 2))))
            held += (table[best, test] - table[current, test]).sum(axis=0)
        gains.append(held / n)
    return np.array(gains)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cnndm", type=Path, help="a JSONL dev set summarised in 3 sentences")
    parser.add_argument("xsum", type=Path, help="a JSONL dev set summarised in 1 sentence")
    parser.add_argument("--cv-splits", type=int, default=20)
    parser.add_argument("--samples", type=Path, help="a folder of articles whose one-sentence summaries to compare")
    parser.add_argument("--one-line-weight", type=float, default=0.8, help="the centroid weight compared on the samples")
    args = parser.parse_args()

    names = [args.cnndm.stem, args.xsum.stem]
    sets = []
    for path, k in ((args.cnndm, 3), (args.xsum, 1)):
        examples = read_examples(path)
        pipeline = PipelineSystem("default", k)
        arts = [Article.of_row(e.article, "\n".join(s.strip() for s in e.reference.splitlines() if s.strip())) for e in examples]
        for e, a in zip(examples, arts):  # the default variant must be the pipeline itself
            assert a.lines(a.choose(news_scores(a), k)) == pipeline(e.article, k), e.id
        sets.append((k, arts))
    default = run(sets, lambda a, k: news_scores(a))
    print("default:", "  ".join(f"{n} " + "/".join(f"{x:.2f}" for x in rows.mean(axis=0)) for n, rows in zip(names, default)))
    for name, (variant, threshold) in variants().items():
        print(f"{name:40s}", change(run(sets, variant, threshold), default, names), flush=True)
    one_sentence = [(1, arts) for _k, arts in sets]
    at_one = run(one_sentence, lambda a, k: news_scores(a))
    print("one sentence, default:", "  ".join(f"{n} " + "/".join(f"{x:.2f}" for x in rows.mean(axis=0)) for n, rows in zip(names, at_one)))
    for kind in ("directed", "centroid"):
        for weight in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0):
            print(f"one sentence, {kind} weight {weight}".ljust(40), change(run(one_sentence, one_line(kind, weight)), at_one, names), flush=True)
    for m in (2, 3, 4):
        print(f"one sentence, centroid of the first {m}".ljust(40), change(run(one_sentence, centroid_among_first(m)), at_one, names), flush=True)
    if args.samples is not None:
        for label, variant in ((f"centroid weight {args.one_line_weight}", one_line("centroid", args.one_line_weight)),
                               ("centroid of the first 2", centroid_among_first(2))):
            for path, default, changed in sample_lines(args.samples, variant):
                if changed != default:
                    print(f"sample, {label}, {path}: {default} -> {changed}")
    for name, (k, arts) in zip(names, sets):
        gains = cross_validated_constants(k, arts, args.cv_splits)
        print(f"{name}: constants re-chosen by 5-fold CV minus current, held out, mean of {args.cv_splits} splits "
              f"{np.round(gains.mean(axis=0), 3).tolist()} (min {np.round(gains.min(axis=0), 3).tolist()}, max {np.round(gains.max(axis=0), 3).tolist()})")


if __name__ == "__main__":
    main()
