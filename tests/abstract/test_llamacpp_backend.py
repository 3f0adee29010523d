"""The llama.cpp backend through a tiny random GGUF model written in a fixture, and how .gguf models
and presets pick their backend. Random weights say nothing about quality: these tests exercise the
chat template, token counting, context sizing, limits, errors and the whole CLI path."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.models import store as modelstore
from summarizer.cli import cli
from summarizer.errors import MissingResourceError, ModelError, OptionsError

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
GGUF_PRESET = "qwen2.5-0.5b-instruct-gguf"


def _corpus() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}]


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("gguf")
    from tiny_models import build_tiny_gguf

    return build_tiny_gguf(tmp_path_factory.mktemp("tiny-gguf") / "tiny-llama.gguf", _corpus())


@pytest.fixture
def llama(tiny_gguf: Path) -> Path:
    """The tiny model, for tests that run llama.cpp (skipped without the llamacpp extra)."""
    pytest.importorskip("llama_cpp")
    return tiny_gguf


def _backend(path: Path):
    from summarizer.abstract.backends import load_backend

    return load_backend(modelstore.resolve_model(str(path)), "cpu")


def _run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process: llama.cpp writes to file descriptor 2 directly, which
    only a separate process shows."""
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=300,
        env={**os.environ, **(env or {})},
    )


# -- which backend a .gguf model gets ------------------------------------------------------------


def test_gguf_file_uses_llamacpp_when_it_is_installed(tiny_gguf, monkeypatch):
    monkeypatch.setattr(modelstore, "llamacpp_available", lambda: True)
    spec = modelstore.resolve_model(str(tiny_gguf))
    assert spec.kind == "llamacpp" and spec.gguf_file == tiny_gguf.name and Path(spec.path) == tiny_gguf.parent


def test_gguf_file_falls_back_to_transformers_with_a_one_line_hint(tiny_gguf, monkeypatch):
    monkeypatch.setattr(modelstore, "llamacpp_available", lambda: False)
    with pytest.warns(modelstore.PerformanceHint, match=r"summarizer\[llamacpp\]") as caught:
        spec = modelstore.resolve_model(str(tiny_gguf))
    assert spec.kind == "causal" and spec.gguf_file == tiny_gguf.name
    assert len(caught) == 1 and "\n" not in str(caught[0].message)


def test_gguf_file_without_either_loader_names_the_llamacpp_extra(tiny_gguf, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in {"llama_cpp", "gguf"} else real(name, *a))
    with pytest.raises(MissingResourceError, match=r"summarizer\[llamacpp\]"):
        modelstore.resolve_model(str(tiny_gguf))


# -- GGUF presets: one pinned file ----------------------------------------------------------------


def test_gguf_presets_pin_a_revision_a_file_and_its_hash():
    gguf_presets = [p for p in modelstore.presets().values() if p.kind == "llamacpp"]
    assert len(gguf_presets) >= 3
    for preset in gguf_presets:
        assert preset.file and preset.file.endswith(".gguf")
        assert len(preset.revision) == 40 and int(preset.revision, 16) >= 0
        assert preset.sha256 and len(preset.sha256) == 64 and preset.licence


def test_gguf_preset_resolves_to_its_file_in_the_store(tiny_gguf, tmp_path, monkeypatch):
    monkeypatch.setenv(modelstore.STORE_ENV, str(tmp_path))
    monkeypatch.setattr(modelstore, "_gguf_from_hf_cache", lambda preset: None)
    monkeypatch.setattr(modelstore, "llamacpp_available", lambda: True)
    preset = modelstore.presets()[GGUF_PRESET]
    with pytest.raises(MissingResourceError, match=f"summarize models download {GGUF_PRESET}"):
        modelstore.resolve_model(GGUF_PRESET)
    assert not modelstore.is_present(preset)
    target = tmp_path / GGUF_PRESET / preset.file
    target.parent.mkdir()
    target.write_bytes(tiny_gguf.read_bytes())
    spec = modelstore.resolve_model(GGUF_PRESET)
    assert modelstore.is_present(preset)
    assert (spec.kind, Path(spec.path) / spec.gguf_file, spec.max_input_tokens) == ("llamacpp", target, preset.max_input_tokens)


def _fake_hub(monkeypatch, payload: bytes, calls: list):
    import huggingface_hub

    def hf_hub_download(repo_id, filename, revision=None, local_dir=None, **kwargs):
        calls.append((repo_id, filename, revision))
        path = Path(local_dir) / filename
        path.write_bytes(payload)
        return str(path)

    monkeypatch.setattr(huggingface_hub, "hf_hub_download", hf_hub_download)


def test_download_fetches_one_file_at_the_pinned_revision_and_checks_its_hash(tmp_path, monkeypatch):
    pytest.importorskip("huggingface_hub")
    monkeypatch.setenv(modelstore.STORE_ENV, str(tmp_path))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    preset = modelstore.presets()[GGUF_PRESET]
    calls: list = []
    _fake_hub(monkeypatch, b"not the pinned file", calls)
    with pytest.raises(ModelError, match="sha256"):
        modelstore.download(GGUF_PRESET)
    assert calls == [(preset.hub_id, preset.file, preset.revision)]
    assert not (tmp_path / GGUF_PRESET / preset.file).exists()  # a wrong file is not left behind

    payload = b"GGUF pretend weights"
    pinned = modelstore.Preset(**{**{f: getattr(preset, f) for f in preset.__slots__}, "sha256": hashlib.sha256(payload).hexdigest()})
    monkeypatch.setattr(modelstore, "presets", lambda: {GGUF_PRESET: pinned})
    _fake_hub(monkeypatch, payload, calls)
    assert modelstore.download(GGUF_PRESET) == tmp_path / GGUF_PRESET
    assert (tmp_path / GGUF_PRESET / preset.file).read_bytes() == payload


@pytest.mark.parametrize("installed", [True, False])
def test_models_listing_says_which_backend_each_preset_uses_here(installed, tmp_path, monkeypatch):
    monkeypatch.setenv(modelstore.STORE_ENV, str(tmp_path))
    monkeypatch.setattr(modelstore, "llamacpp_available", lambda: installed)
    result = CliRunner().invoke(cli, ["models"])
    assert result.exit_code == 0, result.output
    blocks = result.output.split("\n")[1:]
    for name, preset in modelstore.presets().items():
        start = blocks.index(name if name != modelstore.default_model() else f"{name} (default)")
        backend = next(line for line in blocks[start:] if line.strip().startswith("backend here:"))
        if preset.file:
            assert backend.strip().startswith("backend here: llamacpp" if installed else "backend here: causal"), backend
            assert preset.file in "\n".join(blocks[start : start + 4])
        elif preset.kind == modelstore.CHECKER_KIND:
            assert "fact-checking model of --checker model" in backend
        else:
            assert backend.strip() == f"backend here: {preset.kind} (transformers)"


# -- the backend itself ---------------------------------------------------------------------------


def test_backend_prompts_with_the_gguf_chat_template_and_counts_with_its_tokenizer(llama):
    from summarizer.abstract.backends import GenerationRequest

    backend = _backend(llama)
    assert backend.kind == "llamacpp" and backend.device == "cpu"
    request = GenerationRequest("The port reopened on Monday.", 2, 30, 9, 0)
    (prompt,) = backend.preprocess([request])
    text = backend.llm.detokenize(prompt.tokens, special=True).decode("utf-8")
    assert text.startswith("<|system|>") and text.rstrip().endswith("<|assistant|>")
    assert "exactly 2 complete sentences" in text and "The port reopened on Monday." in text
    assert prompt.stop == ["</s>"]  # the model's end-of-sequence token ends the answer
    sentences = ["The port reopened on Monday.", "Ships queued for a day and a half."]
    assert backend.count_tokens(sentences) == [len(backend.llm.tokenize(s.encode(), add_bos=False)) for s in sentences]
    assert backend.count_tokens(sentences)[1] < len(sentences[1])  # merges apply: fewer tokens than bytes


def test_context_follows_the_input_plan_not_the_trained_maximum(llama, tmp_path):
    from summarizer.abstract import llamacpp_backend
    from tiny_models import build_tiny_gguf

    small = _backend(llama)  # trained on 512 tokens: a quarter is kept for the answer
    assert small.context == 512 and small.max_input_tokens == 384
    assert small.text_budget() == 384 - small._overhead and small._overhead > 20
    long_model = build_tiny_gguf(tmp_path / "long.gguf", _corpus()[:2], context=32768)
    large = _backend(long_model)
    assert large.trained_context == 32768
    assert large.context == llamacpp_backend.DEFAULT_INPUT_TOKENS + llamacpp_backend.OUTPUT_TOKENS
    assert large.llm.n_ctx() == large.context


def test_generation_is_greedy_and_stops_at_the_token_limit(llama):
    from summarizer.abstract.backends import GenerationRequest, generate_results

    backend = _backend(llama)
    requests = [GenerationRequest("The port reopened on Monday after a strike.", 1, 10, 6, 0), GenerationRequest("Ships queued.", 1, 10, 4, 0)]
    first = generate_results(backend, requests)
    assert len(first) == 2
    for result, request, prompt in zip(first, requests, backend.preprocess(requests)):
        assert result.tokens_in == len(prompt.tokens)
        assert 0 <= result.tokens_out <= request.max_new_tokens and result.seconds > 0
    again = generate_results(backend, requests)
    assert [r.text for r in again] == [r.text for r in first]  # temperature 0: the same text every time


def test_inputs_are_fitted_to_the_context_and_one_too_long_request_fails_alone(llama, sample_paths):
    from summarizer import Summarizer
    from summarizer.abstract.backends import GenerationRequest, generate_results

    # One request per article (sections="off"): by default one of several windows is summarised in sections.
    summarizer = Summarizer(mode="abstractive", model=str(llama), device="cpu", sections="off")
    outcomes = list(summarizer.summarize_many(sample_paths, batch_size=len(sample_paths)))
    assert [o.error for o in outcomes] == [None] * len(sample_paths)
    backend = summarizer.abstractive.backend
    assert backend.context_tokens == backend.context == 512
    for outcome in outcomes:  # some samples open with one sentence longer than the whole context
        generation = outcome.summary.stats["generation"]
        assert generation["tokens_in"] + generation["tokens_out"] <= backend.context
    many = tuple(f"Sentence {i} says the harbour reopened after a strike that lasted many days." for i in range(60))
    requests = [GenerationRequest(" ".join(many), 2, 30, 40, 0, many), GenerationRequest("Ships queued.", 1, 10, 5, 0)]
    failed, fine = generate_results(backend, requests)
    assert isinstance(failed, ModelError) and failed.context_tokens == 512 and failed.prompt_tokens > 512
    assert not isinstance(fine, Exception) and fine.tokens_out <= 5


def test_threads_come_from_summarizer_threads(llama, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_THREADS", "1")
    assert _backend(llama).llm.n_threads == 1
    monkeypatch.setenv("SUMMARIZER_THREADS", "many")
    with pytest.raises(OptionsError, match="SUMMARIZER_THREADS"):
        _backend(llama)


def test_unknown_generation_setting_and_missing_chat_template_are_refused(llama, tmp_path):
    from summarizer.abstract.llamacpp_backend import LlamaCppBackend
    from tiny_models import build_tiny_gguf

    spec = modelstore.resolve_model(str(llama))
    with pytest.raises(ModelError, match="do_sample"):
        LlamaCppBackend(modelstore.ModelSpec(spec.name, spec.path, spec.kind, spec.gguf_file, generation={"do_sample": False}), "cpu")
    plain = build_tiny_gguf(tmp_path / "plain.gguf", _corpus()[:2], chat_template=None)
    with pytest.raises(ModelError, match="no chat template"):
        _backend(plain)


def test_a_file_that_is_not_a_model_is_one_clear_error(llama, tmp_path):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(llama.read_bytes()[:4096])
    with pytest.raises(ModelError, match="could not be loaded by llama.cpp"):
        _backend(broken)


# -- the whole path ------------------------------------------------------------------------------


def test_library_summary_through_llamacpp_is_cited_and_guarded(llama):
    from summarizer import Summarizer
    from checking import check

    summary = Summarizer(mode="abstractive", model=str(llama), device="cpu", sentences=2).summarize(SAMPLES / "harbour-strike.md")
    assert summary.lines and summary.stats["model"]["kind"] == "llamacpp"
    for line in summary.lines:
        assert line.citations
        if line.origin == "generated":
            assert check(line.text, [c.text for c in line.citations], line.support, 0.5) == []
    guard = summary.stats["guard"]
    assert guard["kept"] + guard["replaced"] + guard["dropped"] == guard["generated"]


def test_cli_summarizes_through_llamacpp_with_cited_lines_and_a_quiet_stderr(llama):
    result = _run_cli(str(SAMPLES / "city-budget.txt"), "--model", str(llama), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # llama.cpp's loading log must not reach the terminal
    data = json.loads(result.stdout)
    assert data["stats"]["model"]["kind"] == "llamacpp"
    assert data["lines"] and all(line["citations"] for line in data["lines"])


def test_cli_text_output_through_llamacpp_exits_0_with_cited_lines(llama):
    result = _run_cli(str(SAMPLES / "city-budget.txt"), "--model", str(llama))
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout and "Sources:" in result.stdout


def test_llamacpp_path_never_loads_torch_and_leaves_the_environment_as_found(llama):
    code = (
        "import os, sys\nfrom pathlib import Path\nfrom summarizer import Summarizer\nbefore = dict(os.environ)\n"
        f"Summarizer(mode='abstractive', model={str(llama)!r}, sentences=1).summarize(Path({str(SAMPLES / 'city-budget.txt')!r}))\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules, 'llama_cpp' in sys.modules, dict(os.environ) == before)"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "True", "True"]


def test_cli_device_cuda_without_a_gpu_build_is_one_line_and_exit_2(llama):
    import llama_cpp

    if llama_cpp.llama_supports_gpu_offload():
        pytest.skip("this llama-cpp-python has GPU offload")
    result = _run_cli(str(SAMPLES / "city-budget.txt"), "--model", str(llama), "--device", "cuda")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "GPU" in result.stderr


def test_cli_stream_shows_the_models_lines_on_stderr_before_the_checked_summary(llama):
    result = _run_cli(str(SAMPLES / "city-budget.txt"), "--model", str(llama), "--stream")
    assert result.returncode == 0, result.stderr
    preview = result.stderr.splitlines()
    assert preview and all(line.startswith("… ") for line in preview)  # nothing else, and no terminal codes
    assert len(preview) <= 3 and "Sources:" in result.stdout


def test_cli_stream_on_a_terminal_erases_its_preview_rows_before_the_summary(llama):
    import pty

    primary, secondary = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "summarizer", str(SAMPLES / "city-budget.txt"), "--model", str(llama)],
            stdout=subprocess.PIPE, stderr=secondary, text=True, timeout=300, env={**os.environ, "COLUMNS": "40"},
        )
        os.close(secondary)
        secondary = -1
        written = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the other end is closed: all was read
                break
            if not chunk:
                break
            written += chunk
    finally:
        os.close(primary)
        if secondary != -1:
            os.close(secondary)
    assert result.returncode == 0
    shown = written.decode("utf-8", errors="replace")
    rows = [line for line in shown.replace("\r", "").split("\n") if "… " in line]
    assert rows, shown  # a terminal on stderr: the preview is on by default
    from summarizer.cli.preview import rows_taken

    plain = [line.replace("\x1b[2m", "").replace("\x1b[0m", "") for line in rows]
    taken = sum(rows_taken(line, 40) for line in plain)
    assert shown.rstrip().endswith(f"\x1b[{taken}F\x1b[J")  # back over every row it took, then cleared
