"""Greedy decoding with drafts looked up in the prompt (prompt lookup decoding) for llama.cpp.

A summary repeats long runs of its source: after "Ukrainian President", the article itself says
what comes next. Each step here guesses the next few tokens by finding the last tokens written in
the prompt (or earlier in the answer) and copying what followed them there; the model then reads the
token it chose plus the guesses in one batch, and every guess that matches its own greedy choice is
kept. The answer is the model's greedy answer either way; only the number of model steps changes:
on a CPU one step over four tokens costs about 1.5 steps over one, and on copy-heavy summaries most
guesses hold.

llama-cpp-python's own `LlamaPromptLookupDecoding` needs ``logits_all`` (a float row of the whole
vocabulary kept for every context position: 1.5 GB for a 2.5k context of a 150k vocabulary) and,
in 0.3.x, fails unless the context is built with it. This loop asks for logits only on the tokens
of the current batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# Guesses per step to start with. On this project's 2-core CPU, fixed drafts of 3, 6 and 10 gave
# the same total for the seed article (0.5B model): longer drafts took fewer steps, and each step
# cost that much more.
DRAFT_TOKENS = 3
# After a step whose guesses all held, the next guesses 3 more, up to 9: a summary line that copies
# its source goes on copying, and where a step's cost is mostly reading the weights, one step over
# 10 tokens costs far less than three over 4. At the first miss the draft is short again. Where
# each token of a step costs much (the 1.5B on this project's CPU: 4 tokens 285 ms, 8 tokens
# 614 ms), longer steps do not pay, so the loop times its steps and stops growing once the grown
# ones have cost more per token kept than the short ones that held whole. Seed article, decode
# CPU on one thread, same answer: 0.5B 5.93 -> 5.19 s; 1.5B 10.56 -> 10.50 s (10.16 -> 10.99 s
# with growth that never stops). Fixed drafts of 6 or 10 lose at every miss what they win on a copy.
# (A step over more tokens sums the same logits in another order: where two tokens all but tie,
# the greedy choice can flip. 1 of 50 CNN/DM dev answers of the 0.5B changed so, a whole line.)
MAX_DRAFT_TOKENS = 9
GROWTH = 3
JUDGED_AFTER = 3  # steps of each kind timed before growth is judged
_clock = time.perf_counter  # the steps' timer (tests put a clock of their own here)
LONGEST_MATCH = 3  # the last 3, then the last 2 tokens written are looked up, longest first
SHORTEST_MATCH = 2  # a single token (a comma, "the") finds too many places to copy from


@dataclass(frozen=True, slots=True)
class Decoded:
    tokens: list[int]  # the answer's tokens, end-of-generation token excluded
    text: str  # the answer, cut before the first stop string
    finished: bool  # ended by the model or a stop string, not by the token limit
    steps: int  # model calls after reading the prompt


def draft(history: Sequence[int], count: int, longest: int = LONGEST_MATCH, shortest: int = SHORTEST_MATCH) -> list[int]:
    """Up to `count` tokens that followed the most recent earlier occurrence of the last
    `longest`..`shortest` tokens of `history`; [] when none recurs."""
    size = len(history)
    for length in range(min(longest, size - 1), shortest - 1, -1):
        tail = list(history[size - length :])
        first = tail[0]
        # Newest occurrence first: the answer's own recent text is the likeliest to repeat.
        for start in range(size - length - 1, -1, -1):
            if history[start] == first and list(history[start : start + length]) == tail:
                follow = list(history[start + length : start + length + count])
                if follow:
                    return follow
    return []


def supported(llm: Any) -> bool:
    """Whether the loop can run on this model: it drops rejected guesses from the key/value cache,
    which recurrent and hybrid models cannot do, and it uses llama-cpp-python internals that older
    0.3.x releases lack (then their own loop runs, as for a sampling preset)."""
    import llama_cpp

    if getattr(llm, "_is_recurrent", False) or getattr(llm, "_is_hybrid", False):
        return False
    context, batch = getattr(llm, "_ctx", None), getattr(llm, "_batch", None)
    return (
        hasattr(llama_cpp, "llama_vocab_is_eog")
        and hasattr(getattr(llm, "_model", None), "vocab")
        and all(hasattr(context, name) for name in ("decode", "get_logits", "get_logits_ith", "kv_cache_seq_rm"))
        and hasattr(batch, "set_batch")
        and hasattr(llm, "input_ids")
    )


def decode_greedy(
    llm: Any,
    prompt: Sequence[int],
    limit: int,
    stop: Sequence[str] = (),
    stopped: Callable[[Sequence[int]], bool] | None = None,
    draft_tokens: int = DRAFT_TOKENS,
    ends_at_repeated_line: bool = False,
    on_text: Callable[[str, bool], None] | None = None,
    enough: Callable[[str], bool] | None = None,
) -> Decoded:
    """The model's greedy answer to `prompt` (token ids), at most `limit` tokens.

    Ends at an end-of-generation token, at `stopped(ids)` (the chat template's end-of-turn check,
    given prompt and answer so far), or at the first of the `stop` strings in the text; with
    `ends_at_repeated_line`, also once a finished line repeats an earlier one word for word (a greedy
    model that does so is caught in a loop and would only repeat it to the limit). The prompt's
    prefix already in the cache from the previous call is not read again (as create_completion does).
    `enough(text)` is asked after each token whether the answer so far is all that will be used
    (the summary's sentences are written). `on_text(text, whole)` is given the answer so far after each token and the whole answer at the
    end (see abstract/streaming.py).
    """
    import llama_cpp
    import numpy as np

    vocab_size = llm.n_vocab()
    vocab = llm._model.vocab
    context = llm._ctx
    _read_prompt(llm, list(prompt))
    last = np.ctypeslib.as_array(context.get_logits_ith(-1), shape=(vocab_size,))
    chosen = int(last.argmax())
    history = list(prompt)
    answer: list[int] = []
    steps = 0

    def take(token: int) -> str | None:
        """Add one token to the answer; why the answer ends with it, if it does."""
        if llama_cpp.llama_vocab_is_eog(vocab, token):
            return "finished"
        history.append(token)
        if stopped is not None and stopped(history):  # an end-of-turn token: not part of the text
            return "finished"
        answer.append(token)
        if stop or ends_at_repeated_line or on_text is not None or enough is not None:
            text = _text(llm, answer)
            if any(s and s in text for s in stop) or (ends_at_repeated_line and _repeats_a_line(text)):
                return "finished"
            if enough is not None and enough(text):
                return "finished"
            if on_text is not None:
                on_text(text, False)
        if len(answer) >= limit or llm.n_tokens + 1 >= llm.n_ctx():
            return "limit"
        return None

    ending = take(chosen)
    count = draft_tokens
    # [seconds, tokens kept, steps] of short steps whose guesses all held, and of grown steps.
    short, grown = [0.0, 0, 0], [0.0, 0, 0]
    grows = True
    while ending is None:
        room = min(count, limit - len(answer), llm.n_ctx() - llm.n_tokens - 2)
        guesses = draft(history, room) if room > 0 else []
        batch = [chosen, *guesses]
        start = llm.n_tokens
        llm._batch.set_batch(batch, n_past=start, logits_all=True)
        began = _clock()
        context.decode(llm._batch)
        took = _clock() - began
        steps += 1
        rows = np.ctypeslib.as_array(context.get_logits(), shape=(len(batch) * vocab_size,)).reshape(len(batch), vocab_size)
        predicted = [int(token) for token in rows.argmax(axis=1)]
        kept = 0
        while kept < len(guesses) and guesses[kept] == predicted[kept]:
            kept += 1
        # A copy that held whole is likely to go on (see MAX_DRAFT_TOKENS), while longer steps pay.
        tally = grown if len(guesses) > draft_tokens else short if guesses and kept == len(guesses) else None
        if tally is not None:
            tally[0], tally[1], tally[2] = tally[0] + took, tally[1] + 1 + kept, tally[2] + 1
        if grows and min(short[2], grown[2]) >= JUDGED_AFTER and grown[0] * short[1] > short[0] * grown[1]:
            grows = False
        full = bool(guesses) and kept == len(guesses) == count
        count = min(max(MAX_DRAFT_TOKENS, draft_tokens), count + GROWTH) if grows and full else draft_tokens
        # The cache keeps the chosen token and the guesses the model agreed with; the rest go.
        llm.input_ids[start : start + 1 + kept] = batch[: 1 + kept]
        llm.n_tokens = start + 1 + kept
        context.kv_cache_seq_rm(-1, llm.n_tokens, -1)
        for token in guesses[:kept]:
            ending = take(token)
            if ending is not None:
                break
        else:
            chosen = predicted[kept]
            ending = take(chosen)
    finished = ending == "finished"
    text = _text(llm, answer)
    cuts = [text.find(s) for s in stop if s and s in text]
    if cuts:
        text, finished = text[: min(cuts)], True
    if on_text is not None:
        on_text(text, True)
    return Decoded(answer, text, finished, steps)


def _read_prompt(llm: Any, prompt: list[int]) -> None:
    """Evaluate the prompt, reusing the cached prefix it shares with the previous call; at least
    its last token is read again, for the logits of the first answer token."""
    cached = llm.n_tokens
    shared = 0
    for old, new in zip(llm.input_ids[:cached], prompt):
        if old != new:
            break
        shared += 1
    shared = min(shared, len(prompt) - 1)
    llm.n_tokens = shared  # eval drops the cache from here on
    llm.eval(prompt[shared:])


def _repeats_a_line(text: str) -> bool:
    """Whether the last finished line of `text` (one ended by a line break) is an earlier line."""
    if not text.endswith("\n"):
        return False
    lines = [line.strip() for line in text.splitlines()]
    last = lines[-1] if lines else ""
    return bool(last) and last in lines[:-1]


def _text(llm: Any, tokens: list[int]) -> str:
    # Decoded whole each time: a character split across tokens is dropped only while incomplete.
    return llm.detokenize(tokens).decode("utf-8", errors="ignore")
