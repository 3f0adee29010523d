"""A party put on the other side of its verb: one argument is enough to tell a reversal.

`predicates._reversals` needs two names that a line and a source sentence both hold. A line
often keeps one party and swaps the other for a name the source gives elsewhere ("The club
accused the league of ..." from "Its chairman accused the club of ..."): the club is who
accuses in the line and who is accused in every source sentence with "accuse". Read from the
parse: a verb's subject side (subject, passive agent) and object side (object, passive subject),
compared by lemma, so that active and passive voice say the same. The owner of the object
("Ravel Post's proposal") stands on the object side: "the union turned down Ravel Post's
proposal" from "Ravel Post turned down the union's proposal" puts both on the other side.

Two verbs are one act when they share a lemma, a kind of act (`_families`: asking, blaming,
beating, warning, praising, funding, whichever word a line and its source choose) or, with WordNet,
a frequent sense. A party the sources put on both sides of the verb, or on the line's side anywhere, is left
alone; symmetric verbs ("met") and light ones ("have") say nothing of direction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarizer.verify.problems import Problem

SUBJECT, OBJECT = "subject", "object"

_SUBJECT_ARCS = frozenset({"nsubj"})
_OBJECT_ARCS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass", "dative"})
_RELATIVES = frozenset("who which that".split())
# Verbs whose two sides are no doer and no done-to ("met", "had") or that any party may do to
# itself in news's wording ("joined", "became").
_NO_DIRECTION = frozenset(
    """
    be have do get become remain seem include make take give meet marry face play draw tie merge talk speak
    clash compete partner fight battle negotiate join leave
    """.split()
)


@dataclass(frozen=True, slots=True)
class Argument:
    """One party of a verb: the verb's lemma, the side it stands on, and the words naming it."""

    verb: str
    side: str
    words: frozenset[str]
    head: str  # the word the phrase hangs on: "Greyhaven Terminals" is terminals, not greyhaven
    text: str
    named: bool  # a name (a party), not a noun that may be a thing ("signed a deal")
    verb_at: int = -1  # the verb's token index: two uses of one verb in a line are two acts

    def same_party(self, other: Argument) -> bool:
        """Whether two arguments name one party: one's head word among the other's words."""
        return self.head in other.words or other.head in self.words


def _party_words(token: Any) -> frozenset[str]:
    """The words that name a party: a name's parts ("Greyhaven Terminals"), else its noun's lemma."""
    if token.pos_ == "PROPN":
        return frozenset(t.lower_ for t in token.subtree if t.pos_ == "PROPN" and (t.i == token.i or t.dep_ in ("compound", "flat")))
    if token.pos_ == "NOUN":
        return frozenset({token.lemma_.lower()})
    return frozenset()


def _resolved(token: Any, verb: Any) -> Any:
    """A relative pronoun stands for the noun its clause hangs on ("the union, which accused")."""
    if token.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return token


def _subject_of_conjunct(verb: Any) -> Any | None:
    """ "The union met and accused the firm": a conjunct verb's subject is its first verb's."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return next((c for c in verb.head.children if c.dep_ in _SUBJECT_ARCS), None)
    return None


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)


def _owner(token: Any) -> bool:
    """A possessor that is a party: a name, or one thing with its own determiner ("the union's
    offer"); not a plural of a kind, which describes ("the women's final", "farmers' market")."""
    if token.dep_ != "poss":
        return False
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.tag_ == "NN" and any(c.dep_ == "det" for c in token.children))


def _addressed(verb: Any) -> tuple[str, Any] | None:
    """A verb that takes the party it is done to through a word of its own ("called on the
    government to fund", "appealed to the club to wait"): the verb with that word, as `_families`
    names it, and the word; None for any other."""
    for child in verb.children:
        if child.dep_ == "prep" and f"{verb.lemma_.lower()} {child.lower_}" in _addressing():
            return f"{verb.lemma_.lower()} {child.lower_}", child
    return None


def arguments(doc: Any) -> Iterator[tuple[Any, Argument]]:
    """Each (party's token, its `Argument`) of the verbs of a parsed sentence."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_DIRECTION:
            continue
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        found: list[tuple[Any, str]] = []
        addressed = _addressed(verb)
        if addressed is not None:
            lemma = addressed[0]
            found += [(c, OBJECT) for c in addressed[1].children if c.dep_ == "pobj"]
        for child in children:
            if child.dep_ in _SUBJECT_ARCS:
                found.append((_resolved(child, verb), SUBJECT))
            elif child.dep_ in _OBJECT_ARCS:
                found.append((_resolved(child, verb), OBJECT))
            elif child.dep_ == "agent":  # "was accused by the club"
                found += [(c, SUBJECT) for c in child.children if c.dep_ == "pobj"]
        if not any(side == SUBJECT for _, side in found) and not any(c.dep_ in ("nsubjpass", "nsubj:pass") for c in children):
            inherited = _subject_of_conjunct(verb)
            if inherited is not None:  # "... and could be withdrawn": the shared subject undergoes it
                found.append((inherited, OBJECT if _passive(verb) else SUBJECT))
        # The owner of what is done to ("turned down Ravel Post's proposal") stands on the object
        # side with it: the act meets it through its thing, as the subject's own act does not.
        found += [(c, OBJECT) for token, side in found if side == OBJECT for c in token.children if _owner(c)]
        for token, side in found:
            words = _party_words(token)
            if words:
                head = token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower()
                # An owner is a party, named or not ("the guild's offer").
                yield token, Argument(lemma, side, words, head, token.text, token.pos_ == "PROPN" or token.dep_ == "poss", verb.i)


# Senses of a verb read for a shared meaning: its most frequent ones ("hit" and "strike" share
# their first; "hit" and "reach" only a rare one, "hit a record").
_VERB_SENSES = 3


@lru_cache(maxsize=1)
def _families() -> tuple[frozenset[str], ...]:
    """English's kinds of act (`Lexicon.act_families`): "Kestova asked the authority to test" and
    "called on the authority to test" are one act with the same sides; WordNet puts most of them
    in senses apart."""
    from summarizer.verify.lexicon import lexicon

    return lexicon("english").act_families


@lru_cache(maxsize=1)
def _addressing() -> frozenset[str]:
    """The family verbs that take their party through a word of their own ("call on")."""
    return frozenset(verb for family in _families() for verb in family if " " in verb)


def _family(lemma: str) -> frozenset[str]:
    """The verbs of `lemma`'s family in `_families` (empty for a verb of none)."""
    return next((family for family in _families() if lemma in family), frozenset())


@lru_cache(maxsize=4096)
def same_act(one: str, other: str) -> bool:
    """Whether two verbs (lemmas) name one act: the same lemma, two of one `_families`, or,
    where WordNet is installed, one of their most frequent senses in common ("struck the barge" /
    "was hit by the barge"). Without WordNet only the same lemma and family count."""
    if one == other or other in _family(one):
        return True
    from summarizer.verify.wordnet import load_wordnet

    wordnet = load_wordnet()
    if wordnet is None:
        return False
    ours = wordnet.senses(one, "v")[:_VERB_SENSES]
    return bool(ours) and not set(ours).isdisjoint(wordnet.senses(other, "v")[:_VERB_SENSES])


@lru_cache(maxsize=4096)
def _acts_alike(lemma: str) -> frozenset[str]:
    """The other verbs of `lemma`'s most frequent senses ("strike" for "hit"); none without WordNet."""
    from summarizer.verify.wordnet import load_wordnet

    # ("called" may be "called on": the look before the parse takes it for either.)
    family = frozenset(verb.split()[0] for verb in (*_family(lemma), *(v for a in _addressing() if a.split()[0] == lemma for v in _family(a))))
    family |= frozenset(verb for pair in _converse_pairs() if lemma in pair for verb in pair)  # "sold" where the source has "bought"
    wordnet = load_wordnet()
    if wordnet is None:
        return family - {lemma}
    return (family | frozenset(w for o in wordnet.senses(lemma, "v")[:_VERB_SENSES] for w in wordnet.synset("v", o).words)) - {lemma}


def act_named_in(lemma: str, words: Iterable[str]) -> bool:
    """Whether `words` (a sentence's, lower case) hold a verb of the same act as `lemma` by
    another name ("struck" for "hit"): a cheap look before a source is parsed for its sides."""
    alike = _acts_alike(lemma)
    if not alike:
        return False
    from summarizer.verify.wordnet import load_wordnet

    wordnet = load_wordnet()
    if wordnet is None:  # a family's verbs by their regular forms ("urged", "blames")
        return any(word in alike or any(word.endswith(end) and word[: -len(end)] in alike for end in _ENDINGS) for word in words)
    return any(not alike.isdisjoint(wordnet.forms(word)) for word in words)


# Regular verb endings, taken off a word to find a `_families` verb without WordNet ("praised": "praise" or "prais").
_ENDINGS = ("s", "es", "d", "ed", "ing")


@lru_cache(maxsize=1)
def _converse_pairs() -> frozenset[frozenset[str]]:
    """English's converse verbs (`Lexicon.converse_verbs`: "buy sell"): one act told from each
    party's side, so that each party is the subject of one of them."""
    from summarizer.verify.lexicon import lexicon

    return frozenset(frozenset(pair.split()) for pair in lexicon("english").converse_verbs)


def _converses(one: str, other: str) -> bool:
    return frozenset({one, other}) in _converse_pairs()


def side_problems(line: Any, sources: Sequence[Any]) -> list[Problem]:
    """The line's parties that every cited sentence with the same verb puts on its other side,
    and none on the line's side; and a line's doer of a converse verb ("sold") whom the cited
    sentences make the doer of the other ("bought"), and never of its own (`line` and `sources`
    parsed)."""
    ours = [argument for _, argument in arguments(line)]
    # A named doer of a converse verb ("Halden sold the bakery to ...") is read whatever stands
    # on the other side: the other party is its converse's doer, named after "to" or "from".
    converse_doers = [a for a in ours if a.side == SUBJECT and a.named and any(a.verb in pair for pair in _converse_pairs())]
    # Only a verb with a party on each side in the line: "Ferrand signed a deal" is another
    # sense of "sign" than "Rovers signed Ferrand", and a verb with one side is often misread
    # (one use of the verb: "X crowned champions ... Y's side have been crowned" is two).
    # A verb of `_families` is done to a party by its very sense ("asked the island to fund"):
    # there a common noun on the other side is one too.
    paired = [a for a in ours if any(b.verb_at == a.verb_at and b.side != a.side and (b.named or _family(a.verb)) for b in ours)]
    if not paired and not converse_doers:
        return []
    theirs = [argument for doc in sources for _, argument in arguments(doc)]
    problems: list[Problem] = []
    for argument in converse_doers:
        if any(t.same_party(argument) and same_act(t.verb, argument.verb) for t in theirs):
            continue  # the sources have it do the line's own act somewhere
        converse = [t for t in theirs if t.side == SUBJECT and t.same_party(argument) and _converses(t.verb, argument.verb)]
        if converse:  # "X sold the mill to Y" where the source has X buy it: the other party's act
            problems.append(Problem(
                "relation", f"relation reversed: the line has {argument.text} do “{argument.verb}”, "
                f"its source has {argument.text} “{converse[0].verb}”, the other side of the same act"
            ))
    for argument in paired:
        if argument in converse_doers and problems:
            continue
        same_verb = [t for t in theirs if t.same_party(argument) and same_act(t.verb, argument.verb)]
        if not same_verb or any(t.side == argument.side for t in same_verb):
            continue
        if argument.side == SUBJECT:
            said = f"the line has {argument.text} do “{argument.verb}”, its source has it done to {argument.text}"
        else:
            said = f"the line has “{argument.verb}” done to {argument.text}, its source has {argument.text} do it"
        problems.append(Problem("relation", f"relation reversed: {said}"))
    return problems


def exchanged_side_problems(line: Any, sources: Sequence[Any]) -> list[Problem]:
    """Two parties that exchanged their places on two acts: the line has P on one side of a verb
    and Q on the same side of another ("proposed by Avery and seconded by Nandra"), the cited
    sentences have Q there on the first and P on the second ("Nandra, who proposed the motion";
    "seconded by Avery"), and neither where the line puts it. The two acts hold each other's
    parties, so no named counterpart is needed: the exchange is the whole evidence."""
    ours = [a for _, a in arguments(line)]
    if len(ours) < 2:
        return []
    theirs = [a for doc in sources for _, a in arguments(doc)]
    if len(theirs) < 2:
        return []

    def held(party: Argument, verb: str, side: str) -> list[Argument]:  # the sources' places of `party` on `verb`'s `side`
        return [t for t in theirs if t.side == side and same_act(t.verb, verb) and t.same_party(party)]

    for i, p in enumerate(ours):
        for q in ours[i + 1 :]:
            if p.side != q.side or p.verb_at == q.verb_at or same_act(p.verb, q.verb) or p.same_party(q):
                continue
            if not (p.named and q.named):
                continue  # a common noun may be the other's description ("Dana Whitlow, Pike's assistant, who helped")
            # Q on P's act and P on Q's act in the sources; neither where the line has it.
            if held(q, p.verb, p.side) and held(p, q.verb, q.side) and not held(p, p.verb, p.side) and not held(q, q.verb, q.side):
                role = "do" if p.side == SUBJECT else "undergo"
                return [Problem(
                    "relation", f"relation reversed: the line has {p.text} {role} “{p.verb}” and {q.text} “{q.verb}”; "
                    f"its sources the other way round"
                )]
    return []
