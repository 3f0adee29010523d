"""Punkt's sentence spans in one pass over the text: the same spans as nltk's
``PunktSentenceTokenizer.span_tokenize``, about three times faster.

nltk finds every place a sentence may end (a ``.``, ``?`` or ``!`` before a space or a mark), cuts
out the word before it and the token after it, and decides by tokenising that context and running
its two annotation passes over ``PunktToken`` objects. Here the same decision is taken from the
same regular expressions and the same learned parameters (abbreviations, collocations, sentence
starters, orthographic context), on plain strings, and the spans are built as the ends are found.
Only the splitting is ours; what a language's model knows stays nltk's, so any language with a
Punkt model (or none: empty parameters) goes through here alike.

tests/read/test_segment_punkt_spans.py checks these spans against nltk's on many shapes of text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# nltk's orthographic-context flags (nltk.tokenize.punkt._ORTHO_*): where a word type was seen
# with a capital (UC) or a lowercase (LC) first letter, at a sentence's start, inside one, or unsure.
_BEG_UC, _MID_UC, _UNK_UC, _BEG_LC, _MID_LC, _UNK_LC = (1 << k for k in range(1, 7))
_UC = _BEG_UC | _MID_UC | _UNK_UC
_LC = _BEG_LC | _MID_LC | _UNK_LC
_NUMBER = "##number##"
# A token made of these alone never starts a sentence (nltk's PunktSentenceTokenizer.PUNCTUATION).
_PUNCTUATION = frozenset(";:,.!?")
_UNKNOWN = "unknown"
# Contexts decided so far: most texts repeat a few ("said. The", "U.S. The").
_CACHE_LIMIT = 50_000
_OTHER_SPACE = re.compile("[\t\n\r\x0b\x0c]")  # the whitespace Punkt splits words at, but " "
# nltk's pattern for the place a sentence may end (PunktLanguageVars._period_context_fmt), and the
# same written for `re`, whose \s also holds \x1c-\x1f (nltk compiles with the `regex` module,
# whose \s is Unicode's White_Space).
_NLTK_CONTEXT_FMT = r"""
        %(SentEndChars)s             # a potential sentence ending
        (?=(?P<after_tok>
            %(NonWord)s              # either other punctuation
            |
            \s+(?P<next_tok>\S+)     # or whitespace and some other token
        ))"""
_RE_CONTEXT_FMT = r"""
        %(SentEndChars)s
        (?=(?P<after_tok>
            %(NonWord)s
            |
            [^\S\x1c-\x1f]+(?P<next_tok>[\S\x1c-\x1f]+)
        ))"""


def _raw(pattern: Any) -> Any:
    """The compiled pattern inside nltk's ReDoS wrapper (nltk >= 3.9.2), or the pattern itself.
    Punkt's own patterns are linear, so the wrapper's per-call timeout only adds cost."""
    return getattr(pattern, "_rx", pattern)


class PunktSpans:
    """`spans(text)`: nltk's `span_tokenize(text)` for one tokenizer's language and parameters."""

    def __init__(self, tokenizer: PunktSentenceTokenizer):
        from nltk.tokenize.punkt import PunktToken

        params, lang_vars = tokenizer._params, tokenizer._lang_vars
        self._abbreviations = params.abbrev_types
        self._collocations = params.collocations
        self._starters = params.sent_starters
        self._ortho = params.ortho_context
        self._ends = frozenset(lang_vars.sent_end_chars)
        self._context = _raw(lang_vars.period_context_re())
        self._context_each = _context_each(lang_vars)
        # Its groups: the token after a possible end (from the end on), and the next word in it.
        self._after_tok = self._context.groupindex["after_tok"]
        self._next_tok = self._context.groupindex["next_tok"]
        self._words = _raw(lang_vars._word_tokenizer_re())
        self._realign = _realign_pattern(_raw(lang_vars.re_boundary_realignment))
        self._numeric = _raw(PunktToken._RE_NUMERIC)
        self._initial = _raw(PunktToken._RE_INITIAL)
        self._decided: dict[str, bool] = {}

    # --- deciding one possible end ----------------------------------------------------------

    def _orthography(self, token: str, kind: str) -> bool | str:
        """Whether the token opens a sentence by how its word was seen written: True, False or
        "unknown" (nltk's orthographic heuristic)."""
        if token in _PUNCTUATION:
            return False
        context = self._ortho.get(kind, 0)
        first = token[0]
        if first.isupper() and context & _LC and not context & _MID_UC:
            return True
        if first.islower() and (context & _UC or not context & _BEG_LC):
            return False
        return _UNKNOWN

    def _first_pass(self, token: str) -> tuple[str, bool, bool, bool]:
        """(type, sentence break, abbreviation, ellipsis) of a token from its own form alone."""
        kind = self._numeric.sub(_NUMBER, token.lower())
        if token in self._ends:
            return kind, True, False, False
        if len(token) > 1 and token.strip(".") == "":
            return kind, False, False, True  # two dots or more
        if token.endswith(".") and not token.endswith(".."):
            stem = token[:-1].lower()
            if stem in self._abbreviations or stem.split("-")[-1] in self._abbreviations:
                return kind, False, True, False
            return kind, True, False, False
        return kind, False, False, False

    def _breaks(self, context: str) -> bool:
        """Whether Punkt ends a sentence inside `context` (the word before a possible end, the
        mark and what follows it): a token marked as a break with another token after it."""
        tokens = [t for line in context.split("\n") if line.strip() for t in self._words.findall(line)]
        if len(tokens) < 2:
            return False
        annotated = [self._first_pass(t) for t in tokens]
        for k in range(len(tokens) - 1):
            token, (kind, brk, abbr, ellipsis) = tokens[k], annotated[k]
            if token.endswith("."):
                brk = self._second_pass(token, kind, brk, abbr, ellipsis, tokens[k + 1], annotated[k + 1])
            if brk:
                return True
        return False

    def _second_pass(
        self, token: str, kind: str, brk: bool, abbr: bool, ellipsis: bool, following: str, annotation: tuple[str, bool, bool, bool]
    ) -> bool:
        """Whether a period-final token ends a sentence, given the token after it: collocations,
        abbreviations and ellipses before a sentence starter, initials and ordinals."""
        typ = kind[:-1] if len(kind) > 1 and kind[-1] == "." else kind
        next_kind, next_break = annotation[0], annotation[1]
        next_typ = next_kind[:-1] if next_break and len(next_kind) > 1 and next_kind[-1] == "." else next_kind
        initial = self._initial.match(token) is not None
        if (typ, next_typ) in self._collocations:
            return False
        if (abbr or ellipsis) and not initial:
            if self._orthography(following, next_typ) is True:
                return True
            if following[0].isupper() and next_typ in self._starters:
                return True
        if initial or typ == _NUMBER:
            opens = self._orthography(following, next_typ)
            if opens is False:
                return False
            if opens == _UNKNOWN and initial and following[0].isupper() and not self._ortho.get(next_typ, 0) & _LC:
                return False
        return brk

    def _decide(self, context: str) -> bool:
        decided = self._decided.get(context)
        if decided is None:
            if len(self._decided) >= _CACHE_LIMIT:
                self._decided.clear()
            decided = self._decided[context] = self._breaks(context)
        return decided

    # --- spans --------------------------------------------------------------------------------

    def _ends_at(self, text: str) -> list[tuple[int, int]]:
        """(end of a sentence, start of the next) for every end Punkt takes, in order.

        Where possible ends overlap ("!!!"), only the last of the run is judged, with the word
        before the first: the word is found from the text after the previous end looked at.
        """
        found: list[tuple[int, int]] = []
        decided, after_tok = self._decided, self._after_tok
        previous = None  # the last possible end, judged once the next shows it ends no run
        previous_word = previous_start = 0  # where its word and its mark start
        word_from = word_start = 0
        # Most paragraphs are one line. (Five substring tests: a regex character set scans ~8x slower.)
        other_space = "\n" in text or "\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text
        for match in self._contexts(text):
            start = match.start()
            # The last whitespace before the end: a space, unless another kind follows it (rare).
            space = text.rfind(" ", word_from, start)
            if other_space and _OTHER_SPACE.search(text, max(space + 1, word_from), start) is not None:
                space = max(text.rfind(c, word_from, start) for c in " \t\n\r\x0b\x0c")
            word = space + 1 if space > word_from else word_start
            if previous is not None and previous_start <= word:
                # The context Punkt decides on: the word, the mark and the token after it (the
                # "after_tok" group, which starts where the mark's match ends).
                context = text[previous_word : previous.end(after_tok)]
                taken = decided.get(context)
                if taken is None:
                    taken = self._decide(context)
                if taken:
                    found.append(self._end_of(previous))
            previous, previous_word, previous_start = match, word, start
            word_from, word_start = start, word
        if previous is not None and self._decide(text[previous_word : previous.end(after_tok)]):
            found.append(self._end_of(previous))
        return found

    def _contexts(self, text: str) -> Any:
        """The matches of the period-context pattern in `text`, in order: one search per end
        character where there are per-character patterns (each match is its one end character
        with a look-ahead, so every end character is found by its own pattern alone)."""
        each = self._context_each
        if each is None:
            return self._context.finditer(text)
        if len(each) == 1:
            return each[0].finditer(text)
        found = [matches for matches in (list(pattern.finditer(text)) for pattern in each) if matches]
        if len(found) <= 1:  # most paragraphs end their sentences with "." alone: nothing to sort
            return found[0] if found else []
        merged = [match for matches in found for match in matches]
        merged.sort(key=_start)
        return merged

    def _end_of(self, match: Any) -> tuple[int, int]:
        """(end of the sentence, start of the next) at a taken end."""
        following = match.start(self._next_tok)  # -1 when punctuation follows the mark
        return match.end(), following if following >= 0 else match.end()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence, as nltk's span_tokenize gives them."""
        ends = self._ends_at(text)
        last = len(text.rstrip())
        realign = self._realign.match
        result: list[tuple[int, int]] = []
        start = shift = 0  # where the piece starts, and how much of it went to the sentence before
        for k, (end, following) in enumerate(ends):
            a = start + shift
            # A closing quote or bracket after an end belongs to the sentence it closes: look at
            # the start of the next piece (its "$" is MULTILINE's, as on the piece cut out).
            closing = realign(text, following, ends[k + 1][0] if k + 1 < len(ends) else last)
            if closing is not None:
                result.append((a, following + len(closing.group(0).rstrip())))
                shift = closing.end() - following
            else:
                shift = 0
                if a < end:
                    result.append((a, end))
            start = following
        if start + shift < last:
            result.append((start + shift, last))
        return result


def _start(match: Any) -> int:
    return match.start()


# nltk's pattern for closing marks after a sentence's end (PunktLanguageVars.re_boundary_realignment,
# MULTILINE, in the `regex` module), and the same for `re` (\s without \x1c-\x1f, as above): one
# match per sentence, ~4x cheaper to call in `re`.
_NLTK_REALIGN = r"""["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)"""
_RE_REALIGN = re.compile(r"""["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:[^\S\x1c-\x1f]+|(?=--)|$)""", re.MULTILINE)


def _realign_pattern(pattern: Any) -> Any:
    """`re`'s copy of nltk's realignment pattern when that is the pattern, else the pattern."""
    if getattr(pattern, "pattern", None) == _NLTK_REALIGN and pattern.flags & re.MULTILINE:
        return _RE_REALIGN
    return pattern


def _context_each(lang_vars: Any) -> tuple[re.Pattern[str], ...] | None:
    """nltk's period-context pattern as one `re` pattern per sentence-end character: a pattern
    that starts with one literal character is searched ~8x faster than one that starts with a
    character set, in the `regex` module or in `re`. None where the language's variables build
    their pattern from another format than nltk's (then nltk's pattern is used)."""
    if getattr(lang_vars, "_period_context_fmt", None) != _NLTK_CONTEXT_FMT:
        return None
    non_word = lang_vars._re_non_word_chars
    return tuple(
        re.compile(_RE_CONTEXT_FMT % {"SentEndChars": re.escape(end), "NonWord": non_word}, re.UNICODE | re.VERBOSE)
        for end in lang_vars.sent_end_chars
    )


@lru_cache(maxsize=32)
def _spans_for(tokenizer: PunktSentenceTokenizer) -> PunktSpans:
    return PunktSpans(tokenizer)


def punkt_spans(tokenizer: PunktSentenceTokenizer, text: str) -> list[tuple[int, int]]:
    """nltk's `tokenizer.span_tokenize(text)`, as a list, by the faster path above."""
    return _spans_for(tokenizer).spans(text)
