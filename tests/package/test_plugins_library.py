"""The test plugin (tests/plugin_pkg, found through its entry points) from the library: each
component it adds works where a built-in one does."""

from __future__ import annotations

import pytest

from summarizer import BACKENDS, CHECKERS, RANKERS, RENDERERS, Backend, Problem, Summarizer, render, summarize, verify
from summarizer.errors import OptionsError

# Written for these tests.
ARTICLE = (
    "The county opened a new library branch in Millbrook on Saturday.\n\n"
    "The branch, built in fourteen months on the site of an old grain store, holds forty thousand books "
    "and a room for evening classes.\n\n"
    "Residents queued before the doors opened.\n"
)


def test_plugin_components_are_registered_through_entry_points_only() -> None:
    assert "longest" in RANKERS.names() and RANKERS.is_plugin("longest")
    assert "echo" in BACKENDS.names() and BACKENDS.is_plugin("echo")
    assert "future" in CHECKERS.names() and CHECKERS.is_plugin("future")
    assert "tsv" in RENDERERS.names() and RENDERERS.is_plugin("tsv")


def test_plugin_ranker_and_renderer_in_the_library() -> None:
    summary = summarize(ARTICLE, method="longest", sentences=1)
    assert summary.method == "longest"
    assert summary.lines[0].text.startswith("The branch, built in fourteen months")
    assert render(summary, "tsv").splitlines()[1].startswith("1\t2\tThe branch")


def test_plugin_backend_in_the_library() -> None:
    for model in ("echo", "echo:foo"):
        summary = Summarizer(model=model, sentences=1).summarize(ARTICLE)
        assert summary.stats["model"]["kind"] == "echo" and summary.lines[0].origin == "generated"
    backend = Summarizer(model="echo:foo", sentences=1).abstractive.backend
    assert isinstance(backend, Backend) and backend.label == "foo"
    with pytest.raises(OptionsError, match="no setting 'colour'; it takes: lines"):
        Summarizer(model="echo", model_settings={"colour": "red"}).summarize(ARTICLE)


def test_plugin_checker_reports_its_own_kind_in_verify_and_the_guard() -> None:
    result = verify(ARTICLE, "The county will open a new library branch in Millbrook.", checker="future")
    assert [p.kind for p in result.problems] == ["testplugin.future"]
    assert render(result, "tsv").splitlines()[1].startswith("1\tno\ttestplugin.future\t")
    guarded = Summarizer(model="echo", checker="future", sentences=1).summarize(ARTICLE)
    assert guarded.stats["guard"]["checker"] == "future"


def test_problem_kinds_are_built_in_or_namespaced() -> None:
    assert Problem("myplugin.tense", "myplugin.tense: ...").kind == "myplugin.tense"
    for wrong in ("tense", "Myplugin.Tense", "myplugin.", ".tense", ""):
        with pytest.raises(ValueError, match="unknown problem kind"):
            Problem(wrong, "...")
