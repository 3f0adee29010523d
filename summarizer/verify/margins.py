"""A lead by a figure turned round: "B had a 38-vote lead over A" where the source says "A won 38
more votes than B" ("... 38 Stimmen Vorsprung vor A" for "A hatte 38 Stimmen mehr erhalten als B").

Read from words alone, in every language whose module gives its words of a lead
(`Language.lead_words`: "more", "lead", "Vorsprung") and the words before the one led
(`Language.led_markers`: "than", "over", "vor"). Where a line and a cited sentence hold the same
figure with a lead after it, the party that leads is the name nearest before the figure and the
one led the name after the marker; the line is wrong only where the two are exactly the other way
round. A name is a run of capitalised words (two or more where the language capitalises its
nouns), compared by its last word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.verify.lexicon import Lexicon, lexicon
from summarizer.verify.problems import Problem

# Words, figures and marks: a mark ends a name ("Karin Wessling (Bürgerliste)").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_][\w'’\-]*|[^\w\s]")
_LEAD_AFTER = 6  # words from the figure to its word of a lead ("38 more votes", "38 Stimmen Vorsprung")
_MARKER_AFTER = 4  # words from that word to the marker ("more votes than")
_NAME_BEFORE = 14  # words before the figure that its leader may stand in
_NAME_AFTER = 4  # words after the marker before the name led ("than her challenger Tobias Ahrendt")


def margin_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """The line's lead by a figure, who over whom, the other way round in a cited sentence."""
    words = lexicon(language)
    if not words.lead_words or not words.led_markers:
        return []
    mine = _leads(text, words)
    if not mine:
        return []
    for source in sources:
        for figure, leader, led in _leads(source, words):
            for line_figure, line_leader, line_led in mine:
                if figure == line_figure and leader == line_led and led == line_leader and leader != led:
                    return [Problem(
                        "relation", f"relation reversed: the line has {line_leader} lead {line_led} by {figure}, "
                        f"its source {leader} lead {led}"
                    )]
    return []


def _leads(text: str, words: Lexicon) -> list[tuple[str, str, str]]:
    """(figure, leader's last name word, led one's last name word) for each lead by a figure."""
    tokens = _TOKEN.findall(text)
    lowered = [t.lower() for t in tokens]
    least = 2 if words.nouns_capitalised else 1
    found = []
    for k, token in enumerate(tokens):
        if not token[:1].isdigit():
            continue
        lead = next((j for j in range(k + 1, min(len(tokens), k + 1 + _LEAD_AFTER)) if lowered[j] in words.lead_words), None)
        if lead is None:
            continue
        marker = next((j for j in range(lead + 1, min(len(tokens), lead + 1 + _MARKER_AFTER)) if lowered[j] in words.led_markers), None)
        if marker is None:
            continue
        led = _name_after(tokens, marker + 1, least)
        leader = _name_before(tokens, k, least)
        if led and leader:
            found.append((token, leader, led))
    return found


def _runs(tokens: Sequence[str], start: int, end: int, least: int) -> list[tuple[int, int]]:
    """The runs of capitalised words in `tokens[start:end]` (not the text's first word), `least` long or more."""
    runs, begin = [], None
    for j in range(start, end + 1):
        capital = j < end and j > 0 and tokens[j][:1].isupper()
        if capital and begin is None:
            begin = j
        elif not capital and begin is not None:
            if j - begin >= least:
                runs.append((begin, j))
            begin = None
    return runs


def _name_before(tokens: Sequence[str], k: int, least: int) -> str | None:
    runs = _runs(tokens, max(0, k - _NAME_BEFORE), k, least)
    return tokens[runs[-1][1] - 1] if runs else None


def _name_after(tokens: Sequence[str], start: int, least: int) -> str | None:
    runs = _runs(tokens, start, min(len(tokens), start + _NAME_AFTER + 3), least)
    return tokens[runs[0][1] - 1] if runs and runs[0][0] - start <= _NAME_AFTER else None
