"""Model presets, the local model store, and turning `--model NAME|PATH|HUB_ID` into files on disk.

Resolution never waits on the network: presets and hub ids are looked up in the store and the
Hugging Face cache first, and a download happens only through `summarize models download`.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from summarizer.components import BACKENDS
from summarizer.errors import MissingResourceError, ModelError, OptionsError, UnknownComponentError
from summarizer.options import SERVER_PREFIX

STORE_ENV = "SUMMARIZER_MODEL_STORE"
# Presets of this kind are fact-checking models for the verify stage (`--checker model`), not summarisers.
CHECKER_KIND = "nli"
LLAMACPP_HINT = "pip install 'summarizer[llamacpp]'"
# Where a checker's foundation model (the config and tokenizer its weights sit on) is kept, beside the weights.
FOUNDATION_DIR = "foundation"


class PerformanceHint(UserWarning):
    """A faster way to run the same model is one install away (shown once; filter it to hide it)."""


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    hub_id: str
    revision: str
    kind: str
    max_input_tokens: int
    licence: str
    description: str = ""
    generation: dict[str, Any] = field(default_factory=dict)
    file: str | None = None  # one .gguf file of the repository, for llama.cpp presets
    sha256: str | None = None  # that file's content hash, checked after download
    languages: str = "english"  # what the model summarises well, as shown by `summarize models`
    checker: dict[str, Any] = field(default_factory=dict)  # for "nli" presets: how the model checker feeds it


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """A model found on disk (or named for a backend that finds it): what the backend loads."""

    name: str  # what the user asked for, for messages
    # A local directory holding config/tokenizer/weights (or the .gguf file's folder); for
    # ``KIND:NAME``, the NAME as given; for a bare KIND, empty.
    path: str
    kind: str
    gguf_file: str | None = None
    max_input_tokens: int | None = None
    generation: dict[str, Any] = field(default_factory=dict)


def _parse_toml(text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def _preset_table() -> tuple[str, dict[str, Preset]]:
    text = resources.files("summarizer.models").joinpath("presets.toml").read_text(encoding="utf-8")
    data = _parse_toml(text)
    default = data.pop("default")
    presets: dict[str, Preset] = {}
    for name, entry in data.items():
        entry = dict(entry)
        generation, checker = entry.pop("generation", {}), entry.pop("checker", {})
        presets[name] = Preset(name=name, generation=generation, checker=checker, **entry)
        if presets[name].kind not in (*BACKENDS.names(), CHECKER_KIND):
            raise ModelError(f"preset {name!r} has unknown kind {presets[name].kind!r}")
    return default, presets


def presets() -> dict[str, Preset]:
    return dict(_preset_table()[1])


def default_model() -> str:
    return _preset_table()[0]


def store_dir() -> Path:
    """Where downloaded presets live: $SUMMARIZER_MODEL_STORE, else the user cache.

    Never a folder found by where the code happens to sit (a source checkout): downloads of
    several GB go where the user said, or where every installed copy puts them.
    """
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured).expanduser()
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache_home) / "summarizer" / "models"


def stored_path(preset: Preset) -> Path:
    return store_dir() / preset.name


def is_present(preset: Preset) -> bool:
    if preset.file:
        return (stored_path(preset) / preset.file).is_file()
    return (stored_path(preset) / "config.json").is_file()


def llamacpp_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("llama_cpp") is not None


def gguf_kind(name: str) -> str:
    """The backend kind for a .gguf model here: llama.cpp when llama-cpp-python is installed, else
    transformers' de-quantising GGUF loader (with a hint, once per process, that the first is faster)."""
    if llamacpp_available():
        return "llamacpp"
    import importlib.util

    if importlib.util.find_spec("gguf") is None:
        raise MissingResourceError(
            f"model {name!r} is a .gguf file, which runs on llama.cpp: {LLAMACPP_HINT} "
            "(or, slower, through transformers: pip install 'summarizer[gguf]')"
        )
    warnings.warn(
        f"{name} runs through transformers, which de-quantises .gguf files to fp32; "
        f"{LLAMACPP_HINT} runs it several times faster in a fraction of the memory",
        PerformanceHint,
        stacklevel=3,
    )
    return "causal"


def backend_here(preset: Preset) -> str:
    """Which backend kind this preset would use on this machine, for `summarize models`."""
    import importlib.util

    if preset.kind == CHECKER_KIND:
        return "transformers, as the fact-checking model of --checker model (not a summariser)"
    if not preset.file:
        return f"{preset.kind} (transformers)"
    if llamacpp_available():
        return "llamacpp (llama-cpp-python)"
    if importlib.util.find_spec("gguf") is not None:
        return f"causal (transformers' GGUF loader, slow: {LLAMACPP_HINT} for llama.cpp)"
    return f"none installed: {LLAMACPP_HINT}"


def download_command(name: str) -> str:
    return f"summarize models download {name}"


def _kind_from_config(directory: Path, name: str) -> str:
    try:
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model {name!r}: {directory} has no config.json; is it a saved model directory?") from None
    except (OSError, ValueError) as exc:
        raise ModelError(f"model {name!r}: cannot read {directory / 'config.json'} ({exc}); the directory looks corrupt") from None
    if not isinstance(config, dict):
        raise ModelError(f"model {name!r}: {directory / 'config.json'} is not a model configuration")
    return "seq2seq" if config.get("is_encoder_decoder") else "causal"


def _from_hf_cache(hub_id: str, revision: str | None) -> Path | None:
    """The hub id's snapshot if it is already in the Hugging Face cache; never touches the network."""
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
    except ImportError:
        return None
    try:
        kwargs: dict[str, Any] = {"local_files_only": True}
        if revision and revision != "main":
            kwargs["revision"] = revision
        return Path(snapshot_download(hub_id, **kwargs))
    except (LocalEntryNotFoundError, OSError, ValueError):
        return None


def _looks_like_path(name: str) -> bool:
    """A name only a path is written as: from the root, home or here, a .gguf file, or deeper than owner/name."""
    return name.startswith(("/", "./", "../", "~")) or name.lower().endswith(".gguf") or name.count("/") > 1 or "\\" in name


def looks_like_hub_id(name: str) -> bool:
    parts = name.split("/")
    return len(parts) == 2 and all(parts) and not name.startswith((".", "~")) and " " not in name


def _kind_form(name: str) -> ModelSpec | None:
    """``KIND:NAME`` for any registered backend kind, built-in or a plugin's: NAME is handed to
    that backend as the spec's path (a .gguf file as its folder and file)."""
    kind, colon, rest = name.partition(":")
    if not colon or kind == CHECKER_KIND or kind not in BACKENDS.names():
        return None
    if kind == SERVER_PREFIX.rstrip(":"):
        # A model behind a server: nothing on disk, and the server backend finds the server.
        return ModelSpec(name, "", kind)
    path = Path(rest).expanduser()
    if _looks_like_path(rest) and not path.exists():  # a typo, not a hub id the backend may find
        raise MissingResourceError(f"model {name!r}: no such file or folder")
    if rest.lower().endswith(".gguf") and path.is_file():
        return ModelSpec(name, str(path.parent), kind, path.name)
    return ModelSpec(name, rest, kind)


def not_a_summariser(name: str) -> str:
    """Why the fact-checking preset `name` cannot write a summary, and where it is used instead."""
    return f"model {name!r} is a fact-checking model, not a summariser: use it with --checker model --checker-setting model={name}"


def malformed_model(name: str) -> str | None:
    """What is wrong with how the model `name` is written, told without looking for the model or
    loading it, in the one line the CLI gives: `openai:` with no server model after it, or
    ``KIND:NAME`` with a kind no backend has (that is no preset or existing path), or a
    fact-checking preset, which writes no summary. None when
    nothing is. A `Summarizer` asks when it is built, so that `Summarizer(model="openai:")` fails
    at once and not on its first summary."""
    kind, colon, rest = name.partition(":")
    preset = presets().get(name)
    if preset is not None and preset.kind == CHECKER_KIND:
        return not_a_summariser(name)  # before "not downloaded": its download would be of no use here
    if name.startswith(SERVER_PREFIX) and not rest.strip():
        return f"model {name!r} names no server model: give it as {SERVER_PREFIX}NAME, e.g. {SERVER_PREFIX}llama3.2"
    if not (colon and len(kind) > 1 and kind.isidentifier() and rest) or (kind in BACKENDS.names() and kind != CHECKER_KIND):
        return None
    if name in presets() or Path(name).expanduser().exists():
        return None
    kinds = ", ".join(k for k in BACKENDS.names() if k != CHECKER_KIND)
    return f"model {name!r}: {kind!r} is no model kind; give KIND:NAME with one of {kinds}, or the path alone"


def resolve_model(name: str | None) -> ModelSpec:
    """Find `name` (a preset, a local path, a cached hub id, or ``KIND:NAME`` / ``KIND`` for a
    registered backend kind) on disk, or say exactly how to get it."""
    name = name or default_model()
    spec = _kind_form(name)
    if spec is not None:
        return spec
    table = presets()
    if name in table:
        preset = table[name]
        if preset.file:
            return _resolve_gguf_preset(preset)
        local = stored_path(preset)
        if not (local / "config.json").is_file():
            cached = _from_hf_cache(preset.hub_id, preset.revision)
            if cached is None:
                raise MissingResourceError(
                    f"model {name!r} ({preset.hub_id}) is not downloaded; get it with: {download_command(name)}"
                )
            local = cached
        return ModelSpec(name, str(local), preset.kind, None, preset.max_input_tokens, dict(preset.generation))
    path = Path(name).expanduser()
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise ModelError(f"model {name!r}: a model file must be a .gguf file; otherwise give a model directory")
        return ModelSpec(name, str(path.parent), gguf_kind(name), path.name)
    if path.is_dir():
        return ModelSpec(name, str(path), _kind_from_config(path, name))
    problem = malformed_model(name)  # "gguf:./m.gguf": a kind that is none
    if problem is not None:
        raise OptionsError(problem)
    if _looks_like_path(name):
        raise MissingResourceError(f"model {name!r}: no such file or folder")
    if looks_like_hub_id(name):
        stored = store_dir() / name.replace("/", "--")
        cached = stored if (stored / "config.json").is_file() else _from_hf_cache(name, None)
        if cached is None:
            raise MissingResourceError(
                f"model {name!r} is neither a local path nor in the Hugging Face cache; get it with: {download_command(name)}"
            )
        return ModelSpec(name, str(cached), _kind_from_config(cached, name))
    if name in BACKENDS.names() and name != CHECKER_KIND:
        return ModelSpec(name, "", name)  # a bare kind: a backend that needs no name (a plugin's)
    # (the fact-checking presets write no summary: they are offered for --checker model, not here)
    error = UnknownComponentError("model", name, [key for key, preset in table.items() if preset.kind != CHECKER_KIND])
    error.args = (
        f"{error}; or give a local model directory, a .gguf file, a hub id (owner/name), {SERVER_PREFIX}NAME for a server, "
        f"or KIND:NAME for a backend kind ({', '.join(BACKENDS.names())})",
    )
    raise error


def _resolve_gguf_preset(preset: Preset) -> ModelSpec:
    """A .gguf preset: its one file in the store, or in the Hugging Face cache at the pinned revision."""
    assert preset.file is not None
    local = stored_path(preset) / preset.file
    if not local.is_file():
        cached = _gguf_from_hf_cache(preset)
        if cached is None:
            raise MissingResourceError(
                f"model {preset.name!r} ({preset.hub_id}, {preset.file}) is not downloaded; get it with: {download_command(preset.name)}"
            )
        local = cached
    kind = gguf_kind(preset.name)
    return ModelSpec(preset.name, str(local.parent), kind, local.name, preset.max_input_tokens, dict(preset.generation) if kind == preset.kind else {})


def _gguf_from_hf_cache(preset: Preset) -> Path | None:
    try:
        from huggingface_hub import hf_hub_download
    except ImportError:
        return None
    try:
        return Path(hf_hub_download(preset.hub_id, preset.file, revision=preset.revision, local_files_only=True))
    except Exception:  # noqa: BLE001 - the hub client signals "not cached" with several types
        return None


def _download_gguf(preset: Preset) -> Path:
    """One .gguf file at the pinned revision, checked against its pinned content hash."""
    from huggingface_hub import hf_hub_download

    assert preset.file is not None
    target = stored_path(preset)
    target.mkdir(parents=True, exist_ok=True)
    try:
        with _hub_client_quiet():
            path = Path(hf_hub_download(preset.hub_id, preset.file, revision=preset.revision, local_dir=str(target)))
    except Exception as exc:  # the hub client raises many types; all mean "could not fetch"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise MissingResourceError(f"could not download {preset.file} from {preset.hub_id} at revision {preset.revision}: {first}") from None
    if preset.sha256 and _sha256(path) != preset.sha256.lower():
        path.unlink()
        raise ModelError(f"{preset.file} from {preset.hub_id} does not match its pinned sha256; removed it, try the download again")
    return target


@contextmanager
def _hub_client_quiet() -> Iterator[None]:
    """The hub client's own warnings held back while it downloads: offline, it logs each of its
    five retries ("Retrying in 8s [Retry 4/5].") before failing, and the failure is said in one
    line of ours. Its progress bars still show."""
    import logging

    hub_logger = logging.getLogger("huggingface_hub")
    level = hub_logger.level
    hub_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        hub_logger.setLevel(level)


def _refuse_offline(hub_id: str) -> None:
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}:
        raise MissingResourceError(f"cannot download {hub_id}: HF_HUB_OFFLINE is set; unset it on a machine with internet")


def _sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download(name: str) -> Path:
    """Fetch a preset (at its pinned revision) or a hub id into the store; needs the network."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise MissingResourceError("downloading models needs huggingface_hub: pip install huggingface_hub (in the abstractive and llamacpp extras)") from None
    table = presets()
    if name in table and table[name].file:
        _refuse_offline(table[name].hub_id)
        return _download_gguf(table[name])
    if name in table:
        preset = table[name]
        hub_id, revision, target = preset.hub_id, preset.revision, stored_path(preset)
    elif looks_like_hub_id(name):
        hub_id, revision, target = name, "main", store_dir() / name.replace("/", "--")
    else:
        raise UnknownComponentError("model", name, table)
    _refuse_offline(hub_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _hub_client_quiet():
            snapshot_download(
                hub_id,
                revision=revision,
                local_dir=str(target),
                # PyTorch weights and tokenizer files only; older repos hold just pytorch_model.bin.
                ignore_patterns=["*.h5", "*.msgpack", "*.ot", "*.onnx", "onnx/*", "*.tflite", "coreml/*", "*.gguf"],
            )
    except Exception as exc:  # the hub client raises many types; all mean "could not fetch"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise MissingResourceError(f"could not download {hub_id} at revision {revision}: {first}") from None
    if name in table and table[name].checker.get("foundation"):
        _download_foundation(table[name], target)
    return target


def _download_foundation(preset: Preset, target: Path) -> None:
    """A checker whose weights sit on another model's config and tokenizer (HHEM on flan-t5-base):
    those files, at their pinned revision, into `foundation/` beside the weights."""
    from huggingface_hub import snapshot_download

    hub_id, revision = preset.checker["foundation"], preset.checker.get("foundation_revision", "main")
    try:
        with _hub_client_quiet():
            snapshot_download(
                hub_id, revision=revision, local_dir=str(target / FOUNDATION_DIR),
                allow_patterns=["config.json", "tokenizer*", "special_tokens_map.json", "spiece.model", "*.txt"],
            )
    except Exception as exc:  # the hub client raises many types; all mean "could not fetch"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise MissingResourceError(f"could not download {hub_id}'s tokenizer at revision {revision}: {first}") from None
