"""The ``model`` checker: a downloaded fact-checking model judges whether the source supports a line.

Optional and never required: it runs only when asked for (``--checker model``), on a model in
the local store (the ``minicheck-roberta`` preset by default, fetched once with
``summarize models download minicheck-roberta``; ``summarize models`` lists the others:
MiniCheck DeBERTa and Flan-T5, FactCG, HHEM-2.1-Open), a local directory or a cached hub id. Any
transformers sequence-classification model that reads a passage and a claim will do, as will
HHEM's and MiniCheck-Flan-T5's families (`fact_models.py` reads each without remote code).

A line is checked against a passage made of its cited sentences and their neighbours; when that
passage does not support it and the whole document is known, against the document in pieces
that fit the model (a fact stated elsewhere counts, as in MiniCheck).

Rules and model together (``combine``):

- ``veto`` (the default): the rules checker (``rules``, literal by default) vetoes a line for a
  number, date, name, quantity, quotation, negation or a cut-off sentence its sources lack:
  facts a rule settles for sure and cheaply, with no model run. Everything else (who did what
  to whom, paraphrase, low word overlap, judgement words) the model decides: the rules' other
  kinds of problem are dropped, and the line fails when the model's support probability is
  below ``threshold``.
- ``either``: any problem of the rules, or the model's, fails the line (the strictest).
- ``model``: the model alone.
"""

from __future__ import annotations

import threading

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from summarizer.errors import MissingResourceError, ModelError, OptionsError
from summarizer.verify.checkers import Checker, Evidence
from summarizer.verify.fact_models import INPUTS, Reading
from summarizer.verify.problems import Problem

if TYPE_CHECKING:
    from summarizer.types import Document

DEFAULT_MODEL = "minicheck-roberta"
COMBINE = ("veto", "either", "model")
# The rules' kinds of problem that settle a line without the model under combine=veto.
VETO_KINDS = frozenset({"number", "date", "name", "quantity", "quotation", "negation", "incomplete"})
NEIGHBOURS = 1  # sentences on each side of a cited one that the first passage includes
MAX_DOCUMENT_PASSAGES = 32  # pieces of the whole document tried after the cited passage
CACHE_SIZE = 4096  # (passage, claim) judgements kept: the guard asks again while it adds citations


class Judge(Protocol):
    """A model that says how likely a passage supports a claim."""

    def fit(self, sentences: Sequence[str], claim: str, limit: int | None = None) -> list[str]: ...

    def probability(self, passage: str, claim: str) -> float: ...


class JudgedChecker:
    """The rules checker beside a model judge: the passages it is shown, and its answers cached."""

    name = "judged"

    def __init__(self, judge: Judge, model_name: str, threshold: float = 0.5, rules: str = "literal", combine: str = "veto"):
        check_settings(threshold, rules, combine)
        from summarizer.verify.verification import make_checker

        self.rules: Checker | None = None if rules == "none" or combine == "model" else make_checker(rules)
        self.judge = judge
        self.model_name = model_name
        self.threshold = threshold
        self.combine = combine
        # Answers kept for repeated (passage, claim) pairs; threads sharing this checker read and
        # write it under the lock, and a model answer is computed outside it.
        self._judged: dict[tuple[str, str], float] = {}
        self._judged_lock = threading.Lock()

    def check(self, text: str, evidence: Evidence) -> list[Problem]:
        problems = self.rules.check(text, evidence) if self.rules is not None else []
        if self.combine == "veto":
            problems = [p for p in problems if p.kind in VETO_KINDS]
            if problems:
                return problems  # settled by a rule: the model is not asked
        probability = self.support_probability(text, evidence)
        if probability < self.threshold:
            problems.append(self.problem(probability))
        return problems

    def problem(self, probability: float) -> Problem:
        return Problem("model", f"model {self.model_name} judged it unsupported: support probability {probability:.2f}, below {self.threshold:g}")

    def support_probability(self, text: str, evidence: Evidence) -> float:
        """The highest probability of support among the passages tried, stopping at the first that supports."""
        best = 0.0
        for passage in self._passages(text, evidence):
            best = max(best, self._judge(passage, text))
            if best >= self.threshold:
                break
        return best

    def _passages(self, text: str, evidence: Evidence) -> list[str]:
        document = evidence.document
        if document is None:
            return self.judge.fit(list(evidence.sources), text) if evidence.sources else []
        sources = set(evidence.sources)
        cited = [s.index for s in document.sentences if s.text in sources]
        around = sorted({i for c in cited for i in range(c - NEIGHBOURS, c + NEIGHBOURS + 1) if 0 <= i < len(document.sentences)})
        first = self.judge.fit([document.sentences[i].text for i in around], text) if around else []
        first.sort(key=lambda passage: not any(source in passage for source in sources))  # the cited ones first
        return first + [p for p in self._document_passages(document, text) if p not in first]

    def _document_passages(self, document: Document, text: str) -> list[str]:
        # A very long document is read in its first pieces only: its cited passage came first.
        return self.judge.fit([s.text for s in document.sentences], text, MAX_DOCUMENT_PASSAGES)

    def _judge(self, passage: str, claim: str) -> float:
        key = (passage, claim)
        with self._judged_lock:
            known = self._judged.get(key)
        if known is not None:
            return known
        probability = self.judge.probability(passage, claim)
        with self._judged_lock:
            if len(self._judged) >= CACHE_SIZE:
                self._judged.clear()
            self._judged[key] = probability
        return probability

    def close(self) -> None:
        """Free the judge's model now (a chat judge's backend)."""
        close = getattr(self.judge, "close", None)
        if callable(close):
            close()


class ModelChecker(JudgedChecker):
    """The literal checks, plus a fact-checking model's judgement of support."""

    name = "model"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        threshold: float = 0.5,
        device: str = "auto",
        rules: str = "literal",
        input: str | None = None,  # noqa: A002 - the preset's word for it
        combine: str = "veto",
        template: str | None = None,
    ):
        if input is not None and input not in INPUTS:
            raise OptionsError(f"input must be one of {', '.join(INPUTS)}, got {input!r}")
        check_settings(threshold, rules, combine)  # before loading a model for nothing
        super().__init__(SupportJudge.load(model, device, input, template), model, threshold, rules, combine)


def check_settings(threshold: float, rules: str, combine: str = "veto") -> None:
    if not 0 < threshold < 1:
        raise OptionsError(f"threshold must be between 0 and 1, got {threshold}")
    if rules in ("model", "judge", "judged"):
        raise OptionsError(f"rules names the checker that runs beside the model: literal, relations or none, got {rules!r}")
    if combine not in COMBINE:
        raise OptionsError(f"combine must be one of {', '.join(COMBINE)}, got {combine!r}")


def fit_passages(sentences: Sequence[str], count: Callable[[str], int], budget: int, limit: int | None = None) -> list[str]:
    """`sentences` joined into passages of at most `budget` tokens (by `count`), in order, the
    first `limit` of them; a sentence too long on its own is its own passage (the model's
    tokenizer cuts it). Sentences after the last passage are never counted."""
    passages: list[str] = []
    current: list[str] = []
    used = 0
    for sentence in sentences:
        size = count(sentence)
        if current and used + size > budget:
            passages.append(" ".join(current))
            if limit is not None and len(passages) == limit:
                return passages
            current, used = [], 0
        current.append(sentence)
        used += size
    if current:
        passages.append(" ".join(current))
    return passages


class SupportJudge:
    """A loaded fact-checking model and how to read its answer (see fact_models.py)."""

    def __init__(self, tokenizer: Any, model: Any, supported_label: int, reading: Reading | str, max_tokens: int):
        self.tokenizer = tokenizer
        self.model = model
        self.supported_label = supported_label
        self.reading = reading if isinstance(reading, Reading) else Reading(input=reading)
        self.max_tokens = max_tokens
        self._counts: dict[str, int] = {}
        # A fast tokenizer refuses two threads at once ("Already borrowed"): one call at a time.
        self._lock = threading.Lock()
        from summarizer.verify.fact_models import template_overhead

        self.overhead = template_overhead(tokenizer, self.reading)

    @property
    def input_format(self) -> str:
        return self.reading.input

    @classmethod
    def load(cls, name: str, device: str = "auto", input_format: str | None = None, template: str | None = None) -> SupportJudge:
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError:
            raise MissingResourceError("the model checker needs torch and transformers: pip install 'summarizer[abstractive]'") from None
        from pathlib import Path

        from summarizer.models.loading import pick_device, set_threads
        from summarizer.models.store import presets, resolve_model
        from summarizer.verify.fact_models import load_model, reading_for

        spec = resolve_model(name)
        if spec.gguf_file or spec.kind == "openai":
            raise ModelError(f"model {name!r}: the model checker needs a transformers fact-checking model (a directory, hub id or nli preset)")
        preset = presets().get(name)
        preset_checker = dict(preset.checker) if preset else {}
        reading = reading_for(Path(spec.path), preset_checker, input_format, template)
        set_threads()
        tokenizer, model = load_model(spec, pick_device(device), reading, preset_checker)
        max_tokens = spec.max_input_tokens or _model_limit(model, tokenizer)
        label = supported_label(model.config, name) if reading.architecture == "classifier" else 1
        return cls(tokenizer, model, label, reading, max_tokens)

    def count(self, text: str) -> int:
        with self._lock:
            known = self._counts.get(text)
            if known is None:
                if len(self._counts) >= CACHE_SIZE:
                    self._counts.clear()
                known = self._counts[text] = len(self.tokenizer(text, add_special_tokens=False)["input_ids"])
            return known

    def fit(self, sentences: Sequence[str], claim: str, limit: int | None = None) -> list[str]:
        """Passages of `sentences` that fit beside `claim` and the input's own words in the model's input."""
        return fit_passages(sentences, self.count, max(16, self.max_tokens - self.count(claim) - self.overhead - 4), limit)

    def probability(self, passage: str, claim: str) -> float:
        """The model's probability that `passage` supports `claim`."""
        from summarizer.verify.fact_models import support_probability

        with self._lock:
            return support_probability(self.model, self.tokenizer, self.reading, self.supported_label, passage, claim, self.max_tokens)


def supported_label(config: Any, name: str) -> int:
    """The index of the label meaning "supported": one named entailment or supported, else the
    second of two (MiniCheck's and most binary fact-checkers' convention)."""
    labels = {int(i): str(label).lower() for i, label in (getattr(config, "id2label", None) or {}).items()}
    for index, label in labels.items():
        if ("entail" in label or "support" in label) and not label.startswith(("not", "non", "un")):
            return index
    if len(labels) == 2 or getattr(config, "num_labels", 0) == 2:
        return 1
    raise ModelError(f"model {name!r}: cannot tell which of its labels ({', '.join(labels.values())}) means supported")


def _model_limit(model: Any, tokenizer: Any) -> int:
    """The model's own input limit, or 512 tokens when it does not say."""
    limits = []
    positions = getattr(model.config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 2:
        limits.append(positions - 2)  # RoBERTa counts two padding positions in it
    if isinstance(tokenizer.model_max_length, int) and 0 < tokenizer.model_max_length < 1_000_000:
        limits.append(tokenizer.model_max_length)
    return min(limits, default=512)
