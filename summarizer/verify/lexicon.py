"""What the verify stage reads of a language: its words and the checks it takes part in.

Every word list is the language's module's (`summarizer/lang/<code>.py`): titles, negation,
hedging, saying, clause-taking verbs, dates, judgement words, opposites, multipliers, ... This
module only gathers them into one cached view per language, in the shapes the checks use. A
language with none of these words gets empty sets: the checks that need them step aside rather
than guess. French and Spanish news put unconfirmed facts in the conditional ("aurait",
"habría"), so their modules list those forms as hedges.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    negative_verbs: frozenset[str] = frozenset()  # "denied", "lacks": negate alone
    negative_infinitive_verbs: frozenset[str] = frozenset()  # "failed", "refused": negate before a marker
    privative_words: frozenset[str] = frozenset()  # "suspended", "closed", "unknown": negate by meaning
    shortfall_phrases: tuple[tuple[str, ...], ...] = ()  # "too few", "short of": each as its words
    whole_words: frozenset[str] = frozenset()  # "whole", "every": "the whole X" is "every part of X"
    converse_verbs: frozenset[str] = frozenset()  # "buy sell": one event told from either side
    act_families: tuple[frozenset[str], ...] = ()  # {"ask", "urge", "call on"}: one act, same sides
    expletives: frozenset[str] = frozenset()  # "it" in "it is clear that": a subject that is no one
    male_words: frozenset[str] = frozenset()  # "he", "mr": one man
    female_words: frozenset[str] = frozenset()  # "she", "mrs": one woman
    excess_words: frozenset[str] = frozenset()  # "too": "too infrequent" is "not often enough"
    sufficiency_words: frozenset[str] = frozenset()  # "enough", "assez"
    infinitive_markers: frozenset[str] = frozenset()
    contrast_phrases: tuple[tuple[str, ...], ...] = ()  # "rather than": each as its words
    unless_phrases: tuple[tuple[str, ...], ...] = ()  # "unless", "à moins que": "if not", each as its words
    privative_phrases: tuple[tuple[str, ...], ...] = ()  # "out of" (control): each as its words
    doubt_nouns: frozenset[str] = frozenset()  # "doute": "sans doute" negates nothing
    ruling_out: frozenset[str] = frozenset()  # "exclut": negated, says "possible"
    possibility: frozenset[str] = frozenset()  # "possible", "envisageable"
    only_words: frozenset[str] = frozenset()  # "only ... once" for "not ... until"
    act_nouns: frozenset[str] = frozenset()  # "the ban", "the veto": one act, named either way
    kind_nouns: frozenset[str] = frozenset()  # "the type of", "the kind of": either names a kind
    comparison_words: frozenset[str] = frozenset()  # "compared with 67% for ..."
    range_words: frozenset[str] = frozenset()  # "from 187 votes to 212"
    lead_words: frozenset[str] = frozenset()  # "more", "lead", "Vorsprung" after a figure (verify/margins.py)
    led_markers: frozenset[str] = frozenset()  # "than", "over", "vor": before the one led
    disputing_verbs: frozenset[str] = frozenset()  # "disputes", "conteste": a claim disputed (verify/disputes.py)
    ahead_words: frozenset[str] = frozenset()  # "ahead of", "devant": a name ahead, then one behind (verify/ranks.py)
    behind_words: frozenset[str] = frozenset()  # "behind", "derrière": a name behind, then one ahead
    winning_words: frozenset[str] = frozenset()  # "won", "imposé": after a name that ranks first
    until_words: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()  # the module's hedges less those that more often plan
    hedge_phrases: frozenset[str] = frozenset()  # two words: "expected to"
    kept_hedge_phrases: frozenset[str] = frozenset()  # "set to": a hedge kept, read in a line only
    kept_hedge_words: frozenset[str] = frozenset()  # "should": a forecast's doubt kept, read in a line only
    ability_modals: frozenset[str] = frozenset()  # "could": no doubt under a negation
    conditional_endings: tuple[str, ...] = ()  # "coûteraient", "costaría": a verb in the conditional
    reported_conditionals: frozenset[str] = frozenset()  # "serait" after "a dit que": reported future
    that_words: frozenset[str] = frozenset()
    saying: frozenset[str] = frozenset()
    open_verbs: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    date_abbreviations: tuple[tuple[str, str], ...] = ()  # ("jan", "january"): see `Language`
    place_abbreviations: tuple[tuple[str, str], ...] = ()  # ("Vt.", "Vermont"): see `Language`
    title_abbreviations: tuple[tuple[str, str], ...] = ()  # ("CEO", "chief executive"): see `Language`
    rate_words: frozenset[str] = frozenset()  # "in", "out of": "six in ten" (verify/rates.py)
    percent_words: frozenset[str] = frozenset()  # "percent", "per cent": "60 percent"
    fractions: dict[str, int] = field(default_factory=dict)  # "third" -> 3, "Viertel" -> 4 (verify/rates.py)
    ordinal_suffixes: tuple[str, ...] = ()  # "rd" of "3rd", "e" of "3e" (verify/literal.py)
    judgement: frozenset[str] = frozenset()
    # Verbs that give a judgement in words as saying words give words ("called the plan costly").
    labelling: frozenset[str] = frozenset()
    accusing: frozenset[str] = frozenset()  # "warf ... vor", "acusó a ... de": read by `reported.py` only
    # A claim put now ("is safe", "should have") and the tense a report puts it in ("said it was
    # safe", German "sagte, sie sei"): a line in the first from a source in the second after a
    # saying word states as fact what someone said.
    claims_now: frozenset[str] = frozenset()
    claimed_then: frozenset[str] = frozenset()
    opinion: frozenset[str] = frozenset()  # modals of judgement ("should have sent him off"): someone's view
    pending: frozenset[str] = frozenset()
    had: frozenset[str] = frozenset()
    still_pending: frozenset[str] = frozenset()
    stand_ins: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()  # that may stand for a speaker
    passive_auxiliaries: frozenset[str] = frozenset()
    agent_words: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    pointing: frozenset[str] = frozenset()  # "the", "this": a noun after one means something named
    place_prepositions: frozenset[str] = frozenset()  # "in", "near": a name after one is a place
    body_roles: frozenset[str] = frozenset()  # "chief executive": a role of the article's main body
    noun_linkers: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    naming_relatives: frozenset[str] = frozenset()
    pronoun_kinds: tuple[frozenset[str], ...] = ()
    part_of_words: frozenset[str] = frozenset()
    place_kind_nouns: frozenset[str] = frozenset()
    rank_prefixes: frozenset[str] = frozenset()
    ranking_words: frozenset[str] = frozenset()
    opposites: tuple[str, ...] = ()  # groups, sides split by "|"
    separable_particles: frozenset[str] = frozenset()  # "zurück" in "wies ... zurück"
    synonyms: tuple[str, ...] = ()  # groups of nouns for one thing: "bid bids offer offers"
    multipliers: dict[str, float] = field(default_factory=dict)  # word -> factor
    multiplying_words: frozenset[str] = frozenset()  # "times", "multiplied": a number multiplies
    scales: dict[str, float] = field(default_factory=dict)  # word -> value
    currencies: dict[str, str] = field(default_factory=dict)  # word -> currency family
    time_units: dict[str, int] = field(default_factory=dict)  # "weeks" -> 604800 seconds (`Language.time_units`)
    counts: dict[str, str] = field(default_factory=dict)  # number word -> digits ("six" -> "6")
    spelled: dict[str, int] = field(default_factory=dict)  # "twenty" -> 20 (verify/spelled.py)
    number_joiners: frozenset[str] = frozenset()  # "und", "et", "y"
    number_homographs: frozenset[str] = frozenset()  # "neuf": a number after a small word only
    number_idioms: frozenset[str] = frozenset()  # "les deux": both (verify/spelled.py)
    fraction_endings: tuple[str, ...] = ()  # "cinquièmes": a fraction's denominator
    ordinals: dict[str, int] = field(default_factory=dict)  # "third" -> 3 (verify/ordinals.py)
    occurrences: frozenset[str] = frozenset()  # "times", "reprises": how often, after a number
    span_counts: dict[str, float] = field(default_factory=dict)  # "a" -> 1, "half a" -> 0.5 (verify/spans.py)
    span_and_half: frozenset[str] = frozenset()  # "and a half"
    decimal_point: bool = False
    relation_checks: bool = False
    nouns_capitalised: bool = False
    name_endings: int = 0  # letters a name's case ending may take (Language.name_endings)
    stem_alternations: tuple[str, ...] = ()
    parser_pipelines: tuple[str, ...] = ()
    # Words that give a claim as one side's case ("argued", "alleged"), and those that give it as
    # someone's ("according", "según"): a line stating it with no one making it takes a side.
    contested: frozenset[str] = frozenset()
    according: frozenset[str] = frozenset()
    believing: frozenset[str] = frozenset()  # "believes", "opina": a view's holder (`reported.py`)
    viewpoint: frozenset[str] = frozenset()  # "Pour Anne Roux, ...": whose view, at the line's start
    report_nouns: frozenset[str] = frozenset()  # "nach Angaben der Polizei": a source with no verb
    origins: frozenset[str] = frozenset()  # "from": where a thing moves from
    goals: frozenset[str] = frozenset()  # "into": where it moves to
    paired_goals: frozenset[str] = frozenset()  # "to": where it moves to, only after a "from"
    owner_linkers: frozenset[str] = frozenset()  # German "des", "der": a noun's owner after it
    unfinished_ends: frozenset[str] = frozenset()  # "the", "que", "für": no sentence ends on one
    unmarked_unfinished_ends: frozenset[str] = frozenset()  # "han", "would": at a line's bare end
    complementisers: frozenset[str] = frozenset()  # "that", "que", "dass"
    adversatives: frozenset[str] = frozenset()  # "but", "mais": coordinators that set against
    clause_openers: frozenset[str] = frozenset()  # "although", "while", "obwohl": a subordinate clause starts
    auxiliaries: frozenset[str] = frozenset()  # "was", "has": need more after them
    prepositions: frozenset[str] = frozenset()  # German: lowercase words that are no verb
    relative_openers: frozenset[str] = frozenset()  # German "die", "der" after a comma
    coordinators: frozenset[str] = frozenset()  # "und", "oder"
    infinitive_openers: frozenset[str] = frozenset()  # German "um": an infinitive clause follows
    final_infinitive_markers: frozenset[str] = frozenset()  # German "zu" before a clause-final infinitive
    transfer_verbs: frozenset[str] = frozenset()  # "verkaufen", "céder": hand a thing over
    counterpart_words: frozenset[str] = frozenset()  # "an", "à": their other party follows
    target_words: frozenset[str] = frozenset()  # "gegen", "contre": an act's target follows
    verb_endings: tuple[str, ...] = ()  # German "-en", "-t": a verb form's possible last letters
    unended_verbs: frozenset[str] = frozenset()  # German "muss", "soll": verb forms without them
    wordnet: bool = False  # WordNet covers the language's words (English): checks that read it run

    def negates_at(self, words: Sequence[str], k: int) -> bool:
        """Whether `words[k]` (lower case) negates by its meaning: a negative verb ("denied",
        "bestritt"), or one that negates before the infinitive's marker ("failed to", "refusé de")."""
        word = words[k]
        if word in self.negative_verbs or word in self.privative_words:
            return True
        if word not in self.negative_infinitive_verbs or k + 1 >= len(words):
            return False
        after = words[k + 1].replace("’", "'")
        # An elided marker is written onto its verb ("refusé d'avancer"): the marker starts the word.
        return after in self.infinitive_markers or any(
            m.endswith("'") and after.startswith(m) and len(after) > len(m) for m in self.infinitive_markers
        )

    def negating(self, words: Sequence[str], negations: frozenset[str]) -> list[str]:
        """The words of `words` (lower case) that negate: those of `negations` and "n't" forms,
        less one that denies a doubt ("no doubt", "sans doute", "sans aucun doute"): an adverb
        of likelihood, not a negation of the claim."""
        return [
            w for k, w in enumerate(words)
            if (w in negations or w.endswith("n't")) and not any(d in self.doubt_nouns for d in words[k + 1 : k + 3])
        ]

    def falls_short_at(self, words: Sequence[str], k: int, line: Sequence[str]) -> bool:
        """Whether a shortfall starts at `words[k]` ("too few aircraft" is "not enough aircraft"),
        one that the `line` (its words) does not repeat: "no shortage of beds" denies "a shortage
        of beds" rather than restating it."""
        return any(
            tuple(words[k : k + len(phrase)]) == phrase
            and not any(tuple(line[i : i + len(phrase)]) == phrase for i in range(len(line)))
            for phrase in self.shortfall_phrases
        )

    def overshoots_at(self, words: Sequence[str], k: int, line: Sequence[str]) -> bool:
        """Whether an excess starts at `words[k]` ("too infrequent", "trop lent") that the `line`
        (its words) says as a shortfall of the opposite pole ("not often enough", "pas assez
        rapide"): the line holds a sufficiency word and not the excess's own word, whose "not ...
        enough" would say the reverse ("too often" / "not often enough")."""
        if words[k] not in self.excess_words or k + 1 >= len(words) or not self.sufficiency_words & set(line):
            return False
        scale = words[k + 1]
        return scale.isalpha() and not any(_same_word(scale, word) for word in line)

    def conditional(self, word: str) -> bool:
        """Whether `word` (lower case) is a verb in the conditional mood, which hedges as "could"
        does ("les travaux coûteraient", "costaría"); not a noun ending alike ("portrait")."""
        return len(word) > 5 and word.endswith(self.conditional_endings) and not word.endswith("trait")


# (id of a lexicon, its fields) -> (that lexicon, the union of those fields); the lexicon is held
# so that its id is never another's.
_JOINED: dict[tuple[int, tuple[str, ...]], tuple[Lexicon, frozenset[str]]] = {}


def joined(words: Lexicon, *fields: str) -> frozenset[str]:
    """The union of these word sets of `words` ("saying", "labelling"), built once per lexicon:
    checks ask for one on every line, and a lexicon's frozen sets never change."""
    key = (id(words), fields)
    held = _JOINED.get(key)
    if held is None or held[0] is not words:
        held = _JOINED[key] = (words, frozenset().union(*(getattr(words, field) for field in fields)))
    return held[1]


@lru_cache(maxsize=64)
def lexicon(language: str) -> Lexicon:
    """The words of `language` (a name or code); empty sets where none are written."""
    import summarizer.lang as lang

    try:
        info = lang.get(language)
    except Exception:  # noqa: BLE001 - a language the registry does not know: no words
        return Lexicon()
    return Lexicon(
        titles=info.titles,
        negations=info.negations,
        negative_verbs=info.negative_verbs,
        negative_infinitive_verbs=info.negative_infinitive_verbs,
        privative_words=info.privative_words,
        shortfall_phrases=tuple(sorted(tuple(phrase.split()) for phrase in info.shortfall_phrases)),
        whole_words=info.whole_words,
        converse_verbs=info.converse_verbs,
        act_families=tuple(frozenset(family.split(",")) for family in info.act_families),
        expletives=info.expletives,
        male_words=info.male_words,
        female_words=info.female_words,
        excess_words=info.excess_words,
        sufficiency_words=info.sufficiency_words,
        infinitive_markers=info.infinitive_markers,
        contrast_phrases=tuple(sorted(tuple(phrase.split()) for phrase in info.contrast_phrases)),
        unless_phrases=tuple(sorted(tuple(phrase.split()) for phrase in info.unless_phrases)),
        privative_phrases=tuple(sorted(tuple(phrase.split()) for phrase in info.privative_phrases)),
        doubt_nouns=info.doubt_nouns,
        ruling_out=info.ruling_out_verbs,
        possibility=info.possibility_words,
        only_words=info.only_words,
        act_nouns=info.act_nouns,
        kind_nouns=info.kind_nouns,
        comparison_words=info.comparison_words,
        range_words=info.range_words,
        lead_words=info.lead_words,
        led_markers=info.led_markers,
        disputing_verbs=info.disputing_verbs,
        ahead_words=info.ahead_words,
        behind_words=info.behind_words,
        winning_words=info.winning_words,
        until_words=info.until_words,
        hedges=info.hedges - info.planning_words,
        hedge_phrases=info.hedge_phrases,
        kept_hedge_phrases=info.kept_hedge_phrases,
        kept_hedge_words=info.kept_hedge_words,
        ability_modals=info.ability_modals,
        conditional_endings=info.conditional_endings,
        reported_conditionals=info.reported_conditionals,
        that_words=info.that_words,
        saying=info.saying_words,
        open_verbs=info.open_verbs,
        dates=info.date_words,
        date_abbreviations=info.date_abbreviations,
        place_abbreviations=info.place_abbreviations,
        title_abbreviations=info.title_abbreviations,
        rate_words=info.rate_words,
        percent_words=info.percent_words,
        ordinal_suffixes=info.ordinal_suffixes,
        fractions={word: denominator for denominator, written in info.fraction_words for word in written.split()},
        judgement=info.judgement_words,
        labelling=info.labelling_words,
        accusing=info.accusing_words,
        claims_now=info.claims_now,
        claimed_then=info.claimed_then,
        opinion=info.opinion_words,
        pending=info.pending_words,
        had=info.had_words,
        still_pending=info.still_pending_words,
        stand_ins=info.stand_in_nouns,
        perfect_auxiliaries=info.perfect_auxiliaries,
        pronouns=info.speaker_pronouns,
        passive_auxiliaries=info.passive_auxiliaries,
        agent_words=info.agent_words,
        determiners=info.determiners,
        pointing=info.pointing_words,
        place_prepositions=info.place_prepositions,
        body_roles=info.body_roles,
        noun_linkers=info.noun_linkers,
        place_words=info.place_words,
        relative_pronouns=info.relative_pronouns,
        naming_relatives=info.naming_relatives,
        pronoun_kinds=tuple(frozenset(group.split()) for group in info.pronoun_kinds),
        part_of_words=info.part_of_words,
        place_kind_nouns=info.place_kind_nouns,
        rank_prefixes=info.rank_prefixes,
        ranking_words=info.ranking_words,
        opposites=info.opposites,
        separable_particles=info.separable_particles,
        synonyms=info.synonyms,
        multipliers={word: factor for factor, written in info.multipliers for word in written.split()},
        multiplying_words=info.multiplying_words,
        scales={word: value for value, written in info.scale_words for word in written.split()},
        currencies={word: family for family, written in info.currency_words for word in written.split()},
        time_units={word: seconds for seconds, written in info.time_units for word in written.split()},
        counts={word: str(n) for n, word in enumerate(info.number_words)},
        spelled={word: value for value, written in info.spelled_numbers for word in written.split()},
        number_joiners=info.number_joiners,
        number_homographs=info.number_homographs,
        number_idioms=info.number_idioms,
        fraction_endings=info.fraction_endings,
        ordinals={word: value for value, written in info.ordinal_numbers for word in written.split()},
        occurrences=info.occurrence_words,
        span_counts={phrase: value for value, written in info.span_counts for phrase in written.split("|")},
        span_and_half=info.span_and_half,
        decimal_point=info.decimal_point,
        relation_checks=info.relation_checks,
        nouns_capitalised=info.nouns_capitalised,
        name_endings=info.name_endings,
        stem_alternations=info.stem_alternations,
        parser_pipelines=info.parser_pipelines,
        contested=info.contested_words | info.according_words,
        according=info.according_words,
        believing=info.believing_words,
        viewpoint=info.viewpoint_words,
        report_nouns=info.report_nouns,
        origins=info.origin_words,
        goals=info.goal_words,
        paired_goals=info.paired_goal_words,
        owner_linkers=info.owner_linkers,
        unfinished_ends=info.unfinished_ends,
        unmarked_unfinished_ends=info.unmarked_unfinished_ends,
        complementisers=info.complementisers,
        adversatives=info.adversatives,
        clause_openers=frozenset(info.clause_openers),
        auxiliaries=info.auxiliaries,
        prepositions=info.prepositions,
        relative_openers=info.relative_openers,
        coordinators=info.coordinators,
        infinitive_openers=info.infinitive_openers,
        final_infinitive_markers=info.final_infinitive_markers,
        transfer_verbs=info.transfer_verbs,
        counterpart_words=info.counterpart_words,
        target_words=info.target_words,
        verb_endings=info.verb_endings,
        unended_verbs=info.unended_verbs,
        wordnet=info.wordnet,
    )


def _same_word(one: str, other: str) -> bool:
    """Whether two lower-cased words are one word in other endings ("frequent", "frequently"):
    equal, or sharing their first five letters. Cheap, with no stemmer: a prefix ("infrequent")
    makes another word, as it should here."""
    return one == other or (len(one) >= 5 and len(other) >= 5 and one[:5] == other[:5])


# An article, preposition or "que" written onto the next word: "d'avancer", "l'agence", "qu'il".
_ELIDED = re.compile(r"^(?:qu|[a-z])['’](?=\w)")


def unelided(lower: str) -> str:
    """A lower-cased word without the elided article, preposition or "que" written onto it
    ("d'avancer" is "avancer"); other words as they are."""
    return _ELIDED.sub("", lower)
