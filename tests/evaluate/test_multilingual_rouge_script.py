"""benchmarks/multilingual_rouge.py: several peers per row, the interval of the R-1 difference, summary lengths."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "multilingual_rouge.py"

ARTICLE = (
    "The river ferry between Oldham Quay and the island stopped running on Monday after its engine failed. "
    "Islanders who work on the mainland were taken across by fishing boats during the morning. "
    "The operator said a spare engine would arrive from the shipyard by the end of the week. "
    "Shops on the island reported that bread and milk deliveries had been delayed by a day. "
    "A council spokeswoman said a second ferry would be hired if the repair took longer."
)
FIRST, SECOND, THIRD, FOURTH, FIFTH = [s + "." for s in ARTICLE.rstrip(".").split(". ")]


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("multilingual_rouge", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_with_peers_every_reference_counts_without_only_the_first(script):
    row = {"reference": FIRST, "references": [FIRST, FOURTH + " " + FIFTH]}
    assert script.reference_texts(row, peers=False) == [FIRST]
    assert script.reference_texts(row, peers=True) == [FIRST, FOURTH + " " + FIFTH]
    # A row without peers is scored against its one reference either way.
    assert script.reference_texts({"reference": [FIRST, SECOND]}, peers=True) == [FIRST + "\n" + SECOND]


def test_the_interval_holds_the_mean_and_is_a_point_when_nothing_varies(script):
    assert script.interval([0.5] * 20) == (0.5, 0.5)
    low, high = script.interval([-3.0, 1.0, 2.0, 0.0, 4.0, -1.0, 2.5, 0.5])
    assert low < 0.75 < high
    assert low > -3.0 and high < 4.0


def test_the_script_prints_the_interval_and_the_lengths(tmp_path):
    data = tmp_path / "ferry.jsonl"
    rows = [
        {"id": "a", "language": "en", "article": ARTICLE, "reference": FIRST, "references": [FIRST, THIRD + " " + FIFTH]},
        {"id": "b", "language": "en", "article": ARTICLE, "reference": SECOND, "references": [SECOND]},
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(data), "--peers"], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    header, line = done.stdout.splitlines()[:2]
    assert "95% interval" in header and "words d/l/ref" in header
    assert line.startswith("ferry.jsonl") and "[" in line
    lengths = line.split("]")[1].split()[0].split("/")
    # Lead-3 is the article's first three sentences: 17 + 15 + 17 words.
    assert float(lengths[1]) == 49.0
    # The references' length: row a's two peers averaged (17 and 17 + 15), then the two rows.
    assert float(lengths[2]) == pytest.approx(((17 + 32) / 2 + 15) / 2, abs=0.06)
