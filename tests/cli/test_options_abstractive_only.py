"""Settings only the abstractive mode reads (the guard's checker and threshold, the model's device,
batches and server) given to an extractive run are refused in one line, as a model setting already
was: `--checker learned --checker-setting threshold=abc` gave a summary without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.errors import OptionsError
from summarizer.options import Options

ARTICLE = "The ferry to Gull Island resumed on Tuesday after storms closed the crossing for a week.\n"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--checker", "learned", "--checker-setting", "threshold=abc"], "checker, checker_settings are"),
        (["--guard", "flag"], "guard is"),
        (["--min-support", "0.8"], "min_support is"),
        (["--batch-size", "4", "--device", "cpu"], "device, batch_size are"),
        (["--context-tokens", "4096"], "context_tokens is"),
        (["--timeout", "10", "--retries", "0"], "timeout, retries are"),
    ],
)
def test_an_abstractive_only_option_in_an_extractive_run_is_refused_in_one_line(tmp_path: Path, args, named):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(article), *args])
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert named in line and "abstractive mode" in line and result.stdout == ""


def test_batch_refuses_them_too(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--checker", "learned"])
    assert result.exit_code == 2 and "checker is for the abstractive mode" in result.stderr
    assert not (tmp_path / "out").exists()


def test_their_defaults_given_out_loud_are_fine(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(article), "--guard", "drop", "--device", "auto", "--checker", "default"])
    assert result.exit_code == 0, result.output


def test_the_library_refuses_them_and_takes_them_with_a_model():
    with pytest.raises(OptionsError, match="checker is for the abstractive mode"):
        Options.build(checker="learned")
    with pytest.raises(OptionsError, match="guard is for the abstractive mode"):
        Options.build(mode="extractive", guard="off")
    assert Options.build(model="some-model", checker="learned", guard="flag").checker == "learned"
    assert Options.build(abstractive=True, batch_size=2).batch_size == 2


def test_the_default_checker_given_by_its_own_name_is_fine(tmp_path: Path):
    # The README and --help call `relations` the default checker; `--checker relations` on an
    # extractive run was refused as if it were another one ("default" is only its alias).
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(article), "--checker", "relations"])
    assert result.exit_code == 0, result.output
    assert Options.build(checker="relations").mode == "extractive"


def test_a_server_address_without_a_model_says_no_model_was_given(tmp_path: Path):
    # `summarize a.txt --api-base URL` (the --model forgotten) ended "...; got model None".
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(article), "--api-base", "http://localhost:11434/v1"])
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "None" not in line and "no model was given" in line and "--model openai:NAME" in line
