"""The one pipeline that the library, the CLI and the batch runner all call."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from summarizer.options import Options
from summarizer.types import Citation, Document, Summary, SummaryLine

if TYPE_CHECKING:
    from summarizer.parallel import Outcome

Source = str | os.PathLike[str] | bytes


class Summarizer:
    """Build once from validated options, then summarise any number of documents."""

    def __init__(self, options: Options | None = None, **kwargs: Any):
        if options is not None and kwargs:
            options = options.with_changes(**kwargs)
        self.options = options if options is not None else Options.build(**kwargs)
        from summarizer.ranking import get_ranker, resolve_name

        self.method = resolve_name(self.options.method)
        self.ranker = get_ranker(self.method)

    def read(self, source: Source, *, fmt: str | None = None, stdin: BinaryIO | None = None) -> Document:
        from summarizer.preprocess import build_document
        from summarizer.reading import read_input

        raw = read_input(source, self.options.max_bytes, fmt=fmt, stdin=stdin)
        return build_document(raw, self.options.language)

    def summarize(self, source: Source | Document, *, fmt: str | None = None, stdin: BinaryIO | None = None) -> Summary:
        started = time.perf_counter()
        document = source if isinstance(source, Document) else self.read(source, fmt=fmt, stdin=stdin)
        read_ms = (time.perf_counter() - started) * 1000
        summary = self.summarize_document(document)
        summary.stats["timing_ms"]["read"] = round(read_ms, 3)
        summary.stats["timing_ms"]["total"] = round((time.perf_counter() - started) * 1000, 3)
        return summary

    def summarize_document(self, document: Document) -> Summary:
        from summarizer.features import SentenceFeatures
        from summarizer.selection import select_sentences

        started = time.perf_counter()
        features = SentenceFeatures(document)
        scores = self.ranker.score(document, features)
        length = self.options.length
        n = len(document.sentences)
        if length.sentence_budget(n) >= n and length.words is None:
            chosen = list(range(n))  # nothing to choose between: no need for similarities
        else:
            chosen = select_sentences(
                scores, features.similarity, features.word_counts, length, self.options.redundancy_threshold
            )
        warnings: list[str] = []
        if n and len(chosen) == n and n <= length.sentence_budget(n):
            warnings.append(f"the article has only {n} sentence{'s' * (n != 1)}; the summary is all of it")
        lines = tuple(
            SummaryLine(
                text=document.sentences[i].clean_text,
                citations=(Citation.of(document.sentences[i], score=float(scores[i])),),
            )
            for i in chosen
        )
        elapsed = (time.perf_counter() - started) * 1000
        stats: dict[str, Any] = {
            "sentences_in": n,
            "words_in": document.word_count,
            "sentences_out": len(lines),
            "words_out": sum(len(line.text.split()) for line in lines),
            "length": length.to_dict(),
            "timing_ms": {"summarize": round(elapsed, 3)},
        }
        return Summary(document, lines, self.method, tuple(warnings), stats)

    def pipe(self, sources: Iterable[Source], *, workers: int = 1) -> Iterator[Summary]:
        """Summaries of `sources`, lazily and in order; the first failure is raised.

        With ``workers > 1`` a process pool does the work, each worker building this pipeline
        once from `self.options`. Use `summarize_many` to get every item's error instead.
        """
        if workers <= 1:
            for source in sources:
                yield self.summarize(source)
            return
        from summarizer.errors import SummarizerError

        for outcome in self.summarize_many(sources, workers=workers):
            if outcome.error is not None:
                raise SummarizerError(outcome.error)
            yield outcome.summary

    def summarize_many(self, sources: Iterable[Source], *, workers: int = 1) -> Iterator[Outcome[Summary]]:
        """An `Outcome` (a summary or the error that stopped it) per source, lazily and in order."""
        from summarizer.parallel import summarize_outcome, summarize_outcomes

        if workers <= 1:
            for source in sources:
                yield summarize_outcome(self, source)
            return
        yield from summarize_outcomes(self.options, sources, workers=workers)


def summarize(text_or_path: Source, **options: Any) -> Summary:
    """Summarise one article given as its text, a path, raw bytes or ``"-"`` for stdin.

    Keyword arguments are `Options` fields, plus `sentences`, `ratio`, `words` or `length`.
    """
    return Summarizer(**options).summarize(text_or_path)
