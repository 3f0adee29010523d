"""A chat model is asked to summarise in the article's own language."""

from __future__ import annotations

from summarizer.abstract.backends import GenerationRequest
from summarizer.abstract.prompts import chat_messages


def _user_turn(language: str) -> str:
    request = GenerationRequest("Der Stadtrat tagte.", 1, 20, 40, 0, ("Der Stadtrat tagte.",), language)
    return chat_messages(request)[-1]["content"]


def test_prompt_names_the_articles_language_when_it_is_not_english() -> None:
    assert "Write the summary in German." in _user_turn("german")
    assert "[1] Der Stadtrat tagte." in _user_turn("german")


def test_prompt_for_english_is_unchanged_by_the_language_field() -> None:
    assert "Write the summary in" not in _user_turn("english")
