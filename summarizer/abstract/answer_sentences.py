"""The sentences of a model's answer, as the stage reads them: labels, bullets, numbering and any
reasoning block taken out, exact repeats dropped. Shared by the stage, the llama.cpp loop (which
stops once the sentences asked for are written) and the streamed preview."""

from __future__ import annotations

import re

_LABEL = re.compile(r"^\s*(?:summary|text|here is (?:a|the) (?:short |brief |neutral )*summary[^:]*)\s*:\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
# A thinking model's reasoning ("<think>...</think>"), never part of the answer; an unclosed block
# (the limit reached while it was still thinking) takes everything after it.
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
# A number whose thousands group a small model writes after a space ("cosechar 14. 000 toneladas"
# for the article's "14.000"): no sentence opens with a group of three digits after a number of
# one to three, so the two are one number again, not two sentences.
_SPLIT_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})\. (\d{3})(?![\d])")


def generated_sentences(text: str, language: str = "english", *, finished: bool = True) -> list[str]:
    """The sentences of a model's answer: labels, bullets, numbering and any thinking taken out,
    a sentence broken over lines (an answer wrapped at a width) read whole, exact repeats dropped.
    Of an answer not `finished`, a last line that ends no sentence is left out: the next line
    may go on with it."""
    from summarizer.read.document import ends_sentence, unbroken_lines
    from summarizer.read.segment import sentence_spans

    text = _SPLIT_THOUSANDS.sub(r"\1.\2", _THINK.sub("", text))
    lines = unbroken_lines("\n".join(_LABEL.sub("", line) for line in text.splitlines()))
    if not finished and lines and not ends_sentence(lines[-1]):
        lines.pop()
    pieces: list[str] = []
    for line in lines:
        line = _BULLET.sub("", line).strip()
        if line:
            pieces.extend(" ".join(line[a:b].split()) for a, b in sentence_spans(line, language=language))
    sentences: list[str] = []
    seen: set[str] = set()
    for piece in pieces:
        if piece and piece.lower() not in seen:
            seen.add(piece.lower())
            sentences.append(piece)
    return sentences


def holds_sentences(text: str, wanted: int, language: str = "english") -> bool:
    """Whether the finished lines of an answer still being written hold the `wanted` sentences
    asked for: the stage keeps only the first `wanted` (see `stage.split_generated`), so whatever the
    model writes after them would be thrown away. Asked as each line ends (False in between)."""
    from summarizer.abstract.prompts import strip_markers

    if not text.endswith("\n") or not text.strip():
        return False
    # The stage reads the answer without the sentence numbers a model cites ("... Monday. [2]"),
    # which would otherwise count as sentences of their own and stop the answer a line early.
    return len(generated_sentences(strip_markers(text)[0], language, finished=False)) >= wanted

