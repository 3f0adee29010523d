"""A prompt cache folder that cannot be named switches the cache off instead of failing the run."""

from __future__ import annotations

from summarizer.abstract.prompt_cache import cache_folder


def test_a_home_folder_of_no_such_user_means_no_cache(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", "~no-such-user-qa19/prompt-cache")
    assert cache_folder() is None
    monkeypatch.delenv("SUMMARIZER_PROMPT_CACHE")
    monkeypatch.setenv("SUMMARIZER_MODEL_STORE", "~no-such-user-qa19/models")  # the default sits beside the model store
    assert cache_folder() is None


def test_a_folder_that_can_be_named_is_used(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", str(tmp_path / "kv"))
    assert cache_folder() == tmp_path / "kv"
    monkeypatch.setenv("SUMMARIZER_PROMPT_CACHE", "OFF")
    assert cache_folder() is None
