"""A prompt cache file whose layout is intact but whose contents are not is never restored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.abstract.prompt_cache import MAGIC
from summarizer.models import store as modelstore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import build_tiny_gguf

    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}][:3]
    return build_tiny_gguf(tmp_path_factory.mktemp("damaged-cache-model") / "tiny.gguf", corpus)


def _answer(path: Path):
    from summarizer.abstract.backends import GenerationRequest, generate_results
    from summarizer.abstract.llamacpp_backend import LlamaCppBackend

    backend = LlamaCppBackend(modelstore.resolve_model(str(path)), "cpu")
    request = GenerationRequest("The ferry sailed at dawn.", 1, 20, 16, 0, ("The ferry sailed at dawn.",))
    (answer,) = generate_results(backend, [request])
    cache = backend._prefix_cache
    backend.close()
    return answer, cache


def test_a_changed_byte_in_the_saved_state_is_not_restored(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    good, cache = _answer(tiny_model)
    saved = bytearray(cache.path.read_bytes())
    saved[-64] ^= 0xFF  # in the last cached values: the layout llama.cpp checks is untouched
    cache.path.write_bytes(bytes(saved))
    answer, again = _answer(tiny_model)
    assert not again.restored and answer.text == good.text
    restored, third = _answer(tiny_model)  # saved whole again by the run before
    assert third.restored and restored.text == good.text


def test_a_header_that_is_not_a_table_is_ignored_not_an_error(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    good, cache = _answer(tiny_model)
    saved = cache.path.read_bytes()
    state = saved[saved.index(b"\n", len(MAGIC)) + 1 :]
    cache.path.write_bytes(MAGIC + json.dumps([1, 2]).encode() + b"\n" + state)
    answer, again = _answer(tiny_model)
    assert not isinstance(answer, Exception) and answer.text == good.text and not again.restored
