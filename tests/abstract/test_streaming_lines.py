"""Lines handed on as a model writes them, and the early end of an answer once the sentences the
stage will keep are written."""

from __future__ import annotations

import random
import threading

from summarizer.abstract.answer_sentences import holds_sentences
from summarizer.abstract.stage import LengthPlan, split_generated
from summarizer.abstract.streaming import FinishedLines, line_watcher, watching_lines


def _grow(lines: FinishedLines, answer: str) -> None:
    for end in range(1, len(answer) + 1):
        lines.feed(answer[:end])
    lines.feed(answer, whole=True)


def test_each_sentence_is_handed_on_once_when_its_line_ends_without_numbering_or_markers():
    shown: list[str] = []
    lines = FinishedLines(shown.append)
    answer = "1. The port reopened on Monday [2].\n2. Ships had queued for two days.\nThe union"
    seen_before_end: list[int] = []
    for end in range(1, len(answer) + 1):
        lines.feed(answer[:end])
        seen_before_end.append(len(shown))
    assert shown == ["The port reopened on Monday.", "Ships had queued for two days."]
    # The first line is handed on the moment its line break arrives, not before.
    assert seen_before_end[answer.index("\n") - 1] == 0 and seen_before_end[answer.index("\n")] == 1
    lines.feed(answer, whole=True)
    assert shown[-1] == "The union"  # the answer's end finishes its last line


def test_no_more_sentences_are_shown_than_asked_and_a_second_try_keeps_the_count():
    shown: list[str] = []
    lines = FinishedLines(shown.append)
    first_try = object()
    lines.expect(first_try, 2, "english")
    _grow(lines, "The port reopened.\nShips queued.\nThe strike ended.\n")
    assert shown == ["The port reopened.", "Ships queued."]
    lines.expect(first_try, 2, "english")  # the same answer written again with more room
    _grow(lines, "The port reopened.\nShips queued.\nThe strike ended.\n")
    assert shown == ["The port reopened.", "Ships queued."]
    lines.expect(object(), 1, "english")  # the next answer (a section of a long document) has its own count
    _grow(lines, "Fares rose.\nBuses ran late.\n")
    assert shown == ["The port reopened.", "Ships queued.", "Fares rose."]


def test_a_watcher_hears_only_its_own_thread():
    heard: list[object] = []
    with watching_lines(lambda line: None) as lines:
        assert line_watcher() is lines
        thread = threading.Thread(target=lambda: heard.append(line_watcher()))
        thread.start()
        thread.join()
    assert heard == [None] and line_watcher() is None


def test_holds_sentences_only_at_a_line_end_once_the_wanted_sentences_are_written():
    assert not holds_sentences("The port reopened.\nShips", 2)
    assert not holds_sentences("The port reopened.\n", 2)
    assert holds_sentences("The port reopened. Ships queued.\n", 2)  # two sentences on one line count as two
    assert not holds_sentences("The port reopened.\nThe port reopened.\n", 2)  # an exact repeat is dropped
    assert not holds_sentences("<think>The port reopened.\nShips queued.\n", 1)  # reasoning is not the summary
    assert holds_sentences("Summary:\n1. The port reopened.\n", 1)


_PIECES = [
    "The port reopened on Monday.", "Ships had queued for two days.", "1. Fares rose by 5%.", "- Buses ran late.",
    "Summary:", "The port reopened on Monday.", "The mayor said talks would go on", "<think>Weigh the facts.</think>",
    "Officials in Kyiv met on Tuesday. Talks continue.", "", "Mr. Brown was not available.",
]


def test_stopping_where_holds_sentences_says_keeps_exactly_the_sentences_of_the_whole_answer():
    """Whatever the model would have written after that point, the stage keeps the same lines."""
    rng = random.Random(7)
    checked = 0
    for _ in range(400):
        answer = "\n".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 7))) + rng.choice(["", "\n", " The"])
        wanted = rng.randint(1, 4)
        plan = LengthPlan(sentences=wanted, words=60, max_new_tokens=200, min_new_tokens=0)
        whole, _ = split_generated(answer, plan, tokens_out=50)
        for end in range(1, len(answer) + 1):
            if holds_sentences(answer[:end], wanted):
                early, _ = split_generated(answer[:end], plan, tokens_out=30)
                assert early == whole, (answer, wanted, end)
                checked += 1
                break
    assert checked > 100
