"""The abstractive mode has one batching policy (`run_windows`) for `summarize_many`, `pipe` and
`summarize batch`; `pipe(workers=...)` runs threads sharing the one model; an out-of-memory
error names a remedy that exists."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from batch_corpus import article
from fake_backends import ScriptedBackend
from summarizer import ModelError, Summarizer
from summarizer.batch.runner import BatchConfig, run_batch
from summarizer.cli import cli

OPTIONS = {"mode": "abstractive", "model": "openai:x", "api_base": "http://127.0.0.1:9/v1", "guard": "off", "sentences": 1, "batch_size": 2}


class Recording(ScriptedBackend):
    """Writes each input's first sentence; records the batches (their texts) and the threads."""

    def __init__(self) -> None:
        super().__init__(lambda text: text.split(". ")[0] + ".")
        self.threads: set[str] = set()
        self.lock = threading.Lock()

    def generate(self, batch: Any, requests: Any) -> Any:
        with self.lock:
            self.threads.add(threading.current_thread().name)
        return super().generate(batch, requests)


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> list[Recording]:
    from summarizer.abstract import backends

    made: list[Recording] = []

    def load(spec: Any, device: str, options: Any = None) -> Recording:
        made.append(Recording())
        return made[-1]

    monkeypatch.setattr(backends, "load_backend", load)
    return made


def _articles(count: int) -> list[str]:
    # Lengths that differ, so that sorting by length within a window shows.
    return [article(seed, sentences=4 + (seed * 7) % 11) for seed in range(count)]


def _batches(backend: Recording) -> list[list[str]]:
    return [sorted(r.text for r in batch) for batch in backend.batches]


def test_summarize_batch_groups_documents_as_summarize_many_does(recording: list[Recording], tmp_path: Path) -> None:
    texts = _articles(20)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number, text in enumerate(texts):
        (inputs / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    with Summarizer(**OPTIONS) as summarizer:
        list(summarizer.summarize_many([inputs / f"{n:02d}.txt" for n in range(len(texts))]))
    report = run_batch(BatchConfig((inputs,), tmp_path / "out", Summarizer(**OPTIONS).options))
    assert report.done == len(texts)
    library, batch = recording
    assert sorted(_batches(batch)) == sorted(_batches(library))


def test_pipe_workers_run_threads_in_the_abstractive_mode(recording: list[Recording]) -> None:
    texts = _articles(40)  # five windows of 2 x 8 documents... and a bit
    with Summarizer(**OPTIONS) as serial:
        expected = [[line.text for line in s.lines] for s in serial.pipe(texts)]
    with Summarizer(**OPTIONS) as threaded:
        got = [[line.text for line in s.lines] for s in threaded.pipe(texts, workers=3)]
    assert got == expected
    assert len(recording[1].threads) > 1, recording[1].threads


def test_out_of_memory_names_a_batch_size_the_command_line_takes(samples_dir: Path) -> None:
    from summarizer.abstract.backends import generate_batch, GenerationRequest

    class Hungry(ScriptedBackend):
        def generate(self, batch: Any, requests: Any) -> Any:
            raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")

    requests = [GenerationRequest("Some text.", 1, 20, 40)] * 8
    with pytest.raises(ModelError) as caught:
        generate_batch(Hungry(lambda text: text), requests)
    message = str(caught.value)
    assert "--batch-size 4" in message and "batch_size=" in message
    # The option it names exists (an extractive run refuses it: only a model reads it).
    result = CliRunner().invoke(cli, ["run", "--help"])
    assert result.exit_code == 0 and "--batch-size" in result.output
