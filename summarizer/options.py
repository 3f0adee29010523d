"""One validated options object that the library, the CLI and the batch runner share."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from summarizer.errors import OptionsError
from summarizer.components import CHECKERS, RANKERS

DEFAULT_SENTENCES = 3
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MODES = ("extractive", "abstractive")
DEVICES = ("auto", "cpu", "cuda")
GUARD_MODES = ("drop", "flag", "off")
SECTION_MODES = ("auto", "on", "off")
SERVER_PREFIX = "openai:"  # --model openai:NAME: a model behind an OpenAI-compatible server
MAX_TIMEOUT = 3600.0
MAX_RETRIES = 10
MAX_BACKOFF = 60.0
MAX_CONCURRENCY = 64
MIN_CONTEXT = 256


def _number(name: str, value: Any, kind: type) -> Any:
    """`value` as an int or float; a numeric string such as "3" is taken, anything else refused."""
    if value is None or (isinstance(value, kind) and not isinstance(value, bool)):
        return value
    if isinstance(value, str) or (kind is float and isinstance(value, int) and not isinstance(value, bool)):
        try:
            return kind(value)
        except ValueError:
            pass
    raise OptionsError(f"{name} must be a {'whole ' if kind is int else ''}number, got {value!r}")


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary should be: a sentence count, a share of the article, or a word budget."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        for name, kind in (("sentences", int), ("ratio", float), ("words", int)):
            object.__setattr__(self, name, _number(name, getattr(self, name), kind))
        given = [n for n, v in (("sentences", self.sentences), ("ratio", self.ratio), ("words", self.words)) if v is not None]
        if len(given) > 1:
            raise OptionsError(f"give only one of sentences, ratio or words (got {', '.join(given)})")
        if self.sentences is not None and self.sentences < 1:
            raise OptionsError(f"sentences must be at least 1, got {self.sentences}")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise OptionsError(f"ratio must be in (0, 1], got {self.ratio}")
        if self.words is not None and self.words < 1:
            raise OptionsError(f"words must be at least 1, got {self.words}")

    @classmethod
    def parse(cls, value: int | float | str | Length | None) -> Length:
        """Accept 3, 0.2, "20%", "3", "120w" or an existing Length, as sumy users expect."""
        if value is None:
            return cls()
        if isinstance(value, Length):
            return value
        if isinstance(value, bool):
            raise OptionsError(f"not a length: {value!r}")
        if isinstance(value, int):
            return cls(sentences=value)
        if isinstance(value, float):
            return cls(ratio=value) if value < 1 else cls(sentences=int(value))
        text = str(value).strip().lower()
        try:
            if text.endswith("%"):
                return cls(ratio=float(text[:-1]) / 100)
            if text.endswith("w"):
                return cls(words=int(text[:-1]))
            if "." in text:
                return cls(ratio=float(text))
            return cls(sentences=int(text))
        except ValueError:
            raise OptionsError(f"not a length: {value!r} (try 3, 20%, 0.2 or 120w)") from None

    @property
    def is_default(self) -> bool:
        return self.sentences is None and self.ratio is None and self.words is None

    def sentence_budget(self, available: int) -> int:
        """Most sentences to pick from `available`; a word budget is enforced by the selector."""
        if available <= 0:
            return 0
        if self.ratio is not None:
            return max(1, min(available, math.ceil(self.ratio * available)))
        if self.words is not None:
            return available
        return min(available, self.sentences or DEFAULT_SENTENCES)

    def describe(self) -> str:
        if self.ratio is not None:
            return f"{self.ratio:.0%} of sentences"
        if self.words is not None:
            return f"{self.words} words"
        return f"{self.sentences or DEFAULT_SENTENCES} sentences"

    def to_dict(self) -> dict[str, Any]:
        if self.ratio is not None:
            return {"ratio": self.ratio}
        if self.words is not None:
            return {"words": self.words}
        return {"sentences": self.sentences or DEFAULT_SENTENCES}


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that shapes a summary. Build once, validate once, reuse for many documents."""

    method: str = "default"
    length: Length = field(default_factory=Length)
    # Two sentences whose TF-IDF cosine similarity reaches this are never both selected.
    redundancy_threshold: float = 0.6
    max_bytes: int = DEFAULT_MAX_BYTES
    # A name or ISO 639-1 code from read/language.py's table, or "auto": detected per document.
    language: str = "auto"
    # The abstractive stage: a model rewrites the top-ranked sentences (see abstract/stage.py).
    # None: abstractive when a model is named (there is nothing else a model would be for).
    mode: str | None = None
    model: str | None = None  # a preset name, a local directory or .gguf file, or a hub id
    device: str = "auto"
    guard: str = "drop"  # what the faithfulness guard does with an unsupported generated line
    min_support: float = 0.5  # lowest share of a generated line's words that its sources must cover
    # Which checker of the CHECKERS registry the guard asks (as `summarize check --checker`), and its settings.
    checker: str = "default"
    checker_settings: dict[str, Any] = field(default_factory=dict)
    input_sentences: int = 10  # most top-ranked sentences the model reads
    batch_size: int = 8
    # The model's context window (prompt and answer) that the input is fitted to; None: the
    # model's own limit, or 2,048 tokens for a server, which does not say (Ollama's default).
    context_tokens: int | None = None
    # A server model (`openai:NAME`): where it is, and how patiently it is asked. The API key is
    # never an option: it comes from OPENAI_API_KEY, so that it stays out of outputs and indexes.
    api_base: str | None = None  # e.g. http://localhost:11434/v1; else $OPENAI_BASE_URL
    timeout: float = 120.0  # seconds to wait for one answer
    retries: int = 2  # further tries after a failed connection, a time-out or a 429/5xx answer
    retry_backoff: float = 1.0  # seconds before the first retry; doubled for each further one
    concurrency: int = 4  # requests in flight at once to a server (its batches hold at least this many)
    # Settings passed to the ranker's constructor, e.g. {"decay": 0.8} for the news ranker.
    ranker_settings: dict[str, Any] = field(default_factory=dict)
    # Summarise in sections and merge (summarizer/long/): "auto" for documents longer than the
    # summary's lines can stand for, or than the model's window; always ("on") or never ("off").
    sections: str = "auto"

    def __post_init__(self) -> None:
        if self.mode is None:
            object.__setattr__(self, "mode", "abstractive" if self.model else "extractive")
        if self.mode == "extractive" and self.model:
            raise OptionsError(f"model {self.model!r} and mode 'extractive' contradict each other: only the abstractive mode uses a model")
        if not isinstance(self.length, Length):
            object.__setattr__(self, "length", Length.parse(self.length))
        if not 0 < self.redundancy_threshold <= 1:
            raise OptionsError(f"redundancy_threshold must be in (0, 1], got {self.redundancy_threshold}")
        if self.max_bytes < 1:
            raise OptionsError(f"max_bytes must be positive, got {self.max_bytes}")
        from summarizer.read.language import resolve_language  # light: a table and a regex

        object.__setattr__(self, "language", resolve_language(self.language))  # "de" -> "german"
        for name, value, choices in (
            ("mode", self.mode, MODES), ("device", self.device, DEVICES), ("guard", self.guard, GUARD_MODES), ("sections", self.sections, SECTION_MODES)
        ):
            if value not in choices:
                raise OptionsError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
        if not 0 <= self.min_support <= 1:
            raise OptionsError(f"min_support must be in [0, 1], got {self.min_support}")
        if self.input_sentences < 1:
            raise OptionsError(f"input_sentences must be at least 1, got {self.input_sentences}")
        if self.batch_size < 1:
            raise OptionsError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.model is not None and not str(self.model).strip():
            raise OptionsError("model must not be empty")
        self._check_server_settings()
        if str(self.model or "").startswith(SERVER_PREFIX) and self.batch_size < self.concurrency:
            # A server's batch costs no memory here, and a batch is what can be in flight at once.
            object.__setattr__(self, "batch_size", self.concurrency)
        RANKERS.resolve(self.method)  # an unknown method fails here, listing the choices
        CHECKERS.resolve(self.checker)
        for name in ("ranker_settings", "checker_settings"):
            settings = getattr(self, name)
            if not isinstance(settings, dict) or not all(isinstance(k, str) for k in settings):
                raise OptionsError(f"{name} must map setting names to values, got {settings!r}")

    def _check_server_settings(self) -> None:
        for name, kind in (("timeout", float), ("retry_backoff", float), ("retries", int), ("concurrency", int), ("context_tokens", int)):
            object.__setattr__(self, name, _number(name, getattr(self, name), kind))
        if not 0 < self.timeout <= MAX_TIMEOUT:
            raise OptionsError(f"timeout must be more than 0 and at most {MAX_TIMEOUT:g} seconds, got {self.timeout:g}")
        if not 0 <= self.retries <= MAX_RETRIES:
            raise OptionsError(f"retries must be from 0 to {MAX_RETRIES}, got {self.retries}")
        if not 0 <= self.retry_backoff <= MAX_BACKOFF:
            raise OptionsError(f"retry_backoff must be from 0 to {MAX_BACKOFF:g} seconds, got {self.retry_backoff:g}")
        if not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise OptionsError(f"concurrency must be from 1 to {MAX_CONCURRENCY}, got {self.concurrency}")
        if self.context_tokens is not None and self.context_tokens < MIN_CONTEXT:
            raise OptionsError(f"context_tokens must be at least {MIN_CONTEXT} (the prompt alone needs about 100), got {self.context_tokens}")
        if self.api_base is not None:
            from urllib.parse import urlsplit

            parts = urlsplit(str(self.api_base).strip())
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise OptionsError(f"api_base must be an http:// or https:// address such as http://localhost:11434/v1, got {self.api_base!r}")
            if not str(self.model or "").startswith(SERVER_PREFIX):
                raise OptionsError(f"api_base is for a server model, given as --model {SERVER_PREFIX}NAME; got model {self.model!r}")

    @classmethod
    def build(
        cls,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        length: int | float | str | Length | None = None,
        abstractive: bool = False,
        **fields: Any,
    ) -> Options:
        """Options from keyword arguments, with the length given any way a caller likes;
        ``abstractive=True`` is ``mode="abstractive"``."""
        if length is not None and any(v is not None for v in (sentences, ratio, words)):
            raise OptionsError("give either length or sentences/ratio/words, not both")
        if abstractive:
            if fields.get("mode") == "extractive":
                raise OptionsError("abstractive and mode 'extractive' contradict each other")
            fields["mode"] = "abstractive"
        spec = Length.parse(length) if length is not None else Length(sentences, ratio, words)
        unknown = set(fields) - set(cls.__dataclass_fields__)
        if unknown:
            raise OptionsError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return cls(length=spec, **fields)

    def with_changes(self, **changes: Any) -> Options:
        if changes.get("model") and "mode" not in changes:
            changes["mode"] = "abstractive"  # naming a model asks for it, as in a new Options
        return replace(self, **changes)
