"""A check whose lines all pass but whose checker's verdict passed some despite problems found
(`--checker learned`) says so up front in every format, and counts those warnings in its stats:
"SUPPORTED: 2 of 2 lines supported" alone read as "nothing found"."""

from __future__ import annotations

import json

from summarizer import verify
from summarizer.render.renderers import render
from summarizer.verify.verdict import FEATURES

# Written for these tests.
ARTICLE = """Ferry service to Kellan Isle resumes

The ferry to Kellan Isle will run again from Thursday after a six-week repair of its landing ramp.

The island council said the repair cost 240,000 pounds, paid from its harbour fund.
"""
SUMMARY = "The ferry to Kellan Isle runs again from Thursday.\nThe island council said the repair cost 310,000 pounds.\n"


def _passing_everything(tmp_path):
    path = tmp_path / "passes.json"
    path.write_text(json.dumps({
        "features": list(FEATURES), "mean": [0.0] * len(FEATURES), "scale": [1.0] * len(FEATURES),
        "weights": [0.0] * len(FEATURES), "bias": -20.0, "threshold": 0.5,
    }))
    return str(path)


def test_warnings_are_said_in_the_header_of_every_format_and_counted(tmp_path):
    result = verify(ARTICLE, SUMMARY, checker="learned", checker_settings={"model": _passing_everything(tmp_path)})
    assert result.supported and result.warnings  # the wrong figure is found, and passed
    assert render(result, "text").splitlines()[0] == "SUPPORTED: 2 of 2 lines supported, 1 of them with warnings (checker: learned)"
    assert "1 of them with warnings" in render(result, "markdown").splitlines()[0]
    assert "found in lines the checker" in render(result, "html")
    assert result.stats["warnings"] == {"number": 1}
    assert json.loads(render(result, "json"))["stats"]["warnings"] == {"number": 1}


def test_no_warnings_no_change():
    result = verify(ARTICLE, SUMMARY, checker="relations")
    assert "warnings" not in result.stats
    assert render(result, "text").splitlines()[0].startswith("NOT SUPPORTED: 1 of 2 lines supported (checker")
