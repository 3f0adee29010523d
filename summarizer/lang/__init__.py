"""Languages: each one's resources and rules in one place, found through one registry.

A language with rules of its own is one module here (`en.py`, `de.py`, ...) holding a
`LANGUAGE = Language(...)`: its sentence-splitting supplements, stopwords and stemmer, the words
that mark first person and speakers, date and judgement words, and the negation, hedging and
saying words the verify stage may use. The modules are listed in `summarizer/components.py`
(`LANGUAGES`); another package adds one through the ``summarizer.languages`` entry-point group,
named by its ISO code. A contributor adds Catalan by writing `ca.py` and one line there.

Every other language the detector knows (`NAMES`) is read by the universal path: sentences by
the universal splitter, stopwords from `stopwordsiso` where it has them, nltk's Snowball stemmer
where it has one for the language (Arabic), else no stemmer. Nothing here imports numpy or nltk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.errors import OptionsError
from summarizer.scripts import CHARS_PER_WORD, UNSPACED_LETTERS, word_count  # noqa: F401 - word_count is this module's too

_EMPTY: frozenset[str] = frozenset()

# Lengths of the units of time in seconds, for `Language.time_units` (a month is a twelfth of a
# year of 365 days: "12 months" is "a year", "52 weeks" is not quite one).
SECOND, MINUTE, HOUR, DAY, WEEK = 1, 60, 3600, 86400, 604800
YEAR = 365 * DAY
MONTH = YEAR // 12


def words(text: str) -> frozenset[str]:
    """A word set from the space-separated lists the language modules are written in."""
    return frozenset(text.split())


def chat_lines(body: str) -> re.Pattern[str]:
    """A pattern for `Language.chat_preamble` or `chat_sign_off`: one or more of the sentences
    `body` (verbose alternatives, without their final marks) on one line ("i hope this helps!
    let me know if you have questions")."""
    return re.compile(f"(?:{body})(?:[.!?…]+\\s*[¡¿]?(?:{body}))*", re.VERBOSE)


class ClauseStart:
    r"""`re.compile(r"(?:^|[.;:]\s+)(?:body)", flags)` for `search`: the body at the text's start or
    after a ".", ";" or ":" and the spaces after it. Searched as two patterns, the body matched at
    the start, then the body after a stop, which starts with the stop's character set: the regex
    engine then jumps from stop to stop instead of trying the whole pattern at every character
    (2x faster on a sentence). `search` returns the same match the single pattern would."""

    def __init__(self, body: str, flags: int = 0):
        self.pattern = f"(?:^|[.;:]\\s+)(?:{body})"  # the single pattern it stands for
        self.flags = flags
        self._at_start = re.compile(f"(?:{body})", flags)
        self._after_stop = re.compile(f"[.;:]\\s+(?:{body})", flags)

    def search(self, text: str) -> re.Match[str] | None:
        return self._at_start.match(text) or self._after_stop.search(text)


@dataclass(frozen=True, slots=True)
class Language:
    """What the pipeline knows about one language. Everything but the code and name is optional:
    a field left empty means the rule that needs it steps aside."""

    code: str  # ISO 639-1 (639-3 where there is none)
    name: str  # English name, lowercase; nltk's name where nltk has a Punkt model or stemmer
    punkt: bool = False  # nltk ships a Punkt sentence model under `name`
    stemmer: str | None = None  # "snowball" (nltk's, by `name`) or "porter"; None: words unstemmed
    stopwords: frozenset[str] | None = None  # None: stopwordsiso's list for `code`, where it has one
    # Written without spaces between words (Chinese, Japanese, Thai, ...): words are character
    # bigrams, and a sentence end needs no space after it.
    unspaced: bool = False
    word_pattern: re.Pattern[str] | None = None  # how words are found; None: letters of any script

    # Sentences (read/segment.py).
    abbreviations: frozenset[str] = _EMPTY  # lowercase, without the dot, that Punkt misses
    # Punkt abbreviations that often end sentences (units), and one-letter words that may end one
    # (Norwegian "i": "... å ta tak i.").
    can_end: frozenset[str] = _EMPTY
    months: frozenset[str] = _EMPTY  # a day's ordinal before one goes on ("am 3. März")
    date_unit: re.Pattern[str] | None = None  # "в 2028 г." ends a sentence
    date_openers: frozenset[str] = _EMPTY  # ... unless the date opens it ("В 2009 г. Россия")
    conjunctions: frozenset[str] = _EMPTY  # may stand before such an opener
    list_end: re.Pattern[str] | None = None  # "etc." before a capital ends a sentence
    # A number written in words, lowercase, that a dot after it makes an ordinal (Turkish "dokuz.
    # yüzyıl", the ninth century): no sentence ends there, though the word is long.
    ordinal_words: re.Pattern[str] | None = None
    # A word that only a writer who starts no sentence with a capital puts in lowercase (English
    # "i"): in a paragraph with one, a lowercase word after an end mark opens a sentence.
    lowercase_signs: re.Pattern[str] | None = None
    # A word's ending that closes a sentence with no mark after it (Korean web text's "-어요"): the
    # space that the match's first group holds ends the sentence (the universal splitter).
    unmarked_ends: re.Pattern[str] | None = None
    # Whether the language writes no mark at a sentence's end (Thai, Lao): a model's last sentence
    # without one is complete, not cut off, unless the token count says the limit stopped it.
    unmarked_sentences: bool = False
    # A language may give its own merge rule instead (English): a piece that matches
    # `continuation` at its start, or follows one that `never_final` ends, goes on.
    continuation: re.Pattern[str] | None = None
    never_final: re.Pattern[str] | None = None
    question_marks: str = ""  # marks besides "?" that end a question (Greek ";")
    # A caption that runs into the next sentence with no end mark, as scraped pages print them
    # ("... back to health The green-eyed cat was brought ..."): an article opening a sentence after
    # a space, one pattern per article, matched at the article (read/segment.py).
    caption_glue: tuple[re.Pattern[str], ...] = ()
    # Words after which such an article opens a name or a title, not a sentence ("a film called A
    # Day in the Life", "a memoir titled The Long Way"), lowercase.
    naming_words: frozenset[str] = _EMPTY
    # A player's notice that such pages run into the next sentence with no space ("Media playback is
    # not supported on this deviceThe hosts won ..."): a sentence ends after it (read/segment.py).
    glued_furniture: re.Pattern[str] | None = None
    # Where a sentence's end mark also closes clauses (the Tibetan shad "།"), the syllables before it
    # that close a clause of the same sentence ("དང" and, "ནས" having): no sentence ends after them.
    clause_closers: frozenset[str] = _EMPTY

    # Structure (read/document.py).
    sentence_openers: frozenset[str] | None = None  # None: the words Punkt learned to open sentences
    nouns_capitalised: bool = False  # German: a wrapped line may stop on a lowercase word

    # Choosing sentences (extract/).
    first_person: re.Pattern[str] | None = None  # searched in the text outside quotes
    second_person: re.Pattern[str] | None = None  # the reader addressed; searched in lowercase outside quotes
    attribution: re.Pattern[str] | None = None  # speakers and saying verbs, searched in lowercase
    call_to_action: re.Pattern[str] | ClauseStart | None = None  # searched in lowercase
    furniture_rules: bool = False  # extract/candidates.py's byline, caption and credit patterns fit it

    # What a chat model writes around a summary, matched against a whole line in lowercase with
    # "’" as "'" and without the marks around it (verify/summary_lines.py): a preamble on the first
    # line ("here is a summary of the article"), a sign-off on the last ("i hope this helps").
    # Layout, not claims; None where none were written.
    chat_preamble: re.Pattern[str] | None = None
    chat_sign_off: re.Pattern[str] | None = None
    # A lead-in before a summary's claim on the same line, in lowercase ("summary", "in short",
    # "résumé", "zusammenfassung"; "tl;dr" is read in every language): "Summary: The council ..."
    # checks "The council ..." (verify/summary_lines.py). None where none were written.
    summary_lead_in: re.Pattern[str] | None = None

    # Checking lines (verify/): lowercase word sets; empty where none were written.
    wordnet: bool = False  # Princeton WordNet covers its words (English): the kin, opposite and new-noun checks read it
    date_words: frozenset[str] = _EMPTY
    # Short forms of date words as news writes them ("Jan. 5", "Sept 3", "Wed.", "5. Jan.", "5
    # janv.", "3 de sept."), with the word each stands for: (short form in small letters, date
    # word). Read only with a capital before a full stop or a figure, or with a full stop right
    # after a day's number, as "sat" or "wed" alone is a verb, French "sept" seven, Spanish "mar"
    # the sea (verify/date_forms.py).
    date_abbreviations: tuple[tuple[str, str], ...] = ()
    # Places written short as the language's news writes them, each with its full name: AP's
    # state forms and Canada's provinces ("Vt.", "Vermont"), as written, full stops included.
    # Read only in a place's slot ("Burlington, Vt.", "a Pa. firm", "D-Calif."): "Wash." and
    # "Mass." are other words too (verify/place_forms.py).
    place_abbreviations: tuple[tuple[str, str], ...] = ()
    # Titles written short, as written (capitals and stop), each with the words it stands for:
    # ("CEO", "chief executive"), ("Lt.", "lieutenant"): a line's "Lieutenant Colonel" holds
    # its source's "Lt. Col." (verify/title_forms.py).
    title_abbreviations: tuple[tuple[str, str], ...] = ()
    # A share written as a count in a count ("six in ten", "sechs von zehn": the words between the
    # counts) and as a percentage (the words after the figure besides "%"): "60 percent" states
    # "six in ten" (verify/rates.py).
    rate_words: frozenset[str] = _EMPTY
    percent_words: frozenset[str] = _EMPTY
    # Fraction words by their denominator ((3, "third thirds"), (4, "viertel")), lowercase: "a
    # fifth" is "20%", "one-third" "a third" (verify/rates.py).
    fraction_words: tuple[tuple[int, str], ...] = ()
    # The endings written onto a figure that make it an ordinal ("rd" of "3rd", "e" of "3e", "ª"
    # of "3.ª"): "the 3rd delay" is the source's "third delay" (verify/literal.py).
    ordinal_suffixes: tuple[str, ...] = ()
    judgement_words: frozenset[str] = _EMPTY
    negations: frozenset[str] = _EMPTY
    # Verbs that say an event did not happen without a negation word: by themselves ("denied it
    # had been breached", "lacks"), or before an infinitive's marker ("failed to install" is "did
    # not install"; `infinitive_markers`: "to", Spanish "a", French "de"/"à"). A source with one
    # negates something, as one with "not" does.
    negative_verbs: frozenset[str] = _EMPTY
    negative_infinitive_verbs: frozenset[str] = _EMPTY
    # Words that say by their meaning that something is stopped, shut, forbidden or not known:
    # "has suspended its events" says it will not hold them, "remains closed" that it does not
    # open, "barred from flying" that it may not fly, "remains unknown" that no one knows. Each
    # side may say with one what the other says with "not"; like `negative_verbs`, never read as
    # a negation the line adds.
    privative_words: frozenset[str] = _EMPTY
    # Phrases that say there is not enough of something ("too few aircraft", "short of staff"):
    # "without enough aircraft" or "no aircraft to spare" says it with a negation. Like
    # `privative_words`, a source's shortfall negates something; never a negation the line adds.
    shortfall_phrases: frozenset[str] = _EMPTY
    # Words that take a thing whole ("whole", "entire", "every", "all"): "the whole clean-up" is
    # "every part of the clean-up", so the substitution check lets one stand for a part counted
    # by another (verify/wordnet_relations.py).
    whole_words: frozenset[str] = _EMPTY
    # Converse verbs, as pairs of dictionary forms ("buy sell"): one event told from either party's
    # side ("Z bought it from X" is "X sold it to Z"), so one stands for the other where the
    # parties swap places or go unnamed (verify/wordnet_relations.py).
    converse_verbs: frozenset[str] = _EMPTY
    # Verbs that do one kind of act to a party on the same sides, as dictionary forms joined by
    # commas, one kind to a string ("ask,urge,call on"): whoever asks, blames, beats, warns or
    # praises stands before the verb and the party it is done to after it, whichever of them a
    # line and its source choose. A verb that takes its party through a word of its own is named
    # with it ("call on"). Read for roles turned round (verify/sides.py, verify/exchanged.py).
    act_families: tuple[str, ...] = ()
    # Pronouns that stand as a subject for no one ("it is clear that", "es ist klar, dass"): a
    # content clause after one is no one's report (verify/predicates.py: reports_in_clause).
    expletives: frozenset[str] = _EMPTY
    # Words that mark one man or one woman: a subject pronoun ("he", "elle") or a title ("Mrs",
    # "Herr"). What the article says of a person's sex decides which of two people a pronoun can
    # mean (verify/parties.py); without them every pronoun may mean either.
    male_words: frozenset[str] = _EMPTY
    female_words: frozenset[str] = _EMPTY
    # "too" before a word, and "enough": "too infrequent" (more than it should be of a word's
    # scale) is "not often enough" (less than it should be of the opposite pole), so a source's
    # excess is what a line's "not ... enough" negates. The same word on both sides ("too often",
    # "not often enough") says the reverse and stays a negation the line adds.
    excess_words: frozenset[str] = _EMPTY
    sufficiency_words: frozenset[str] = _EMPTY
    infinitive_markers: frozenset[str] = _EMPTY
    # Phrases that deny one side of a contrast as a negation does ("caused by costs, not by
    # demand" is "blamed costs rather than demand"), each written as its words: a line with one
    # keeps its source's negation in other words. Never counted as a negation the line adds.
    contrast_phrases: frozenset[str] = _EMPTY
    # "unless": "if not" in one word, so a line's "unless a new offer is made" keeps its source's
    # "if no new offer is made" (negation checks).
    unless_phrases: frozenset[str] = _EMPTY
    # Other ways to say a negation: a state said with a privative preposition ("out of control"
    # for "not under control", "fuera de control", "hors de contrôle"), each written as its
    # words, before the word the source negates; and a restriction ("only ... once their
    # contracts end") for a negation until a time ("not ... until their contracts end"):
    # `only_words` in the line where the source negates before one of its `until_words`.
    privative_phrases: frozenset[str] = _EMPTY
    # Nouns of doubt: a negation before one ("no doubt", "sans doute", "sin duda", "ohne Zweifel")
    # makes an adverb of certainty or likelihood, which negates nothing.
    doubt_nouns: frozenset[str] = _EMPTY
    # Verbs of ruling something out ("n'exclut pas", "no descarta"): negated, they say the thing
    # is possible, which a line may say with one of `possibility_words` ("juge possible").
    ruling_out_verbs: frozenset[str] = _EMPTY
    possibility_words: frozenset[str] = _EMPTY
    # Nouns that name an act of authority the article reports, as news refers back to it ("the
    # ban", "the veto", "la medida", "la prohibición"): one may stand for another, the same act.
    act_nouns: frozenset[str] = _EMPTY
    # Nouns that name a kind of something ("the type of forward", "this kind of attack"): any
    # stands for another, as none names the thing itself.
    kind_nouns: frozenset[str] = _EMPTY
    # Words that set a figure against another for a second party ("83% of cancers, compared with
    # 67% for the stool test"): the second figure measures the first one's noun for that party.
    comparison_words: frozenset[str] = _EMPTY
    # Words that join a range's two figures ("from 187 votes to 212", "20 or 30 people"): the
    # second shares the first one's unit and everything said of the first.
    range_words: frozenset[str] = _EMPTY
    # A lead by a figure, who over whom: "38 more votes than B", "a 38-vote lead over B", "38
    # Stimmen mehr als B", "38 Stimmen Vorsprung vor B": a word of the lead after the figure, then
    # the word before the one led (verify/margins.py).
    lead_words: frozenset[str] = _EMPTY
    led_markers: frozenset[str] = _EMPTY
    # Who finished ahead of whom: words (phrases, lower case) between a name ahead and one behind
    # ("ahead of", "devant", "por delante de"), those between a name behind and one ahead
    # ("behind", "derrière"), and the words after a winner's name ("won", "s'est imposé": the
    # last word) that rank it first (verify/ranks.py).
    # Verbs that dispute a claim ("disputes", "conteste", "bestreitet", "rechaza"): who disputes
    # and whose claim it is, against the source's holder after an according word (verify/disputes.py).
    disputing_verbs: frozenset[str] = _EMPTY
    ahead_words: frozenset[str] = _EMPTY
    behind_words: frozenset[str] = _EMPTY
    winning_words: frozenset[str] = _EMPTY
    only_words: frozenset[str] = _EMPTY
    until_words: frozenset[str] = _EMPTY
    hedges: frozenset[str] = _EMPTY
    # Hedges that are not doubt where they stand: a modal of ability under a negation says
    # something cannot be ("ne pourraient pas bénéficier", "could not be saved"), and the
    # conditional of reported speech after a saying word and its "que" is the future seen from
    # the past ("a ajouté qu'une aide serait débloquée" reports "sera débloquée").
    ability_modals: frozenset[str] = _EMPTY
    # Endings of a verb in the conditional, which hedges a claim as "could" does: a line saying
    # "les travaux coûteraient 380 000 euros" keeps its source's "devraient coûter" (fr "rait",
    # "raient"; es "aría", "iría", ...). Read in the line only, as a hedge kept.
    conditional_endings: tuple[str, ...] = ()
    reported_conditionals: frozenset[str] = _EMPTY
    that_words: frozenset[str] = _EMPTY  # the complementiser of reported speech: "que", "qu'"
    # Verbs that hedge only before an infinitive: "expected to make a profit" (not "than expected").
    # Each entry is the two words as they stand in text.
    hedge_phrases: frozenset[str] = _EMPTY
    # Two words that keep a forecast or a plan's doubt where a line has them ("is set to rise" for
    # "is expected to rise"), read in the line only: a source's "set to" is a plan, not a doubt a
    # line must keep.
    kept_hedge_phrases: frozenset[str] = _EMPTY
    # Modals of expectation that keep a forecast's doubt where a line has them ("should cost about
    # £5m" for "is expected to cost about £5m"), read in the line only: a source's "should" is as
    # often an obligation, no doubt a line must keep (before "have" it judges the past: no forecast).
    kept_hedge_words: frozenset[str] = _EMPTY
    saying_words: frozenset[str] = _EMPTY
    # Relative dates ("last year"): (pattern, offset) pairs searched in lowercase text, offset 0
    # for this, -1 last, +1 next; each pattern's group "unit" is the unit of time, renamed by
    # `relative_units` where the language has two words for one (French "an" and "année").
    relative_dates: tuple[tuple[re.Pattern[str], int], ...] = ()
    relative_units: tuple[tuple[str, str], ...] = ()
    # Titles that go before a name without being one ("Mr", "Frau", "Mme", "Sr."), without the dot.
    titles: frozenset[str] = _EMPTY
    # Verbs that need what follows them ("has found", "agreed"): a line that stops on one where its
    # source goes on ("has found that ...") is a fragment.
    open_verbs: frozenset[str] = _EMPTY
    # Verbs that give a judgement in words as saying words give words ("called the plan costly").
    labelling_words: frozenset[str] = _EMPTY
    # Verbs of accusing, whose object (the accused) stands between the verb and the claim ("warf
    # dem Konzern vor, ... zu haben", "acusó a la empresa de ..."): a line stating the claim drops
    # who makes it. Read only by the reported-claim check; the speaker checks would take the
    # accused after the verb for the speaker, as "dijo el alcalde" puts its speaker there.
    accusing_words: frozenset[str] = _EMPTY
    # Words that give a claim as one side's case ("argued", "alleged"), and those that give it as
    # someone's ("according", "según", read so only before a person's name): a line that states
    # the claim with no one making it takes a side (an attribution dropped).
    contested_words: frozenset[str] = _EMPTY
    # Verbs of holding a view ("believes", "opina", "pense", "glaubt"): what follows is what someone
    # thinks, not what happened, so its holder is part of the claim as a speaker's is.
    believing_words: frozenset[str] = _EMPTY
    according_words: frozenset[str] = _EMPTY
    # Prepositions that open a line with whose view it gives ("Pour Anne Roux, le film ...", "Para
    # el presidente Luis Mora, ..."): read only at the line's start, before a person's full name
    # and a comma, as an attribution.
    viewpoint_words: frozenset[str] = _EMPTY
    # Prepositions of movement: where a thing goes from ("from", "aus") and where to ("into",
    # "nach"), read only as a pair in one line: "moved money from the fund into shell companies".
    # Nouns that give a claim its source with no verb: German "nach Angaben der Polizei".
    report_nouns: frozenset[str] = _EMPTY
    origin_words: frozenset[str] = _EMPTY
    goal_words: frozenset[str] = _EMPTY
    # Words that name where a thing went only right after an origin ("from Leeds to York"); alone
    # they name a recipient or open an infinitive as often ("passed it to", "to commit").
    paired_goal_words: frozenset[str] = _EMPTY
    # Words that join a noun to its owner after it (German "die Politik der Bahn"): read where the
    # word-distance relation checks do not run.
    owner_linkers: frozenset[str] = _EMPTY
    # A claim put now ("is safe", "should have") and the tense a report puts it in ("said it was
    # safe", German "sagte, sie sei"): a line in the first from a source in the second after a
    # saying word states as fact what someone said. Opinion: modals of judgement ("should have").
    claims_now: frozenset[str] = _EMPTY
    claimed_then: frozenset[str] = _EMPTY
    opinion_words: frozenset[str] = _EMPTY
    # Hedges that more often plan than doubt (German "sollen": "Die Arbeiten sollen im März
    # beginnen"): left out of the hedges the certainty checks read.
    planning_words: frozenset[str] = _EMPTY
    # A thing still needed and the same thing had: "the scheme still needs approval" is not "has
    # received approval" (the thing after the verb anchors it); words before a "had" verb that keep
    # it pending ("has yet to receive").
    pending_words: frozenset[str] = _EMPTY
    had_words: frozenset[str] = _EMPTY
    still_pending_words: frozenset[str] = _EMPTY
    # Nouns for a party named elsewhere ("die Stadt", "der Verein"), besides the English ones the
    # speaker check always reads ("the company", "the council"): one may speak for a named person.
    stand_in_nouns: frozenset[str] = _EMPTY
    # Auxiliaries of a compound past that stand between a speaker and the saying word ("Vogt a
    # déclaré", "Roth ha dicho", "Roth hat gesagt"); their participles belong in `saying_words`.
    perfect_auxiliaries: frozenset[str] = _EMPTY
    # Pronouns that stand for a person who speaks ("il a déclaré", "dijo ella"): the speaker checks
    # look for the person named before them.
    speaker_pronouns: frozenset[str] = _EMPTY
    # Auxiliaries that make the verb after them passive ("was bought by"), and the agent's words.
    passive_auxiliaries: frozenset[str] = _EMPTY
    agent_words: frozenset[str] = _EMPTY
    # Words before a thing's word ("a fire", "the injection"): where a swapped noun is looked for.
    determiners: frozenset[str] = _EMPTY
    # Words that point at something named before ("the", "this"): "the airline", "cette société"
    # mean the body the article is about (`verify/bodies.py`).
    pointing_words: frozenset[str] = _EMPTY
    # Roles a body gives ("chief executive", "spokesman"): with no owner beside them, the article's
    # main body's (`verify/bodies.py`): "Chief executive Simon Harte" in a story about Northwind.
    body_roles: frozenset[str] = _EMPTY
    # Words before the name of a place ("in Kelso", "near Ellingford"): a name after one is no body.
    place_prepositions: frozenset[str] = _EMPTY
    # Prepositions that join a noun to the noun that describes it after them (French "balle de
    # golf", Spanish "pelota de golf"; English puts that noun before: "a golf ball"): a word after
    # one names a thing, as after a determiner.
    noun_linkers: frozenset[str] = _EMPTY
    # Prepositions that put a thing in a named place ("a hotel in Hensby", "un refuge à Vézac"): a
    # line that puts the source's thing in another named place has moved it (`verify/literal.py`).
    place_words: frozenset[str] = _EMPTY
    # Relative pronouns ("who", "que"): a name inside the clause they open is not the speaker of the
    # saying verb after it ("Elton, who left under Blair, told ...").
    relative_pronouns: frozenset[str] = _EMPTY
    # Those of them that always mean the name just before them, never a whole clause ("who",
    # "whose", "quien", "qui"; not "which", "que"): a relative clause they open after a name is
    # said of that name, whoever else the sentence names (`verify/referents.py`).
    naming_relatives: frozenset[str] = _EMPTY
    # Pronouns by whom they can mean, one group per kind split by "|" ("he him his | she her |
    # it its"): a line that puts one kind where its cited sentence has another, in the same words
    # around it, means someone else (`verify/pronoun_swaps.py`). Only where a pronoun's form tells
    # its referent (not French "il", which means any masculine noun, nor German "sie", also "they").
    pronoun_kinds: tuple[str, ...] = ()
    # Words that join a noun to the thing it is about or part of ("the trial of X", "le procès de
    # X"), and the nouns of places, which name the place itself that way ("the city of Leeds"): a
    # line that opens where its source's subject goes on after "of" makes X the doer
    # (`verify/cut_subjects.py`).
    part_of_words: frozenset[str] = _EMPTY
    place_kind_nouns: frozenset[str] = _EMPTY
    # Prefixes of a rank that make it another post ("vice-chancellor", "deputy-mayor", "ex-wife",
    # "sous-préfet"): the bare word is someone else.
    rank_prefixes: frozenset[str] = _EMPTY
    # Words by which a source ranks or bounds a thing ("the maximum allowed", "a record", "the
    # first"): `verify/new_things.py` never counts them as things a line brings in.
    ranking_words: frozenset[str] = _EMPTY
    # Groups of nouns that name the same thing, or a thing and the broader word a summary may use
    # for it ("election elections poll polls", "painter painters artist artists"): one put where
    # its source has another of its group is no substitution. Only common news words, each in
    # every form the check may meet.
    synonyms: tuple[str, ...] = ()
    # Groups of opposites, sides split by "|" ("rise rose | fall fell"): any word of one side put
    # where its source has one of another contradicts it.
    opposites: tuple[str, ...] = ()
    # Verb particles a language writes apart from their verb at the clause's end ("wies die Kritik
    # zurück", German): an opposite is looked up for the verb with its particle glued before it,
    # the form the language writes in a subordinate clause ("zurückwies").
    separable_particles: frozenset[str] = _EMPTY
    # Multiplier words by factor: ((2.0, "double doubled twice"), (0.5, "halved"), ...).
    multipliers: tuple[tuple[float, str], ...] = ()
    # Words that multiply by a number the line writes: "multiplied by three", "three times": a
    # source's multiplier ("tripled") backs that number.
    multiplying_words: frozenset[str] = _EMPTY
    # Words that scale a figure, by value: ((1e6, "million millions"), ...): a line's "milliards"
    # where its sources have only "millions" is a `quantity` problem.
    scale_words: tuple[tuple[float, str], ...] = ()
    # Words for currencies after a figure, by family: (("dollar", "dollar dollars"), ...): a sum in
    # another currency than its source gives it is a `substitution` (verify/amounts.py).
    currency_words: tuple[tuple[str, str], ...] = ()
    # The units of time, by their length in seconds (`SECOND`, `DAY`, `YEAR`, ...):
    # ((SECOND, "second seconds"), (DAY, "day days"), (10 * YEAR, "decade decades"), ...). The one
    # list every check of time reads: "six weeks" is not "six months" (verify/figures.py), "48
    # hours" and "two days" are one span, as are "thirty years" and "three decades" (verify/spans.py),
    # "in the six months to September" is a period, not a figure (verify/relations.py).
    time_units: tuple[tuple[int, str], ...] = ()
    number_words: tuple[str, ...] = ()  # the words for 0, 1, 2, ... in order, read as digits in durations
    # Numbers written in words, by value: ((3, "three"), (20, "twenty"), ...), and the words that
    # join them ("und", "et", "y"): "twenty-three", "dreiundzwanzig", "vingt-trois" and "treinta y
    # dos" are read as one value each, the same as the digits (verify/spelled.py).
    spelled_numbers: tuple[tuple[int, str], ...] = ()
    number_joiners: frozenset[str] = _EMPTY
    # Number words that are also other words (French "neuf", new): read as a number only after a
    # stopword or none and before another word ("les neuf membres"), not after a noun ("un stade neuf").
    number_homographs: frozenset[str] = _EMPTY
    # Phrases whose number word counts nothing in a line ("les deux": both; "por ciento": percent),
    # and the endings of the fraction words whose numerator a number word is ("quatre cinquièmes").
    number_idioms: frozenset[str] = _EMPTY
    fraction_endings: tuple[str, ...] = ()
    # Ordinal words, by value, every inflection: ((2, "second"), (3, "third"), ...): "the third
    # delay" is not "the second" (verify/ordinals.py). "first" is left out: it is as often "before
    # any other" as a count. A form that is also a common verb (German "achten") is left out too.
    ordinal_numbers: tuple[tuple[int, str], ...] = ()
    # The words that count how often something happened after a number ("times", "reprises"): with
    # `ordinal_numbers`, "the third delay since May" backs a line's "delayed three times" or "three
    # delays since May" (verify/literal.py).
    occurrence_words: frozenset[str] = _EMPTY
    # Spans of time (verify/spans.py) in the units of `time_units`. `span_counts`: the words that
    # count a unit without a figure, by value, phrases split by "|" ((1, "a|an"), (0.5, "half
    # a|half an"), (1.5, "anderthalb")); `span_and_half`: the phrases that add a half after a count
    # or its unit ("a year and a half", "un an et demi").
    span_counts: tuple[tuple[float, str], ...] = ()
    span_and_half: frozenset[str] = _EMPTY
    decimal_point: bool = False  # "1,200" is 1200 and "1.5" a decimal (English); else "1,3" is 1.3
    # Names take case endings ("Warszawie" for "Warszawa", "Helsingissä" for "Helsinki"): a line's
    # name is its sources' where the two share a stem of four letters or more (three where one word
    # is all stem: "Рим", "Рима") and neither goes on past it by more than `name_endings` letters;
    # 0: names are compared whole. `stem_alternations`: letters that stand for one another in an
    # inflected stem, each string's later letters read as its first (Ukrainian "оі": "Львів",
    # "Львова"; Czech "hz": "Praha", "v Praze").
    name_endings: int = 0
    stem_alternations: tuple[str, ...] = ()
    # Where a language inflects and has no stemmer, a line's words are matched with its sources' by
    # their first `support_prefix` letters when support and citations are counted (verify/align.py):
    # "szkołę" is "szkoła". 0: whole terms. Ranking keeps whole words.
    support_prefix: int = 0
    # Endings the language's stemmer leaves on a word that other forms of it lack, cut off (the
    # first that fits, at least three letters left) when support and citations are counted:
    # German "öffnet"/"öffnen", "hofft"/"hoffe" stem apart ("offnet", "offn"). Ranking keeps its stems.
    support_endings: tuple[str, ...] = ()
    # Whether the language writes compound nouns as one word (German "Glaspreise", "Absatzrückgang"):
    # a line's word of at least `MIN_COMPOUND_PART` letters that begins or ends a source's word counts
    # as that word when support and citations are counted ("Glas" in "Glaspreisen").
    compounds: bool = False
    # The relation checks (roles swapped, a speaker or narration moved, neighbours put in a relation
    # no source states, an added negation) tell names by their capitals: on where that holds and the
    # checks were tried (English, French, Spanish; not German, which capitalises every noun).
    relation_checks: bool = False
    # Cut-off lines (verify/fragments.py), lowercase. Words no sentence ends on: articles and
    # possessive determiners that are never pronouns, prepositions the language never strands,
    # conjunctions; each module says what it leaves out and why.
    unfinished_ends: frozenset[str] = _EMPTY
    # Auxiliaries that end no line left without an end mark: "... las enfermeras no han", "... said
    # the plant would". With a full stop an ellipsis may be meant ("than it was."), so only there.
    unmarked_unfinished_ends: frozenset[str] = _EMPTY
    # The complementiser of a reported clause ("that", "que", "dass") and auxiliaries that need a
    # verb or a complement after them there: "said that the government." and "said the government
    # was." report nothing.
    complementisers: frozenset[str] = _EMPTY
    # Coordinators that set what follows against what went before ("but", "mais", "pero", "aber"):
    # "said A but that B" joins a second reported clause as "said A and that B" does.
    adversatives: frozenset[str] = _EMPTY
    auxiliaries: frozenset[str] = _EMPTY
    # Where nouns are capitalised and a reported clause puts its verb last (German): every
    # preposition, stranded or not ("an", "mit"), among the lowercase words that are no verb
    # ("sagte, dass die Arbeiten an der Brücke." has none).
    prepositions: frozenset[str] = _EMPTY
    # The pronouns that open a relative clause after a comma ("who", "que", German "die"), and
    # the words that join a list ("Die Stadt, die Bahn und der Bund"), which looks alike.
    relative_openers: frozenset[str] = _EMPTY
    coordinators: frozenset[str] = _EMPTY
    # Where a subordinate or infinitive clause puts its verb last (German "..., um es zu
    # verarbeiten"): the words that open an infinitive clause after a comma, the endings of the
    # verb forms that may end a clause ("-en", "-t", "-e"), and the few finite forms with none of
    # them ("muss", "soll"). A clause of this kind that stops on another lowercase word was cut off
    # (verify/fragments.py). Strong verbs' past forms ("blieb", "kam") have no such ending: only an
    # infinitive clause, whose verb is an infinitive, is read in a line with an end mark.
    infinitive_openers: frozenset[str] = _EMPTY
    # The marker right before an infinitive that ends its clause (German "..., die App zu löschen").
    final_infinitive_markers: frozenset[str] = _EMPTY
    # Verbs of handing over (give, pass on, sell, buy, transfer), one form of each stem, and the
    # prepositions of their other party ("an", "à", "a"): verify/counterparts.py.
    transfer_verbs: frozenset[str] = _EMPTY
    counterpart_words: frozenset[str] = _EMPTY
    # The preposition of an act's target ("gegen", "contre", "contra"): verify/counterparts.py.
    target_words: frozenset[str] = _EMPTY
    verb_endings: tuple[str, ...] = ()
    unended_verbs: frozenset[str] = _EMPTY
    # Words that open a clause of a line besides the above (subordinators, "but", and prepositions
    # that open an added circumstance: "after", "après"): where verify/clauses.py cuts a line to
    # weigh each clause's support on its own (commas cut it too: "..., saying ..."). In a script
    # that ends sentences with a space (Thai, Lao), the same words tell a space inside a sentence
    # ("เนื่องจาก" because, "ซึ่ง" which) from one that ends it (read/segment.py).
    clause_openers: frozenset[str] = _EMPTY
    # Common verbs and adverbs that a rewording brings in with no fact of their own ("never heard
    # back" for "received no reply", "will remain shut"), and words of relative time and duration
    # ("a month earlier" for "in September", "last as long as" for "take up to"): not weighed as
    # a clause's claim.
    light_words: frozenset[str] = _EMPTY
    parser_pipelines: tuple[str, ...] = ()  # spaCy pipelines the parse checks may load, tried in order

    universal: bool = False  # no module of its own: read by the universal path

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


# Every language py3langid knows (0.4: 141 and "zxx", no language), and those with a module: ISO
# code -> English name (lowercase). A test checks that the detector names no code missing here.
NAMES: dict[str, str] = {
    "af": "afrikaans", "am": "amharic", "an": "aragonese", "ar": "arabic", "as": "assamese",
    "az": "azerbaijani", "be": "belarusian", "bg": "bulgarian", "bn": "bengali", "bo": "tibetan",
    "br": "breton", "bs": "bosnian", "ca": "catalan", "cs": "czech", "cy": "welsh", "da": "danish", "de": "german",
    "dz": "dzongkha", "el": "greek", "en": "english", "eo": "esperanto", "es": "spanish",
    "et": "estonian", "eu": "basque", "fa": "persian", "fi": "finnish", "fo": "faroese",
    "fr": "french", "ga": "irish", "gl": "galician", "gu": "gujarati", "he": "hebrew", "hi": "hindi",
    "hr": "croatian", "ht": "haitian creole", "hu": "hungarian", "hy": "armenian",
    "id": "indonesian", "is": "icelandic", "it": "italian", "ja": "japanese", "jv": "javanese",
    "ka": "georgian", "kk": "kazakh", "km": "khmer", "kn": "kannada", "ko": "korean",
    "ku": "kurdish", "ky": "kyrgyz", "la": "latin", "lb": "luxembourgish", "lo": "lao",
    "lt": "lithuanian", "lv": "latvian", "mg": "malagasy", "mk": "macedonian", "ml": "malayalam",
    "mn": "mongolian", "mr": "marathi", "ms": "malay", "mt": "maltese", "my": "burmese",
    "ne": "nepali", "nl": "dutch", "nn": "norwegian nynorsk", "no": "norwegian", "oc": "occitan",
    "or": "odia", "pa": "punjabi", "pl": "polish", "ps": "pashto", "pt": "portuguese",
    "qu": "quechua", "ro": "romanian", "ru": "russian", "rw": "kinyarwanda", "se": "northern sami",
    "si": "sinhala", "sk": "slovak", "sl": "slovene", "sq": "albanian", "sr": "serbian",
    "sv": "swedish", "sw": "swahili", "ta": "tamil", "te": "telugu", "th": "thai", "tl": "tagalog",
    "tr": "turkish", "ug": "uyghur", "uk": "ukrainian", "ur": "urdu", "vi": "vietnamese",
    "vo": "volapük", "wa": "walloon", "xh": "xhosa", "yo": "yoruba", "zh": "chinese", "zu": "zulu",
    # py3langid 0.4 adds these (ISO 639-3 where there is no two-letter code).
    "ace": "acehnese", "ary": "moroccan arabic", "arz": "egyptian arabic", "ba": "bashkir",
    "bcl": "central bikol", "crh": "crimean tatar", "ext": "extremaduran", "fuv": "nigerian fulfulde",
    "fy": "western frisian", "gcf": "guadeloupean creole", "gcr": "guianese creole",
    "gd": "scottish gaelic", "gom": "goan konkani", "grc": "ancient greek", "gug": "paraguayan guarani",
    "guw": "gun", "ha": "hausa", "hbo": "ancient hebrew", "ig": "igbo", "kab": "kabyle",
    "kik": "kikuyu", "lg": "ganda", "lij": "ligurian", "ln": "lingala", "ltg": "latgalian",
    "nso": "northern sotho", "om": "oromo", "pcm": "nigerian pidgin", "sa": "sanskrit",
    "sdh": "southern kurdish", "sn": "shona", "so": "somali", "st": "southern sotho", "tg": "tajik",
    "tk": "turkmen", "tt": "tatar", "uz": "uzbek", "uzs": "southern uzbek", "vec": "venetian",
    "wuu": "wu chinese", "yue": "cantonese",
}  # fmt: skip
# Scripts written without spaces between words.
UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my", "dz", "wuu", "yue"})
ALIASES = {
    "slovenian": "sl", "nb": "no", "bokmal": "no", "bokmål": "no", "norwegian bokmål": "no",
    "farsi": "fa", "mandarin": "zh", "filipino": "tl", "iw": "he", "in": "id",
}  # fmt: skip
# ISO 639-2 (its T and B forms) and common ISO 639-3 codes for the two-letter ones ("eng",
# "deu", "ger", "cmn"), as library catalogues and some tools write them.
_THREE_LETTER_CODES = """
af afr, am amh, an arg, ar ara arb, as asm, az aze azj, be bel, bg bul, bn ben, bo bod tib, br bre, bs bos, ca cat,
cs ces cze, cy cym wel, da dan, de deu ger, dz dzo, el ell gre, en eng, eo epo, es spa, et est ekk,
eu eus baq, fa fas per pes, fi fin, fo fao, fr fra fre, ga gle, gl glg, gu guj, he heb, hi hin, hr hrv,
ht hat, hu hun, hy hye arm, id ind, is isl ice, it ita, ja jpn, jv jav, ka kat geo, kk kaz, km khm,
kn kan, ko kor, ku kur, ky kir, la lat, lb ltz, lo lao, lt lit, lv lav lvs, mg mlg, mk mkd mac, ml mal,
mn mon khk, mr mar, ms msa may zsm, mt mlt, my mya bur, ne nep npi, nl nld dut, nn nno, no nor nob, oc oci,
or ori ory, pa pan, pl pol, ps pus, pt por, qu que, ro ron rum, ru rus, rw kin, se sme, si sin,
sk slk slo, sl slv, sq sqi alb als, sr srp, sv swe, sw swa swh, ta tam, te tel, th tha, tl tgl fil,
tr tur, ug uig, uk ukr, ur urd, vi vie, vo vol, wa wln, xh xho, yo yor, zh zho chi cmn, zu zul,
ba bak, fy fry, gd gla, ha hau, ig ibo, lg lug, ln lin, om orm, sa san, sn sna, so som, st sot,
tg tgk, tk tuk, tt tat, uz uzb uzn
"""
ALIASES.update({three: code for entry in _THREE_LETTER_CODES.split(",") for code, *threes in [entry.split()] for three in threes})
_BY_NAME = {name: code for code, name in NAMES.items()}


def _registry():
    from summarizer.components import LANGUAGES

    return LANGUAGES


def codes() -> list[str]:
    """Every language code that can be named: the detector's, the modules' and the plugins'."""
    return sorted({*NAMES, *_registry().names()})


def with_rules() -> list[str]:
    """The codes of the languages that have a module of their own."""
    return _registry().names()


def supported() -> str:
    return ", ".join(f"{NAMES.get(code, code)} ({code})" for code in codes())


def resolve(value: str) -> str:
    """The ISO code of a language given by name, code, alias or locale tag ("pt-BR"); `OptionsError`
    if unknown."""
    text = value.strip().lower()
    text = ALIASES.get(text, text)
    if text in NAMES or text in _registry().names():
        return text
    if text in _BY_NAME:
        return _BY_NAME[text]
    for code in _registry().names():  # a plugin's language, by the name its module gives
        if get(code).name == text:
            return code
    primary, separator, _region = text.replace("_", "-").partition("-")
    if separator and primary:  # a locale tag ("pt-BR", "zh-Hans-CN", "en_GB"): its language
        try:
            return resolve(primary)
        except OptionsError:
            pass
    meant = _COUNTRY_CODES.get(text)
    if meant is not None and (meant in NAMES or meant in _registry().names()):
        # A country's code where a language's is asked for ("jp", "cn", "ua"): name the one meant.
        raise OptionsError(
            f"unknown language {value!r}: that is a country's code; did you mean {meant} ({NAMES.get(meant, meant)})?"
        )
    raise OptionsError(f"unknown language {value!r}; supported: auto, {supported()}")


# Country codes written where a language code is asked for, and the language each most often
# means; only codes that are no language's code too ("kr" is Kanuri, "br" Breton, "se" Northern Sami).
_COUNTRY_CODES = {
    "jp": "ja", "cn": "zh", "hk": "zh", "ua": "uk", "gr": "el", "dk": "da", "cz": "cs", "il": "he",
    "ir": "fa", "vn": "vi", "rs": "sr", "by": "be", "kz": "kk", "pk": "ur", "us": "en", "gb": "en",
}


# The languages nltk's SnowballStemmer stems (its `languages`, less "porter"), written out so that
# this module need not import nltk. Unstemmed, a language that joins articles, prepositions and
# conjunctions to its words (Arabic "والأسواق", "and the markets") shares few terms between
# sentences that speak of the same thing, so centrality and redundancy see little.
SNOWBALL_NAMES = frozenset(
    "arabic danish dutch english finnish french german hungarian italian norwegian portuguese "
    "romanian russian spanish swedish".split()
)


@lru_cache(maxsize=256)
def get(value: str) -> Language:
    """The `Language` for a name, code or alias: its module's, or a universal one."""
    code = resolve(value)
    registry = _registry()
    if code in registry.names():
        language = registry.factory(code)
        if not isinstance(language, Language):
            raise TypeError(f"language module for {code!r} gave {type(language).__name__}, not a Language")
        return language
    name = NAMES[code]
    stemmer = "snowball" if name in SNOWBALL_NAMES else None
    return Language(code, name, stemmer=stemmer, unspaced=code in UNSPACED, universal=True)


def name_of(value: str) -> str:
    return get(value).name


def code_of(value: str) -> str | None:
    """The ISO code of a language name or code, or None when it is not one."""
    try:
        return get(value).code
    except OptionsError:
        return None
