"""Ctrl-C in an abstractive batch keeps every document that was finished: each summary is written
(and indexed) the moment it is done, not when its generation batch is."""

from __future__ import annotations

import json

from batch_corpus import make_folder
from summarizer.batch.runner import BatchConfig, run_batch
from summarizer.batch.index import INDEX_NAME
from summarizer.options import Options

from fake_backends import ScriptedBackend


class InterruptedBackend(ScriptedBackend):
    """Writes one answer at a time, as llama.cpp does, and is stopped by Ctrl-C at answer `stop_at`."""

    one_at_a_time = True

    def __init__(self, stop_at: int):
        super().__init__(lambda text: text.split(". ")[0] + ".")
        self.stop_at = stop_at
        self.answers = 0

    def generate(self, batch, requests):
        out = []
        for request in batch:
            self.answers += 1
            if self.answers == self.stop_at:
                raise KeyboardInterrupt
            out.append(self.write(request.text))
        return out


def _use(monkeypatch, backend) -> None:
    import summarizer.abstract.backends as backends
    import summarizer.models.store as store
    from summarizer.models.store import ModelSpec

    monkeypatch.setattr(store, "resolve_model", lambda name: ModelSpec("scripted", "", backend.kind))
    monkeypatch.setattr(backends, "load_backend", lambda spec, device="auto", options=None: backend)


def test_ctrl_c_after_the_first_document_keeps_it(tmp_path, monkeypatch):
    source, out = tmp_path / "in", tmp_path / "out"
    make_folder(source, good=12)
    backend = InterruptedBackend(stop_at=2)
    _use(monkeypatch, backend)
    options = Options.build(mode="abstractive", model="scripted", sentences=1, batch_size=8)
    report = run_batch(BatchConfig((source,), out, options))
    assert report.interrupted
    rows = [json.loads(line) for line in (out / INDEX_NAME).read_text(encoding="utf-8").splitlines()]
    assert report.done == 1 and [row["status"] for row in rows] == ["ok"]
    written = [p for p in out.rglob("*.txt") if not p.name.startswith(".")]
    assert [p.relative_to(out).as_posix() for p in written] == [rows[0]["output"]]
    assert written[0].read_text(encoding="utf-8").strip()


def test_every_finished_document_is_written_before_the_interrupt(tmp_path, monkeypatch):
    source, out = tmp_path / "in", tmp_path / "out"
    make_folder(source, good=12)
    _use(monkeypatch, InterruptedBackend(stop_at=6))
    report = run_batch(BatchConfig((source,), out, Options.build(mode="abstractive", model="scripted", sentences=1)))
    assert report.interrupted and report.done == 5
    assert len([p for p in out.rglob("*.txt") if not p.name.startswith(".")]) == 5
