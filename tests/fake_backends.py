"""A backend that stands in for a model in pipeline tests, shared by the stage folders."""

from __future__ import annotations

from summarizer.abstract.backends import Backend


class ScriptedBackend(Backend):
    """Stands in for a model: `write` turns the text it is given into the 'generated' summary."""

    name = "scripted"
    kind = "causal"
    device = "cpu"

    def __init__(self, write, budget: int = 10_000):
        self.write = write
        self.budget = budget
        self.batches: list[list] = []

    def text_budget(self) -> int:
        return self.budget

    def preprocess(self, requests):
        self.batches.append(list(requests))
        return list(requests)

    def generate(self, batch, requests):
        return [self.write(r.text) for r in batch]
