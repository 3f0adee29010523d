"""The ``judge`` checker: a chat model asked whether a passage of the source supports each line.

Any chat model the abstractive stage can run will do (a .gguf file through llama.cpp, a
transformers chat model, or a model behind an OpenAI-compatible server), so it lives beside
those backends; `JudgedChecker` (verify/model_checker.py) does the rest: the literal checks beside
it, the passages shown (the cited sentences first, then the article in pieces), and answers kept.
A model trained for the question answers best; Bespoke-MiniCheck is served by Ollama:

    summarize check article.txt -s summary.txt --checker judge \\
        --checker-setting model=openai:bespoke-minicheck --checker-setting api_base=http://localhost:11434/v1

Optional and never required, like every model here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarizer.abstract.prompts import TEMPLATE_TOKENS
from summarizer.errors import ModelError
from summarizer.verify.model_checker import JudgedChecker, check_settings, fit_passages
from summarizer.verify.problems import Problem

JUDGE_SYSTEM = "You check facts. You are given a document and a claim. Answer with one word: Yes or No."
JUDGE_USER = (
    "Document:\n{passage}\n\nClaim:\n{claim}\n\n"
    "Is every part of the claim supported by the document? Answer Yes or No."
)
ANSWER_TOKENS = 3
_YES = re.compile(r"\W*yes\b", re.IGNORECASE)


class JudgeChecker(JudgedChecker):
    """The literal checks, plus a chat model's Yes or No on whether the source supports a line."""

    name = "judge"

    def __init__(
        self,
        model: str,
        rules: str = "literal",
        device: str = "auto",
        api_base: str | None = None,
        timeout: float = 120.0,
        context_tokens: int | None = None,
        combine: str = "veto",
    ):
        from summarizer.options import Options

        check_settings(0.5, rules, combine)  # before loading a model for nothing
        options = Options(model=model, device=device, api_base=api_base, timeout=timeout, context_tokens=context_tokens)
        super().__init__(ChatJudge.load(options), model, 0.5, rules, combine)

    def problem(self, probability: float) -> Problem:
        return Problem("model", f"model {self.model_name} judged it unsupported: it answered No for every passage of the source it was shown")


class ChatJudge:
    """A chat backend asked the judge's question; "Yes" is probability 1, anything else 0."""

    def __init__(self, backend: Any):
        self.backend = backend
        self._counts: dict[str, int] = {}

    @classmethod
    def load(cls, options: Any) -> ChatJudge:
        from summarizer.abstract.backends import load_backend
        from summarizer.models.store import resolve_model

        spec = resolve_model(options.model)
        if spec.kind == "seq2seq":
            raise ModelError(f"model {options.model!r} is a summariser, not a chat model: the judge checker asks a chat model a question")
        return cls(load_backend(spec, options.device, options))

    def count(self, text: str) -> int:
        known = self._counts.get(text)
        if known is None:  # two threads may both count a new text: the same answer, stored twice
            known = self._counts[text] = self.backend.count_tokens([text])[0]
        return known

    def close(self) -> None:
        self.backend.close()

    def fit(self, sentences: Sequence[str], claim: str, limit: int | None = None) -> list[str]:
        budget = self.backend.text_budget()
        context = self.backend.context_tokens  # a server's, which has no budget of its own
        if context:
            budget = min(budget, context - ANSWER_TOKENS - TEMPLATE_TOKENS)
        question = self.count(JUDGE_SYSTEM + JUDGE_USER.format(passage="", claim=claim))
        return fit_passages(sentences, self.count, max(32, budget - question), limit)

    def probability(self, passage: str, claim: str) -> float:
        from summarizer.abstract.backends import GenerationRequest, generate_batch

        request = GenerationRequest(
            text=passage, sentences=1, words=1, max_new_tokens=ANSWER_TOKENS,
            prompt=(JUDGE_SYSTEM, JUDGE_USER.format(passage=passage, claim=claim)),
        )
        answer = generate_batch(self.backend, [request])[0]
        return 1.0 if _YES.match(answer) else 0.0
