"""What a chat model is asked: a neutral summary of only what the given text says."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.abstract.backends import GenerationRequest

SYSTEM_PROMPT = (
    "You summarise news text. Write plain, neutral sentences that state only facts found in the "
    "text: no opinions, no judgements, no praise or blame, nothing the text does not say."
)
USER_PROMPT = (
    "Summarise the news text below in at most {sentences} short sentence{plural} (about {words} "
    "words in all). Keep names, numbers and dates exactly as written. Reply with the summary only.\n\n"
    "Text:\n{text}"
)


def chat_messages(request: GenerationRequest, system_turn: bool = True) -> list[dict[str, str]]:
    """The chat turns for one request; `system_turn=False` folds the system prompt into the
    user's turn, for chat templates that refuse a system turn."""
    user = USER_PROMPT.format(
        sentences=request.sentences, plural="s" * (request.sentences != 1), words=request.words, text=request.text
    )
    if system_turn:
        return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]
    return [{"role": "user", "content": f"{SYSTEM_PROMPT}\n\n{user}"}]
