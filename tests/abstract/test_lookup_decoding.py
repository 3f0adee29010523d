"""Greedy decoding with drafts from the prompt: the same answer as llama.cpp's own greedy loop in
fewer model steps, and the guesses it makes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from summarizer.abstract.lookup_decoding import decode_greedy, draft
from summarizer.models import store as modelstore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_draft_copies_what_followed_the_last_tokens_where_they_occurred_before():
    history = [5, 6, 7, 8, 9, 1, 2, 6, 7]
    assert draft(history, 3) == [8, 9, 1]
    assert draft(history, 1) == [8]


def test_draft_prefers_the_longest_and_newest_match():
    # "7 8" occurs twice; the newer one (before 4) is copied; "3 7 8" is longer and wins over both.
    assert draft([7, 8, 1, 7, 8, 4, 3, 7, 8], 2, shortest=2) == [4, 3]
    assert draft([3, 7, 8, 9, 7, 8, 4, 3, 7, 8], 1) == [9]


def test_draft_is_empty_when_nothing_recurs_or_only_one_token_does():
    assert draft([1, 2, 3, 4], 3) == []
    assert draft([1, 2, 3, 1], 3) == []  # one shared token is too weak a match by default
    assert draft([1, 2, 3, 1], 3, shortest=1) == [2, 3, 1]
    assert draft([], 3) == [] and draft([4], 3) == []


def test_a_finished_line_that_repeats_an_earlier_one_is_a_loop():
    from summarizer.abstract.lookup_decoding import _repeats_a_line

    assert _repeats_a_line("Ships queued.\nThe port reopened.\nShips queued.\n")
    assert not _repeats_a_line("Ships queued.\nThe port reopened.\nShips queued")  # not finished yet
    assert not _repeats_a_line("Ships queued.\nThe port reopened.\n")
    assert not _repeats_a_line("Ships queued.\n\n")  # blank lines are not lines


@pytest.fixture(scope="module")
def llm(tmp_path_factory):
    pytest.importorskip("gguf")
    llama_cpp = pytest.importorskip("llama_cpp")
    from tiny_models import build_tiny_gguf

    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}]
    path = build_tiny_gguf(tmp_path_factory.mktemp("lookup") / "tiny.gguf", corpus)
    model = llama_cpp.Llama(model_path=str(path), n_ctx=512, n_batch=512, n_threads=1, verbose=False, seed=0)
    yield model
    model.close()


def _prompts(llm) -> list[list[int]]:
    texts = [
        "The harbour reopened on Monday after a strike. The harbour reopened on Monday after a strike.",
        "Ships queued for a day and a half while the union and the port authority talked.",
        "A council vote on the budget was delayed until the spring.",
    ]
    return [llm.tokenize(text.encode(), add_bos=True) for text in texts]


def test_the_answer_is_llama_cpps_own_greedy_answer_for_any_draft_length(llm):
    accepted_somewhere = False
    for prompt in _prompts(llm):
        expected = llm.create_completion(prompt=prompt, max_tokens=40, temperature=0.0, repeat_penalty=1.0)
        for draft_tokens in (0, 1, 3, 6):
            decoded = decode_greedy(llm, prompt, 40, draft_tokens=draft_tokens)
            assert decoded.text == expected["choices"][0]["text"], (prompt, draft_tokens)
            assert len(decoded.tokens) == expected["usage"]["completion_tokens"]
            assert decoded.finished == (expected["choices"][0]["finish_reason"] == "stop")
            if draft_tokens == 0:
                assert decoded.steps == max(0, len(decoded.tokens) - 1)  # one model step per token after the first
            elif decoded.steps < len(decoded.tokens) - 1:
                accepted_somewhere = True
    # A random model loops on its own output: the guesses copied from it must have been kept somewhere.
    assert accepted_somewhere


def test_a_llama_cpp_python_without_the_internals_used_falls_back(llm, monkeypatch):
    import llama_cpp

    from summarizer.abstract.lookup_decoding import supported

    assert supported(llm)
    monkeypatch.delattr(llama_cpp, "llama_vocab_is_eog")
    assert not supported(llm)


def test_the_token_limit_ends_the_answer_unfinished(llm):
    prompt = _prompts(llm)[1]
    decoded = decode_greedy(llm, prompt, 5)
    assert len(decoded.tokens) <= 5
    if len(decoded.tokens) == 5:
        assert not decoded.finished


def test_a_stop_string_cuts_the_text_and_finishes_it(llm):
    prompt = _prompts(llm)[0]
    full = decode_greedy(llm, prompt, 40)
    words = full.text.split()
    if len(words) < 3:
        pytest.skip("the tiny model wrote too little to stop inside")
    stop = words[2]
    cut = decode_greedy(llm, prompt, 40, stop=[stop])
    assert cut.finished and stop not in cut.text and full.text.startswith(cut.text)


def test_a_cached_prompt_prefix_gives_the_same_answer_as_a_fresh_read(llm):
    first, second = _prompts(llm)[:2]
    fresh = decode_greedy(llm, second, 30)
    decode_greedy(llm, first, 30)
    shared = first[: len(first) // 2] + second[len(first) // 2 :]  # shares half of `first`, now in the cache
    after_cache = decode_greedy(llm, shared, 30)
    llm.reset()
    assert decode_greedy(llm, shared, 30).text == after_cache.text
    assert decode_greedy(llm, second, 30).text == fresh.text


@pytest.fixture(scope="module")
def tiny_spec(tmp_path_factory):
    """A tiny GGUF model's spec, for backends built by the tests below."""
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import build_tiny_gguf

    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}][:3]
    return modelstore.resolve_model(str(build_tiny_gguf(tmp_path_factory.mktemp("lookup-backend") / "tiny.gguf", corpus)))


def test_backend_uses_lookup_only_for_greedy_settings(tiny_spec, monkeypatch):
    from summarizer.abstract import llamacpp_backend
    from summarizer.abstract.backends import GenerationRequest, generate_results

    spec = tiny_spec
    calls: list[str] = []
    real = llamacpp_backend.decode_greedy
    monkeypatch.setattr(llamacpp_backend, "decode_greedy", lambda *a, **k: calls.append("lookup") or real(*a, **k))
    request = GenerationRequest("The harbour reopened on Monday after a strike.", 1, 10, 8, 0)

    greedy = llamacpp_backend.LlamaCppBackend(spec, "cpu")
    (answer,) = generate_results(greedy, [request])
    assert calls == ["lookup"] and answer.tokens_out <= 8
    sampling = llamacpp_backend.LlamaCppBackend(
        modelstore.ModelSpec(spec.name, spec.path, spec.kind, spec.gguf_file, generation={"temperature": 0.7}), "cpu"
    )
    switched_off = llamacpp_backend.LlamaCppBackend(
        modelstore.ModelSpec(spec.name, spec.path, spec.kind, spec.gguf_file, generation={"draft_tokens": 0}), "cpu"
    )
    generate_results(sampling, [request])
    (plain,) = generate_results(switched_off, [request])
    assert calls == ["lookup"]  # neither went through the lookup loop
    assert plain.text == answer.text  # llama.cpp's own greedy loop gives the same answer


def test_enough_ends_the_answer_at_the_first_token_it_is_true_and_keeps_its_text(llm):
    prompt = _prompts(llm)[0]
    full = decode_greedy(llm, prompt, 40)
    if len(full.text.split()) < 4:
        pytest.skip("the tiny model wrote too little to end early")
    asked: list[str] = []

    def three_words(text: str) -> bool:
        asked.append(text)
        return len(text.split()) >= 3

    early = decode_greedy(llm, prompt, 40, enough=three_words)
    assert early.finished and full.text.startswith(early.text)
    assert len(early.text.split()) >= 3 and len(early.tokens) < len(full.tokens)
    assert not any(three_words(text) for text in asked[:-1])  # not one token later than needed


def test_on_text_hears_the_answer_grow_then_the_whole_of_it(llm):
    prompt = _prompts(llm)[2]
    heard: list[tuple[str, bool]] = []
    decoded = decode_greedy(llm, prompt, 30, on_text=lambda text, whole: heard.append((text, whole)))
    assert heard[-1] == (decoded.text, True)
    growing = [text for text, whole in heard[:-1]]
    assert all(not whole for _, whole in heard[:-1]) and len(growing) == len(decoded.tokens)
    assert all(later.startswith(earlier) for earlier, later in zip(growing, growing[1:]))


def test_backend_ends_an_answer_once_the_sentences_asked_for_are_written_on_both_loops(tiny_spec, monkeypatch):
    """The lookup loop and llama-cpp-python's own (draft_tokens = 0) end at the same point."""
    from summarizer.abstract import answer_sentences, llamacpp_backend
    from summarizer.abstract.backends import GenerationRequest, generate_results

    spec = tiny_spec
    request = GenerationRequest("The harbour reopened on Monday after a strike.", 2, 10, 30, 0)
    lookup = llamacpp_backend.LlamaCppBackend(spec, "cpu")
    plain = llamacpp_backend.LlamaCppBackend(dataclasses.replace(spec, generation={"draft_tokens": 0}), "cpu")
    assert lookup.looks_ahead and not plain.looks_ahead
    (whole,) = generate_results(lookup, [request])
    words = whole.text.split()
    if len(words) < 5:
        pytest.skip("the tiny model wrote too little to end early")
    # A random model writes no sentences: stand in a rule that a prefix of its answer meets.
    monkeypatch.setattr(answer_sentences, "holds_sentences", lambda text, wanted, language: len(text.split()) > wanted + 1)
    answers = [generate_results(backend, [request])[0] for backend in (lookup, plain)]
    for answer in answers:
        assert whole.text.startswith(answer.text) and len(answer.text.split()) == 4, answer.text
        assert answer.tokens_out < whole.tokens_out
    assert answers[0].text == answers[1].text
    judge = dataclasses.replace(request, prompt=("You check facts.", "Is it true?"))
    monkeypatch.setattr(answer_sentences, "holds_sentences", lambda *a: True)
    (judged,) = generate_results(lookup, [judge])
    assert len(judged.text) > 0 and judged.tokens_out > 1  # the judge's answer is never ended as a summary


def test_both_loops_hand_the_watcher_the_same_lines(tiny_spec):
    """llama-cpp-python's own loop (draft_tokens = 0) feeds the watcher through its stopping
    criterion, the lookup loop directly: a preview is the same either way."""
    from summarizer.abstract import llamacpp_backend
    from summarizer.abstract.backends import GenerationRequest, generate_results
    from summarizer.abstract.streaming import watching_lines

    request = GenerationRequest("The harbour reopened on Monday after a strike.", 3, 30, 40, 0)
    heard = []
    for generation in ({}, {"draft_tokens": 0}):
        backend = llamacpp_backend.LlamaCppBackend(dataclasses.replace(tiny_spec, generation=generation), "cpu")
        shown: list[str] = []
        with watching_lines(shown.append):
            (answer,) = generate_results(backend, [request])
        backend.close()
        assert shown and answer.text
        heard.append(shown)
    assert heard[0] == heard[1]



class _Successor:
    """A stand-in for a llama.cpp model whose greedy choice after token t is always t + 1 (0, the
    end of generation, after `last`): an answer that copies the prompt run by run, with every step
    recorded. It has just the internals `decode_greedy` uses."""

    def __init__(self, last: int, vocab: int = 64):
        import types

        import numpy as np

        self.last, self.vocab = last, vocab
        self.input_ids = np.zeros(512, dtype=np.intc)
        self.n_tokens = 0
        self.batches: list[list[int]] = []
        self._rows = np.zeros((1, vocab), dtype=np.float32)
        self._model = types.SimpleNamespace(vocab=None)
        self._ctx = types.SimpleNamespace(
            decode=self._decode, get_logits=lambda: self._pointer(0), get_logits_ith=lambda i: self._pointer(len(self._rows) - 1),
            kv_cache_seq_rm=lambda *args: None,
        )
        self._batch = types.SimpleNamespace(set_batch=self._set_batch)
        self._pending: list[int] = []

    def n_vocab(self) -> int:
        return self.vocab

    def n_ctx(self) -> int:
        return len(self.input_ids)

    def _read(self, tokens) -> None:
        import numpy as np

        self._rows = np.zeros((len(tokens), self.vocab), dtype=np.float32)
        for row, token in enumerate(tokens):
            self._rows[row, 0 if token >= self.last else token + 1] = 1.0

    def _pointer(self, row: int):
        import ctypes

        return self._rows[row:].ctypes.data_as(ctypes.POINTER(ctypes.c_float))

    def eval(self, tokens) -> None:
        self.input_ids[self.n_tokens : self.n_tokens + len(tokens)] = tokens
        self.n_tokens += len(tokens)
        self._read(list(tokens))

    def _set_batch(self, batch, n_past, logits_all) -> None:
        self._pending = list(batch)

    def _decode(self, batch) -> None:
        self.batches.append(self._pending)
        self._read(self._pending)

    def detokenize(self, tokens, special: bool = False) -> bytes:
        return " ".join(f"w{t}" for t in tokens).encode()


def test_a_draft_that_held_whole_grows_so_a_long_copy_takes_fewer_steps(monkeypatch):
    """The answer copies the prompt's run 4..40: the first step guesses 3 tokens, and each step
    whose guesses all held guesses 3 more, up to MAX_DRAFT_TOKENS; with drafts that never grew
    the 37 tokens took 10 steps of at most 4 tokens."""
    import llama_cpp

    from summarizer.abstract.lookup_decoding import MAX_DRAFT_TOKENS

    monkeypatch.setattr(llama_cpp, "llama_vocab_is_eog", lambda vocab, token: token == 0, raising=False)
    model = _Successor(last=40)
    decoded = decode_greedy(model, [*range(1, 41), 1, 2, 3], 100, draft_tokens=3)
    assert decoded.tokens == list(range(4, 41)) and decoded.finished  # the model's own answer, whole
    sizes = [len(batch) for batch in model.batches]
    assert sizes[:3] == [4, 7, 10] and max(sizes) == MAX_DRAFT_TOKENS + 1
    assert decoded.steps == len(sizes) < 10


def test_a_miss_brings_the_draft_back_to_its_first_length(monkeypatch):
    """The answer copies the prompt's 4..20, where the prompt goes on with 50 and the answer with 21:
    the long guess after 20 misses, and once the answer finds the prompt's run 21..30, it is
    guessed 3 tokens at a time again before the draft grows anew."""
    import llama_cpp

    monkeypatch.setattr(llama_cpp, "llama_vocab_is_eog", lambda vocab, token: token == 0, raising=False)
    model = _Successor(last=30)
    decoded = decode_greedy(model, [*range(1, 21), *range(50, 60), *range(21, 31), 1, 2, 3], 100, draft_tokens=3)
    assert decoded.tokens == list(range(4, 31))
    missed = next(i for i, batch in enumerate(model.batches) if 50 in batch)
    assert len(model.batches[missed]) > 4  # it had grown
    after = [len(batch) for batch in model.batches[missed + 1 :] if len(batch) > 1]
    assert after[0] == 4 and max(after) > 4


def _runs_prompt() -> list[int]:
    """Five runs of 30 tokens, each followed in the prompt by a token the answer does not take
    (a miss per run), then the start of the first run again."""
    prompt: list[int] = []
    for run in range(5):
        prompt += [*range(1 + 30 * run, 31 + 30 * run), 201 + run]
    return [*prompt, 1, 2, 3]


@pytest.mark.parametrize(("cost", "grows"), [(lambda size: 60 + 20 * size, True), (lambda size: size * size, False)])
def test_drafts_stop_growing_once_grown_steps_cost_more_per_token(monkeypatch, cost, grows: bool):
    """A step's cost as the clock sees it: mostly fixed (reading the weights: longer steps pay),
    or growing with the square of its tokens (they do not, and the loop goes back to 4-token steps)."""
    import llama_cpp

    import summarizer.abstract.lookup_decoding as lookup

    clock = [0.0]
    model = _Successor(last=150, vocab=256)
    decode = model._ctx.decode

    def timed(batch) -> None:
        clock[0] += cost(len(model._pending))
        decode(batch)

    model._ctx.decode = timed
    monkeypatch.setattr(lookup, "_clock", lambda: clock[0])
    monkeypatch.setattr(llama_cpp, "llama_vocab_is_eog", lambda vocab, token: token == 0, raising=False)
    decoded = decode_greedy(model, _runs_prompt(), 200, draft_tokens=3)
    assert decoded.tokens == list(range(4, 151))  # the same answer either way
    sizes = [len(batch) for batch in model.batches]
    assert max(sizes) > 4  # it grew at first
    last_run = sizes[len(sizes) - 1 - sizes[::-1].index(1) :]  # from the last miss on
    assert (max(last_run) > 4) == grows, sizes
