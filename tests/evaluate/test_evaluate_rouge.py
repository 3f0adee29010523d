"""The evaluation library on a tiny JSONL written here: baselines, intervals, bad rows."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("rouge_score")

from summarizer.errors import InputError  # noqa: E402
from summarizer.evaluate.rouge import (  # noqa: E402
    Example,
    PipelineSystem,
    bootstrap_interval,
    evaluate,
    read_examples,
    render_report,
)

ARTICLES = [
    (
        "The town council approved a new library budget on Monday. The plan adds two branches in the north. "
        "Work on the first branch starts in March. Residents had asked for longer opening hours. "
        "The council will review the budget again next year.",
        "The council approved a new library budget.\nTwo branches will open in the north.",
    ),
    (
        "A ferry service between the two islands resumed after a week of storms. Operators said the boats "
        "suffered no damage. Timetables return to normal on Friday. Extra crossings are planned for the weekend. "
        "Passengers stranded by the storms will get refunds.",
        "Ferry service between the islands resumed after storms.\nStranded passengers will get refunds.",
    ),
    (
        "Researchers counted more birds in the wetland this spring than in any year since 1990. The count found "
        "forty species. Volunteers walked the marsh paths for three days. The reserve plans to extend the survey "
        "to the autumn. Funding came from a local trust.",
        "Bird numbers in the wetland are the highest since 1990.\nForty species were counted.",
    ),
]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) if not isinstance(r, str) else r for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    rows = [{"id": f"a{i}", "article": a, "reference": r} for i, (a, r) in enumerate(ARTICLES)]
    return write_jsonl(tmp_path / "tiny.jsonl", rows)


def test_evaluation_lead_baseline_is_first_n_sentences() -> None:
    lead = PipelineSystem("lead", 2)
    for article, _ in ARTICLES:
        first_two = [s + "." for s in article.split(". ")[:2]]
        assert lead(article, 2) == [first_two[0], first_two[1]]
    assert lead.name == "lead-2"


def test_evaluation_report_has_every_system_and_sane_figures(data_file: Path) -> None:
    examples = read_examples(data_file)
    assert [e.id for e in examples] == ["a0", "a1", "a2"]
    report = evaluate(examples, [PipelineSystem("lead", 2), PipelineSystem("default", 2)], 2, resamples=200)
    assert [r.name for r in report.results] == ["lead-2", "default (news)"]
    for result in report.results:
        assert result.articles == 3
        assert result.articles_per_second > 0
        for interval in result.scores.values():
            assert 0 <= interval.low <= interval.mean <= interval.high <= 100
        assert 0 < result.words < 40
    for fmt in ("text", "markdown", "json"):
        assert "lead-2" in render_report(report, fmt)
    assert json.loads(render_report(report, "json"))["results"][0]["rouge1"]["mean"] > 0


def test_evaluation_perfect_summary_scores_100() -> None:
    class Echo:
        name = "echo"

        def __call__(self, article: str, sentences: int) -> list[str]:
            return article.split("\n")

    examples = [Example(str(i), r, r) for i, (_, r) in enumerate(ARTICLES)]
    result = evaluate(examples, [Echo()], 2, resamples=200).results[0]
    assert all(i.mean == pytest.approx(100) for i in result.scores.values())


def test_evaluation_bootstrap_interval_contains_the_mean() -> None:
    rng = np.random.default_rng(1)
    for size in (1, 5, 50, 400):
        values = rng.uniform(0, 60, size)
        low, high = bootstrap_interval(values, resamples=500)
        assert low <= values.mean() <= high
    wide = bootstrap_interval(rng.uniform(0, 60, 10), resamples=500)
    narrow = bootstrap_interval(rng.uniform(0, 60, 1000), resamples=500)
    assert narrow[1] - narrow[0] < wide[1] - wide[0]


def test_evaluation_limit_takes_first_rows(data_file: Path) -> None:
    assert [e.id for e in read_examples(data_file, limit=2)] == ["a0", "a1"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "not a JSON object"),
        ('{"article": "Some text here."}', "no 'reference' text"),
        ('{"article": "", "reference": "x"}', "no 'article' text"),
        ('{"article": "\\u200b\\u200b", "reference": "x"}', "no 'article' text"),  # zero-width spaces: no sentence
    ],
)
def test_evaluation_broken_row_names_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    good = json.dumps({"article": ARTICLES[0][0], "reference": ARTICLES[0][1]})
    path = write_jsonl(tmp_path / "broken.jsonl", [good, row])
    with pytest.raises(InputError) as info:
        read_examples(path)
    assert str(path) in str(info.value)
    assert "line 2" in str(info.value)
    assert problem in str(info.value)


def test_evaluation_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_examples(tmp_path / "absent.jsonl")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no rows"):
        read_examples(tmp_path / "empty.jsonl")


def test_evaluation_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "marked.jsonl"
    path.write_text(json.dumps({"id": "m", "article": ARTICLES[0][0], "reference": ARTICLES[0][1]}) + "\n", encoding="utf-8-sig")
    assert [e.id for e in read_examples(path)] == ["m"]


def test_evaluation_first_unpunctuated_sentence_is_not_a_headline() -> None:
    article = "Rain closed the mountain road on Sunday\nCrews cleared the mud by the evening. Traffic resumed."
    lines = PipelineSystem("lead", 1)(article, 1)
    assert lines and lines[0].startswith("Rain closed the mountain road")
