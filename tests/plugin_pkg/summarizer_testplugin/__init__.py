"""A plugin package as another project would write one: it adds a ranker, a model backend, a
checker and an output format to summarizer through entry points only
(`summarizer_testplugin-0.1.dist-info/entry_points.txt`), importing nothing but the public API.

The tests put this folder on sys.path (tests/conftest.py), which is what installing it would do.
"""

from __future__ import annotations

from summarizer import Backend, Evidence, Problem


class LongestRanker:
    """The longest sentences first (a plugin's ranker)."""

    name = "longest"

    def __init__(self, minimum_words: int = 0):
        self.minimum_words = minimum_words

    def score(self, document, features):
        import numpy as np

        words = np.array([len(s.text.split()) for s in document.sentences], dtype=np.float64)
        return np.where(words >= self.minimum_words, words, 0.0)


class EchoBackend(Backend):
    """Writes back the first sentences it is shown (a plugin's model backend, no model at all)."""

    kind = "echo"
    needs_torch = False

    def __init__(self, spec, device, lines: int = 1):
        self.name = spec.name
        self.device = device
        self.label = spec.path  # what came after `echo:`, if anything
        self.lines = lines

    def generate(self, batch, requests):
        return [" ".join(request.source_sentences[: self.lines]) or request.text for request in batch]


class FutureChecker:
    """Lines that speak of the future ('will') when their sources do not (a plugin's checker)."""

    name = "future"

    def check(self, text: str, evidence: Evidence) -> list[Problem]:
        said = " ".join(evidence.sources).lower().split()
        if "will" in text.lower().split() and "will" not in said:
            return [Problem("testplugin.future", "testplugin.future: the line says what will happen; its sources do not")]
        return []


def render_tsv(summary) -> str:
    """One row per line: number, the cited sentence numbers, the text."""
    rows = ["line\tsentences\ttext"]
    for number, line in enumerate(summary.lines, start=1):
        rows.append(f"{number}\t{','.join(str(c.sentence + 1) for c in line.citations)}\t{line.text}")
    return "\n".join(rows)


def render_verification_tsv(verification) -> str:
    """One row per checked line: number, supported or not, the problems' kinds, the text."""
    rows = ["line\tsupported\tproblems\ttext"]
    for number, line in enumerate(verification.lines, start=1):
        kinds = ",".join(p.kind for p in line.problems)
        rows.append(f"{number}\t{'yes' if line.supported else 'no'}\t{kinds}\t{line.text}")
    return "\n".join(rows)
