"""Rules about options live in `Options`, so the library and the CLI apply the same ones."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

import summarizer
from summarizer import Options
from summarizer.errors import InputError, OptionsError, UnknownComponentError


def test_options_a_named_model_implies_the_abstractive_mode() -> None:
    assert Options(model="distilbart-cnn").mode == "abstractive"
    assert Options().mode == "extractive"
    assert Options().with_changes(model="distilbart-cnn").mode == "abstractive"


@pytest.mark.parametrize(
    "fields",
    [{"model": "distilbart-cnn", "mode": "extractive"}, {"abstractive": True, "mode": "extractive"}],
)
def test_options_contradictions_are_refused_by_the_library(fields: dict) -> None:
    with pytest.raises(OptionsError, match="contradict"):
        Options.build(**fields)


def test_options_numeric_strings_are_lengths_and_other_values_are_refused_clearly() -> None:
    assert Options.build(sentences="3").length.sentences == 3
    assert Options.build(words="40").length.words == 40
    with pytest.raises(OptionsError, match="sentences must be a whole number"):
        Options.build(sentences="three")
    with pytest.raises(OptionsError, match="sentences must be a whole number"):
        Options.build(sentences=[3])


def test_options_summarize_with_a_string_sentence_count(samples_dir) -> None:
    summary = summarizer.summarize(samples_dir / "city-budget.txt", sentences="2")
    assert len(summary.lines) == 2


def test_options_do_not_import_numpy() -> None:
    code = "import sys, summarizer; summarizer.Options(method='news'); print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_options_ranker_settings_reach_the_ranker_and_unknown_ones_are_named() -> None:
    ranker = summarizer.Summarizer(ranker_settings={"decay": 0.25}).ranker
    assert ranker.decay == 0.25
    with pytest.raises(OptionsError, match="no setting 'dekay'.*decay"):
        summarizer.Summarizer(ranker_settings={"dekay": 0.25})


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", float("nan"), float("inf")])
def test_options_a_numeric_setting_that_is_no_finite_number_is_refused(value: object) -> None:
    # --ranker-setting decay=nan ran, wrote "score": NaN into the JSON (which strict parsers
    # refuse) and printed numpy's RuntimeWarnings
    with pytest.raises(OptionsError, match=r"method 'news': the setting decay takes a finite number, got"):
        summarizer.Summarizer(ranker_settings={"decay": value}).ranker


@pytest.mark.parametrize(
    "error",
    [InputError("a.txt", "is empty"), UnknownComponentError("method", "nope", ["lead", "news"]), OptionsError("bad")],
)
def test_errors_survive_pickling_as_themselves(error: Exception) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error)


def test_pipe_with_workers_raises_the_same_error_type_as_without(tmp_path, samples_dir) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    sources = [samples_dir / "city-budget.txt", empty]
    for workers in (1, 2):
        with pytest.raises(InputError, match="empty.txt: is empty"):
            list(summarizer.Summarizer().pipe(sources, workers=workers))
