"""The one pipeline that the library, the CLI and the batch runner all call."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

from summarizer.display import display_text
from summarizer.options import Options
from summarizer.types import Citation, Document, Summary, SummaryLine

if TYPE_CHECKING:
    from summarizer.parallel import Outcome

Source = str | os.PathLike[str] | bytes
LENGTH_SORT_WINDOW = 8  # batches read ahead in abstractive batch runs


class Summarizer:
    """Build once from validated options, then summarise any number of documents."""

    def __init__(self, options: Options | None = None, **kwargs: Any):
        if options is not None and kwargs:
            options = options.with_changes(**kwargs)
        self.options = options if options is not None else Options.build(**kwargs)
        from summarizer.ranking import get_ranker, resolve_name

        self.method = resolve_name(self.options.method)
        self.ranker = get_ranker(self.method)
        self._abstractive: Any = None  # the loaded model, built on first use and then reused

    @property
    def abstractive(self) -> Any:
        if self._abstractive is None:
            from summarizer.abstractive import AbstractiveStage

            self._abstractive = AbstractiveStage(self.options, self.ranker)
        return self._abstractive

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

    def summarize_documents(self, documents: Sequence[Document], batch_size: int | None = None) -> list[Summary]:
        """Summaries of already-read documents in input order; the abstractive mode generates
        them in batches sorted by length, with the one loaded model."""
        if self.options.mode != "abstractive":
            return [self._extract(d) for d in documents]
        return self.abstractive.summarize_documents(documents, batch_size)

    def summarize_document(self, document: Document) -> Summary:
        if self.options.mode == "abstractive":
            return self.abstractive.summarize_documents([document])[0]
        return self._extract(document)

    def _extract(self, document: Document) -> Summary:
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
                text=display_text(document, document.sentences[i]),
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
        if workers <= 1 and self.options.mode != "abstractive":
            for source in sources:
                yield self.summarize(source)
            return
        from summarizer.errors import SummarizerError

        for outcome in self.summarize_many(sources, workers=workers):
            if outcome.error is not None:
                raise SummarizerError(outcome.error)
            yield outcome.summary

    def summarize_many(
        self, sources: Iterable[Source | Document], *, workers: int = 1, batch_size: int | None = None
    ) -> Iterator[Outcome[Summary]]:
        """An `Outcome` (a summary or the error that stopped it) per source, lazily and in order.

        Extractive work spreads over `workers` processes. The abstractive mode keeps one model in
        this process and generates `batch_size` documents at a time instead.
        """
        from summarizer.parallel import summarize_outcome, summarize_outcomes

        if self.options.mode == "abstractive":
            yield from self._abstractive_outcomes(sources, batch_size or self.options.batch_size)
        elif workers <= 1:
            for source in sources:
                yield summarize_outcome(self, source)
        else:
            yield from summarize_outcomes(self.options, sources, workers=workers)

    def _abstractive_outcomes(self, sources: Iterable[Source | Document], batch_size: int) -> Iterator[Outcome[Summary]]:
        from summarizer.parallel import Outcome, chunked, failed_outcome

        # Read a window of several batches so that sorting by length can fill each batch evenly.
        for chunk in chunked(sources, batch_size * LENGTH_SORT_WINDOW):
            read: list[Outcome[Document]] = []
            for source in chunk:
                try:
                    read.append(Outcome(source, summary=source if isinstance(source, Document) else self.read(source)))
                except Exception as exc:  # noqa: BLE001 - one unreadable input must not stop the others
                    read.append(failed_outcome(source, exc))
            documents = [outcome.summary for outcome in read if outcome.ok]
            summaries = iter(self.summarize_documents(documents, batch_size))
            for outcome in read:
                yield Outcome(outcome.source, summary=next(summaries)) if outcome.ok else outcome


def summarize(text_or_path: Source, **options: Any) -> Summary:
    """Summarise one article given as its text, a path, raw bytes or ``"-"`` for stdin.

    Keyword arguments are `Options` fields, plus `sentences`, `ratio`, `words` or `length`.
    """
    return Summarizer(**options).summarize(text_or_path)
