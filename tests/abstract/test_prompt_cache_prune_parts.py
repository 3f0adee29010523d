"""A process killed while it saved a prompt-cache file leaves a `.part` file; the next save's
pruning removes it once it is clearly stale, and never one that another process is writing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from summarizer.abstract.prompt_cache import KEEP_FILES, STALE_PART_SECONDS, _prune


def test_a_stale_part_file_is_removed_and_a_fresh_one_kept(tmp_path):
    stale = tmp_path / "abc.part"
    stale.write_bytes(b"x" * 1000)
    old = time.time() - STALE_PART_SECONDS - 60
    os.utime(stale, (old, old))
    fresh = tmp_path / "def.part"  # another process is writing it right now
    fresh.write_bytes(b"y")
    kept = tmp_path / "0123.kv"
    kept.write_bytes(b"z")
    _prune(tmp_path)
    assert not stale.exists()
    assert fresh.exists() and kept.exists()


def test_only_the_newest_cache_files_are_kept_as_before(tmp_path):
    for k in range(KEEP_FILES + 3):
        path = tmp_path / f"{k:04d}.kv"
        path.write_bytes(b"k")
        os.utime(path, (1_000_000 + k, 1_000_000 + k))
    _prune(tmp_path)
    left = sorted(p.name for p in tmp_path.glob("*.kv"))
    assert left == [f"{k:04d}.kv" for k in range(3, KEEP_FILES + 3)]


def test_a_restored_file_counts_as_used_for_the_pruning(tmp_path, monkeypatch):
    """Pruning keeps the newest files: the shared prefix's file, written first but restored by
    every later run, must not look like the oldest one."""
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import build_tiny_gguf

    from summarizer.abstract.backends import GenerationRequest, generate_results
    from summarizer.abstract.llamacpp_backend import LlamaCppBackend
    from summarizer.models import store as modelstore

    samples = Path(__file__).resolve().parents[2] / "samples"
    corpus = [p.read_text(encoding="utf-8") for p in sorted(samples.iterdir()) if p.suffix in {".txt", ".md"}][:3]
    model = build_tiny_gguf(tmp_path / "tiny.gguf", corpus)
    folder = tmp_path / "cache"
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(folder))

    def answer():
        backend = LlamaCppBackend(modelstore.resolve_model(str(model)), "cpu")
        request = GenerationRequest("The harbour reopened.", 2, 30, 8, 0, ("The harbour reopened.", "Ships queued."))
        generate_results(backend, [request])
        cache = backend._prefix_cache
        backend.close()
        return cache

    first = answer()
    long_ago = time.time() - 86_400
    for path in folder.glob("*.kv"):
        os.utime(path, (long_ago, long_ago))
    again = answer()
    assert again.restored
    restored = max(folder.glob("*.kv"), key=lambda p: p.stat().st_mtime)
    assert restored.stat().st_mtime > long_ago + 3600 and first.path is not None
