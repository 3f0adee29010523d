"""A noun's owner exchanged: "die Informationspolitik des Landesamts" where the cited sentence
has "die Informationspolitik der Bahn".

Lexical, for languages whose module lists `owner_linkers` (German: "des", "der" after a noun
are its genitive owner). Where every noun takes a capital the word-distance relation checks step
aside (`relations.py` cannot tell names from nouns), so nothing else looks at whose a thing is.
Only a line whose noun the cited sentences give another owner, and never the line's, counts;
an owner that a cited sentence names anywhere may be a rewording ("der Bahn" / "des Betreibers"
in one sentence) and is left alone. So is a source owner that is a stand-in noun ("des
Unternehmens" may be any company) or that the article names in no other sentence: a party the
article names once may be a description the line rewords ("der Verstorbenen" / "der Toten").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.verify.lexicon import Lexicon
from summarizer.verify.predicates import quote_marked
from summarizer.verify.problems import Problem

_OWNER_REACH = 3  # words after the linker where its owner may stand ("der zuständigen Landesbahn")


def _owned(words: Sequence[str], linkers: frozenset[str]) -> list[tuple[str, str]]:
    """(noun, owner) for each capitalised noun that a linker joins to a capitalised owner after it."""
    found = []
    for k in range(1, len(words) - 2):
        noun, linker = words[k], words[k + 1]
        if not noun[:1].isupper() or linker not in linkers:
            continue
        owner = next((w for w in words[k + 2 : k + 2 + _OWNER_REACH] if w[:1].isupper()), None)
        if owner is not None:
            found.append((noun, owner))
    return found


def owner_problems(
    text: str, sources: Sequence[str], article: Sequence[str], lexicon: Lexicon, stem: Callable[[str], str],
) -> list[Problem]:
    """The line's "noun + linker + owner" whose noun the cited sentences give only other owners,
    each a party the article names in another sentence too."""
    if not lexicon.owner_linkers:
        return []
    ours = _owned([w for w, _, _ in quote_marked(text)], lexicon.owner_linkers)
    if not ours:
        return []
    problems = []
    for noun, owner in ours:
        theirs = []
        for sentence in sources:
            words = [w for w, _, _ in quote_marked(sentence)]
            if any(stem(w.lower()) == stem(owner.lower()) for w in words):
                theirs = []
                break  # the owner is in a cited sentence: a rewording, not another owner
            theirs += [o for n, o in _owned(words, lexicon.owner_linkers) if stem(n.lower()) == stem(noun.lower())]
        stand_ins = {stem(w) for w in lexicon.stand_ins}
        theirs = [o for o in theirs if stem(o.lower()) not in stand_ins and _named_elsewhere(o, sources, article, stem)]
        if theirs:
            problems.append(Problem(
                "relation", f"relation not in its sources: the line has “{noun} … {owner}”, its source “{noun} … {theirs[0]}”"
            ))
    return problems


def _named_elsewhere(owner: str, sources: Sequence[str], article: Sequence[str], stem: Callable[[str], str]) -> bool:
    """Whether an article sentence other than the cited ones holds `owner`: any form of it, or a
    compound it ends ("Regionalbahn" for "Bahn": German puts a compound's head last)."""
    wanted = stem(owner.lower())
    cited = set(sources)
    return any(
        sentence not in cited and any(stem(w.lower()) == wanted or w.lower().endswith(wanted) for w, _, _ in quote_marked(sentence))
        for sentence in article
    )
