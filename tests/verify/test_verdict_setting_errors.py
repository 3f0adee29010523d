"""`--checker learned` with a bad setting or weights file: one clear OptionsError (exit 2 in the
CLI), never a KeyError, ZeroDivisionError or TypeError traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summarizer import verify
from summarizer.cli import cli
from summarizer.errors import OptionsError
from summarizer.verify.verdict import FEATURES, MODEL_FILE, LearnedChecker, VerdictModel

# Written for these tests.
ARTICLE = (
    "Library hours extended in Dunmore\n\n"
    "The Dunmore public library will stay open until 9 p.m. on weekdays from March, the town said.\n\n"
    "Librarian Ada Voss said evening visits had doubled since the reading room was rebuilt.\n"
)
SUMMARY = "The Dunmore library will stay open until 9 p.m. on weekdays.\n"


def weights_file(path, **changes):
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_an_unknown_setting_names_the_ones_it_takes():
    with pytest.raises(OptionsError, match="has no setting 'foo'.*threshold.*window"):
        verify(ARTICLE, SUMMARY, checker="learned", checker_settings={"foo": 1})


def test_the_relations_settings_still_reach_the_rules():
    checker = LearnedChecker(window=2, commas=False)
    assert checker.settings.window == 2 and checker.settings.commas is False


@pytest.mark.parametrize("value", ["abc", ""])
def test_a_threshold_that_is_not_a_number_is_an_options_error(value):
    with pytest.raises(OptionsError, match="threshold"):
        verify(ARTICLE, SUMMARY, checker="learned", checker_settings={"threshold": value})
    with pytest.raises(OptionsError, match="threshold"):
        LearnedChecker(threshold=value)


def test_a_numeric_setting_given_as_text_is_refused_for_the_rules_too():
    with pytest.raises(OptionsError, match="window takes a number"):
        verify(ARTICLE, SUMMARY, checker="relations", checker_settings={"window": "wide"})


@pytest.mark.parametrize(
    "content",
    [
        "{}",  # valid JSON, not a weights file
        "[1, 2]",
        None,  # a weight that is not a number
    ],
)
def test_a_file_that_is_not_a_weights_file_is_an_options_error(tmp_path, content):
    path = tmp_path / "weights.json"
    if content is None:
        weights_file(path, weights=["x"] * len(FEATURES))
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(OptionsError, match="not a verdict model"):
        VerdictModel.load(path)


def test_a_zero_scale_or_a_non_finite_weight_is_refused_before_any_line_is_scored(tmp_path):
    with pytest.raises(OptionsError, match="not positive"):
        VerdictModel.load(weights_file(tmp_path / "zero.json", scale=[0.0] * len(FEATURES)))
    with pytest.raises(OptionsError, match="not finite"):
        VerdictModel.load(weights_file(tmp_path / "nan.json", bias=float("nan")))


def test_the_cli_reports_a_bad_setting_on_one_line_with_exit_2(tmp_path):
    article = tmp_path / "library.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    summary = tmp_path / "summary.txt"
    summary.write_text(SUMMARY, encoding="utf-8")
    empty = tmp_path / "empty.json"
    empty.write_text("{}", encoding="utf-8")
    for setting in ("threshold=abc", "foo=1", f"model={empty}"):
        result = CliRunner().invoke(cli, ["check", str(article), "-s", str(summary), "--checker", "learned", "--checker-setting", setting])
        assert result.exit_code == 2, (setting, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output


def test_a_number_given_as_text_by_a_library_caller_is_read_as_that_number():
    # As from a config file: "0.99" for the learned threshold, "3" for the rules' window.
    strict = verify(ARTICLE, SUMMARY, checker="learned", checker_settings={"threshold": "0.99", "window": "3"})
    assert strict.checker == "learned" and strict.supported
    from summarizer.components import CHECKERS

    checker = CHECKERS.create("learned", threshold="0.25", window="3")
    assert checker.threshold == 0.25 and checker.settings.window == 3
