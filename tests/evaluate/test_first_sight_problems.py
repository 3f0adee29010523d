"""benchmarks/first_sight.py --by problem: each problem kind's lines, and its precision where it alone rejected."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "first_sight.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("first_sight", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up by name
    spec.loader.exec_module(module)
    return module


def test_a_kind_counts_its_lines_and_only_the_lines_it_alone_rejected_for_precision(script):
    verdicts = [
        {"flawed": True, "kinds": ["circumstance"]},
        {"flawed": False, "kinds": ["circumstance"]},
        {"flawed": False, "kinds": ["circumstance"]},
        {"flawed": True, "kinds": ["circumstance", "number"]},  # rejected by number too: not its own
        {"flawed": True, "kinds": ["number"]},
        {"flawed": False, "kinds": []},
    ]
    tallies = script.tally_problems(verdicts)
    circumstance = tallies["circumstance"]
    assert (circumstance.flawed, circumstance.faithful) == (2, 2)
    assert (circumstance.alone_flawed, circumstance.alone_faithful) == (1, 2)
    assert circumstance.alone_precision == pytest.approx(1 / 3)
    assert tallies["number"].alone_precision == 1.0
    assert set(tallies) == {"circumstance", "number"}  # a line with no problem counts for no kind


def test_a_kind_never_alone_has_no_precision(script):
    tallies = script.tally_problems([{"flawed": True, "kinds": ["hedge", "number"]}])
    assert tallies["hedge"].alone_precision is None
