"""Summarise a long document in sections, then merge the section summaries hierarchically.

1. the document is split into sections (sections.py): its headings, else its topic shifts, and
   balanced chunks for any section that is still too long;
2. each section is summarised on its own, by the ranker or the model, into its share of the top
   summary's lines (at least one);
3. while there are more section summaries than top lines, adjacent ones are merged in groups:
   the source sentences their lines cite (not the lines' wording) are put together as one
   excerpt and summarised again, so each merge sees the source, and each line still cites it.

Every section keeps its own summary (the outline), and a section that no top line cites is
named in a warning: nothing is left out silently.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.long.excerpt import Excerpt, contiguous, lift, scattered
from summarizer.long.sections import MIN_SECTION_SENTENCES, Part, balanced, find_sections
from summarizer.options import Length
from summarizer.scripts import word_count
from summarizer.types import Citation, Document, Section, Summary, SummaryLine

if TYPE_CHECKING:
    from summarizer.options import Options
    from summarizer.pipeline import Summarizer

FAN_IN = 8  # section summaries merged at once
MAX_MODEL_UNITS = 32  # a model writes a level's summaries only when there are at most this many
LONG_MIN_SENTENCES = 100  # "auto" sections a document longer than this ...
SENTENCES_PER_LINE = 30  # ... and longer than this many sentences for each line asked for
WORDS_PER_LINE = 22  # to turn a word budget into a number of lines
MODEL_WINDOWS = 2  # "auto" sections an abstractive input longer than this many model windows
TOKENS_PER_WORD = 1.6
MAX_NAMED = 12
MAX_SIMILARITY_SENTENCES = 50_000  # longer documents merge neighbours by size alone  # sections named one by one in a warning


def top_lines(length: Length, sentences: int) -> int:
    """How many lines the top summary has: -n, --ratio of the sentences, or -w in typical lines."""
    if length.words is not None:
        return max(1, round(length.words / WORDS_PER_LINE))
    return max(1, length.sentence_budget(sentences))


def wants_sections(options: Options, document: Document, window: int | None = None) -> bool:
    """Whether `document` is summarised in sections: always ("on"), never ("off"), or ("auto")
    when it is longer than its top lines can stand for, or (abstractive) than `window` tokens allow."""
    n = len(document.sentences)
    setting = getattr(options, "sections", "auto")
    if setting == "off" or n < 2:
        return False
    if setting == "on":
        return True
    if n > max(LONG_MIN_SENTENCES, SENTENCES_PER_LINE * top_lines(options.length, n)):
        return True
    return window is not None and n > LONG_MIN_SENTENCES // 2 and document.word_count * TOKENS_PER_WORD > MODEL_WINDOWS * window


def allocate(total: int, sizes: Sequence[int]) -> list[int]:
    """`total` lines shared out in proportion to `sizes` (largest remainders), at least one each."""
    count = len(sizes)
    if total <= count:
        return [1] * count
    weight = sum(sizes) or count
    exact = [total * (s or 1) / weight for s in sizes]
    shares = [max(1, math.floor(x)) for x in exact]
    while sum(shares) < total:
        shares[max(range(count), key=lambda k: (exact[k] - shares[k], -k))] += 1
    while sum(shares) > total:
        shares[max((k for k in range(count) if shares[k] > 1), key=lambda k: (shares[k] - exact[k], k))] -= 1
    return shares


def group(sizes: Sequence[int], groups: int) -> list[range]:
    """Adjacent runs of items, `groups` of them, with totals as even as the items allow."""
    count = len(sizes)
    groups = max(1, min(groups, count))
    total = sum(sizes) or count
    runs: list[range] = []
    start, running = 0, 0
    for k in range(count):
        running += sizes[k] or 1
        left_items, left_groups = count - k - 1, groups - len(runs) - 1
        due = running >= total * (len(runs) + 1) / groups
        if left_groups > 0 and (due or left_items == left_groups) and left_items >= left_groups:
            runs.append(range(start, k + 1))
            start = k + 1
    runs.append(range(start, count))
    return [r for r in runs if len(r)]


def _vector(document: Document, first: int, last: int, terms: dict[int, list[str]]) -> Counter[str]:
    from summarizer.extract.features import content_terms

    vector: Counter[str] = Counter()
    for i in range(first, last):
        if i not in terms:
            terms[i] = content_terms(document.sentences[i].text, document.language)
        vector.update(terms[i])
    return vector


def group_similar(vectors: list[Counter[str]], groups: int) -> list[range]:
    """Adjacent runs of items, `groups` of them, made by joining the most similar neighbours first
    (cosine of their TF-IDF vectors, with the IDF over the items)."""
    from summarizer.long.sections import cosine

    count = len(vectors)
    seen: Counter[str] = Counter()
    for vector in vectors:
        seen.update(vector.keys())
    weights = {t: math.log((count + 1) / c) for t, c in seen.items()}
    runs = [[k, k + 1, Counter({t: v * weights[t] for t, v in vector.items()})] for k, vector in enumerate(vectors)]
    while len(runs) > max(1, groups):
        best = max(range(len(runs) - 1), key=lambda k: (cosine(runs[k][2], runs[k + 1][2]), -k))
        a, b = runs[best], runs[best + 1]
        runs[best : best + 2] = [[a[0], b[1], a[2] + b[2]]]
    return [range(a, b) for a, b, _ in runs]


@dataclass
class Unit:
    """A section's or a merged group's summary, with the sentences and sections it stands for."""

    lines: list[SummaryLine]
    first: int
    last: int
    sections: list[int] = field(default_factory=list)

    @property
    def size(self) -> int:
        return self.last - self.first


class Sectioned:
    """Summarises excerpts of one document with a `Summarizer`'s ranker, or its loaded model."""

    def __init__(self, summarizer: Summarizer):
        self.summarizer = summarizer
        self.options = summarizer.options
        self.model = self.options.mode == "abstractive"
        self.notes: list[str] = []  # what the model read of each excerpt, failures and fallbacks
        self.told: list[str] = []  # each request's own warnings: the guard's interventions, cut or filled lines
        self._said: set[str] = set()
        self.model_used = False
        self.model_stats: dict[str, Any] | None = None  # stats["model"] of the requests
        self.guard: dict[str, Any] = {}  # the guard's counts over every request
        self._stages: dict[int, Any] = {}
        # Every request's counts added up, in the shape of a one-request summary's "generation".
        self.generation: dict[str, Any] = {"requests": 0, "tokens_in": None, "tokens_out": None, "seconds": 0.0}

    def summarise(
        self, excerpts: Sequence[Excerpt], counts: Sequence[int], parent: Document, use_model: bool, names: Sequence[Where]
    ) -> list[tuple[list[SummaryLine], int]]:
        """Each excerpt's summary in `counts[k]` lines, lifted into `parent`, with how many of
        its sentences the summary was made from; `names[k]` says where the excerpt is in notes."""
        if use_model:
            return self._generated(excerpts, counts, parent, names)
        return [(self._extracted(e, c, parent), len(e.document.sentences)) for e, c in zip(excerpts, counts)]

    def _extracted(self, excerpt: Excerpt, count: int, parent: Document) -> list[SummaryLine]:
        from summarizer.extract.features import SentenceFeatures
        from summarizer.extract.selection import select_sentences
        from summarizer.render.display import display_text

        document = excerpt.document
        n = len(document.sentences)
        features = SentenceFeatures(document)
        scores = self.summarizer.ranker.score(document, features)
        if n <= count:
            chosen = list(range(n))
        else:
            chosen = select_sentences(
                scores, features, features.word_counts, Length(sentences=count), self.options.redundancy_threshold, figures=features.figures
            )
        return [
            lift(SummaryLine(display_text(document, document.sentences[i]), (Citation.of(document.sentences[i], score=float(scores[i])),)), excerpt, parent)
            for i in chosen
        ]

    def _stage(self, count: int) -> Any:
        """An abstractive stage asking for `count` sentences, sharing the one loaded model."""
        stage = self._stages.get(count)
        if stage is None:
            from summarizer.abstract.stage import AbstractiveStage

            main = self.summarizer.abstractive
            backend = main.backend  # loads the model once
            stage = AbstractiveStage(self.options.with_changes(length=Length(sentences=count)), self.summarizer.ranker)
            stage.attach(backend, getattr(main._spec, "name", backend.kind))
            self._stages[count] = stage
        return stage

    def _count(self, generation: dict[str, Any]) -> None:
        total = self.generation
        total["requests"] += 1
        total["seconds"] = round(total["seconds"] + (generation.get("seconds") or 0.0), 3)
        for key in ("tokens_in", "tokens_out", "backend", "model"):
            value = generation.get(key)
            if key in ("backend", "model"):
                total[key] = value
            elif value is not None:
                total[key] = (total[key] or 0) + value

    def _tell(self, outcome: Summary, excerpt: Excerpt, where: Where) -> None:
        """Keep what one request's summary says of its lines, numbered as in the whole document
        (or, in a story's source, as in that source), and add up its guard's counts."""
        self.model_stats = outcome.stats.get("model", self.model_stats)
        for key, value in outcome.stats.get("guard", {}).items():
            if isinstance(value, int):
                self.guard[key] = self.guard.get(key, 0) + value
            else:  # mode, checker, min_support
                self.guard.setdefault(key, value)
        for warning in outcome.warnings:
            if warning.startswith("the model read ") or warning in excerpt.document.warnings:
                continue  # said once per excerpt by its own note
            said = in_parent(warning, excerpt, where.first)
            if said not in self._said:  # a server's note once, not once per request
                self._said.add(said)
                self.told.append(f"{where.name}: {said}")

    def _generated(self, excerpts: Sequence[Excerpt], counts: Sequence[int], parent: Document, names: Sequence[Where]) -> list[tuple[list[SummaryLine], int]]:
        self.model_used = True
        outcomes: dict[int, Any] = {}  # excerpt -> its summary, or the error that stopped it
        for count in sorted(set(counts)):
            positions = [k for k, c in enumerate(counts) if c == count]
            outcomes.update(zip(positions, self._stage(count).results([excerpts[k].document for k in positions])))
        failures = [outcome for outcome in outcomes.values() if isinstance(outcome, Exception)]
        if failures and len(failures) == len(excerpts) and not self.generation["requests"]:
            # The model wrote nothing at all (a server that is down, a model it does not serve):
            # the summary fails as a short document's does, rather than pass as extracted, exit 0.
            raise failures[0]
        results: list[tuple[list[SummaryLine], int]] = []
        for k, outcome in sorted(outcomes.items()):
            if isinstance(outcome, Exception):
                self.notes.append(f"{names[k].name}: the model failed ({outcome}); its lines were extracted instead")
                results.append((self._extracted(excerpts[k], counts[k], parent), len(excerpts[k].document.sentences)))
                continue
            self._count(outcome.stats.get("generation", {}))
            self._tell(outcome, excerpts[k], names[k])
            read = outcome.stats.get("model_input", {}).get("sentences", [])
            n = len(excerpts[k].document.sentences)
            if len(read) < n:
                self.notes.append(f"{names[k].name}: the model read {len(read)} of its {n} sentences (the top-ranked ones that fit)")
            results.append(([lift(line, excerpts[k], parent) for line in outcome.lines], len(read) or n))
        return results


def summarize_long(summarizer: Summarizer, document: Document, parts: Sequence[Part] | None = None, found_by: str | None = None) -> Summary:
    """`document` summarised in sections (given as `parts`, or found) and merged; see the module."""
    started = time.perf_counter()
    options = summarizer.options
    n = len(document.sentences)
    want = top_lines(options.length, n)
    terms: dict[int, list[str]] = {}  # content terms by sentence, computed once where needed
    if parts is None:
        found, found_by = find_sections(document, terms=terms)
        if len(found) < want:
            # Fewer parts than lines: cut them to a line's share, so each line has its own part to come from.
            most = max(MIN_SECTION_SENTENCES, math.ceil(n / want))
            found = [chunk for part in found for chunk in balanced(document, part, most)]
        parts = found
    parts = list(parts)
    worker = Sectioned(summarizer)
    model_sections = worker.model and len(parts) <= MAX_MODEL_UNITS
    quotas = allocate(want, [p.size for p in parts]) if len(parts) <= want else [1] * len(parts)
    excerpts = [contiguous(document, p.first, p.last, p.title) for p in parts]
    done = worker.summarise(excerpts, quotas, document, model_sections, part_names(parts))
    sections = tuple(
        Section(k, p.title, document.sentences[p.first].start, document.sentences[p.last - 1].end, p.first, p.last, tuple(lines), read, getattr(p, "source", None))
        for k, (p, (lines, read)) in enumerate(zip(parts, done))
    )
    units = [Unit(list(lines), p.first, p.last, [k]) for k, (p, (lines, _)) in enumerate(zip(parts, done))]
    levels = 0
    while len(units) > want:
        levels += 1
        count = max(want, math.ceil(len(units) / FAN_IN))
        if count == want and len(units) <= FAN_IN * want and n <= MAX_SIMILARITY_SENTENCES:
            # The last merge: join the neighbours that tell the same story, not just neighbours.
            runs = group_similar([_vector(document, u.first, u.last, terms) for u in units], count)
        else:
            runs = group([u.size for u in units], count)
        shares = allocate(want, [sum(units[k].size for k in run) for run in runs]) if len(runs) <= want else [1] * len(runs)
        merged_excerpts = [scattered(document, [c.sentence for k in run for line in units[k].lines for c in line.citations]) for run in runs]
        use_model = worker.model and len(runs) <= MAX_MODEL_UNITS
        merged = worker.summarise(merged_excerpts, shares, document, use_model, [Where(f"merge {levels}, group {k + 1}") for k in range(len(runs))])
        units = [
            Unit(lines, units[run[0]].first, units[run[-1]].last, [s for k in run for s in units[k].sections])
            for run, (lines, _) in zip(runs, merged)
        ]
    lines = [line for unit in units for line in unit.lines]
    warnings: list[str] = list(document.warnings)
    if options.length.words is not None:
        lines, cut = _within_words(lines, options.length.words)
        if cut:
            warnings.append(f"left out {cut} line{'s' * (cut != 1)} of the merged summary to keep within {options.length.words} words")
    if worker.model and not worker.model_used:
        warnings.append(f"the model wrote no line: the {_counted(parts)} were over the {MAX_MODEL_UNITS} it summarises at once, and needed no merging")
    warnings += _uncovered(sections, lines, want)
    warnings += worker.told
    warnings += worker.notes[:MAX_NAMED] + ([f"... and {len(worker.notes) - MAX_NAMED} more notes like these"] if len(worker.notes) > MAX_NAMED else [])
    words_out = sum(word_count(line.text) for line in lines)
    stats: dict[str, Any] = {
        "sentences_in": n,
        "words_in": document.word_count,
        "sentences_out": len(lines),
        "words_out": words_out,
        "length": options.length.to_dict(),
        "sections": {"count": len(sections), "found_by": found_by, "merge_levels": levels, "model_wrote_sections": model_sections},
        "timing_ms": {"summarize": round((time.perf_counter() - started) * 1000, 3)},
    }
    if worker.model_used:
        stats["generation"] = worker.generation
        stats["model"] = worker.model_stats
        stats["guard"] = worker.guard
    method = summarizer.method
    if worker.model:
        stage = summarizer.abstractive
        method = f"abstractive:{getattr(stage._spec, 'name', 'model')}"
    return Summary(document, tuple(lines), method, tuple(warnings), stats, sections=sections)


_NUMBERED = re.compile(r"(\bsentences?(?:\(s\))? )(\d+(?:, \d+)*)")  # "source sentence 4", "sentence(s) 4, 9"


def in_parent(warning: str, excerpt: Excerpt, first: int = 0) -> str:
    """An excerpt's warning with its sentence numbers those of the parent document, counted
    from its sentence `first` (a quoted line's own words are left as they are)."""

    def parent(match: re.Match[str]) -> str:
        numbers = [int(n) for n in match[2].split(", ")]
        if not all(1 <= n <= len(excerpt.origin) for n in numbers):
            return match[0]
        return match[1] + ", ".join(str(excerpt.origin[n - 1] - first + 1) for n in numbers)

    return "".join(part if part.startswith("“") else _NUMBERED.sub(parent, part) for part in re.split(r"(“[^”]*”)", warning))


@dataclass(frozen=True)
class Where:
    """How notes name an excerpt ("section 3", "source 2"), and the parent's sentence from which
    they count its sentences: 0, or a story's source's first sentence."""

    name: str
    first: int = 0


def _counted(parts: Sequence[Part]) -> str:
    """The parts counted as the user knows them: "40 sections" of one document; in a story, "40
    sources", or "41 sections of the 40 sources" where a long source is in sections."""
    sources = {p.source for p in parts if p.source is not None}
    if not sources:
        return f"{len(parts)} sections"
    if len(sources) == len(parts):
        return f"{len(parts)} sources"
    return f"{len(parts)} sections of the {len(sources)} sources"


def part_names(parts: Sequence[Part]) -> list[Where]:
    """Each part's name in notes: "section k" of one document; in a story (parts with a `source`),
    "source k", or "source k, section j" where a long source is in sections, with its sentences
    numbered as in that source."""
    per_source = Counter(p.source for p in parts)
    seen: Counter[int | None] = Counter()
    names: list[Where] = []
    for k, part in enumerate(parts):
        if part.source is None:
            names.append(Where(f"section {k + 1}"))
            continue
        seen[part.source] += 1
        first = min(p.first for p in parts if p.source == part.source)
        section = f", section {seen[part.source]}" if per_source[part.source] > 1 else ""
        names.append(Where(f"source {part.source}{section}", first))
    return names


def _within_words(lines: list[SummaryLine], budget: int) -> tuple[list[SummaryLine], int]:
    """The lines without the lowest-scored ones that push them over `budget` words (one always stays)."""
    kept = list(lines)
    cut = 0
    while len(kept) > 1 and sum(word_count(line.text) for line in kept) > budget:
        weakest = min(range(len(kept)), key=lambda k: (max((c.score or 0.0 for c in kept[k].citations), default=0.0), -k))
        kept.pop(weakest)
        cut += 1
    return kept, cut


def _uncovered(sections: Sequence[Section], lines: Sequence[SummaryLine], want: int) -> list[str]:
    """A warning naming the sections that no top line cites, and why."""
    cited = sorted({c.sentence for line in lines for c in line.citations})
    missing: list[Section] = []
    at = 0
    for section in sections:
        while at < len(cited) and cited[at] < section.first:
            at += 1
        if not (at < len(cited) and cited[at] < section.last):
            missing.append(section)
    if not missing:
        return []
    named = ", ".join(f"{s.index + 1} (sentences {s.first + 1}-{s.last})" for s in missing[:MAX_NAMED])
    more = f" and {len(missing) - MAX_NAMED} more" if len(missing) > MAX_NAMED else ""
    return [
        f"{len(missing)} of {len(sections)} sections have no line in the {len(lines)}-line summary: {named}{more}; "
        f"{want} line{'s' * (want != 1)} cannot stand for {len(sections)} sections. Each has its own summary "
        "in the outline (--outline, or \"sections\" in JSON)"
    ]
