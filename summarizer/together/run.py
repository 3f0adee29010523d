"""Several articles on one story, summarised together: one summary whose lines cite any source.

1. every source is read first; if any cannot be, none is summarised and the error names it;
2. the sources are combined (`read/combine.py`) and summarised as a long document whose sections are
   the sources (a long source in sections of its own), so every source gets its share of lines;
3. extractive: candidates are taken in turn from each source, best first; a candidate that
   another source's chosen line already says is not repeated but cited with it (agree.py);
   abstractive: the model's lines are cited with every source that says the same;
4. lines that several sources back come first; where sources give another number, date or name
   for the same statement, the summary says so.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.scripts import word_count
from summarizer.types import Disagreement, Document, Summary, SummaryLine

MAX_CORROBORATED_SECTIONS = 64
CANDIDATES_PER_LINE = 3  # candidates drawn per top line, to replace those another source already says


def summarize_together(sources: Iterable[str | Path | Document], summarizer: Any = None, **options: Any) -> Summary:
    """One summary of several articles on one story. A `str` is article text, a `Path` a file,
    a `Document` an already read input (read a URL with `Summarizer.read`); keyword arguments are
    `Options` fields as for `summarize`."""
    from summarizer.pipeline import Summarizer

    if summarizer is not None:
        return read_together(summarizer, sources)
    with Summarizer(**options) as own:
        return read_together(own, sources)


def read_together(summarizer: Any, sources: Iterable[Any], read: Any = None, asked_by: str = "summarize_together") -> Summary:
    """The sources read (`read_all`) and summarised together, with the time each took in
    `timing_ms` ("read", "summarize", "total"), as a one-article summary has it."""
    started = time.perf_counter()
    from summarizer.read.combine import read_all

    documents = read_all(sources, read or summarizer.read, asked_by)
    read_ms = (time.perf_counter() - started) * 1000
    summary = together(summarizer, documents)
    timing = {**summary.stats.get("timing_ms", {}), "read": round(read_ms, 3)}
    timing["total"] = round((time.perf_counter() - started) * 1000, 3)
    return replace(summary, stats={**summary.stats, "timing_ms": timing})


def distinct(documents: Sequence[Document]) -> tuple[list[Document], list[str]]:
    """The documents with a repeated text left out (the same file given twice, a copy of one
    syndicated story): a repeat would make every line look backed by two sources. A warning
    names each repeat and the source it repeats."""
    kept: list[Document] = []
    first_of: dict[tuple[str, ...], int] = {}
    warnings: list[str] = []
    for number, document in enumerate(documents, start=1):
        key = tuple(" ".join(s.text.split()) for s in document.sentences)
        if key in first_of:
            warnings.append(f"source {number} ({document.source}) has the same text as source {first_of[key]}: read once, not counted as a second source")
            continue
        first_of[key] = number
        kept.append(document)
    return kept, warnings


def together(summarizer: Any, documents: Sequence[Document]) -> Summary:
    documents, repeats = distinct(documents)
    if len(documents) == 1:  # nothing to set side by side: the one text's own summary
        alone = summarizer.summarize_document(documents[0])
        return replace(alone, warnings=tuple(repeats) + alone.warnings)
    summary = _together(summarizer, documents)
    return replace(summary, warnings=tuple(repeats) + summary.warnings) if repeats else summary


def _together(summarizer: Any, documents: Sequence[Document]) -> Summary:
    from summarizer.long.merge import LONG_MIN_SENTENCES, summarize_long, top_lines
    from summarizer.long.sections import Part, find_sections
    from summarizer.read.combine import combine, label
    from summarizer.together.agree import Matcher, corroborate

    started = time.perf_counter()
    combined, spans, _ = combine(documents)
    options = summarizer.options
    n = len(combined.sentences)
    want = top_lines(options.length, n)
    parts: list[Part] = []
    for span in spans:
        if span.last == span.first:
            continue
        found = find_sections(combined, span.first, span.last)[0] if span.last - span.first > LONG_MIN_SENTENCES else [Part(span.first, span.last, span.title)]
        parts += [replace(p, source=span.number) for p in found]
    extractive = options.mode != "abstractive"
    # Extractive: a larger pool than the lines asked for, since lines that repeat each other merge.
    pooled = type(summarizer)(options.with_changes(length=_pool(options.length, want))) if extractive else summarizer
    base = summarize_long(pooled, combined, parts, "sources")
    matcher = Matcher(combined, spans)
    if extractive:
        lines, disagreements = _pick(list(base.lines), want, matcher, options.length.words)
    else:
        lines, disagreements = [], []
        for k, line in enumerate(base.lines):
            line, found = corroborate(line, k, matcher)
            lines.append(line)
            disagreements += found
    # The outline's lines are cited across sources too, unless there are too many to match.
    if len(base.sections) <= MAX_CORROBORATED_SECTIONS:
        sections = tuple(replace(s, lines=tuple(corroborate(line, -1, matcher)[0] for line in s.lines)) for s in base.sections)
    else:
        sections = tuple(replace(s, lines=tuple(replace(line, citations=tuple(label(c, spans) for c in line.citations)) for line in s.lines)) for s in base.sections)
    warnings = [w for w in base.warnings if "have no line" not in w]
    uncited = [s.number for s in spans if not any(c.source == s.number for line in lines for c in line.citations)]
    if uncited:
        warnings.append(
            f"source{'s' * (len(uncited) > 1)} {', '.join(map(str, uncited))} {'have' if len(uncited) > 1 else 'has'} no line in the "
            f"{len(lines)}-line summary; {'their' if len(uncited) > 1 else 'its'} own summary is in the outline (--outline, or \"sections\" in JSON)"
        )
    warnings += [d.describe() for d in disagreements]
    stats = dict(base.stats)
    stats.update(
        sentences_out=len(lines),
        words_out=sum(word_count(line.text) for line in lines),
        length=options.length.to_dict(),
        sources=len(spans),
        lines_citing_several_sources=sum(1 for line in lines if len({c.source for c in line.citations}) > 1),
    )
    stats["timing_ms"] = {"summarize": round((time.perf_counter() - started) * 1000, 3)}
    return Summary(combined, tuple(lines), base.method, tuple(warnings), stats, sections=sections, sources=spans, disagreements=tuple(disagreements))


def _pool(length: Any, want: int) -> Any:
    from summarizer.options import Length

    return Length(sentences=want * CANDIDATES_PER_LINE) if length.words is None else Length(words=length.words * CANDIDATES_PER_LINE)


def _pick(candidates: list[SummaryLine], want: int, matcher: Any, words: int | None) -> tuple[list[SummaryLine], list[Disagreement]]:
    """Lines taken in turn from each source, best first; a candidate that a chosen line already
    cites (another source said it) is skipped, since that line stands for it."""
    from summarizer.read.combine import source_of
    from summarizer.together.agree import corroborate

    by_source: dict[int, list[SummaryLine]] = {}
    for line in candidates:
        if line.citations:
            by_source.setdefault(source_of(matcher.spans, line.citations[0].sentence).number, []).append(line)
    queues = [sorted(lines, key=lambda l: -(l.citations[0].score or 0.0)) for _, lines in sorted(by_source.items())]
    order = [queue[k] for k in range(max(map(len, queues), default=0)) for queue in queues if k < len(queue)]
    chosen: list[tuple[int, SummaryLine]] = []
    disagreements: list[Disagreement] = []
    covered: set[int] = set()
    used = 0
    for rank, line in enumerate(order):
        if len(chosen) >= want:
            break
        if line.citations[0].sentence in covered:
            continue
        count = word_count(line.text)
        if words is not None and chosen and used + count > words:
            continue
        merged, found = corroborate(line, rank, matcher)
        chosen.append((rank, merged))
        disagreements += found
        # What it cites is said; a sentence that disagrees with it is said in the disagreement.
        covered |= {c.sentence for c in merged.citations} | {c.sentence for d in found for c, _ in d.claims}
        used += count
    # Lines that more sources back first, then as they were picked.
    chosen.sort(key=lambda item: (-len({c.source for c in item[1].citations}), item[0]))
    ranks = {rank: k for k, (rank, _) in enumerate(chosen)}
    disagreements = [replace(d, line=ranks[d.line]) for d in disagreements if d.line in ranks]
    return [line for _, line in chosen], disagreements
