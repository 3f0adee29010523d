"""A real instruction-tuned model from one .gguf file (slow; needs SUMMARIZER_TEST_GGUF=path)."""

from __future__ import annotations

import os

import pytest

GGUF = os.environ.get("SUMMARIZER_TEST_GGUF")


@pytest.mark.slow
@pytest.mark.skipif(not GGUF, reason="set SUMMARIZER_TEST_GGUF to a chat model's .gguf file")
def test_a_gguf_chat_model_writes_a_cited_summary(samples_dir):
    pytest.importorskip("gguf")
    from summarizer import Summarizer

    summary = Summarizer(mode="abstractive", model=GGUF, device="cpu", sentences=2).summarize(samples_dir / "city-budget.txt")
    assert 1 <= len(summary.lines) <= 2
    assert all(line.citations for line in summary.lines)
    from summarizer.models.store import llamacpp_available

    assert summary.stats["model"]["kind"] == ("llamacpp" if llamacpp_available() else "causal")


@pytest.mark.slow
@pytest.mark.skipif(not GGUF, reason="set SUMMARIZER_TEST_GGUF to a chat model's .gguf file")
def test_a_gguf_chat_models_lines_are_heard_as_written_and_the_kept_ones_are_among_them(samples_dir):
    import re

    pytest.importorskip("llama_cpp")
    from summarizer import Summarizer
    from summarizer.abstract.streaming import watching_lines

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    shown: list[str] = []
    with watching_lines(shown.append):
        summary = Summarizer(mode="abstractive", model=GGUF, device="cpu", sentences=2).summarize(samples_dir / "city-budget.txt")
    assert 1 <= len(shown) <= 2
    generated = [line.text for line in summary.lines if line.origin == "generated"]
    assert all(any(words(line) == words(heard) for heard in shown) for line in generated)
    assert summary.stats["generation"]["tokens_out"] < summary.stats["lines"]["asked"] * 48  # it ended when done
