"""Finding models: presets, the store, local paths, hub ids, and one clear line when that fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.errors import MissingResourceError, ModelError, OptionsError, UnknownComponentError
from summarizer.models.store import default_model, presets, resolve_model, store_dir
from summarizer.options import Options

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated_store(tmp_path, monkeypatch):
    """No real model store or Hugging Face cache leaks into these tests."""
    monkeypatch.setenv("SUMMARIZER_MODEL_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return tmp_path / "store"


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_presets_name_pinned_models_with_their_limits():
    table = presets()
    assert default_model() == "qwen3-0.6b-gguf" and table[default_model()].kind == "llamacpp"
    assert {"distilbart-cnn", "bart-large-cnn", "pegasus-cnn", "qwen2.5-0.5b-instruct"} <= set(table)
    assert table["distilbart-cnn"].hub_id == "sshleifer/distilbart-cnn-12-6"
    assert table["qwen2.5-0.5b-instruct"].kind == "causal"
    for preset in table.values():
        assert preset.kind in {"seq2seq", "causal", "llamacpp", "nli"} and preset.max_input_tokens > 0 and preset.licence
        assert preset.revision == "main" or len(preset.revision) == 40


def test_store_follows_the_environment(isolated_store):
    assert store_dir() == isolated_store


def test_an_unknown_model_is_one_line_and_exit_2(samples_dir):
    result = _run(str(samples_dir / "city-budget.txt"), "--model", "no-such-model")  # --model implies --abstractive
    assert result.exit_code == 2
    assert "no-such-model" in result.output and "distilbart-cnn" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    with pytest.raises(UnknownComponentError):
        resolve_model("no-such-model")


def test_an_unknown_model_offers_only_the_presets_that_write_summaries():
    with pytest.raises(UnknownComponentError) as raised:
        resolve_model("no-such-model")
    checkers = {name for name, preset in presets().items() if preset.kind == "nli"}
    assert checkers, "the fact-checking presets this test keeps out of the list"
    assert not checkers & set(raised.value.choices)
    assert "qwen3-0.6b-gguf" in raised.value.choices


@pytest.mark.parametrize(
    "name",
    ["/no/such/model", "./missing-model", "models/of/mine", "mine.gguf", "seq2seq:./missing-model", "causal:~/no/such", "llamacpp:mine.gguf"],
)
def test_a_missing_path_is_named_as_a_missing_path(samples_dir, name):
    result = _run(str(samples_dir / "city-budget.txt"), "--model", name)
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: model {name!r}: no such file or folder"
    with pytest.raises(MissingResourceError):
        resolve_model(name)


def test_a_preset_that_is_not_downloaded_names_the_command(samples_dir):
    result = _run(str(samples_dir / "city-budget.txt"), "--abstractive")
    assert result.exit_code == 2
    assert f"summarize models download {default_model()}" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_uncached_hub_id_fails_fast_offline_without_touching_the_network(samples_dir, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(tmp_path / "empty")}
    process = subprocess.run(
        [sys.executable, "-m", "summarizer", str(samples_dir / "city-budget.txt"), "--abstractive", "--model", "someone/some-model"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert process.returncode == 2
    assert "someone/some-model" in process.stderr and "summarize models download someone/some-model" in process.stderr
    assert "Traceback" not in process.stderr and len(process.stderr.strip().splitlines()) == 1


def test_download_refuses_offline_with_one_line():
    result = _run("models", "download", "distilbart-cnn")
    assert result.exit_code == 2 and "HF_HUB_OFFLINE" in result.output


def test_a_directory_without_weights_is_reported_as_corrupt(tiny_t5_dir, tmp_path, samples_dir):
    broken = tmp_path / "broken"
    shutil.copytree(tiny_t5_dir, broken)
    (broken / "model.safetensors").write_bytes(b"not really weights")
    result = _run(str(samples_dir / "city-budget.txt"), "--abstractive", "--model", str(broken))
    assert result.exit_code == 2
    assert str(broken) in result.output and "corrupt" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_a_directory_that_is_not_a_model_is_refused(tmp_path):
    with pytest.raises(ModelError, match="no config.json"):
        resolve_model(str(tmp_path))
    (tmp_path / "config.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(ModelError, match="corrupt"):
        resolve_model(str(tmp_path))
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"\0")
    with pytest.raises(ModelError, match="gguf"):
        resolve_model(str(weights))


def test_a_gguf_file_resolves_to_its_folder_for_llamacpp(tmp_path, monkeypatch):
    from summarizer.models import store as modelstore

    monkeypatch.setattr(modelstore, "llamacpp_available", lambda: True)  # the fallback: test_llamacpp_backend.py
    model_file = tmp_path / "tiny.gguf"
    model_file.write_bytes(b"GGUF")
    spec = resolve_model(str(model_file))
    assert (spec.path, spec.gguf_file, spec.kind) == (str(tmp_path), "tiny.gguf", "llamacpp")


def test_a_preset_in_the_store_is_listed_and_used(tiny_t5_dir, isolated_store, samples_dir):
    shutil.copytree(tiny_t5_dir, isolated_store / "distilbart-cnn")
    listing = _run("models")
    assert listing.exit_code == 0
    assert f"present: {isolated_store / 'distilbart-cnn'}" in listing.output
    assert "not downloaded: summarize models download bart-large-cnn" in listing.output
    spec = resolve_model("distilbart-cnn")
    assert spec.path == str(isolated_store / "distilbart-cnn") and spec.kind == "seq2seq" and spec.max_input_tokens == 1024
    result = _run(str(samples_dir / "city-budget.txt"), "--model", "distilbart-cnn", "-n", "1")
    assert result.exit_code == 0, result.output
    assert "Sources:" in result.output


def test_contradicting_and_invalid_options_are_refused(samples_dir):
    result = _run(str(samples_dir / "city-budget.txt"), "--abstractive", "--mode", "extractive")
    assert result.exit_code == 2 and "contradict" in result.output
    result = _run(str(samples_dir / "city-budget.txt"), "--model", "distilbart-cnn", "--mode", "extractive")
    assert result.exit_code == 2 and "contradict" in result.output
    for bad in ({"guard": "maybe"}, {"device": "tpu"}, {"mode": "both"}, {"min_support": 1.5}, {"batch_size": 0}):
        with pytest.raises(OptionsError):
            Options(**bad)


def test_missing_preset_error_is_a_missing_resource():
    with pytest.raises(MissingResourceError, match="summarize models download qwen2.5-0.5b-instruct"):
        resolve_model("qwen2.5-0.5b-instruct")


def test_every_preset_says_which_languages_it_covers_and_a_multilingual_one_exists() -> None:
    listed = presets()
    assert all(preset.languages for preset in listed.values())
    assert any("fr" in preset.languages and preset.kind == "seq2seq" for preset in listed.values())


def test_download_failure_is_one_line_without_the_hub_clients_retry_messages(monkeypatch):
    # offline, `summarize models download NAME` printed eleven "Retrying in 8s [Retry 4/5]." and
    # "'[Errno -2] ...' thrown while requesting GET ..." lines before its one-line error
    import logging

    import huggingface_hub

    loud: list[bool] = []

    def failing_download(*args, **kwargs):
        loud.append(logging.getLogger("huggingface_hub.utils._http").isEnabledFor(logging.WARNING))
        raise OSError("[Errno -2] Name or service not known")

    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(huggingface_hub, "snapshot_download", failing_download)
    result = _run("models", "download", "distilbart-cnn")
    assert result.exit_code == 2
    assert loud == [False]
    assert logging.getLogger("huggingface_hub.utils._http").isEnabledFor(logging.WARNING)  # as it was, after


@pytest.mark.parametrize("kind", ["seq2seq", "causal"])
def test_a_kind_given_a_folder_that_is_no_model_or_no_name_says_so(kind, tmp_path, samples_dir):
    # "--model seq2seq:./models" (the folder above the model's) said "Couldn't instantiate the
    # backend tokenizer ...; the files look incomplete or corrupt: download them again"
    article = str(samples_dir / "city-budget.txt")
    result = _run(article, "--model", f"{kind}:{tmp_path}")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: model '{kind}:{tmp_path}': {tmp_path} has no config.json; is it a saved model directory?"
    result = _run(article, "--model", f"{kind}:")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: model '{kind}:' names no model: give it as {kind}:PATH or {kind}:OWNER/NAME"


@pytest.mark.parametrize("given, model_dir, holds", [("seq2seq", "tiny_causal_dir", "causal"), ("causal", "tiny_t5_dir", "seq2seq")])
def test_a_kind_given_a_model_of_the_other_kind_names_the_right_one(given, model_dir, holds, request, samples_dir):
    # "--model seq2seq:./my-llama" said "Unrecognized configuration class ...; the files look
    # incomplete or corrupt: download them again", sending the user to download good files again.
    path = request.getfixturevalue(model_dir)
    result = _run(str(samples_dir / "city-budget.txt"), "--model", f"{given}:{path}")
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert "\n" not in line and "download them again" not in line
    assert f"holds a {holds} model, not a {given} one; give it as {holds}:{path}" in line


def test_a_kind_that_is_none_is_named_with_the_kinds(tmp_path) -> None:
    # "gguf:" is a file's type, not a kind: the error said "no such file or folder" of a file there
    from summarizer.models.store import resolve_model

    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    with pytest.raises(OptionsError, match="'gguf' is no model kind; give KIND:NAME with one of .*llamacpp"):
        resolve_model(f"gguf:{model}")


@pytest.mark.parametrize("name", ["minicheck-roberta", "hhem-2.1-open"])
def test_a_checker_preset_given_as_the_summariser_is_refused_before_any_download(samples_dir, name):
    # `summarize models` lists them as "not a summariser", yet `--model hhem-2.1-open` said "is not
    # downloaded; get it with: summarize models download ...", and only after that download refused.
    result = _run(str(samples_dir / "city-budget.txt"), "--model", name)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert "fact-checking model, not a summariser" in line and f"--checker-setting model={name}" in line
    assert "download" not in line
    from summarizer import Summarizer

    with pytest.raises(OptionsError, match="not a summariser"):
        Summarizer(model=name)
