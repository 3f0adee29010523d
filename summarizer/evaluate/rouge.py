"""Score summarisers against reference summaries with ROUGE, with bootstrap confidence intervals.

Input is JSONL: one object per line with an ``article`` (the text) and a ``reference`` (the gold
summary, one sentence per line); an ``id`` is used when present. ROUGE comes from the
``rouge-score`` package (the ``eval`` extra), imported only when scoring starts.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from summarizer.errors import InputError, MissingResourceError
from summarizer.scripts import UNSPACED_LETTERS, word_count

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
INSTALL_HINT = "pip install 'summarizer[eval]'  (or: pip install rouge-score)"
_TOKEN = re.compile(f"[{UNSPACED_LETTERS}]|[^\\W_]+")


class UnicodeTokenizer:
    """rouge-score's tokenizer interface: any script's words, lower-cased and unstemmed, each
    character of a script written without spaces (Chinese, Japanese, Thai, ...) one token.
    rouge-score's own keeps only a-z and 0-9, so it scores nothing else."""

    def tokenize(self, text: str) -> list[str]:
        return _TOKEN.findall(text.lower())


@dataclass(frozen=True, slots=True)
class Example:
    """One article with its reference summary; `line` is where it sits in the data file."""

    id: str
    article: str
    reference: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Interval:
    """A mean with its bootstrap confidence interval, all as percentages."""

    mean: float
    low: float
    high: float

    def to_dict(self) -> dict[str, float]:
        return {"mean": round(self.mean, 2), "low": round(self.low, 2), "high": round(self.high, 2)}


@dataclass(frozen=True, slots=True)
class SystemResult:
    name: str
    articles: int
    scores: dict[str, Interval]
    words: float
    articles_per_second: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.name,
            "articles": self.articles,
            **{rouge: interval.to_dict() for rouge, interval in self.scores.items()},
            "words": round(self.words, 1),
            "articles_per_second": round(self.articles_per_second, 1),
        }


@dataclass(frozen=True, slots=True)
class EvalReport:
    data: str
    sentences: int
    results: tuple[SystemResult, ...]
    confidence: float = 0.95
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "data": self.data,
            "sentences": self.sentences,
            "confidence": self.confidence,
            "rouge": "rouge-score, stemming on (English articles; others on Unicode words, unstemmed), F1 x 100, "
            "rougeLsum over newline-separated sentences",
            **self.settings,
            "results": [r.to_dict() for r in self.results],
        }


class System(Protocol):
    """Anything that turns an article into summary sentences: our pipeline or a peer tool."""

    name: str

    def __call__(self, article: str, sentences: int) -> list[str]: ...


class PipelineSystem:
    """One of our extractive methods, fed the article as text with headline detection off
    (dataset articles have no headline line, so a first sentence must stay a sentence)."""

    def __init__(self, method: str, sentences: int, **options: Any):
        from summarizer.options import Length, Options
        from summarizer.pipeline import Summarizer

        self.summarizer = Summarizer(Options(method=method, length=Length(sentences=sentences), **options))
        resolved = self.summarizer.method
        self.name = f"lead-{sentences}" if resolved == "lead" else method if method == resolved else f"{method} ({resolved})"
        if options:
            self.name += " " + " ".join(f"{name}={value}" for name, value in sorted(options.items()))

    def __call__(self, article: str, sentences: int) -> list[str]:
        from summarizer.read.document import build_document
        from summarizer.read.raw import RawText

        document = build_document(RawText(article, "<eval>"), self.summarizer.options.language, detect_headline=False)
        return [line.text for line in self.summarizer.summarize_document(document).lines]


def read_examples(path: str | Path, limit: int | None = None) -> list[Example]:
    """Rows of a JSONL file; a broken row raises InputError naming the file and the line."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a directory, not a JSONL file")
    if not path.is_file():  # a device or a pipe: /dev/zero would be read until memory ran out
        raise InputError(source, "is no regular file (a device, pipe or socket); save the rows to a file first")
    examples: list[Example] = []
    try:
        with path.open(encoding="utf-8-sig") as stream:  # a byte-order mark, as Windows tools write, is dropped
            for number, line in enumerate(stream, start=1):
                if limit is not None and len(examples) >= limit:
                    break
                if not line.strip():
                    continue
                examples.append(_parse_row(line, source, number))
    except UnicodeDecodeError:
        raise InputError(source, "is not valid UTF-8") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from None
    if not examples:
        raise InputError(source, "holds no rows")
    return examples


def _parse_row(line: str, source: str, number: int) -> Example:
    where = f"{source}, line {number}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise InputError(where, "is not a JSON object")
    from summarizer.read.segment import invisible_as_spaces

    for key in ("article", "reference"):
        value = row.get(key)
        if not isinstance(value, str) or not invisible_as_spaces(value).strip():  # zero-width spaces are blank too
            raise InputError(where, f"has no {key!r} text")
    return Example(str(row.get("id", number)), row["article"], row["reference"], number)


def _rouge_scorer(english: bool = True):
    """rouge-score's scorer: its own tokenizer and Porter stemmer for English (the scores papers
    report), Unicode words for every other language."""
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise MissingResourceError(f"ROUGE scoring needs the rouge-score package: {INSTALL_HINT}") from None
    if english:
        return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=UnicodeTokenizer())


def _in_english(article: str) -> bool:
    from summarizer.read.language import detect_language

    return detect_language(article)[0] == "english"


def bootstrap_interval(
    values: Sequence[float] | np.ndarray, confidence: float = 0.95, resamples: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of `values`."""
    data = np.asarray(values, dtype=np.float64)
    if len(data) == 0:
        return 0.0, 0.0
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(resamples, len(data)))].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def evaluate(
    examples: Sequence[Example],
    systems: Iterable[System],
    sentences: int = 3,
    *,
    data: str = "",
    confidence: float = 0.95,
    resamples: int = 1000,
    seed: int = 0,
    progress: Callable[[int], None] | None = None,
) -> EvalReport:
    """Run every system over every example and score them. Only summarising is timed."""
    scorers = {True: _rouge_scorer(True), False: _rouge_scorer(False)}
    english = [_in_english(e.article) for e in examples]
    references = ["\n".join(s.strip() for s in e.reference.splitlines() if s.strip()) for e in examples]
    results = []
    for system in systems:
        if examples:
            system(examples[0].article, sentences)  # lazy imports and caches load outside the timing
        outputs: list[list[str]] = []
        elapsed = 0.0
        for example in examples:
            started = time.perf_counter()
            outputs.append(system(example.article, sentences))
            elapsed += time.perf_counter() - started
            if progress is not None:
                progress(1)
        per_article = np.array(
            [
                [scorers[en].score(reference, "\n".join(lines))[rouge].fmeasure * 100 for rouge in ROUGE_TYPES]
                for reference, lines, en in zip(references, outputs, english)
            ]
        ).reshape(len(examples), len(ROUGE_TYPES))
        scores = {
            rouge: Interval(float(per_article[:, k].mean()), *bootstrap_interval(per_article[:, k], confidence, resamples, seed))
            for k, rouge in enumerate(ROUGE_TYPES)
        }
        words = float(np.mean([sum(word_count(line) for line in lines) for lines in outputs]))
        rate = len(examples) / elapsed if elapsed > 0 else float("inf")
        results.append(SystemResult(system.name, len(examples), scores, words, rate))
    return EvalReport(data, sentences, tuple(results), confidence, {"bootstrap_resamples": resamples, "seed": seed})


def render_report(report: EvalReport, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=2)
    headers = ["system", "R-1", "R-2", "R-Lsum", "words", "articles/s"]
    rows = [
        [
            r.name,
            *(f"{r.scores[k].mean:.2f} [{r.scores[k].low:.2f}, {r.scores[k].high:.2f}]" for k in ROUGE_TYPES),
            f"{r.words:.1f}",
            f"{r.articles_per_second:,.0f}",
        ]
        for r in report.results
    ]
    caption = (
        f"{report.data or 'data'}: {report.results[0].articles if report.results else 0} articles, "
        f"{report.sentences} sentence(s); ROUGE F1 x 100 with {report.confidence:.0%} bootstrap intervals"
    )
    if fmt == "markdown":
        lines = [caption, "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]

    def aligned(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    return "\n".join([caption, aligned(headers), *(aligned(row) for row in rows)])
