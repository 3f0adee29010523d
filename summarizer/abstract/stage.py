"""Extract, then abstract: a model rewrites the key lines, every generated sentence is cited and checked.

1. the extractive ranker scores the sentences; the top-ranked ones that fit the model's input
   budget (in tokens) are given to it in document order, and a warning says what was left out;
2. the model writes the summary; documents are generated in batches sorted by input length;
3. each generated sentence is aligned with its supporting source sentences (verify/align.py) and
   checked by the faithfulness guard (a checker of verify/checkers.py), which replaces, flags or keeps it.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.abstract.prompts import strip_markers
from summarizer.components import CHECKERS
from summarizer.verify.align import align
from summarizer.options import DEFAULT_SENTENCES, Length, Options
from summarizer.types import Citation, Document, Summary, SummaryLine

if TYPE_CHECKING:
    from summarizer.verify.checkers import Checker
    import numpy as np

    from summarizer.abstract.backends import Backend, Generated, GenerationRequest
    from summarizer.extract.features import SentenceFeatures
    from summarizer.extract.rankers import Ranker

WORDS_PER_SENTENCE = 22  # a typical news summary sentence, to turn sentence counts into word budgets
TOKENS_PER_WORD = 1.6  # generous for English BPE vocabularies, so limits cut rarely
MAX_SUMMARY_SENTENCES = 10
NUMBER_TOKENS = 4  # a chat prompt's "[10] " and line break before each sentence
MIN_TEXT_BUDGET = 16

_LABEL = re.compile(r"^\s*(?:summary|text|here is (?:a|the) (?:short |brief |neutral )*summary[^:]*)\s*:\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_FINAL = re.compile(r"""[.!?]["'”’)\]]*$""")


@dataclass(frozen=True, slots=True)
class LengthPlan:
    sentences: int
    words: int
    max_new_tokens: int
    min_new_tokens: int


def plan_length(length: Length, available: int, kind: str) -> LengthPlan:
    """Map a summary length (sentences, ratio or words) to a request and generation limits."""
    if length.words is not None:
        words = length.words
        sentences = max(1, min(MAX_SUMMARY_SENTENCES, round(words / WORDS_PER_SENTENCE)))
    else:
        if length.ratio is not None:
            sentences = max(1, min(MAX_SUMMARY_SENTENCES, math.ceil(length.ratio * max(1, available))))
        else:
            sentences = min(MAX_SUMMARY_SENTENCES, length.sentences or DEFAULT_SENTENCES)
        words = sentences * WORDS_PER_SENTENCE
    max_new = math.ceil(words * TOKENS_PER_WORD) + 16
    # Encoder-decoder news models stop early without a floor; chat models stop where they mean to.
    min_new = words // 2 if kind == "seq2seq" else 0
    return LengthPlan(sentences, words, max_new, min_new)


@dataclass(frozen=True, slots=True)
class ModelInput:
    sentences: tuple[int, ...]  # what the model reads, in document order
    text: str
    tokens: int
    warnings: tuple[str, ...]


def plan_input(
    document: Document, scores: np.ndarray, token_counts: Sequence[int], budget: int, max_sentences: int, joiner_tokens: int = 1
) -> ModelInput:
    """The top-ranked sentences that fit `budget` tokens (and `max_sentences`), in document order;
    each sentence costs its tokens plus `joiner_tokens` (a space, or a chat prompt's "[n] " number)."""
    n = len(document.sentences)
    order = sorted(range(n), key=lambda i: (-float(scores[i]), i))
    chosen: list[int] = []
    used = 0
    skipped_long = 0
    for index in order:
        if len(chosen) >= max_sentences:
            break
        cost = token_counts[index] + joiner_tokens
        if used + cost > budget:
            skipped_long += 1
            continue
        chosen.append(index)
        used += cost
    warnings: list[str] = []
    if not chosen and n:
        chosen = [order[0]]
        used = token_counts[order[0]]
        warnings.append(
            f"sentence {order[0] + 1} alone is longer than the model's input of {budget} tokens; the model read its start only"
        )
    chosen.sort()
    if len(chosen) < n:
        bound = f"{budget} tokens" if skipped_long else f"{max_sentences} sentences"
        warnings.append(
            f"the model read {len(chosen)} of {n} sentences: the top-ranked ones that fit its input ({bound}), in document order"
        )
    text = " ".join(document.sentences[i].clean_text for i in chosen)
    return ModelInput(tuple(chosen), text, used, tuple(warnings))


def split_generated(text: str, plan: LengthPlan, language: str = "english") -> tuple[list[str], list[str]]:
    """Generated text -> clean sentences within the length plan, plus warnings about what was cut."""
    from summarizer.read.segment import sentence_spans

    pieces: list[str] = []
    for raw_line in text.splitlines():
        line = _BULLET.sub("", _LABEL.sub("", raw_line)).strip()
        if line:
            pieces.extend(" ".join(line[a:b].split()) for a, b in sentence_spans(line, language=language))
    sentences: list[str] = []
    for piece in pieces:
        if piece and piece.lower() not in {s.lower() for s in sentences}:
            sentences.append(piece)
    warnings: list[str] = []
    if len(sentences) > 1 and not _FINAL.search(sentences[-1]):
        warnings.append(f"left out the last generated sentence, cut off by the length limit: “{sentences[-1]}”")
        sentences.pop()
    if len(sentences) > plan.sentences:
        warnings.append(f"kept the first {plan.sentences} of {len(sentences)} generated sentences")
        sentences = sentences[: plan.sentences]
    kept: list[str] = []
    words = 0
    for sentence in sentences:
        count = len(sentence.split())
        if kept and words + count > plan.words:
            warnings.append(f"left out generated sentences beyond the {plan.words}-word budget")
            break
        kept.append(sentence)
        words += count
    return kept, warnings


def guard_lines(
    sentences: Sequence[str], document: Document, features: SentenceFeatures, options: Options, checker: Checker | None = None
) -> tuple[list[SummaryLine], list[str], dict[str, int]]:
    """Cite every generated sentence; keep, flag or replace it as the guard decides.

    A line is judged by `verify_line`, exactly as `summarize check` judges any summary: the
    options' checker (`checker`, built from the options when not given), the whole document for
    names, and the lines before it for pronouns."""
    from summarizer.verify.verification import verify_line

    lines: list[SummaryLine] = []
    warnings: list[str] = []
    counts = {"generated": len(sentences), "kept": 0, "flagged": 0, "replaced": 0, "dropped": 0}
    used_sources: set[int] = set()
    if checker is None and options.guard != "off":
        checker = options_checker(options)
    for number, text in enumerate(sentences, start=1):
        if options.guard == "off":
            alignment = align(text, document, features.terms)
            citations, support, problems = alignment.citations, alignment.support, ()
        else:
            assert checker is not None
            verified = verify_line(text, document, features.terms, checker, options.min_support, tuple(sentences[: number - 1]))
            citations, support, problems = verified.citations, verified.support, verified.problems
        if not problems:
            lines.append(SummaryLine(text, citations, "generated", support))
            counts["kept"] += 1
            continue
        reasons = "; ".join(map(str, problems))
        for problem in problems:
            counts[f"caught_{problem.kind}"] = counts.get(f"caught_{problem.kind}", 0) + 1
        if options.guard == "flag":
            lines.append(SummaryLine(text, citations, "generated", support, tuple(map(str, problems))))
            counts["flagged"] += 1
            warnings.append(f"guard flagged generated line {number} “{text}”: {reasons}")
            continue
        best = max(citations, key=lambda c: (c.score or 0.0, -c.sentence), default=None)
        taken = {c.sentence for line in lines for c in line.citations if line.origin == "replaced"} | used_sources
        if best is None or best.sentence in taken:
            counts["dropped"] += 1
            why = "no source sentence supports it" if best is None else f"its best source, sentence {best.sentence + 1}, is already in the summary"
            warnings.append(f"guard dropped generated line {number} “{text}” ({reasons}); {why}")
            continue
        source = document.sentences[best.sentence]
        used_sources.add(best.sentence)
        flags = tuple(f"replaced generated text: {p}" for p in problems)  # why this source sentence stands here
        lines.append(SummaryLine(source.clean_text, (Citation.of(source, score=1.0),), "replaced", 1.0, flags))
        counts["replaced"] += 1
        warnings.append(f"guard replaced generated line {number} “{text}” ({reasons}) with source sentence {best.sentence + 1}")
    return lines, warnings, counts


def options_checker(options: Options) -> Checker:
    """A new checker for the guard, as the options name it (a model checker loads its model
    here). The stage builds one and keeps it; nothing keeps it for the process."""
    from summarizer.verify.verification import make_checker

    return make_checker(options.checker, **options.checker_settings)


@dataclass
class _Job:
    document: Document
    features: Any
    scores: Any
    token_counts: list[int] = field(default_factory=list)
    model_input: ModelInput | None = None
    plan: LengthPlan | None = None
    budget: int = 0
    output: str = ""
    seconds: float = 0.0
    tokens_in: int | None = None
    tokens_out: int | None = None
    prompt_cut: bool | None = False
    error: Exception | None = None
    notes: list[str] = field(default_factory=list)  # warnings about how the model was asked
    # A server's tokens per token of our count, when it refused this document's prompt: kept per
    # document, as is the context it named, so that no document's input depends on those before it.
    scale: float = 1.0

    def take(self, result: Generated | Exception, share: float) -> None:
        """Record one attempt's answer (or error); token counts and time add up over attempts."""
        if isinstance(result, Exception):
            self.error = result
            return
        self.output = result.text
        self.seconds += result.seconds if result.seconds is not None else share
        self.tokens_in = _add(self.tokens_in, result.tokens_in)
        self.tokens_out = _add(self.tokens_out, result.tokens_out)
        self.prompt_cut = result.prompt_cut


def _add(total: int | None, more: int | None) -> int | None:
    return more if total is None else total if more is None else total + more


class AbstractiveStage:
    """Holds one loaded model and summarises documents with it; load once, reuse for many.

    Safe to share between threads: the model and the guard's checker are loaded once, under a
    lock, and every document's state lives in its own `_Job`. A backend that cannot serve two
    threads at once (llama.cpp) takes its own lock."""

    def __init__(self, options: Options, ranker: Ranker):
        self.options = options
        self.ranker = ranker
        self._backend: Backend | None = None
        self._spec: Any = None
        self._checker: Checker | None = None
        self._load_lock = threading.Lock()

    def attach(self, backend: Backend, name: str) -> None:
        """Use an already loaded backend (or a test double) instead of resolving options.model."""
        from summarizer.models.store import ModelSpec

        with self._load_lock:
            self._backend = backend
            self._spec = ModelSpec(name, "", backend.kind)

    @property
    def backend(self) -> Backend:
        backend = self._backend
        if backend is None:
            with self._load_lock:  # two threads asking at once load the model once
                if self._backend is None:
                    from summarizer.abstract.backends import load_backend
                    from summarizer.models.store import resolve_model

                    spec = resolve_model(self.options.model)
                    self._backend = load_backend(spec, self.options.device, self.options)
                    self._spec = spec
                backend = self._backend
        return backend

    @property
    def checker(self) -> Checker:
        """The guard's checker, built on first use and kept with this stage."""
        checker = self._checker
        if checker is None:
            with self._load_lock:
                if self._checker is None:
                    self._checker = options_checker(self.options)
                checker = self._checker
        return checker

    def close(self) -> None:
        """Free the model and the checker now (a backend or checker with `close` frees its memory at once)."""
        with self._load_lock:
            backend, self._backend = self._backend, None
            checker, self._checker = self._checker, None
        for held in (backend, checker):
            close = getattr(held, "close", None)
            if callable(close):
                close()

    def summarize_documents(self, documents: Sequence[Document], batch_size: int | None = None) -> list[Summary]:
        """Summaries of `documents` in input order; the first document that failed raises its error."""
        summaries: list[Summary] = []
        for result in self.results(documents, batch_size):
            if isinstance(result, Exception):
                raise result
            summaries.append(result)
        return summaries

    def results(self, documents: Sequence[Document], batch_size: int | None = None) -> list[Summary | Exception]:
        """A summary per document in input order, or the error that stopped that document: a
        failed request fails its own document, a batch that failed as a whole each of its
        documents. Generation runs in batches of similar length; a backend that serves requests
        concurrently (a server) is handed every document at once and keeps its own number in flight.
        A model (or the guard's checker) that cannot be loaded raises: no document could be summarised."""
        backend = self.backend
        if self.options.guard != "off":
            _ = self.checker  # a checker that cannot be built fails the run before any generation
        batch_size = batch_size or self.options.batch_size
        jobs = [self._plan(backend, document) for document in documents]
        pending = sorted((j for j in jobs if j.model_input and not j.error), key=lambda j: j.model_input.tokens)  # type: ignore[union-attr]
        group = max(1, len(pending) if backend.concurrent else batch_size)
        for start in range(0, len(pending), group):
            self._generate(backend, pending[start : start + group])
        self._refit(backend, [j for j in pending if (j.prompt_cut and not j.error) or _context_named(j.error)])
        results: list[Summary | Exception] = []
        for job in jobs:
            if job.error is not None:
                results.append(job.error)
                continue
            try:
                results.append(self._summary(backend, job))
            except Exception as exc:  # noqa: BLE001 - one odd document must not take the others with it
                results.append(exc)
        return results

    def _context_budget(self, backend: Backend, plan: LengthPlan) -> int | None:
        """Source tokens that fit the context (prompt and answer together), when one is known:
        `--context-tokens`, else the backend's (a server's default)."""
        context = self.options.context_tokens or backend.context_tokens
        return _fit(backend, plan, context) if context else None

    def _plan(self, backend: Backend, document: Document) -> _Job:
        from summarizer.extract.features import SentenceFeatures

        features = SentenceFeatures(document)
        job = _Job(document, features, self.ranker.score(document, features))
        if not document.sentences:
            return job
        try:
            job.plan = plan_length(self.options.length, len(document.sentences), backend.kind)
            job.budget = backend.text_budget()
            fitted = self._context_budget(backend, job.plan)
            if fitted is not None:
                job.budget = min(job.budget, fitted)
            job.budget = max(MIN_TEXT_BUDGET, job.budget)
            job.token_counts = backend.count_tokens([s.clean_text for s in document.sentences])
            job.model_input = self._input(backend, job, job.budget)
        except Exception as exc:  # noqa: BLE001 - e.g. a tokenizer choking on one document
            job.error = exc
        return job

    def _input(self, backend: Backend, job: _Job, budget: int) -> ModelInput:
        joiner = 1 if backend.kind == "seq2seq" else NUMBER_TOKENS
        return plan_input(job.document, job.scores, job.token_counts, budget, self.options.input_sentences, joiner)

    def _generate(self, backend: Backend, jobs: Sequence[_Job]) -> None:
        from summarizer.abstract.backends import GenerationRequest, generate_results

        requests: list[GenerationRequest] = []
        for job in jobs:
            assert job.model_input is not None and job.plan is not None
            plan = job.plan
            sentences = tuple(job.document.sentences[i].clean_text for i in job.model_input.sentences)
            requests.append(
                GenerationRequest(
                    job.model_input.text, plan.sentences, plan.words, plan.max_new_tokens, plan.min_new_tokens, sentences,
                    job.document.language,
                )
            )
        started = time.perf_counter()
        results = generate_results(backend, requests)
        share = (time.perf_counter() - started) / max(1, len(jobs))  # for backends that time batches only
        for job, result in zip(jobs, results):
            job.take(result, share)

    def _refit(self, backend: Backend, jobs: Sequence[_Job]) -> None:
        """A server refused a prompt too long for its context, or read clearly less than it was
        sent (it cut the prompt, as Ollama does past its context): fit the input to the context
        it named, or to what it did read, and ask once more. A cut prompt is never passed by silently."""
        if not jobs:
            return
        for job in jobs:
            assert job.model_input is not None and job.plan is not None
            sent = job.model_input.tokens
            named = _context_named(job.error)
            if named:
                counted = getattr(job.error, "prompt_tokens", None)
                if isinstance(counted, int) and counted > 0:  # the server's count of the prompt it refused
                    job.scale = max(job.scale, counted / (sent + _prompt_tokens(backend, job.plan)))
                job.error = None
                job.budget = max(MIN_TEXT_BUDGET, _fit(backend, job.plan, named, job.scale))
                job.notes.append(
                    f"the server's context is {named} tokens, less than assumed; the input was fitted to it and sent again "
                    f"(give --context-tokens {named} to avoid this)"
                )
            else:
                read = job.tokens_in or 0
                # What it read is about its context: fit to that, less the prompt and the answer.
                job.budget = max(MIN_TEXT_BUDGET, min(sent // 2, _fit(backend, job.plan, read + job.plan.max_new_tokens, job.scale)))
                job.notes.append(
                    f"the server read only {read} tokens of the prompt, less than the article text sent ({sent} tokens by our count): "
                    f"its context is smaller than assumed; sent again with the input fitted to {job.budget} tokens "
                    "(give --context-tokens the server's context to avoid this)"
                )
            job.model_input = self._input(backend, job, job.budget)
        self._generate(backend, jobs)
        for job in jobs:
            if job.prompt_cut and not job.error:
                job.notes.append(
                    f"the server cut the prompt again (it read {job.tokens_in} tokens over both tries): "
                    "this summary may rest on part of the input and its instructions; raise the server's context"
                )

    def _summary(self, backend: Backend, job: _Job) -> Summary:
        started = time.perf_counter()
        document, options = job.document, self.options
        warnings: list[str] = [*(job.model_input.warnings if job.model_input else ()), *job.notes]
        if job.prompt_cut is None:
            warnings.append("the server did not say how many prompt tokens it read, so a cut prompt cannot be ruled out")
        sentences: list[str] = []
        # Sentence numbers the model cited are kept out of the text; the aligner cites every line itself.
        output, cited = strip_markers(job.output)
        if job.plan is not None:
            # The document's own language (options.language may be "auto", detected per document).
            sentences, cut = split_generated(output, job.plan, getattr(document, "language", options.language))
            warnings += cut
        checker = self.checker if options.guard != "off" else None
        lines, guard_warnings, counts = guard_lines(sentences, document, job.features, options, checker)
        warnings += guard_warnings
        if not lines and document.sentences:
            top = max(range(len(document.sentences)), key=lambda i: (float(job.scores[i]), -i))
            source = document.sentences[top]
            lines = [SummaryLine(source.clean_text, (Citation.of(source, score=1.0),), "replaced", 1.0, ("no usable generated text",))]
            warnings.append(f"no generated sentence survived; the summary is the top-ranked source sentence {top + 1}")
        stats: dict[str, Any] = {
            "sentences_in": len(document.sentences),
            "words_in": document.word_count,
            "sentences_out": len(lines),
            "words_out": sum(len(line.text.split()) for line in lines),
            "length": options.length.to_dict(),
            "model": {"name": self._spec.name, "kind": backend.kind, "device": backend.device},
            "model_input": {
                "sentences": [i for i in job.model_input.sentences] if job.model_input else [],
                "tokens": job.model_input.tokens if job.model_input else 0,
            },
            # The same shape for every backend; a count the backend cannot tell is null.
            "generation": {
                "backend": backend.kind,
                "model": self._spec.name,
                "tokens_in": job.tokens_in,
                "tokens_out": job.tokens_out,
                "seconds": round(job.seconds, 3),
            },
            "guard": {"mode": options.guard, "checker": CHECKERS.resolve(options.checker), "min_support": options.min_support, **counts},
            "model_citations": _model_citations(cited, job.model_input, lines),
            "timing_ms": {
                "generate": round(job.seconds * 1000, 3),
                "summarize": round(job.seconds * 1000 + (time.perf_counter() - started) * 1000, 3),
            },
        }
        # Reading's notes (an unsure language, rules that stepped aside) come first, as in extraction.
        return Summary(document, tuple(lines), f"abstractive:{self._spec.name}", (*document.warnings, *warnings), stats)


def _model_citations(cited: Sequence[int], model_input: ModelInput | None, lines: Sequence[SummaryLine]) -> dict[str, int]:
    """How many source sentences the model cited ("[2]") and how many of those the aligner cited
    for a kept generated line too: a measure of whether a model's own citations can be trusted."""
    read = model_input.sentences if model_input else ()
    given = {read[n - 1] for n in cited if 1 <= n <= len(read)}
    aligned = {c.sentence for line in lines if line.origin == "generated" for c in line.citations}
    return {"given": len(given), "confirmed": len(given & aligned)}


def _fit(backend: Backend, plan: LengthPlan, context: int, scale: float = 1.0) -> int:
    """Source tokens (in the backend's count) that fit `context` tokens with the prompt's own
    words and the answer; `scale`: the server's tokens per token of our count, when it showed."""
    answer = 0 if backend.kind == "seq2seq" else plan.max_new_tokens  # an encoder's input is not shared with its output
    return int((context - answer) / scale) - _prompt_tokens(backend, plan)


def _prompt_tokens(backend: Backend, plan: LengthPlan) -> int:
    """The prompt's own words (instructions, a chat template's markers) in the backend's count."""
    from summarizer.abstract.backends import GenerationRequest
    from summarizer.abstract.prompts import TEMPLATE_TOKENS, prompt_text

    empty = GenerationRequest("", plan.sentences, plan.words, plan.max_new_tokens)
    return backend.count_tokens([prompt_text(empty)])[0] + TEMPLATE_TOKENS


def _context_named(error: Exception | None) -> int | None:
    """The context size a server named when it refused a prompt as too long (see server_backend)."""
    value = getattr(error, "context_tokens", None)
    return value if isinstance(value, int) and value > 0 else None
