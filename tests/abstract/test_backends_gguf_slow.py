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
