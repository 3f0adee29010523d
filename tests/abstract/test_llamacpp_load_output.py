"""Loading a llama.cpp model leaves the process's stdout and stderr alone: the model loads in a
thread of its own while others work (`AbstractiveStage.load_ahead`), and llama-cpp-python's
verbose=False pointed file descriptors 1 and 2, and sys.stdout and sys.stderr, at /dev/null
for the whole load, so whatever another thread printed meanwhile was lost."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from summarizer.models import store as modelstore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import build_tiny_gguf

    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}]
    return build_tiny_gguf(tmp_path_factory.mktemp("tiny-gguf-output") / "tiny-llama.gguf", corpus)


def _where_output_goes() -> tuple:
    return sys.stdout, sys.stderr, *((os.fstat(fd).st_dev, os.fstat(fd).st_ino) for fd in (1, 2))


def test_the_output_is_where_it_was_while_the_model_file_is_read(tiny_gguf, monkeypatch):
    import llama_cpp.llama_cpp as binding

    from summarizer.abstract.backends import load_backend

    seen = []
    real = binding.llama_model_load_from_file

    def spy(*args):
        seen.append(_where_output_goes())
        return real(*args)

    before = _where_output_goes()
    monkeypatch.setattr(binding, "llama_model_load_from_file", spy)
    backend = load_backend(modelstore.resolve_model(str(tiny_gguf)), "cpu")
    try:
        assert seen, "the spy saw no load"
        assert all(during == before for during in seen)
        assert _where_output_goes() == before
        # llama-cpp-python's own redirect is back in place for anyone else's loads.
        import llama_cpp.llama as llama_module
        from llama_cpp._utils import suppress_stdout_stderr

        assert llama_module.suppress_stdout_stderr is suppress_stdout_stderr
    finally:
        backend.close()
