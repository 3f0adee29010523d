"""The optional `model` checker, through tiny classifiers built offline (random or with fixed answers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("torch")
pytest.importorskip("transformers")

from summarizer import Summarizer, verify  # noqa: E402
from summarizer.cli import cli  # noqa: E402
from summarizer.errors import ModelError, OptionsError  # noqa: E402
from summarizer.verify.checkers import Evidence  # noqa: E402
from summarizer.verify.model_checker import ModelChecker  # noqa: E402

# Written for these tests.
ARTICLE = """Ferry service returns to Gull Island

The ferry to Gull Island resumed on Tuesday after a six-week repair of its landing stage.

Harbour master Ines Varga said two crossings a day would run until the end of March.

The island's 340 residents had relied on a small water taxi during the repairs.
"""
NLI = ["contradiction", "neutral", "entailment"]
SUPPORTED_LINE = "The ferry to Gull Island resumed on Tuesday."


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory):
    """build(labels, bias) -> a saved tiny classifier whose answer is softmax(bias) for any input."""
    from tiny_models import build_tiny_classifier

    def build(labels: list[str], bias: list[float] | None) -> str:
        directory = tmp_path_factory.mktemp("classifier")
        return str(build_tiny_classifier(directory, ARTICLE.splitlines(), labels, bias))

    return build


def test_model_checker_reads_the_entailment_label_wherever_it_stands(classifier):
    entails = ModelChecker(model=classifier(NLI, [0.0, 0.0, 3.0]))  # entailment: 0.91
    assert verify(ARTICLE, [SUPPORTED_LINE], checker=entails).supported
    reversed_labels = ModelChecker(model=classifier(list(reversed(NLI)), [0.0, 0.0, 3.0]))  # entailment: 0.05
    result = verify(ARTICLE, [SUPPORTED_LINE], checker=reversed_labels)
    assert [p.kind for p in result.problems] == ["model"]
    assert "0.05" in result.problems[0].message


def test_model_checker_takes_the_second_of_two_plain_labels_as_supported(classifier):
    assert not verify(ARTICLE, [SUPPORTED_LINE], checker=ModelChecker(model=classifier(["LABEL_0", "LABEL_1"], [2.0, 0.0]))).supported
    assert verify(ARTICLE, [SUPPORTED_LINE], checker=ModelChecker(model=classifier(["LABEL_0", "LABEL_1"], [0.0, 2.0]))).supported


def test_model_checker_threshold_decides(classifier):
    path = classifier(NLI, [0.0, 0.0, 3.0])
    assert not verify(ARTICLE, [SUPPORTED_LINE], checker=ModelChecker(model=path, threshold=0.95)).supported
    with pytest.raises(OptionsError, match="threshold"):
        ModelChecker(model=path, threshold=1.5)


def test_model_checker_refuses_labels_it_cannot_read(classifier):
    with pytest.raises(ModelError, match="cannot tell which of its labels"):
        ModelChecker(model=classifier(["red", "green", "blue"], None))


def test_model_checker_keeps_the_literal_checks(classifier):
    checker = ModelChecker(model=classifier(NLI, [0.0, 0.0, 3.0]))  # the model supports everything
    result = verify(ARTICLE, ["The island's 430 residents had relied on a small water taxi."], checker=checker)
    assert [p.kind for p in result.problems] == ["number"]
    only_model = ModelChecker(model=classifier(NLI, [0.0, 0.0, 3.0]), rules="none")
    assert verify(ARTICLE, ["The island's 430 residents had relied on a small water taxi."], checker=only_model).supported


def test_random_model_answers_depend_on_the_passage(classifier):
    judge = ModelChecker(model=classifier(NLI, None)).judge
    first = judge.probability("The ferry resumed on Tuesday.", SUPPORTED_LINE)
    second = judge.probability("Harbour master Ines Varga said two crossings a day would run.", SUPPORTED_LINE)
    assert 0.0 <= first <= 1.0 and 0.0 <= second <= 1.0
    assert first != second


def test_passages_fit_the_model_and_keep_every_sentence_in_order(classifier):
    checker = ModelChecker(model=classifier(NLI, None))
    judge = checker.judge
    judge.max_tokens = 40
    document = verify(ARTICLE, [SUPPORTED_LINE], checker="literal").document
    sentences = [s.text for s in document.sentences]
    passages = judge.fit(sentences, SUPPORTED_LINE)
    assert len(passages) > 1
    assert " ".join(passages) == " ".join(sentences)
    budget = judge.max_tokens - judge.count(SUPPORTED_LINE) - 8
    assert all(judge.count(p) <= budget or p in sentences for p in passages)
    # The cited sentence and its neighbours come first, then the document's pieces.
    cited = document.sentences[1].text
    tried = checker._passages(SUPPORTED_LINE, Evidence((cited,), 1.0, document=document))
    assert cited in tried[0] and set(passages) <= set(tried)


def test_check_cli_with_the_model_checker(classifier, tmp_path: Path):
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = classifier(NLI, [3.0, 0.0, 0.0])  # contradiction for everything
    result = CliRunner().invoke(
        cli, ["check", str(article), "-s", "-", "--checker", "model", "--checker-setting", f"model={path}"], input=SUPPORTED_LINE
    )
    assert result.exit_code == 1, result.output
    assert "checker: model" in result.output and "judged it unsupported" in result.output


def test_missing_checker_model_is_one_line_naming_the_download(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MODEL_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    monkeypatch.setattr("summarizer.models.store._from_hf_cache", lambda hub_id, revision: None)
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(article), "-s", "-", "--checker", "model"], input=SUPPORTED_LINE)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "summarize models download minicheck-roberta" in lines[0]


def test_checker_preset_is_listed_and_refused_as_a_summariser(monkeypatch, tmp_path: Path):
    listing = CliRunner().invoke(cli, ["models"])
    assert "minicheck-roberta" in listing.output and "fact-checking model of --checker model" in listing.output
    from summarizer.abstract.backends import load_backend
    from summarizer.models.store import ModelSpec

    with pytest.raises(ModelError, match="fact-checking model, not a summariser"):
        load_backend(ModelSpec("minicheck-roberta", str(tmp_path), "nli"), "cpu")


def test_guard_can_ask_the_model_checker(classifier, samples_dir: Path):
    from fake_backends import ScriptedBackend

    path = classifier(NLI, [3.0, 0.0, 0.0])  # contradiction for everything
    summarizer = Summarizer(mode="abstractive", guard="flag", checker="model", checker_settings={"model": path})
    summarizer.abstractive.attach(ScriptedBackend(lambda text: text.split(". ")[0] + "."), "scripted")
    summary = summarizer.summarize(samples_dir / "city-budget.txt")
    assert summary.stats["guard"]["caught_model"] == 1
    assert any("judged it unsupported" in flag for flag in summary.lines[0].flags)


def test_a_model_verdict_does_not_send_the_verifier_looking_for_more_citations(classifier):
    # Written for this test: the last sentence shares most of the line's words, far from the first.
    article = (
        "Ferry service returns\n\nThe ferry to Gull Island resumed on Tuesday after repairs.\n\n"
        "The harbour master said two crossings a day would run.\n\nThe island has 340 residents.\n\n"
        "A water taxi carried them during the work.\n\nOn Tuesday the ferry to Gull Island was full."
    )
    calls: list[str] = []
    checker = ModelChecker(model=classifier(NLI, [3.0, 0.0, 0.0]), rules="none")  # contradiction for everything
    judge = checker.judge.probability
    checker.judge.probability = lambda passage, claim: calls.append(passage) or judge(passage, claim)
    result = verify(article, ["The ferry to Gull Island resumed on Tuesday."], checker=checker)
    assert [p.kind for p in result.problems] == ["model"]
    # The model read the cited passage and the article: trying more citations asks it nothing new.
    evidence = Evidence(tuple(c.text for c in result.lines[0].citations), 1.0, document=result.document)
    assert len(calls) == len(checker._passages("The ferry to Gull Island resumed on Tuesday.", evidence))


def test_fitting_stops_at_the_limit_without_counting_the_rest() -> None:
    from summarizer.verify.model_checker import fit_passages

    counted: list[str] = []
    sentences = [f"Sentence number {i} of a very long article." for i in range(1000)]
    passages = fit_passages(sentences, lambda s: counted.append(s) or 8, budget=20, limit=3)
    assert passages == [" ".join(sentences[0:2]), " ".join(sentences[2:4]), " ".join(sentences[4:6])]
    assert len(counted) < 10  # a 20 MB article is not tokenised to the end for 32 pieces
