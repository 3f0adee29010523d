"""Who holds a claim in a source sentence, and two ways a line gets it wrong: a doubt kept but its
holder dropped, and the holder made the accused.

A hedge ("may", "is expected to", "vermutlich", "podrían", "aurait") says that a claim is not
established; news then says who holds it ("people familiar with the plans said", "according to
an internal briefing", "según fuentes del sector", "d'après plusieurs exposants", "erklärte der
Wahlleiter"). An uncertain claim is only as good as its holder, so the holder is part of the
claim: a line that keeps the doubt but drops who voices it presents a rumour, an estimate or a
forecast as the writer's own. (`predicates.certainty_problems` finds the doubt itself dropped;
`reported.unattributed_problems` a plain report told as fact.)

Read in words, in every language whose lexicon has saying words, on the source sentence that
holds most of the line's content words: a frame ("said", "according to", "laut", "selon") whose
holder (the words that name who speaks, up to a comma) the line lacks entirely, where the line
keeps a hedge of the source's claim and has no quotation, attributing hedge ("allegedly") or
frame of its own that holds that doubt (a line's frame holds the doubts after it, or before it
where it ends the line). A holder named only by a pronoun ("he said") is left alone: the line
may name the same person, and no words tell.

`accused_holder_problems`: a line that accuses the party its source sentence gives the claim to
("X warf Y vor, ..." where "Y kritisierte, X habe ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.verify.lexicon import Lexicon, joined
from summarizer.verify.marked_words import QUOTE_MARKS as _QUOTE_MARKS
from summarizer.verify.marked_words import SINGLE_QUOTE_OPENING
from summarizer.verify.predicates import (
    _ATTRIBUTING,
    _best_sentence,
    _hedge_places,
    _masked_words,
    _quoted_mask,
    _source_hedges,
    opens_with_viewpoint,
)
from summarizer.verify.problems import Problem

# Words and the punctuation that ends a holder's phrase; quotation marks end it too.
_TOKENS = re.compile(r"[\"“”«»„,;:()]|[^\W_][\w'’\-]*")
_STOPS = frozenset(",;:()\"“”«»„")
# Words a holder's phrase may run to: "people familiar with the plans", "Detective Inspector Gwen
# Harrow of Lisworth Police".
_HOLDER_SPAN = 8
# Words before a saying verb read as its subject: "Wahlleiter Bernd Oltmanns erklärte".
_SUBJECT_SPAN = 6


@dataclass(frozen=True, slots=True)
class Holder:
    """A frame of a source sentence and the content words that name who speaks in it."""

    frame: str
    words: tuple[str, ...]
    text: str
    at: int  # where the frame stands among the sentence's tokens (`_tokens`)


def _tokens(sentence: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKENS.findall(sentence)]


def _phrase(tokens: Sequence[str]) -> list[str]:
    """`tokens` up to the first punctuation mark."""
    phrase: list[str] = []
    for token in tokens:
        if token in _STOPS:
            break
        phrase.append(token)
    return phrase


def holders(sentence: str, lexicon: Lexicon, stop: frozenset[str], appositions: bool = False) -> list[Holder]:
    """Each frame of `sentence` with its holder: the phrase after "according to" (before
    "zufolge"), the subject before a saying verb back to the last comma ("..., the zoo said"), or
    after it where none stands there ("..., said the zoo"). A verb whose object is followed by an
    infinitive marker ("told the man to back off") gives an order, not a report: no frame.
    With `appositions`, a speaker set off by commas before the verb ("Its director, X, said")
    holds it (the doubt check reads so; the accusation checks, whose relation checks already
    read such a speaker, do not, lest one reversal be reported twice)."""
    tokens = _tokens(sentence)
    found: list[Holder] = []
    for i, token in enumerate(tokens):
        if token in lexicon.according:
            phrase = _phrase(tokens[i + 1 : i + 1 + _HOLDER_SPAN])
            phrase = phrase[1:] if phrase[:1] == ["to"] else phrase  # "according to"
        elif token in lexicon.saying or token in lexicon.accusing:
            after = _phrase(tokens[i + 1 : i + 1 + _HOLDER_SPAN])
            if lexicon.infinitive_markers & set(after[:4]) and token not in lexicon.accusing:
                continue  # (an accusation takes one: "acusa al Gobierno de ignorar")
            if i and tokens[i - 1] in lexicon.coordinators:
                continue  # "..., and accused the union": a joined verb, its speaker named further back
            if i and tokens[i - 1] in lexicon.passive_auxiliaries:
                continue  # "the landlord had been warned": its subject was told, it did not speak
            phrase = _subject(tokens, i, lexicon)
            if phrase[:1] and phrase[0] in lexicon.relative_pronouns and i - len(phrase) - 1 > 0 and tokens[i - len(phrase) - 1] == ",":
                # "Tierra Viva, que acusa al Gobierno ...": a relative clause's subject is the
                # phrase it hangs on, before the comma.
                phrase = _subject(tokens, i - len(phrase) - 1, lexicon)
            if appositions and not phrase and i and tokens[i - 1] == ",":
                phrase = _apposition(tokens, i - 1, lexicon)  # "Its managing director, Simon Varga, said"
            if not phrase and token not in lexicon.accusing:
                phrase = after[:4]  # "..., said the zoo"; after "accused" stands the accused
            # (A subject of small words only, "He said the trust had ...", is a pronoun: no words
            # name the holder, and those after the verb are the claim's.)
        else:
            continue
        words = _content(phrase, lexicon, stop)
        if words:
            found.append(Holder(token, words, " ".join(phrase), i))
    return found


def _subject(tokens: Sequence[str], at: int, lexicon: Lexicon) -> list[str]:
    """The words before the verb at `at` back to the last mark, read as its subject, less the
    auxiliaries that end them ("experts have warned" is held by "experts")."""
    phrase = list(reversed(_phrase(reversed(tokens[max(0, at - _SUBJECT_SPAN) : at]))))
    auxiliaries = joined(lexicon, "auxiliaries", "perfect_auxiliaries", "passive_auxiliaries")
    while phrase and phrase[-1] in auxiliaries:
        phrase.pop()
    return phrase


def _apposition(tokens: Sequence[str], comma: int, lexicon: Lexicon) -> list[str]:
    """The speaker set off by commas before a saying verb ("Its managing director, Simon Varga,
    said"): the phrase between the comma at `comma` and the one before it, with the phrase that
    it describes before that comma. Empty where the phrase opens the sentence ("Prices may rise,
    said Varga": the claim, its speaker after the verb) or reads as a clause (an auxiliary, a
    hedge or a complementiser in it)."""
    name = list(reversed(_phrase(reversed(tokens[max(0, comma - _HOLDER_SPAN) : comma]))))
    start = comma - len(name)
    clause_words = joined(lexicon, "auxiliaries", "perfect_auxiliaries", "passive_auxiliaries", "hedges", "complementisers")
    if not name or start < 1 or tokens[start - 1] != "," or clause_words & set(name):
        return []
    described = list(reversed(_phrase(reversed(tokens[max(0, start - 1 - _HOLDER_SPAN) : start - 1]))))
    return (described if not clause_words & set(described) else []) + name


def _best_source(
    words: Sequence[str], sources: Sequence[str], stop: frozenset[str],
) -> tuple[tuple[tuple[str, bool], ...], str] | None:
    """The source sentence holding most of the line's content words (`words`), as its masked
    words and its text; None for a line of fewer than three content words or no such sentence."""
    content = {w for w in words if w not in stop and len(w) > 2}
    best = _best_sentence(content, sources) if len(content) >= 3 else None
    if best is None:
        return None
    return best, next(s for s in sources if _quoted_mask(s) == best)


def _content(phrase: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> tuple[str, ...]:
    framing = joined(lexicon, "saying", "according", "auxiliaries", "perfect_auxiliaries", "passive_auxiliaries")
    return tuple(w for w in phrase if w not in stop and w not in framing and len(w) > 2)


def _held(words: Sequence[str], k: int, frames: Sequence[int], lexicon: Lexicon) -> bool:
    """Whether a frame of the line holds its doubt at `k`: one before it ("X said A may ..."), or
    one after it at the line's end with no clause of its own ("A may ..., X said")."""
    return any(f < k for f in frames) or any(
        f > k and len(words) - f <= _HOLDER_SPAN and not lexicon.that_words.intersection(words[f + 1 : f + 3]) for f in frames
    )


def _holders_of(sentence: str, doubts: set[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Holder]:
    """The holders of `doubts` (hedge words) where they stand in `sentence`: each one's nearest
    frame before it, else the first after it."""
    tokens = _tokens(sentence)
    found = holders(sentence, lexicon, stop, appositions=True)
    held: list[Holder] = []
    for place in (i for i, token in enumerate(tokens) if token in doubts):
        before = [h for h in found if h.at < place]
        after = [h for h in found if h.at > place]
        holder = before[-1] if before else after[0] if after else None
        if holder is not None and holder not in held:
            held.append(holder)
    return held


def _claim_parts(sentence: str, content: set[str]) -> list[str]:
    """The parts of `sentence` between semicolons that hold the line's claim: a frame after a
    semicolon ("The fault could cause stalls; Vallis said it knew of 14") holds the next claim."""
    parts = sentence.split(";")
    if len(parts) == 1:
        return parts
    shared = [len(content.intersection(_tokens(part))) for part in parts]
    return [part for part, n in zip(parts, shared) if n and 2 * n >= max(shared)]


def dropped_holder_problems(text: str, sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """The holder of a hedged claim dropped where the line keeps its hedge (see the module)."""
    if not lexicon.saying or any(mark in text for mark in _QUOTE_MARKS):
        return []
    words = list(_masked_words(text))
    kept = _hedge_places(words, lexicon)
    if not kept:
        return []  # cheap test first: most lines keep no hedge
    if SINGLE_QUOTE_OPENING.search(text):
        return []  # quoted with single marks ("activities ' take part in ... '"): someone's words, shown as such
    framing = joined(lexicon, "saying", "labelling", "contested", "according", "open_verbs") | _ATTRIBUTING
    # "are believed to": a hedge phrase, no one's belief named.
    frames = [k for k, w in enumerate(words) if w in framing and not (k in kept and w not in _ATTRIBUTING)]
    # An attributing hedge ("research suggests") is a frame of its own: it holds itself.
    unheld = [words[k] for k in kept if k not in frames and not _held(words, k, frames, lexicon)]
    if opens_with_viewpoint(text, lexicon) or frames and not unheld:
        return []  # someone holds each doubt in the line; whether the right one is another check's
    found_best = _best_source(words, sources, stop)
    if found_best is None:
        return []
    best, sentence = found_best
    content = {w for w in words if w not in stop and len(w) > 2}
    source = [w for w, _ in best]
    positions = [i for i, w in enumerate(source) if w in content]
    if not _source_hedges(best, positions[0], positions[-1], lexicon, stop) and not any(
        tuple(words[k : k + 2]) in pairs for k in kept for pairs in [set(zip(source, source[1:]))]
    ):
        return []  # the line's doubt is its own, not the source's ("is believed to" in both is the source's)
    parts = _claim_parts(sentence, content)
    found = [h for part in parts for h in holders(part, lexicon, stop, appositions=True)]
    if frames:
        # The line reports some of its doubts: those it leaves unheld are held in the source by
        # the frame nearest before them, or the first after ("According to X, A may ..., although
        # officials warned that B could ...": "may" is X's, "could" the officials').
        found = [h for part in parts for h in _holders_of(part, set(unheld), lexicon, stop)]
    if not found or any(_names_holder(holder.words, words, sentence) for holder in found):
        return []
    holder = found[0]
    return [Problem(
        "attribution", f"attribution dropped: its source gives this doubted claim to “{holder.text}” "
        f"(“{holder.frame}”); the line keeps the doubt but not whose it is"
    )]


_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\S")


def _names_holder(holder: Sequence[str], line: Sequence[str], sentence: str) -> bool:
    """Whether the line names the holder: two of its words, or one that does not open a longer
    name in the source. A name's first words alone name something else, most often the place it
    is named after ("vecinos de Taralo" does not name "la asociación Taralo Salud"; "the Herald"
    names "the Ashcombe Herald", "Brandt" names "Dr Kofi Brandt")."""
    shared = [w for w in holder if _overlap([w], line)]
    if len(shared) >= 2:
        return True
    tokens = _NAME_WORD.findall(sentence)
    openers = {
        a.lower().replace("’", "'") for k, (a, b) in enumerate(zip(tokens, tokens[1:]))
        if k and a[:1].isupper() and b[:1].isupper()
    }
    return any(w not in openers for w in shared)


def _accused(tokens: Sequence[str], at: int, stop: frozenset[str]) -> tuple[int, int]:
    """Where the party after the accusing verb at `at` stands: its words past the small ones
    before it, up to the next small word or mark ("dem Naturschutzbund Ostfelden vor", "a la
    empresa de", "the council of")."""
    start = at + 1
    while start < len(tokens) and tokens[start] in stop:
        start += 1
    end = start
    while end < min(len(tokens), at + 1 + _HOLDER_SPAN) and tokens[end] not in stop and tokens[end] not in _STOPS:
        end += 1
    return start, end


def accused_holder_problems(text: str, sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """The accuser made the accused: the line accuses the party that its source sentence gives
    the claim to ("Der Wasserverband warf dem Naturschutzbund vor, ... ignoriert zu haben" from
    "Der Naturschutzbund kritisierte, der Verband habe ... ignoriert"). A party does not accuse
    itself: whoever holds the claim in the source is its accuser, never its target."""
    if not lexicon.accusing:
        return []
    lowered = text.lower().replace("’", "'")
    if not any(word in lowered for word in lexicon.accusing):
        return []  # cheap test first: an accusing word is a token, so a part of the text
    tokens = _tokens(text)
    at = next((i for i, token in enumerate(tokens) if token in lexicon.accusing), None)
    if at is None or (at and tokens[at - 1] in lexicon.passive_auxiliaries):
        return []  # none, or "was accused by": the accuser after the verb
    start, end = _accused(tokens, at, stop)
    accused = _content(tokens[start:end], lexicon, stop)
    accuser = _content(_subject(tokens, at, lexicon), lexicon, stop)
    if not accused:
        return []
    found_best = _best_source(list(_masked_words(text)), sources, stop)
    if found_best is None:
        return []
    _, sentence = found_best
    for holder in holders(sentence, lexicon, stop):
        if _overlap(holder.words, accused) and not _overlap(holder.words, accuser):
            return [Problem(
                "relation", f"relation reversed: the line accuses {' '.join(_TOKENS.findall(text)[start:end])}, whom its source "
                f"has make the claim (“{holder.text}” … “{holder.frame}”)"
            )]
    return []


def other_accused_problems(text: str, sources: Sequence[str], article: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """Another party of the article accused: the line's accusing verb has a target that its source
    sentence's accusation does not name, and that the article names elsewhere ("a reproché à la
    ministre" where the source "a reproché aux organisateurs", and the minister speaks in another
    sentence). A target the article never names may be the source's in other words: it passes."""
    if not lexicon.accusing or not article:
        return []
    lowered = text.lower().replace("’", "'")
    if not any(word in lowered for word in lexicon.accusing):
        return []
    tokens = _tokens(text)
    at = next((i for i, token in enumerate(tokens) if token in lexicon.accusing), None)
    if at is None or (at and tokens[at - 1] in lexicon.passive_auxiliaries):
        return []
    start, end = _accused(tokens, at, stop)
    accused = _content(tokens[start:end], lexicon, stop)
    found_best = _best_source(list(_masked_words(text)), sources, stop)
    if not accused or found_best is None:
        return []
    sentence = _tokens(found_best[1])
    theirs = [
        _content(sentence[a:b], lexicon, stop)
        for i, token in enumerate(sentence) if token in lexicon.accusing and not (i and sentence[i - 1] in lexicon.passive_auxiliaries)
        for a, b in [_accused(sentence, i, stop)]
    ]
    if not theirs or not all(theirs) or any(_overlap(accused, their) for their in theirs) or _overlap(accused, sentence):
        return []
    shown = _TOKENS.findall(text)[start:end]
    if not any(w[:1].isupper() for w in shown):
        return []  # a party is named ("la ministre Sophie Castagné"); a common noun may describe the source's
    named_elsewhere = {w for other in article for w in _tokens(other)}
    if not all(w in named_elsewhere for w in accused):
        return []
    return [Problem("relation", f"relation not in its sources: the line accuses {' '.join(shown)}, its source {' '.join(theirs[0])}")]


def _overlap(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether a word of one names a word of the other: the same word, or one in two inflections
    sharing all but two letters of the shorter and at least four ("parents", "parent"; not
    "council" and "could")."""
    return any(a == b or (min(len(a), len(b)) >= 4 and a[: max(4, min(len(a), len(b)) - 2)] == b[: max(4, min(len(a), len(b)) - 2)])
               for a in ours for b in theirs)
