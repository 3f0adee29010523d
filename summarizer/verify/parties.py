"""An act given to another party of the article: the line copies what its source says one named
party did and puts another party of the same article before it.

"The coastguard has told Aldervane it must not fly again" where the source has "The Spaceflight
Licensing Board, which licensed the launch, has told Aldervane it must not fly again" and the
coastguard speaks elsewhere in the article; "Der Schwimmverein wirft der Stadtverwaltung vor"
where "Der Förderverein ... wirft der Stadtverwaltung vor". Lexical (every language): the line's
words from its verb on are a stretch of the source sentence, the words before it (the doer) are
none of that sentence's, stand in the article for someone else, and never beside the source's
doer (a description of the same body, "The company, Aldervane Launch", stands beside its name).

`pronoun_person_problems`: a person named where the cited sentence opens with "she"/"il", which
means the person the sentence before it names ("coreference", every language with those pronouns);
also where that sentence names the line's person too, but after its subject, the person it opens
with, whom the pronoun means unless the article's titles and pronouns give the two people's sex
so that it cannot ("The director, Steven Marr, was criticised by Paul Essien. He said ...": Marr).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.marked_words import marked_words
from summarizer.verify.problems import Problem
from summarizer.verify.relations import _STAND_IN_NOUNS

_WORD = re.compile(r"[^\W_][\w'’\-]*")
# Subject pronouns: a doer with one ("As a St Mirren player he") is whoever the pronoun means.
_PRONOUNS = frozenset("he she it they il elle ils elles er sie es él ella ellos ellas".split())
# The shortest stretch after the doer that pins the act down: this many words, three of them content words.
MIN_STRETCH = 5


def _words(text: str) -> tuple[tuple[str, str], ...]:
    """Each word as written and in small letters (an elided article or pronoun dropped: "l'éleveur")."""
    return marked_words(text).written


@lru_cache(maxsize=512)
def _pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of neighbouring words of `text` (small letters): a cheap first look for a shared stretch."""
    words = [w for _, w in _words(text)]
    return frozenset(zip(words, words[1:]))


def _stretch(line: Sequence[str], source: Sequence[str]) -> tuple[int, int, int]:
    """The longest run of words the line shares with the source: (start in line, start in source, length)."""
    from difflib import SequenceMatcher

    match = SequenceMatcher(None, line, source, autojunk=False).find_longest_match(0, len(line), 0, len(source))
    return match.a, match.b, match.size


def other_party_problems(text: str, sources: Sequence[str], article: Sequence[str], language: str = "english") -> list[Problem]:
    """The line's doer is another party of the article than its source sentence's (module docstring),
    at the line's start or in the clause a speaker's words open ("Bermejo dijo que el ayuntamiento
    estudiará la petición" where the source has "Bermejo dijo que la Junta estudiará la petición")."""
    found = _other_party(text, sources, article, language)
    if found:
        return found
    for line_tail, source_tail in _reported_clauses(text, sources, language):
        found = _other_party(line_tail, [source_tail], article, language)
        if found:
            return found
    return []


# Words that open a speaker's reported clause.
_REPORTING = frozenset(("que", "dass", "that"))


def _reported_clauses(text: str, sources: Sequence[str], language: str) -> list[tuple[str, str]]:
    """The reported clauses of the line and a cited sentence where both give them to the same
    speaker with the same saying word: the line's words before its "that"/"que" are all the
    sentence's words before its own, a saying word among them."""
    saying = lexicon(language).saying
    line = _words(text)
    at = next((k for k, (_, w) in enumerate(line) if w in _REPORTING and saying & {v for _, v in line[:k]}), None)
    if at is None:
        return []
    before = {w for _, w in line[:at]}
    found = []
    for sentence in sources:
        theirs = _words(sentence)
        there = next((k for k, (_, w) in enumerate(theirs) if w == line[at][1]), None)
        if there is None or not before <= {w for _, w in theirs[:there]}:
            continue
        found.append((_after_word(text, at), _after_word(sentence, there)))
    return found


def _after_word(text: str, k: int) -> str:
    """`text` after its `k`-th word (as `_words` counts them)."""
    match = next(m for n, m in enumerate(_WORD.finditer(text)) if n == k)
    return text[match.end() :]


def _other_party(text: str, sources: Sequence[str], article: Sequence[str], language: str) -> list[Problem]:
    """`other_party_problems` with the doer at the start of `text`."""
    stop = stopwords_for(language)
    # "The group", "der Verein": a noun that stands in for the body named in the source.
    stand_ins = _STAND_IN_NOUNS | lexicon(language).stand_ins
    # Words given to another speaker ("Der Mieterverein sagte, ...") are the speaker checks' to report.
    saying = lexicon(language).saying | lexicon(language).labelling
    line = _words(text)
    lowered = [w for _, w in line]
    # The doer's first content word opens the line (within 4 words) and is none of the source's.
    first = next(((k, w) for k, w in enumerate(lowered) if w not in stop and len(w) > 2), None)
    if first is None or first[0] >= 4:
        return []
    mine_pairs = _pairs(text)
    for sentence in sources:
        if len(mine_pairs & _pairs(sentence)) < MIN_STRETCH - 1 or any(first[1] == w for _, w in _words(sentence)):
            continue  # the doer is the source's own, or no stretch of MIN_STRETCH words in common
        theirs = _words(sentence)
        i, j, n = _stretch(lowered, [w for _, w in theirs])
        if i == 0 or j == 0 or n < MIN_STRETCH or saying & set(lowered[: i + 1]):
            continue
        shared = [w for w in lowered[i : i + n] if w not in stop and len(w) > 2]
        after = [w for w in lowered[i:] if w not in stop and len(w) > 2]
        # The act is the source's: a stretch of it word for word, the rest of the line's words in it too.
        if len(shared) < 3 or sum(w in {v for _, v in theirs} for w in after) < 0.8 * len(after):
            continue
        mine = {w for w in lowered[:i] if w not in stop and len(w) > 2}
        # A party named in a word or two ("the coastguard", "la préfecture"); "the 23-year-old" or
        # "the mother-of-six" describe a person, whom a line may well describe otherwise.
        # ("The Averill family trust" names its trust: a name before the stand-in makes it a party.)
        named_mine = any(w[:1].isupper() for w, low in line[1:i] if low not in stop)
        # A body named with its kind ("The University of Kestern", "The Orrin Dental Committee"):
        # a name, not a person's, and one that may take a few more words.
        kind = mine & stand_ins if named_mine else set()
        # "The group", "el ayuntamiento": a body told by its kind alone, which may mean the source's
        # named doer (read below).
        told_by_kind = bool(mine & stand_ins) and not named_mine
        if not mine or i > (_KIND_NAME_WORDS if kind else 4) or any(c.isdigit() or c == "-" for w in mine for c in w):
            continue
        # A name of its own ("Peter Haldane" for "The wealthy Dorset businessman") is the name checks'
        # and the parse's to weigh: a description in the source may well be that person.
        # (Only a body named with its kind goes on, and only against a body told by another kind.)
        own_name = i > 4 or len([w for w, low in line[:i] if low in mine and w[:1].isupper()]) > 1
        if own_name and not kind:
            continue
        # The source's doer: its words before the stretch, back to the clause's start.
        start = max((k + 1 for k in range(j) if theirs[k][1] in stop and theirs[k][1] in _REPORTING), default=0)
        doer = theirs[start:j]
        # A named doer: its first content word a name, or a common noun and the name beside it
        # ("The Spaceflight Licensing Board", "l'association Loups Vivants"); not a pronoun, nor a
        # name inside a modifier ("the study published in Ecology Letters").
        content = [(written, low) for written, low in doer if low not in stop and len(low) > 2]
        if not content or len(doer) > 10 or any(low in _PRONOUNS or low in saying for _, low in doer):
            continue
        opens = start == 0 and doer[0] == content[0]  # a capital that only opens the sentence ("Instead")
        if content[0][0][:1].isupper() and not opens or len(content) > 1 and content[1][0][:1].isupper() or _apposed_name(sentence, doer):
            named = {low for written, low in doer if written[:1].isupper() and low not in stop} if not own_name else set()
        else:
            # A body told by its kind ("The district council has fenced off ...") where the line
            # names a body of another kind: a council is never "the University of Kestern".
            named = _other_kind(doer, content, kind, mine, language)
        if not named or named & set(lowered):
            continue
        if told_by_kind and not _kind_of_another(mine, doer, named, article, language):
            continue
        # (A word the line's act repeats is the act's: "The Orrin Dental Committee plans a dental clinic".)
        if (mine - set(lowered[i:]) if kind else mine) & {w for _, w in theirs}:
            continue
        # The line's doer stands in the article for someone: in a sentence of its own, never one
        # that also names the source's doer (a description of the same body stands beside its name).
        # A body named with its kind is read by that kind or its whole name ("Marlow Vale" may
        # name two bodies of one place).
        if kind:
            holding = [ws for ws in map(lambda s: {w for _, w in _words(s)}, article) if kind & ws or mine <= ws]
        else:
            holding = [{w for _, w in _words(s)} for s in article if mine & {w for _, w in _words(s)}]
        if not holding or any(named & words for words in holding):
            continue
        return [Problem(
            "relation", f"relation not in its sources: the line has {' '.join(w for w, _ in line[:i])} do what its "
            f"source has {' '.join(w for w, _ in doer)} do"
        )]
    return []


def _other_kind(doer: Sequence[tuple[str, str]], content: Sequence[tuple[str, str]], kind: set[str],
                mine: set[str], language: str) -> set[str]:
    """The source's doer's kind noun where the doer is a body told by its kind alone, a pointing
    word and words in small letters ("The district council", "la commune"), and the line's doer a
    body named with another kind ("The University of Kestern"); else nothing. A kind noun means
    one body of that kind, never a body of another; the line's name holds no word of the source's
    doer (same stem), as "Kestern District Council" would for "the district council"."""
    from summarizer.verify.relations import stand_ins

    nouns, pointing = stand_ins(language)
    head = content[-1][1]
    if not kind or len(content) > 3 or doer[0][1] not in pointing or any(w[:1].isupper() for w, _ in content[1:]):
        return set()
    if head not in nouns or content[0][0][:1].isupper() and content[0] != doer[0]:
        return set()
    if any(w[:_STEM] == low[:_STEM] for w in mine for _, low in content):
        return set()
    return {head}


def _kind_of_another(mine: set[str], doer: Sequence[tuple[str, str]], named: set[str], article: Sequence[str], language: str) -> bool:
    """Whether a line's body told by its kind alone ("el ayuntamiento") cannot mean the source's
    named doer ("la Junta"): the doer is a name (not a kind told in small letters), not the body
    the article is about (whose kind nouns may stand for it anywhere, `bodies.py`), the line's kind
    noun is none of the article's for that body and no word of the doer's (same stem)."""
    from summarizer.verify.bodies import body_nouns, main_body

    body = {w.lower() for w in main_body(tuple(article), language)}
    if not body or named & body or mine & body_nouns(tuple(article), language):
        return False
    return not any(w[:_STEM] == low[:_STEM] for w in mine for _, low in doer)


# Words of a body named with its kind that a line's doer may take ("The Marlow Vale Dental Committee").
_KIND_NAME_WORDS = 6
# Letters two forms of one word share ("council", "councils"; "université", "universités").
_STEM = 5


def _apposed_name(sentence: str, doer: Sequence[tuple[str, str]]) -> bool:
    """Whether the doer is a description with its name between commas after it, ending the doer:
    "The museum's insurer, Cantle & Rhodes, has offered ..."."""
    if len(doer) < 2 or not doer[-1][0][:1].isupper():
        return False
    last = doer[-1][0]
    pattern = r",\s+(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\s*(?:&\s*)?)+,"
    return any(last in match.group() for match in re.finditer(pattern, sentence))


_OPENING_ROLE = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][\w'’]*(?:\s+[a-zß-öø-ÿ][\w'’\-]*){1,4}\s*,\s*(?=[A-ZÀ-ÖØ-Þ])")


# Pronouns that stand for one person as a sentence's subject (also `reported`'s test of a speaker).
PERSON_PRONOUNS = frozenset("he she il elle er sie él ella".split())
_NAME_PAIR = re.compile(r"(?<![\w'’])([A-ZÀ-ÖØ-Þ][\w'’\-]+)\s+(?:(?:de|van|von|da|del|le)\s+)?([A-ZÀ-ÖØ-Þ][\w'’\-]+)")


def _people(sentence: str, titles: frozenset[str]) -> list[tuple[str, str]]:
    """The two-word names of a sentence ("Colette Varnham", "Gérard Moutier"), its first word and titles aside."""
    found = []
    for match in _NAME_PAIR.finditer(sentence):
        first, last = match.group(1), match.group(2)
        if match.start() == 0 or first.lower().rstrip(".") in titles:
            continue
        found.append((first.lower(), last.lower()))
    return found


def pronoun_person_problems(
    text: str, sources: Sequence[str], preceding: Sequence[str], language: str = "english", article: Sequence[str] = (),
) -> list[Problem]:
    """A person named where the cited sentence has "she"/"il", who means the person named in the
    sentence before it: "Dr Imelda Scarrow worked as a hotel chef" where the source has "The
    firm's owner, Colette Varnham, said ... . She set up the business after working as a hotel
    chef". The line must name its person first (a title aside), take the rest of its words from
    the sentence after its pronoun, and the sentence before must name someone else and not the line's person."""
    if not any(words and words[0][1] in PERSON_PRONOUNS for words in map(_words, sources)):
        return []  # no cited sentence opens with one: nothing to read (and nothing tokenised)

    stop = stopwords_for(language)
    titles = lexicon(language).titles
    article = tuple(article)  # the key of the article's names (`_surnamed`), made once
    line = _words(text)
    # A role in small letters before the name, between commas: "La alcaldesa, Inmaculada Berrocal, ...".
    role = _OPENING_ROLE.match(text)
    k = len(_words(role.group())) if role else 0
    while k < len(line) and line[k][1].rstrip(".") in titles:
        k += 1
    named = []
    while k < len(line) and line[k][0][:1].isupper() and line[k][1] not in stop:
        named.append(line[k][1])
        k += 1
    if not 2 <= len(named) <= 4:
        # A role in small letters (or a German noun) before the name: "District climate officer
        # Paul Essien said", "Der Händler Peter Lenz hält": the first two capitalised words within
        # the line's first few that the article writes side by side as a name.
        named, k = _role_led_name(line, article, stop, titles)
    if not 2 <= len(named) <= 4:
        return []  # a full name opens the line ("According to Reay" names no one first)
    # What the line says of the person, past a description between commas after the name.
    after = text[text.find(line[k - 1][0]) + len(line[k - 1][0]) :]
    after = re.sub(r"^\s*,[^,]*,", " ", after)
    rest = [w for _, w in _words(after) if w not in stop and len(w) > 2]
    for sentence, before in zip(sources, preceding):
        theirs = _words(sentence)
        if not theirs or theirs[0][1] not in PERSON_PRONOUNS or not before:
            continue
        said = {w[:5] for _, w in theirs[1:]}
        held = [w for w in rest if w[:5] in said]
        if len(held) < 3 or len(held) < 0.6 * len(rest):
            continue
        before_words = {w for _, w in _words(before)}
        if set(named) & {w for _, w in theirs}:
            continue
        if set(named) & before_words:
            # The line's person is in the sentence before, but after another person who opens it:
            # a pronoun that opens the next sentence means that sentence's subject, the first person
            # it names ("Director Steven Marr said ..., criticised by Paul Essien. He described ...":
            # Marr), unless what the article says of either person's sex rules that out.
            mentioned = _mentions(before, article, stop, titles)
            if len(mentioned) < 2 or not mentioned[0][1]:
                continue  # no one opens the sentence ("A reward will be shared between Aske and Penhale")
            subject = mentioned[0][0]
            if subject in named or named[-1] not in {surname for surname, _ in mentioned[1:]}:
                continue
            sex = _sex(theirs[0][1], language)
            if sex is None or sex not in _sexes(subject, article, language):
                continue
            others = [next(p for p in _surnamed(article, stop, titles) if p[-1] == subject)[-2:]]
        else:
            others = [p for p in _people(before, titles) if not set(p) & set(named)]
        if not others:
            continue
        return [Problem(
            "coreference", f"coreference not in its sources: its source's “{theirs[0][0]}” follows a sentence about "
            f"{' '.join(w.title() for w in others[0])}, not {' '.join(w for w, _ in line if w.lower() in named)}"
        )]
    return []


_ROLE_REACH = 5  # words of a role before the name a line opens with


@lru_cache(maxsize=16)
def _surnamed(article: tuple[str, ...], stop: frozenset[str], titles: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The article's names of two or more capitalised words (titles and stopwords aside), in small
    letters, whose last word the article never writes in small letters ("City Council" is no one:
    "the council's depot")."""
    small = {written.split("'")[0] for sentence in article for written, _ in _words(sentence) if written.islower()}
    found = []
    for sentence in article:
        for run, _ in _capital_runs(sentence, stop, titles):
            if len(run) >= 2 and run[-1] not in small and run not in found:
                found.append(run)
    return tuple(found)


_RUN_BREAK = re.compile(r"[,;:()\[\]\"“”«»„]")


@lru_cache(maxsize=512)
def _capital_runs(sentence: str, stop: frozenset[str], titles: frozenset[str]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Runs of capitalised words, not across punctuation, that are neither stopwords nor titles (small
    letters), each with the word before it and its titles ("" after punctuation or at the start)."""
    runs = []
    for part in _RUN_BREAK.split(sentence):
        run: list[str] = []
        before = ""
        for written, word in [*_words(part), ("", "")]:
            if written[:1].isupper() and word not in stop and word.rstrip(".") not in titles:
                run.append(word)
                continue
            if run:
                runs.append((tuple(run), before))
                run = []
            if word.rstrip(".") not in titles:
                before = word
    return tuple(runs)


def _mentions(sentence: str, article: tuple[str, ...], stop: frozenset[str], titles: frozenset[str]) -> list[tuple[str, bool]]:
    """The people a sentence mentions, in order, by surname (a full name, or a surname alone that
    the article gives in full elsewhere: "thanked Whitlow"), each with whether it may be the
    sentence's subject: not after a word such as "between" or "by", which makes it an object."""
    surnames = {run[-1] for run in _surnamed(article, stop, titles)}
    return [(run[-1], before not in stop) for run, before in _capital_runs(sentence, stop, titles) if run[-1] in surnames]


def _role_led_name(
    line: Sequence[tuple[str, str]], article: tuple[str, ...], stop: frozenset[str], titles: frozenset[str],
) -> tuple[list[str], int]:
    """The name after a role the line opens with, and the index of the word after it ([] where none)."""
    reach = range(1, min(_ROLE_REACH, len(line) - 2) + 1)
    if not article or not any(line[i][0][:1].isupper() and line[i + 1][0][:1].isupper() for i in reach):
        return [], 0  # no two capitalised words side by side near the start: no name to look up
    names = {run[-2:] for run in _surnamed(article, stop, titles)}
    for i in reach:
        if (line[i][1], line[i + 1][1]) in names:
            return [line[i][1], line[i + 1][1]], i + 2
    return [], 0


def _sex(word: str, language: str) -> str | None:
    """"m" for a word that marks one man in `language` ("he", "herr"), "f" for one woman, else None."""
    words = lexicon(language)
    return "m" if word in words.male_words else "f" if word in words.female_words else None


def _sexes(last: str, article: Sequence[str], language: str) -> set[str]:
    """What the article lets a person (by surname) be: {"m"}, {"f"}, or both where it says
    nothing or both. Its evidence: a title before the surname ("Mrs", "Herr"), or a pronoun after
    it in a sentence that names no one else, or opening the next sentence."""
    titles = lexicon(language).titles
    seen: set[str] = set()
    for k, sentence in enumerate(article):
        words = _words(sentence)
        at = [i for i, (_, word) in enumerate(words) if word == last]
        if not at:
            continue
        seen.update(sex for i in at if i and (sex := _sex(words[i - 1][1].rstrip("."), language)))
        if {p[1] for p in _people(sentence, titles)} - {last}:
            continue  # someone else named here: a pronoun may be theirs
        after = [w for _, w in words[at[0] + 1 :]]
        if k + 1 < len(article) and (following := _words(article[k + 1])):
            after.append(following[0][1])
        seen.update(sex for w in after if w in PERSON_PRONOUNS and (sex := _sex(w, language)))
    return seen if len(seen) == 1 else {"m", "f"}


_PRONOUN_REACH = 2  # words between a pronoun (or the source's doer) and the stretch copied after it


def _set_off(sentence: str, name: Sequence[str]) -> bool:
    """Whether `name` stands after a comma in `sentence`, as an apposition to the noun before it
    ("his neighbour, Tom Ridley, had ..."): the name is the doer, not a word of a longer phrase."""
    return re.search(r",\s*" + r"\s+".join(map(re.escape, name)) + r"(?![\w'’\-])", sentence) is not None


def pronoun_doer_problems(text: str, sources: Sequence[str], article: Sequence[str], language: str = "english") -> list[Problem]:
    """A pronoun in the line that means the person the line names before it ("Hannah Brisco found
    ..., and she is now freezing every garment ...") doing what a cited sentence has another named
    person do ("Amberley is freezing every garment ..."): the words after the pronoun are a stretch
    of that sentence, which names someone else right before them, a name the line never writes.
    Lexical (every language whose capitals mark names and whose person pronouns `PERSON_PRONOUNS` holds)."""
    line = _words(text)
    lowered = [w for _, w in line]
    at = [k for k, w in enumerate(lowered) if k >= 2 and w in PERSON_PRONOUNS]
    if not at:
        return []
    stop = stopwords_for(language)
    titles, dates = lexicon(language).titles, lexicon(language).dates
    for k in at:
        # The person the pronoun means: the names the line writes before it (capitalised, no title).
        named = {
            low for written, low in line[:k]
            if written[:1].isupper() and low not in stop and low.rstrip(".") not in titles and low not in dates
        }
        if not named:
            continue
        after = lowered[k + 1 :]
        for sentence in sources:
            theirs = _words(sentence)
            their_lowered = [w for _, w in theirs]
            i, j, n = _stretch(after, their_lowered)
            if i > _PRONOUN_REACH or n < MIN_STRETCH or len([w for w in after[i : i + n] if w not in stop and len(w) > 2]) < 3:
                continue  # the stretch must start just after the pronoun and pin the act down
            # The source's doer: capitalised words right before the stretch (its auxiliary aside:
            # "Amberley is freezing" for "she is now freezing"), none a stopword.
            doer, shown = [], []
            m = j - 1
            while m >= 0 and j - 1 - m < _PRONOUN_REACH and theirs[m][1] in stop and not theirs[m][0][:1].isupper():
                m -= 1
            while m >= 0 and theirs[m][0][:1].isupper() and theirs[m][1] not in stop:
                doer.insert(0, theirs[m][1])
                shown.insert(0, theirs[m][0])
                m -= 1
            if not doer or m >= 0 and theirs[m][1] not in stop and not _set_off(sentence, shown):
                continue  # no name right before the act, or one inside a longer phrase
            if set(doer) & set(lowered) or set(doer) & named:
                continue  # the line names the source's doer too: it may mean them
            # A capital that only opens the sentence is no name unless the article writes it again.
            if m < 0 and not any(
                w == doer[-1] and (p > 0) for s in article for p, (written, w) in enumerate(_words(s)) if written[:1].isupper()
            ):
                continue
            return [Problem(
                "coreference", f"coreference not in its sources: the line's “{line[k][0]}” means "
                f"{' '.join(w for w, low in line[:k] if low in named)}, but its source has "
                f"{' '.join(shown)} do this"
            )]
    return []


# Possessive determiners that stand for a third party ("Its secretary", "Su portavoz", "Sa porte-parole").
_POSSESSIVES = frozenset("its his her their su sus son sa ses leur leurs".split())
# "Su portavoz, Marta Iglesias, ...": a possessive, a role in small letters, and the name between commas.
_OWNED_ROLE = re.compile(
    r"(?<![\w'’])([^\W\d_]+)\s+([a-zß-öø-ÿ][\w'’\-]*)\s*,\s*((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’\-]+)\s*,"
)
_OWNER_AFTER = r"\s+(?:of|de|del|du|des|d['’])\s*(?:the\s+|la\s+|el\s+|le\s+|los\s+|las\s+|les\s+|l['’])?([^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*)?)"
_OWNER_BEFORE = r"([^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*)?)['’]s?\s+"


def owned_role_problems(text: str, sources: Sequence[str], preceding: Sequence[str], language: str = "english") -> list[Problem]:
    """A role given an owner where the cited sentence gives it with a possessive ("Su portavoz,
    Marta Iglesias, dijo ..."), which means the party the sentence before opens with ("La
    asociación vecinal ... ha reunido ..."): "Marta Iglesias, portavoz de la alcaldesa" names
    another owner, whom that sentence neither opens with nor names (every language with these
    possessives; "coreference")."""
    from summarizer.verify.relations import stand_ins

    if not any(w in _POSSESSIVES for sentence in sources for _, w in _words(sentence)):
        return []
    stop = stopwords_for(language)
    nouns = stand_ins(language)[0]
    for sentence, before in zip(sources, preceding):
        if not before:
            continue
        for match in _OWNED_ROLE.finditer(sentence):
            if match.group(1).lower() not in _POSSESSIVES:
                continue
            role, surname = match.group(2), match.group(3).split()[-1]
            if not re.search(rf"(?<![\w'’]){re.escape(surname)}(?![\w'’])", text):
                continue
            owner_match = re.search(rf"(?<![\w'’]){re.escape(role)}{_OWNER_AFTER}", text, re.IGNORECASE) or re.search(
                rf"{_OWNER_BEFORE}{re.escape(role)}(?![\w'’])", text, re.IGNORECASE)
            if owner_match is None:
                continue
            owner = {w for _, w in _words(owner_match.group(1)) if w not in stop and len(w) > 2}
            subject, shown = _opening_party(before, nouns, stop)
            if not owner or not subject or owner & subject:
                continue
            if owner & ({w for _, w in _words(before)} | {w for _, w in _words(sentence)}):
                continue
            return [Problem(
                "coreference", f"coreference not in its sources: its source's “{match.group(1)} {role}” means "
                f"“{shown}”, which the sentence before opens with, not “{owner_match.group(1)}”"
            )]
    return []


def _opening_party(sentence: str, nouns: frozenset[str], stop: frozenset[str]) -> tuple[set[str], str]:
    """The party a sentence opens with, as its subject: its first content word a kind of body
    ("La asociación vecinal Amigos del Alcázar ...") or a name after a determiner, with the
    content words that follow it up to the verb's neighbourhood (four words), and those words as
    written; else nothing."""
    words = _words(sentence)
    content = [(k, written, low) for k, (written, low) in enumerate(words[:3]) if low not in stop and len(low) > 2]
    if not content:
        return set(), ""
    k, written, low = content[0]
    if not (low in nouns or k > 0 and written[:1].isupper()):
        return set(), ""
    return {w for _, w in words[k : k + 5] if w not in stop and len(w) > 2}, " ".join(w for w, _ in words[k : k + 5])
