"""The real transformers path, through tiny random models built offline in fixtures."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

pytest.importorskip("torch")
pytest.importorskip("transformers")

from summarizer import Summarizer  # noqa: E402
from summarizer.abstract.backends import Generated, GenerationRequest, generate_batch, load_backend  # noqa: E402
from summarizer.cli import cli  # noqa: E402
from checking import check  # noqa: E402
from summarizer.models.store import resolve_model  # noqa: E402
from summarizer.render.display import display_text  # noqa: E402


def test_seq2seq_backend_writes_visible_text_within_its_token_limit(tiny_t5_dir):
    backend = load_backend(resolve_model(str(tiny_t5_dir)), "cpu")
    assert backend.kind == "seq2seq" and backend.prefix == "summarize: "
    requests = [GenerationRequest("The port reopened on Monday.", 1, 5, 7, 3), GenerationRequest("Ships queued.", 1, 5, 7, 3)]
    outputs = generate_batch(backend, requests)
    assert len(outputs) == 2
    for text in outputs:
        assert 3 <= len(text) <= 7  # ByT5: one token per byte
        assert text.isascii() and text.isprintable()


@pytest.mark.parametrize("fixture", ["tiny_t5_dir", "tiny_causal_dir"])
def test_token_counts_come_back_with_each_answer_not_on_the_backend(fixture, request):
    # Threads share a backend: counts left on it (a `usage` list) would be read by the wrong thread.
    backend = load_backend(resolve_model(str(request.getfixturevalue(fixture))), "cpu")
    requests = [GenerationRequest("The port reopened.", 1, 5, 7, 3), GenerationRequest("Ships queued in the bay for a week.", 1, 5, 7, 3)]
    batch = backend.preprocess(requests)
    answers = backend.postprocess(backend.generate(batch, requests), batch)
    assert [type(a) for a in answers] == [Generated, Generated]
    assert answers[0].tokens_in < answers[1].tokens_in  # padding is not counted as read
    assert all(a.tokens_out is not None and 0 <= a.tokens_out <= 7 for a in answers)
    assert not hasattr(backend, "usage")


def test_causal_backend_prompts_through_the_chat_template_with_left_padding(tiny_causal_dir):
    backend = load_backend(resolve_model(str(tiny_causal_dir)), "cpu")
    assert backend.kind == "causal" and backend.tokenizer.padding_side == "left"
    request = GenerationRequest("The port reopened on Monday.", 2, 30, 9, 0)
    prompt = backend.prompt(request)
    assert prompt.startswith("<|system|>") and prompt.rstrip().endswith("<|assistant|>")
    assert "exactly 2 complete sentences" in prompt and "The port reopened on Monday." in prompt
    batch = backend.preprocess([request, GenerationRequest("A much longer text about ships " * 5, 2, 30, 9, 0)])
    assert batch["attention_mask"][0, 0] == 0  # the shorter prompt is padded on the left
    output = backend.generate(batch, [request])
    assert output.shape[1] - batch["input_ids"].shape[1] <= 9
    assert len(backend.postprocess(output, batch)) == 2
    assert backend.text_budget() < 512


@pytest.mark.parametrize("fixture", ["tiny_t5_dir", "tiny_causal_dir"])
def test_every_kept_generated_line_passes_the_guard(fixture, request, samples_dir):
    model_dir = request.getfixturevalue(fixture)
    summarizer = Summarizer(mode="abstractive", model=str(model_dir), device="cpu", sentences=2)
    summary = summarizer.summarize(samples_dir / "harbour-strike.md")
    assert summary.lines and summary.method == f"abstractive:{model_dir}"
    for line in summary.lines:
        # "extracted": a source sentence filling a slot the model left empty (a random model writes junk).
        assert line.citations and line.origin in {"generated", "replaced", "extracted"}
        if line.origin == "generated":
            assert check(line.text, [c.text for c in line.citations], line.support, 0.5) == []
        else:
            source = summary.document.sentences[line.citations[0].sentence]
            assert line.text in (source.clean_text, display_text(summary.document, source))
    guard = summary.stats["guard"]
    assert guard["kept"] + guard["replaced"] + guard["dropped"] == guard["generated"]


def test_guard_off_prints_the_model_text_as_generated_lines(tiny_causal_dir, samples_dir):
    summarizer = Summarizer(mode="abstractive", model=str(tiny_causal_dir), guard="off", sentences=2)
    summary = summarizer.summarize(samples_dir / "city-budget.txt")
    generated = [line for line in summary.lines if line.origin == "generated"]
    assert generated and all(not line.flags for line in generated)


def test_the_model_is_loaded_once_and_batches_keep_input_order(tiny_t5_dir, sample_paths, monkeypatch):
    import summarizer.abstract.backends as backends

    loads = []
    real_load = backends.load_backend
    monkeypatch.setattr(backends, "load_backend", lambda *a, **k: loads.append(a) or real_load(*a, **k))
    summarizer = Summarizer(mode="abstractive", model=str(tiny_t5_dir), guard="off", words=15)
    summaries = [o.summary for o in summarizer.summarize_many(sample_paths, batch_size=2)]
    again = summarizer.summarize(sample_paths[0])
    assert len(loads) == 1
    assert [s.document.source for s in summaries] == [str(p) for p in sample_paths]
    for summary in [*summaries, again]:
        generated = [line for line in summary.lines if line.origin == "generated"]
        assert sum(len(line.text.split()) for line in generated[1:]) + (len(generated[0].text.split()) if generated else 0) <= max(
            15, len(generated[0].text.split()) if generated else 0
        )


def test_cli_runs_a_local_model_and_writes_json(tiny_t5_dir, samples_dir):
    result = CliRunner().invoke(
        cli, [str(samples_dir / "city-budget.txt"), "--abstractive", "--model", str(tiny_t5_dir), "--format", "json", "-n", "2"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["method"] == f"abstractive:{tiny_t5_dir}"
    assert data["stats"]["model"]["kind"] == "seq2seq"
    assert all(line["origin"] in {"generated", "replaced", "extracted"} and line["citations"] for line in data["lines"])


def test_batch_abstractive_runs_one_model_in_process_and_isolates_bad_files(tiny_t5_dir, samples_dir, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("city-budget.txt", "tech-layoffs.txt", "short-notice.txt"):
        (inputs / name).write_bytes((samples_dir / name).read_bytes())
    (inputs / "broken.txt").write_bytes(b"\xff\xfe not text \x00\x00")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["batch", str(inputs), "-o", str(out), "--model", str(tiny_t5_dir), "-f", "json", "--quiet", "--workers", "2"]
    )
    assert result.exit_code == 1, result.output
    records = {json.loads(line)["id"]: json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()}
    assert len(records) == 4
    failed = [r for r in records.values() if r["status"] == "failed"]
    assert len(failed) == 1 and "broken.txt" in failed[0]["source"] and "binary" in failed[0]["error"]
    for record in records.values():
        if record["status"] == "ok":
            summary = json.loads((out / record["output"]).read_text())
            assert summary["lines"] and all(line["citations"] for line in summary["lines"])
            assert {line["origin"] for line in summary["lines"]} <= {"generated", "replaced", "extracted"}


def test_gguf_file_without_the_gguf_package_names_the_install_command(tmp_path, monkeypatch):
    import importlib.util

    from summarizer import MissingResourceError

    model_file = tmp_path / "chat.gguf"
    model_file.write_bytes(b"GGUF" + b"\0" * 64)
    real_find_spec = importlib.util.find_spec
    # Without llama_cpp too: with it, a .gguf file runs on llama.cpp and needs no gguf package.
    hidden = {"gguf", "llama_cpp"}
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in hidden else real_find_spec(name, *a))
    with pytest.raises(MissingResourceError, match=r"pip install 'summarizer\[gguf\]'"):
        load_backend(resolve_model(str(model_file)), "cpu")


def test_loading_a_model_leaves_the_hosts_transformers_logging_as_it_was(tiny_t5_dir):
    import transformers

    logging = transformers.utils.logging
    logging.set_verbosity_info()
    logging.enable_progress_bar()
    try:
        load_backend(resolve_model(str(tiny_t5_dir)), "cpu")
        assert logging.get_verbosity() == logging.INFO
        assert logging.is_progress_bar_enabled()
    finally:
        logging.set_verbosity_warning()
