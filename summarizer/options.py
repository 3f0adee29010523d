"""One validated options object that the library, the CLI and the batch runner share."""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import MISSING, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, TypedDict

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # pragma: no cover - Python 3.10 type checkers
    from typing_extensions import Unpack

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


def number_option(name: str, value: Any, kind: type) -> Any:
    """`value` as an int or float; a numeric string such as "3" is taken, anything else refused,
    and so is nan (no range check would: every comparison with it is false)."""
    if isinstance(value, float) and math.isnan(value) or isinstance(value, str) and value.strip().lower() == "nan":
        raise OptionsError(f"{name} must be a number, got nan")
    if value is None or (isinstance(value, kind) and not isinstance(value, bool)):
        return value
    if isinstance(value, str) or (kind is float and isinstance(value, int) and not isinstance(value, bool)):
        try:
            return kind(value)
        except ValueError:
            pass
    raise OptionsError(f"{name} must be a {'whole ' if kind is int else ''}number, got {value!r}")


class Settings(Mapping[str, Any]):
    """A component's settings (``{"decay": 0.8}``): read-only and hashable, like the `Options`
    that hold them. Lists inside become tuples and mappings become `Settings`."""

    __slots__ = ("_items", "_hash")

    def __init__(self, items: Mapping[str, Any] | None = None, name: str = "settings"):
        if items is None:
            items = {}
        if not isinstance(items, Mapping) or not all(isinstance(k, str) for k in items):
            raise OptionsError(f"{name} must map setting names to values, got {items!r}")
        self._items = {key: _frozen(value, f"{name}[{key!r}]") for key, value in items.items()}
        try:
            self._hash = hash(frozenset(self._items.items()))
        except TypeError:
            raise OptionsError(f"{name} must hold plain values (numbers, text, lists of them), got {dict(items)!r}") from None

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return dict(self._items) == dict(other) if isinstance(other, Mapping) else NotImplemented

    def __repr__(self) -> str:
        return f"Settings({self._items!r})"

    def __reduce__(self) -> tuple[type, tuple[dict[str, Any]]]:
        return (type(self), (dict(self._items),))


def _frozen(value: Any, name: str) -> Any:
    if isinstance(value, Mapping) and not isinstance(value, Settings):
        return Settings(value, name)
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v, name) for v in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(value)
    return value


def checked_min_support(value: Any) -> float:
    """`min_support` as `Options` and `verify` take it: a number in [0, 1] (a numeric string taken)."""
    if value is None:
        raise OptionsError("min_support must be a number, got None")
    value = number_option("min_support", value, float)
    if not 0 <= value <= 1:
        raise OptionsError(f"min_support must be in [0, 1], got {value}")
    return value


def checked_max_bytes(value: Any) -> int | None:
    """`max_bytes` as `Options` and `verify` take it: a whole number of at least 1 (a numeric
    string taken); None passes, for a caller whose None means the default."""
    value = number_option("max_bytes", value, int)
    if value is not None and value < 1:
        raise OptionsError(f"max_bytes must be positive, got {value}")
    return value


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary should be: a sentence count, a share of the article, or a word budget."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        for name, kind in (("sentences", int), ("ratio", float), ("words", int)):
            object.__setattr__(self, name, number_option(name, getattr(self, name), kind))
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
            if not math.isfinite(value):
                raise OptionsError(f"not a length: {value!r} (try 3, 20%, 0.2 or 120w)")
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


class OptionFields(TypedDict, total=False):
    """The keyword arguments of `summarize`, `Summarizer`, `Options.build` and `with_changes`:
    every `Options` field, and the length given as `sentences`, `ratio`, `words` or `length`."""

    sentences: int | None
    ratio: float | None
    words: int | None
    length: int | float | str | Length | None
    abstractive: bool
    method: str
    redundancy_threshold: float
    diversity: float
    max_bytes: int
    language: str
    mode: Literal["extractive", "abstractive"] | None
    model: str | os.PathLike[str] | None  # a local model may be a pathlib.Path
    device: Literal["auto", "cpu", "cuda"]
    guard: Literal["drop", "flag", "off"]
    min_support: float
    checker: str
    checker_settings: Mapping[str, Any]
    input_sentences: int | None
    batch_size: int
    context_tokens: int | None
    api_base: str | None
    timeout: float
    retries: int
    retry_backoff: float
    concurrency: int
    ranker_settings: Mapping[str, Any]
    model_settings: Mapping[str, Any]
    sections: Literal["auto", "on", "off"]


LENGTH_KEYWORDS = ("sentences", "ratio", "words", "length")


def http_address_problem(value: str, what: str) -> str | None:
    """Why `value` is no address a server backend can send requests to (`what` names it in the
    message), or None: it must be http:// or https:// with a host, a port (if it names one) from
    0 to 65535, and no user name or password, which a request would not send as such and which
    the message must not repeat."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - read for its ValueError: a port out of range or not a number
    except ValueError:  # also an unclosed IPv6 bracket ("http://[::1/v1")
        parts = None
    if parts is not None and (parts.username is not None or parts.password is not None):
        return f"{what} must not hold a user name or password ('user:password@'); give the server's key in $OPENAI_API_KEY"
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{what} must be an http:// or https:// address such as http://localhost:11434/v1, got {value!r}"
    return None


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that shapes a summary. Build once, validate once, reuse for many documents.

    Immutable and hashable: a component's settings are read-only `Settings`, so nothing can
    change an option after it was checked (`with_changes` makes a new, checked one)."""

    method: str = "default"
    length: Length = field(default_factory=Length)
    # Two sentences whose TF-IDF cosine similarity reaches this are never both selected.
    redundancy_threshold: float = 0.6
    # Maximal marginal relevance: each next sentence's score (scaled to 0-1) loses this times its
    # highest similarity to those chosen already. 0 ranks by score alone (measured in the README).
    diversity: float = 0.0
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
    checker_settings: Mapping[str, Any] = field(default_factory=Settings)
    # Most top-ranked sentences the model reads; None: about two per summary line less one, at least 5 (stage.input_sentences_for).
    input_sentences: int | None = None
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
    ranker_settings: Mapping[str, Any] = field(default_factory=Settings)
    # Settings passed to the model backend's constructor (a plugin backend's own; checked against
    # its signature when the model loads).
    model_settings: Mapping[str, Any] = field(default_factory=Settings)
    # Summarise in sections and merge (summarizer/long/): "auto" for documents longer than the
    # summary's lines can stand for, or than the model's window; always ("on") or never ("off").
    sections: str = "auto"

    def __post_init__(self) -> None:
        self._check_types()
        if self.mode is None:
            object.__setattr__(self, "mode", "abstractive" if self.model else "extractive")
        if self.mode == "extractive" and self.model:
            raise OptionsError(f"model {self.model!r} and mode 'extractive' contradict each other: only the abstractive mode uses a model")
        if not isinstance(self.length, Length):
            object.__setattr__(self, "length", Length.parse(self.length))
        if not 0 < self.redundancy_threshold <= 1:
            raise OptionsError(f"redundancy_threshold must be in (0, 1], got {self.redundancy_threshold}")
        if not 0 <= self.diversity <= 1:
            raise OptionsError(f"diversity must be in [0, 1], got {self.diversity}")
        checked_max_bytes(self.max_bytes)
        from summarizer.read.language import resolve_language  # light: a table and a regex

        object.__setattr__(self, "language", resolve_language(self.language))  # "de" -> "german"
        for name, value, choices in (
            ("mode", self.mode, MODES), ("device", self.device, DEVICES), ("guard", self.guard, GUARD_MODES), ("sections", self.sections, SECTION_MODES)
        ):
            if value not in choices:
                raise OptionsError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
        checked_min_support(self.min_support)
        if self.input_sentences is not None and self.input_sentences < 1:
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
        for name in ("ranker_settings", "checker_settings", "model_settings"):
            object.__setattr__(self, name, Settings(getattr(self, name), name))
        if self.model_settings and self.mode != "abstractive":
            raise OptionsError("model_settings are for a model: they need the abstractive mode")
        if self.mode != "abstractive":
            # As model_settings: a setting the extractive mode never reads was ignored without a word
            # (`--checker learned --checker-setting threshold=abc` gave a summary).
            unused = [name for name in _MODEL_ONLY if not self._is_default(name)]
            if unused:
                raise OptionsError(
                    f"{', '.join(unused)} {'is' if len(unused) == 1 else 'are'} for the abstractive mode (a model writes "
                    "the lines, the guard checks them): give a model or mode 'abstractive', or leave "
                    f"{'it' if len(unused) == 1 else 'them'} out"
                )

    def _check_types(self) -> None:
        """Numbers as numbers (a numeric string such as "0.5", from a config file or the
        environment, is taken) and names as text, each refused by name otherwise: the checks
        after this compare and look them up. A local model may be a `pathlib.Path`."""
        for name, kind in _NUMBERS:
            value = getattr(self, name)
            if value is None and name not in _OPTIONAL_NUMBERS:
                raise OptionsError(f"{name} must be a {'whole ' if kind is int else ''}number, got None")
            object.__setattr__(self, name, number_option(name, value, kind))
        if isinstance(self.model, os.PathLike):
            object.__setattr__(self, "model", os.fspath(self.model))
        for name in ("method", "checker", "language", "model", "api_base"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise OptionsError(f"{name} must be text (str), got {value!r}")

    def _is_default(self, name: str) -> bool:
        """Whether the setting `name` is its default; a checker by any of its names (`relations`
        is what `default` stands for)."""
        if name == "checker":
            return CHECKERS.resolve(self.checker) == CHECKERS.resolve(_default(name))
        return getattr(self, name) == _default(name)

    def _check_server_settings(self) -> None:
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
            problem = http_address_problem(str(self.api_base).strip(), "api_base")
            if problem is not None:
                raise OptionsError(problem)
            if not str(self.model or "").startswith(SERVER_PREFIX):
                given = f"got model {self.model!r}" if self.model else "no model was given"
                raise OptionsError(f"api_base is for a server model, given as --model {SERVER_PREFIX}NAME; {given}")

    @classmethod
    def build(cls, **fields: Unpack[OptionFields]) -> Options:
        """Options from keyword arguments, with the length given any way a caller likes
        (`sentences`, `ratio`, `words`, or `length` as 3, "20%" or "120w");
        ``abstractive=True`` is ``mode="abstractive"``."""
        given: dict[str, Any] = dict(fields)
        return cls(length=_length_from(given), **_fields_from(given, cls))

    def with_changes(self, **changes: Unpack[OptionFields]) -> Options:
        """A new, checked `Options` with `changes` (the same keywords as `build`)."""
        given: dict[str, Any] = dict(changes)
        if given.get("model") and "mode" not in given and not given.get("abstractive"):
            given["mode"] = "abstractive"  # naming a model asks for it, as in a new Options
        if any(name in given for name in LENGTH_KEYWORDS):
            given["length"] = _length_from(given)
        return replace(self, **_fields_from(given, type(self)))


# The options that are numbers, and those of them that may be None (chosen for each document).
_NUMBERS = (
    ("redundancy_threshold", float), ("diversity", float), ("max_bytes", int), ("min_support", float), ("input_sentences", int),
    ("batch_size", int), ("context_tokens", int), ("timeout", float), ("retries", int), ("retry_backoff", float), ("concurrency", int),
)
_OPTIONAL_NUMBERS = frozenset({"input_sentences", "context_tokens"})

# The settings only the abstractive mode reads: its model's device, batches and server, its guard.
_MODEL_ONLY = (
    "device", "batch_size", "context_tokens", "input_sentences", "timeout", "retries", "retry_backoff", "concurrency",
    "guard", "min_support", "checker", "checker_settings",
)


def _default(name: str) -> Any:
    spec = Options.__dataclass_fields__[name]
    return spec.default_factory() if spec.default_factory is not MISSING else spec.default


def _length_from(given: dict[str, Any]) -> Length:
    """Take the length keywords out of `given` and make them one `Length`."""
    length = given.pop("length", None)
    sentences, ratio, words = (given.pop(name, None) for name in ("sentences", "ratio", "words"))
    if length is not None and any(v is not None for v in (sentences, ratio, words)):
        raise OptionsError("give either length or sentences/ratio/words, not both")
    return Length.parse(length) if length is not None else Length(sentences, ratio, words)


def _fields_from(given: dict[str, Any], cls: type[Options]) -> dict[str, Any]:
    """`given` as `Options` fields: ``abstractive=True`` as the mode, unknown names refused."""
    if given.pop("abstractive", False):
        if given.get("mode") == "extractive":
            raise OptionsError("abstractive and mode 'extractive' contradict each other")
        given["mode"] = "abstractive"
    unknown = set(given) - set(cls.__dataclass_fields__)
    if unknown:
        raise OptionsError(f"unknown option(s): {', '.join(sorted(unknown))}")
    return given
