"""Relation checks: true words from the source put together in a way the source does not.

Models that summarise news rarely invent words; they recombine the article's own words. "Carver
was assistant to Gullit" becomes "Gullit was assistant to Gullit"; a date from one event is
attached to another; a quote is given to the wrong speaker; "he" points at the wrong man. The
literal checks see nothing wrong: every word is in the article. These checks look at how the
words stand to each other, with no parser, so that they stay cheap and need no model:

- relation: two neighbouring content words of a line (one of them a name) must stand close
  together in one source sentence. Neighbours in a line are mostly linked by a grammatical
  relation; if no source sentence puts them near each other, the relation is the line's own.
- circumstance: a date, time or figure must stand near the line's event in one source sentence.
- attribution: the speaker of "X said" must be the one the source gives the words to.
- coreference: a line may not open with a pronoun when nothing before it in the summary names
  anyone, and a name put where the source has a pronoun must be the source's nearest name.
- membership: what a line lists "including" or "such as" under a word must be listed so in a
  source sentence ("partners, including Kyiv" where the source has "partners as Kyiv faces").
- negation: a line and its sources must agree on whether the event did not happen.
- incomplete: a line cut off mid-sentence, or with a quotation never closed.

Names are recognised in the source by their capitals, so a line written all in lower case (as
many published systems write) is checked as well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from summarizer.extract.features import _snowball, stem
from summarizer.extract.stopwords import STOPWORDS, stopwords_for
from summarizer.verify.amounts import APPROXIMATE_WORDS
from summarizer.verify.copying import copied_share
from summarizer.verify.lexicon import joined, lexicon
from summarizer.verify.line_sentences import sentence_ends
from summarizer.verify.problems import Problem

# Words (hyphenated ones whole: "26-year-old", "all-over"), commas, clause breaks and quote marks.
# Letters with accents are letters: "Ferrán", "Müller" are one word each in an English article.
# A scale glued to a decimal ("3.8m", "1.2bn") stays on its number, as on a whole one ("700m").
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*(?:[.,:][0-9]+)*(?:(?<=\d)[^\W\d_]{1,2}\b)?(?:-[^\W_]+)*|[,;:—–()]|(?<=\s)-(?=\s)|[\"“”«»]")
_LEADING_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)*)-")
_TALLY = re.compile(r"(\d{1,3})-(\d{1,3})")
_CLAUSE_BREAKS = frozenset(";:—–-()")
_NEGATIONS = frozenset("not no never nobody nothing none neither nor n't cannot without".split())
_PRONOUNS = frozenset("he she him her his hers".split())
PRONOUN_TERM = "<he/she>"  # one term for every personal pronoun, so that "he" can stand in for a name
# "It" and "they" stand in for a company or a team as "he" does for a person; they are not counted
# as words of a sentence (an expletive "it is" would shift every distance) but indexed under this.
_THING_PRONOUNS = frozenset("it its they their them".split())
_THING_TERM = "<it/they>"
_BODY_TERM = "<the body>"  # "the airline", "this company": a stand-in noun, which may mean the article's main body (`bodies.py`)
_ROLE_TERM = "<a role>"  # "Chief executive Simon Harte": a body's role with no owner beside it (or only the sentence's first word)
_DESCRIBED_TERM = "<the person>"  # "the businessman": a person described after "the" (`_PERSON_NOUNS`)
# Nouns news uses, after "the", for a company, team or body named before ("the firm", "the club"):
# they stand in for a name as "it" does (and stay words of their sentence).
_INDEFINITE = frozenset("a an un une una".split())  # articles of a person described, not yet named
_STAND_IN_NOUNS = frozenset(
    "company firm group club team side business carrier bank council regulator charity agency authority airline "
    "university college hospital trust government ministry department board committee foundation institute "
    "commission organisation organization retailer operator insurer lender watchdog museum airport force "
    # a team by its standing: "The Premier League champions have written" for "City have written"
    "champions holders leaders "
    # a company's trade: "the supplier had reported profits" for "Corrigan had reported profits"
    "supplier provider producer manufacturer maker carmaker drugmaker chipmaker housebuilder developer publisher "
    "broadcaster chain supermarket brand "
    # a named place or institution: "The hotel has asked ..." for "Quarrendon Hall has asked ..."
    "hotel school church theatre venue stadium prison library station factory plant mill orchestra ensemble "
    "festival zoo".split()
)
# Nouns news uses, after "the", for a person named before ("The wealthy businessman has pleaded
# guilty", "The France international has played 16 times"): they may stand in for that name as
# "he" does. Only to vouch for a name (as "it"), never against one: who the description means
# cannot be told from words.
_PERSON_NOUNS = frozenset(
    "man woman boy girl teenager youngster father mother son daughter husband wife pensioner "
    "businessman businesswoman tycoon billionaire millionaire entrepreneur executive founder "
    "actor actress singer star comedian presenter rapper musician model author writer "
    "politician minister senator leader president chairman officer soldier pilot driver doctor nurse surgeon teacher "
    "victim suspect defendant gunman "
    "player striker forward midfielder defender winger goalkeeper keeper captain manager boss coach international "
    "veteran sensation champion".split()
)
_SAYING = frozenset(
    "said says say told tells according claimed claims claim added adds insisted insists explained explains "
    "warned warns admitted admits revealed reveals stated states wrote writes announced announces argued argues".split()
)
# What introduces members of a group: in a line, the group comes before it ("partners including
# Kyiv"); a source may also put members first ("Kyiv and Warsaw are among its partners").
_MEMBERS_FOLLOW = frozenset("including include includes included notably especially like".split())
_MEMBERS_PRECEDE = frozenset("among amongst".split())
# Words that open another clause, and so end a list ("including A and B, as C faced ...").
_CLAUSE_OPENERS = frozenset("as while when whereas after before because since until who which where but although though if".split())
# Verbs that give a judgement in words, as a saying verb does ("Fenn called the rise painful").
_LABELLING = frozenset("called calls described describes branded brands labelled labels dubbed".split())
_TIME_WORDS = frozenset(
    "january february march april june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday yesterday today tomorrow tonight morning afternoon evening night week weekend "
    "month year years decade season".split()
)
# Words that start with a capital in news for reasons other than being a name.
_NOT_NAMES = frozenset("i a an the this that these those it he she they we you his her their its our".split())
_FINAL = re.compile(r"""[.!?…]["'”’)\]]*\s*$""")
_TITLES = lexicon("english").titles
_OPEN_VERBS = lexicon("english").open_verbs
_COMPLEMENTISERS = frozenset("that to how what whether why when if".split())
_PERFECT = frozenset("has have had".split())
# "has agreed", "have found": a verb that still needs its object. The language's auxiliaries and
# modals, and "do" too, which the cut-off checks leave out ("said he did." is whole).
AUXILIARIES = lexicon("english").auxiliaries | frozenset("did does do".split())


_stem = stem  # English words are stemmed as `content_terms` stems them


class Token(NamedTuple):
    """A word of a line or source sentence. A named tuple, not a frozen dataclass: a summary's
    check builds tens of thousands of them, and a tuple is built three times as fast."""

    text: str
    lower: str
    term: str | None  # the stemmed content word; None for function words
    clause: int  # split at ; : dashes and brackets
    segment: int  # split at commas too
    capitalised: bool  # written with a capital (or all capitals) not at the start of the sentence
    quoted: bool = False  # inside quotation marks
    start: int = -1  # its character offset in the text (a parse of the same text is matched by it)


_ANY_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*(?:[.,:][0-9]+)*(?:-[^\W_]+)*|[,;:—–()]|(?<=\s)-(?=\s)|[\"“”«»„]")


@lru_cache(maxsize=32)
def _local_stemmer(language: str):
    """The stem function the language's module names (as `content_terms` stems its words)."""
    import summarizer.lang as lang

    info = lang.get(language)
    if info.stemmer == "snowball":
        stemmer = _snowball(info.name)
        return lambda w: stemmer(w) if len(w) > 3 else w
    return lambda w: w


def stemmer_for(language: str) -> Callable[[str], str]:
    """The stem function the relation checks compare `language`'s words with."""
    return _stem if language == "english" else _local_stemmer(language)


def _word_reading(language: str) -> tuple[re.Pattern[str], tuple]:
    """The token pattern of `language`, and what `_read_word` reads its words with: stopwords,
    stem function, titles and the pronouns that stand in for a person."""
    if language == "english":
        return _TOKEN, (STOPWORDS, _stem, _TITLES, _PRONOUNS)
    # "Elle a promis" / "Él dijo": the pronoun stands in for a person named before, as "she" does.
    words = lexicon(language)
    return _ANY_TOKEN, (stopwords_for(language), _local_stemmer(language), words.titles, words.pronouns)


def tokenize(text: str, language: str = "english") -> list[Token]:
    """The words of `text` with their stems, clause and comma-segment numbers."""
    pattern, reading = _word_reading(language)
    # A word reads the same wherever it stands (its place only decides whether a capital marks a
    # name), so each language's words are read once per process, not once per sentence.
    words = _WORDS_READ.setdefault(language, {})
    tokens: list[Token] = []
    clause = segment = 0
    quoted = False
    new_token = tuple.__new__  # every field given, in order: the named tuple's own __new__ is a Python call more per word
    for match in pattern.finditer(text.replace("’", "'")):
        raw = match.group()
        if raw in _CLAUSE_BREAKS or raw == ",":
            clause += raw != ","
            segment += 1
            continue
        if raw in "\"“”«»„":
            quoted = raw in "“«„" or (raw == '"' and not quoted)
            continue
        read = words.get(raw)
        if read is None:
            read = words[raw] = _read_word(raw, *reading)
        lower, term, name_like, all_capitals = read
        if name_like and len(raw) == 1 and tokens and tokens[-1].lower[:1].isdigit():
            name_like = False  # a unit's letter after a figure ("rose 1.8 C", "-4 F"), no name
        tokens.append(new_token(Token, (raw, lower, term, clause, segment, (name_like and bool(tokens)) or all_capitals, quoted, match.start())))
    if len(words) > _WORDS_LIMIT:  # a bound, so a long batch run cannot grow it forever
        words.clear()
    return tokens


def word_reads(text: str, language: str = "english") -> list[tuple[str, str | None, bool, bool]]:
    """What `tokenize` reads of each word of `text`, in order, without building its tokens:
    (lower, term, written as a name would be after the sentence's first word, all capitals). For
    reading a whole article, most of whose sentences no line cites."""
    pattern, reading = _word_reading(language)
    words = _WORDS_READ.setdefault(language, {})
    found = []
    for raw in pattern.findall(text.replace("’", "'")):
        if raw in _CLAUSE_BREAKS or raw == "," or raw in "\"“”«»„":
            continue  # clause breaks, commas and quote marks, as `tokenize` passes over them
        read = words.get(raw)
        if read is None:
            read = words[raw] = _read_word(raw, *reading)
        if read[2] and len(raw) == 1 and found and found[-1][0][:1].isdigit():
            read = (read[0], read[1], False, read[3])  # a unit's letter after a figure, as `tokenize` reads it
        found.append(read)
    if len(words) > _WORDS_LIMIT:
        words.clear()
    return found


@lru_cache(maxsize=16)
def article_reads(sentences: tuple[str, ...], language: str) -> tuple[tuple[tuple[str, str | None, bool, bool], ...], ...]:
    """Each sentence's `word_reads`, kept for the last few articles: the document's terms, its names
    and which of its sentences hold a saying word are read in one pass."""
    return tuple(tuple(word_reads(s, language)) for s in sentences)


def article_names(reads: Iterable[Sequence[tuple[str, str | None, bool, bool]]]) -> frozenset[str]:
    """`Sources(sentences).names` from the `word_reads` of each sentence: a sentence's word after
    its first is capitalised as a token where it is written as a name or all in capitals."""
    return frozenset(_more_often_capitalised(
        (lower, term, name_like or all_capitals)
        for sentence in reads for lower, term, name_like, all_capitals in sentence[1:]
    ))


_WORDS_LIMIT = 100_000
_WORDS_READ: dict[str, dict[str, tuple[str, str | None, bool, bool]]] = {}


def _read_word(raw: str, stop: frozenset[str], stem: Callable[[str], str], titles: frozenset[str],
               pronouns: frozenset[str]) -> tuple[str, str | None, bool, bool]:
    """A word's lower-case form, its term, whether it is written as a name would be after the
    sentence's first word, and whether it is all capitals: the same for every place it stands."""
    lower = raw.lower()
    if lower.endswith("'s"):
        lower = lower[:-2]
    number = _LEADING_NUMBER.match(lower)
    if number:  # "26-year-old" is the figure 26 where a line says "26"
        lower = number.group(1)
    if lower in pronouns:
        term: str | None = PRONOUN_TERM
    elif lower.rstrip(".") in titles and raw[:1].isupper():
        term = None  # "Mr", "President": a title before a name, not a word of the relation
    else:
        term = None if lower in stop or not lower else stem(lower)
    return lower, term, raw[0].isupper() and lower not in _NOT_NAMES, len(raw) > 1 and raw.isupper()


@lru_cache(maxsize=512)
def tokens_of(text: str, language: str = "english") -> tuple[Token, ...]:
    """`tokenize`, cached: a source sentence is read once for every line and trial citation that cites it."""
    return tuple(tokenize(text, language))


def clause_texts(text: str, language: str = "english") -> list[str]:
    """The clauses of `text` as `tokenize` splits them (at ; : dashes and brackets), each from its
    first word to its last."""
    clauses: dict[int, tuple[int, int]] = {}
    for token in tokens_of(text, language):
        first = clauses.get(token.clause, (token.start, 0))[0]
        clauses[token.clause] = (first, token.start + len(token.text))
    return [text[start:end] for start, end in clauses.values()]


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation that cites it
def token_words(text: str, language: str = "english") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lowercase words and the terms of `text`'s tokens, each once. Tuples, for the set unions
    that read them: a tuple of strings is soon left alone by the cyclic garbage collector, a
    frozenset is walked by each of its passes for as long as the cache keeps it."""
    tokens = tokens_of(text, language)
    return tuple(dict.fromkeys(t.lower for t in tokens)), tuple(dict.fromkeys(t.term for t in tokens if t.term))


class _Place(NamedTuple):
    """Where a term stands in the sources (a named tuple, as `Token`: every check builds hundreds)."""

    sentence: int
    position: int  # among the sentence's content words
    segment: int  # comma segment
    before: int  # content words before it in its segment
    after: int  # content words after it in its segment


# A source sentence comes back for every line and trial citation that cites it, mostly at the same
# number among the cited ones: its places are read once. The dict is read, never changed.
@lru_cache(maxsize=512)
def _sentence_places(text: str, language: str, number: int) -> tuple[tuple[str, ...], tuple[_Place, ...], dict[int, _Place]]:
    """The places of source sentence `number` in the order `Sources.positions` indexes them: their
    terms and the places, side by side, and each content word's place by its token index. (Two
    tuples, not one of (term, place) pairs: a pair holding a place is an object the cyclic garbage
    collector walks for as long as the cache keeps it; a tuple of strings it soon stops walking.)"""
    sentence = tokens_of(text, language)
    entries: list[tuple[str, _Place]] = []
    place_at: dict[int, _Place] = {}  # token index -> its place
    counts = _count_aliases(language)
    body_nouns, pointing = stand_ins(language)
    roles, linkers = lexicon(language).body_roles, lexicon(language).noun_linkers | OWNER_AFTER_WORDS
    sizes: dict[int, int] = {}
    for token in sentence:
        if token.term is not None:
            sizes[token.segment] = sizes.get(token.segment, 0) + 1
    seen: dict[int, int] = {}
    position = -1
    previous_quoted = False
    for k, token in enumerate(sentence):
        if token.term is None:
            if token.lower in _THING_PRONOUNS:  # placed where the next content word stands
                before = seen.get(token.segment, 0)
                entries.append((_THING_TERM, _Place(number, position + 1, token.segment, before, sizes.get(token.segment, 0) - before)))
            continue
        # A quotation counts as one word of distance: "Okafor said the plan \"...\" and cut
        # posts" keeps Okafor next to "cut". (Its words are checked literally.)
        if not (token.quoted and previous_quoted):
            position += 1
        previous_quoted = token.quoted
        before = seen.get(token.segment, 0)
        seen[token.segment] = before + 1
        place = _Place(number, position, token.segment, before, sizes[token.segment] - before - 1)
        place_at[k] = place
        entries.append((token.term, place))  # type: ignore[arg-type]
        for alias in _figure_aliases(token, counts):  # "2" where a line says "two", and the reverse
            entries.append((alias, place))
        if token.lower in body_nouns and not token.capitalised and k and _after_the(sentence, k, pointing=pointing):
            entries.append((_THING_TERM, place))
            entries.append((_BODY_TERM, place))
        elif token.lower in roles and _owner_unsaid(sentence, k, linkers):
            entries.append((_ROLE_TERM, place))  # "Chief executive Simon Harte": the main body's
        elif token.lower in _PERSON_NOUNS and not token.capitalised and k and _after_the(sentence, k, described=True):
            entries.append((_DESCRIBED_TERM, place))
    return tuple(term for term, _ in entries), tuple(place for _, place in entries), place_at


# A source sentence comes back for every line and trial citation that cites it: its name runs are
# read once, as its places are. The dict is read, never changed.
@lru_cache(maxsize=512)
def _name_run_terms(text: str, language: str, number: int) -> dict[int, frozenset[str]]:
    """Content-word position in source sentence `number` -> the terms of the capitalised run (two
    words or more) holding it."""
    sentence = tokens_of(text, language)
    places = _sentence_places(text, language, number)[2]
    runs: list[list[int]] = []
    for k, token in enumerate(sentence):
        if token.term is not None and token.term != PRONOUN_TERM and token.capitalised and k in places:
            if runs and runs[-1][-1] == k - 1 and sentence[k - 1].segment == token.segment:
                runs[-1].append(k)
            else:
                runs.append([k])
    found = {}
    for run in runs:
        if len(run) > 1:
            terms = frozenset(sentence[k].term for k in run)  # type: ignore[misc]
            for k in run:
                found[places[k].position] = terms
    return found


# The same cited sentences come back for every trial citation of a line and for the lines of
# other summaries of the article: their index is built once. The dict is read, never changed.
@lru_cache(maxsize=512)
def _positions(sentences: tuple[str, ...], language: str, follows: tuple[bool, ...]) -> dict[str, list[_Place]]:
    """`Sources.positions` of these sentences, less the main body's places: it reads nothing else of a `Sources`."""
    return Sources(sentences, language=language, follows=follows)._index()


def _with_places(index: dict[str, list[_Place]], added: Sequence[tuple[str, _Place]]) -> dict[str, list[_Place]]:
    """`index` with the `added` places after a term's own, as a new dict. The cached index and its
    lists are read, never changed: only the lists of the terms added to are copied (copying them
    all cost about 0.4 ms a line in a long article)."""
    extended = dict(index)
    copied: set[str] = set()
    for term, place in added:
        if term not in copied:
            extended[term] = list(index.get(term, ()))
            copied.add(term)
        extended[term].append(place)
    return extended


@dataclass
class Sources:
    """The source sentences a line is checked against, analysed once.

    `context` are the sentences just before the cited ones (the evidence window of `window.py`),
    where the person a pronoun points to may be named; `known_names` are the words the whole
    document writes as names.
    """

    sentences: Sequence[str]
    known_names: frozenset[str] = frozenset()
    context: Sequence[str] = ()
    language: str = "english"
    # The article's sentence just before each of `sentences` in its paragraph ("" where none).
    preceding: Sequence[str] = ()
    # Whether each of `sentences` is the article's next after the one before it in `sentences`.
    follows: Sequence[bool] = ()
    # The terms of the article's main body, read when first asked (`bodies.body_terms`): a stand-in
    # noun may mean it ("the airline").
    body_of: Callable[[], tuple[str, ...]] | None = None
    # The names the article describes by a noun, read when first asked (`descriptions.described_names`):
    # "the agency" may mean the name the article calls "the national space agency".
    described: Callable[[], dict[str, frozenset[str]]] | None = None
    # Whether the summary ends its sentences with marks (`summary_marks_sentences`): where it does
    # not, a line without a full stop is cut off only if it stops on a word no sentence ends on.
    marks_expected: bool = True
    # The article's headline, where the caller gave the document: two words it sets side by side
    # are a relation the article states, though no sentence of it does ("Kestrel-2 weather satellite").
    headline: str = ""
    tokens: list[list[Token]] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = [list(tokens_of(s, self.language)) for s in self.sentences]

    @cached_property
    def context_name(self) -> list[str] | None:
        """The words of the last name the window writes before the cited sentences, if any."""
        if not self.context:
            return None
        context = tokenize(" ".join(self.context), self.language)
        return _last_name([t for t in context if t.term != PRONOUN_TERM], self.names)

    @cached_property
    def has_open_quote(self) -> bool:
        """Whether a source sentence opens a quotation it does not close (it goes on in the next one)."""
        return any(_unclosed_quote(s) for s in self.sentences)

    @cached_property
    def names(self) -> frozenset[str]:
        """Lowercase words the sources write with a capital more often than without."""
        return _capitalised_names(tuple(self.sentences), self.language) | self.known_names

    @cached_property
    def positions(self) -> dict[str, list[_Place]]:
        """term -> every place it stands in the sources (read, never changed)."""
        index = self._with_descriptions(_positions(tuple(self.sentences), self.language, tuple(self.follows)))
        if self.body_of is None or not (_BODY_TERM in index or _ROLE_TERM in index):
            return index
        body = self.body_of()
        roles = [place for place in index.get(_ROLE_TERM, ()) if not self._owned_by_first_word(place)]
        places = [*index.get(_BODY_TERM, ()), *roles] if body else []
        if not places:
            return index
        # "carried this company" where the company is the article's main body
        return _with_places(index, [(term, place) for place in places for term in body])

    def _with_descriptions(self, index: dict[str, list[_Place]]) -> dict[str, list[_Place]]:
        """`index` with the terms of a name the article describes by a noun added where a source
        writes that noun after "the" ("the agency said" for the agency Orbis): a new dict where any is."""
        described = self.described() if self.described is not None else {}
        if not described:
            return index
        # `index` places every content word: only the sentences holding a described noun are read.
        holding = {place.sentence for term in described if term in index for place in index[term]}
        if not holding:
            return index
        pointing = lexicon(self.language).pointing
        roles = _PERSON_NOUNS | lexicon(self.language).titles | lexicon(self.language).body_roles
        added: list[tuple[str, _Place]] = []
        for number, sentence in enumerate(self.tokens):
            if number not in holding:
                continue
            for k, token in enumerate(sentence):
                name = described.get(token.term) if token.term is not None and k else None
                if not name or token.capitalised:
                    continue
                # "the agency said", or the noun before a person's role: "an agency spokesperson"
                owner = k + 1 < len(sentence) and sentence[k + 1].lower in roles and sentence[k + 1].segment == token.segment
                if not (owner or _after_the(sentence, k, described=True, pointing=pointing)):
                    continue
                place = _sentence_places(self.sentences[number], self.language, number)[2].get(k)
                added += [(term, place) for term in name if place is not None]
        return _with_places(index, added) if added else index

    def _index(self) -> dict[str, list[_Place]]:
        """`positions`, built."""
        index: dict[str, list[_Place]] = {}
        for number, text in enumerate(self.sentences):
            terms, places, _ = _sentence_places(text, self.language, number)
            for term, place in zip(terms, places):
                index.setdefault(term, []).append(place)
        for number, k, name in self._described_before_named():
            place = _sentence_places(self.sentences[number], self.language, number)[2].get(k)
            for term in name if place is not None else ():
                index.setdefault(term, []).append(place)
        return index

    def _owned_by_first_word(self, place: _Place) -> bool:
        """Whether the role at `place` follows only the sentence's first word, and that is a name
        ("Ipswich boss Mick McCarthy"; not "Managing director Karl Osten")."""
        sentence = self.tokens[place.sentence]
        place_at = _sentence_places(self.sentences[place.sentence], self.language, place.sentence)[2]
        k = next((i for i, p in place_at.items() if p == place), 0)
        j = k - 1
        while j > 0 and sentence[j].term is not None and not sentence[j].capitalised:
            j -= 1
        return j == 0 and j < k and sentence[0].term is not None and sentence[0].lower in self.names

    def _opening_name(self, number: int) -> list[str]:
        """The terms of the name that opens source sentence `number` ("Graham Pellow, 58, ...")."""
        run: list[str] = []
        for token in self.tokens[number]:
            if token.term is None and not run:
                continue  # "The ..." before it
            if token.term is None or not (token.capitalised or (not run and token.text[:1].isupper())):
                break
            run.append(token.term)
        return run

    def _described_before_named(self) -> list[tuple[int, int, list[str]]]:
        """News describes a person in its first sentence and names them in the next: "A former
        accountant has been jailed ..." then "Graham Pellow, 58, admitted ...". For each cited
        sentence that the cited sentence right after it (the article's next) opens by naming,
        (its number, the index of the description's noun, the name's terms): the name is taken to
        stand there too.
        Every indefinite description ("a former accountant", "a judge") of a sentence that does not
        hold the name: which one the name is cannot be told from words."""
        found = []
        for number in range(len(self.tokens) - 1):
            if number + 1 >= len(self.follows) or not self.follows[number + 1]:
                continue  # the next cited sentence is not the article's next
            name = self._opening_name(number + 1)
            sentence = self.tokens[number]
            if not name or any(t.term in name for t in sentence):
                continue
            for k, token in enumerate(sentence[:-1]):
                if token.lower not in _INDEFINITE:
                    continue
                m = k + 1
                while m + 1 < len(sentence) and sentence[m + 1].term is not None and sentence[m + 1].segment == token.segment:
                    m += 1  # "a former accountant": the noun is the last word of the run
                if sentence[m].term is not None and not sentence[m].capitalised:
                    found.append((number, m, name))
        return found

    def has(self, term: str) -> bool:
        return term in self.positions

    def sole_place(self, name: Sequence[str], noun: str) -> bool:
        """Whether a source sentence holding `noun` names `name` as where things happen ("at the
        port of Saltreach", "in Saltreach") and no other place: the line's "the Saltreach
        terminal" is the terminal there, as English puts a place's name before a noun."""
        for sentence in self.tokens:
            if not any(t.term == noun for t in sentence):
                continue
            places = _named_places(sentence, self.names)
            if places and all(set(place) & set(name) for place in places):
                return True
        return False

    def near(self, a: Sequence[str], b: Sequence[str], window: int) -> bool:
        """Whether one source sentence has a term of `a` and one of `b` at most `window` content
        words apart. Whole comma-bounded asides between them are skipped: in "Sterling, the
        England forward who ..., was fined" Sterling is next to "fined"."""
        return self._distance(a, b) <= window

    def _distance(self, a: Sequence[str], b: Sequence[str]) -> float:
        best = float("inf")
        places_b = [p for term in b for p in self.positions.get(term, ())]
        for term in a:
            for p in self.positions.get(term, ()):
                for q in places_b:
                    if p.sentence == q.sentence:
                        best = min(best, _gap(p, q))
        return best

    def headline_near(self, a: Sequence[str], b: Sequence[str], window: int) -> bool:
        """`near_as_named` in the headline (never where there is none)."""
        return bool(self.headline) and self._headline_sources.near_as_named(a, b, window)

    @cached_property
    def _headline_sources(self) -> "Sources":
        return Sources((self.headline,), known_names=self.known_names, language=self.language)

    def near_as_named(self, a: Sequence[str], b: Sequence[str], window: int) -> bool:
        """`near`, where a name of several words counts only where the sources write that name,
        not another that shares a word with it: "the National Medicines Agency" is not near
        "accused" in "Safer Medicines director ... accused Norvane"."""
        if not self.near(a, b, window):
            return False
        if len(a) < 2 and len(b) < 2:
            return True
        places_a = [p for term in a for p in self.positions.get(term, ()) if not self._other_name_at(p, a)]
        places_b = [q for term in b for q in self.positions.get(term, ()) if not self._other_name_at(q, b)]
        return any(p.sentence == q.sentence and _gap(p, q) <= window for p in places_a for q in places_b)

    def _other_name_at(self, place: _Place, name: Sequence[str]) -> bool:
        """Whether the source word at `place` belongs to a name of several words that is another
        than `name`: it lacks the name's last word, its head, and has a word the name lacks ("Safer
        Medicines", "National Medicines Agency"). A line that joins two names ("Guardiola's Bayern")
        keeps its head in the source's "Bayern Munich"; a head spelt otherwise ("Jefferys",
        "Jeffreys") is the same name."""
        if len(name) < 2:
            return False
        run = _name_run_terms(self.sentences[place.sentence], self.language, place.sentence).get(place.position)
        return run is not None and not any(_spelt_alike(name[-1], word) for word in run) and bool(run - set(name))

    def nearest_circumstance(self, when: str, other: Sequence[str]) -> bool:
        """Whether some source sentence holds the date or figure `when` and a word of `other`, with
        no other date or figure nearer to that word: the word has no circumstance of its own there
        that the line could have swapped for this one ("cayó un 18% en octubre ... en origen").
        For a figure only another figure counts: "a 12 percent fall in profit on Wednesday, blaming
        higher flour costs" gives flour no figure of its own. A date keeps every rival: a sentence's
        one date is its saying's as often as its event's ("80,000 members ..., the body said on
        Thursday"), and a nearer figure is what tells them apart."""
        kinds = {
            t.term: _circumstance_kind(t) for sentence in self.tokens for t in sentence
            if t.term is not None and (_is_number(t) or t.lower in _TIME_WORDS)
        }
        figure = kinds.get(when) == "figure"
        circumstances = {term for term, kind in kinds.items() if kind == "figure" or not figure}
        for p in self.positions.get(when, ()):
            for term in other:
                for q in self.positions.get(term, ()):
                    if q.sentence != p.sentence:
                        continue
                    gap = _gap(p, q)
                    if not any(
                        r.sentence == q.sentence and _gap(r, q) < gap
                        for c in circumstances - {when} for r in self.positions.get(c, ())
                    ):
                        return True
        return False

    def kin_beside(self, when: str, word: str, window: int) -> bool:
        """Whether a source sentence has, beside the date `when` (in its comma segment,
        within `window` content words), a word WordNet makes the line's `word` a synonym or near
        kind of: "agreed on Tuesday to combine" where "on Tuesday that they had agreed to merge".
        English, with WordNet only."""
        if self.language != "english":
            return False
        from summarizer.verify.wordnet_kin import near_kin

        for number, text in enumerate(self.sentences):
            at = _sentence_places(text, self.language, number)[2]
            sentence = self.tokens[number]
            for p in [place for k, place in at.items() if sentence[k].term == when]:
                for k, q in at.items():
                    if (q.segment == p.segment and 0 < abs(q.position - p.position) <= window and sentence[k].term != when
                            and not sentence[k].capitalised and near_kin(word, sentence[k].lower)):
                        return True
        return False

    def counted_by(self, noun: str) -> set[str]:
        """The figures the source sentences write just before `noun` ("eight minutes", "20 minutes")."""
        figures = set()
        for sentence in self.tokens:
            content = [t for t in sentence if t.term is not None]
            figures.update(a.term for a, b in zip(content, content[1:]) if b.term == noun and _is_number(a))
        return figures  # type: ignore[return-value]

    def together(self, one: str, other: str) -> bool:
        """Whether some source sentence holds both terms, however far apart."""
        sentences = {p.sentence for p in self.positions.get(one, ())}
        return any(q.sentence in sentences for q in self.positions.get(other, ()))

    def modifies(self, modifier: str, noun: str) -> bool:
        """Whether a source sentence writes `modifier` just before `noun`, in one phrase ("bowel cancer")."""
        return any(
            a.term == modifier and b.term == noun and a.segment == b.segment
            for sentence in self.tokens for a, b in zip(sentence, sentence[1:])
        )

    def owned_by(self, figure: str, name: Sequence[str]) -> bool:
        """Whether a source sentence puts "its" or "their" just before `figure` ("its 90,000
        customers") where `name` is the sentence's first name, before it: the line's
        "Orla's 90,000 customers" says whose they are."""
        for sentence in self.tokens:
            for k in range(1, len(sentence)):
                if sentence[k].lower != figure or sentence[k - 1].lower not in ("its", "their"):
                    continue
                # "its" means a company or thing, not the last name (a person may stand between:
                # "Orla's chief executive, Mark Tully, said ... its"): the sentence's first name.
                runs = _name_runs(sentence[: k - 1], self.names)
                if runs and any(_stem(word) in name for word in runs[0]):
                    return True
        return False

    def thing_pronoun_for(self, figure: str, name: Sequence[str]) -> bool:
        """Whether a source sentence puts "them", "it" or "their" just before `figure` ("a result that
        took them five points clear") where `name` is the sentence's first name, before it: the
        line's "took Barca five points clear" says whom. As with "its" (`owned_by`), the pronoun of a
        team or body means the sentence's subject, which news names first, not the last name."""
        for number, sentence in enumerate(self.tokens):
            content = [t for t in sentence if t.term is not None or t.lower in _THING_PRONOUNS]
            for k in range(len(content) - 1):
                if content[k].lower not in _THING_PRONOUNS or figure not in (t.term for t in content[k + 1 : k + 3]):
                    continue
                before = [t for t in content[:k] if t.term is not None]
                opening = self._opening_name(number) if before and before[0] is sentence[0] else []
                runs = _name_runs(before, self.names)
                first = opening or (runs[0] if runs else [])
                if any(_stem(word) in name or word in name for word in first):
                    return True
        return False

    def pronoun_stands_for(self, name: Sequence[str], partner: Sequence[str], window: int) -> bool | None:
        """Where a source sentence has "he" or "she" near `partner`, whether the name nearest
        before that pronoun is `name`: True, False, or None when no pronoun is near `partner`."""
        verdict: bool | None = None
        places_b = [p for term in partner for p in self.positions.get(term, ())]
        if self.thing_stands_for(name, partner, window):
            return True
        for p in self.positions.get(PRONOUN_TERM, ()):
            if not any(q.sentence == p.sentence and _gap(p, q) <= window for q in places_b):
                continue
            antecedent = self._name_before(p)
            if antecedent is None:
                continue
            if any(_stem(word) in name for word in antecedent):
                return True
            # "La ministre Claire Dubois a présenté le budget à Paris. Elle a promis ...": a pronoun
            # opening its sentence most often means the sentence before's subject, which news puts
            # first; the last name there may be a place.
            subject = self.first_name_before(p.sentence) if p.position == 0 else None
            if subject is not None and any(self.stem(word) in name for word in subject):
                return True
            verdict = False
        # "The wealthy businessman has pleaded guilty": a person described may be the one named
        # before, where no "he" or "she" near the word says who. It vouches, never against.
        if verdict is None and self._named_before_stand_in(_DESCRIBED_TERM, name, partner, window):
            return True
        return verdict

    def thing_stands_for(self, name: Sequence[str], partner: Sequence[str], window: int) -> bool:
        """Whether a source sentence has "it", "its" or "the company" near `partner` where `name`
        is named before it. "It" may mean any company or thing named before it, and names of
        people stand between: without a parser it vouches for a name it may mean, never against one."""
        return self._named_before_stand_in(_THING_TERM, name, partner, window)

    def _named_before_stand_in(self, stand_in: str, name: Sequence[str], partner: Sequence[str], window: int) -> bool:
        """Whether a word indexed as `stand_in` (`_THING_TERM`, `_DESCRIBED_TERM`) stands within
        `window` of `partner` in a source sentence that names `name` before it."""
        places_b = [p for term in partner for p in self.positions.get(term, ())]
        for p in self.positions.get(stand_in, ()):
            if any(q.sentence == p.sentence and _gap(p, q) <= window for q in places_b):
                if any(_stem(word) in name for word in self._names_before(p)):
                    return True
        return False

    @cached_property
    def stem(self) -> Callable[[str], str]:
        return stemmer_for(self.language)

    def first_name_before(self, number: int) -> list[str] | None:
        """The words of the first name of the article's sentence just before source sentence
        `number`, in its paragraph (None where that is unknown)."""
        if number >= len(self.preceding) or not self.preceding[number]:
            return None
        sentence = tokens_of(self.preceding[number], self.language)
        runs = _name_runs([t for t in sentence if t.term is not None and t.term != PRONOUN_TERM], self.names)
        return runs[0] if runs else None

    def object_pronoun_for(self, name: Sequence[str], verb: str) -> bool:
        """Whether a source sentence has `verb` followed by "him", "her" or "them" that means `name`:
        the nearest name before it that is not the verb's own subject (who would be "himself"),
        in its sentence, the cited sentences before it, then the evidence window."""
        names = self.names

        def runs(tokens: Sequence[Token]) -> list[list[str]]:
            return _name_runs([t for t in tokens if t.term is not None], names)

        for number, sentence in enumerate(self.tokens):
            for k, token in enumerate(sentence[:-1]):
                if token.term != verb or not (
                    sentence[k + 1].lower in ("him", "her", "them")
                    # "ordered the firm to pay": a stand-in noun is an object pronoun for a body
                    or (sentence[k + 1].lower == "the" and k + 2 < len(sentence) and sentence[k + 2].lower in _STAND_IN_NOUNS)
                ):
                    continue
                here = runs(sentence[:k])
                subject = set(here[-1]) if here else set()
                # The nearest stretch with another name: what is before the subject in its
                # sentence, a cited sentence before, the window. Any name of it may be meant
                # (a party's name, "Labour", is written as a person's is).
                stretches = [here[:-1], *(runs(previous) for previous in reversed(self.tokens[:number]))]
                stretches.append(runs(tokenize(" ".join(self.context))))
                for stretch in stretches:
                    others = [run for run in stretch if not subject & set(run)]
                    if others:
                        if any(_stem(word) in name for run in others for word in run):
                            return True
                        break
        return False

    def _names_before(self, place: _Place) -> set[str]:
        """Every name word in the nearest stretch before `place` that has one: its sentence
        before it, a cited sentence before, or the evidence window."""
        names = self.names
        content = [t for t in self.tokens[place.sentence] if t.term is not None]
        first = content[: place.position]
        if place.position < len(content) and content[place.position].lower in _STAND_IN_NOUNS | _PERSON_NOUNS:
            while first and first[-1].capitalised:
                first = first[:-1]  # "the Premier League champions": the noun's own modifiers name no one it means
        stretches = [first]
        stretches += reversed(self.tokens[: place.sentence])
        stretches.append(tokenize(" ".join(self.context)))
        for stretch in stretches:
            found = {t.lower for t in stretch if t.term is not None and t.term != PRONOUN_TERM and (t.lower in names or t.capitalised)}
            if found:
                return found
        return set()

    def _name_before(self, place: _Place) -> list[str] | None:
        """The words of the last name before `place`: in its sentence, else in the cited sentences
        before it, else in the evidence window before them."""
        content = [t for t in self.tokens[place.sentence] if t.term is not None]
        names = self.names
        found = _last_name(content[: place.position], names)
        if found is not None and place.position < len(content) and content[place.position].lower == "him":
            # "Doyle congratulated him": an object is not its verb's subject, the name just before
            # it (that would be "himself"), but the nearest other name before.
            subject = set(found)
            runs = _name_runs(content[: place.position], names)[::-1]
            for sentence in reversed(self.tokens[: place.sentence]):
                runs += _name_runs([t for t in sentence if t.term is not None and t.term != PRONOUN_TERM], names)[::-1]
            runs += _name_runs([t for t in tokenize(" ".join(self.context)) if t.term is not None and t.term != PRONOUN_TERM], names)[::-1]
            return next((run for run in runs if not subject & set(run)), None)
        for sentence in reversed(self.tokens[: place.sentence]):  # a cited sentence before it, then the window
            if found is not None:
                break
            found = _last_name([t for t in sentence if t.term != PRONOUN_TERM], names)
        return found if found is not None else self.context_name


def _spelt_alike(one: str, other: str) -> bool:
    """The same word, or one spelt with a letter or two otherwise or swapped ("Jefferys",
    "Jeffreys"): same opening, about the same length and the same letters but two."""
    if one == other:
        return True
    if min(len(one), len(other)) < 4 or one[:2] != other[:2] or abs(len(one) - len(other)) > 1:
        return False
    return sum(((Counter(one) - Counter(other)) + (Counter(other) - Counter(one))).values()) <= 2


@lru_cache(maxsize=16)
def _count_aliases(language: str) -> dict[str, str]:
    """A count from two up written as a word and as digits, each mapped to the other's term
    ("two" -> "2", "2" -> "two"): one figure however it is written."""
    aliases: dict[str, str] = {}
    for word, digits in lexicon(language).counts.items():
        if int(digits) >= 2:
            aliases[word] = digits
            aliases.setdefault(digits, word)
    return aliases


OWNER_AFTER_WORDS = frozenset("of at for".split())  # "chief executive of Northwind", "at the bank"


def _owner_unsaid(sentence: Sequence[Token], k: int, linkers: frozenset[str]) -> bool:
    """Whether the role `sentence[k]` ("executive") has no owner beside it: no name or possessive
    before its phrase ("ATWU general secretary", "its chief executive") and no "of", "de" after."""
    if k + 1 < len(sentence) and sentence[k + 1].lower in linkers and sentence[k + 1].segment == sentence[k].segment:
        return False
    j = k - 1
    while j >= 0 and sentence[j].segment == sentence[k].segment and not sentence[j].capitalised and sentence[j].term is not None:
        j -= 1  # "chief", "general": words of the role's own phrase
    if j < 0 or sentence[j].segment != sentence[k].segment:
        return True
    return not (sentence[j].capitalised or sentence[j].lower in _OWNERS)


_OWNERS = frozenset("its his her their our my your son sa ses leur leurs su sus sein seine ihr ihre".split())


@lru_cache(maxsize=32)
def stand_ins(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that stand for a named body in `language`, and the words that point with them
    ("the airline", "this company"; "la compagnie"): the language's own pointing words
    (`Language.pointing_words`), read the same way by `bodies.py`."""
    words = lexicon(language).stand_ins
    nouns = _STAND_IN_NOUNS | words if language in ("english", "en") else words
    return nouns, lexicon(language).pointing


def _owner_supplied_pair(content: Sequence[Token], i: int, phrase: Sequence[tuple[str, ...]], is_name, sources: Sources, window: int) -> bool:
    """Whether the pair at `i` is a name put before a noun ("Redwater staff") that a source
    sentence writes as "the staff", with no owner, while naming Redwater: the line only says whose
    they are. A word before that name ("represents most Redwater staff") then relates to the noun,
    as "represents most of the staff" does."""
    a, b = content[i], content[i + 1]
    if is_name(a) and not is_name(b):
        return _owner_unsaid_beside(sources, phrase[i], b.term)  # type: ignore[arg-type]
    if i + 2 >= len(content) or not is_name(b) or is_name(a):
        return False
    end = i + 1
    while end + 1 < len(content) and phrase[end + 1] == phrase[i + 1]:
        end += 1  # the name's last word
    if end + 1 >= len(content):
        return False
    noun = content[end + 1]
    if is_name(noun) or noun.segment != b.segment:
        return False
    return _owner_unsaid_beside(sources, phrase[i + 1], noun.term) and sources.near((a.term,), (noun.term,), window)  # type: ignore[arg-type]


# How far the second verb may stand from its subject: a clause between, not a paragraph.
_COORDINATED_REACH = 16


def _coordinated_subject(sources: Sources, name: Sequence[str], verb: str) -> bool:
    """Whether a source sentence writes `name`, then, within `_COORDINATED_REACH` words and with
    no other name between, `verb` right after a coordinator of its language ("and", "or", "y",
    "et": `Language.coordinators`): the name is the subject of both verbs ("el sindicato SATE se
    queja de que ... y amenaza con movilizaciones")."""
    coordinators = lexicon(sources.language).coordinators
    for sentence in sources.tokens:
        for k, token in enumerate(sentence):
            if token.term not in name:
                continue
            start = k + 1
            while start < len(sentence) and sentence[start].capitalised:
                start += 1  # the rest of its name ("Harlow Transport")
            for j in range(start, min(len(sentence), k + _COORDINATED_REACH)):
                other = sentence[j]
                if other.capitalised and other.term is not None and other.term not in name:
                    break  # another name: the verb may be its
                if other.term == verb and sentence[j - 1].lower in coordinators and not other.capitalised:
                    return True
    return False


def _owner_unsaid_beside(sources: Sources, name: Sequence[str], noun: str) -> bool:
    """Whether a source sentence writes "the NOUN" with no owner beside it and names `name`."""
    linkers = lexicon(sources.language).noun_linkers | OWNER_AFTER_WORDS
    for sentence in sources.tokens:
        if not any(t.term in name for t in sentence):
            continue
        for k, token in enumerate(sentence):
            if (token.term == noun and k and not token.capitalised and sentence[k - 1].lower in _OPENING_ARTICLES
                    and _owner_unsaid(sentence, k, linkers)):
                return True
    return False


def _kind_of_body_reworded(a: Token, b: Token, a_phrase: Sequence[str], is_name, sources: Sources) -> bool:
    """Whether a name and the stand-in noun after it ("Premier Division side") stand where the
    sources put that name before another stand-in noun ("the Premier Division club"): nouns that
    stand for a body ("club", "side", "team") say the same of it, whichever is written."""
    nouns = stand_ins(sources.language)[0]
    if not (is_name(a) and not is_name(b) and b.lower in nouns):
        return False  # only the name before its noun, as a compound: "school ... Northern Ireland" is a place
    for sentence in sources.tokens:
        words = [t for t in sentence if t.term is not None]
        if any(first.term in a_phrase and second.lower in nouns and first.segment == second.segment
               for first, second in zip(words, words[1:])):
            return True
    return False


def _after_the(sentence: Sequence[Token], k: int, described: bool = False, pointing: frozenset[str] = frozenset({"the"})) -> bool:
    """Whether `sentence[k]` follows "the" (or another of `pointing`: "this company"), directly or
    after the capitalised words of a name that qualifies it ("the Premier League champions", "the
    Labour council"); `described`: or after words that describe it ("the wealthy NSW businessman")."""
    j = k - 1
    while (
        j > 0 and (sentence[j].capitalised or (described and sentence[j].term is not None))
        and sentence[j].segment == sentence[k].segment and k - j <= 3
    ):
        j -= 1
    return sentence[j].lower in pointing


def _figure_aliases(token: Token, counts: dict[str, str]) -> list[str]:
    """Other terms a source's figure stands for: a count as a word or digits ("two", "2"), and
    the second figure of a score or vote ("5-2" is read as 5; "five votes to two" has the 2 too)."""
    if not token.lower[:1].isdigit() and token.lower not in counts:
        return []
    aliases = [counts[token.lower]] if token.lower in counts else []
    tally = _TALLY.fullmatch(token.text.lower())
    if tally:
        aliases += [tally.group(2), *([counts[tally.group(2)]] if tally.group(2) in counts else [])]
    return aliases


def _gap(p: _Place, q: _Place) -> float:
    if p.position > q.position:
        p, q = q, p
    gap = q.position - p.position
    if q.segment - p.segment >= 2:  # whole segments between them: an aside that can be skipped
        gap = min(gap, p.after + q.before + 1)
    return gap


def _name_runs(tokens: Sequence[Token], names: frozenset[str]) -> list[list[str]]:
    """The names written in `tokens`, each as its words, in order."""
    runs: list[list[str]] = []
    previous = False
    for token in tokens:
        named = token.term != PRONOUN_TERM and (token.lower in names or token.capitalised)
        if named:
            if not previous:
                runs.append([])
            runs[-1].append(token.lower)
        previous = named
    return runs


_PLACE_PREPOSITIONS = frozenset("in at from near".split())


def _last_name(tokens: Sequence[Token], names: frozenset[str]) -> list[str] | None:
    """The words of the last name in `tokens` that may be a person "he" or "she" means: a day or
    month ("... on Sunday morning. She said") and an acronym ("told the BBC. He said") are no one."""
    words: list[str] = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token.term is None and token.lower not in _PLACE_PREPOSITIONS:
            continue  # function words are passed over ("Bank of England")
        if token.lower in _TIME_WORDS or (len(token.text) > 1 and token.text.isupper() and token.text.isalpha()):
            if words:
                break
            continue
        if token.lower in names or token.capitalised:
            words.append(token.lower)
        elif words:
            if token.lower in _PLACE_PREPOSITIONS:
                words = []  # "were held in Chelmsford": a place, not a person
                continue
            break
    return words or None


# Words after which a name is where things happen: "in Saltreach", "at the port of Saltreach".
_AT_PLACE = frozenset("in at near outside".split())


def _named_places(sentence: Sequence[Token], names: frozenset[str]) -> list[list[str]]:
    """The terms of each name `sentence` gives as a place: right after "in", "at", "near" or
    "outside", or after such a word and "the <noun> of" ("at the port of Saltreach"). Days and
    months are no places ("in June")."""
    found = []
    for k, token in enumerate(sentence):
        if not (token.term is not None and (token.capitalised or token.lower in names)) or token.lower in _TIME_WORDS:
            continue
        if k and sentence[k - 1].term is not None and (sentence[k - 1].capitalised or sentence[k - 1].lower in names):
            continue  # not the name's first word
        at_place = k and sentence[k - 1].lower in _AT_PLACE
        of_place = k >= 4 and sentence[k - 1].lower == "of" and sentence[k - 3].lower == "the" and sentence[k - 4].lower in _AT_PLACE
        if not (at_place or of_place):
            continue
        run = [token.term]
        m = k + 1
        while m < len(sentence) and sentence[m].term is not None and sentence[m].segment == token.segment and (
            sentence[m].capitalised or sentence[m].lower in names
        ):
            run.append(sentence[m].term)
            m += 1
        found.append(run)
    return found


def _place_before_noun(tokens: Sequence[Token], name: Token, noun: Token) -> bool:
    """Whether the name ending at `name` stands after "the" and right before the common noun
    `noun`: "the Saltreach terminal"."""
    k = _position(tokens, name)
    if k is None or k + 1 >= len(tokens) or tokens[k + 1] is not noun:
        return False
    while k > 0 and tokens[k - 1].term is not None and tokens[k - 1].capitalised:
        k -= 1
    return k > 0 and tokens[k - 1].lower == "the"


@lru_cache(maxsize=512)  # the same cited sentences come back for every line and trial citation
def _capitalised_names(sentences: tuple[str, ...], language: str) -> frozenset[str]:
    """`Sources.names` of these sentences, without the document's."""
    return frozenset(_capitalised_words([tokens_of(s, language) for s in sentences]))


def _capitalised_words(sentences: Sequence[Sequence[Token]]) -> set[str]:
    return _more_often_capitalised((t.lower, t.term, t.capitalised) for sentence in sentences for t in sentence[1:])


def _more_often_capitalised(words: Iterable[tuple[str, str | None, bool]]) -> set[str]:
    """Of the words (lower, term, capitalised) of sentences after each one's first, the content
    words written with a capital more often than without."""
    capital: dict[str, int] = {}
    plain: dict[str, int] = {}
    for lower, term, capitalised in words:
        if term is None or term == PRONOUN_TERM:
            continue
        counts = capital if capitalised else plain
        counts[lower] = counts.get(lower, 0) + 1
    return {word for word, count in capital.items() if count > plain.get(word, 0)}


@dataclass(frozen=True, slots=True)
class RelationSettings:
    window: int = 5  # content words apart that still count as "close together" in a source sentence
    commas: bool = True  # whether a comma in the line ends the stretch whose neighbours are checked


def _age_noun(tokens: Sequence[Token], token: Token) -> bool:
    """Whether `token` is an age used as a noun, after "the" ("the 23-year-old"): it stands for a
    person named elsewhere (whose age the number check reads), not for a figure of the event."""
    if not token.text.lower().endswith("-old") or not token.lower[:1].isdigit():
        return False
    k = _position(tokens, token)
    return k is not None and k > 0 and tokens[k - 1].lower == "the"


def _circumstance_kind(token: Token) -> str:
    """"date" for a time word or a year ("Wednesday", "1887"), "figure" for any other number."""
    year = token.lower.isdigit() and len(token.lower) == 4 and _FIRST_YEAR <= int(token.lower) <= _LAST_YEAR
    return "date" if year or token.lower in _TIME_WORDS else "figure"


_FIRST_YEAR, _LAST_YEAR = 1800, 2100


def _is_digits(token: Token) -> bool:
    return token.lower[:1].isdigit()


# Words between a part and its whole: "three of the nine", "tres de los nueve", "trois des neuf", "drei von neun".
_PARTITIVE_OF = frozenset("of de des du sur von".split())
_PARTITIVE_ARTICLES = frozenset("the los las les la le der den die".split())


def _partitive(tokens: Sequence[Token], part: Token, whole: Token) -> bool:
    """Whether the line writes `part` as a share of `whole`: "Three of the nine (members)". A whole
    may have several parts in its source ("Six of the nine ..., while three ..."), so a nearer
    figure there takes the whole from none of them."""
    between = [t.lower for t in tokens if part.start < t.start < whole.start]
    return bool(between) and between[0] in _PARTITIVE_OF and all(w in _PARTITIVE_ARTICLES for w in between[1:])


def _counts_a_noun_of(content: Sequence[Token], k: int, before: Sequence[str], sources: Sources, window: int) -> bool:
    """Whether the figure `content[k]` counts a noun just after it (a describing word may stand
    between: "two dead miners") that its sources count with it and no other figure ("Two miners")
    and that they put beside the word before the figure: the line's pairing of that word with the figure is its
    pairing with the noun, a relation the sources hold."""
    figure = content[k]
    for noun in content[k + 1 : k + 3]:
        if noun.segment != figure.segment or noun.term is None or _is_number(noun):
            return False
        # A noun the sources count twice ("every eight minutes", "20 minutes longer") may be paired with the wrong one.
        if sources.counted_by(noun.term) == {figure.term} and sources.near(before, (noun.term,), window):  # type: ignore[arg-type]
            return True
    return False


def _is_number(token: Token) -> bool:
    """A figure: written in digits, or a count written as a word ("four"; not "one", which is as
    often a pronoun)."""
    return token.lower[:1].isdigit() or token.lower in _COUNT_WORDS


_DURATIONS = frozenset(word for code in ("en", "fr", "es", "de") for word in lexicon(code).time_units)
# Counts from two up written as words, in every language with a module: "from six a day to four".
# The share of a line's words that must stand together in one cited sentence for its neighbour
# pairs to tell of a moved circumstance (`copying.copied_share`).
PAIRS_NEED_COPIED = 0.25

_COUNT_WORDS = frozenset(
    word for code in ("en", "fr", "es", "de") for word, value in lexicon(code).counts.items() if int(value) >= 2
)


def relation_problems(
    text: str, sources: Sources, previous: Sequence[str] = (), settings: RelationSettings = RelationSettings(),
    linked: Callable[[Token, Token], bool] | None = None,
    anchored: Callable[[Token, Token], bool] | None = None,
    vouched: frozenset[str] = frozenset(),
) -> list[Problem]:
    """The relation, circumstance and coreference problems of `text` against `sources`;
    `previous` are the summary's lines before it. `linked`, where a parse of the line is at
    hand, tells whether two of its words are joined in it by a grammatical relation: only such
    neighbours stand for a relation the sources must state (without one, every pair of
    neighbours is taken to). `anchored`, with a parse, tells whether a date or figure hangs on
    the same verb in the line as in a cited sentence that holds its neighbour too: the line then
    keeps it on its event, whatever words it puts beside it."""
    tokens = tokens_of(text, sources.language)
    content = [t for t in tokens if t.term is not None and t.term != PRONOUN_TERM]
    problems: list[Problem] = []
    if not content:
        return problems
    names = sources.names

    def is_name(token: Token) -> bool:
        return token.lower in names or token.capitalised

    # A name of several words ("Derby County") stands together: any of its words may carry a relation.
    phrase: list[tuple[str, ...]] = []
    for i, token in enumerate(content):
        if i and is_name(token) and is_name(content[i - 1]) and token.segment == content[i - 1].segment:
            phrase.append((*phrase[-1], token.term))  # type: ignore[arg-type]
            for j in range(i - len(phrase[-1]) + 1, i):
                phrase[j] = phrase[-1]
        else:
            phrase.append((token.term,))  # type: ignore[arg-type]

    unlinked: list[str] = []
    moved: list[str] = []
    repointed: list[str] = []
    unit = (lambda t: t.segment) if settings.commas else (lambda t: t.clause)
    ends = sentence_ends(text, lexicon(sources.language).unfinished_ends)
    for i in range(len(content) - 1):
        a, b = content[i], content[i + 1]
        if unit(a) != unit(b) or phrase[i] == phrase[i + 1] or a.term == b.term:
            continue
        if any(a.start < end < b.start for end in ends):
            continue  # two sentences on one line ("... this season. the striker ..."): no relation joins them
        if not (sources.has(a.term) and sources.has(b.term)):  # type: ignore[arg-type]
            continue  # words missing from the sources are the literal checks' business
        if _age_noun(tokens, a) or _age_noun(tokens, b):
            continue  # "the 23-year-old approached ...": a description standing for a person, as "he" does
        # A count written as a word is a figure unless it measures time ("in the six months to
        # September" is a period, like a date, not a figure of the event).
        a_count = a.lower in _COUNT_WORDS and content[i + 1].lower not in _DURATIONS
        b_count = b.lower in _COUNT_WORDS and (i + 2 >= len(content) or content[i + 2].lower not in _DURATIONS)
        if (a_count or b_count) and not (_is_digits(a) or _is_digits(b) or a.lower in _TIME_WORDS or b.lower in _TIME_WORDS):
            circumstance = True
        else:
            circumstance = _is_digits(a) or _is_digits(b) or a.lower in _TIME_WORDS or b.lower in _TIME_WORDS
        if not (circumstance or is_name(a) or is_name(b)):
            continue
        if circumstance and (a.lower in APPROXIMATE_WORDS or b.lower in APPROXIMATE_WORDS):
            continue  # "roughly $2.1m" where the source has "about $2.1m" and "roughly" elsewhere
        if sources.near_as_named(phrase[i], phrase[i + 1], settings.window):
            continue
        if not circumstance and _kind_of_body_reworded(a, b, phrase[i], is_name, sources):
            continue  # "Premier Division side Rovers" where "the Premier Division club": one body, either noun
        if b.lower in _LABELLING and is_name(a) and _speaks(sources, a.term, settings.window):  # type: ignore[arg-type]
            continue  # "Fenn called the rise painful": a judgement Fenn gave in words; who said it is checked there
        if _reporting_pair(content, i, sources, is_name, settings.window, tokens):
            continue  # "..., announced the council on Monday": who said it, and when, are the speaker check's
        if not circumstance and _untaken_title(tokens, a, b, sources, is_name):
            continue  # "Former tenant Aisha Okonedo" where the article calls no one else "tenant"
        pair = f"“{a.text} … {b.text}”"
        if any(is_name(t) and _body_of_place_speaks(tokens, t, sources) for t in (a, b)):
            continue  # "La mairie de Trévanne a annoncé" where "a annoncé la mairie" in a sentence naming Trévanne
        # "Smith fled" where the source says "he fled": fine if its "he" is Smith, a coreference
        # error if it is someone else. Only a name before a plain word can be a pronoun's stand-in.
        plain = not (circumstance or is_name(b))
        stands = sources.pronoun_stands_for(phrase[i], phrase[i + 1], settings.window) if is_name(a) and plain else None
        if stands is None and is_name(b) and not (circumstance or is_name(a)) and sources.object_pronoun_for(phrase[i + 1], a.term):
            continue  # "congratulated Nair" where the source has "congratulated her", and her is Nair
        if (stands is None and is_name(b) and not (circumstance or is_name(a))
                and (_after_relative(tokens, a) or _owner_between(tokens, a, b))
                and sources.thing_stands_for(phrase[i + 1], phrase[i], settings.window)):
            # "who chairs Marlow Voice", "a spokesperson for Marlow Voice" where the source has
            # "its chair", "its spokesperson", and its is Marlow Voice
            continue
        if stands:
            continue
        if stands is False and not any(_stem(word) in phrase[i] for word in vouched):
            repointed.append(pair)  # (unless the parse found the pronoun means this name: `vouched`)
        elif stands is False:
            continue
        elif circumstance:
            # A date and a figure that no relation joins in the line each belong to its event ("won on
            # Sunday with 52%"): the source may give them in two sentences about that event.
            date_and_figure = (_is_number(a) and b.lower in _TIME_WORDS) or (_is_number(b) and a.lower in _TIME_WORDS)
            if date_and_figure and linked is not None and not linked(a, b):
                continue
            when = a if (_is_number(a) or a.lower in _TIME_WORDS) else b
            other = b if when is a else a
            if when is a and a.lower in _DURATIONS and i > 0 and _is_number(content[i - 1]) and content[i - 1].segment == a.segment:
                continue  # "jailed for four years after admitting ...": a length of time is the verb's before it, not the next word's
            if anchored is not None and linked is not None and not is_name(other) and not linked(a, b) and anchored(when, other):
                continue  # "said on Monday that hackers ...": Monday is the saying's in the line as in its source
            if not is_name(other) and getattr(anchored, "hosted", None) is not None and anchored.hosted(when, other):
                continue  # "a tunnel collapse on Thursday" where "a tunnel collapsed at ... on Thursday": the date on the same word in both
            if not is_name(other) and getattr(anchored, "reworded", None) is not None and anchored.reworded(when, other):
                continue  # "was shut on Monday" where "closed the bridge ... on Monday": the date on its event, in other words
            if not is_name(other) and sources.nearest_circumstance(when.term, phrase[i + 1] if other is b else phrase[i]):
                continue  # in its sentence the neighbour has no other date or figure it could belong to
            if _is_number(a) and _is_number(b) and _partitive(tokens, a, b) and sources.together(a.term, b.term):  # type: ignore[arg-type]
                continue  # "three of the nine" where "six of the nine ..., while three ...": one whole, many parts
            modified = content[i + 2] if other is b and i + 2 < len(content) and content[i + 2].segment == b.segment else None
            if (
                modified is not None and not is_name(other) and sources.near((when.term,), (modified.term,), 1)
                and sources.modifies(other.term, modified.term)
            ):
                continue  # "83% of bowel cancers" from "83% of cancers" and "bowel cancer": the noun's own modifier
            if other is a and not is_name(other) and _is_number(when) and _counts_a_noun_of(content, i + 1, phrase[i], sources, settings.window):
                continue  # "the families of the two dead miners" from "Two miners were killed" and "the families of the dead miners"
            if (is_name(other) and linked is not None and not linked(a, b) and getattr(anchored, "shared", None) is not None
                    and anchored.shared(when, other)):
                continue  # "a collapse on Thursday afternoon at the Redwater mine": both on one event, as in "collapsed at the Redwater mine ... on Thursday afternoon"
            if is_name(other) and sources.owned_by(when.lower, phrase[i + 1] if other is b else phrase[i]):
                continue  # "Orla's 90,000 customers" where the source has "its 90,000 customers", and its is Orla
            if is_name(other) and sources.thing_pronoun_for(when.term, phrase[i + 1] if other is b else phrase[i]):
                continue  # "took Barca five points clear" where the source has "took them five points clear", them being Barca
            if not is_name(other) and not _is_number(when) and sources.kin_beside(when.term, other.lower, settings.window):  # type: ignore[arg-type]
                # "agreed on Tuesday to combine" where "on Tuesday ... agreed to merge": its own word, in
                # other words. Not for a figure: "to 11,250 votes" where "11,250 ballots" is the turnout.
                continue
            moved.append(pair)
        elif linked is None or linked(a, b):  # not neighbours only by word order ("won the Marden election")
            if anchored is not None and getattr(anchored, "controlled", None) is not None and anchored.controlled(a, b):
                continue  # "Hilde cut power" where the source has "Hilde brought winds ..., cutting power"
            if (sources.language == "english" and is_name(a) and not is_name(b) and _place_before_noun(tokens, a, b)
                    and sources.sole_place(phrase[i], b.term)):  # type: ignore[arg-type]
                continue  # "the Saltreach terminal" where "at the port of Saltreach ... terminal": the terminal there
            if _owner_supplied_pair(content, i, phrase, is_name, sources, settings.window):
                continue  # "most Redwater staff" where "the staff" in a sentence about Redwater: the line names whose
            if is_name(a) and not is_name(b) and _coordinated_subject(sources, phrase[i], b.term):  # type: ignore[arg-type]
                continue  # "SATE amenaza" where "SATE se queja de que ... y amenaza": one subject, two verbs
            if sources.headline_near(phrase[i], phrase[i + 1], settings.window):
                continue  # "the Kestrel-2 weather satellite" where the headline has it so: the article states it
            unlinked.append(pair)
    if unlinked:
        problems.append(Problem("relation", f"relation not in its sources: {', '.join(unlinked)} stand apart in every source sentence"))
    if moved and copied_share(text, sources.sentences) < PAIRS_NEED_COPIED:
        # Neighbours that stand apart in the source tell of a splice in a line copied from it (a
        # model's); a line worded freely puts words side by side that its sources keep apart
        # ("A windstorm on Saturday left 62,000 homes without power"), telling nothing.
        moved = []
    if moved:
        problems.append(Problem("circumstance", f"circumstance not in its sources: {', '.join(moved)} belong to different parts of the source"))
    if repointed:
        problems.append(Problem("coreference", f"coreference not in its sources: {', '.join(repointed)}: the source says “he” or “she” there of someone else"))
    if sources.language != "english":  # the checks below read English words
        return problems + _local_negation(tokens, sources) + _attribution(tokens, sources, is_name, settings, _speech(sources.language))
    # A judgement given in quoted words ('described the cuts as "the hardest decision"') is words
    # given to a speaker as "said" gives them: the sentence holding the quotation must be theirs.
    quoting = any(t.quoted for t in tokens)
    problems += _attribution(tokens, sources, is_name, settings, _ENGLISH_QUOTING_SPEECH if quoting else _ENGLISH_SPEECH, linked)
    problems += _membership(tokens, sources, is_name)
    problems += _negation(tokens, sources)
    problems += _dangling_pronoun(tokens, previous, sources)
    problems += incomplete_problems(text, sources)
    return problems


@dataclass(frozen=True, slots=True)
class _Speech:
    """The words the speaker checks read: saying words, the pronouns that may stand for a speaker,
    words of time that are no one ("said Friday"), and how a word is stemmed."""

    saying: frozenset[str]
    pronouns: frozenset[str]
    times: frozenset[str]
    stem: Callable[[str], str]
    auxiliaries: frozenset[str] = frozenset()  # of a compound past: "Vogt a déclaré"
    relatives: frozenset[str] = frozenset()  # pronouns that open a relative clause: "who", "qui"
    titles: frozenset[str] = frozenset()  # "general secretary": a speaker's title between "said" and the name
    articles: frozenset[str] = frozenset({"the", "a", "an"})  # that open an apposition: "Osten, the director of ..., said"
    roles: frozenset[str] = frozenset()  # the roles such an apposition gives ("director", "secretary")


_ENGLISH_ROLES = lexicon("english").titles | lexicon("english").body_roles
_ENGLISH_SPEECH = _Speech(_SAYING, _PRONOUNS, _TIME_WORDS, _stem, relatives=lexicon("english").relative_pronouns,
                          titles=lexicon("english").titles, roles=_ENGLISH_ROLES)
_ENGLISH_QUOTING_SPEECH = _Speech(_SAYING | lexicon("english").labelling, _PRONOUNS, _TIME_WORDS, _stem,
                                  relatives=lexicon("english").relative_pronouns, titles=lexicon("english").titles,
                                  roles=_ENGLISH_ROLES)
_ACCORDING = frozenset(word for code in ("en", "fr", "es", "de") for word in lexicon(code).according)
# What stands for the sentence's own subject before a saying word at its end: "Harwick University
# plans ..., it said"; in Spanish the subject may be left out ("..., según anunció el lunes").
_SUBJECT_PRONOUNS = frozenset("it they".split())
_SUBJECT_LEFT_OUT = frozenset("según como".split())


@lru_cache(maxsize=32)
def _speech(language: str) -> _Speech:
    """Another language's speech words, from its module: saying words, speaker pronouns, date words."""
    words = lexicon(language)
    # A verb that gives a judgement in words ("a jugé", "calificó") gives words as a saying verb does.
    return _Speech(words.saying | words.labelling, words.pronouns, words.dates, _local_stemmer(language), words.perfect_auxiliaries,
                   words.relative_pronouns, words.titles, words.determiners - _OWNERS, words.titles | words.body_roles)


def _attribution(
    tokens: Sequence[Token], sources: Sources, is_name, settings: RelationSettings, speech: _Speech = _ENGLISH_SPEECH,
    linked: Callable[[Token, Token], bool] | None = None,
) -> list[Problem]:
    """ "X said" (or "said X", "according to X"): the cited sources must give words to X. With a
    parse (`linked`), a name beside the saying word that the parse does not join to it is no
    speaker: "Researchers led by Dr. Solvay of Calder University say" has the researchers speak."""
    speakers: list[Token] = []
    # Speakers found past a title, or of a judgement in quoted words: the source may give the words
    # to them by another of their names' words ("according to the Health Unit") or call them no
    # saying ("called 999"), so only another named speaker of the words tells.
    found_after_title: set[int] = set()
    for i, token in enumerate(tokens):
        if token.lower not in speech.saying:
            continue
        before = _before_saying(tokens, i, speech)
        # "according to Smith" names its speaker after it: "... to Leeds, according to its
        # director" does not have Leeds speak.
        places = (i + 1, i + 2) if token.lower in _ACCORDING else (before, i + 1, i + 2)
        apposed = speaker_before_aside(tokens, i, before, is_name, speech) if token.lower not in _ACCORDING else None
        if apposed is not None:
            speakers.append(tokens[apposed])  # "Quennell, who founded Save Our Shelves, said": Quennell
            continue
        if token.lower not in _ACCORDING and speech is _ENGLISH_SPEECH:
            member = _member_before_body(tokens, before, is_name)
            if member is not None:
                speakers.append(tokens[member])  # "Paul Whitcombe of the Workers' Guild said": Whitcombe
                continue
        if token.lower not in _ACCORDING and i + 1 < len(tokens) and tokens[i + 1].lower in _THAT_WORDS:
            places = places[:-1]  # "said that Nicola Sturgeon's answers ...": the clause's subject is no speaker
        if token.lower not in _ACCORDING and i + 2 in places and i + 1 < len(tokens) and not (
            tokens[i + 1].term is not None or tokens[i + 1].capitalised or tokens[i + 1].lower in speech.articles
        ):
            places = tuple(j for j in places if j != i + 2)  # "argued for Castmoor": a preposition's name is no speaker ("said the Kremlin" is)
        for j in places:  # "Smith said", "said Smith", "according to Smith"
            if (
                0 <= j < len(tokens) and tokens[j].term is not None and is_name(tokens[j])
                and tokens[j].clause == token.clause and tokens[j].lower not in speech.times  # "said Friday"
                and (linked is None or linked(tokens[j], token) or _named_subject(tokens, token, is_name))
            ):
                speakers.append(tokens[j])
                if speech is _ENGLISH_QUOTING_SPEECH and token.lower not in _SAYING:
                    found_after_title.add(id(tokens[j]))
                break
        else:
            if token.lower in _ACCORDING:
                titled = _according_speaker(tokens, i, is_name, speech)
                if titled is not None:
                    speakers.append(titled)  # "Según la alcaldesa Consuelo Arrieta, ...": Arrieta
                    found_after_title.add(id(titled))
    if not speakers:
        return []
    saying = [t for sentence in sources.tokens for t in sentence if t.lower in speech.saying]
    if not saying:
        return []  # the sources report no speech: whether words are X's is not for this check
    missing, elsewhere = [], []
    for speaker in speakers:
        if not sources.has(speaker.term):  # type: ignore[arg-type]
            continue  # a name missing altogether is the literal check's
        # The words given: after the speaker, or before it where the line ends on "..., X said".
        after = [t for t in tokens if t.start > speaker.start and t.term is not None and t.lower not in speech.saying]
        given = frozenset(t.term for t in (after or [t for t in tokens if t.start < speaker.start and t.term is not None])
                          if t.lower not in speech.saying and not is_name(t))
        if id(speaker) not in found_after_title and not _speaks(sources, speaker.term, settings.window, speech, given=given):  # type: ignore[arg-type]
            # A name of several words may be one the source gives speech by another of its words:
            # "Orbisca Systems, which ..., said" where "a spokesman for Orbisca said".
            same_name = _same_name(tokens, speaker, is_name)
            if not any(_speaks(sources, other.term, settings.window, speech, given=given)  # type: ignore[arg-type]
                       for other in same_name if sources.has(other.term)) and not (  # type: ignore[arg-type]
                _body_of_place_speaks(tokens, speaker, sources, speech)
            ) and not _post_speaks(sources, {speaker.term, *(t.term for t in same_name)}, speech, given):
                missing.append(speaker.text)
            continue
        # The speaker must speak in the sentence that holds the words given, where that sentence
        # reports someone's words: "Lanier a jugé la décision précipitée" cites Lanier's sentence
        # and the one where Marchetti calls it « précipitée ».
        holder = _holding_sentence(sources, given - {speaker.term}, speech)
        if holder is not None and not _speaks(sources, speaker.term, settings.window, speech, given=given, only=holder):  # type: ignore[arg-type]
            # Only another name speaking there tells: "the force said" may be the police named before.
            # After a title, any word of the line's name may be the one the source uses ("Según Arrieta").
            own = {speaker.term}
            if id(speaker) in found_after_title:
                own |= {t.term for t in _same_name(tokens, speaker, is_name)}
            if _named_speakers(sources.tokens[holder], speech, is_name) - own and not _post_of(sources.tokens[holder], own, sources.language, _main_body(sources)):
                elsewhere.append(speaker.text)
    problems = []
    if missing:
        problems.append(Problem("attribution", f"attribution not in its sources: no cited sentence has {', '.join(missing)} say it"))
    if elsewhere:
        problems.append(Problem(
            "attribution", f"attribution not in its sources: the cited sentence holding these words has someone else than {', '.join(elsewhere)} say them"
        ))
    return problems


# Posts whose holder speaks for their body ("Tervane's chief operating officer", "a spokesperson
# for the council"), beside each language's `body_roles`.
_ENGLISH_POSTS = frozenset("officer chief president head manager secretary".split())


@lru_cache(maxsize=None)
def posts_of(language: str) -> frozenset[str]:
    """The post words of `language` (a name or code) whose holder speaks for their body."""
    from summarizer.lang import code_of

    words = lexicon(language).body_roles
    return words | _ENGLISH_POSTS if code_of(language) == "en" else words


@lru_cache(maxsize=None)
def posts_and_titles(language: str) -> frozenset[str]:
    """`posts_of` with the language's titles: the words that may stand before a post's holder
    without naming whose post it is ("Chief operating officer", "Dr")."""
    return posts_of(language) | lexicon(language).titles


def _post_of(sentence: Sequence[Token], body: set[str], language: str, main_body: frozenset[str] = frozenset()) -> bool:
    """Whether `sentence` names a post of the body whose terms are `body`, so that whoever holds it
    speaks for the body and the line may give the body the words: a post word a few words from
    the body's name in one comma segment ("Luis Barrientos, Tervane's chief operating officer,
    said", "said a spokesperson for the Tervane group"), or, where the body is the article's main
    one (`main_body`, its terms), a post with no owner written before it ("Chief operating officer
    Luis Barrientos said"; not "Airport director Ana Ruiz")."""
    posts = posts_of(language)
    for k, token in enumerate(sentence):
        if token.term not in body:
            continue
        # The body's post: "Tervane's chief operating officer", "a Tervane spokesperson" (the post
        # a few words after the name, or right after it), "a spokesperson for Tervane" (the post
        # just before a linking word and the name); not "whose officer is Ines Hart".
        after = [t for t in sentence[k + 1 : k + 4] if t.segment == token.segment]
        # (The possessive is read from the word as written: a token's `lower` drops the "'s".)
        if any(t.lower in posts for t in after) and (token.text.lower().endswith(("'s", "’s")) or (after and after[0].lower in posts)):
            return True
        before = sentence[max(0, k - 3) : k]
        if before and any(t.lower in posts for t in before) and all(t.lower in posts or t.lower in _POST_LINKS or t.term is None for t in before[-2:]):
            return True
    return bool(body) and body <= main_body and ownerless_post([t.text for t in sentence], language)


def _main_body(sources: Sources) -> frozenset[str]:
    return frozenset(sources.body_of()) if sources.body_of is not None else frozenset()


def _post_speaks(sources: Sources, body: set[str], speech: _Speech, given: frozenset[str]) -> bool:
    """Whether the source sentence holding the words `given` reports speech by a holder of a post
    of the body whose terms are `body` (`_post_of`)."""
    holder = _holding_sentence(sources, given - body, speech)
    return (
        holder is not None and any(t.lower in speech.saying for t in sources.tokens[holder])
        and _post_of(sources.tokens[holder], body, sources.language, _main_body(sources))
    )


def ownerless_post(words: Sequence[str], language: str) -> bool:
    """Whether the words of a sentence name a post with no owner written before it ("Chief
    operating officer Luis Barrientos said"; not "Airport director Ana Ruiz", "Halden's chief"):
    news gives such a post to the body the article is about."""
    posts, titles = posts_of(language), posts_and_titles(language)
    for k, word in enumerate(words):
        if word.lower() in posts:
            before = words[max(0, k - 3) : k]
            if not any(w[:1].isupper() and w.lower() not in titles for w in before):
                return True
    return False


# The word that opens a reported clause, in every language with a module ("that", "que").
_THAT_WORDS = frozenset({"that"}) | frozenset(word for code in ("fr", "es", "de") for word in lexicon(code).that_words)


_LINKERS = frozenset("of de del du d".split())


def _according_speaker(tokens: Sequence[Token], i: int, is_name, speech: _Speech) -> Token | None:
    """The name a few words after "según"/"selon"/"according to" at `i`, past a title or role in
    small letters ("Según la alcaldesa Consuelo Arrieta", "selon le directeur, Hervé Castagnède,"):
    its last word. A comma is crossed only into an aside of names alone that another comma
    closes; None where no name comes within six words, or a saying word or capital comes first."""
    home = tokens[i].segment
    for k in range(i + 1, min(len(tokens), i + 7)):
        word = tokens[k]
        if word.lower in speech.saying or word.segment > home + 1:
            return None
        if word.segment == home + 1:
            aside = [t for t in tokens if t.segment == word.segment]
            if tokens[-1].segment == word.segment or not all(t.term is not None and is_name(t) for t in aside):
                return None
        if word.term is not None and is_name(word) and word.lower not in speech.times:
            return max([word, *_same_name(tokens, word, is_name)], key=lambda t: t.start)
        if word.term is not None and word.capitalised:
            return None
    return None


def _body_of_place_speaks(tokens: Sequence[Token], name: Token, sources: Sources, speech: _Speech | None = None) -> bool:
    """Whether the line names a body by its place ("la mairie de Trévanne", "the council of
    Marden") where a cited sentence has that body speak by its noun and names the place: "...
    Trévanne ..., a annoncé la mairie". `name` is the place's word."""
    speech = speech or speech_of(sources.language)
    at = _position(tokens, name)
    if at is None:
        return False
    k = at - 1
    while k >= 0 and tokens[k].segment == name.segment and tokens[k].text[:1].isupper() and tokens[k].term is not None:
        k -= 1  # the place's earlier words ("de Villanueva del Arzobispo")
    if k < 1 or tokens[k].lower not in _LINKERS:
        return False
    body = tokens[k - 1]
    if body.term is None:
        return False
    for sentence in sources.tokens:
        if not any(t.term == name.term for t in sentence):
            continue
        for m, t in enumerate(sentence):
            if t.term == body.term and any(u.lower in speech.saying for u in sentence[max(0, m - 3) : m + 3]):
                return True
    return False


def _after_relative(tokens: Sequence[Token], token: Token) -> bool:
    """Whether `token` opens a relative clause's verb: "who chairs", "which owns"."""
    at = _position(tokens, token)
    return at is not None and at > 0 and tokens[at - 1].lower in _RELATIVES


_RELATIVES = frozenset("who which that".split())
_OWNER_LINKS = frozenset("of for de del du d von".split())  # not "at": a place as often ("allowed at Port X")
_LINKED_ARTICLES = frozenset("the la el los las le les l der des".split())


def _owner_between(tokens: Sequence[Token], a: Token, b: Token) -> bool:
    """Whether the line gives the role `a` its owner `b` with a linking word: "spokesperson for
    Marlow Voice", "directora del Puerto" (only such words and articles between them)."""
    first, second = _position(tokens, a), _position(tokens, b)
    if first is None or second is None or second - first < 2:
        return False
    between = [t.lower for t in tokens[first + 1 : second]]
    return between[0] in _OWNER_LINKS and all(w in _OWNER_LINKS or w in _LINKED_ARTICLES for w in between)


def _position(tokens: Sequence[Token], token: Token) -> int | None:
    """Where `token` (this very token, not an equal one) stands in `tokens`; None where it does not."""
    return next((k for k, t in enumerate(tokens) if t is token), None)


# Words that join a name's head to a name after it ("Bank of England", "Société des courses du Val
# de Lesse"): the head comes first, the name after it says whose or where.
_OF_WORDS = frozenset("of de du des del della di van von".split())
_HEAD_REACH = 8  # words read back from a speaker's name for the head of the name it ends


def _same_name(tokens: Sequence[Token], speaker: Token, is_name) -> list[Token]:
    """The other words of the name `speaker` ends or begins: "Orbisca" of "Orbisca Systems"; and
    the head of a name whose last words follow "of" ("the Société des courses du Val de Lesse a
    annoncé": Société, whose place Lesse names)."""
    at = _position(tokens, speaker)
    if at is None:
        return []
    found = []
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(tokens) and tokens[k].term is not None and tokens[k].segment == speaker.segment and is_name(tokens[k]):
            found.append(tokens[k])
            k += step
        if step == -1:
            found += _head_before(tokens, k, speaker.segment, is_name)
    return found


def _head_before(tokens: Sequence[Token], k: int, segment: int, is_name) -> list[Token]:
    """The head of a name back from `tokens[k]`, an "of" word after it: the last name reached across
    "of" words, and a word in small letters between two of them ("des courses du"); none if no
    name is reached."""
    found: list[Token] = []
    stop = max(-1, k - _HEAD_REACH)
    while k > stop and tokens[k].lower in _OF_WORDS and tokens[k].segment == segment:
        k -= 1
        if k - 1 > stop and tokens[k].term is not None and not tokens[k].capitalised and tokens[k - 1].lower in _OF_WORDS:
            k -= 1
            continue
        while k > stop and tokens[k].term is not None and tokens[k].segment == segment and is_name(tokens[k]):
            found.append(tokens[k])
            k -= 1
    # Only the head speaks: a name between "of" words says whose or where ("du Val de Lesse").
    return found[-1:]


def _before_saying(tokens: Sequence[Token], i: int, speech: _Speech) -> int:
    """Where the speaker of the saying word at `i` stands when it comes first: just before it, or
    before its auxiliary ("Vogt a déclaré", "Roth ha dicho")."""
    return i - 2 if i > 1 and tokens[i - 1].lower in speech.auxiliaries else i - 1


# Words a reporting tag put after its sentence's words may hold after its saying word: "..., a
# annoncé jeudi l'opérateur Orbitale Nord", "..., said the union's general secretary Ana Ruiz".
_TAG_WORDS = 8
# Saying words whose name after them is whom they address, never the speaker: "..., told the Post".
_ADDRESSING = frozenset("told tell tells".split())


def inverted_speaker(sentence: Sequence[Token], j: int, is_name, auxiliaries: frozenset[str] = frozenset(),
                     times: frozenset[str] = frozenset()) -> Token | None:
    """The speaker of a reporting tag put after the words it reports: the saying word at `j` (its
    auxiliary before it) opens the clause's last stretch after a comma, and that stretch ends on a
    name ("..., a annoncé l'opérateur Orbitale Nord", "..., said Smith on Monday", "..., dijo el
    ministro Pérez"). The name just before the comma belongs to the words reported ("depuis la
    base de Port-Sablon"), however near it stands. None where the saying word does not stand so:
    "McLain, his daughter, said the Republican was passionate" goes on past its name."""
    if sentence[j].lower in _ADDRESSING:
        return None
    segment = sentence[j].segment
    k = j - 1
    while k >= 0 and sentence[k].segment == segment and sentence[k].lower in auxiliaries:
        k -= 1
    if k < 0 or sentence[k].segment == segment:
        return None  # nothing before it, or its subject in its own stretch ("Smith said")
    rest = [t for t in sentence[j + 1 :] if t.clause == sentence[j].clause]
    if not rest or len(rest) > _TAG_WORDS or any(t.segment != segment for t in rest):
        return None
    at = next((m for m, t in enumerate(rest) if t.term is not None and is_name(t) and t.lower not in times), None)
    if at is None:
        return None
    after = at + 1
    while after < len(rest) and rest[after].term is not None and is_name(rest[after]) and rest[after].lower not in times:
        after += 1  # the name's other words ("Orbitale Nord")
    if any(t.term is not None and t.lower not in times for t in rest[after:]):
        return None  # more words of its own after the name: the stretch is a clause, not a tag
    return rest[at]


def _named_speakers(sentence: Sequence[Token], speech: _Speech, is_name) -> set[str]:
    """The terms of the names right beside a saying word of `sentence`: "Soler dijo", "Vogt a
    déclaré", "a déclaré sa présidente, Odile Marchetti" (a few words on, past a role)."""
    found: set[str] = set()
    for j, token in enumerate(sentence):
        if token.lower not in speech.saying:
            continue
        inverted = inverted_speaker(sentence, j, is_name, speech.auxiliaries, speech.times)
        if inverted is not None:
            found.add(inverted.term)  # type: ignore[arg-type]
            continue
        before = _before_saying(sentence, j, speech)
        if (before >= 0 and sentence[before].term is not None and is_name(sentence[before]) and sentence[before].lower not in speech.times
                and token.lower not in _ACCORDING):  # "..., according to X": the name before it does not speak
            found.add(sentence[before].term)  # type: ignore[arg-type]
            continue
        for k in range(j + 1, min(len(sentence), j + 8)):
            word = sentence[k]
            if word.term is not None and is_name(word) and word.lower not in speech.times:
                found.add(word.term)  # type: ignore[arg-type]
                break
            if word.term is not None and (word.text[:1].isupper() or word.lower in speech.saying):
                break
    return found


def _describes_before(aside: Sequence[Token], speech: _Speech) -> bool:
    """Whether a comma aside describes the name before it: a relative clause ("who founded ..."),
    an apposition ("the managing director of Brantholm", "le directeur de ...") or an English
    participle phrase ("representing Harrowgate", "speaking for the union", "pictured with
    Kenny Dalglish", "flanked by officers")."""
    first = aside[0].lower
    apposed = first in speech.articles and any(t.lower in speech.roles for t in aside[1:5])
    return first in speech.relatives or apposed or (
        (first.endswith("ing") or (first.endswith("ed") and speech is _ENGLISH_SPEECH))
        and len(first) > 5 and aside[0].term is not None and not aside[0].text[:1].isupper()
    )


# Words that join a person to the body they speak for after their name: "Whitcombe of the Guild".
_MEMBER_OF = frozenset("of from at".split())


_BODY_WORDS = 4  # words of a body's name between "of" and the saying word: "of Ashcombe county police said"


def _member_speaking(sentence: Sequence[Token], j: int, term: str) -> bool:
    """Whether the saying word at `j` has `term` speak as a member of a body named between them,
    "of", "from" or "at" before the body ("Dawn Hartigan of Ashcombe police said", "Whitcombe of
    the Workers' Guild said"): the body tells whom the speaker is with; it does not speak."""
    k, segment = j - 1, sentence[j].segment
    while k > j - 1 - _BODY_WORDS and k > 0 and sentence[k].term is not None and sentence[k].segment == segment:
        k -= 1
    if k == j - 1:
        return False  # no body's words before the saying word
    if sentence[k].lower == "the" and k > 0:
        k -= 1
    return (k > 0 and sentence[k].lower in _MEMBER_OF and sentence[k - 1].term == term
            and sentence[k - 1].segment == segment and sentence[k - 1].capitalised)


def _named_subject(tokens: Sequence[Token], saying: Token, is_name) -> bool:
    """Whether the clause of a saying word opens with a name ("Nina Adler, spokeswoman for the
    Retailers' Federation, said"): the person speaks for the body named beside the verb, which the
    sources must have speak too. A clause that opens with a kind of people ("Researchers led by
    Dr. Solvay of Calder University say") has them speak, not the names in its modifiers."""
    for token in tokens:
        if token.clause != saying.clause or token.term is None:
            continue
        if token is saying or token.lower in _SUBJECT_MODIFIERS:
            return False
        if is_name(token):
            return True  # "Lead investigator Professor Agnes Morrow of ...": a name before any modifier
    return False


# Words that open a modifier of a subject, after which a name is no longer the subject's own.
_SUBJECT_MODIFIERS = _MEMBER_OF | frozenset("for by with in led headed chaired run including who which that".split())


def _member_before_body(tokens: Sequence[Token], before: int, is_name) -> int | None:
    """The index of a person's name that a body's name qualifies just before a saying word, with
    "of the", "from the" or "at the" between them ("Paul Whitcombe of the Workers' Guild said"):
    the body tells who the speaker is with, it does not speak. Not without "the": "the University
    of Bern said" is one body's name, "of" inside it. None where the word before the saying word
    is no such body's name. English word order."""
    if before < 0 or tokens[before].term is None or not is_name(tokens[before]):
        return None
    k = before
    while k > 0 and tokens[k - 1].term is not None and is_name(tokens[k - 1]) and tokens[k - 1].segment == tokens[before].segment:
        k -= 1  # back over the body's name: "Communication Workers' Guild"
    if k < 1 or tokens[k - 1].lower != "the":
        return None
    k -= 1
    if k < 2 or tokens[k - 1].lower not in _MEMBER_OF or tokens[k - 1].segment != tokens[before].segment:
        return None
    person = tokens[k - 2]
    if person.term is None or not is_name(person) or person.segment != tokens[before].segment:
        return None
    return k - 2


def speaker_before_aside(tokens: Sequence[Token], i: int, before: int, is_name, speech: _Speech) -> int | None:
    """The index of the name before a comma aside that describes it (`_describes_before`) and
    stands between it and the saying word at `i`, `before` being the word just before that saying
    word ("Quennell, who founded Save Our Shelves, said"): the aside describes the speaker, and a
    name in it is not who speaks. None where the saying word does not follow such an aside. The
    one reader of this shape for both speaker checks (`_attribution` here, `swaps.speaker_problems`)."""
    if before < 1 or tokens[before].segment != tokens[i].segment - 1:
        return None
    aside = [t for t in tokens[:i] if t.segment == tokens[i].segment - 1]
    if not _describes_before(aside, speech) or len(aside) > 25 or any(t.lower in speech.saying for t in aside):
        return None
    earlier = [k for k, t in enumerate(tokens[:i]) if t.segment < tokens[i].segment - 1]
    if earlier:
        name = tokens[earlier[-1]]
        if name.term is not None and is_name(name) and name.lower not in speech.times:
            return earlier[-1]
    return None


def speech_of(language: str) -> _Speech:
    """The speaker checks' words of `language`: English's own, or its language module's."""
    return _speech(language) if language != "english" else _ENGLISH_SPEECH


def _holding_sentence(sources: Sources, given: frozenset[str], speech: _Speech) -> int | None:
    """The one cited sentence that holds most of the `given` words (most of three or more, both of
    two), where it has a saying word; None where two hold as many, or none holds enough."""
    if len(given) < 2:
        return None
    shared = sorted(((len(given & {t.term for t in sentence}), number) for number, sentence in enumerate(sources.tokens)), reverse=True)
    best, number = shared[0]
    if best < 2 or best < 0.6 * len(given) or (len(shared) > 1 and shared[1][0] == best):
        return None
    return number if any(t.lower in speech.saying for t in sources.tokens[number]) else None


def _reporting_pair(content: Sequence[Token], i: int, sources: Sources, is_name, window: int, tokens: Sequence[Token] = ()) -> bool:
    """Whether the neighbours `content[i]`, `content[i + 1]` belong to a reporting clause the
    speaker check reads: a saying word and the name speaking after it ("anunció el Ayuntamiento"),
    where that name speaks in the sources, or that name and a date after it ("el Ayuntamiento el
    lunes") where the sources date a saying word so."""
    speech = speech_of(sources.language)
    a, b = content[i], content[i + 1]
    if a.lower in speech.saying and is_name(b) and b.lower not in speech.times:
        return _speaks(sources, b.term, window, speech)  # type: ignore[arg-type]
    before = [t for t in tokens if t.start < a.start and t.lower not in _DETERMINERS]
    if is_name(a) and before and before[-1].lower in ("told", "tells", "tell") and not sources.near((a.term,), (b.term,), window):  # type: ignore[arg-type]
        return True  # "told the BBC the raiders had ...": whom he told, then what; not a relation of the two
    # (A saying word the sources give to someone else, "Kessler told reporters" where Ridley
    # told them, stays the relation check's: the telling is another's event.)
    if is_name(a) and a.lower not in speech.times and b.lower in speech.saying and not sources.has(b.term):  # type: ignore[arg-type]
        return _speaks(sources, a.term, window, speech)  # type: ignore[arg-type]  # "Mehta told reporters" for "Mehta said"
    if is_name(a) and a.lower not in speech.times and any(t.lower in speech.saying and a.start < t.start < b.start for t in tokens):
        # "Quinn said watches ...": the speaker and the words given, not a relation of the two,
        # where a source sentence holding the words gives words to Quinn.
        return _speaks(sources, a.term, window, speech, within=b.term)  # type: ignore[arg-type]
    if i and a.lower in speech.times and _dated_report(content, i, sources, tokens, speech):
        return True
    if i and content[i - 1].lower in speech.saying and is_name(a) and b.lower in speech.times:
        return _speaks(sources, a.term, window, speech) and any(  # type: ignore[arg-type]
            t.term == b.term and any(u.lower in speech.saying and abs(k - m) <= window for m, u in enumerate(sentence))
            for sentence in sources.tokens for k, t in enumerate(sentence)
        )
    return False


def _untaken_title(tokens: Sequence[Token], a: Token, b: Token, sources: Sources, is_name) -> bool:
    """Whether `a` is a common noun standing as a title right before the name `b` ("former tenant
    Aisha Okonedo") that no source sentence gives as a title to anyone: a description of the
    person the article may give in other words ("one of the tenants, Aisha Okonedo"). A title the
    article gives another name ("chief nurse Fiona Galloway") stays a relation to check."""
    if is_name(a) or a.capitalised or not is_name(b) or not b.capitalised or a.lower.endswith(("ed", "ing", "ly")):
        return False  # "asked Quarrendon": a verb or an adverb, no title
    k = _position(tokens, a)
    if k is None or k + 2 >= len(tokens) or tokens[k + 1] is not b or not (tokens[k + 2].capitalised and is_name(tokens[k + 2])):
        return False  # a title stands before a person's full name
    if k and tokens[k - 1].lower in _DETERMINERS:
        return False  # "the smaller Wexhall Sinfonia": a description, not a title
    for sentence in sources.tokens:
        for m, t in enumerate(sentence[:-1]):
            if t.term == a.term and sentence[m + 1].term is not None and is_name(sentence[m + 1]):
                return False
    return True


def _dated_report(content: Sequence[Token], i: int, sources: Sources, tokens: Sequence[Token], speech: _Speech) -> bool:
    """Whether the date `content[i]` dates the verb before it, which then reports a clause opened
    by "that" ("announced on Tuesday that four libraries ..."), as a source sentence dates the same
    verb ("the council said on Tuesday"; any saying word for another): the date is the report's,
    and the clause's first word no neighbour of it."""
    date, after = content[i], content[i + 1]
    if not any(t.lower in _THAT_WORDS and date.start < t.start < after.start for t in tokens):
        return False
    at = _position(tokens, date)
    verb = _word_before(tokens, at, speech) if at is not None else None
    if verb is None:
        return False
    for sentence in sources.tokens:
        for k, t in enumerate(sentence):
            theirs = _word_before(sentence, k, speech) if t.term == date.term else None
            if theirs is not None and (
                (theirs.lower in speech.saying and verb.lower in speech.saying) or (verb.term is not None and theirs.term == verb.term)
            ):
                return True
    return False


def _word_before(tokens: Sequence[Token], k: int, speech: _Speech) -> Token | None:
    """The word before `tokens[k]` past its preposition ("ruled on Wednesday": "ruled"): a
    content word or a saying word."""
    for m in range(k - 1, -1, -1):
        if tokens[m].term is not None or tokens[m].lower in speech.saying:
            return tokens[m]
    return None


def _is_member_marker(tokens: Sequence[Token], i: int) -> bool:
    """ "including", "notably" (and "such as") introduce the members that follow them."""
    word = tokens[i].lower
    return word in _MEMBERS_FOLLOW or (word == "as" and i > 0 and tokens[i - 1].lower == "such")


def _membership(tokens: Sequence[Token], sources: Sources, is_name) -> list[Problem]:
    """ "partners, including Kyiv": the first name (or word) after "including" must be listed
    as a member in a source sentence, not merely stand near the group's word."""
    listed: list[str] = []
    for i, token in enumerate(tokens):
        if token.lower == "like" or not _is_member_marker(tokens, i):
            continue  # "like" is a verb as often as a marker: a line's "like" is not checked
        member = next((t for t in tokens[i + 1 :] if t.term is not None), None)
        group = next((t for t in reversed(tokens[:i]) if t.term is not None and t.clause == token.clause), None)
        if member is None or group is None or not is_name(member):
            continue  # a group of things ("antiques including a diorama") is often paraphrased
        if not (sources.has(member.term) and sources.has(group.term)):  # type: ignore[arg-type]
            continue  # a word the sources lack is the literal checks' business
        if not _listed_as_member(sources, member.term):  # type: ignore[arg-type]
            listed.append(f"“{group.text} … {token.text} {member.text}”")
    if not listed:
        return []
    return [Problem("relation", f"relation not in its sources: {', '.join(listed)}: no cited sentence lists it so")]


def _listed_as_member(sources: Sources, term: str) -> bool:
    """Whether a source sentence lists `term` after a member marker (a list may run long:
    "leaders including A, B's C and D", until a word opens another clause), or before "among"."""
    for sentence in sources.tokens:
        for i, token in enumerate(sentence):
            if token.term != term:
                continue
            for j in range(i - 1, -1, -1):
                if sentence[j].clause != token.clause or sentence[j].lower in _CLAUSE_OPENERS:
                    break
                if _is_member_marker(sentence, j):
                    return True
            for j in range(i + 1, len(sentence)):
                if sentence[j].clause != token.clause or sentence[j].lower in _CLAUSE_OPENERS:
                    break
                if sentence[j].lower in _MEMBERS_PRECEDE:
                    return True
    return False


def _speaks(
    sources: Sources, term: str, window: int, speech: _Speech = _ENGLISH_SPEECH, within: str | None = None,
    given: frozenset[str] = frozenset(), only: int | None = None,
) -> bool:
    """Whether a source sentence gives words to `term`: the name nearest one of its saying
    words ("Becker said", "said Becker", "Becker, the engineer, said"), or "he said" in a
    sentence that names him before."""
    names = sources.names

    def is_named(t: Token) -> bool:
        return t.term is not None and t.term != PRONOUN_TERM and (t.lower in names or t.capitalised)

    for number, sentence in enumerate(sources.tokens):
        if (within is not None and not any(t.term == within for t in sentence)) or (only is not None and number != only):
            continue  # only a sentence holding these words
        for j, token in enumerate(sentence):
            if token.lower not in speech.saying:
                continue
            if j and (sentence[j - 1].lower in _SUBJECT_PRONOUNS or sentence[j - 1].lower in _SUBJECT_LEFT_OUT):
                # "X plans ..., it said": the speaker is the sentence's subject, its first name
                runs = _name_runs([t for t in sentence[: j - 1] if t.term is not None and t.lower not in speech.times], names)
                if runs and any(speech.stem(word) == term for word in runs[0]):
                    return True
            if j and sentence[j - 1].lower in _AND_WORDS and _opening_name_speaks(sentence[:j - 1], term, names, speech):
                return True  # "Nerith Compute, which ..., plans two halls and says ...": the subject says it
            if _the_noun_speaking(sentence, j, lambda noun: noun.term == term and not noun.capitalised):
                return True  # "the zoo said" / "said the zoo" where the speaker is Pelham Park Zoo
            if _stand_in_speaker(sentence, j) and (
                any(t.term == term for t in sentence) or any(speech.stem(word) == term for word in sources.context_name or ())
            ):
                return True  # "Veltra has recalled ..., the company said": the company is a party the sentence or window names
            if (
                given and j > 1 and sentence[j - 1].segment != sentence[j].segment - (sentence[j - 1].lower in speech.auxiliaries)
                and any(t.term in given for t in sentence)
                and any(speech.stem(word) == term for word in _apposed_speaker(sentence, j, names, speech))
            ):
                # "Colley, a resident who campaigned against it, said ...": the name before the aside,
                # in a sentence holding words the line gives (`given`) to that name
                return True
            if _member_speaking(sentence, j, term):
                return True  # "Inspector Dawn Hartigan of Ashcombe police said": Hartigan, not Ashcombe
            nearest = sorted(
                (abs(i - j), i) for i, t in enumerate(sentence)
                if i != j and abs(i - j) <= window + 2 and (t.lower in names or t.capitalised or t.lower in speech.pronouns)
                and t.lower not in speech.times  # "the company said on Monday": a day says nothing
            )
            if not nearest:
                continue
            inverted = inverted_speaker(sentence, j, is_named, speech.auxiliaries, speech.times)
            if inverted is not None:  # "Port-Sablon, a annoncé l'opérateur Orbitale Nord": the name after the tag
                nearest = [(0, sentence.index(inverted))]
            speaker = sentence[nearest[0][1]]
            if speaker.term == term or (speaker.lower in speech.pronouns and any(t.term == term for t in sentence[:j])):
                return True
            if speaker.lower in speech.pronouns and not any(is_named(t) for t in sentence[:j]):
                # "he said" in a sentence naming no one before: the window's last name is "he" (the
                # sentences just before it); without one, the last name of a cited sentence before
                # it (a day or month is no one).
                # Which of the two is nearer is not known here (the window may stand between the
                # cited sentences or before them both): either may be meant.
                candidates = [sources.context_name]
                for previous in reversed(sources.tokens[:number]):
                    found = _last_name([t for t in previous if t.term != PRONOUN_TERM and t.lower not in speech.times], names)
                    if found:
                        candidates.append(found)
                        break
                if any(speech.stem(word) == term for earlier in candidates for word in earlier or ()):
                    return True
                # "Él dijo" opening its sentence: or the subject of the sentence before (see
                # `Sources.pronoun_stands_for`).
                if not any(t.term is not None for t in sentence[:nearest[0][1]]):
                    if any(speech.stem(word) == term for word in sources.first_name_before(number) or ()):
                        return True
            # a name of several words: "Ruth Adeyemi said" has Ruth nearest to nothing but Adeyemi;
            # after the saying word, a title may part the speaker's body from the name ("said ATWU
            # general secretary Marta Quill")
            k = nearest[0][1]
            step = -1 if k < j else 1
            while 0 <= k + step < len(sentence) and (
                sentence[k + step].lower in names or sentence[k + step].capitalised
                or (step == 1 and _title_ahead(sentence, k + step, speech.titles))
            ):
                k += step
                if sentence[k].term == term:
                    return True
    return False


def _title_ahead(sentence: Sequence[Token], k: int, titles: frozenset[str]) -> bool:
    """Whether a title ends, within three words from `k`, just before a name: "(said GMB)
    regional secretary Owen Tate", "general secretary Marta Quill"; not "had lied to Jones"."""
    for i in range(k, min(k + 3, len(sentence) - 1)):
        if sentence[i].capitalised or sentence[i].clause != sentence[k].clause:
            return False
        if sentence[i].lower in titles and sentence[i + 1].capitalised:
            return True
    return False


# "and" before a second verb that shares the sentence's subject: "plans two halls and says ...".
_AND_WORDS = frozenset("and et y und".split())
_OPENING_ARTICLES = frozenset("the le la les l' el los las die der das".split())


def _opening_name_speaks(before: Sequence[Token], term: str, names: frozenset[str], speech: _Speech) -> bool:
    """Whether the name that opens a sentence (its subject, as the first words of `before`, the
    sentence up to "and says") is `term`'s: "Nerith Compute, which is based in Ormsgate, plans
    ... and says" has Nerith Compute say it, not Ormsgate."""
    words = [t for t in before if t.term is not None and t.term != PRONOUN_TERM and t.lower not in speech.times]
    if not words or any(t.lower not in _OPENING_ARTICLES for t in before if t.start < words[0].start):
        return False  # "In Leeds, the council ...": a name after other words is no subject
    # "Transport minister Leo Anand urged ... and said": the name after the title is the subject.
    titled = next((k for k, t in enumerate(words[:3]) if t.lower in speech.titles or t.lower in speech.roles), None)
    if titled is not None and titled + 1 < len(words) and words[titled + 1].capitalised:
        words = words[titled + 1 :]
    # Its first word is capitalised as any sentence's is: it belongs to the name where the word after it does.
    run = 0
    while run < len(words) and words[run].segment == words[0].segment and (
        words[run].lower in names or words[run].capitalised or (run == 0 and words[0].text[:1].isupper())
    ):
        run += 1
    if run < 1 or (run == 1 and not (words[0].lower in names or words[0].capitalised)):
        return False
    # The name's last word ("Compute"), which the line's speaker ends on: another of its words
    # ("Chess" of "International Chess Federation") may belong to another body.
    return speech.stem(words[run - 1].lower) == term


# An aside opened by "a" describes the name before it ("Maeve Tolland, a teacher from Kilbrannan,
# said"): it never is a name itself, and a name in it is a place or party of the description.
# Read so in the sources only: a line's speaker so described is checked as any other.
_INDEFINITE_ARTICLES = frozenset("a an un une una ein eine".split())


def _apposed_speaker(sentence: Sequence[Token], j: int, names: frozenset[str], speech: _Speech) -> list[str]:
    """The words of the name that speaks at the saying word `j` across an aside between commas
    that describes it ("Brenda Colley, a resident who campaigned against the plan, said"): the
    name that ends the segment before the aside, where the aside names no one and says nothing.
    An aside puts the speaker beyond the nearest-name window however long it runs."""
    segment = sentence[j].segment
    opening = [t for t in sentence[:j] if t.segment == segment]
    if any(t.lower not in speech.auxiliaries for t in opening):
        return []  # the saying word must open its segment ("..., said" / "..., a déclaré")
    aside = [t for t in sentence[:j] if t.segment == segment - 1]
    before = [t for t in sentence[:j] if t.segment < segment - 1]
    if not aside or not before or len(aside) > 15 or aside[0].clause != sentence[j].clause:
        return []
    # A relative clause describes the name before it: a name inside it ("who took over from
    # Kirsten Dahl") is what it says of the speaker, not another speaker.
    # So does an apposition opened by an article ("Talvik Foods, the group behind Morrow crackers,
    # said"): the names in it are what it says of the speaker.
    # So does a post held somewhere, opened in small letters ("Tom Carvalho, president of the
    # Upper Basin Growers League, said"): the body named is where the speaker works.
    relative = (
        _describes_before(aside, speech) or aside[0].lower in _INDEFINITE_ARTICLES or aside[0].lower in speech.articles
        or _post_held_at(aside)
    )
    if any(t.lower in speech.saying or (not relative and t.term is not None and (t.lower in names or t.capitalised)) for t in aside):
        return []
    words: list[str] = []
    for token in reversed(before):
        if token.segment != before[-1].segment or token.term == PRONOUN_TERM:
            break
        if token.term is None:
            if token.lower in ("of", "de", "du", "del", "des"):
                continue  # "Ruth Adeyemi of Leeds University, who led the trial, said": her name is before the "of"
            break
        if not (token.lower in names or token.capitalised) or token.lower in speech.times:
            break
        words.append(token.lower)
    return words


_POST_LINKS = frozenset({"of", "at", "for"})


def _post_held_at(aside: Sequence[Token]) -> bool:
    """Whether an aside opens with a post in small letters and then says where it is held:
    "president of the League", "chief executive at Orla", "spokeswoman for the trust"."""
    head = next((k for k, t in enumerate(aside) if t.lower in _POST_LINKS), None)
    return (
        head is not None and 0 < head <= 3 and all(t.term is not None and not t.capitalised for t in aside[:head])
    )


def _stand_in_speaker(sentence: Sequence[Token], j: int) -> bool:
    """Whether the saying word at `j` has "the company" (a stand-in noun) for its speaker: "the
    company said", "said the company"."""
    return _the_noun_speaking(sentence, j, lambda noun: noun.lower in _STAND_IN_NOUNS)


def _the_noun_speaking(sentence: Sequence[Token], j: int, wanted: Callable[[Token], bool]) -> bool:
    """Whether the saying word at `j` has "the" and a `wanted` noun for its speaker: "the company
    said", "said the company" (not "said the company had acted")."""
    for k, article in ((j - 1, j - 2), (j + 2, j + 1)):
        if 0 <= article and k < len(sentence) and wanted(sentence[k]) and sentence[article].lower == "the":
            # "said the company had acted": the company is what was said about, not who said it
            return k < j or k + 1 >= len(sentence) or sentence[k + 1].lower not in AUXILIARIES
    return False


def _negation(tokens: Sequence[Token], sources: Sources) -> list[Problem]:
    """A negated line whose sources negate nothing (the reverse is too common in fair summaries
    that leave a negated detail out to check)."""
    words = lexicon(sources.language)
    said_not = words.negating([t.lower for t in tokens], _NEGATIONS)
    if not said_not:
        return []
    # A quotation opened in the sentence before a cited one and closed in it is one utterance:
    # '"We are not cutting support. We are changing what we pay for," said Marsh' backs "Marsh
    # said Oregon was not cutting support" though only its second sentence is cited.
    read = [*sources.tokens, *(list(tokens_of(s, sources.language)) for s in sources.context if _unclosed_quote(s))]
    if any(words.negating([t.lower for t in sentence], _NEGATIONS) for sentence in read):
        found = _negated_stretch(tokens, sources, read)
        if not found:
            return []
    else:
        found = [Problem("negation", f"negation not in its sources: the line says “{said_not[0]}”, its sources negate nothing")]
    # A source that negates by a verb's meaning, falls short or denies one side of a contrast
    # may be what the line's negation says.
    if any(_negative_verb([t.lower for t in sentence], k) for sentence in sources.tokens for k in range(len(sentence))):
        return []
    if _falls_short(tokens, sources) or _contrasts(sources):
        return []
    return found


_WITHOUT_WORDS = frozenset("without sans sin ohne".split())
_STRETCH_TERMS = 4  # content words a negated stretch of the line needs to be matched alone
_STRETCH_SHARE = 0.75  # of them that one stretch of a source must hold


def _negated_stretch(tokens: Sequence[Token], sources: Sources, read: Sequence[Sequence[Token]]) -> list[Problem]:
    """A negation the line puts in a stretch between commas whose words one stretch of a source
    states without any ("..., and thefts from cars had not gone up in January" from "...,
    although thefts from cars were up slightly in January"), the source's own negation standing
    in another stretch ("there was no evidence that crime had risen"): a negation added where the
    source negates something else. Only where no stretch of the sources holding those words
    negates (`_negation` then asks whether a source negates by a verb's meaning or falls short).
    `read` are the sentences read: the cited ones, and a quotation they close."""
    words = lexicon(sources.language)
    for part in _stretches(tokens):
        # (Not "without": a preposition that restates as often as it negates, "left without power"
        # for "lost power".)
        said_not = [w for w in words.negating([t.lower for t in part], _NEGATIONS) if w not in _WITHOUT_WORDS]
        terms = {t.term for t in part if t.term is not None}
        if not said_not or len(terms) < _STRETCH_TERMS:
            continue
        matched = [
            stretch for sentence in read for stretch in _stretches(sentence)
            if len(terms & {t.term for t in stretch}) >= _STRETCH_SHARE * len(terms)
        ]
        if not matched or any(words.negating([t.lower for t in stretch], _NEGATIONS) for stretch in matched):
            continue
        # The words the line negates (up to three after its negation) in a stretch that negates:
        # the negation is that one's ("and was not deliberate" from '"This was not a deliberate attack"').
        at = next(k for k, t in enumerate(part) if t.lower == said_not[0])
        negated = {t.term for t in part[at + 1 : at + 4] if t.term is not None}
        if any(
            negated & {t.term for t in stretch} and words.negating([t.lower for t in stretch], _NEGATIONS)
            for sentence in read for stretch in _stretches(sentence)
        ):
            continue
        return [Problem("negation", f"negation not in its sources: the line says “{said_not[0]}” where its source states the same words without one")]
    return []


def _stretches(tokens: Sequence[Token]) -> list[list[Token]]:
    """The tokens of each comma-set stretch (segment) of a sentence, in order."""
    return [[t for t in tokens if t.segment == segment] for segment in sorted({t.segment for t in tokens})]


def _contrasts(sources: Sources) -> bool:
    """Whether a source denies one side of a contrast ("paid by the firm rather than taxpayers",
    the language's `contrast_phrases`), which a line may say with a negation ("the firm, not
    taxpayers, should pay")."""
    phrases = lexicon(sources.language).contrast_phrases
    return any(
        tuple(lowered[k : k + len(phrase)]) == phrase
        for lowered in ([t.lower for t in sentence] for sentence in sources.tokens)
        for phrase in phrases for k in range(len(lowered) - len(phrase) + 1)
    )


def _falls_short(tokens: Sequence[Token], sources: Sources) -> bool:
    """Whether a source says there is too little of something ("with too few aircraft"), or too
    much of the opposite ("too infrequent"), which a line may say with a negation ("without
    enough aircraft", "not often enough")."""
    words, line = lexicon(sources.language), [t.lower for t in tokens]
    return any(
        words.falls_short_at(lowered, k, line) or words.overshoots_at(lowered, k, line)
        for lowered in ([t.lower for t in sentence] for sentence in sources.tokens) for k in range(len(lowered))
    )


def negates_by_verb(sentence: str, language: str = "english") -> bool:
    """Whether a sentence negates by a verb's meaning ("failed to pay", "denied"), with the
    negative verbs of its language's module."""
    words = [t.lower for t in tokens_of(sentence, language)]
    return any(_negative_verb(words, k, language) for k in range(len(words)))


def _negative_verb(words: Sequence[str], k: int, language: str = "english") -> bool:
    """Whether `words[k]` negates by its meaning: "denied", "lacks", or "failed"/"refused"/"yet"
    before "to" (the language's `negative_verbs`, `negative_infinitive_verbs`)."""
    return lexicon(language).negates_at(words, k)


def _local_negation(tokens: Sequence[Token], sources: Sources) -> list[Problem]:
    """The negation check in another language, with its `Lexicon`'s words."""
    words = lexicon(sources.language)
    said_not = words.negating([t.lower for t in tokens], words.negations)
    if not said_not or any(words.negating([t.lower for t in sentence], words.negations) for sentence in sources.tokens):
        return []
    if any(_negative_verb([t.lower for t in sentence], k, sources.language) for sentence in sources.tokens for k in range(len(sentence))):
        return []
    if _falls_short(tokens, sources) or _contrasts(sources):
        return []
    return [Problem("negation", f"negation not in its sources: the line says “{said_not[0]}”, its sources negate nothing")]


_POSSESSIVE_OPENERS = frozenset("his her".split())
_OWNED_NAME_BY = 4  # an apposition after a comma starts by this token: "His (defence) lawyer, Tom Reardon"


def _names_someone_later(tokens: Sequence[Token]) -> bool:
    """Whether a line opening with a possessive names someone after the thing it owns and that
    thing's own name: "His lawyer, Tom Reardon, said Mistry would appeal" points forward to
    Mistry, as news writes it; "His lawyer, Tom Reardon, said he would appeal" names no owner."""
    k = 1
    while k < len(tokens) and not tokens[k].capitalised and tokens[k].text != ",":
        k += 1  # the owned thing: "lawyer", "defence lawyer"
    apposed = k == 2  # "His lawyer Tom Reardon": a name right after a one-word owned thing
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
        apposed = k <= _OWNED_NAME_BY
    if apposed:
        while k < len(tokens) and tokens[k].capitalised:
            k += 1  # the owned thing's own name ("Tom Reardon"), not its owner
    return any(t.capitalised and t.lower not in _TIME_WORDS for t in tokens[k:])


def _dangling_pronoun(tokens: Sequence[Token], previous: Sequence[str], sources: Sources | None = None) -> list[Problem]:
    """A summary that opens with "he" or "she" points at no one; unless a cited sentence opens
    with the same word ("His lawyer, ..." from "His lawyer, ..."): the line then points where
    its source does, as the source sentence itself, shown as it is, would."""
    if previous or not tokens or tokens[0].lower not in _PRONOUNS:
        return []
    if sources is not None and any(sentence and sentence[0].lower == tokens[0].lower for sentence in sources.tokens):
        return []
    if tokens[0].lower in _POSSESSIVE_OPENERS and _names_someone_later(tokens):
        return []
    return [Problem("coreference", f"coreference: the summary opens with “{tokens[0].text}”, naming no one before it")]


def _unclosed_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _stray_quote_mark(text: str, sources: Sources | None) -> bool:
    """Whether the mark that no other closes opens no quotation: nothing but punctuation follows it
    ('... this week. "'), or the words after it are narration in a source sentence, outside its
    quotation marks (a model dropped the other mark: 'Dukes of Hazzard" fans mourned ...' where
    the source quotes only the title). A quotation cut off ('said: "We will not') stays open, as
    does one that opens the line: that mark opens a quotation, whatever the source made of its words."""
    k = text.rfind('"') if text.count('"') % 2 == 1 else text.rfind("“")
    after = [t.lower for t in tokenize(text[k + 1 :]) if t.text[:1].isalnum()]
    if not after:
        return True
    if not text[:k].strip():
        return False
    probe = after[:3]
    for sentence in sources.tokens if sources is not None else ():
        words = [t for t in sentence if t.text[:1].isalnum()]
        for i in range(len(words) - len(probe) + 1):
            if all(words[i + j].lower == w and not words[i + j].quoted for j, w in enumerate(probe)):
                return True
    return False


# "Bayline, said repairs ..." from "The operator, Bayline, said repairs ...": a name its source sets off
# by commas names the noun before it; the line kept the commas and lost that noun, its subject.
_HEADLESS_APPOSITION = re.compile(
    r"^((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*),\s+(?:said|says|told|added|announced|confirmed|warned|insisted|explained|stated|wrote)\b(?!\s+to\b)"
)


def _headless_apposition(text: str, sources: Sources | None) -> str | None:
    """The name of a line that opens "Name, said ..." where a cited sentence has ", Name, said"."""
    match = _HEADLESS_APPOSITION.match(text)
    if match is None or sources is None:
        return None
    name = match.group(1)
    return name if any(f", {name}," in sentence for sentence in sources.sentences) else None


def _reports_nothing(text: str, language: str = "english") -> str | None:
    """The saying word of a line that names a speaker and stops ("Dana Whitlock, the chief
    executive, said."; "Lark said."): a report of nothing. A line that says something before its
    speaker ("Prices may fall, Lark said.") sets it off by a comma with no comma after the speaker;
    one aside between commas after the speaker ("Lark, its chief executive, said.") is the
    speaker's own."""
    saying = lexicon(language).saying
    words = text.rstrip(" .").split()
    if not saying or len(words) < 2 or words[-1].lower() not in saying:
        return None
    if words[-2].lower() in lexicon(language).passive_auxiliaries:
        return None  # "the recall was announced.": a passive names no speaker, it tells of the act
    if language == "english" and words[-1].lower().endswith("s") and not _may_end_a_speaker(words[-2]):
        return None  # "... workers from neighboring states.": a plural noun, not "Lark states."
    # "Vogt a déclaré.": the saying word's auxiliary stands before it.
    end = len(words) - 1
    if words[end - 1].lower() in lexicon(language).perfect_auxiliaries:
        end -= 1
    before = " ".join(words[:end])
    parts = before.split(",")
    if len(parts) == 1 or (len(parts) == 3 and not parts[2].strip()):
        first = parts[0].split()
        if first and first[0][:1].isupper() and not any(w.lower().strip(",") in saying for w in before.split()):
            return words[-1]
    return None


def _may_end_a_speaker(word: str) -> bool:
    """Whether `word` may be the last of a speaker's name or description in English: a name, a
    post, title or body, or a pronoun ("Lark states.", "the chief executive says.", "the council
    says.", "she claims.")."""
    lower = word.lower().strip(",")
    return (word[:1].isupper() or lower in posts_and_titles("english") or lower in stand_ins("english")[0]
            or lower in _SPEAKING_PRONOUNS)


_SPEAKING_PRONOUNS = frozenset("he she it they we i".split())


def incomplete_problems(text: str, sources: Sources | None = None, cut_short_only: bool = False) -> list[Problem]:
    """A line with no full stop, a quotation never closed, a verb that stops before what it
    needs, or a subject lost before its apposition; `cut_short_only`: the last two alone (a line
    too freely worded for the other checks)."""
    stripped = text.strip()
    if not stripped:
        return []
    reasons = []
    words = _TOKEN.findall(stripped.replace("’", "'"))
    # A line may end on a closing quotation mark without a full stop; not on a bare word. In a list
    # of headlines with no full stops anywhere, only on a word no sentence ends on.
    if (
        not cut_short_only and not _FINAL.search(stripped) and not stripped.endswith(("\"", "”", "'")) and words
        and (sources is None or sources.marks_expected or _ends_unfinished(words[-1], sources.language))
    ):
        reasons.append(f"it stops at “{words[-1]}” with no full stop")
    # A quotation its source leaves open too (it runs on into the next sentence) is the source's way.
    if (
        not cut_short_only and _unclosed_quote(stripped) and not (sources is not None and sources.has_open_quote)
        and not _stray_quote_mark(stripped, sources)
    ):
        reasons.append("a quotation is never closed")
    # "..., the weather service warned." reports what comes before: only a line of one clause stops
    # short. ("Rez, 21, has agreed.": a last clause of "has" and the verb alone has no subject of
    # its own to report with; it is the line's main verb.)
    last_clause = re.split(r",\s", stripped)[-1].split()
    own_verb = len(last_clause) == 2 and last_clause[0].lower() in _PERFECT
    aside = re.search(r",\s|[:;\"”]", stripped) and not own_verb
    stops = _stops_short(words, sources) if not aside else None  # not "12,000"
    if stops:
        reasons.append(f"it stops at “{stops}”, where its source goes on to say what")
    silent = _reports_nothing(stripped, sources.language if sources is not None else "english")
    if silent:
        reasons.append(f"it names a speaker and stops at “{silent}”, saying nothing of what was said")
    headless = _headless_apposition(stripped, sources)
    if headless:
        reasons.append(f"“{headless}” stands between commas as in its source, without the noun it names")
    if not reasons:
        return []
    return [Problem("incomplete", f"incomplete sentence: {' and '.join(reasons)}")]


_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def summary_marks_sentences(lines: Sequence[str], language: str) -> bool:
    """Whether a summary ends its sentences with marks, as prose does. Two or more lines none of
    which ends with one or holds a sentence end within it are a list of headlines or points
    ("Council approves budget"), whose lines lack a full stop by their style, not because they
    were cut off. A single line counts as prose: there a missing full stop is the commonest sign
    of a cut."""
    if len(lines) < 2 or any(_FINAL.search(line.strip()) for line in lines):
        return True
    from summarizer.read.segment import sentence_spans

    return any(len(sentence_spans(line, language=language)) > 1 for line in lines)


def _ends_unfinished(word: str, language: str) -> bool:
    """Whether no sentence of `language` ends on `word`: an article or possessive, an auxiliary,
    a conjunction or complementiser ("... the council will", "... approved the"). Written with a
    capital, the word is a name ("... in early May"): words of those classes are written small
    within a line."""
    if word[:1].isupper():
        return False
    return word.lower() in joined(lexicon(language), "unfinished_ends", "unmarked_unfinished_ends", "determiners",
                                  "auxiliaries", "coordinators", "adversatives", "complementisers")


def _takes_object_in(sources: Sources, word: str) -> bool:
    """Whether `word` is followed in the sources by its object (a determiner or a content word
    of its clause), and never ends a clause there."""
    object_after = False
    for sentence in sources.tokens:
        for i, token in enumerate(sentence):
            if token.lower != word:
                continue
            after = sentence[i + 1] if i + 1 < len(sentence) else None
            if after is None or after.segment != token.segment:
                return False
            if after.lower in _DETERMINERS or (after.term is not None and not after.term.startswith("<")):
                object_after = True
    return object_after


def _stops_short(words: Sequence[str], sources: Sources | None) -> str | None:
    """ "A study has found." where the source has "has found that ...": the verb that needs what
    follows it ends the line, and in its sources it is followed by more words in its clause
    ("has agreed a contract"), or it is not in its sources and follows "has" ("a trial has
    shown."). A source that ends a clause on the verb ("the board agreed.") excuses the line."""
    if sources is None or not words:
        return None
    last = words[-1].lower()
    if last not in _OPEN_VERBS:
        # Any verb after "has"/"had" whose source goes on with its object ("hackers had stolen."
        # where they "have stolen the personal details"): the line dropped what was done.
        if len(words) > 1 and words[-2].lower() in _PERFECT and _takes_object_in(sources, last):
            return words[-1]
        return None
    goes_on = ends = False
    for sentence in sources.tokens:
        for i, token in enumerate(sentence):
            if token.lower != last:
                continue
            if i + 1 == len(sentence) or sentence[i + 1].segment != token.segment:
                ends = True
            elif sentence[i + 1].lower in _COMPLEMENTISERS or len(words) > 1 and words[-2].lower() in _PERFECT:
                goes_on = True
    if ends:
        return None
    if goes_on or (len(words) > 1 and words[-2].lower() in _PERFECT):
        return words[-1]
    return None
