"""Checking a summary with the parser leaves the application's global `random` state as it was:
importing spaCy draws from it (through a library it imports), which changed the draws of a
program that seeds `random` for its own use. Run in a fresh process, where spaCy is not yet
imported. Sentences written for this test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.verify.parser import load_parser

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """
import random
random.seed(7)
state = random.getstate()
from summarizer import verify
result = verify("The council closed the bridge on Monday. Repairs will take six weeks.", "The council closed the bridge.")
assert result.stats.get("parser") not in (None, "off"), result.stats
print(random.getstate() == state)
"""


@pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")
def test_a_check_with_the_parser_leaves_the_random_state_alone():
    done = subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
