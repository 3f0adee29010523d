"""The fixed start of llama.cpp summary prompts, saved once and restored by later processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.abstract.prompt_cache import MAGIC, fixed_prefix
from summarizer.models import store as modelstore


def test_the_fixed_prefix_is_what_two_prompts_share_less_one_token():
    assert fixed_prefix([1, 2, 3, 4, 9], [1, 2, 3, 4, 7, 8]) == [1, 2, 3]
    assert fixed_prefix([5, 6], [7, 6]) == []
    assert fixed_prefix([], [1]) == []


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import sample_gguf

    return sample_gguf(tmp_path_factory.mktemp("prompt-cache-model"))


def _answer(path: Path, draft_tokens: int = 3, sentences: int = 2):
    """A fresh backend (a fresh context, as in a new process) and its answer to one request."""
    import dataclasses

    from summarizer.abstract.backends import GenerationRequest, generate_results
    from summarizer.abstract.llamacpp_backend import LlamaCppBackend

    spec = modelstore.resolve_model(str(path))
    backend = LlamaCppBackend(dataclasses.replace(spec, generation={"draft_tokens": draft_tokens}), "cpu")
    request = GenerationRequest(
        "The harbour reopened on Monday after a strike.", sentences, 30, 24, 0,
        ("The harbour reopened on Monday after a strike.", "Ships had queued for two days."),
    )
    (answer,) = generate_results(backend, [request])
    cache = backend._prefix_cache
    backend.close()
    return answer, cache


def _count_reads(monkeypatch) -> list[int]:
    """The length of each batch of tokens the model reads from now on."""
    import llama_cpp

    read: list[int] = []
    real_eval = llama_cpp.Llama.eval
    monkeypatch.setattr(llama_cpp.Llama, "eval", lambda llm, tokens: read.append(len(tokens)) or real_eval(llm, tokens))
    return read


@pytest.mark.parametrize("draft_tokens", [3, 0])  # the lookup loop and llama-cpp-python's own
def test_a_saved_prefix_is_restored_by_the_next_process_with_the_same_answer(tiny, tmp_path, monkeypatch, draft_tokens):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", "off")
    plain, off = _answer(tiny, draft_tokens)
    assert off is not None and off.path is None and not off.restored
    read = _count_reads(monkeypatch)
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    first, saving = _answer(tiny, draft_tokens)
    assert not saving.restored and saving.path.is_file() and len(saving.prefix) >= 8
    # The shared prefix, then the instructions up to the first sentence, then the sentences.
    assert read[0] == len(saving.prefix) and read[1] > 0 and sum(read[:3]) == first.tokens_in
    instructions = read[0] + read[1]
    assert len(list(tmp_path.glob("*.kv"))) == 2  # one file for each
    read.clear()
    second, restoring = _answer(tiny, draft_tokens)
    assert restoring.restored and restoring.restored_tokens == instructions
    assert read[0] == second.tokens_in - instructions  # only the sentences are read
    assert plain.text == first.text == second.text and plain.tokens_out == second.tokens_out


def test_another_length_asked_builds_on_the_shared_prefix_and_gets_its_own_file(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", "off")
    plain, _ = _answer(tiny, sentences=4)
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    _answer(tiny, sentences=2)
    read = _count_reads(monkeypatch)
    first, cache = _answer(tiny, sentences=4)
    assert cache.restored and cache.restored_tokens == len(cache.prefix)  # the shared start, from the other run's file
    assert read[0] > 0 and read[0] + read[1] == first.tokens_in - len(cache.prefix)
    assert len(list(tmp_path.glob("*.kv"))) == 3
    read.clear()
    again, cache = _answer(tiny, sentences=4)
    assert cache.restored_tokens > len(cache.prefix) and read[0] == again.tokens_in - cache.restored_tokens
    assert plain.text == first.text == again.text


def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    good, cache = _answer(tiny)
    files = sorted(tmp_path.glob("*.kv"))
    saved = {path: path.read_bytes() for path in files}
    assert len(files) == 2 and cache.path in saved
    for damage in (lambda raw: raw[: len(raw) // 2], lambda raw: b"not a cache", lambda raw: raw.replace(b'"tokens": [', b'"tokens": [0, ', 1)):
        for path, raw in saved.items():
            path.write_bytes(damage(raw))
        answer, again = _answer(tiny)
        assert not again.restored and answer.text == good.text
        assert all(path.read_bytes() == raw for path, raw in saved.items())  # read afresh and saved whole again


def test_a_damaged_longer_file_falls_back_to_the_shared_one(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    good, cache = _answer(tiny)
    (longer,) = [path for path in tmp_path.glob("*.kv") if path != cache.path]
    saved = longer.read_bytes()
    longer.write_bytes(saved[: len(saved) // 2])
    answer, again = _answer(tiny)
    assert again.restored_tokens == len(again.prefix) and answer.text == good.text
    assert longer.read_bytes() == saved


def test_another_model_file_or_thread_count_gets_a_file_of_its_own(tiny, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path / "cache"))
    _, first = _answer(tiny)
    copy = tmp_path / "copy.gguf"
    shutil.copyfile(tiny, copy)
    _, other = _answer(copy)
    monkeypatch.setenv("SUMMARIZER_THREADS", "3")
    _, threads = _answer(tiny)
    assert len({first.path, other.path, threads.path}) == 3
    files = {p.name for p in (tmp_path / "cache").iterdir()}
    assert len(files) == 6 and {p.name for p in (first.path, other.path, threads.path)} <= files  # and a longer start each


def test_a_changed_byte_in_the_saved_state_is_not_restored(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    good, cache = _answer(tiny)
    for path in tmp_path.glob("*.kv"):
        saved = bytearray(path.read_bytes())
        saved[-64] ^= 0xFF  # in the last cached values: the layout llama.cpp checks is untouched
        path.write_bytes(bytes(saved))
    answer, again = _answer(tiny)
    assert not again.restored and answer.text == good.text
    restored, third = _answer(tiny)  # saved whole again by the run before
    assert third.restored and restored.text == good.text


def test_a_header_that_is_not_a_table_is_ignored_not_an_error(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path))
    good, cache = _answer(tiny)
    for path in tmp_path.glob("*.kv"):
        saved = path.read_bytes()
        state = saved[saved.index(b"\n", len(MAGIC)) + 1 :]
        path.write_bytes(MAGIC + json.dumps([1, 2]).encode() + b"\n" + state)
    answer, again = _answer(tiny)
    assert not isinstance(answer, Exception) and answer.text == good.text and not again.restored
