"""Someone's words told as narration: the line drops who says them.

A cited sentence gives words to someone, inside quotation marks or in a clause a saying word
governs ("the owner said her staff had followed every rule", "accused the board of agreeing the
deal without consulting them", "a jugé qu'un abattage ne réglerait rien"); a line that repeats
those words with no saying word and no speaker of its own states one side's account as fact.
Two shapes, both lexical (every language whose module gives saying words):

- a quotation of three words or more, all its content words repeated in a line that has no
  quotation marks ("Merging is the only way to keep the music playing" from 'said the merger was
  "the only way to keep the music playing"'): `hedge`, as the other quotation checks report it.
  Reworded (its words in other endings, or, embedded in the reporter's sentence, three in four
  of them) where the line does not name the speaker either;
- a clause of the line that opens as a reported clause opens, just after its saying word, and
  takes its words from it, while the line names neither the speaker nor any saying: `attribution`.
  Only where the speaker is a person ("the owner, Colette Varnham, said"; "Sie sagte") or the verb
  gives a judgement or one side's case ("accused", "a jugé", "insisted", "warf ... vor", "acusó a
  ... de", the language's `accusing_words`): what an institution
  says ("the council said", "police said the man had been arrested") is the record a summary may
  state, and on the public labelled summaries dropping it is no error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import Lexicon, joined
from summarizer.verify.marked_words import QUOTE_MARKS as _QUOTE_MARKS
from summarizer.verify.marked_words import holds_quotation, marked_words
from summarizer.verify.parties import PERSON_PRONOUNS
from summarizer.verify.predicates import (
    _BE,
    _phrases,
    opens_with_viewpoint,
    reports_in_clause,
)
from summarizer.verify.problems import Problem


def _quotations(masked: Sequence[tuple[str, bool, int]]) -> list[tuple[int, int]]:
    """Where each quotation of a sentence's words starts and ends."""
    spans: list[tuple[int, int]] = []
    start = None
    for k, (_, inside, _) in enumerate(masked):
        if inside and start is None:
            start = k
        if not inside and start is not None:
            spans.append((start, k))
            start = None
    if start is not None:
        spans.append((start, len(masked)))
    return spans


def _tokens(text: str) -> tuple[tuple[str, bool, int], ...]:
    """The words of `text`, each lower-cased (an elided article or pronoun dropped: "qu'un
    abattage", "l'éleveur"), with whether it stands inside quotation marks and where."""
    return marked_words(text).unelided


def _clauses(text: str, lexicon: Lexicon) -> list[str]:
    """A line's clauses: a line may merge two sentences ("and", a semicolon, a comma with a
    conjunction) or hang a clause of its own on one ("..., although the campaigner welcomed the
    birth": the language's clause openers). A coordinator before an auxiliary joins two
    predicates of one subject ("was too dangerous and should never have been approved"): one clause."""
    clauses, current = [], []
    for part in (p for p in re.split(r";", text) if p.strip()):
        words = part.split()
        for k, word in enumerate(words):
            bare = word.strip(",").lower()
            following = words[k + 1].strip(",").lower() if k + 1 < len(words) else ""
            joins = bare in _JOINING and following not in lexicon.auxiliaries
            if current and (joins or bare in lexicon.clause_openers):
                clauses.append(" ".join(current))
                current = []
            current.append(word)
        if current:
            clauses.append(" ".join(current))
            current = []
    return [c.strip(" ,") for c in clauses if c.strip(" ,")]


_JOINING = frozenset("and but und aber et mais y pero".split())  # as the line's clauses were always cut
_SPEAKER_TAIL = 6  # words after a line's last comma that may name its speaker and saying word


def unattributed_problems(text: str, sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """Words a cited sentence gives to someone, which the line states as its own (module docstring)."""
    if not lexicon.saying or holds_quotation(text):
        return []  # the line quotes (single marks too: "' take part '")
    words = [w for w, _, _ in _tokens(text)]
    reporting = joined(lexicon, "saying", "labelling", "contested", "accusing", "believing")
    clauses = _clauses(text, lexicon)
    # A saying word governs its own clause and those after it: clauses before the first that
    # reports are the line's own ("A, and Darby called the response a plaster": A is told as fact).
    # "D'après son président, A et B": a frame opening the line governs its clauses too.
    reports = [
        k for k, clause in enumerate(clauses)
        if _reports(_tokens(clause), lexicon, reporting) or set(clause.lower().replace("’", "'").split()) & lexicon.according
    ]
    if reports:
        clauses = clauses[: reports[0]]
    # "..., museum director Oskar Pellinen said.": a saying word after the line's last comma says it all.
    tail = [w for w, _, _ in _tokens(text.rsplit(",", 1)[-1])] if "," in text else []
    if (not clauses or len(tail) <= _SPEAKER_TAIL and set(tail) & reporting or opens_with_viewpoint(text, lexicon)
            or reports_in_clause(text, lexicon)):
        return []  # the line reports: whose words they are is the speaker checks' question
    told = words if not reports else [w for clause in clauses for w, _, _ in _tokens(clause)]
    content = {w for w in told if w not in stop and len(w) > 2}
    if len(content) < 3:
        return []
    keys = {_key(w) for w in content}
    for sentence in sources:
        masked = _tokens(sentence)
        for start, end in _quotations(masked):
            quote = [w for w, _, _ in masked[start:end]]
            own = [w for w in quote if w not in stop and len(w) > 2]
            # A word counts in another ending: "die schlimmste Flut" for „der schlimmsten Flut“.
            held = [w for w in own if w in content or _key(w) in keys]
            if len(quote) < 3 or len(own) < 2:
                continue
            if not all(w in content for w in own) and not _quoted_run(told, quote, stop, sources, lexicon, sentence, text):
                # Reworded: in other endings, or in part where it is embedded. The line must then
                # not name the speaker either ("Oltmann sprach von beispiellosem Versagen").
                if len(held) < len(own) and not _embedded_judgement(sentence, masked[start], quote, held, own):
                    continue
                if _names_in(sentence[: masked[start][2]]) & set(words):
                    continue
            return [Problem("hedge", f"hedge dropped: “{' '.join(quote)}” stands in quotation marks in its source, "
                                     "someone's words; the line gives them as its own, with no one saying them")]
    if set(words) & lexicon.hedges or _phrases(words, lexicon.hedge_phrases):
        return []  # "could reach £4bn": the line keeps the claim's doubt; it does not state it as fact
    for clause in clauses:
        own = [w for w, _, _ in _tokens(clause) if w not in stop and len(w) > 2]
        if len(own) < 3:
            continue
        # A judgement ("too dangerous") or what ought to be ("should never have been approved") is
        # someone's view whoever holds it, a body too: its holder is part of the claim.
        judging = any(w in lexicon.judgement or w in lexicon.opinion for w, _, _ in _tokens(clause))
        for sentence in sources:
            found = _reported_clause(own, sentence, lexicon, reporting, stop, judging, plain=not reports)
            if found:
                return [Problem("attribution", f"attribution dropped: its source gives this as what someone said "
                                               f"(“{found}”); the line states it as fact, with no one saying it")]
    return []


# A quotation of this many words at most is a label ("outstanding", « courageuse »), someone's
# word for a thing rather than a passage of what they said.
_LABEL_WORDS = 3


def quoted_label_problems(text: str, article: Sequence[str], lexicon: Lexicon) -> list[Problem]:
    """Someone's short label anywhere in the article stated as fact: the line uses a word that the
    article writes only inside a quotation of a few words, one a reporting verb gives to someone
    ("said his team had been "outstanding"") or that is itself a judgement (« courageuse »). The
    cited sentences' own quotations are `predicates.certainty_problems`' to read; a line may take a
    label from a sentence it does not cite."""
    if holds_quotation(text):
        return []
    words = {w for w, _, _ in _tokens(text)}
    reporting = joined(lexicon, "saying", "labelling", "contested", "accusing", "according")
    if words & reporting or opens_with_viewpoint(text, lexicon):
        return []  # the line reports: whose words they are is the speaker checks' question
    for quote, own in _article_labels(tuple(article), reporting, lexicon.judgement):
        if all(w in words for w in own):
            return [Problem("hedge", f"hedge dropped: “{' '.join(quote)}” stands only in quotation marks in the "
                                     "article, someone's words; the line states it as fact")]
    return []


@lru_cache(maxsize=16)  # every line of a summary asks about the same article
def _article_labels(
    article: tuple[str, ...], reporting: frozenset[str], judgement: frozenset[str],
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The article's short quotations given to someone, each with its words of three letters or
    more that the article never writes outside quotation marks (those a line may not use as its own)."""
    # Only sentences with a quotation mark are read word by word; the short quotations given to
    # someone come first, and the article's plain words are gathered only where there is one.
    quoting = [_tokens(sentence) for sentence in article if any(c in sentence for c in _QUOTE_MARKS)]
    short = []
    for masked in quoting:
        reports = any(w in reporting for w, inside, _ in masked if not inside)
        for start, end in _quotations(masked):
            quote = tuple(w for w, _, _ in masked[start:end])
            if len(quote) <= _LABEL_WORDS and (reports or _judges(quote, judgement)):
                short.append(quote)
    if not short:
        return ()
    plain = {w for masked in quoting for w, inside, _ in masked if not inside}
    plain.update(w for sentence in article if not any(c in sentence for c in _QUOTE_MARKS) for w, _, _ in _tokens(sentence))
    labels = []
    for quote in short:
        own = tuple(w for w in quote if len(w) > 2 and w not in plain)
        if own and len(own) >= 0.5 * len(quote):
            labels.append((quote, own))
    return tuple(labels)


def _judges(quote: Sequence[str], judgement: frozenset[str]) -> bool:
    """Whether a quotation holds a judgement word, in any ending ("skandalösen" is "skandalös")."""
    return any(w[:cut] in judgement for w in quote for cut in range(len(w), max(3, len(w) - 2) - 1, -1))


# The most words of a quotation embedded in the reporter's sentence that a line may repeat
# nearly in full and still be taken for someone's wording.
_EMBEDDED_QUOTE_WORDS = 8


def _embedded_judgement(
    sentence: str, first: tuple[str, bool, int], quote: Sequence[str], held: Sequence[str], own: Sequence[str]
) -> bool:
    """Whether a quotation embedded in the reporter's sentence (it opens in small letters: said the
    loss was "far quicker than any of our models predicted") is repeated three words in four, at
    least three: someone's wording of a judgement, which a line may not quite copy ("far more
    quickly than any scientific model predicted") and still state as its own."""
    opening = sentence[first[2] : first[2] + 1]
    return opening.islower() and len(quote) <= _EMBEDDED_QUOTE_WORDS and len(held) >= 3 and len(held) >= 0.75 * len(own)


# Words in a row of a quotation that a line repeating them takes from it: a phrase of someone's
# wording ("no longer knows what its council is doing"), not a common collocation.
_QUOTED_RUN = 5


def _quoted_run(
    told: Sequence[str], quote: Sequence[str], stop: frozenset[str], sources: Sequence[str], lexicon: Lexicon,
    sentence: str, line: str,
) -> bool:
    """Whether the line repeats `_QUOTED_RUN` words in a row of the quotation, two of them content
    words, that no cited sentence writes outside quotation marks, and tells a view or a forecast
    with them (a judgement, an "ought", a hedge, a modal or future auxiliary, a conditional): the
    line gives that part of someone's words as its own, though it rewords the rest. A plain event
    that someone recounts in a quotation ("my wife passed away after a short illness") is the
    record a summary may state; a line naming a capitalised word of the sentence outside the
    quotation (its speaker, most often) may say whose words they are in words of its own."""
    views = _views(lexicon)
    if not any(w in views or lexicon.conditional(w) for w in told):
        return False
    outside = re.sub(r"[\"“”«»„][^\"“”«»„]*[\"“”«»„]", " ", sentence).split()[1:]
    if {w.strip(",.;:").lower() for w in outside if w[:1].isupper()} & set(line.lower().replace(",", " ").split()):
        return False
    plain = [[w for w, inside, _ in _tokens(s) if not inside] for s in sources]
    for i in range(len(told) - _QUOTED_RUN + 1):
        run = told[i : i + _QUOTED_RUN]
        if len([w for w in run if w not in stop and len(w) > 2]) < 2 or not _contains(quote, run):
            continue
        if not any(_contains(words, run) for words in plain):
            return True
    return False


def _views(lexicon: Lexicon) -> frozenset[str]:
    """Words that make a clause a view or a forecast: judgements, "ought" words, hedges, and the
    modal and future auxiliaries (the language's auxiliaries less those of tense, voice and a
    claim put now)."""
    modal = lexicon.auxiliaries - lexicon.passive_auxiliaries - lexicon.perfect_auxiliaries - lexicon.claimed_then - lexicon.claims_now
    return lexicon.judgement | lexicon.opinion | lexicon.hedges | modal


def _contains(words: Sequence[str], run: Sequence[str]) -> bool:
    """Whether `words` hold `run` in a row, a word in another ending too ("knows" for "know")."""
    return any(all(_same(a, b) for a, b in zip(words[k : k + len(run)], run)) for k in range(len(words) - len(run) + 1))


def _same(a: str, b: str) -> bool:
    short = min(len(a), len(b))
    return a == b or short >= 4 and a[: max(4, short - 1)] == b[: max(4, short - 1)]


def _names_in(text: str) -> set[str]:
    """The words of `text`'s names, lower-cased: two or more capitalised words in a row ("Jan
    Oltmann"; not the one capitalised German noun of "nach dem Ausfall der Strecke")."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    capital = [w[:1].isupper() for w in words]
    return {
        w.lower() for k, w in enumerate(words)
        if capital[k] and (k > 0 and capital[k - 1] or k + 1 < len(words) and capital[k + 1])
    }


# Words that give a thing its name after a comma ("The variety, called Winter Ember, ..."), which
# are saying words elsewhere ("called the plan reckless").
_NAMING = frozenset("called named dubbed llamado llamada llamados llamadas appelé appelée appelés appelées genannt genannte".split())


def _reported_clause(own: Sequence[str], sentence: str, lexicon: Lexicon, reporting: frozenset[str], stop: frozenset[str],
                     judging: bool = False, plain: bool = True) -> str | None:
    """The saying word of `sentence` whose reported clause the line's clause (its content words,
    `own`) repeats, opening as that clause opens and without its speaker; None where there is none.
    A plain report of a body counts only where the clause judges (`judging`); one of a person only
    where the line reports nothing else (`plain`): a line that goes on "and Tallis told a rally ..."
    names who speaks, and its first clause may be that speaker's account of events."""
    masked = _tokens(sentence)
    for k, (word, inside, at) in enumerate(masked):
        if inside or word not in reporting or word in lexicon.according or k == 0:
            continue  # "according to X": a source of record; the contested check reads it
        believing = word in lexicon.believing
        if believing and not _opens_clause(masked, k, lexicon):
            continue  # "have thought about it": no view reported
        if _BE & {v for v, _, _ in masked[max(0, k - 2) : k]}:
            continue  # passive: "is explained by"
        if _asks(masked[k + 1 : k + 7], lexicon, word in joined(lexicon, "labelling", "accusing")):
            continue  # "called on the council to pay": a request, not a claim
        if word in _NAMING and sentence[:at].rstrip().endswith(",") and k + 1 < len(masked) and sentence[masked[k + 1][2]].isupper():
            continue  # "The new variety, called Winter Ember, was bred ...": a name given, not words said
        speaker = _speaker_words(sentence[:at], lexicon, stop)
        if speaker & {_key(w) for w in own}:
            continue
        # A speaker may follow its saying word ("..., sagte Bürgermeister Florian Metzelder"): the
        # capitalised words just after it are no part of the claim.
        first = k + 1
        while first < len(masked) and sentence[masked[first][2]].isupper():
            first += 1
        claim = [_key(v) for v, _, _ in masked[first:]]
        keys = [_key(w) for w in own]
        held = [w for w in keys if w in claim]
        # The clause opens as the report does: one of its first words within a few of the saying
        # word, or of a later "and that" that opens its second reported clause ("said he thought
        # A and that B": B is as much the speaker's as A).
        near = {v for v in claim[:6]}
        for j in range(first + 1, len(masked) - 1):
            if masked[j][0] in lexicon.complementisers and masked[j - 1][0] in _JOINING and not masked[j][1]:
                near.update(_key(v) for v, _, _ in masked[j + 1 : j + 7])
        whole = {_key(v) for v, _, _ in masked[first:] if v not in stop and len(v) > 2}
        if not near & set(keys[:3]) or len(held) < 3 and len(held) < len(whole):
            continue
        # What the clause takes from this sentence, it takes from the report.
        if len(held) < 0.6 * len([w for w in keys if w in {_key(v) for v, _, _ in masked}]):
            continue
        if believing and len(set(held)) < _VIEW_SHARE * len(set(keys)):
            continue  # a view's holder drops out only where the line tells that view, most of its words
        if judging or word in joined(lexicon, "labelling", "contested", "accusing", "believing") or plain and _names_person(sentence[:at], lexicon):
            return word
    return None


# The share of a line's clause that a belief's clause must hold: a verb of belief governs whole
# propositions, and a line that shares a few of its nouns ("a man", "Ireland") tells another thing.
_VIEW_SHARE = 0.6


def _reports(words: Sequence[tuple[str, bool, int]], lexicon: Lexicon, reporting: frozenset[str]) -> bool:
    """Whether `words` hold a saying word, or a verb of belief that opens a clause or has a person
    pronoun for its subject ("a system he believes underpays dentists": the clause's "that" is left out)."""
    return any(
        w in reporting and (w not in lexicon.believing or _opens_clause(words, k, lexicon) or k > 0 and words[k - 1][0] in PERSON_PRONOUNS)
        for k, (w, _, _) in enumerate(words)
    )


def _opens_clause(words: Sequence[tuple[str, bool, int]], k: int, lexicon: Lexicon) -> bool:
    """Whether the verb at `k` takes a clause: a complementiser, a determiner or a pronoun right
    after it ("believes the council should", "opina que", "think it will"), not a preposition
    ("have thought about being involved": a thing considered, no view of it)."""
    following = words[k + 1][0] if k + 1 < len(words) else ""
    openers = lexicon.complementisers | lexicon.determiners | lexicon.pronouns | lexicon.expletives | PERSON_PRONOUNS
    return following in openers


def _asks(after: Sequence[tuple[str, bool, int]], lexicon: Lexicon, judging: bool = False) -> bool:
    """Whether the words after a saying word ask for something: an infinitive marker before any
    auxiliary ("urged the board to act", not "said the crew had kept to the rules"). After a verb
    of judging (`judging`), a marker just before a determiner introduces whom it judges, not an
    infinitive: Spanish "acusó a la constructora de ocultar ..." accuses, it asks nothing; nor before
    a possessive, which opens a noun ("described the price as generous to Tressel's shareholders")."""
    finite = lexicon.perfect_auxiliaries | lexicon.passive_auxiliaries | lexicon.claims_now | lexicon.claimed_then
    for k, (word, _, _) in enumerate(after[:5]):  # the sixth word only tells what follows a marker
        if word in finite:
            return False
        if word in lexicon.infinitive_markers - lexicon.noun_linkers:
            following = after[k + 1][0] if k + 1 < len(after) else ""
            if judging and (following in lexicon.determiners or following.endswith(("'s", "’s"))):
                continue
            return True
    return False


def _key(word: str) -> str:
    """A word compared by its first letters: "agreed" is "agreeing", "erfuhr" is not "erfahren"."""
    return word[:5]


def _speaker_words(before: str, lexicon: Lexicon, stop: frozenset[str]) -> set[str]:
    """The content words that name who speaks: those before the saying word, less a relative
    clause between commas ("The guild, which represents 48 of the players, accused ...")."""
    kept = [part for part in before.split(",") if not (part.split()[:1] and part.split()[0].lower() in lexicon.relative_pronouns)]
    return {_key(w) for w, _, _ in _tokens(",".join(kept)) if w not in stop and len(w) > 2}


_PARTICLES = frozenset("de van von der den da di del le la".split())


def _names_person(before: str, lexicon: Lexicon) -> bool:
    """Whether the speaker before a saying word is a person: a personal pronoun just before it, or
    a name of two capitalised words (particles between) after a role in small letters or a comma
    ("owner, Colette Varnham", "officer Lotte de Vries"), or opening the sentence before a comma
    and a role ("Lena Hoff, director of ..."); not "The Montgomery County Police Department". A
    speaker after the last comma that opens with a determiner is the whole speaker ("Tallis Air will
    fly to Boise, the carrier announced": a body, though the claim names a person)."""
    comma = before.rfind(",")
    tail = before[comma + 1 :].split() if comma >= 0 else []
    if tail and tail[0].lower() in lexicon.determiners:
        # "..., the regional carrier announced": a speaker after the last comma is the whole speaker
        # (not "Martín Salcedo, visitó las fincas y dijo", where the comma closes an apposition).
        before = before[comma:]
    words = re.findall(r"[^\W\d_][\w'’\-]*|,", before)
    if words[-2:] and any(w.lower() in PERSON_PRONOUNS for w in words[-2:]):
        return True
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        j = i + 1
        while j < len(words) and words[j] in _PARTICLES:
            j += 1
        if j >= len(words) or not words[j][:1].isupper() or word.lower() in lexicon.titles:
            continue
        previous = words[i - 1] if i else ""
        if previous == "," or (previous[:1].islower() and previous.lower() not in _PARTICLES) or previous.lower() in lexicon.titles:
            return True
        after = words[j + 1 : j + 3]
        if not previous and after[:1] == [","] and after[1:] and after[1][:1].islower() and after[1].lower() not in lexicon.relative_pronouns:
            return True
    return False
