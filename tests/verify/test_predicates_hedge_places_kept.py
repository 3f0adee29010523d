"""`predicates._hedge_places` keeps each line's reading (the hedge check, the holder check and every
trial citation ask for the same line): the kept reading must be the one read afresh, for the
lexicon asked with, within its bound, and the same from several threads at once."""

from __future__ import annotations

import threading
from dataclasses import replace

from summarizer.verify import predicates
from summarizer.verify.lexicon import lexicon

_LINES = [
    "the council is expected to approve the new budget next week".split(),
    "the mayor may resign if the vote fails".split(),
    "the company won't confirm the figures".split(),
    "the bridge reopened on monday after repairs".split(),
]


def test_predicates_hedge_places_kept_same_as_read():
    words = lexicon("english")
    for line in _LINES:
        fresh = predicates._read_hedge_places(line, words)
        assert predicates._hedge_places(line, words) == fresh
        assert predicates._hedge_places(line, words) == fresh  # the kept one


def test_predicates_hedge_places_kept_per_lexicon():
    english = lexicon("english")
    line = "the plant will maybe close in spring".split()
    assert predicates._hedge_places(line, english) == predicates._read_hedge_places(line, english)
    # Another lexicon with other hedges reads the same words afresh: nothing kept for the first is served.
    other = replace(english, hedges=english.hedges | {"spring"})
    assert predicates._hedge_places(line, other) == predicates._read_hedge_places(line, other)
    assert 6 in predicates._hedge_places(line, other) and 6 not in predicates._hedge_places(line, english)


def test_predicates_hedge_places_kept_caller_may_change_result():
    words = lexicon("english")
    line = _LINES[1]
    places = predicates._hedge_places(line, words)
    places.append(99)  # a caller's list is its own
    assert 99 not in predicates._hedge_places(line, words)


def test_predicates_hedge_places_kept_bounded():
    words = lexicon("english")
    for n in range(predicates._HEDGE_PLACES_KEPT + 50):
        predicates._hedge_places(["line", str(n), "may", "fall"], words)
    assert len(predicates._HEDGE_PLACES) <= predicates._HEDGE_PLACES_KEPT


def test_predicates_hedge_places_kept_threads():
    words = lexicon("english")
    lines = [[*line, str(n)] for n in range(300) for line in _LINES]
    expected = [predicates._read_hedge_places(line, words) for line in lines]
    failures: list[int] = []

    def work(offset: int) -> None:
        for k in range(len(lines)):
            i = (k + offset) % len(lines)
            if predicates._hedge_places(lines[i], words) != expected[i]:
                failures.append(i)

    threads = [threading.Thread(target=work, args=(offset * 97,)) for offset in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
