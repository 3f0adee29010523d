"""The model loads in a thread of its own while the article is read: errors, close and a bad
input behave as when it loaded in the caller's thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import summarizer.abstract.backends as backends
import summarizer.models.store as store
import summarizer.read.document as document_module
from summarizer import Summarizer
from summarizer.errors import ModelError, SummarizerError
from summarizer.models.store import ModelSpec

from fake_backends import ScriptedBackend

# Written for these tests.
ARTICLE = """Night buses return to Eastmoor

Night buses will run again between Eastmoor and the city centre from Monday, the transport authority said.

The service was cut in March when the operator could not find enough drivers.

Buses will leave every 30 minutes between midnight and five in the morning.
"""
LINE = "Night buses will run again between Eastmoor and the city centre from Monday."


class ClosingBackend(ScriptedBackend):
    def __init__(self):
        super().__init__(lambda text: LINE)
        self.closed = False

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def loads(monkeypatch):
    """Replace resolving and loading a model by `loads.using(function)`; counts the loads."""

    class Loads:
        count = 0
        load = staticmethod(lambda: ClosingBackend())

        def using(self, load):
            self.load = load

    state = Loads()

    def load_backend(spec, device="auto", options=None, settings=None):
        state.count += 1
        return state.load()

    monkeypatch.setattr(store, "resolve_model", lambda name: ModelSpec("scripted", "", "causal"))
    monkeypatch.setattr(backends, "load_backend", load_backend)
    return state


def test_the_model_loads_while_the_article_is_read(loads, monkeypatch):
    loading = threading.Event()

    def load():
        loading.set()
        return ClosingBackend()

    loads.using(load)
    seen_while_reading: list[bool] = []
    build = document_module.build_document

    def watched_build(raw, language="auto"):
        # Loading one after the other would leave this waiting for its whole timeout.
        seen_while_reading.append(loading.wait(timeout=10))
        return build(raw, language)

    monkeypatch.setattr(document_module, "build_document", watched_build)
    with Summarizer(mode="abstractive", sentences=1, guard="off") as summarizer:
        summary = summarizer.summarize(ARTICLE)
    assert seen_while_reading == [True]
    assert [line.text for line in summary.lines] == [LINE]
    assert loads.count == 1


def test_an_error_met_loading_ahead_is_raised_by_the_call_and_a_later_call_tries_again(loads):
    def broken():
        raise ModelError("model 'scripted': the file is damaged")

    loads.using(broken)
    summarizer = Summarizer(mode="abstractive", sentences=1, guard="off")
    with pytest.raises(ModelError, match="the file is damaged"):
        summarizer.summarize(ARTICLE)
    assert loads.count == 1  # the caller's thread did not load a second time
    loads.using(ClosingBackend)
    assert summarizer.summarize(ARTICLE).lines
    assert loads.count == 2


def test_a_missing_file_is_reported_before_any_model_loads(loads, tmp_path: Path):
    summarizer = Summarizer(mode="abstractive", sentences=1, guard="off")
    with pytest.raises(SummarizerError, match="nothing-here.txt"):
        summarizer.summarize(tmp_path / "nothing-here.txt")
    assert loads.count == 0  # a typo in a file name costs no model load
    backend = summarizer.abstractive.backend
    assert loads.count == 1 and isinstance(backend, ClosingBackend)
    summarizer.close()
    assert backend.closed


def test_input_with_no_article_in_it_is_reported_and_the_model_kept_for_the_next(loads):
    summarizer = Summarizer(mode="abstractive", sentences=1, guard="off")
    with pytest.raises(SummarizerError):
        summarizer.summarize(b"<html><body><nav>Home</nav></body></html>")
    assert summarizer.summarize(ARTICLE).lines
    assert loads.count == 1


def test_close_waits_for_a_model_still_loading_and_frees_it(loads):
    release = threading.Event()
    loaded: list[ClosingBackend] = []

    def slow():
        release.wait(timeout=10)
        loaded.append(ClosingBackend())
        return loaded[-1]

    loads.using(slow)
    summarizer = Summarizer(mode="abstractive", sentences=1, guard="off")
    summarizer.abstractive.load_ahead()
    closing = threading.Thread(target=summarizer.close)
    closing.start()
    closing.join(timeout=0.2)
    assert closing.is_alive()  # still waiting for the load
    release.set()
    closing.join(timeout=10)
    assert not closing.is_alive()
    assert loaded and loaded[0].closed
