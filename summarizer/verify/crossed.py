"""Two words crossed over a stretch the line copies: "the union had turned down Ravel Post's
proposal" from "Ravel Post had turned down the union's proposal", "X remained vital because Y
could not" from "Y remained vital because X could not", "criticised the scheme but welcomed" from
"welcomed the scheme but criticised".

A line that keeps a run of its sentence's content words in order and puts, next to it, on each
side the word the sentence has on the other side has exchanged who or what stands in the two
places: the copied run fixes the frame, so the crossing is not a free reordering. It is read from
word order alone (parser on or off), in every language whose relation checks run; German, whose
order puts an object first as readily as a subject, is left out with them.

The shapes in which a crossing keeps the meaning are turned away: a passive ("was struck by"), a
symmetric relation ("met", "with", "and"), a genitive turned round ("the council's leader, Smith"
for "Smith, leader of the council"), a description around a name (an apposition, a relative
clause, a compound: "Smith, who chairs the board" for "board chair Smith"), a saying verb in the
run (speaker put after the words: "..., said Smith"), and a converse verb ("sold ... to" for
"bought ... from": a word changed on both sides of the run).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import joined, lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.relations import OWNER_AFTER_WORDS, Token, tokens_of
from summarizer.verify.swaps import POSSESSIVE_ENDINGS, SYMMETRIC_WORDS

# Content words on each side of the copied run looked at: the crossed word itself and, one
# further, the head of a two-word phrase ("professional surveys", "Ravel Post").
_REACH = 2
# The crossed words this many words apart at most, in the line and in its sentence.
_MAX_SPAN = 14


def _content(tokens: Sequence[Token]) -> list[int]:
    """Indexes of the content words (numbers and placeholders count: a run may hold them)."""
    return [k for k, t in enumerate(tokens) if t.term is not None]


def _crossable(token: Token) -> bool:
    """A word that may stand for a party or thing crossed: no number, no placeholder."""
    return not token.term.startswith("<") and not token.lower[:1].isdigit()


@lru_cache(maxsize=32)
def _keeping_words(language: str) -> frozenset[str]:
    """Words between the crossed ones that make the crossing keep the meaning: the passive's
    auxiliaries and agent word, symmetric verbs and joiners, English's linkers of an owner or a
    place ("leader of the council", "expert at Marston University"), a relative pronoun ("Smith, who
    chairs the board" for "board chair Smith")."""
    return joined(lexicon(language), "agent_words", "passive_auxiliaries", "relative_pronouns") | SYMMETRIC_WORDS | OWNER_AFTER_WORDS


def _keeps_meaning(tokens: Sequence[Token], start: int, end: int, language: str) -> bool:
    """Whether tokens[start..end] (the crossed words included) read as one phrase turned round,
    not two parties of one frame: a word that turns the verb round or joins equals, a possessive
    on any but the last word, a comma or clause break (an apposition: "X, a geologist"), or no
    function word at all (one noun phrase: "Board chair Anselm Radcliffe")."""
    keeping = _keeping_words(language)
    stretch = tokens[start : end + 1]
    if any(t.lower in keeping for t in stretch) or stretch[0].segment != stretch[-1].segment:
        return True
    if all(t.term is not None for t in stretch):
        return True
    return any(t.text.endswith(POSSESSIVE_ENDINGS) for t in stretch[:-1])


def _same_frame(ours: Sequence[Token], theirs: Sequence[Token], language: str) -> bool:
    """Whether the words between the crossed ones frame them alike in the line and its sentence:
    the same function words in the same order, none of them symmetric ("and", "met"). A relative
    pronoun or passive that both hold in one place ("thought X was fair but that Y would be hard")
    turns neither round: the line keeps the frame and exchanges what fills it."""
    frame = [t.lower for t in ours if t.term is None]
    return bool(frame) and frame == [t.lower for t in theirs if t.term is None] and not any(
        t.lower in SYMMETRIC_WORDS for t in (*ours, *theirs)
    )


def _runs(line: Sequence[Token], lc: list[int], sentence: Sequence[Token], sc: list[int]):
    """Each maximal run of content words the line and the sentence share in one order:
    (line content index of its first word, its length, sentence content index of its first)."""
    starts: dict[str, list[int]] = {}
    for j, k in enumerate(sc):
        starts.setdefault(sentence[k].term, []).append(j)
    for i, k in enumerate(lc):
        for j in starts.get(line[k].term, ()):
            if i and j and line[lc[i - 1]].term == sentence[sc[j - 1]].term:
                continue  # not the start of a maximal run
            n = 1
            while i + n < len(lc) and j + n < len(sc) and line[lc[i + n]].term == sentence[sc[j + n]].term:
                n += 1
            yield i, n, j


def crossed_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A line word before a copied run that its cited sentence has after it, and a line word after
    the run that the sentence has before it, neither also on the line's side in the sentence."""
    words_of = lexicon(language)
    if words_of.nouns_capitalised:
        return []
    line = tokens_of(text, language)
    lc = _content(line)
    if len(lc) < 3:
        return []
    line_terms = {line[k].term for k in lc}
    for source in sources:
        sentence = tokens_of(source, language)
        sc = _content(sentence)
        if len(line_terms.intersection(sentence[k].term for k in sc)) < 3:
            continue  # a run and two crossed words need three shared words
        for i, n, j in _runs(line, lc, sentence, sc):
            run = [line[k] for k in lc[i : i + n]]
            run_terms = {t.term for t in run}
            if any(t.lower in words_of.saying for t in run) or all(t.capitalised for t in run):
                continue  # "..., said Smith"; a name with its descriptions ("Geologist Martin Ebbe, a co-author")
            line_before = [lc[m] for m in range(max(0, i - _REACH), i)]
            line_after = [lc[m] for m in range(i + n, min(len(lc), i + n + _REACH))]
            their_before = [sc[m] for m in range(max(0, j - _REACH), j)]
            their_after = [sc[m] for m in range(j + n, min(len(sc), j + n + _REACH))]
            before_terms = {sentence[k].term for k in their_before}
            after_terms = {sentence[k].term for k in their_after}
            for x in line_before:
                if not _crossable(line[x]) or line[x].term in before_terms:
                    continue
                sx = next((k for k in their_after if sentence[k].term == line[x].term), None)
                if sx is None:
                    continue
                for y in line_after:
                    if not _crossable(line[y]) or line[y].term in after_terms or line[y].term == line[x].term:
                        continue
                    sy = next((k for k in their_before if sentence[k].term == line[y].term), None)
                    if sy is None or y - x > _MAX_SPAN or sx - sy > _MAX_SPAN:
                        continue
                    if (_keeps_meaning(line, x, y, language) or _keeps_meaning(sentence, sy, sx, language)) and not _same_frame(
                        line[x + 1 : y], sentence[sy + 1 : sx], language
                    ):
                        continue
                    # Between the crossed words only the run and the words that crossed with them
                    # ("professional surveys"), but for one word one side adds: a word on each side
                    # is a verb changed ("bought ... from" / "sold ... to"), the converse.
                    moved = run_terms | ({line[k].term for k in line_before} & after_terms) | ({line[k].term for k in line_after} & before_terms)
                    ours = {line[k].term for k in lc if x < k < y} - moved
                    theirs = {sentence[k].term for k in sc if sy < k < sx} - moved
                    if len(ours) + len(theirs) > 1:
                        continue
                    said = " ".join(t.text for t in run)
                    return [Problem(
                        "relation", f"relation reversed: the line has “{line[x].text}” before “{said}” and "
                        f"“{line[y].text}” after it, its source the other way round"
                    )]
    return []
