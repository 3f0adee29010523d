"""Extract, then abstract: a model rewrites the key lines, every generated sentence is cited and checked.

1. the extractive ranker scores the sentences; the top-ranked ones that fit the model's input
   budget (in tokens) are given to it in document order, and a warning says what was left out;
2. the model writes the summary; documents are generated in batches sorted by input length;
3. each generated sentence is aligned with its supporting source sentences (verify/align.py) and
   checked by the faithfulness guard (a checker of verify/checkers.py), which replaces, flags or keeps it.
"""

from __future__ import annotations

import dataclasses
import math
import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.abstract.answer_sentences import generated_sentences
from summarizer.abstract.distinct import is_fragment, near_duplicates
from summarizer.abstract.model_input import furniture, model_texts, quote_partners
from summarizer.abstract.prompts import strip_markers
from summarizer.render.display import display_text
from summarizer.components import CHECKERS
from summarizer.verify.align import align
from summarizer.options import DEFAULT_SENTENCES, Length, Options
from summarizer.read.segment import CLOSING_MARKS, SENTENCE_ENDS
from summarizer.scripts import word_count
from summarizer.types import Citation, Document, Sentence, Summary, SummaryLine

if TYPE_CHECKING:
    from summarizer.verify.checkers import Checker
    import numpy as np

    from summarizer.abstract.backends import Backend, Generated, GenerationRequest
    from summarizer.extract.features import SentenceFeatures
    from summarizer.extract.rankers import Ranker

WORDS_PER_SENTENCE = 22  # a typical news summary sentence, to turn sentence counts into word budgets
TOKENS_PER_WORD = 1.6  # generous for English BPE vocabularies, so limits cut rarely
# Room per sentence asked for: news summary sentences run 20-35 words (30-45 tokens) and a numbered
# line adds a few more. The answer's room is what the model may write, not what it is asked to write,
# so it is set well above the typical length: a sentence cut by the limit is a sentence lost.
TOKENS_PER_SENTENCE = 48
ANSWER_SLACK_TOKENS = 24
MIN_INPUT_SENTENCES = 5  # a one-line summary still reads enough to choose its fact
WORD_SLACK = 0.15  # a word count is overflowed only by whole sentences beyond this share of it
MAX_SUMMARY_SENTENCES = 10
NUMBER_TOKENS = 4  # a chat prompt's "[10] " and line break before each sentence
MIN_TEXT_BUDGET = 16
# At most this share of a model's context is kept for a word count's answer: the rest is the prompt
# and the article (llama.cpp's backend fits its prompt to the same share, `LlamaCppBackend._fitted`).
ANSWER_SHARE = 4

# A sentence's final mark in any script (。！？ ؟ ۔ । ...), and the closing marks after it.
_FINAL = re.compile(f"""[{re.escape(SENTENCE_ENDS.replace("…", ""))}][{re.escape(CLOSING_MARKS)}]*$""")  # (an ellipsis trails off)


@dataclass(frozen=True, slots=True)
class LengthPlan:
    sentences: int
    words: int
    max_new_tokens: int
    min_new_tokens: int
    by_words: bool = False  # the user gave a word count: whole sentences beyond it are trimmed
    asked: int = 0  # the sentences the user's length comes to, when more than a model is asked for at once
    capped: int = 0  # the words the user asked for, when the model's context held fewer (`within_context`)


def plan_length(length: Length, available: int, kind: str, available_words: int | None = None) -> LengthPlan:
    """Map a summary length (sentences, ratio or words) to a request and generation limits.

    The model is asked for exactly the sentences (or about the words) the user asked for, and the
    token limit leaves it room to finish them: the limit is a guard against a runaway answer, not
    the length control. A word count is at most the article's own (`available_words`): the room
    for a longer answer would come out of the context the model reads the article in."""
    if length.words is not None:
        words = min(length.words, available_words) if available_words else length.words
        sentences = max(1, min(MAX_SUMMARY_SENTENCES, round(words / WORDS_PER_SENTENCE)))
        max_new = math.ceil(words * (1 + WORD_SLACK) * TOKENS_PER_WORD) + ANSWER_SLACK_TOKENS
    else:
        if length.ratio is not None:
            asked = max(1, math.ceil(length.ratio * max(1, available)))
        else:
            asked = length.sentences or DEFAULT_SENTENCES
        sentences = min(MAX_SUMMARY_SENTENCES, asked)
        words = sentences * WORDS_PER_SENTENCE
        max_new = sentences * TOKENS_PER_SENTENCE + ANSWER_SLACK_TOKENS
    # Encoder-decoder news models stop early without a floor; chat models stop where they mean to.
    min_new = words // 2 if kind == "seq2seq" else 0
    if length.words is not None:
        return LengthPlan(sentences, words, max_new, min_new, by_words=True)
    return LengthPlan(sentences, words, max_new, min_new, asked=asked if asked > sentences else 0)


def within_context(plan: LengthPlan, context: int) -> LengthPlan:
    """A word count's plan whose answer takes at most `ANSWER_SHARE` of the model's `context`
    (prompt, article and answer share it). A sentence count's room is bounded (at most
    `MAX_SUMMARY_SENTENCES` sentences), but a word count's grows with the words asked: `-w 1000`
    kept 1,864 tokens of a 2,560-token context for the answer, and the model read 12 of an
    article's 54 sentences to write a summary longer than what it read. The words asked are cut to
    what the room holds (`capped` keeps the user's, for the warning); the article keeps the rest."""
    room = context // ANSWER_SHARE
    if not plan.by_words or plan.max_new_tokens <= room:
        return plan
    words = max(1, int((room - ANSWER_SLACK_TOKENS) / ((1 + WORD_SLACK) * TOKENS_PER_WORD)))
    sentences = max(1, min(plan.sentences, round(words / WORDS_PER_SENTENCE)))
    return dataclasses.replace(plan, sentences=sentences, words=words, max_new_tokens=room, capped=plan.words)


def input_sentences_for(summary_sentences: int) -> int:
    """How many top-ranked sentences the model reads by default for a summary of this many: about
    two per line it writes, less one (5 for the default 3 lines). More is not better: small models
    copy or blend whatever they read. On CNN/DM dev articles with Qwen2.5-Coder-0.5B, 3 lines:
    10 sentences 41.28 R-1 on the first 30, 7 sentences 41.97 (held out, rows 200-219: 39.47 ->
    40.43; the 1.5B on rows 200-209: 46.06 -> 47.56); later, on the code of issue 19's round 3,
    7 -> 5 sentences 41.56 -> 42.16 on the first 30 and 39.90 -> 41.38 held out, while 4 fell to
    40.54. Each sentence left out is also ~40 prompt tokens the model need not read: the seed's
    prompt went 416 -> 343 tokens, about 1.2 s less CPU on one thread."""
    return max(MIN_INPUT_SENTENCES, 2 * summary_sentences - 1)


@dataclass(frozen=True, slots=True)
class ModelInput:
    sentences: tuple[int, ...]  # what the model reads, in document order
    text: str
    tokens: int
    warnings: tuple[str, ...]


def plan_input(
    document: Document,
    scores: np.ndarray,
    token_counts: Sequence[int],
    budget: int,
    max_sentences: int,
    joiner_tokens: int = 1,
    texts: Sequence[str] | None = None,
    skip: frozenset[int] = frozenset(),
    partners: dict[int, int] | None = None,
) -> ModelInput:
    """The top-ranked sentences that fit `budget` tokens (and `max_sentences`), in document order;
    each sentence costs its tokens plus `joiner_tokens` (a space, or a chat prompt's "[n] " number).

    `texts` are the sentences as the model reads them (datelines and credits taken out), `skip`
    the sentences it never reads (page furniture), and `partners` the sentence that names the
    speaker of a quote that does not: it comes along when it fits, so that a quote never reaches
    the model without its speaker."""
    n = len(document.sentences)
    order = sorted((i for i in range(n) if i not in skip), key=lambda i: (-float(scores[i]), i)) or sorted(
        range(n), key=lambda i: (-float(scores[i]), i)
    )
    partners = partners or {}
    chosen: list[int] = []
    taken: set[int] = set()
    used = 0
    skipped_long = 0
    speakers = 0  # sentences that came along as a quote's speaker
    for index in order:
        if len(chosen) >= max_sentences:
            break
        if index in taken:
            continue
        cost = token_counts[index] + joiner_tokens
        if used + cost > budget:
            skipped_long += 1
            continue
        chosen.append(index)
        taken.add(index)
        used += cost
        partner = partners.get(index)
        if partner is not None and partner not in taken:  # past max_sentences too: never a quote without its speaker
            extra = token_counts[partner] + joiner_tokens
            if used + extra <= budget:
                chosen.append(partner)
                taken.add(partner)
                used += extra
                speakers += 1
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
        extra = len(chosen) - max_sentences
        if extra > 0 and speakers:  # say why it read more than the limit: a quote came with its speaker
            bound += f", and {extra} sentence{'s' if extra > 1 else ''} that name{'' if extra > 1 else 's'} a quote's speaker"
        warnings.append(
            f"the model read {len(chosen)} of {n} sentences: the top-ranked ones that fit its input ({bound}), in document order"
        )
    text = " ".join(texts[i] if texts is not None else document.sentences[i].clean_text for i in chosen)
    return ModelInput(tuple(chosen), text, used, tuple(warnings))


def is_complete(sentence: str) -> bool:
    return _FINAL.search(sentence) is not None


def _writes_no_end_marks(language: str) -> bool:
    """Whether `language` ends its sentences with no mark (Thai, Lao: `Language.unmarked_sentences`)."""
    from summarizer.errors import OptionsError
    from summarizer.lang import get as language_named

    try:
        return language_named(language).unmarked_sentences
    except OptionsError:
        return False


def restarts_earlier(sentence: str, earlier: Sequence[str]) -> bool:
    """Whether an unfinished last sentence is the start of one written before it: a model caught in
    a loop (greedy decoding repeats a line until the limit), not a new sentence the limit cut."""
    start = _normal_words(sentence)
    return len(start) >= 3 and any(_normal_words(other)[: len(start)] == start for other in earlier)


def _normal_words(sentence: str) -> list[str]:
    return re.sub(r"[^\w\s]", "", sentence.lower()).split()


def is_cut_off(text: str, plan: LengthPlan, tokens_out: int | None, language: str = "english") -> bool:
    """Whether the answer stopped at the token limit inside a sentence that is still needed: one
    more would not be (the sentences asked for are complete) is no loss, nor is the start of a
    repeat (more room would only repeat more)."""
    sentences = generated_sentences(text, language)
    if not sentences or is_complete(sentences[-1]) or restarts_earlier(sentences[-1], sentences[:-1]):
        return False
    if tokens_out is not None and tokens_out < plan.max_new_tokens - 1:
        return False  # the model stopped by itself; an unpunctuated end is its own
    if tokens_out is None and _writes_no_end_marks(language):
        return False  # Thai writes no full stop: without a token count, nothing says it was cut
    return len(sentences) - 1 < plan.sentences


def split_generated(
    text: str, plan: LengthPlan, language: str = "english", tokens_out: int | None = None
) -> tuple[list[str], list[str]]:
    """Generated text -> clean sentences within the length plan, plus warnings about what was cut.

    Only what truly overflows is trimmed, always at a sentence end: sentences beyond the number
    asked for, or (for a word count) whole sentences beyond it with a little slack. A last
    sentence the token limit cut off is left out, with a warning."""
    sentences = generated_sentences(text, language)
    warnings: list[str] = []
    if sentences and not is_complete(sentences[-1]) and restarts_earlier(sentences[-1], sentences[:-1]):
        sentences.pop()  # a repeat's unfinished start: the repeat itself was already dropped
    elif sentences and not is_complete(sentences[-1]):
        stopped_by_limit = tokens_out >= plan.max_new_tokens - 1 if tokens_out is not None else not _writes_no_end_marks(language)
        if stopped_by_limit and (len(sentences) > 1 or word_count(sentences[-1]) < 4):
            if len(sentences) - 1 < plan.sentences:  # a sentence beyond those asked for is no loss
                warnings.append(f"left out the last generated sentence, cut off by the length limit: “{sentences[-1]}”")
            sentences.pop()
    sentences = sentences[: plan.sentences] if not plan.by_words else sentences
    if plan.by_words:
        kept: list[str] = []
        words = 0
        limit = plan.words * (1 + WORD_SLACK)
        for sentence in sentences:
            count = word_count(sentence)
            if kept and words + count > limit:
                warnings.append(
                    f"left out {len(sentences) - len(kept)} generated sentence(s) beyond the {plan.words}-word length asked for"
                )
                break
            kept.append(sentence)
            words += count
        sentences = kept
    return sentences, warnings


def guard_lines(
    sentences: Sequence[str], document: Document, features: SentenceFeatures, options: Options, checker: Checker | None = None
) -> tuple[list[SummaryLine], list[str], dict[str, int]]:
    """Cite every generated sentence; keep, flag or replace it as the guard decides.

    A line is judged by `verify_line`, exactly as `summarize check` judges any summary: the
    options' checker (`checker`, built from the options when not given), the whole document for
    names, and the lines before it for pronouns."""
    from summarizer.extract.candidates import furniture
    from summarizer.verify.verification import verify_line

    lines: list[SummaryLine] = []
    warnings: list[str] = []
    counts = {"generated": len(sentences), "kept": 0, "flagged": 0, "replaced": 0, "dropped": 0}
    used_sources: set[int] = set()
    if checker is None and options.guard != "off":
        checker = options_checker(options)
    from summarizer.verify.relations import summary_marks_sentences

    marks_sentences = summary_marks_sentences(sentences, document.language)
    for number, text in enumerate(sentences, start=1):
        passed: tuple = ()  # problems found that the checker's own verdict let pass (`verify/verdict.py`)
        if options.guard == "off":
            alignment = align(text, document, features.terms)
            citations, support, problems = alignment.citations, alignment.support, ()
        else:
            assert checker is not None
            verified = verify_line(text, document, features.terms, checker, options.min_support, tuple(sentences[: number - 1]),
                                   marks_sentences, last_line=number == len(sentences))
            citations, support, problems, passed = verified.citations, verified.support, verified.problems, verified.warnings
        copied = _copied_source(text, citations, document) if problems and options.guard != "flag" else None
        if copied is not None:
            # The line is its source sentence word for word: whatever the checker found there, the
            # "replacement" would be the same words. Kept as the extractive summary would show it.
            lines.append(SummaryLine(source_line(document, copied), (Citation.of(copied, score=1.0),), "generated", 1.0))
            used_sources.add(copied.index)
            counts["kept"] += 1
            continue
        if not problems:
            lines.append(SummaryLine(text, citations, "generated", support))
            counts["kept"] += 1
            if passed:
                warnings.append(f"guard kept generated line {number} “{text}”, which its checker's verdict passed despite: {'; '.join(map(str, passed))}")
            continue
        reasons = "; ".join(map(str, problems))
        for problem in problems:
            counts[f"caught_{problem.kind}"] = counts.get(f"caught_{problem.kind}", 0) + 1
        if options.guard == "flag":
            lines.append(SummaryLine(text, citations, "generated", support, tuple(map(str, problems))))
            counts["flagged"] += 1
            warnings.append(f"guard flagged generated line {number} “{text}”: {reasons}")
            continue
        # Page furniture (a caption glued to its sentence, a share bar) is never shown as a line,
        # here as in the extractive summary, even where it supports the generated line best.
        shown = [c for c in citations if furniture(document.sentences[c.sentence].text) is None]
        best = max(shown, key=lambda c: (c.score or 0.0, -c.sentence), default=None)
        taken = {c.sentence for line in lines for c in line.citations if line.origin == "replaced"} | used_sources
        if best is None or best.sentence in taken:
            counts["dropped"] += 1
            why = (
                "no source sentence supports it" if not citations
                else "the sentences that support it are page furniture" if best is None
                else f"its best source, sentence {best.sentence + 1}, is already in the summary"
            )
            warnings.append(f"guard dropped generated line {number} “{text}” ({reasons}); {why}")
            continue
        source = document.sentences[best.sentence]
        used_sources.add(best.sentence)
        flags = tuple(f"replaced generated text: {p}" for p in problems)  # why this source sentence stands here
        # As an extracted line reads: no leading dateline or picture credit (the citation keeps them).
        lines.append(SummaryLine(source_line(document, source), (Citation.of(source, score=1.0),), "replaced", 1.0, flags))
        counts["replaced"] += 1
        warnings.append(f"guard replaced generated line {number} “{text}” ({reasons}) with source sentence {best.sentence + 1}")
    return lines, warnings, counts


def source_line(document: Document, sentence: Sentence) -> str:
    """A source sentence as a line standing in for a generated one, shown as the extractive summary
    shows it: the last sentence of a quotation opened before it reads as an excerpt ("“… We
    improvised," says ...), not with a closing mark and no opening one."""
    from summarizer.extract.units import line_text

    return line_text(document, sentence)


def _same_words(text: str) -> str:
    """Text as compared for a word-for-word copy: quotation marks, dashes and spacing aside."""
    text = text.translate(_PLAIN_MARKS)
    return " ".join(text.split()).strip().casefold()


_PLAIN_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def _copied_source(text: str, citations: Sequence[Citation], document: Document) -> Sentence | None:
    """The cited sentence (not page furniture) that a generated line copies word for word, if any."""
    from summarizer.extract.candidates import furniture

    wanted = _same_words(text)
    for citation in citations:
        sentence = document.sentences[citation.sentence]
        if furniture(sentence.text) is None and wanted in (_same_words(display_text(document, sentence)), _same_words(sentence.text)):
            return sentence
    return None


def _prepare_ahead(checker: Checker, languages: set[str]) -> None:
    """Let the checker load what it needs (a parser: about 2 s) in a thread of its own while the
    model loads and writes, instead of after: llama.cpp and torch leave Python's lock free while they compute.
    A failure there is left for the guard to meet, and report, when it checks the first line."""
    prepare = getattr(checker, "prepare", None)
    if prepare is None:
        return

    def run() -> None:
        try:
            prepare(languages)
        except Exception:  # noqa: BLE001 - the guard meets it again, in the caller's thread
            pass

    threading.Thread(target=run, name="summarizer-checker-prepare", daemon=True).start()


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
    texts: list[str] = field(default_factory=list)  # each sentence as the model reads it
    model_input: ModelInput | None = None
    plan: LengthPlan | None = None
    budget: int = 0
    output: str = ""
    seconds: float = 0.0
    tokens_in: int | None = None
    tokens_out: int | None = None
    last_tokens_out: int | None = None
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
        self.last_tokens_out = result.tokens_out  # this attempt's: was it stopped by the limit?
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
        self._checker_lock = threading.Lock()  # its own: the checker is built while the model loads
        self._loader: threading.Thread | None = None
        self._load_error: BaseException | None = None

    def attach(self, backend: Backend, name: str) -> None:
        """Use an already loaded backend (or a test double) instead of resolving options.model."""
        from summarizer.models.store import ModelSpec

        with self._load_lock:
            self._backend = backend
            self._spec = ModelSpec(name, "", backend.kind)

    def load_ahead(self) -> None:
        """Start loading the model in a thread of its own, so that the file is read into memory
        while the caller reads and ranks the article (llama.cpp loads without Python's lock).
        `backend` waits for it and raises whatever error it met, as loading there would have.
        The thread is not a daemon: a process that ends early waits for it rather than unloading
        the library under it."""
        with self._load_lock:
            if self._backend is not None or self._loader is not None:
                return
            self._loader = threading.Thread(target=self._load_for_later, name="summarizer-model-load")
            self._loader.start()

    def _load_for_later(self) -> None:
        try:
            self.backend
        except BaseException as error:  # noqa: BLE001 - kept for the caller's thread to raise
            self._load_error = error

    @property
    def backend(self) -> Backend:
        backend = self._backend
        if backend is None:
            with self._load_lock:  # two threads asking at once load the model once
                if self._backend is None and self._load_error is not None:
                    error, self._load_error = self._load_error, None
                    raise error  # met loading ahead: raised once, a later call tries again
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
            with self._checker_lock:
                if self._checker is None:
                    self._checker = options_checker(self.options)
                checker = self._checker
        return checker

    def close(self) -> None:
        """Free the model and the checker now (a backend or checker with `close` frees its memory at once)."""
        loader = self._loader
        if loader is not None and loader is not threading.current_thread():
            loader.join()  # a model still loading ahead would otherwise be kept after close
        with self._load_lock:
            self._loader, self._load_error = None, None
            backend, self._backend = self._backend, None
        with self._checker_lock:
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
        """A summary per document in input order, or the error that stopped that document (see
        `finished`)."""
        results: list[Summary | Exception | None] = [None] * len(documents)
        for position, result in self.finished(documents, batch_size):
            results[position] = result
        return results  # type: ignore[return-value]

    def finished(
        self, documents: Sequence[Document], batch_size: int | None = None
    ) -> Iterator[tuple[int, Summary | Exception]]:
        """(position, summary or error) for each document as soon as it is done, so that a caller
        can write it at once: a failed request fails its own document, a batch that failed as a
        whole each of its documents. Generation runs in batches of similar length; a backend that
        writes one answer at a time (llama.cpp) is given one document at a time, and a backend
        that serves requests concurrently (a server) every document at once.
        A model (or the guard's checker) that cannot be loaded raises: no document could be summarised."""
        if self.options.guard != "off":
            # A checker that cannot be built fails the run before any generation; its parser
            # loads in a thread while the model is still loading (see load_ahead) and then writes.
            checker = self.checker
            _prepare_ahead(checker, {document.language for document in documents})
        backend = self.backend
        batch_size = batch_size or self.options.batch_size
        jobs = [self._plan(backend, document) for document in documents]
        for position, job in enumerate(jobs):
            if job.error is not None:
                yield position, job.error
        positions = {id(job): position for position, job in enumerate(jobs)}
        pending = sorted((j for j in jobs if j.model_input and not j.error), key=lambda j: j.model_input.tokens)  # type: ignore[union-attr]
        if backend.concurrent:
            group = max(1, len(pending))
        elif getattr(backend, "one_at_a_time", False):
            group = 1  # nothing is gained by waiting for others: each document is done as soon as it can be
        else:
            group = batch_size
        for start in range(0, len(pending), group):
            batch = pending[start : start + group]
            self._generate(backend, batch)
            self._refit(backend, [j for j in batch if (j.prompt_cut and not j.error) or _context_named(j.error)])
            self._complete(backend, [j for j in batch if not j.error and self._cut_off(j)])
            for job in batch:
                yield positions[id(job)], self._result(backend, job)
        for position, job in enumerate(jobs):
            if job.error is None and job.model_input is None:  # no sentences: nothing was generated
                yield position, self._result(backend, job)

    def _result(self, backend: Backend, job: _Job) -> Summary | Exception:
        if job.error is not None:
            return job.error
        try:
            return self._summary(backend, job)
        except Exception as exc:  # noqa: BLE001 - one odd document must not take the others with it
            return exc

    def _cut_off(self, job: _Job) -> bool:
        return job.plan is not None and is_cut_off(
            strip_markers(job.output)[0], job.plan, job.last_tokens_out, getattr(job.document, "language", "english")
        )

    def _complete(self, backend: Backend, jobs: Sequence[_Job]) -> None:
        """An answer the token limit cut inside a needed sentence is written once more with twice
        the room (greedy decoding writes the same start, then finishes the sentence)."""
        if not jobs:
            return
        first = {id(job): (job.output, job.plan) for job in jobs}
        for job in jobs:
            assert job.plan is not None
            job.plan = dataclasses.replace(job.plan, max_new_tokens=job.plan.max_new_tokens * 2)
        self._generate(backend, jobs)
        for job in jobs:
            if job.error is not None:  # the longer answer did not fit: the first one stands, cut as it is
                job.error = None
                job.output, job.plan = first[id(job)]
                continue
            job.notes.append("the answer was cut off by the length limit and was written again with more room")

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
            job.plan = plan_length(self.options.length, len(document.sentences), backend.kind, document.word_count)
            context = self.options.context_tokens or backend.context_tokens
            if context and backend.kind != "seq2seq":  # an encoder's input is not shared with its output
                job.plan = within_context(job.plan, context)
            job.budget = backend.text_budget()
            fitted = self._context_budget(backend, job.plan)
            if fitted is not None:
                job.budget = min(job.budget, fitted)
            job.budget = max(MIN_TEXT_BUDGET, job.budget)
            job.texts = model_texts(document)
            job.token_counts = backend.count_tokens(job.texts)
            job.model_input = self._input(backend, job, job.budget)
        except Exception as exc:  # noqa: BLE001 - e.g. a tokenizer choking on one document
            job.error = exc
        return job

    def _input_sentences(self, job: _Job) -> int:
        if self.options.input_sentences is not None:
            return self.options.input_sentences
        return input_sentences_for(job.plan.sentences if job.plan is not None else DEFAULT_SENTENCES)

    def _input(self, backend: Backend, job: _Job, budget: int) -> ModelInput:
        joiner = 1 if backend.kind == "seq2seq" else NUMBER_TOKENS
        return plan_input(
            job.document, job.scores, job.token_counts, budget, self._input_sentences(job), joiner,
            texts=job.texts, skip=furniture(job.document), partners=quote_partners(job.document),
        )

    def _generate(self, backend: Backend, jobs: Sequence[_Job]) -> None:
        from summarizer.abstract.backends import GenerationRequest, generate_results
        from summarizer.abstract.streaming import line_watcher

        requests: list[GenerationRequest] = []
        for job in jobs:
            assert job.model_input is not None and job.plan is not None
            plan = job.plan
            sentences = tuple(job.texts[i] for i in job.model_input.sentences)
            requests.append(
                GenerationRequest(
                    job.model_input.text, plan.sentences, plan.words, plan.max_new_tokens, plan.min_new_tokens, sentences,
                    job.document.language, by_words=plan.by_words,
                )
            )
        watcher = line_watcher()
        if watcher is not None and len(jobs) == 1:  # one answer being watched: show what it was asked for
            plan = jobs[0].plan
            watcher.expect(jobs[0], None if plan.by_words else plan.sentences, jobs[0].document.language)
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
        if job.plan is not None and job.plan.asked:
            warnings.append(
                f"a model writes at most {MAX_SUMMARY_SENTENCES} lines of one summary: {job.plan.sentences} of the {job.plan.asked} "
                "asked for (the extractive mode gives more; --sections on has each section written apart)"
            )
        if job.plan is not None and job.plan.capped:
            warnings.append(
                f"the summary is capped at about {job.plan.words} words of the {job.plan.capped} asked for: a model's answer takes at "
                f"most a quarter of its context ({job.plan.max_new_tokens} tokens), the rest is kept for the article it reads "
                "(--sections on has each section written apart)"
            )
        sentences: list[str] = []
        # Sentence numbers the model cited are kept out of the text; the aligner cites every line itself.
        output, cited = strip_markers(job.output)
        language = getattr(document, "language", options.language)  # options.language may be "auto"
        written = 0
        fragments: list[str] = []
        if job.plan is not None:
            sentences, cut = split_generated(output, job.plan, language, job.last_tokens_out)
            warnings += cut
            written = len(sentences)
            fragments = [s for s in sentences if is_fragment(s)]
            sentences = [s for s in sentences if not is_fragment(s)]
            for fragment in fragments:
                warnings.append(f"left out the generated fragment “{fragment}”: it is not a whole sentence")
        checker = self.checker if options.guard != "off" else None
        lines, guard_warnings, counts = guard_lines(sentences, document, job.features, options, checker)
        warnings += guard_warnings
        repeats = near_duplicates(lines, language)
        for weaker, stronger in repeats:
            warnings.append(
                f"left out the line “{lines[weaker].text}”: it repeats “{lines[stronger].text}” (the same facts)"
            )
        lines = [line for k, line in enumerate(lines) if k not in {w for w, _ in repeats}]
        filled = 0
        if job.plan is not None and not job.plan.by_words and document.sentences:
            # Slots the model left empty (fewer sentences, fragments, repeats) are filled with the
            # top-ranked source sentences not yet covered; lines the guard dropped stay dropped.
            missing = job.plan.sentences - counts.get("dropped", 0) - len(lines)
            fill = _fill(document, job.scores, lines, missing, language)
            filled = len(fill)
            if fill:
                numbers = ", ".join(str(line.citations[0].sentence + 1) for line in fill)
                warnings.append(
                    f"the model gave {len(lines)} usable line(s) of the {job.plan.sentences} asked for; "
                    f"source sentence(s) {numbers} (the top-ranked ones not yet covered) fill the rest"
                )
                lines = [*lines, *fill]
            if counts.get("dropped"):
                warnings.append(
                    f"{len(lines)} of the {job.plan.sentences} lines asked for: the guard dropped {counts['dropped']} "
                    "generated line(s) that no unused source sentence could replace (see above)"
                )
        if not lines and document.sentences:
            top = max(range(len(document.sentences)), key=lambda i: (float(job.scores[i]), -i))
            source = document.sentences[top]
            lines = [SummaryLine(source_line(document, source), (Citation.of(source, score=1.0),), "replaced", 1.0, ("no usable generated text",))]
            warnings.append(f"no generated sentence survived; the summary is the top-ranked source sentence {top + 1}")
        stats: dict[str, Any] = {
            "sentences_in": len(document.sentences),
            "words_in": document.word_count,
            "sentences_out": len(lines),
            "words_out": sum(word_count(line.text) for line in lines),
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
            # How the lines asked for were found: written by the model, left out, filled from the source.
            "lines": {
                "asked": job.plan.sentences if job.plan else 0, "written": written, "fragments": len(fragments),
                "repeats": len(repeats), "filled": filled,
            },
            "model_citations": _model_citations(cited, job.model_input, lines),
            "timing_ms": {
                "generate": round(job.seconds * 1000, 3),
                "summarize": round(job.seconds * 1000 + (time.perf_counter() - started) * 1000, 3),
            },
        }
        # Reading's notes (an unsure language, rules that stepped aside) come first, as in extraction.
        return Summary(document, tuple(lines), f"abstractive:{self._spec.name}", (*document.warnings, *warnings), stats)


def _fill(document: Document, scores: Any, lines: Sequence[SummaryLine], missing: int, language: str) -> list[SummaryLine]:
    """Up to `missing` top-ranked source sentences that no line cites, that are not furniture and
    that repeat no line already there, as extracted lines."""
    if missing <= 0:
        return []
    cited = {c.sentence for line in lines for c in line.citations}
    skip = furniture(document)
    order = sorted(range(len(document.sentences)), key=lambda i: (-float(scores[i]), i))
    fill: list[SummaryLine] = []
    for index in order:
        if len(fill) >= missing:
            break
        if index in cited or index in skip:
            continue
        source = document.sentences[index]
        line = SummaryLine(source_line(document, source), (Citation.of(source, score=1.0),), "extracted", 1.0)
        if near_duplicates([*lines, *fill, line], language):
            continue
        fill.append(line)
    return fill


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
