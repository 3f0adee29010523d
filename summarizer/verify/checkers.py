"""Checkers: what decides whether a summary line is backed by the source sentences it cites.

A checker is anything with a `name` and ``check(text, evidence) -> list[Problem]``; the
`CHECKERS` registry (`summarizer/components.py`) builds one by name. The built-in ones:

- ``literal``: the guard's first checks: numbers, dates, names, quantities, quotations and words
  of judgement the sources lack, and low lexical support (`literal.py`);
- ``relations`` (the default): the literal checks, plus words of the source put in a relation
  the source does not state (`relations.py`); dependency-light and fast;
- ``model``: the literal checks plus a downloaded NLI or fact-checking model, never required
  (`model_checker.py`).
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, Protocol

from summarizer.verify.literal import DEFAULT_MIN_SUPPORT, literal_problems
from summarizer.verify.problems import Problem

if TYPE_CHECKING:
    from summarizer.types import Document
    from summarizer.verify.relations import Sources


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a checker sees of one line's backing."""

    sources: tuple[str, ...]  # the text of the cited source sentences
    support: float  # share of the line's content words that its sources hold
    min_support: float = DEFAULT_MIN_SUPPORT
    previous: tuple[str, ...] = ()  # the summary's lines before this one
    document: Document | None = None  # the whole source, when the caller has it
    language: str | None = None  # the source's language; else the document's, else English
    # The sentences just before the cited ones in their paragraphs, where a name or the person a
    # pronoun means may be introduced (the evidence window of `window.py`); facts are not looked up here.
    context: tuple[str, ...] = ()
    # The sentence just after each cited one in its paragraph, where a thing described may be
    # given its name ("the pill, called Corvexa"); only the name check looks here.
    named_after: tuple[str, ...] = ()
    # The article's sentence just before each cited one, in its paragraph ("" at a paragraph's
    # start): whose subject a pronoun opening the cited sentence most often means.
    preceding: tuple[str, ...] = ()
    # Whether each cited sentence is the article's very next after the one cited before it (a
    # new paragraph between them or not): "A former accountant was jailed." "Graham Pellow, 58, ...".
    follows: tuple[bool, ...] = ()
    # Whether the summary ends its sentences with marks (`relations.summary_marks_sentences`); a
    # list of headlines does not, and its lines are not cut off for want of a full stop.
    summary_marks_sentences: bool = True
    # Whether the line is the summary's last: only a last line can have been cut off where its
    # writer stopped, so in a list of headlines a copy that stops early is a cut only there.
    last_line: bool = True


class Checker(Protocol):
    name: str

    def check(self, text: str, evidence: Evidence) -> list[Problem]: ...


def _headline(evidence: Evidence) -> str:
    """The article's headline, where the caller gave the document and it has one."""
    return (evidence.document.title or "") if evidence.document is not None else ""


def _article(evidence: Evidence) -> tuple[str, ...]:
    """The whole source's sentences, where the caller gave the document."""
    return tuple(s.text for s in evidence.document.sentences) if evidence.document is not None else ()


class LiteralChecker:
    """Numbers, dates, names, quantities, quotations and judgement words the sources lack; low support."""

    name = "literal"

    def check(self, text: str, evidence: Evidence) -> list[Problem]:
        return literal_problems(
            text, evidence.sources, evidence.support, evidence.min_support, _language(evidence),
            evidence.context, _article(evidence), evidence.named_after, _headline(evidence),
        )


# The relation checks run for the languages whose module sets `relation_checks`: English in full;
# French and Spanish the neighbour check (names by their capitals, with their own stopwords and
# stems) and negation. German writes every noun with a capital, so capitals do not mark its names:
# its relation checks step aside.
# The parse checks read lines up to this many words: a sentence is rarely over 100; a "line" of
# thousands (a page with no full stops, a paragraph checked with --lines) has parse trees whose
# walks grow faster than the line, and relations across thousands of words say little.
MAX_PARSED_WORDS = 500


class RelationChecker:
    """The literal checks, plus source words put in a relation no source sentence states (the default).

    `parser`: "auto" (the default) reads who did what to whom from spaCy's parse where a pipeline
    for the language is installed (`parser.py`) and from word distances where none is; "on"
    requires one (a one-line error names what to install); "off" never loads one."""

    name = "relations"

    def __init__(self, window: int = 5, commas: bool = True, min_relation_support: float = 0.75, parser: str = "auto"):
        from summarizer.errors import OptionsError
        from summarizer.verify.relations import RelationSettings

        if window < 1:
            raise OptionsError(f"window must be at least 1, got {window}")
        if parser not in ("auto", "on", "off"):
            raise OptionsError(f"parser must be auto, on or off, got {parser!r}")
        self.settings = RelationSettings(window=window, commas=bool(commas))
        self.min_relation_support = min_relation_support
        self.parser = parser
        if parser == "on":
            from summarizer.verify.parser import load_parser, missing_message

            if load_parser("english") is None:
                raise OptionsError(missing_message("english"))

    def prepare(self, languages: Iterable[str]) -> None:
        """Load now what checking lines in these languages will need (a spaCy pipeline takes
        about 2 s to import and load), so that a caller can do it ahead, e.g. while a model writes."""
        if self.parser == "off":
            return
        from summarizer.verify.parser import load_parser

        for language in sorted(set(languages)):
            load_parser(language)

    def expect_lines(self, lines: Sequence[str], document: Document) -> None:
        """The lines about to be checked against `document`: those whose parse the checks will
        read are parsed together when the first is asked for (spaCy's cost per call paid once)."""
        language = document.language
        if self.parser == "off":
            return
        from summarizer.verify.lexicon import lexicon
        from summarizer.verify.parser import expect, load_parser

        if not lexicon(language).relation_checks or load_parser(language) is None:
            return
        article = [s.text for s in document.sentences]
        expect([line for line in lines if _parse_fits(line) and _parse_asked(line, article)], language)

    def parser_status(self, language: str) -> str:
        """What the parser checks do for `language`: the pipeline used, or why they are off."""
        from summarizer.verify.parser import load_parser, missing_message

        if self.parser == "off":
            return "off"
        nlp = load_parser(language)
        if nlp is None:
            return missing_message(language)
        return _pipeline_label(nlp)

    def check(self, text: str, evidence: Evidence) -> list[Problem]:
        return self._problems(text, evidence)

    def check_trial(self, text: str, evidence: Evidence, enough: int) -> list[Problem]:
        """`check` for a further sentence tried as a citation (`verification.verify_line`), which is
        kept only where it leaves the line fewer fact problems (`fact_problems`) than `enough`, the
        best found so far: once the first checks have found that many, the rest cannot make it win
        and are not run. Only how many fact problems it returns is to be read."""
        return self._problems(text, evidence, enough)

    def _problems(self, text: str, evidence: Evidence, enough: int | None = None) -> list[Problem]:
        from summarizer.verify.acronyms import collapse_dotted_initialisms
        from summarizer.verify.checks import (
            claimant_problems, cut_copy_problems, fragment_problems, joined_predicate_problems, lexicon,
            new_things_problems, stopwords_for,
        )

        text = collapse_dotted_initialisms(text)  # "U.S." read as one acronym by every check
        problems = self._checked(text, evidence, enough)
        if _cannot_win(problems, enough):
            return problems
        language = _language(evidence)
        if not any(p.kind == "incomplete" for p in problems):
            # A line cut off mid-clause ("... by the.", "dijo que su partido."), told by word
            # classes in every language with them, parser or not; once, where no other check
            # found the line incomplete.
            problems += fragment_problems(text, lexicon(language))
        if not any(p.kind == "incomplete" for p in problems) and (evidence.summary_marks_sentences or evidence.last_line):
            # A line with no end mark that stops where its cited sentence goes on: a cut copy (in a
            # list of headlines, only its last line may have been cut).
            problems += cut_copy_problems(text, evidence.sources, lexicon(language))
        article = _article(evidence)
        if article and not any(p.kind == "attribution" for p in problems):
            # A claim given to another party that speaks in the article (every language), where
            # the speaker checks found no other speaker for it.
            problems += claimant_problems(text, article, lexicon(language), stopwords_for(language), language)
        if not problems and enough is None and article:
            # Last, on a line nothing else found wrong (its WordNet lookups are dear), and never for a
            # trial citation (its kind is the whole line's, which a further citation cannot change).
            headline = _headline(evidence)  # a thing the headline names is named in its article
            problems += new_things_problems(text, (*evidence.sources, *evidence.context, *evidence.named_after),
                                            (*article, headline) if headline else article, language)
            if not problems:
                # A predicate joined onto a line its evidence otherwise holds ("... and compensate
                # affected anglers"): read after every other check, on a line they all passed.
                problems += joined_predicate_problems(text, (*evidence.sources, *evidence.context), article, language)
        return problems

    def _checked(self, text: str, evidence: Evidence, enough: int | None = None) -> list[Problem]:
        from summarizer.verify.checks import (
            Sources, accused_holder_problems, aside_problems, cut_subject_problems, pronoun_swap_problems, certainty_problems, contrast_swap_problems, counterpart_problems,
            crossed_problems, described_doer_problems, dispute_problems, exchanged_subject_problems, direction_problems,
            dropped_holder_problems, dropped_rank_problems, exchanged_party_problems, framed_noun_problems,
            framed_opposite_problems, lexical_problems, lexicon, local_negation_problems,
            moved_party_problems, narration_attributed_problems, novel_word_problems, other_accused_problems,
            other_party_problems, owned_role_problems, owner_problems, pronoun_doer_problems, pronoun_person_problems,
            quoted_label_problems, rank_problems, relative_clause_problems, reversal_problems, slot_name_problems, slot_swap_problems,
            speaker_problems,
            stemmer_for, stopwords_for, swapped_doer_problems, target_problems, turned_object_problems, unattributed_problems,
        )

        language = _language(evidence)
        article = _article(evidence)
        problems = literal_problems(
            text, evidence.sources, evidence.support, evidence.min_support, language,
            evidence.context, article, evidence.named_after, _headline(evidence),
        )
        problems += certainty_problems(text, evidence.sources, lexicon(language), stopwords_for(language))
        if not problems:
            problems += unattributed_problems(text, evidence.sources, lexicon(language), stopwords_for(language))
        if not problems:
            # A hedged claim whose doubt the line keeps but whose holder it drops; the party that
            # makes a claim in the source made its target.
            problems += dropped_holder_problems(text, evidence.sources, lexicon(language), stopwords_for(language))
            problems += accused_holder_problems(text, evidence.sources, lexicon(language), stopwords_for(language))
            if not problems:
                # Another party of the article made the target of the source's accusation.
                problems += other_accused_problems(text, evidence.sources, article, lexicon(language), stopwords_for(language))
        if not problems and article:
            # Someone's label ("outstanding") from any sentence of the article, stated as fact.
            problems += quoted_label_problems(text, article, lexicon(language))
        if _cannot_win(problems, enough):
            # A trial citation (`check_trial`): a line's missing names, numbers and hedges mostly
            # stay missing with one more sentence, and are found by now.
            return problems
        relation_checks = lexicon(language).relation_checks
        if relation_checks:
            sources = self._sources(evidence, language, article)
            # The parse-read and relation problems, found now and reported last: a trial citation
            # that leaves the line's relation problems as they were stops here.
            late = self._relation_stage(text, evidence, language, sources)
            if _cannot_win(problems + late, enough):
                return problems + late

        problems += direction_problems(text, evidence.sources, lexicon(language), stopwords_for(language))
        # A handing-over whose other party is the source's doer ("racheter à X" from "racheté par X").
        problems += counterpart_problems(text, evidence.sources, language)
        if article and not problems:
            # An act the source sets against one party, turned on another of the article's.
            problems += target_problems(text, evidence.sources, article, language)
        problems += contrast_swap_problems(text, evidence.sources, lexicon(language), stopwords_for(language))
        problems += _figure_problems(text, evidence.sources, language, article)
        if article:
            # Who finished ahead of whom, against the article's own ranking (any sentence of it).
            problems += rank_problems(text, article, language)
        # A claim's holder made its disputer and the disputer its holder.
        problems += dispute_problems(text, evidence.sources, language)
        terms: frozenset[str] = frozenset()
        if article:
            terms = document_terms(article, language)
            problems += novel_word_problems(text, evidence.sources, terms, language, self._noun(text, language), self._tags_in(language))
            if not problems and lexicon(language).noun_linkers:
                # A word of another sentence of the article in the slot of the source's noun, joined
                # to the noun it describes ("la gamme de pralines" for "la gamme de tablettes").
                held = document_terms((*evidence.sources, *evidence.context, *evidence.named_after), language)
                problems += novel_word_problems(text, evidence.sources, held, language, self._noun(text, language), self._tags_in(language), moved=True)
            problems += dropped_rank_problems(text, article, language)
            if not problems:
                # Another party's name in the slot of the cited sentence's name (every language
                # whose capitals mark names).
                problems += slot_name_problems(text, evidence.sources, article, language)
            # An act of one named party given to another party of the article (every language).
            problems += other_party_problems(text, evidence.sources, article, language)
            if not problems:
                # A person named where the cited sentence has a description ("the executive")
                # that the article gives to another person (every language whose capitals mark names).
                problems += described_doer_problems(text, evidence.sources, article, language)
            if not problems:
                # "X, who first reported ..., " where a cited sentence says it of another name.
                problems += relative_clause_problems(text, evidence.sources, language)
            if not problems:
                # "and he later proposed the pilot" where the cited sentence has "and she later ...".
                problems += pronoun_swap_problems(text, evidence.sources, language)
            if not problems:
                # "X, licencié au club depuis 30 ans, ..." where the article says it of another name.
                problems += aside_problems(text, article, language)
            if not problems:
                # "Lucien Marsh opened ..." copied from "The trial of art dealer Lucien Marsh opened ...".
                problems += cut_subject_problems(text, evidence.sources, language)
            if evidence.preceding:
                # "She ..." after a sentence about someone else than the line's person.
                problems += pronoun_person_problems(text, evidence.sources, evidence.preceding, language, article)
                if not problems:
                    # "X, portavoz de la alcaldesa" where the source's "Su portavoz" means the party
                    # the sentence before opens with.
                    problems += owned_role_problems(text, evidence.sources, evidence.preceding, language)
            if not problems:
                # "X did ..., and she is now doing ..." where a cited sentence has another person do it.
                problems += pronoun_doer_problems(text, evidence.sources, article, language)
        if lexicon(language).wordnet and not problems:
            # Opposites and sister nouns WordNet knows (optional: without it, nothing found); only
            # for a line no other check has found wanting, as most of a free summary's lines are.
            problems += lexical_problems(text, evidence.sources, evidence.context, lexicon(language).negations,
                                         frozenset(lexicon(language).counts))
            if not problems:
                # Another noun in the slot of a cited sentence's noun, which WordNet does not
                # relate to it ("a new council headquarters" for "a new council depot").
                problems += slot_swap_problems(text, evidence.sources, evidence.context)
            if not problems:
                # A word WordNet opposes to the cited sentence's, in a frame the line copies from it
                # ("a promise to increase the number of hours" for "to cut the number").
                problems += framed_opposite_problems(text, evidence.sources, language)
            if not problems and article:
                # A concrete noun the article never uses, in the slot of a cited sentence's other
                # noun in a frame the line copies ("chanterelles and morels" for "and ceps").
                problems += framed_noun_problems(text, evidence.sources, (*evidence.sources, *evidence.context), article)
        # Negation by words: a negation dropped before the line's own word ("No one was hurt" ->
        # "Several people were hurt"), in every language; an added one where nothing else looks
        # (French, Spanish and English lines that add one are the relation checks' to report).
        problems += local_negation_problems(text, evidence.sources, lexicon(language), stopwords_for(language),
                                            added=not relation_checks)
        if not relation_checks:
            # Capitals do not tell names apart here (German): the relation checks step aside. Two
            # checks need no names: roles swapped in a sentence that opens with its subject, and
            # words of one party that speaks in the article given to another that does ("Der
            # Mieterverein sagte" where "Die CDU-Fraktion sagte").

            # A noun given another owner ("die Politik des Landesamts" for "... der Bahn").
            problems += owner_problems(text, evidence.sources, article, lexicon(language), stemmer_for(language))
            # Two clauses with each other's subjects ("Die SPD hatte den Antrag eingebracht, die
            # Freien Wähler stimmten dagegen" where the source has it the other way round).
            problems += exchanged_subject_problems(text, evidence.sources, language)
            reversals, speakers = lexicon(language).nouns_capitalised, bool(article and lexicon(language).saying)
            if reversals or speakers:
                sources = Sources(evidence.sources, context=evidence.context, language=language, preceding=evidence.preceding)
                if reversals:
                    problems += reversal_problems(text, sources, language)  # subject-first sentences only
                if speakers:
                    problems += speaker_problems(text, sources, language, terms, article)
            return problems
        problems += reversal_problems(text, sources, language, self._noun_in(language))
        problems += swapped_doer_problems(text, sources, language)
        if not _found_reversed(problems):
            # Two parties on either side of a verb, the other way round ("a rival plans to buy
            # Corvane"), where the role check has not found the line reversed already.
            problems += exchanged_party_problems(text, sources, language)
        if not _found_reversed(problems):
            # The source's doer moved to the verb's other side, another party put before it ("the
            # trust could offer the council a grant" from "the council could offer a grant").
            problems += moved_party_problems(text, sources, language)
        if not _found_reversed(problems + late):
            # The party a cited sentence's verb is done to, made its doer in the line ("The union
            # accused X" from "... accused the union").
            problems += turned_object_problems(text, sources, language)
        if not _found_reversed(problems + late):
            # Two words crossed over a run the line copies ("X turned down Y's proposal" from
            # "Y turned down X's proposal"), parties or not.
            problems += crossed_problems(text, sources.sentences, language)
        problems += narration_attributed_problems(text, sources, language)
        problems += speaker_problems(text, sources, language, terms, article)
        return problems + late

    def _sources(self, evidence: Evidence, language: str, article: tuple[str, ...]) -> Sources:
        """The cited sentences as the relation checks read them (`relations.Sources`), with the
        names the whole document writes and its main body."""
        from summarizer.verify.checks import Sources, body_terms, described_names

        names = document_names(article, language) if evidence.document is not None else frozenset()
        return Sources(evidence.sources, known_names=names, context=evidence.context, language=language,
                       preceding=evidence.preceding, follows=evidence.follows,
                       marks_expected=evidence.summary_marks_sentences, headline=_headline(evidence),
                       body_of=partial(body_terms, article, language) if article else None,
                       described=partial(described_names, tuple(article), language) if article else None)

    def _relation_stage(self, text: str, evidence: Evidence, language: str, sources: Sources) -> list[Problem]:
        """The parse-read problems, then the relations the line states that its sources do not."""
        from summarizer.verify.checks import incomplete_problems, relation_problems

        parsed, vouched = self._parsed(text, evidence, language, sources.names)
        # Neighbours in a line stand for a relation only where the line is built from the
        # source's words; a freer paraphrase is the support check's to judge.
        # (The parse-read checks find their own evidence: they run either way.)
        if evidence.support < self.min_relation_support:
            # A line cut short is incomplete however freely it paraphrases ("Rez, 21, has agreed.").
            return parsed + (incomplete_problems(text, sources, cut_short_only=True) if language == "english" else [])
        return parsed + relation_problems(
            text, sources, evidence.previous, self.settings, self._links(text, language),
            self._anchors(text, evidence.sources, language), vouched,
        )

    def _anchors(self, text: str, cited: Sequence[str], language: str):
        """Where a parser is at hand, whether a date or figure of the line hangs on the same verb
        as in a cited sentence that also holds its neighbour ("said on Monday" in both); None without one."""
        if self.parser == "off" or not _parse_fits(text):
            return None
        from summarizer.verify.parser import load_parser, parse, parse_together

        if load_parser(language) is None:
            return None
        from summarizer.verify.lexicon import lexicon
        from summarizer.verify.predicates import implicit_subject, same_anchor, same_event, same_host

        def anchored(a, b) -> bool:  # parsed only when a circumstance is in doubt
            return same_anchor(parse(text, language), a.start, b.start, parse_together(cited, language))

        def controlled(a, b) -> bool:  # parsed only when a relation is in doubt
            return implicit_subject(parse(text, language), a.start, b.start, parse_together(cited, language))

        def hosted(a, b) -> bool:  # parsed only when a circumstance is in doubt
            return same_host(parse(text, language), a.start, b.start, parse_together(cited, language))

        def shared(a, b) -> bool:  # parsed only when a circumstance is in doubt
            return same_event(parse(text, language), a.start, b.start, parse_together(cited, language))

        if lexicon(language).wordnet:
            from summarizer.verify.predicates import same_event_reworded
            from summarizer.verify.wordnet_kin import near_kin

            def reworded(a, b) -> bool:  # parsed only when a circumstance is in doubt
                return same_event_reworded(parse(text, language), a.start, b.start, parse_together(cited, language), near_kin)

            anchored.reworded = reworded  # type: ignore[attr-defined]
        anchored.controlled = controlled  # type: ignore[attr-defined]
        anchored.hosted = hosted  # type: ignore[attr-defined]
        anchored.shared = shared  # type: ignore[attr-defined]
        return anchored

    def _noun(self, text: str, language: str):
        """Where a parser is at hand, whether a word of the line is tagged a common noun there
        (the line parsed only when asked); None without one."""
        if self.parser == "off" or not _parse_fits(text):
            return None
        from summarizer.verify.parser import load_parser, parse

        if load_parser(language) is None:
            return None
        return lambda word: any(t.text == word and t.pos_ == "NOUN" for t in parse(text, language))

    def _noun_in(self, language: str):
        """Where a parser is at hand, whether a word of a sentence is tagged a noun there (the
        sentence parsed only when asked); None without one."""
        if self.parser == "off":
            return None
        from summarizer.verify.parser import load_parser, parse

        if load_parser(language) is None:
            return None
        return lambda sentence, word: _parse_fits(sentence) and any(
            t.text == word and t.pos_ in ("NOUN", "PROPN") for t in parse(sentence, language)
        )

    def _tags_in(self, language: str):
        """Where a parser is at hand, the part-of-speech tags a word of a sentence gets in its
        parse (the sentence parsed only when asked); None without one."""
        if self.parser == "off":
            return None
        from summarizer.verify.parser import load_parser, parse

        if load_parser(language) is None:
            return None
        return lambda sentence, word: {t.pos_ for t in parse(sentence, language) if t.text == word} if _parse_fits(sentence) else set()

    def _links(self, text: str, language: str):
        """Where a parser is at hand, which of the line's neighbours a grammatical relation joins
        (the word-distance check then asks only about those); None without one."""
        if self.parser == "off" or not _parse_fits(text):
            return None
        from summarizer.verify.parser import load_parser, parse

        if load_parser(language) is None:
            return None
        from summarizer.verify.predicates import links

        found = []

        def linked(a, b) -> bool:  # the line is parsed only when a pair of neighbours is in doubt
            if not found:
                found.append(links(parse(text, language)))
            return found[0](a, b)

        return linked

    def _parsed(self, text: str, evidence: Evidence, language: str, names: frozenset[str]) -> tuple[list[Problem], frozenset[str]]:
        """The parse-read problems, and the names a source's "he"/"she" is found to mean (the
        word-distance coreference guess stands aside for them)."""
        if self.parser == "off":
            return [], frozenset()
        from summarizer.verify.parser import load_parser, parse

        if load_parser(language) is None or not _parse_fits(text, warn=True):
            return [], frozenset()
        from summarizer.verify.predicates import parsed_problems

        # A line that is one stretch of a cited sentence keeps its words in the source's order
        # and relations: nothing for a parse to find that the lexical checks do not.
        stretch = _stretch_reading(text, evidence.sources)
        if stretch is not None:
            cut, relative = stretch
            if not cut and not relative:
                return [], frozenset()
            from summarizer.verify.predicates import no_main_verb, object_dropped

            line = parse(text, language)
            found = no_main_verb(line) if relative else []
            if cut:
                found += object_dropped(line, _LazyParses(evidence.sources, language))
            return found, frozenset()
        line = parse(text, language)
        if not any(t.pos_ in ("PROPN", "VERB", "AUX") for t in line):
            return [], frozenset()  # no name and no event: nothing for these checks to read
        from summarizer.verify.lexicon import lexicon

        negations = lexicon(language).negations
        from summarizer.verify.relations import negates_by_verb

        source_negates = any(w in negations or w.endswith("n't") for s in evidence.sources for w in s.lower().split()) or (
            any(negates_by_verb(s, language) for s in evidence.sources)
        )
        sources = _LazyParses(evidence.sources, language)
        context = _LazyParses(evidence.context, language)
        # A cited sentence that opens on "He"/"She", or on a quotation that "he said" closes, is
        # about the one the article's sentence before it is about: that sentence is parsed for it
        # (and only then).
        opens: list[Any] | None = None
        if evidence.document is not None and any(_OPENING_PRONOUN.match(s) for s in evidence.sources):
            before = _sentences_before(evidence.document, evidence.sources)
            opens = [parse(b, language) if b and _OPENING_PRONOUN.match(c) else None for b, c in zip(before, evidence.sources)]
        article = _article(evidence)
        body: frozenset[str] = frozenset()
        if article:
            from summarizer.verify.bodies import main_body

            body = frozenset(word.lower() for word in main_body(article, language))
        problems = parsed_problems(line, sources, context, names, negations, source_negates, evidence.sources, opens, body)
        if evidence.document is not None:
            from summarizer.verify.roles import role_problems

            problems += role_problems(line, article, lambda sentence: parse(sentence, language))
        from summarizer.verify.plans import plan_problems

        problems += plan_problems(line, sources, evidence.sources, lexicon(language).saying)
        if opens is not None:
            from summarizer.verify.predicates import pronoun_subjects

            found, vouched = pronoun_subjects(line, sources, opens, names)
            return problems + found, vouched
        return problems, frozenset()


def _stretch_reading(text: str, sources: Sequence[str]) -> tuple[bool, bool] | None:
    """For a line that is one stretch of a source sentence: whether it stops on a word its source
    goes on after, and whether it holds a relative word; None for any other line.

    Such a line is parsed only then: where it stops before its sentence's main verb ("Hana Desta,
    the defending champion, who had led ..." of "... , finished third."): a line with no main
    verb; or on a verb whose source goes on with its object ("Researchers tested." of
    "Researchers tested 4,200 adults")."""
    stretch = _joined_words(text)
    if len(stretch) <= 20 or not any(stretch in _joined_words(s) for s in sources):
        return None
    last = re.findall(r"\w+", text.lower())[-1]
    cut = any(re.search(rf"\b{re.escape(last)}\s+\w", s.lower()) for s in sources)
    relative = re.search(r"\b(?:who|which|whose|whom|that)\b", text, re.IGNORECASE) is not None
    return cut, relative


def _parse_asked(text: str, article: Sequence[str]) -> bool:
    """Whether the parse checks will most likely read `text`'s parse, whichever sentences of
    `article` it cites: a guess, that only decides which lines are parsed together."""
    stretch = _joined_words(text)
    reading = _stretch_reading(text, [s for s in article if stretch in _joined_words(s)])
    return reading is None or any(reading)


@lru_cache(maxsize=512)
def _joined_words(text: str) -> str:
    """The lowercase words of `text` joined by spaces: a stretch of a sentence is a substring of its
    sentence's. Kept per sentence: every line and trial citation compares against the same ones."""
    return " ".join(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=8)
def _pipeline_label(nlp: Any) -> str:
    """A loaded pipeline's name and version, read once: `nlp.meta` builds its whole table (every
    label of every component) again on each read, and every `verify` call reports it."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '?')} {meta.get('version', '')}".strip()


# A sentence whose first word outside quotation marks is "he" or "she": "He said ...", or a
# quotation that opens a paragraph and "he said" closes ("\"Nobody saw it coming,\" she said."),
# which goes on with whom the story was about, across the paragraph's break.
_OPENING_PRONOUN = re.compile(r"(?:He|She)\b|[\"“][^\"“”]+[\"”]\s*,?\s*(?:he|she)\b")


def _sentences_before(document: Document, cited: Sequence[str]) -> list[str | None]:
    """The article's sentence just before each cited one (None for its first, or one not found)."""
    texts = [s.text for s in document.sentences]
    index = {text: i for i, text in enumerate(texts)}
    return [texts[index[c] - 1] if index.get(c, 0) > 0 else None for c in cited]


def _parse_fits(text: str, warn: bool = False) -> bool:
    """Whether a line is short enough for the parse checks; `warn` says once when it is not."""
    words = len(text.split())
    if words <= MAX_PARSED_WORDS:
        return True
    if warn:
        import warnings

        from summarizer.errors import CheckLimitWarning

        warnings.warn(
            f"a summary line of {words:,} words was checked without its parse (who did what, who said it): "
            f"that reads lines of up to {MAX_PARSED_WORDS} words; split it into sentences to check those",
            CheckLimitWarning, stacklevel=2,
        )
    return False


def _figure_problems(text: str, sources: Sequence[str], language: str, document: Sequence[str] = ()) -> list[Problem]:
    """Relative dates, multipliers and figures in their place, words swapped for their opposites,
    a name put in another's place, a thing still needed had in the line, ordinals, and a lead
    by a figure turned round."""
    from summarizer.verify.checks import (
        currency_problems, duration_problems, margin_problems, moved_figure_problems, moved_time_problems, multiplier_problems,
        opposite_problems, ordinal_problems, pending_problems, relative_date_problems, substituted_name_problems,
        swapped_figure_problems,
    )

    return (
        relative_date_problems(text, sources, language)
        + multiplier_problems(text, sources, language, document)
        + moved_figure_problems(text, sources, language)
        + duration_problems(text, sources, language)
        + moved_time_problems(text, sources, language)
        + opposite_problems(text, sources, language)
        + substituted_name_problems(text, sources, language)
        + pending_problems(text, sources, language)
        + swapped_figure_problems(text, sources, language)
        + currency_problems(text, sources, language)
        + ordinal_problems(text, sources, language)
        + margin_problems(text, sources, language)
    )


class _LazyParses(Sequence):
    """Sentences parsed only when a check first reads one of them, then all in one batch (parses
    are cached by text)."""

    def __init__(self, texts: Sequence[str], language: str):
        self.texts, self.language = texts, language

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index):
        from summarizer.verify.parser import parse_together

        # A check that reads one of the sentences reads the others.
        return parse_together(self.texts, self.language)[index]

    def __iter__(self):
        from summarizer.verify.parser import parse_together

        return iter(parse_together(self.texts, self.language))


def _found_reversed(problems: Sequence[Problem]) -> bool:
    """Whether a check has found the line's relation reversed: the later readers of reversal
    (two parties exchanged, two words crossed) need not look again."""
    return any(p.message.startswith("relation reversed") for p in problems)


def _language(evidence: Evidence) -> str:
    if evidence.language is not None:
        return evidence.language
    return evidence.document.language if evidence.document is not None else "english"


@lru_cache(maxsize=16)
def document_terms(sentences: tuple[str, ...], language: str = "english") -> frozenset[str]:
    """The stems of every word of the document (cached: every line of a summary asks)."""
    from summarizer.verify.relations import article_reads

    return frozenset(term for reads in article_reads(sentences, language) for _, term, _, _ in reads if term is not None)


@lru_cache(maxsize=16)
def document_names(sentences: tuple[str, ...], language: str = "english") -> frozenset[str]:
    """Words the whole document writes as names (cached: every line of a summary asks)."""
    from summarizer.verify.relations import article_names, article_reads

    return article_names(article_reads(sentences, language))


# Judgements of the whole line that citing one more sentence cannot change: its lexical support,
# and a model's verdict, which has read the whole document already (see model_checker.py).
_WHOLE_LINE_KINDS = frozenset({"support", "model"})


def fact_problems(problems: Sequence[Problem]) -> int:
    """How many problems are about facts that a further cited sentence might hold."""
    return sum(1 for p in problems if p.kind not in _WHOLE_LINE_KINDS)


def _cannot_win(problems: Sequence[Problem], enough: int | None) -> bool:
    """Whether a trial citation's problems so far are already `enough` for it to lose (`check_trial`);
    never for a checked line (`enough` None). Checks only add problems, so the count cannot fall."""
    return enough is not None and fact_problems(problems) >= enough
