"""The cheap tests in front of candidates.py's rules only skip work: each is implied by its rule,
so a line the full rule matches always passes it. Checked here on hand-written lines."""

from __future__ import annotations

import itertools
import re

import pytest

from summarizer.extract.candidates import (
    _TEASER_END,
    MAX_STAMP_WORDS,
    _blank,
    _key,
    _key_signature,
    _Repeats,
    furniture,
    is_timestamp,
    plain_text,
)
from summarizer.textpatterns import BARE_DATELINE, QUOTED

DATELINES = [
    "LONDON, England (CNN) --",
    "WASHINGTON (Northwest Wire)",
    "SPRINGFIELD, Ore. (Northwest Wire) —",
    "PARIS (AFP)-",
]
TIMESTAMPS = [
    "Posted 6:05 PM GMT, Fri May 2, 2025",
    "Edited 20 minutes ago",
    "2025-05-02T18:05:00Z",
    "Last modified: Wednesday, 3 January 2024 at 10:15 a.m. by Web Staff",
    "Updated ２ hours ago",
]
TEASERS = ["The council met on Tuesday to discuss the [...]", "Read the rest of it (…)", "More on this [ ... ] !"]


@pytest.mark.parametrize("line", DATELINES)
def test_a_bare_dateline_has_the_closing_bracket_its_gate_asks_for(line):
    assert BARE_DATELINE.match(line) and ")" in line
    assert furniture(line) == "dateline"


@pytest.mark.parametrize("line", TIMESTAMPS)
def test_a_timestamp_is_within_the_word_limit_its_gate_counts_by_spaces(line):
    plain = plain_text(line)
    assert is_timestamp(plain) and plain.count(" ") < MAX_STAMP_WORDS
    assert furniture(line) == "timestamp"


def test_a_stamp_vocabulary_line_too_long_for_the_gate_is_no_timestamp_either():
    line = " ".join(["Monday"] * (MAX_STAMP_WORDS + 1))
    assert not is_timestamp(line) and furniture(line) != "timestamp"


def test_non_ascii_words_still_go_through_the_full_plain_word_test():
    assert is_timestamp("Updated 5 min ago")
    assert not is_timestamp("Überall 5 min ago today now")  # a plain word with a non-ASCII letter


@pytest.mark.parametrize("line", TEASERS)
def test_a_teaser_has_the_ellipsis_its_gate_asks_for(line):
    assert _TEASER_END.search(line) and ("…" in line or "..." in line)
    assert furniture(line) == "teaser"


# QUOTED as written before its straight-quote branch moved the start test after the quote mark.
QUOTED_BEFORE = re.compile(
    r"""„[^“”]*(?:[“”]|$)|“[^”]*(?:”|$)|"[^"]*(?:"|$)|‘(?:[^’]|’(?=\w))*(?:’|$)|(?:(?<=\s)|^)'(?:[^']|'(?=\w))*(?:'|$)|«[^»]*(?:»|$)"""
)


@pytest.mark.parametrize(
    "text",
    ["'Quoted' at the start", "He said 'yes' then", "don't 'x", "a\t'tab' and b'c'", "„Ja“ «oui»", "'", "x'", "\n'a'"],
)
def test_quoted_finds_the_spans_it_found_before(text):
    assert [m.span() for m in QUOTED.finditer(text)] == [m.span() for m in QUOTED_BEFORE.finditer(text)]


def test_blank_replaces_each_span_as_the_character_by_character_version_did():
    def by_characters(text, offset, spans):
        chars = list(text)
        for a, b in spans:
            for i in range(max(a - offset, 0), min(b - offset, len(chars))):
                chars[i] = " "
        return " ".join("".join(chars).split())

    text = "He said “we will win” and ‘soon’, she added."
    for a, b, c, d in itertools.combinations(range(-2, len(text) + 12, 3), 4):
        for offset in (0, 5):
            spans = [(a + offset, b + offset), (c + offset, d + offset)]
            assert _blank(text, offset, spans) == by_characters(text, offset, spans)


def test_repeats_finds_the_repeats_a_set_of_keys_finds():
    lines = ["The mayor said.", "the MAYOR said", "—", "", "Eat tea", "Tea eat", "tea, eat!", "x_y", "x y", "ate"]
    for sequence in itertools.product(lines, repeat=3):
        keys: set[str] = set()
        expected = []
        for line in sequence:
            key = _key(line)
            expected.append(bool(key) and key in keys)
            keys.add(key)
        for order in itertools.permutations(range(len(sequence))):  # asked about in any order
            repeats = _Repeats(lambda j: _key_signature(sequence[j]), sequence.__getitem__)
            answers = {k: repeats.repeated(k) for k in order}
            assert [answers[k] for k in range(len(sequence))] == expected, sequence
