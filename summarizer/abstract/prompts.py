"""What a chat model is asked: a short, neutral summary of only what the numbered sentences say.

The model reads the sentences the extractive stage chose, numbered in document order, so that it
sees where one reported fact ends and the next begins. Whatever it writes is then cited and checked
against the article by verify/ as for any backend; numbers it cites itself ("[2]") are taken out of
the displayed text (see `strip_markers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.abstract.backends import GenerationRequest

SYSTEM_PROMPT = (
    "You summarise news. You are given numbered sentences taken from one article. Write plain, "
    "neutral sentences that state only facts found in those sentences: no opinions, no judgements, "
    "no praise or blame, no background knowledge, nothing the sentences do not say. Each sentence "
    "you write states a different fact; a quotation stays in quotation marks with the name of "
    "whoever said it."
)
# Asked for exactly the number the user wants, one per line: small models keep count far better
# that way than when told "at most". The answer's token limit leaves room to finish them.
USER_PROMPT = (
    "Summarise the numbered sentences below in exactly {sentences} complete sentence{plural}, one per "
    "line{about}. Keep names, numbers and dates exactly as written. Reply with the summary only, as "
    "plain sentences without the bracketed numbers.\n\nSentences:\n{numbered}"
)
# Passed to every chat template: a template that can switch a model's reasoning off (Qwen3,
# SmolLM3: "enable_thinking") does so; other templates ignore it. A summary needs no reasoning
# trace, and one would spend the answer's token budget before the summary starts.
TEMPLATE_SETTINGS = {"enable_thinking": False}
TEMPLATE_TOKENS = 32  # what a chat template adds around the turns, generously

# "[2]", "[1, 3]", "[2-4]", "[1][2]" after or before a sentence: the model citing what it read.
# The space before a marker goes with it, so that "Tuesday [2]." becomes "Tuesday.".
_MARKER = re.compile(r"\s*\[(\d{1,3}(?:\s*(?:,|;|-|–|and)\s*\d{1,3})*)\]")


def numbered(sentences: Sequence[str]) -> str:
    return "\n".join(f"[{number}] {sentence}" for number, sentence in enumerate(sentences, start=1))


def user_prompt(request: GenerationRequest) -> str:
    sentences = request.source_sentences or (request.text,)
    about = f", about {request.words} words in all" if request.by_words else ""
    prompt = USER_PROMPT.format(
        sentences=request.sentences, plural="s" * (request.sentences != 1), about=about, numbered=numbered(sentences)
    )
    if request.language != "english":
        # Models drift into English when told in English; name the article's language outright.
        prompt = prompt.replace("\n\nSentences:", f" Write the summary in {request.language.title()}.\n\nSentences:", 1)
    return prompt


def chat_messages(request: GenerationRequest, system_turn: bool = True) -> list[dict[str, str]]:
    """The chat turns for one request; `system_turn=False` folds the system prompt into the
    user's turn, for chat templates that refuse a system turn."""
    system, user = _turns(request)
    if system_turn:
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]
    return [{"role": "user", "content": f"{system}\n\n{user}"}]


def prompt_text(request: GenerationRequest) -> str:
    """Every word of the prompt without a chat template's markers: for counting its tokens."""
    system, user = _turns(request)
    return f"{system}\n\n{user}"


def _turns(request: GenerationRequest) -> tuple[str, str]:
    """The system and user turns: the summary prompt, or the request's own question."""
    return request.prompt if request.prompt is not None else (SYSTEM_PROMPT, user_prompt(request))


def strip_markers(text: str) -> tuple[str, list[int]]:
    """`text` without the sentence numbers a model cited, and those numbers (1-based, as read)."""
    cited: list[int] = []

    def take(match: re.Match[str]) -> str:
        for part in re.split(r"\s*(?:,|;|and)\s*", match.group(1)):
            low, _, high = re.sub(r"\s", "", part).replace("–", "-").partition("-")
            first, last = int(low), int(high or low)
            if first <= last <= first + 20:  # a range such as [2-4]; a wild one is left as one number
                cited.extend(range(first, last + 1))
            else:
                cited.append(first)
        return ""

    return _MARKER.sub(take, text), cited
