"""A learned final verdict: which of the rules' problems reject a line, and which only warn.

The rules (`checkers.RelationChecker`) find problems by kind; which kinds should fail a line, and
at what lexical support, was first set by hand on FRANK's valid labels and did not carry over to
other labels. Here a small logistic model, trained on human consistency labels that are not
FRANK's (`benchmarks/train_verdict.py`), takes that decision from a line's features: the problem
kinds the rules found and how many, its support in its cited sentences, the share of its words,
word pairs and names that the cited sentences (or the whole article) lack, its length, and how
many sentences it cites. A summary is flawed when its worst line is.

Every problem the rules find is still reported with its kind: the verdict decides only whether
it rejects the line (`VerifiedLine.problems`) or is a warning (`VerifiedLine.warnings`). A line
with no rule problem that the model still scores as flawed is rejected with a `model` problem
that gives the score. A line that is its cited sentences word for word never reaches a checker
(`verification.verify`), and is passed here too when it does (the guard checks lines one by one).

The weights are a small JSON file beside this module (`verdict_model.json`): feature names,
the standardisation, the weights, the bias, the threshold chosen by cross-validation, and where
they came from. Loading needs only the standard library; scoring is one dot product.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from summarizer.verify.checkers import Evidence, RelationChecker, _language, document_terms
from summarizer.verify.copying import WORD as _WORD
from summarizer.verify.copying import longest_run
from summarizer.verify.copying import words as _words
from summarizer.verify.problems import Problem

MODEL_FILE = Path(__file__).with_name("verdict_model.json")

# The rule kinds a line's features count, in a fixed order (a kind the rules do not report, such
# as a plugin's, counts towards `problems` only).
RULE_KINDS = (
    "number", "date", "name", "quantity", "quotation", "judgement", "relation", "circumstance",
    "attribution", "coreference", "substitution", "negation", "hedge", "incomplete", "support",
)

FEATURES = (
    *(f"kind_{kind}" for kind in RULE_KINDS),
    "problems",  # log(1 + number of problems)
    "support",  # share of the line's content words its cited sentences hold
    "novel_pairs",  # share of the line's word pairs that no cited sentence holds
    "novel_in_article",  # share of the line's content words the whole article lacks
    "novel_names",  # capitalised words (not first) the whole article lacks, log(1 + n)
    "novel_numbers",  # numbers the cited sentences lack, log(1 + n)
    "words",  # log(number of words)
    "citations",  # cited sentences
    "copied_run",  # longest run of the line's words standing together in one cited sentence, as a share of its words
    "novel_triples",  # share of the line's runs of three words that no cited sentence holds
    "pronoun_start",  # the line opens with a personal pronoun (English)
    "lower_case",  # the line is written all in lower case (as some systems write)
    # Products: how new the wording is counts differently for a line close to its sources and for
    # a free one (a logistic model sees no product unless it is given one).
    "novel_pairs*support",
    "novel_triples*support",
    "novel_triples*known_words",  # times (1 - novel_in_article)
    "novel_triples^2",
    "copied_run*support",
)

_PRONOUNS = frozenset("he she it they his her their its".split())

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=1024)
def _source_reading(text: str) -> tuple[tuple[str, ...], frozenset[tuple[str, str]], frozenset[str], frozenset[tuple[str, ...]]]:
    """A source sentence's words, word pairs, numbers and word triples (cached: each line citing it asks again)."""
    words = _words(text)
    return tuple(words), frozenset(_pairs(words)), frozenset(_NUMBER.findall(text)), frozenset(_triples(words))


def _triples(words: Sequence[str]) -> set[tuple[str, ...]]:
    return set(zip(words, words[1:], words[2:]))


def _pairs(words: Sequence[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:]))


@lru_cache(maxsize=16)
def _article_words(sentences: tuple[str, ...]) -> frozenset[str]:
    """Every word of the article, lower-cased (cached: every line of a summary asks)."""
    return frozenset(w for s in sentences for w in _words(s))


def line_features(text: str, evidence: Evidence, problems: Sequence[Problem]) -> list[float]:
    """The features of one checked line, in the order of `FEATURES`."""
    from summarizer.verify.relations import tokens_of

    language = _language(evidence)
    kinds = [p.kind for p in problems]
    row = [1.0 if kind in kinds else 0.0 for kind in RULE_KINDS]
    row.append(math.log1p(len(kinds)))
    row.append(float(evidence.support))
    words = _words(text)
    readings = [_source_reading(s) for s in evidence.sources]
    source_pairs = set().union(*(pairs for _, pairs, _, _ in readings))
    line_pairs = _pairs(words)
    row.append(len(line_pairs - source_pairs) / len(line_pairs) if line_pairs else 0.0)
    terms = {t.term for t in tokens_of(text, language) if t.term is not None}
    if evidence.document is not None:
        article = tuple(s.text for s in evidence.document.sentences)
        known_terms = document_terms(article, language)
        known_words = _article_words(article)
    else:  # a checker called without the document: its sources are all there is
        known_terms = frozenset(t.term for s in evidence.sources for t in tokens_of(s, language) if t.term is not None)
        known_words = frozenset(w for ws, _, _, _ in readings for w in ws)
    row.append(len(terms - known_terms) / len(terms) if terms else 0.0)
    capitalised = [w for w in _WORD.findall(text)[1:] if w[:1].isupper()]
    row.append(math.log1p(sum(1 for w in capitalised if w.lower() not in known_words)))
    source_numbers = set().union(*(numbers for _, _, numbers, _ in readings))
    row.append(math.log1p(sum(1 for n in _NUMBER.findall(text) if n not in source_numbers)))
    row.append(math.log(max(1, len(words))))
    row.append(float(len(evidence.sources)))
    copied = max((longest_run(words, source_words) for source_words, _, _, _ in readings), default=0) / max(1, len(words))
    line_triples = _triples(words)
    source_triples = set().union(*(triples for _, _, _, triples in readings))
    novel_triples = len(line_triples - source_triples) / len(line_triples) if line_triples else 0.0
    row += [copied, novel_triples, 1.0 if words[:1] and words[0] in _PRONOUNS else 0.0, 1.0 if text == text.lower() else 0.0]
    support, novel_pairs, novel_in_article = row[len(RULE_KINDS) + 1], row[len(RULE_KINDS) + 2], row[len(RULE_KINDS) + 3]
    row += [novel_pairs * support, novel_triples * support, novel_triples * (1 - novel_in_article), novel_triples**2, copied * support]
    return row


@dataclass(frozen=True, slots=True)
class VerdictModel:
    """A logistic model over `FEATURES`: P(line flawed) = sigmoid(bias + weights . (x - mean) / scale)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float  # a line is rejected when its probability of a flaw is at least this
    about: dict[str, Any]

    @classmethod
    def load(cls, path: Path | None = None) -> VerdictModel:
        from summarizer.errors import OptionsError

        path = path or MODEL_FILE
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise OptionsError(f"{path}: cannot read the verdict model ({exc})") from None
        try:
            model = cls(
                tuple(data["features"]), tuple(map(float, data["mean"])), tuple(map(float, data["scale"])),
                tuple(map(float, data["weights"])), float(data["bias"]), float(data["threshold"]), dict(data.get("about", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:  # another JSON file given as `model=`, or a damaged one
            raise OptionsError(f"{path}: not a verdict model from benchmarks/train_verdict.py ({type(exc).__name__}: {exc})") from None
        numbers = (*model.mean, *model.scale, *model.weights, model.bias, model.threshold)
        if not all(map(math.isfinite, numbers)) or not all(s > 0 for s in model.scale):
            # A zero scale would divide by zero on every line, a NaN weight pass or fail them all.
            raise OptionsError(f"{path}: the verdict model holds a number that is not finite, or a scale that is not positive")
        if model.features != FEATURES:
            # Weights for other features would be applied to the wrong numbers: refuse, say why.
            raise OptionsError(f"{path}: the verdict model was trained on other features than this version computes; retrain it (benchmarks/train_verdict.py)")
        if not len(model.mean) == len(model.scale) == len(model.weights) == len(FEATURES):
            raise OptionsError(f"{path}: the verdict model has {len(model.weights)} weights for {len(FEATURES)} features")
        return model

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@lru_cache(maxsize=4)
def _load(path: str) -> VerdictModel:
    return VerdictModel.load(Path(path))


class LearnedChecker(RelationChecker):
    """The rules' problems, each reported; whether they reject a line, a learned model's call.

    `threshold`: the flaw probability at or above which a line is rejected (default: the one
    stored with the model); `model`: another weights file (from `benchmarks/train_verdict.py`).
    The other settings are the `relations` checker's."""

    name = "learned"

    # The relations checker's settings are named, not passed on as **settings: the registry then
    # refuses an unknown one (`--checker-setting foo=1`) with the list of those it takes.
    def __init__(
        self, threshold: float | None = None, model: str | None = None,
        window: int = 5, commas: bool = True, min_relation_support: float = 0.75, parser: str = "auto",
    ):
        from summarizer.errors import OptionsError

        super().__init__(window=window, commas=commas, min_relation_support=min_relation_support, parser=parser)
        self.model = _load(str(Path(str(model)) if model else MODEL_FILE))  # str(): `model=2024` arrives as a number
        try:
            self.threshold = self.model.threshold if threshold is None else float(threshold)
        except (TypeError, ValueError):
            raise OptionsError(f"threshold must be a number in [0, 1], got {threshold!r}") from None
        if not 0 <= self.threshold <= 1:
            raise OptionsError(f"threshold must be in [0, 1], got {self.threshold}")

    def verdict(self, text: str, evidence: Evidence, problems: Sequence[Problem]) -> tuple[list[Problem], list[Problem]]:
        """(the problems that reject the line, the ones only reported as warnings)."""
        if _is_its_sources(text, evidence.sources):
            return [], list(problems)
        probability = self.model.probability(line_features(text, evidence, problems))
        if probability < self.threshold:
            return [], list(problems)
        if problems:
            return list(problems), []
        return [Problem("model", f"model learned verdict judged it unsupported: flaw probability {probability:.2f}, at or above {self.threshold:g}")], []


def _is_its_sources(text: str, sources: Sequence[str]) -> bool:
    """Whether the line is its cited sentences, word for word (spacing and case aside)."""
    return bool(sources) and _words(text) == [w for s in sources for w in _source_reading(s)[0]]
