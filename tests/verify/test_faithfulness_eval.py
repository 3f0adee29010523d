"""The faithfulness evaluation: labels in both shapes, balanced accuracy and its interval."""

from __future__ import annotations

import json

import pytest

from summarizer.evaluate.faithfulness import JudgedSummary, detokenize, evaluate_faithfulness, read_judged, render_faithfulness


def judged(n_flawed: int, n_clean: int, dataset: str = "d") -> list[JudgedSummary]:
    rows = [JudgedSummary(f"f{i}", dataset, "s", "article", f"bad {i}", 0.5, ("EntE",)) for i in range(n_flawed)]
    rows += [JudgedSummary(f"c{i}", dataset, "s", "article", f"good {i}", 1.0) for i in range(n_clean)]
    return rows


def test_balanced_accuracy_is_the_mean_of_caught_and_passed():
    items = judged(4, 6)
    flagged = {"bad 0", "bad 1", "bad 2", "good 0", "good 1"}  # 3/4 caught, 4/6 passed
    report = evaluate_faithfulness(items, lambda a, s: ["relation"] if s in flagged else [], resamples=200)
    result = report.results[0]
    assert result.caught.value == pytest.approx(0.75) and result.passed.value == pytest.approx(4 / 6)
    assert result.balanced_accuracy.value == pytest.approx((0.75 + 4 / 6) / 2)
    assert result.balanced_accuracy.low <= result.balanced_accuracy.value <= result.balanced_accuracy.high
    assert result.by_error_kind["EntE"].value == pytest.approx(0.75)
    assert result.problem_kinds["relation"] == (3, 2)


def test_a_checker_that_objects_to_everything_scores_one_half():
    report = evaluate_faithfulness(judged(5, 5), lambda a, s: ["support"], resamples=200)
    assert report.results[0].balanced_accuracy.value == pytest.approx(0.5)
    assert "balanced accuracy" in render_faithfulness(report) and "|" in render_faithfulness(report, "markdown")


def test_a_set_of_clean_summaries_only_has_no_balanced_accuracy():
    # A set of faithful summaries alone measures false alarms: "clean passed", nothing else.
    report = evaluate_faithfulness(judged(0, 4), lambda a, s: ["support"] if s == "good 0" else [], resamples=200)
    result = report.results[0]
    assert result.passed.value == pytest.approx(0.75) and result.caught.n == 0 and result.balanced_accuracy.n == 0
    line = next(row for row in render_faithfulness(report).splitlines() if row.startswith("d "))
    assert line.split()[3:6] == ["–", "–", "0.750"]
    assert json.loads(render_faithfulness(report, "json"))["results"][0]["balanced_accuracy"]["value"] is None


def test_frank_shaped_labels_point_into_a_data_file_beside_them(tmp_path):
    data = tmp_path / "news.jsonl"
    row = {"id": "a1", "article": "Our own article text. It has two sentences.", "system_outputs": {"sys": "it has two sentences ."}}
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"file": "news.jsonl", "id": "a1", "system": "sys", "factuality": 0.5, "error_share": {"RelE": 1.0, "EntE": 0.0}}) + "\n", encoding="utf-8")
    [item] = read_judged(labels)
    assert item.dataset == "news" and item.summary == "it has two sentences." and item.flawed and item.error_kinds == ("RelE",)


def test_detokenize_undoes_tokenised_possessives_and_quotes():
    assert detokenize("the club 's new manager said `` we won '' .") == 'the club\'s new manager said "we won".'
    assert detokenize("he said ` no ' , and left .") == 'he said "no", and left.'
