"""Model backends: a transformer behind a small preprocess / generate / postprocess protocol.

Two kinds are built in and registered by name like the rankers: ``seq2seq`` for encoder-decoder
summarisers (BART, DistilBART, PEGASUS, T5) and ``causal`` for instruction-tuned chat models,
prompted through the tokenizer's chat template. torch and transformers are imported here only,
inside the functions that need them, so `import summarizer` stays cheap.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from summarizer.errors import MissingResourceError, ModelError, OptionsError, UnknownComponentError
from summarizer.options import DEVICES

if TYPE_CHECKING:
    from summarizer.modelstore import ModelSpec

THREADS_ENV = "SUMMARIZER_THREADS"

SYSTEM_PROMPT = (
    "You summarise news text. Write plain, neutral sentences that state only facts found in the "
    "text: no opinions, no judgements, no praise or blame, nothing the text does not say."
)
USER_PROMPT = (
    "Summarise the news text below in at most {sentences} short sentence{plural} (about {words} "
    "words in all). Keep names, numbers and dates exactly as written. Reply with the summary only.\n\n"
    "Text:\n{text}"
)

@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """One summary to write: the text the model reads and how long the answer may be."""

    text: str
    sentences: int
    words: int
    max_new_tokens: int
    min_new_tokens: int = 0

class Backend(Protocol):
    name: str
    kind: str
    device: str

    def text_budget(self) -> int:
        """How many tokens of source text fit in one input, prompt and all."""
        ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...

    def preprocess(self, requests: Sequence[GenerationRequest]) -> Any: ...

    def generate(self, batch: Any, requests: Sequence[GenerationRequest]) -> Any: ...

    def postprocess(self, output: Any, batch: Any) -> list[str]: ...

_BACKENDS: dict[str, Callable[[ModelSpec, str], Backend]] = {}

def register_backend(kind: str) -> Callable[[Callable[[ModelSpec, str], Backend]], Callable[[ModelSpec, str], Backend]]:
    def decorator(factory: Callable[[ModelSpec, str], Backend]) -> Callable[[ModelSpec, str], Backend]:
        _BACKENDS[kind] = factory
        return factory

    return decorator

def backend_kinds() -> list[str]:
    return sorted(_BACKENDS)

def run_batch(backend: Backend, requests: Sequence[GenerationRequest]) -> list[str]:
    """preprocess -> generate -> postprocess for one batch, with memory errors made readable."""
    try:
        batch = backend.preprocess(requests)
        output = backend.generate(batch, requests)
        return backend.postprocess(output, batch)
    except BaseException as exc:  # noqa: BLE001 - re-raised unless it is an out-of-memory error
        if _is_out_of_memory(exc):
            raise ModelError(
                f"model {backend.name!r} ran out of memory on {backend.device} with a batch of {len(requests)}; "
                "try a smaller --batch-size, --device cpu, or a smaller model"
            ) from None
        raise

def _is_out_of_memory(exc: BaseException) -> bool:
    if isinstance(exc, MemoryError):
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()

def pick_device(device: str) -> str:
    if device not in DEVICES:
        raise OptionsError(f"device must be one of {', '.join(DEVICES)}, got {device!r}")
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ModelError("--device cuda was asked for, but torch sees no CUDA GPU; use --device cpu or auto")
    return device

def _set_threads() -> None:
    """Honour SUMMARIZER_THREADS (else torch's own default, which follows OMP_NUM_THREADS)."""
    value = os.environ.get(THREADS_ENV)
    if value:
        import torch

        try:
            torch.set_num_threads(max(1, int(value)))
        except ValueError:
            raise OptionsError(f"{THREADS_ENV} must be a whole number, got {value!r}") from None

def load_backend(spec: ModelSpec, device: str = "auto") -> Backend:
    if spec.kind not in _BACKENDS:
        raise UnknownComponentError("model kind", spec.kind, _BACKENDS)
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        raise MissingResourceError(
            "the abstractive mode needs torch and transformers: pip install 'summarizer[abstractive]'"
        ) from None
    _set_threads()
    return _BACKENDS[spec.kind](spec, pick_device(device))

def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

def _load_pretrained(spec: ModelSpec, device: str, auto_class_name: str) -> tuple[Any, Any]:
    """Tokenizer and model from local files only: loading never reaches for the network."""
    import torch
    import transformers

    kwargs: dict[str, Any] = {"local_files_only": True}
    if spec.gguf_file:
        import importlib.util

        # Without it transformers fails deep inside loading, which would read as a corrupt file.
        if importlib.util.find_spec("gguf") is None:
            raise MissingResourceError(
                f"model {spec.name!r} is a .gguf file, which needs the gguf package: pip install 'summarizer[gguf]'"
            )
        kwargs["gguf_file"] = spec.gguf_file
    transformers.utils.logging.disable_progress_bar()  # one summary line, not a GGUF progress bar
    transformers.utils.logging.set_verbosity_error()
    dtype = torch.float32
    if device == "cuda":
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    try:
        # GGUF conversion draws its own tqdm bar on stderr; a CLI run should print the summary only.
        quiet = contextlib.redirect_stderr(io.StringIO()) if spec.gguf_file else contextlib.nullcontext()
        with quiet:
            tokenizer = transformers.AutoTokenizer.from_pretrained(spec.path, **kwargs)
            model = getattr(transformers, auto_class_name).from_pretrained(spec.path, dtype=dtype, **kwargs)
    except BaseException as exc:  # noqa: BLE001 - everything a broken model dir can throw
        if isinstance(exc, KeyboardInterrupt):
            raise
        if _is_out_of_memory(exc):
            raise ModelError(f"model {spec.name!r} does not fit in memory on {device}; try a smaller model") from None
        raise ModelError(
            f"model {spec.name!r} could not be loaded from {spec.path} ({_first_line(exc)}); "
            "the files look incomplete or corrupt: download them again"
        ) from None
    model.to(device)
    model.eval()
    return tokenizer, model

def _default_budget(model: Any, tokenizer: Any, fallback: int) -> int:
    limits = [fallback]
    positions = getattr(model.config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        limits.append(positions)
    if isinstance(tokenizer.model_max_length, int) and 0 < tokenizer.model_max_length < 1_000_000:
        limits.append(tokenizer.model_max_length)
    return min(limits)

class _TransformersBackend:
    """What both kinds share: loading, token counting, generation settings."""

    kind = ""
    fallback_budget = 512

    def __init__(self, spec: ModelSpec, device: str, auto_class_name: str):
        self.name = spec.name
        self.device = device
        self.tokenizer, self.model = _load_pretrained(spec, device, auto_class_name)
        self.max_input_tokens = spec.max_input_tokens or _default_budget(self.model, self.tokenizer, self.fallback_budget)
        self.generation = dict(spec.generation)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encoded = self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]

    def _generate(self, batch: Any, requests: Sequence[GenerationRequest], **extra: Any) -> Any:
        import torch

        settings = {"do_sample": False, **self.generation, **extra}  # greedy unless a preset says otherwise
        settings["max_new_tokens"] = max(r.max_new_tokens for r in requests)
        settings["min_new_tokens"] = min(r.min_new_tokens for r in requests)
        with torch.inference_mode():
            return self.model.generate(**batch, **settings)

@register_backend("seq2seq")
class Seq2SeqBackend(_TransformersBackend):
    """Encoder-decoder summarisers through AutoModelForSeq2SeqLM: the input is the source text."""

    kind = "seq2seq"
    fallback_budget = 512

    def __init__(self, spec: ModelSpec, device: str):
        super().__init__(spec, device, "AutoModelForSeq2SeqLM")
        params = getattr(self.model.config, "task_specific_params", None) or {}
        prefix = (params.get("summarization") or {}).get("prefix")
        if prefix is None and getattr(self.model.config, "model_type", "") == "t5":
            prefix = "summarize: "  # T5 was trained with task prefixes
        self.prefix = prefix or ""

    def text_budget(self) -> int:
        overhead = len(self.tokenizer(self.prefix)["input_ids"]) if self.prefix else 2
        return max(16, self.max_input_tokens - overhead)

    def preprocess(self, requests: Sequence[GenerationRequest]) -> Any:
        texts = [self.prefix + r.text for r in requests]
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_input_tokens, return_tensors="pt")
        return batch.to(self.device)

    def generate(self, batch: Any, requests: Sequence[GenerationRequest]) -> Any:
        return self._generate(batch, requests)

    def postprocess(self, output: Any, batch: Any) -> list[str]:
        return [" ".join(text.split()) for text in self.tokenizer.batch_decode(output, skip_special_tokens=True)]

@register_backend("causal")
class CausalBackend(_TransformersBackend):
    """Instruction-tuned chat models through AutoModelForCausalLM and the tokenizer's chat template."""

    kind = "causal"
    fallback_budget = 2048

    def __init__(self, spec: ModelSpec, device: str):
        super().__init__(spec, device, "AutoModelForCausalLM")
        # Left padding keeps every prompt's last token next to the first generated one.
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        if not getattr(self.tokenizer, "chat_template", None):
            raise ModelError(f"model {spec.name!r} has no chat template; the abstractive mode needs an instruction-tuned model")

    def prompt(self, request: GenerationRequest) -> str:
        user = USER_PROMPT.format(
            sentences=request.sentences, plural="s" * (request.sentences != 1), words=request.words, text=request.text
        )
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]
        try:
            return self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        except Exception:  # noqa: BLE001 - some templates refuse a system turn: fold it into the user's
            merged = [{"role": "user", "content": f"{SYSTEM_PROMPT}\n\n{user}"}]
            return self.tokenizer.apply_chat_template(merged, add_generation_prompt=True, tokenize=False)

    def text_budget(self) -> int:
        empty = GenerationRequest(text="", sentences=3, words=60, max_new_tokens=0)
        overhead = len(self.tokenizer(self.prompt(empty), add_special_tokens=False)["input_ids"])
        return max(16, self.max_input_tokens - overhead)

    def preprocess(self, requests: Sequence[GenerationRequest]) -> Any:
        prompts = [self.prompt(r) for r in requests]
        batch = self.tokenizer(prompts, padding=True, add_special_tokens=False, return_tensors="pt")
        return batch.to(self.device)

    def generate(self, batch: Any, requests: Sequence[GenerationRequest]) -> Any:
        # A static key/value cache is written in place; the default dynamic one re-concatenates
        # every layer's cache at every step, which dominated CPU decoding time in our measurements.
        cache = {} if "cache_implementation" in self.generation else {"cache_implementation": "static"}
        return self._generate(batch, requests, pad_token_id=self.tokenizer.pad_token_id, **cache)

    def postprocess(self, output: Any, batch: Any) -> list[str]:
        new_tokens = output[:, batch["input_ids"].shape[1] :]
        return [text.strip() for text in self.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]
