"""Consistency data in the generic shape (article, summary, 0/1 label), read and timed per dataset."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.errors import InputError
from summarizer.evaluate.faithfulness import evaluate_faithfulness, read_judged, render_faithfulness

# Written for these tests.
ARTICLE = (
    "The museum in Harrowgate reopened on Monday after a two-year refit costing 4 million pounds.\n\n"
    "Director Ana Pereira said the new wing would house the town's collection of clocks.\n"
)
FAITHFUL = "The museum in Harrowgate reopened on Monday after a two-year refit."
FLAWED = "The museum in Harrowgate reopened on Monday after a refit costing 9 million pounds."


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_binary_label_marks_flawed_and_clean_summaries(tmp_path):
    rows = [
        {"dataset": "toy", "article": ARTICLE, "summary": FAITHFUL, "label": 1},
        {"dataset": "toy", "article": ARTICLE, "summary": FLAWED, "label": 0},
        {"dataset": "toy", "article": ARTICLE, "summary": FLAWED, "label": "false"},
    ]
    items = read_judged(write(tmp_path / "d.jsonl", rows))
    assert [i.flawed for i in items] == [False, True, True]


def test_document_and_claim_are_read_as_article_and_summary(tmp_path):
    [item] = read_judged(write(tmp_path / "agg.jsonl", [{"doc": ARTICLE, "claim": FAITHFUL, "label": 1}]))
    assert item.article == ARTICLE and item.summary == FAITHFUL and item.dataset == "agg"


@pytest.mark.parametrize("label", [2, "maybe", None])
def test_a_label_that_is_not_0_or_1_is_refused_with_its_line(tmp_path, label):
    path = write(tmp_path / "bad.jsonl", [{"article": ARTICLE, "summary": FAITHFUL, "label": label}])
    with pytest.raises(InputError, match="bad.jsonl:1"):
        read_judged(path)


@pytest.mark.parametrize("article", ["", "  \n", "\u200b\u200b", None, 7])
def test_a_row_without_article_text_is_refused_with_its_line_before_any_scoring(tmp_path, article):
    # A scraped labels file with a row whose article is missing: named at reading time, not after
    # minutes of scoring as "<text>: is empty" with no file or line.
    rows = [{"article": ARTICLE, "summary": FAITHFUL, "label": 1}, {"article": article, "summary": FAITHFUL, "label": 1}]
    path = write(tmp_path / "gaps.jsonl", rows)
    with pytest.raises(InputError, match="gaps.jsonl:2.*no article text"):
        read_judged(path)
    result = CliRunner().invoke(cli, ["faithfulness", str(path), "--resamples", "100"])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(f"Error: {path}:2: ") and "\n" not in result.stderr.strip()


@pytest.mark.parametrize("factuality", [float("nan"), 4.5, -0.25, "high"])
def test_a_factuality_that_is_no_share_from_0_to_1_is_refused_with_its_line(tmp_path, factuality):
    # A 1-5 consistency score or a NaN put into "factuality" is not "factuality >= 1 means clean":
    # each was counted as a clean summary without a word, and every score was wrong.
    rows = [{"article": ARTICLE, "summary": FAITHFUL, "factuality": 1.0}, {"article": ARTICLE, "summary": FLAWED, "factuality": factuality}]
    path = write(tmp_path / "scores.jsonl", rows)
    with pytest.raises(InputError, match="scores.jsonl:2.*factuality must be a share from 0 to 1"):
        read_judged(path)


@pytest.mark.parametrize("summary", [None, ["A sentence.", "Another."], 3])
def test_a_summary_that_is_not_text_is_refused_with_its_line(tmp_path, summary):
    # A null summary was checked as the word "None", and a list of sentences as its Python repr
    # "['A sentence.', 'Another.']", each scored as if people had judged that text.
    path = write(tmp_path / "odd.jsonl", [{"article": ARTICLE, "summary": summary, "label": 0}])
    with pytest.raises(InputError, match="odd.jsonl:1.*summary is not text"):
        read_judged(path)


def test_a_labels_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    # Windows tools (PowerShell's Out-File -Encoding utf8, Excel's "CSV UTF-8") write one
    path = tmp_path / "marked.jsonl"
    path.write_text(json.dumps({"article": ARTICLE, "summary": FAITHFUL, "label": 1}) + "\n", encoding="utf-8-sig")
    [item] = read_judged(path)
    assert item.article == ARTICLE and not item.flawed


def test_the_command_names_a_labels_file_that_is_not_utf8_in_one_line(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes((json.dumps({"article": ARTICLE, "summary": FAITHFUL, "label": 1}) + "\n").encode("utf-16"))
    result = CliRunner().invoke(cli, ["faithfulness", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {path}: is not valid UTF-8"


def test_each_dataset_reports_its_own_wall_and_cpu_milliseconds(monkeypatch):
    from summarizer.evaluate import faithfulness
    from summarizer.evaluate.faithfulness import JudgedSummary

    # Clocks the judge moves by hand: the "slow" rows cost 3 ms wall and 5 ms CPU each.
    clock = {"wall": 0.0, "cpu": 0.0}
    monkeypatch.setattr(faithfulness.time, "perf_counter", lambda: clock["wall"])
    monkeypatch.setattr(faithfulness.time, "process_time", lambda: clock["cpu"])
    items = [JudgedSummary(str(i), "slow" if i % 2 else "fast", "", ARTICLE, f"line {i}", float(i % 3 == 0)) for i in range(12)]

    def judge(article: str, summary: str) -> list[str]:
        if int(summary.split()[-1]) % 2:
            clock["wall"] += 0.003
            clock["cpu"] += 0.005
        return []

    report = evaluate_faithfulness(items, judge, resamples=100)
    by_name = {r.dataset: r for r in report.results}
    assert by_name["slow"].ms_per_summary == pytest.approx(3) and by_name["slow"].cpu_ms_per_summary == pytest.approx(5)
    assert by_name["fast"].ms_per_summary == 0 and by_name["fast"].cpu_ms_per_summary == 0
    assert report.cpu_ms_per_summary == pytest.approx(2.5)
    text = render_faithfulness(report)
    assert "CPU ms/summary" in text and "clean passed" in text and "(2.5 ms CPU)" in text
    assert json.loads(render_faithfulness(report, "json"))["results"][1]["cpu_ms_per_summary"] == 5


def test_the_command_reads_several_label_files_and_reports_each_dataset(tmp_path):
    a = write(tmp_path / "a.jsonl", [{"article": ARTICLE, "summary": FAITHFUL, "label": 1}, {"article": ARTICLE, "summary": FLAWED, "label": 0}])
    b = write(tmp_path / "b.jsonl", [{"dataset": "bee", "article": ARTICLE, "summary": FLAWED, "label": 0}, {"dataset": "bee", "article": ARTICLE, "summary": FAITHFUL, "label": 1}])
    result = CliRunner().invoke(cli, ["faithfulness", str(a), str(b), "--checker", "literal", "--format", "json", "--resamples", "100"])
    assert result.exit_code == 0, result.output
    results = {r["dataset"]: r for r in json.loads(result.output)["results"]}
    assert set(results) == {"a", "bee"}
    assert results["a"]["balanced_accuracy"]["value"] == 1.0  # 9 million is not in the article
    assert "cpu_ms_per_summary" in results["bee"]


def test_the_benchmark_script_takes_several_files(tmp_path):
    a = write(tmp_path / "a.jsonl", [{"article": ARTICLE, "summary": FAITHFUL, "label": 1}, {"article": ARTICLE, "summary": FLAWED, "label": 0}])
    b = write(tmp_path / "b.jsonl", [{"article": ARTICLE, "summary": FLAWED, "label": 0}, {"article": ARTICLE, "summary": FAITHFUL, "label": 1}])
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "faithfulness.py"
    done = subprocess.run([sys.executable, str(script), str(a), str(b), "--checker", "literal", "--resamples", "100"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "CPU ms/summary" in done.stdout and "\na " in done.stdout and "\nb " in done.stdout


def test_a_blank_summary_is_judged_unsupported() -> None:
    # `verify` found no problem in no lines, so a blank summary labelled flawed counted as missed
    from summarizer.evaluate.faithfulness import checker_judge

    judge = checker_judge()
    article = "The ferry will run twice a day from June. The operator said demand had grown."
    assert judge(article, "") == ["empty"] and judge(article, "  \n ") == ["empty"]
    assert judge(article, "The ferry will run twice a day from June.") == []


def test_as_text_reads_a_summary_as_a_summary_file_is_read() -> None:
    # As users bring summaries: a chat model's preamble, a sentence hard-wrapped over two lines.
    # One line per line checks the preamble and each half as claims; read as text they are layout
    # and one sentence.
    from summarizer.evaluate.faithfulness import checker_judge

    for summary in (f"Sure! Here is a summary:\n{FAITHFUL}", "The museum in Harrowgate reopened on Monday\nafter a two-year refit."):
        assert checker_judge("default")(ARTICLE, summary) != []
        assert checker_judge("default", as_text=True)(ARTICLE, summary) == []
    assert checker_judge("default", as_text=True)(ARTICLE, f"Sure! Here is a summary:\n{FLAWED}") != []


def test_the_command_takes_as_text(tmp_path):
    rows = [{"article": ARTICLE, "summary": f"Sure! Here is a summary:\n{FAITHFUL}", "label": 1}, {"article": ARTICLE, "summary": FLAWED, "label": 0}]
    a = write(tmp_path / "a.jsonl", rows)
    options = ["--checker", "literal", "--format", "json", "--resamples", "100"]
    plain = CliRunner().invoke(cli, ["faithfulness", str(a), *options])
    text = CliRunner().invoke(cli, ["faithfulness", str(a), *options, "--as-text"])
    assert plain.exit_code == 0 and text.exit_code == 0, (plain.output, text.output)
    passed = lambda result: json.loads(result.output)["results"][0]["passed"]["value"]  # noqa: E731
    assert (passed(plain), passed(text)) == (0.0, 1.0)
