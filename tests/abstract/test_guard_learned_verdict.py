"""The guard with `--checker learned`: a line its verdict passes is kept, and what the rules found
in it is still told to the reader as a warning."""

from __future__ import annotations

import json

from summarizer import Summarizer
from summarizer.verify.verdict import FEATURES

from fake_backends import ScriptedBackend


def _invented_number(text: str) -> str:
    first = text.split(". ")[0]
    assert "$1.5bn" in first, "the sample's first key line should hold $1.5bn"
    return first.replace("$1.5bn", "$2.5bn") + "."


def _model(path, bias):
    path.write_text(json.dumps({
        "features": list(FEATURES), "mean": [0.0] * len(FEATURES), "scale": [1.0] * len(FEATURES),
        "weights": [0.0] * len(FEATURES), "bias": bias, "threshold": 0.5,
    }))
    return str(path)


def _summary(samples_dir, model):
    summarizer = Summarizer(mode="abstractive", guard="drop", sentences=1, checker="learned", checker_settings={"model": model})
    summarizer.abstractive.attach(ScriptedBackend(_invented_number, 10_000), "scripted")
    return summarizer.summarize(samples_dir / "city-budget.txt")


def test_a_line_the_verdict_passes_is_kept_and_its_problems_are_warned_about(samples_dir, tmp_path):
    summary = _summary(samples_dir, _model(tmp_path / "passes.json", bias=-20.0))
    assert summary.lines[0].origin == "generated" and "$2.5bn" in summary.lines[0].text
    assert any("kept generated line 1" in w and "number" in w and "2.5" in w for w in summary.warnings)


def test_a_line_the_verdict_rejects_is_replaced(samples_dir, tmp_path):
    summary = _summary(samples_dir, _model(tmp_path / "rejects.json", bias=20.0))
    assert summary.lines[0].origin == "replaced" and "$1.5bn" in summary.lines[0].text
