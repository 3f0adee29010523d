"""A batch run redoes its documents when the model file changes under the same name: the index's
fingerprint holds the file's identity (size, time, inode, a hash of both ends), not its path only.
Before, a .gguf replaced in place (a re-quantised model copied over the old one) was "done" already."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from summarizer import Options
from summarizer.batch.runner import BatchConfig, run_batch


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import sample_gguf

    return sample_gguf(tmp_path_factory.mktemp("index-model"))


def _articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / "harbour.txt").write_text(
        "The harbour reopened on Monday after a two-week strike. Ships had queued for days outside the port. "
        "The union said its members would vote on the new offer next week. Fares on the island ferry rose by a tenth.",
        encoding="utf-8",
    )
    return folder


def _replace_in_place(model: Path) -> None:
    """Another model of the same size and modification time (one bit of the last weight)."""
    stat = model.stat()
    data = bytearray(model.read_bytes())
    data[-1] ^= 1
    model.write_bytes(bytes(data))
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert model.stat().st_size == stat.st_size and model.stat().st_mtime_ns == stat.st_mtime_ns


def test_a_model_replaced_in_place_is_redone(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", "off")
    model = tmp_path / "model.gguf"
    shutil.copyfile(tiny, model)
    config = BatchConfig((_articles(tmp_path / "in"),), tmp_path / "out", Options.build(model=str(model), sentences=1))
    assert run_batch(config).done == 1
    assert run_batch(config).skipped == 1  # the same model: nothing to redo
    _replace_in_place(model)
    again = run_batch(config)
    assert (again.done, again.skipped) == (1, 0)


def test_the_fingerprint_follows_the_file_not_its_name(tiny, tmp_path):
    from summarizer.batch.index import options_fingerprint

    model = tmp_path / "model.gguf"
    shutil.copyfile(tiny, model)
    before = options_fingerprint(Options(model=str(model)), "text", "text")
    assert options_fingerprint(Options(model=str(model)), "text", "text") == before
    _replace_in_place(model)
    assert options_fingerprint(Options(model=str(model)), "text", "text") != before


def test_an_extractive_run_keeps_its_fingerprint(monkeypatch):
    """No model file to identify: the fingerprint earlier extractive runs recorded still matches."""
    import summarizer.models.identity as identity
    from summarizer.batch.index import options_fingerprint

    before = options_fingerprint(Options(), "text", "text")
    monkeypatch.setattr(identity, "model_identity", lambda model: pytest.fail("an extractive run has no model file"))
    assert options_fingerprint(Options(), "text", "text") == before
