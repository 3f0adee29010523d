"""Loading a transformers model from local files: on the chosen device, with torch's threads as
the user set them, quietly, and with a one-line error when the files are broken.

Shared by the abstractive backends and the verify stage's model checker. torch and transformers
are imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import MissingResourceError, ModelError, OptionsError
from summarizer.options import DEVICES

if TYPE_CHECKING:
    from summarizer.models.store import ModelSpec

THREADS_ENV = "SUMMARIZER_THREADS"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_out_of_memory(exc: BaseException) -> bool:
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


def set_threads() -> None:
    """Honour SUMMARIZER_THREADS (else torch's own default, which follows OMP_NUM_THREADS)."""
    value = os.environ.get(THREADS_ENV)
    if value:
        import torch

        try:
            torch.set_num_threads(max(1, int(value)))
        except ValueError:
            raise OptionsError(f"{THREADS_ENV} must be a whole number, got {value!r}") from None


@contextlib.contextmanager
def quiet_loading(transformers: Any, gguf: bool) -> Iterator[None]:
    """No warnings or progress bars while a model loads (the CLI prints the summary only), and
    transformers' settings as the host application had them afterwards."""
    logging = transformers.utils.logging
    verbosity = logging.get_verbosity()
    bars_were_enabled = logging.is_progress_bar_enabled()
    logging.set_verbosity_error()
    logging.disable_progress_bar()
    with contextlib.ExitStack() as restore:
        restore.callback(logging.set_verbosity, verbosity)
        if bars_were_enabled:
            restore.callback(logging.enable_progress_bar)
        if gguf:
            restore.enter_context(_silent_gguf_conversion())
        yield


@contextlib.contextmanager
def _silent_gguf_conversion() -> Iterator[None]:
    """GGUF de-quantisation draws a plain tqdm bar that ignores transformers' setting; swap the
    one name it uses for a disabled bar rather than capture all of stderr (which would hide any
    other thread's output too)."""
    import functools

    from transformers import modeling_gguf_pytorch_utils as gguf_utils

    original = getattr(gguf_utils, "tqdm", None)
    if original is None:
        yield
        return
    gguf_utils.tqdm = functools.partial(original, disable=True)
    try:
        yield
    finally:
        gguf_utils.tqdm = original


_GENERATING_KINDS = {"AutoModelForSeq2SeqLM": "seq2seq", "AutoModelForCausalLM": "causal"}


def _other_kind(spec: ModelSpec, auto_class_name: str) -> str | None:
    """The kind a generating model's own config.json says it is, where that is not the kind it
    was loaded as (``--model seq2seq:`` on a Llama folder): a wrong kind, not corrupt files."""
    asked = _GENERATING_KINDS.get(auto_class_name)
    if asked is None or spec.gguf_file:
        return None
    try:
        config = json.loads((Path(spec.path) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(config, dict):
        return None
    found = "seq2seq" if config.get("is_encoder_decoder") else "causal"
    return found if found != asked else None


def load_pretrained(spec: ModelSpec, device: str, auto_class_name: str) -> tuple[Any, Any]:
    """Tokenizer and model from local files only: loading never reaches for the network."""
    if not spec.path:  # "--model seq2seq:"
        raise ModelError(f"model {spec.name!r} names no model: give it as {spec.kind}:PATH or {spec.kind}:OWNER/NAME")
    if not spec.gguf_file and Path(spec.path).is_dir() and not (Path(spec.path) / "config.json").is_file():
        # a folder above the model's, say: not files to download again
        raise ModelError(f"model {spec.name!r}: {spec.path} has no config.json; is it a saved model directory?")
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
    dtype = torch.float32
    if device == "cuda":
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    try:
        with quiet_loading(transformers, bool(spec.gguf_file)):
            tokenizer = transformers.AutoTokenizer.from_pretrained(spec.path, **kwargs)
            model = getattr(transformers, auto_class_name).from_pretrained(spec.path, dtype=dtype, **kwargs)
    except BaseException as exc:  # noqa: BLE001 - everything a broken model dir can throw
        if isinstance(exc, KeyboardInterrupt):
            raise
        if is_out_of_memory(exc):
            raise ModelError(f"model {spec.name!r} does not fit in memory on {device}; try a smaller model") from None
        wrong_kind = _other_kind(spec, auto_class_name)
        if wrong_kind is not None:
            raise ModelError(
                f"model {spec.name!r}: {spec.path} holds a {wrong_kind} model, not a {spec.kind} one; "
                f"give it as {wrong_kind}:{spec.path}, or as {spec.path} alone"
            ) from None
        raise ModelError(
            f"model {spec.name!r} could not be loaded from {spec.path} ({first_line(exc)}); "
            "the files look incomplete or corrupt: download them again"
        ) from None
    model.to(device)
    model.eval()
    return tokenizer, model
