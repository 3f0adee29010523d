"""`verify`: cite any summary against its source and say what in it the source does not back.

    >>> from summarizer import verify
    >>> from pathlib import Path
    >>> result = verify(Path("article.txt"), "The council approved the budget on Friday.")
    >>> result.supported, [p.kind for line in result.lines for p in line.problems]

The summary may come from any model or person. Each of its sentences is aligned with the source
sentences that support it (`align.py`, the same citations the summariser gives), then checked
by a checker from the `CHECKERS` registry. When a line's facts are missing from its first
citations, up to two more sentences about the same thing may vouch for them, as in the
abstractive stage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from summarizer.types import Citation, Document, SourceSpan, equal_but_timings
from summarizer.verify.checkers import Checker, Evidence, fact_problems
from summarizer.verify.problems import Problem
from summarizer.verify.summary_lines import summary_lines

MIN_SHARED_FOR_FACT = 0.3  # share of a line's words a further sentence must hold to vouch for its facts
MAX_EXTRA_CITATIONS = 2


@dataclass(frozen=True, slots=True)
class VerifiedLine:
    text: str
    citations: tuple[Citation, ...]
    support: float
    problems: tuple[Problem, ...] = ()  # what makes the line unsupported
    # Problems the checks found that its checker's verdict let pass (`verdict.py`): reported, not rejecting.
    warnings: tuple[Problem, ...] = ()

    @property
    def supported(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "supported": self.supported,
            "support": round(self.support, 4),
            "citations": [c.to_dict() for c in self.citations],
            "problems": [p.to_dict() for p in self.problems],
            **({"warnings": [p.to_dict() for p in self.warnings]} if self.warnings else {}),
        }


@dataclass(frozen=True, slots=True)
class Verification:
    """A summary checked against its source: one `VerifiedLine` per summary sentence."""

    document: Document
    lines: tuple[VerifiedLine, ...]
    checker: str
    stats: dict[str, Any] = field(default_factory=dict)
    # A summary of several sources checked against them all: where each sits in `document` (their
    # texts one after another, as `--together` reads them); the citations name source and sentence.
    sources: tuple[SourceSpan, ...] = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Verification):
            return NotImplemented
        return equal_but_timings(self, other)  # two checks of one summary are equal: "ms" left out

    def __hash__(self) -> int:
        return hash((self.document, self.lines, self.checker))  # not `stats`, as equality

    @property
    def supported(self) -> bool:
        """True when the summary has a line to check and no line has a problem: an empty summary
        (a model that answered nothing) supports nothing."""
        return bool(self.lines) and all(line.supported for line in self.lines)

    @property
    def problems(self) -> list[Problem]:
        return [p for line in self.lines for p in line.problems]

    @property
    def warnings(self) -> list[Problem]:
        """Problems found that did not make their line unsupported (a checker with a `verdict`)."""
        return [p for line in self.lines for p in line.warnings]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.document.source,
            "checker": self.checker,
            "supported": self.supported,
            "lines": [line.to_dict() for line in self.lines],
            "stats": self.stats,
            **({"sources": [s.to_dict() for s in self.sources]} if self.sources else {}),
        }

    # Conveniences: the formats themselves are the render layer's (render/verification.py).
    def to_json(self, indent: int | None = 2) -> str:
        from summarizer.render.verification import render_json

        return render_json(self, indent=indent)

    def to_text(self) -> str:
        from summarizer.render.renderers import render

        return render(self, "text")

    def to_markdown(self) -> str:
        from summarizer.render.renderers import render

        return render(self, "markdown")


def read_sources(sources: Sequence[Any], max_bytes: int | None = None, language: str = "english") -> tuple[Document, tuple[SourceSpan, ...]]:
    """Several sources (each as `read_source` takes it) read as `--together` reads a story: their
    texts one after another in one `Document`, and where each sits in it. One source is itself,
    with no spans. If any cannot be read, one error names each that could not be."""
    if len(sources) == 1:
        return read_source(sources[0], max_bytes, language), ()
    from summarizer.read.combine import combine, read_all

    documents = read_all(sources, lambda one: read_source(one, max_bytes, language), "verify", done="checked against")
    combined, spans, _ = combine(documents)
    return combined, spans


def read_source(source: Any, max_bytes: int | None = None, language: str = "english") -> Document:
    """The `Document` behind `source`, as its type says: a `str` is the article text itself (never
    a file name or a URL), `bytes` its encoded text, a `pathlib.Path` a file; a `Document` as it is
    (`summarizer.read_url` makes one from a web page)."""
    if isinstance(source, Document):
        from summarizer.read.document import given_document

        return given_document(source)
    from summarizer.options import DEFAULT_MAX_BYTES
    from summarizer.read.sources import read_input

    raw = read_input(source, max_bytes or DEFAULT_MAX_BYTES)
    document = _built(raw.text, raw.source, raw.format, raw.title, language)
    return replace(document, metadata=dict(raw.metadata))  # each caller gets its own metadata to change


@lru_cache(maxsize=16)
def _built(text: str, source: str, fmt: str, title: str | None, language: str) -> Document:
    """The article read into paragraphs and sentences, kept for the last few articles, as
    `_sentence_terms` is: several summaries checked against one article segment it once."""
    from summarizer.read.document import build_document
    from summarizer.read.raw import RawText

    return build_document(RawText(text, source, fmt, title), language)


def _checked_settings(settings: Any) -> Mapping[str, Any]:
    if settings is None:
        return {}
    if not isinstance(settings, Mapping):
        from summarizer.errors import OptionsError

        raise OptionsError(f"checker_settings must map setting names to values, got {settings!r}")
    return settings


def make_checker(checker: str | Checker = "default", **settings: Any) -> Checker:
    if not isinstance(checker, str):
        if not callable(getattr(checker, "check", None)):
            from summarizer.errors import OptionsError

            raise OptionsError(f"checker must be a name in CHECKERS or a checker object (with a check method), got {checker!r}")
        return checker
    from summarizer.components import CHECKERS

    return CHECKERS.create(checker, **settings)


def verify(
    source: Any,
    summary: str | Sequence[str],
    *,
    checker: str | Checker = "default",
    min_support: float = 0.5,
    language: str = "auto",  # a name or ISO code, or "auto": detected, as for summaries
    max_bytes: int | None = None,
    checker_settings: dict[str, Any] | None = None,
) -> Verification:
    """Check `summary` against `source`: every sentence cited, and its problems named.

    `source` is the article: its text (a `str` is always text, never a file name), its encoded
    `bytes`, a `pathlib.Path`, or a `Document` (`summarizer.read_url(url)` fetches one); or a list
    (or tuple) of them, the sources of one story (a `summarize_together` summary): the summary is
    checked against them all, and each citation names its source and that source's sentence
    ("2:14"), as `--together` cites. `summary` is text (split into sentences) or a sequence of
    lines taken as they are. `checker` names one in the `CHECKERS` registry (or is a checker object).
    """
    import time

    from summarizer.options import checked_max_bytes, checked_min_support
    from summarizer.read.language import resolve_language

    started = time.perf_counter()
    min_support, max_bytes = checked_min_support(min_support), checked_max_bytes(max_bytes)
    the_checker = make_checker(checker, **_checked_settings(checker_settings))
    language = resolve_language(language)
    if isinstance(source, (list, tuple)):
        document, spans = read_sources(source, max_bytes, language)
    else:
        document, spans = read_source(source, max_bytes, language), ()
    from summarizer.verify.window import VerbatimIndex

    terms = _sentence_terms(tuple(s.text for s in document.sentences), document.language)
    copies = VerbatimIndex.of(document)
    pieces = [
        (text, run)
        for line, texts in summary_lines(summary, document.language, document.title)  # "auto" or "de" resolved by reading
        for text, run in zip(texts, copies.pieces(line, texts))
    ]
    expect_lines = getattr(the_checker, "expect_lines", None)
    if expect_lines is not None:  # e.g. parse together the lines whose parse will be read
        expect_lines([text for text, run in pieces if not run], document)
    from summarizer.verify.relations import summary_marks_sentences

    marks_sentences = summary_marks_sentences([text for text, run in pieces], document.language)
    lines: list[VerifiedLine] = []
    for number, (text, run) in enumerate(pieces, start=1):
        if run:  # the line is its source, word for word: nothing in it can be unsupported
            cited = tuple(Citation.of(document.sentences[i], score=1.0) for i in run)
            lines.append(VerifiedLine(text, cited, 1.0))
            continue
        previous = tuple(line.text for line in lines)
        lines.append(verify_line(text, document, terms, the_checker, min_support, previous, marks_sentences,
                                 last_line=number == len(pieces)))
    if spans:  # "2:14": source 2's sentence 14, as a story's summary cites
        from summarizer.read.combine import label

        lines = [replace(line, citations=tuple(label(c, spans) for c in line.citations)) for line in lines]
    stats = {
        "lines": len(lines),
        "unsupported_lines": sum(1 for line in lines if not line.supported),
        "problems": _count_kinds(lines),
        "ms": round((time.perf_counter() - started) * 1000, 3),
    }
    if any(line.warnings for line in lines):  # a checker with a verdict of its own (`--checker learned`)
        stats["warnings"] = _count_kinds(lines, warnings=True)
    if hasattr(the_checker, "parser_status"):  # whether who-did-what-to-whom was read from a parse
        stats["parser"] = the_checker.parser_status(document.language)
    note = _script_note(" ".join(line.text for line in lines), document)
    if note:
        stats["script"] = note
    return Verification(document, tuple(lines), getattr(the_checker, "name", type(the_checker).__name__), stats, spans)


def _script_note(summary: str, document: Document) -> str | None:
    """Why a summary in another script than its article (an English summary of a Chinese one)
    finds no support, said once: the checks compare words, not meanings."""
    from summarizer.scripts import main_script

    written, source = main_script(summary), main_script(document.text)
    if written is None or source is None or written == source:
        return None
    return (
        f"the summary is written in {_shown(written, summary)} script, its article in {_shown(source, document.text)}: the checks compare "
        "words, not meanings, so lines in another language than the article's find no support; check a summary "
        "in the article's language"
    )


def _shown(script: str, text: str) -> str:
    """The script's name for people; "CJK" is Han, with kana where `text` has some (Japanese)."""
    if script == "CJK":
        from summarizer.scripts import has_kana

        return "Han and kana" if has_kana(text) else "Han"
    return script.title()


@lru_cache(maxsize=16)
def _sentence_terms(sentences: tuple[str, ...], language: str) -> tuple[tuple[str, ...], ...]:
    """Each sentence's content terms, as alignment reads them; kept for the last few articles, as
    `document_terms` is: several summaries checked against one article (an evaluation set,
    candidate summaries of one story) read its sentences' terms once."""
    from summarizer.verify.terms import text_terms

    return tuple(text_terms(s, language) for s in sentences)


def verify_line(
    text: str,
    document: Document,
    terms: Sequence[Sequence[str]],
    checker: Checker,
    min_support: float = 0.5,
    previous: tuple[str, ...] = (),
    marks_sentences: bool = True,
    last_line: bool = True,
) -> VerifiedLine:
    """One line cited and checked; further sentences about the same thing may vouch for its facts.
    `marks_sentences`: whether the summary ends its sentences with marks (a list of headlines does
    not); `last_line`: whether the line is the summary's last."""
    from summarizer.verify.align import HEDGE_TERM, align, line_terms, with_hedges
    from summarizer.verify.window import window_after, window_before

    own_terms = line_terms(text, document)
    if HEDGE_TERM in own_terms:
        terms = with_hedges(document, terms)
    alignment = align(text, document, terms, terms=own_terms)
    citations, support = alignment.citations, alignment.support
    if support < min_support and citations:
        support = _with_window_names(text, document, citations, terms, own_terms)

    def evidence(cited: Sequence[Citation], line_support: float) -> Evidence:
        before = window_before(document, (c.sentence for c in cited))
        after = window_after(document, (c.sentence for c in cited))
        sentences = document.sentences
        preceding = tuple(
            sentences[c.sentence - 1].text
            if c.sentence > 0 and sentences[c.sentence - 1].paragraph == sentences[c.sentence].paragraph else ""
            for c in cited
        )
        follows = tuple(i > 0 and cited[i - 1].sentence == c.sentence - 1 for i, c in enumerate(cited))
        return Evidence(tuple(c.text for c in cited), line_support, min_support, previous, document,
                        context=tuple(s.text for s in before), named_after=tuple(s.text for s in after),
                        preceding=preceding, follows=follows, summary_marks_sentences=marks_sentences,
                        last_line=last_line)

    def run(cited: Sequence[Citation], line_support: float) -> list[Problem]:
        return checker.check(text, evidence(cited, line_support))

    problems = run(citations, support)
    # A checker may stop a trial citation's checks once it cannot win (`RelationChecker.check_trial`).
    check_trial = getattr(checker, "check_trial", None)
    from summarizer.verify.align import comparable

    wanted = comparable(own_terms, document.language)
    # (Read only for a line with a fact problem: most lines have none, and the loop stops at once.)
    clauses = _clause_terms(text, document) if fact_problems(problems) else []
    # Word overlap picks the sentences sharing most words with a line, which are not always the
    # ones holding its figure or its relation; a fact stated elsewhere about the same thing counts.
    for _ in range(MAX_EXTRA_CITATIONS):
        if not fact_problems(problems):
            break
        cited = {c.sentence for c in citations}
        best, best_problems = None, problems
        for sentence in document.sentences:
            if sentence.index in cited:
                continue
            held = comparable(terms[sentence.index], document.language)
            if (len(held & wanted) < MIN_SHARED_FOR_FACT * len(wanted) and not _goes_on(document, sentence.index, cited)
                    and not any(_vouches_for_clause(held, clause) for clause in clauses)):
                continue  # a sentence sharing a stray word would excuse exactly what we look for
            tried = (*citations, Citation.of(sentence))
            if check_trial is None:
                trial = run(tried, support)
            else:
                trial = check_trial(text, evidence(tried, support), fact_problems(best_problems))
            if fact_problems(trial) < fact_problems(best_problems):
                best, best_problems = sentence, trial
                if not fact_problems(best_problems):
                    break  # none can do better
        if best is None:
            break
        shared = comparable(terms[best.index], document.language) & wanted
        citations = tuple(sorted((*citations, Citation.of(best, score=len(shared) / max(1, len(wanted)))), key=lambda c: c.sentence))
        covered = set().union(*(comparable(terms[c.sentence], document.language) & wanted for c in citations))
        support = len(covered) / max(1, len(wanted))
        problems = run(citations, support)
    # A checker may take the final verdict itself: which problems reject the line, which only warn.
    verdict = getattr(checker, "verdict", None)
    if verdict is None:
        return VerifiedLine(text, citations, support, tuple(problems))
    rejecting, warnings = verdict(text, evidence(citations, support), problems)
    return VerifiedLine(text, citations, support, tuple(rejecting), tuple(warnings))


def _clause_terms(text: str, document: Document) -> list[set[str]]:
    """The terms of each clause of a line that has several ("The company offered 4.5%; the union
    wants 7%"): a line joining two facts draws each from its own sentence, which shares most of
    its words with one clause and few with the whole line."""
    from summarizer.verify.align import comparable, line_terms
    from summarizer.verify.relations import clause_texts

    parts = clause_texts(text, document.language)
    if len(parts) < 2:
        return []
    return [comparable(line_terms(part, document), document.language) for part in parts]


def _vouches_for_clause(held: set[str], clause: set[str]) -> bool:
    """Whether a sentence holding the terms `held` may vouch for one clause of a line: at least two
    of the clause's words and the share a further sentence must hold of a whole line."""
    shared = len(held & clause)
    return shared >= 2 and shared >= MIN_SHARED_FOR_FACT * len(clause)


def _goes_on(document: Document, index: int, cited: set[int]) -> bool:
    """Whether sentence `index` goes on from a cited sentence just before it in its paragraph with
    "He said" or "She added" ("The curator said the museum had never been broken into. She said it
    would stay closed until Tuesday"), or is a quote closed by one ("'It was planned,' she said"):
    one speaker's account in two sentences, which a line may join."""
    if index - 1 not in cited or document.sentences[index - 1].paragraph != document.sentences[index].paragraph:
        return False
    from summarizer.verify.lexicon import lexicon
    from summarizer.verify.relations import PRONOUN_TERM, tokens_of

    words = lexicon(document.language)
    text = document.sentences[index].text
    tokens = tokens_of(text, document.language)
    if len(tokens) > 1 and tokens[0].term == PRONOUN_TERM and tokens[1].lower in words.saying:
        return True
    # The quote's own sentence, "..." she said: its speaker is the one the sentence before named.
    return (
        len(tokens) > 2 and text.lstrip()[:1] in _OPENING_QUOTES
        and (tokens[-2].term == PRONOUN_TERM or tokens[-2].lower in words.pronouns) and tokens[-1].lower in words.saying
    )


_OPENING_QUOTES = frozenset('"“«„\'‘')


def _with_window_names(
    text: str, document: Document, citations: Sequence[Citation], terms: Sequence[Sequence[str]], own_terms: Sequence[str],
) -> float:
    """The line's support counting as held the names that the evidence window holds (`window.py`:
    the sentences before the cited ones, where the checks look a name up): "Trethewey said the
    road would stay shut" cites "He said the road would stay closed", Trethewey named just
    before. Only where capitals tell names (not German)."""
    from summarizer.extract.features import content_terms
    from summarizer.verify.align import comparable
    from summarizer.verify.lexicon import lexicon
    from summarizer.verify.window import window_before

    language = document.language
    wanted = comparable(own_terms, language)
    covered = set().union(*(comparable(terms[c.sentence], language) & wanted for c in citations))
    before = () if lexicon(language).nouns_capitalised else window_before(document, (c.sentence for c in citations))
    if before:
        words = [w.strip(".,;:!?\"“”«»()") for w in text.split()]
        # The line's first word is a name where the window writes it with a capital inside a sentence.
        inside = {w.strip(".,;:!?\"“”«»()") for s in before for w in s.text.split()[1:] if w[:1].isupper()}
        names = " ".join(w for k, w in enumerate(words) if w[:1].isupper() and (k or w in inside))
        name_terms = comparable(content_terms(names, language), language) & wanted - covered if names else set()
        if name_terms:
            window = set().union(*(comparable(terms[s.index], language) for s in before))
            covered |= name_terms & window
    return len(covered) / max(1, len(wanted))


def _count_kinds(lines: Sequence[VerifiedLine], warnings: bool = False) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        for problem in line.warnings if warnings else line.problems:
            counts[problem.kind] = counts.get(problem.kind, 0) + 1
    return counts
