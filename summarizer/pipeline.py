"""The one pipeline that the library, the CLI and the batch runner all call.

`Summarizer` reads, extracts and (optionally) abstracts one document at a time. Many documents go
through one of two executors, by mode: `run_many` (extractive) runs a function over items, in
this process or in a pool whose workers each build one `Summarizer` from the same options;
`run_windows` (abstractive) hands windows of documents to the one model this process holds, from
one thread or several. `Summarizer.summarize_many`, `pipe` and the batch runner are built on them.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar
from urllib.parse import urlsplit, urlunsplit

from summarizer.errors import OptionsError, SummarizerError
from summarizer.components import RANKERS
from summarizer.options import OptionFields, Options
from summarizer.parallel import WorkerPool, chunked
from summarizer.render.display import display_text
from summarizer.scripts import word_count
from summarizer.types import Citation, Document, Summary, SummaryLine

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # pragma: no cover - Python 3.10 type checkers
    from typing_extensions import Unpack
if TYPE_CHECKING:
    from summarizer.read.raw import RawText

Source = str | os.PathLike[str] | bytes
LENGTH_SORT_WINDOW = 8  # batches read ahead in abstractive runs
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One source's result: its summary, or the error that stopped it (never both)."""

    source: Any
    summary: Summary | None = None
    error: str | None = None
    error_type: str | None = None
    # Our own error itself (they pickle), so that `pipe` can raise it as what it is.
    exception: SummarizerError | None = field(default=None, compare=False)

    def __repr__(self) -> str:
        """A text or bytes source by its length (it is the whole article), the rest as it is."""
        source = self.source
        if isinstance(source, str):
            shown = f"<text, {len(source):,} characters>"
        elif isinstance(source, (bytes, bytearray)):
            shown = f"<{len(source):,} bytes>"
        else:
            shown = repr(source)
        return f"Outcome(source={shown}, summary={self.summary!r}, error={self.error!r}, error_type={self.error_type!r})"

    @property
    def ok(self) -> bool:
        return self.error is None

    @classmethod
    def failed(cls, source: Any, exc: Exception) -> Outcome:
        """Our own errors as they are; anything else named as unexpected."""
        if isinstance(exc, SummarizerError):
            return cls(source, error=str(exc), error_type=type(exc).__name__, exception=exc)
        return cls(source, error=f"{source}: unexpected {type(exc).__name__}: {exc}", error_type=type(exc).__name__)


class Summarizer:
    """Build once from validated options, then summarise any number of documents."""

    def __init__(self, options: Options | None = None, **kwargs: Unpack[OptionFields]):
        """`options`, changed by any keyword arguments (`OptionFields`: the `Options` fields and
        the length as `sentences`, `ratio`, `words` or `length`); or the keywords alone."""
        if options is not None and not isinstance(options, Options):
            raise OptionsError(
                f"options must be an Options (Options.build(**settings)), got {type(options).__name__}; "
                "or give the settings as keywords: Summarizer(**settings)"
            )
        if options is not None and kwargs:
            options = options.with_changes(**kwargs)
        self.options = options if options is not None else Options.build(**kwargs)
        if self.options.model is not None:
            from summarizer.models.store import malformed_model  # how the name is written; nothing is loaded

            problem = malformed_model(self.options.model)
            if problem is not None:
                raise OptionsError(problem)
        self.method = RANKERS.resolve(self.options.method)
        self.ranker = RANKERS.create(self.method, **self.options.ranker_settings)
        self._abstractive: Any = None  # the loaded model, built on first use and then reused
        self._stage_lock = threading.Lock()

    def __repr__(self) -> str:
        """``Summarizer(method='centrality', sentences=2)``: the options that differ from the
        defaults, as the keywords that set them. Nothing is loaded to write it, and nothing secret
        is in it: settings show their names only (a plugin's may hold a key), an address no query."""
        options, defaults = self.options, Options()
        shown: list[str] = []
        for f in fields(Options):
            value = getattr(options, f.name)
            if value == getattr(defaults, f.name) or (f.name == "mode" and value == ("abstractive" if options.model else "extractive")):
                continue  # a default, or the mode a model implies
            if f.name == "length":
                shown += [f"{name}={amount!r}" for name, amount in value.to_dict().items()]
            elif isinstance(value, Mapping):
                shown.append(f"{f.name}={{{', '.join(f'{key!r}: ...' for key in value)}}}")
            elif f.name == "api_base":
                shown.append(f"{f.name}={urlunsplit(urlsplit(value)._replace(query='', fragment=''))!r}")
            else:
                shown.append(f"{f.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def abstractive(self) -> Any:
        stage = self._abstractive
        if stage is None:
            with self._stage_lock:  # threads sharing this pipeline share one stage, and one model
                if self._abstractive is None:
                    from summarizer.abstract.stage import AbstractiveStage

                    self._abstractive = AbstractiveStage(self.options, self.ranker)
                stage = self._abstractive
        return stage

    def close(self) -> None:
        """Free the loaded models (the abstractive model, the guard's checker) now. The pipeline
        can still be used afterwards: a model is loaded again when next needed."""
        with self._stage_lock:
            stage, self._abstractive = self._abstractive, None
        if stage is not None:
            stage.close()

    def __reduce__(self) -> tuple[type[Summarizer], tuple[Options]]:
        """Pickled as its options, as a pool worker builds its pipeline (`_start_worker`): a
        process pool's `map(summarizer.summarize, ...)` sends the pipeline with each task, and its
        lock and loaded model cannot cross; the copy loads its own model when first used."""
        return (type(self), (self.options,))

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def read(self, source: Source | Document, *, fmt: str | None = None) -> Document:
        """A `Document` from `source`, as its type says: a `str` is the article text itself, `bytes`
        its encoded text, a `pathlib.Path` a file. Nothing is guessed from a string's content."""
        if isinstance(source, Document):
            from summarizer.read.document import given_document

            return given_document(source)
        from summarizer.read.sources import read_input

        return self._document(read_input(source, self.options.max_bytes, fmt=fmt))

    def read_url(self, url: str, *, allow_private: bool = False, timeout: float | None = None) -> Document:
        """The article at an http(s) `url`. Hosts on private, loopback, link-local and other
        non-public addresses are refused (checked again after each redirect) unless `allow_private`."""
        from summarizer.read.fetch import fetch_url

        max_bytes, timeout = _fetch_limits(self.options.max_bytes, timeout)
        raw = fetch_url(url, max_bytes=max_bytes, timeout=timeout, allow_private=allow_private)
        return self._document(raw)

    def read_stream(self, stream: BinaryIO, *, fmt: str | None = None, name: str | None = None) -> Document:
        """The article in an open binary stream (``sys.stdin.buffer``, an upload), read up to `max_bytes`."""
        from summarizer.read.sources import STDIN_NAME, read_stream

        raw = read_stream(stream, self.options.max_bytes, fmt, name or STDIN_NAME)
        return self._document(raw)

    def _document(self, raw: RawText) -> Document:
        """The article in `raw`, cleaned and split into sentences. An abstractive Summarizer starts
        loading its model first, in a thread of its own (`AbstractiveStage.load_ahead`): the input
        is known to be there by now, and the model loads while the text is segmented."""
        from summarizer.read.document import build_document

        if self.options.mode == "abstractive":
            self.abstractive.load_ahead()
        return build_document(raw, self.options.language)

    def summarize(
        self,
        source: Source | Document | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        url: str | None = None,
        stream: BinaryIO | None = None,
        fmt: str | None = None,
        allow_private: bool = False,
    ) -> Summary:
        """Summarise one article, given as exactly one of: `source` (a `str` is the article text,
        `bytes` its encoded text, a `pathlib.Path` a file, or a `Document`), `path=` (a file),
        `url=` (fetched; see `read_url` for `allow_private`) or `stream=` (an open binary stream)."""
        started = time.perf_counter()
        document = self._read_one(source, path, url, stream, fmt, allow_private)
        read_ms = (time.perf_counter() - started) * 1000
        summary = self.summarize_document(document)
        timing = {**summary.stats.get("timing_ms", {}), "read": round(read_ms, 3)}
        timing["total"] = round((time.perf_counter() - started) * 1000, 3)
        return replace(summary, stats={**summary.stats, "timing_ms": timing})

    def _read_one(
        self, source: Any, path: Any, url: str | None, stream: BinaryIO | None, fmt: str | None, allow_private: bool
    ) -> Document:
        given = [name for name, value in (("source", source), ("path", path), ("url", url), ("stream", stream)) if value is not None]
        if len(given) != 1:
            raise OptionsError(f"give exactly one of source, path=, url= or stream= (got {', '.join(given) or 'none'})")
        if url is not None:
            return self.read_url(url, allow_private=allow_private)
        if stream is not None:
            return self.read_stream(stream, fmt=fmt)
        return self.read(Path(path) if path is not None else source, fmt=fmt)

    def summarize_documents(self, documents: Sequence[Document], batch_size: int | None = None) -> list[Summary]:
        """Summaries of already-read documents in input order; the abstractive mode generates
        them in batches sorted by length, with the one loaded model."""
        if self.options.mode != "abstractive" or any(self._sectioned(d) for d in documents):
            return [self.summarize_document(d) for d in documents]
        return self.abstractive.summarize_documents(documents, batch_size)

    def summarize_document(self, document: Document) -> Summary:
        if self._sectioned(document):
            from summarizer.long.merge import summarize_long

            return summarize_long(self, document)
        if self.options.mode == "abstractive":
            return self.abstractive.summarize_documents([document])[0]
        return self._extract(document)

    def _sectioned(self, document: Document) -> bool:
        """Whether a long document is summarised in sections and merged (summarizer/long/)."""
        from summarizer.long.merge import wants_sections

        window = self.abstractive.backend.text_budget() if self.options.mode == "abstractive" else None
        if window is not None and self.options.context_tokens:
            window = min(window, self.options.context_tokens)
        return wants_sections(self.options, document, window)

    def _extract(self, document: Document) -> Summary:
        from summarizer.extract.features import SentenceFeatures
        from summarizer.extract.selection import select_lazily, select_sentences
        from summarizer.extract.units import line_text, quotation_units

        started = time.perf_counter()
        source = document
        # A short quotation's sentences are one unit: its line cites each of them.
        document, groups = quotation_units(source)
        features = SentenceFeatures(document, parts=None if document is source else (source, groups))
        length = self.options.length
        n = len(document.sentences)
        lazy_scores = getattr(self.ranker, "lazy_scores", None)
        everything = length.sentence_budget(n) >= n and length.words is None
        scores: Any  # an array, or LazyScores (indexable the same way)
        if lazy_scores is not None and not everything and self.options.diversity == 0:
            # Best first, judging only the sentences the selector gets to (the same choice).
            scores = lazy_scores(document, features)
            chosen = select_lazily(scores, features, features.word_counts, length, self.options.redundancy_threshold, features.figures)
            nothing_allowed = bool(n) and not chosen and not all(scores.allowed(i) for i in range(n))
        else:
            scores = self.ranker.score(document, features)
            choosable = getattr(self.ranker, "choosable", None)
            allowed = choosable(document, features) if choosable is not None else None
            if allowed is not None and allowed.all():
                allowed = None
            if everything:
                # Nothing to choose between: no need for similarities.
                chosen = [i for i in range(n) if allowed is None or allowed[i]]
            else:
                chosen = select_sentences(
                    scores, features, features.word_counts, length, self.options.redundancy_threshold, self.options.diversity,
                    allowed=allowed, figures=features.figures,
                )
            nothing_allowed = bool(n) and not chosen and allowed is not None
        warnings: list[str] = list(document.warnings)  # e.g. an unsure language detection
        if nothing_allowed:
            warnings.append(
                "no sentence could be a summary line: the text holds only captions, credits, other page "
                "furniture or pieces of quotations"
            )
        if n and len(chosen) == n and n <= length.sentence_budget(n):
            m = len(source.sentences)
            warnings.append(f"the article has only {m} sentence{'s' * (m != 1)}; the summary is all of it")
        lines = tuple(
            SummaryLine(
                text=line_text(document, document.sentences[i], features.judge),  # a quotation's excerpt shows its marks
                citations=tuple(Citation.of(source.sentences[j], score=float(scores[i])) for j in groups[i]),
            )
            for i in chosen
        )
        words_out = sum(word_count(line.text) for line in lines)
        if length.words is not None and words_out > length.words:
            # The selector keeps its best-ranked sentence whole, so a tight budget can be missed.
            weighed = [s for s, c in zip(document.sentences, features.candidates) if c.weight > 0]
            shortest = min(word_count(display_text(document, s)) for s in weighed or document.sentences)
            why = (
                f"the shortest sentence that could be chosen has {shortest} words"
                if shortest > length.words
                else "the best-ranked sentence is always kept whole"
            )
            warnings.append(f"the summary has {words_out} words, over the {length.words}-word budget: {why}")
        elapsed = (time.perf_counter() - started) * 1000
        stats: dict[str, Any] = {
            "sentences_in": len(source.sentences),
            "words_in": source.word_count,
            "sentences_out": len(lines),
            "words_out": words_out,
            "length": length.to_dict(),
            "timing_ms": {"summarize": round(elapsed, 3)},
        }
        return Summary(source, lines, self.method, tuple(warnings), stats)

    def outcomes_together(
        self, sources: Sequence[Any], read: Callable[[Any], Document] | None = None, batch_size: int | None = None
    ) -> list[Outcome]:
        """An `Outcome` per source, in order (see `outcomes_as_finished`)."""
        outcomes: list[Outcome | None] = [None] * len(sources)
        for position, outcome in self.outcomes_as_finished(sources, read, batch_size):
            outcomes[position] = outcome
        return outcomes  # type: ignore[return-value]

    def outcomes_as_finished(
        self, sources: Sequence[Any], read: Callable[[Any], Document] | None = None, batch_size: int | None = None
    ) -> Iterator[tuple[int, Outcome]]:
        """(position, `Outcome`) per source, each as soon as it is done. The abstractive mode
        summarises the documents that could be read together (so a model generates them in
        batches); a reading error stays with its source, and so does any error of one document
        (in the abstractive mode: a failed request, or a generation batch that failed as a whole
        for each of its documents)."""
        if self.options.mode != "abstractive":
            for position, source in enumerate(sources):
                yield position, self.outcome(source, read)
            return
        read = read or self._read_source
        documents: list[Document] = []
        where: list[int] = []  # each read document's position among the sources
        for position, source in enumerate(sources):
            try:
                documents.append(read(source))
                where.append(position)
            except Exception as exc:  # noqa: BLE001 - one unreadable input must not stop the others
                yield position, Outcome.failed(source, exc)
        # Long documents are summarised on their own, in sections; the others are generated together.
        sectioned = {k for k, d in enumerate(documents) if self._sectioned(d)}
        for k in sorted(sectioned):
            result = self._long_result(documents[k])
            source = sources[where[k]]
            yield where[k], Outcome.failed(source, result) if isinstance(result, Exception) else Outcome(source, summary=result)
        plain = [k for k in range(len(documents)) if k not in sectioned]
        if not plain:
            return
        for index, result in self.abstractive.finished([documents[k] for k in plain], batch_size):
            source = sources[where[plain[index]]]
            outcome = Outcome.failed(source, result) if isinstance(result, Exception) else Outcome(source, summary=result)
            yield where[plain[index]], outcome

    def _long_result(self, document: Document) -> Summary | Exception:
        try:
            return self.summarize_document(document)
        except Exception as exc:  # noqa: BLE001 - as `results` does: the error stays with its document
            return exc

    def _read_source(self, source: Source | Document) -> Document:
        return self.read(source)

    def outcome(self, source: Any, read: Callable[[Any], Document] | None = None) -> Outcome:
        """Summarise one source (read by `read` when given), turning any failure into an
        `Outcome` that names it."""
        try:
            return Outcome(source, summary=self._summarize_item(source) if read is None else self.summarize(read(source)))
        except Exception as exc:  # noqa: BLE001 - one odd input must not stop the others
            return Outcome.failed(source, exc)

    def _summarize_item(self, source: Source | Document) -> Summary:
        """One of many sources summarised: a missing one (None, a row with no text) is bad input,
        as the abstractive mode's reading finds it, not a call that gave no source at all."""
        if source is None:
            from summarizer.errors import InputError

            raise InputError("None", "is not text (str), bytes or a pathlib.Path")
        return self.summarize(source)

    def pipe(self, sources: Iterable[Source | Document], *, workers: int = 1) -> Iterator[Summary]:
        """Summaries of `sources`, lazily and in order; the first failure is raised as itself.

        With ``workers > 1`` the extractive mode spreads the work over a process pool, each worker
        building this pipeline once from `self.options`; the abstractive mode runs that many
        threads sharing this pipeline's one model (see `summarize_many`). Use `summarize_many` to
        get every item's error instead.
        """
        if self.options.mode == "abstractive":
            for outcome in self.summarize_many(sources, workers=workers):
                if outcome.summary is None:
                    raise outcome.exception or SummarizerError(outcome.error or "failed")
                yield outcome.summary
            return
        # A worker hands back each item's error in its place, so the summaries before it still come.
        for result in run_many(self.options, sources, _summary_or_error, workers=workers, summarizer=self):
            if isinstance(result, Exception):
                raise result
            yield result

    def summarize_many(
        self, sources: Iterable[Source | Document], *, workers: int = 1, batch_size: int | None = None
    ) -> Iterator[Outcome]:
        """An `Outcome` (a summary or the error that stopped it) per source, lazily and in order.

        Extractive work spreads over `workers` processes. The abstractive mode keeps one model in
        this process and generates `batch_size` documents at a time; with ``workers > 1``, that
        many windows of documents are read, planned and checked by threads at once while they take
        turns with the model (a server's requests overlap up to its own concurrency anyway).
        """
        if self.options.mode == "abstractive":
            work = functools.partial(_outcomes_together, batch_size=batch_size)
            yield from run_windows(self, sources, work, batch_size=batch_size, workers=workers)
            return
        yield from run_many(self.options, sources, Summarizer.outcome, workers=workers, summarizer=self)


def _outcomes_together(summarizer: Summarizer, window: Sequence[Any], batch_size: int | None = None) -> list[Outcome]:
    return summarizer.outcomes_together(window, batch_size=batch_size)


def _summary_or_error(summarizer: Summarizer, source: Source) -> Summary | Exception:
    try:
        return summarizer._summarize_item(source)
    except Exception as exc:  # noqa: BLE001 - `pipe` raises it once the summaries before it are out
        return exc


# The pipeline each pool worker builds once from the options it was handed.
_worker_summarizer: Summarizer | None = None


def _start_worker(options: Options) -> None:
    global _worker_summarizer
    _worker_summarizer = Summarizer(options)


def _in_worker(work: Callable[[Summarizer, Any], R], item: Any) -> R:
    assert _worker_summarizer is not None, "_start_worker() was not called in this process"
    return work(_worker_summarizer, item)


def run_many(
    options: Options,
    items: Iterable[Any],
    work: Callable[[Summarizer, Any], R],
    *,
    workers: int = 1,
    chunk_size: int = 4,
    in_order: bool = True,
    summarizer: Summarizer | None = None,
) -> Iterator[R]:
    """``work(summarizer, item)`` for every item, lazily.

    One worker runs here (with `summarizer` if given); more run in a process pool whose workers
    each build their own `Summarizer(options)` once. `work` must be picklable (a module-level
    function or a `functools.partial` of one). Results come in input order, or as they finish
    when `in_order` is false. A daemonic process (a `multiprocessing.Pool` worker) may start no
    process, so there all the work runs here, with the same results.
    """
    import multiprocessing

    if workers <= 1 or multiprocessing.current_process().daemon:
        summarizer = summarizer or Summarizer(options)
        for item in items:
            yield work(summarizer, item)
        return
    with WorkerPool(workers, _start_worker, (options,), chunk_size) as pool:
        run = pool.map_in_order if in_order else pool.map_as_completed
        yield from run(functools.partial(_in_worker, work), items)


def run_windows(
    summarizer: Summarizer,
    items: Iterable[Any],
    work: Callable[[Summarizer, list[Any]], Sequence[R]],
    *,
    batch_size: int | None = None,
    workers: int = 1,
) -> Iterator[R]:
    """The abstractive mode's executor: ``work(summarizer, window)`` for windows of
    ``batch_size x LENGTH_SORT_WINDOW`` items, each giving a result per item, lazily and in order.

    A window holds several batches so that sorting by length fills each batch evenly; this is
    the one batching policy, for `summarize_many`, `pipe` and `summarize batch` alike. With
    ``workers > 1``, up to that many windows run at once in threads that share `summarizer` (and
    its one model, which serialises what it must)."""
    size = (batch_size or summarizer.options.batch_size) * LENGTH_SORT_WINDOW
    windows = chunked(items, size)
    if workers <= 1:
        for window in windows:
            yield from work(summarizer, window)
        return
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarizer")
    pending: deque[Future[Sequence[R]]] = deque()
    failure: Exception | None = None  # the error `items` raised: raised once the windows before it are out
    try:
        while True:
            try:
                window = next(windows, None)
            except Exception as exc:  # noqa: BLE001 - raised below, after the windows taken before it
                window, failure = None, exc
            if window is None:
                break
            pending.append(pool.submit(work, summarizer, window))
            if len(pending) >= workers:  # at most `workers` windows read ahead
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        if failure is not None:
            raise failure
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def summarize(
    source: Source | Document | None = None,
    *,
    path: str | os.PathLike[str] | None = None,
    url: str | None = None,
    allow_private: bool = False,
    **options: Unpack[OptionFields],
) -> Summary:
    """Summarise one article: `source` is its text (a `str` is always the text itself), its
    encoded `bytes`, a `pathlib.Path` or a `Document`; or give `path=` a file, or `url=` a page
    to fetch (public addresses only unless `allow_private`).

    Other keyword arguments are `Options` fields, plus `sentences`, `ratio`, `words` or `length`
    (`OptionFields` lists them with their types).
    """
    with Summarizer(**options) as summarizer:
        return summarizer.summarize(source, path=path, url=url, allow_private=allow_private)


def read_url(
    url: str, *, language: str = "auto", max_bytes: int | None = None, timeout: float | None = None, allow_private: bool = False
) -> Document:
    """The article at an http(s) `url`, as a `Document` to hand to `summarize` or `verify`.

    Hosts that resolve to private, loopback, link-local, multicast, reserved or unspecified
    addresses are refused, at the start and after each redirect, unless `allow_private`."""
    from summarizer.read.document import build_document
    from summarizer.read.fetch import fetch_url
    from summarizer.read.language import resolve_language

    language = resolve_language(language)  # a bad one is refused before anything is fetched
    max_bytes, timeout = _fetch_limits(max_bytes, timeout)
    raw = fetch_url(url, max_bytes=max_bytes, timeout=timeout, allow_private=allow_private)
    return build_document(raw, language)


def _fetch_limits(max_bytes: Any, timeout: Any) -> tuple[int, float]:
    """A fetch's size limit and time-out checked as `Options` checks them (a numeric string is
    taken), before anything is fetched; None or 0 is the default. The socket raised ValueError,
    TypeError or OverflowError for a bad time-out, and a negative size limit meant none."""
    from summarizer.options import DEFAULT_MAX_BYTES, MAX_TIMEOUT, number_option
    from summarizer.read.fetch import DEFAULT_TIMEOUT

    max_bytes = number_option("max_bytes", max_bytes, int)
    timeout = number_option("timeout", timeout, float)
    if max_bytes is not None and max_bytes < 0:
        raise OptionsError(f"max_bytes must be positive, got {max_bytes}")
    if timeout is not None and not 0 <= timeout <= MAX_TIMEOUT:
        raise OptionsError(f"timeout must be more than 0 and at most {MAX_TIMEOUT:g} seconds, got {timeout:g}")
    return max_bytes or DEFAULT_MAX_BYTES, timeout or DEFAULT_TIMEOUT
