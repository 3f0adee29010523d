"""The model backend base class (preprocess / generate / postprocess) and loading one by kind.

Backends are chosen by the model's kind from `summarizer.components.BACKENDS`; the built-in
transformers kinds live in `transformers_backend.py`. torch and transformers are imported only
inside the functions that need them, so `import summarizer` stays cheap.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from summarizer.components import BACKENDS
from summarizer.errors import MissingResourceError, ModelError, OptionsError
from summarizer.models.loading import is_out_of_memory, pick_device, set_threads
from summarizer.options import DEVICES

if TYPE_CHECKING:
    from summarizer.models.store import ModelSpec
    from summarizer.options import Options


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """One summary to write: the text the model reads and how long the answer may be."""

    text: str
    sentences: int
    words: int
    max_new_tokens: int
    min_new_tokens: int = 0
    # The same text as the sentences it was joined from: chat prompts number them ([1] ...).
    source_sentences: tuple[str, ...] = ()
    language: str = "english"  # the article's language: a chat model is asked to write in it
    # (system, user) turns that replace the summary prompt: the judge checker's question to a chat model.
    prompt: tuple[str, str] | None = None
    by_words: bool = False  # the user gave a word count: the prompt names it


@dataclass(frozen=True, slots=True)
class Generated:
    """One request's answer and what it cost, as far as the backend can tell (None: unknown)."""

    text: str
    tokens_in: int | None = None  # prompt tokens the model read
    tokens_out: int | None = None
    seconds: float | None = None
    # The model read clearly fewer prompt tokens than were sent (a server cut the prompt);
    # None: a server that could not be checked, as it did not report what it read.
    prompt_cut: bool | None = False


class Backend(ABC):
    """A model that writes summaries: what the abstractive stage and the judge checker ask of one.

    Every backend, built-in or from a plugin's ``summarizer.backends`` entry point, is a subclass
    built as ``Backend(spec, device, **settings)`` (with ``options`` after `device` when
    `takes_options` is set). Only `generate` must be written; the other methods' defaults suit a
    model that takes the requests as they are and counts words as tokens.
    """

    name: str = ""  # the model as the user named it, for messages and stats
    kind: str = ""  # the registered kind (``seq2seq``, ``openai``, a plugin's)
    device: str = "cpu"  # where it runs, for messages and stats
    # Built without importing torch and transformers (llama.cpp, a server, a plugin's own runtime).
    needs_torch: ClassVar[bool] = True
    # Built as ``factory(spec, device, options)``: a server's address and time-outs come from them.
    takes_options: ClassVar[bool] = False
    # It serves many requests at once by itself: the stage hands it every pending document together.
    concurrent: ClassVar[bool] = False
    # The context window (prompt and answer) that each input is fitted to; None: `text_budget` alone.
    context_tokens: int | None = None

    def text_budget(self) -> int:
        """How many tokens of source text fit in one input, prompt and all."""
        return max(16, (self.context_tokens or 1024) // 2)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text in the model's own count (words, by default)."""
        return [len(text.split()) for text in texts]

    def preprocess(self, requests: Sequence[GenerationRequest]) -> Any:
        """The batch `generate` takes (the requests themselves, by default)."""
        return list(requests)

    @abstractmethod
    def generate(self, batch: Any, requests: Sequence[GenerationRequest]) -> Any:
        """The model's output for `batch`, which `postprocess` turns into texts."""

    def close(self) -> None:
        """Free the model's memory now rather than when the backend is collected (nothing, by default)."""

    def postprocess(self, output: Any, batch: Any) -> list[Generated | str | Exception]:
        """A `Generated` per request, in request order (the text with the tokens it read and
        wrote: counts travel with their answer, never on the backend, which threads share), or
        an exception for a request that failed on its own. A plain string is a text whose token
        counts are unknown. By default, `generate`'s output as it is."""
        return list(output)


def generate_batch(backend: Backend, requests: Sequence[GenerationRequest]) -> list[str]:
    """preprocess -> generate -> postprocess for one batch: the texts; the first failure is raised."""
    texts = []
    for result in generate_results(backend, requests):
        if isinstance(result, BaseException):
            raise result
        texts.append(result.text)
    return texts


def generate_results(backend: Backend, requests: Sequence[GenerationRequest]) -> list[Generated | Exception]:
    """A `Generated` per request, or the error that stopped it: a batch that fails as a whole
    gives its error to every request, a request that fails alone keeps its error to itself."""
    try:
        outputs = _run_batch(backend, requests)
    except Exception as exc:  # noqa: BLE001 - handed to each document; KeyboardInterrupt goes on up
        return [exc] * len(requests)
    return [output if isinstance(output, (Generated, Exception)) else Generated(str(output)) for output in outputs]


def _run_batch(backend: Backend, requests: Sequence[GenerationRequest]) -> list[Any]:
    """preprocess -> generate -> postprocess, with memory errors made readable."""
    try:
        batch = backend.preprocess(requests)
        output = backend.generate(batch, requests)
        return backend.postprocess(output, batch)
    except BaseException as exc:  # noqa: BLE001 - re-raised unless it is an out-of-memory error
        if is_out_of_memory(exc):
            raise ModelError(
                f"model {backend.name!r} ran out of memory on {backend.device} with a batch of {len(requests)}; "
                f"try a smaller batch (--batch-size {max(1, len(requests) // 2)}, or batch_size= in the library), "
                "--device cpu, or a smaller model"
            ) from None
        raise


def backend_class(kind: str) -> type[Backend]:
    """The `Backend` subclass registered for `kind`; anything else registered is refused by name."""
    factory = BACKENDS.factory(kind)  # an unknown kind fails here, listing the known ones
    if not (isinstance(factory, type) and issubclass(factory, Backend)):
        raise ModelError(f"model kind {kind!r} is registered as {factory!r}, which is not a subclass of summarizer.Backend")
    return factory


def load_backend(
    spec: ModelSpec, device: str = "auto", options: Options | None = None, settings: Mapping[str, Any] | None = None
) -> Backend:
    """The backend for `spec`'s kind, given `settings` (``--model-setting``; an unknown one is an
    `OptionsError` naming those its class takes). A class with ``needs_torch = False`` is built
    without torch; one with ``takes_options = True`` is given the options too (a server's address
    and time-outs): ``factory(spec, device, options)``."""
    from summarizer.models.store import CHECKER_KIND, not_a_summariser

    if spec.kind == CHECKER_KIND:
        raise ModelError(not_a_summariser(spec.name))
    if settings is None and options is not None:
        settings = options.model_settings
    factory = backend_class(spec.kind)
    if not factory.needs_torch:
        # llama.cpp (and the like) place the model themselves; loading torch would only cost memory.
        if device not in DEVICES:
            raise OptionsError(f"device must be one of {', '.join(DEVICES)}, got {device!r}")
    else:
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError:
            raise MissingResourceError(
                "the abstractive mode needs torch and transformers: pip install 'summarizer[abstractive]'"
            ) from None
        set_threads()
        device = pick_device(device)
    arguments = (spec, device, options) if factory.takes_options else (spec, device)
    return BACKENDS.create(spec.kind, *arguments, **dict(settings or {}))

