"""Lines of an abstractive answer handed to a caller as the model finishes each one.

A summary from a CPU model takes seconds; a reader can start on its first line long before the
last is written. The caller opens `watching_lines(on_line)` around a summarize call; a backend
that can stream (llama.cpp's greedy loop) reports its answer so far through `line_watcher()`,
and each finished line goes to `on_line` once. These lines are the model's raw writing: the
guard has not cited or checked them yet, and the summary that comes back may drop, replace or
refill some of them. The CLI shows them as a preview and replaces them with that summary.

The listener lives in a context variable, so it reaches the backend without changing the
`Backend.generate` signature that plugins implement, and a listener set in one thread never
hears another thread's model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_watcher: ContextVar[FinishedLines | None] = ContextVar("summarizer_line_watcher", default=None)


class FinishedLines:
    """Turns an answer that grows token by token into its sentences, each handed on once when
    its line ends (at a line break, or at the end of the answer for the last one), cleaned as the
    stage cleans them (numbering and labels out) and no more than the summary asked for."""

    def __init__(self, on_line: Callable[[str], None]):
        self.on_line = on_line
        self.shown: list[str] = []
        self.most: int | None = None  # how many more may be shown for the answer being written
        self.language = "english"
        self._answer: object = None
        self._first = 0  # where that answer's sentences start in `shown`
        self._handled = ""  # the start of the current answer whose lines were handled already

    def expect(self, answer: object, most: int | None, language: str) -> None:
        """What the stage asked the model for in `answer` (any key; a second try at the same
        answer keeps its count): its sentences beyond `most` are not shown."""
        if answer is not self._answer:
            self._answer, self._first = answer, len(self.shown)
        self.most, self.language = most, language

    def feed(self, text: str, whole: bool = False) -> None:
        """The answer so far (`whole`: all of it)."""
        from summarizer.abstract.prompts import strip_markers
        from summarizer.abstract.answer_sentences import generated_sentences

        # The answer grows token by token: only lines finished since the last call are read (an
        # answer that does not go on from what was read is a new one, read from its start).
        if not text.startswith(self._handled):
            self._handled = ""
        lines = text[len(self._handled) :].split("\n")
        if whole:
            self._handled = text
        else:
            lines = lines[:-1]  # the last piece is still being written
            self._handled = text[: text.rfind("\n") + 1] if lines else self._handled
        for line in lines:
            for sentence in generated_sentences(strip_markers(line)[0], self.language):
                # A second try at a cut-off answer writes the same start again: those were shown.
                if sentence in self.shown or (self.most is not None and len(self.shown) - self._first >= self.most):
                    continue
                self.shown.append(sentence)
                self.on_line(sentence)


@contextmanager
def watching_lines(on_line: Callable[[str], None]) -> Iterator[FinishedLines]:
    """Within the block, each sentence a streaming backend writes in this thread goes to
    `on_line` as soon as its line is finished (not yet cited or checked). Backends that cannot
    stream (servers, transformers models) hand on nothing until the summary returns."""
    lines = FinishedLines(on_line)
    token = _watcher.set(lines)
    try:
        yield lines
    finally:
        _watcher.reset(token)


def line_watcher() -> FinishedLines | None:
    """The current thread's `watching_lines` block, or None outside one."""
    return _watcher.get()
