"""The transformers backends: ``seq2seq`` (BART, PEGASUS, T5 summarisers) and ``causal``
(instruction-tuned chat models prompted through their chat template). Registered by module path
in `summarizer.components.BACKENDS`; torch and transformers load only when a model does."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from summarizer.abstract.backends import Backend, Generated, GenerationRequest
from summarizer.abstract.prompts import TEMPLATE_SETTINGS, chat_messages
from summarizer.errors import ModelError
from summarizer.models.loading import load_pretrained

if TYPE_CHECKING:
    from summarizer.models.store import ModelSpec


def _default_budget(model: Any, tokenizer: Any, fallback: int) -> int:
    limits = [fallback]
    positions = getattr(model.config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        limits.append(positions)
    if isinstance(tokenizer.model_max_length, int) and 0 < tokenizer.model_max_length < 1_000_000:
        limits.append(tokenizer.model_max_length)
    return min(limits)


F = TypeVar("F", bound=Callable[..., Any])


def _serial(method: F) -> F:
    """One call at a time per backend: a fast tokenizer refuses to be used from two threads at
    once ("Already borrowed"), and batches from two threads would compete for the same cores.
    Only the public steps take the lock, and none of them calls another."""

    @functools.wraps(method)
    def locked(self: _TransformersBackend, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return locked  # type: ignore[return-value]


class _TransformersBackend(Backend):
    """What both kinds share: loading, token counting, generation settings."""

    kind = ""
    fallback_budget = 512

    def __init__(self, spec: ModelSpec, device: str, auto_class_name: str):
        self.name = spec.name
        self.device = device
        self.tokenizer, self.model = load_pretrained(spec, device, auto_class_name)
        self.max_input_tokens = spec.max_input_tokens or _default_budget(self.model, self.tokenizer, self.fallback_budget)
        self.generation = dict(spec.generation)
        self._lock = threading.Lock()

    @_serial
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

    @_serial
    def text_budget(self) -> int:
        overhead = len(self.tokenizer(self.prefix)["input_ids"]) if self.prefix else 2
        return max(16, self.max_input_tokens - overhead)

    @_serial
    def preprocess(self, requests: Sequence[GenerationRequest]) -> Any:
        texts = [self.prefix + r.text for r in requests]
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_input_tokens, return_tensors="pt")
        return batch.to(self.device)

    @_serial
    def generate(self, batch: Any, requests: Sequence[GenerationRequest]) -> Any:
        return self._generate(batch, requests)

    @_serial
    def postprocess(self, output: Any, batch: Any) -> list[Generated]:
        # The decoder's start token is not generated; padding after an early stop is not either.
        written = (output != self.tokenizer.pad_token_id).sum(dim=1) - 1 if self.tokenizer.pad_token_id is not None else None
        texts = [" ".join(text.split()) for text in self.tokenizer.batch_decode(output, skip_special_tokens=True)]
        return _with_usage(texts, batch["attention_mask"].sum(dim=1), written)


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
        # Prompt and answer share the positions: the stage keeps room for the answer within them.
        positions = getattr(self.model.config, "max_position_embeddings", None)
        self.context_tokens = positions if isinstance(positions, int) and positions > 0 else None

    def prompt(self, request: GenerationRequest) -> str:
        try:
            return self.tokenizer.apply_chat_template(chat_messages(request), add_generation_prompt=True, tokenize=False, **TEMPLATE_SETTINGS)
        except Exception:  # noqa: BLE001 - some templates refuse a system turn: fold it into the user's
            merged = chat_messages(request, system_turn=False)
            return self.tokenizer.apply_chat_template(merged, add_generation_prompt=True, tokenize=False, **TEMPLATE_SETTINGS)

    @_serial
    def text_budget(self) -> int:
        empty = GenerationRequest(text="", sentences=3, words=60, max_new_tokens=0)
        overhead = len(self.tokenizer(self.prompt(empty), add_special_tokens=False)["input_ids"])
        return max(16, self.max_input_tokens - overhead)

    @_serial
    def preprocess(self, requests: Sequence[GenerationRequest]) -> Any:
        prompts = [self.prompt(r) for r in requests]
        batch = self.tokenizer(prompts, padding=True, add_special_tokens=False, return_tensors="pt")
        return batch.to(self.device)

    @_serial
    def generate(self, batch: Any, requests: Sequence[GenerationRequest]) -> Any:
        # A static key/value cache is written in place; the default dynamic one re-concatenates
        # every layer's cache at every step, which dominated CPU decoding time in our measurements.
        cache = {} if "cache_implementation" in self.generation else {"cache_implementation": "static"}
        return self._generate(batch, requests, pad_token_id=self.tokenizer.pad_token_id, **cache)

    @_serial
    def postprocess(self, output: Any, batch: Any) -> list[Generated]:
        new_tokens = output[:, batch["input_ids"].shape[1] :]
        # Rows that stopped early are padded (pad is often eos): count the tokens before that.
        texts = [text.strip() for text in self.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]
        return _with_usage(texts, batch["attention_mask"].sum(dim=1), (new_tokens != self.tokenizer.pad_token_id).sum(dim=1))


def _with_usage(texts: list[str], read: Any, written: Any) -> list[Generated]:
    """Each text with the tokens its request read and wrote: the counts travel with the answer."""
    return [
        Generated(text, tokens_in=int(read[row]), tokens_out=max(0, int(written[row])) if written is not None else None)
        for row, text in enumerate(texts)
    ]
