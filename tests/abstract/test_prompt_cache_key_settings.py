"""A saved prompt prefix is restored only under what it was computed with: the same model file
(not one replaced in place by another of the same size and time), the same layers offloaded to a
GPU, the same context and batch sizes. Before, the key had the file's path, size and time, the
context size and the thread count only."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from summarizer.models import store as modelstore


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import sample_gguf

    return sample_gguf(tmp_path_factory.mktemp("prompt-cache-key-model"))


def _cache_after_one_answer(path: Path):
    """A fresh backend (as in a new process), one answer, and its prefix cache."""
    from summarizer.abstract.backends import GenerationRequest, generate_results
    from summarizer.abstract.llamacpp_backend import LlamaCppBackend

    backend = LlamaCppBackend(modelstore.resolve_model(str(path)), "cpu")
    request = GenerationRequest(
        "The harbour reopened on Monday after a strike.", 2, 30, 8, 0,
        ("The harbour reopened on Monday after a strike.", "Ships had queued for two days."),
    )
    generate_results(backend, [request])
    cache = backend._prefix_cache
    backend.close()
    return cache


def test_a_model_file_replaced_in_place_with_the_same_size_and_time_is_not_restored(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path / "cache"))
    model = tmp_path / "model.gguf"
    shutil.copyfile(tiny, model)
    first = _cache_after_one_answer(model)
    assert first.path.is_file() and _cache_after_one_answer(model).restored
    stat = model.stat()
    data = bytearray(model.read_bytes())
    data[-1] ^= 1  # one bit of the last weight: another model, same size
    model.write_bytes(bytes(data))
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert model.stat().st_size == stat.st_size and model.stat().st_mtime_ns == stat.st_mtime_ns
    replaced = _cache_after_one_answer(model)
    assert not replaced.restored
    assert replaced.path != first.path


def test_another_number_of_gpu_layers_gets_a_file_of_its_own(tiny, tmp_path, monkeypatch):
    import summarizer.abstract.llamacpp_backend as llamacpp_backend

    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path / "cache"))
    on_cpu = _cache_after_one_answer(tiny)
    # As where llama.cpp has a GPU: every layer offloaded (a CPU-only build ignores it).
    monkeypatch.setattr(llamacpp_backend, "_placement", lambda llama_cpp, device: ("gpu", -1))
    offloaded = _cache_after_one_answer(tiny)
    assert not offloaded.restored
    assert offloaded.path != on_cpu.path
