"""Two summaries (and two checks) of the same input are equal: their `stats` hold timings, which
equality leaves out; the timings stay in `stats`, `to_dict` and the JSON as before."""

from dataclasses import replace
from pathlib import Path

from summarizer import summarize, verify


def test_two_summaries_of_one_file_are_equal(samples_dir: Path):
    first, second = summarize(samples_dir / "city-budget.txt"), summarize(samples_dir / "city-budget.txt")
    assert first == second
    assert "total" in first.stats["timing_ms"] and "timing_ms" in first.to_dict()["stats"]
    assert '"timing_ms"' in first.to_json()


def test_summaries_that_differ_elsewhere_are_not_equal(samples_dir: Path):
    summary = summarize(samples_dir / "city-budget.txt")
    assert summary != summarize(samples_dir / "city-budget.txt", sentences=2)
    assert summary != replace(summary, stats={**summary.stats, "words_in": 1})
    assert summary != replace(summary, warnings=("a note",))


def test_two_checks_of_one_summary_are_equal(samples_dir: Path):
    line = "The Marlow Falls city council approved a $1.5bn budget."
    first, second = verify(samples_dir / "city-budget.txt", line), verify(samples_dir / "city-budget.txt", line)
    assert first == second
    assert "ms" in first.stats and "ms" in first.to_dict()["stats"]
    assert first != replace(first, stats={**first.stats, "lines": 2})
