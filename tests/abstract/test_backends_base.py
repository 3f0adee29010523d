"""The `Backend` base class: its defaults, what `load_backend` asks of a kind, and `KIND:NAME`."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import BACKENDS, Backend, GenerationRequest, ModelError
from summarizer.abstract.backends import generate_batch, load_backend
from summarizer.models.store import ModelSpec, resolve_model


class Upper(Backend):
    kind = "upper"
    needs_torch = False

    def __init__(self, spec: ModelSpec, device: str):
        self.name = spec.name

    def generate(self, batch, requests):
        return [request.text.upper() for request in batch]


class NotABackend:
    needs_torch = False

    def __init__(self, spec, device):
        pass


def test_a_backend_writes_only_generate_and_gets_the_rest() -> None:
    backend = Upper(ModelSpec("upper", "", "upper"), "cpu")
    assert (backend.concurrent, backend.takes_options, backend.needs_torch, backend.context_tokens) == (False, False, False, None)
    assert backend.count_tokens(["two words"]) == [2] and backend.text_budget() > 0
    request = GenerationRequest(text="a quiet day", sentences=1, words=5, max_new_tokens=8)
    assert generate_batch(backend, [request]) == ["A QUIET DAY"]
    with pytest.raises(TypeError):
        Backend()  # type: ignore[abstract]


def test_load_backend_builds_a_registered_subclass_and_refuses_anything_else(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BACKENDS._factories, "upper", Upper)
    monkeypatch.setitem(BACKENDS._factories, "loose", NotABackend)
    assert isinstance(load_backend(resolve_model("upper:anything"), "cpu"), Upper)
    with pytest.raises(ModelError, match="not a subclass of summarizer.Backend"):
        load_backend(ModelSpec("loose", "", "loose"), "cpu")


def test_kind_name_form_for_every_registered_kind(tmp_path: Path) -> None:
    assert resolve_model("openai:llama3.2") == ModelSpec("openai:llama3.2", "", "openai")
    assert resolve_model("echo") == ModelSpec("echo", "", "echo")  # the test plugin's kind
    assert resolve_model("echo:foo") == ModelSpec("echo:foo", "foo", "echo")
    folder = tmp_path / "model"
    folder.mkdir()
    assert resolve_model(f"seq2seq:{folder}") == ModelSpec(f"seq2seq:{folder}", str(folder), "seq2seq")
    model_file = tmp_path / "m.gguf"
    model_file.write_bytes(b"GGUF")
    assert resolve_model(f"llamacpp:{model_file}") == ModelSpec(f"llamacpp:{model_file}", str(tmp_path), "llamacpp", "m.gguf")
    with pytest.raises(Exception, match="KIND:NAME"):
        resolve_model("no-such-model")
