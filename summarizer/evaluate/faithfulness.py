"""Does a checker object to the summaries people found wrong, and pass the ones they found right?

Input is JSONL, one judged summary per row, in either of two shapes:

- self-contained: ``{"article": ..., "summary": ..., "factuality": 0.75}`` or, the generic
  shape of most consistency data sets, ``{"article": ..., "summary": ..., "label": 1}`` with
  label 1 = people found it consistent, 0 = they found an error (``document``/``doc`` and
  ``claim`` are read as ``article`` and ``summary``, as LLM-AggreFact and SummaC name them);
  plus optional ``"dataset"``, ``"system"``, ``"id"`` and ``"error_share": {"RelE": 0.5, ...}``;
- FRANK's labels: ``{"file": "cnndm.jsonl", "id": ..., "system": ..., "factuality": ...,
  "error_share": {...}}``, pointing at a row with that ``id`` in ``file`` (found beside the
  labels file) whose ``system_outputs[system]`` is the summary and ``article`` its source.

A summary is flawed when ``factuality < 1`` (people found an error in one of its sentences) or
its ``label`` is 0. The report gives, per dataset: balanced accuracy (the mean of the share of
flawed summaries caught and the share of clean ones passed) with a 95% bootstrap interval, both
shares, per error kind the share of summaries with that kind of error that were caught, and the
checker's milliseconds per summary, both wall-clock and CPU (the process's CPU time over all its
threads: steadier than wall time on a shared machine, and what a model checker really costs).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from summarizer.errors import InputError


@dataclass(frozen=True, slots=True)
class JudgedSummary:
    id: str
    dataset: str
    system: str
    article: str
    summary: str
    factuality: float
    error_kinds: tuple[str, ...] = ()  # FRANK's kinds with a share above zero: RelE, EntE, ...

    @property
    def flawed(self) -> bool:
        return self.factuality < 1


# The published outputs come tokenised the way their systems wrote them: "kilmarnock 's", `` and
# '' for quote marks, spaces before punctuation. Undone, so that a quote mark means a quotation
# and "'s" is not read as one opening.
_DETOKENIZE = (
    (re.compile(r"\\'"), "'"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"`` ?(.*?) ?''"), r'"\1"'),
    (re.compile(r"(?:^|(?<=\s))` ?(.*?) ?'(?=\s|$|[.,;:!?])"), r'"\1"'),
    (re.compile(r" ([.,;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$]) "), r"\1"),
)


def detokenize(text: str) -> str:
    """Undo Penn-Treebank-style tokenisation of one line."""
    for pattern, replacement in _DETOKENIZE:
        text = pattern.sub(replacement, text)
    return text


def read_judged(path: str | Path, limit: int | None = None) -> list[JudgedSummary]:
    """The judged summaries of a labels file (either shape above), in file order."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file")
    if not path.is_file():  # a folder, a device or a pipe: /dev/zero would be read until memory ran out
        raise InputError(str(path), "is no regular file; give a JSONL file of judged summaries")
    sources: dict[str, dict[str, dict[str, Any]]] = {}
    judged: list[JudgedSummary] = []
    try:
        with path.open(encoding="utf-8-sig") as handle:  # a byte-order mark, as Windows tools write, is dropped
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    judged.append(_judged(row, path, sources, number))
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                    raise InputError(f"{path}:{number}", f"not a judged summary ({type(exc).__name__}: {exc})") from None
                if limit is not None and len(judged) >= limit:
                    break
    except UnicodeDecodeError:
        raise InputError(str(path), "is not valid UTF-8") from None
    if not judged:
        raise InputError(str(path), "holds no judged summary")
    return judged


_ARTICLE_KEYS = ("article", "document", "doc")
_SUMMARY_KEYS = ("summary", "claim")


def _judged(row: dict[str, Any], path: Path, sources: dict[str, dict[str, dict[str, Any]]], number: int) -> JudgedSummary:
    kinds = tuple(sorted(k for k, share in (row.get("error_share") or {}).items() if share and share > 0))
    factuality = _factuality(row)
    summary_key = next((k for k in _SUMMARY_KEYS if k in row), None)
    if summary_key is not None:
        article = _article_text(next((row[k] for k in _ARTICLE_KEYS if k in row), None))
        return JudgedSummary(
            str(row.get("id", number)), str(row.get("dataset", path.stem)), str(row.get("system", "")),
            article, _summary_text(row[summary_key]), factuality, kinds,
        )
    name = row["file"]
    if name not in sources:
        data = path.parent / name
        if not data.is_file():
            raise ValueError(f"{name} is not beside the labels file")
        with data.open(encoding="utf-8-sig") as handle:
            sources[name] = {str(r["id"]): r for r in map(json.loads, filter(str.strip, handle))}
    source = sources[name][str(row["id"])]
    summary = "\n".join(detokenize(line) for line in source["system_outputs"][row["system"]].splitlines())
    return JudgedSummary(str(row["id"]), Path(name).stem, row["system"], _article_text(source.get("article")), summary, factuality, kinds)


def _article_text(article: Any) -> str:
    """A row's article, refused while the file is read (with its line) when there is no text to
    check against: missing, null, a number, or blank."""
    from summarizer.read.segment import invisible_as_spaces

    if not isinstance(article, str) or not invisible_as_spaces(article).strip():  # zero-width spaces are blank too
        raise ValueError("the row has no article text")
    return article


def _summary_text(summary: Any) -> str:
    """A row's summary; null, a list or a number is refused (it was checked as "None" or its repr)."""
    if not isinstance(summary, str):
        raise ValueError(f"the row's summary is not text (a {type(summary).__name__})")
    return summary


def _factuality(row: dict[str, Any]) -> float:
    """FRANK's share of error-free sentences, or 1/0 from a binary consistency label."""
    if "factuality" in row:
        value = row["factuality"]
        try:
            share = float(value)
        except (TypeError, ValueError):
            share = float("nan")
        # A 1-5 score or a NaN would pass as "not below 1", so as clean: refused instead.
        if not 0 <= share <= 1:
            raise ValueError(f"factuality must be a share from 0 to 1, got {value!r}")
        return share
    label = row["label"]
    if isinstance(label, str):
        label = label.strip().lower()
        if label not in ("0", "1", "true", "false"):
            raise ValueError(f"label must be 0 or 1, got {row['label']!r}")
        return 1.0 if label in ("1", "true") else 0.0
    if label not in (0, 1):  # True and False compare equal to 1 and 0
        raise ValueError(f"label must be 0 or 1, got {label!r}")
    return float(label)


@dataclass(frozen=True, slots=True)
class Share:
    """A proportion (0-1) with its 95% bootstrap interval and the count behind it; a share of no
    summaries (n 0: none flawed, or none clean) has no value, shown as "–" (JSON null)."""

    value: float
    low: float
    high: float
    n: int

    def to_dict(self) -> dict[str, float | int | None]:
        if self.n == 0:
            return {"value": None, "low": None, "high": None, "n": 0}
        return {"value": round(self.value, 3), "low": round(self.low, 3), "high": round(self.high, 3), "n": self.n}

    @property
    def shown(self) -> str:
        """The value alone, "–" where there is none."""
        return f"{self.value:.3f}" if self.n else "–"

    def __str__(self) -> str:
        return f"{self.value:.3f} [{self.low:.3f}, {self.high:.3f}]" if self.n else "–"


@dataclass(frozen=True, slots=True)
class DatasetResult:
    dataset: str
    summaries: int
    flawed: int
    balanced_accuracy: Share
    caught: Share  # share of flawed summaries objected to
    passed: Share  # share of clean summaries let through
    by_error_kind: dict[str, Share]
    problem_kinds: dict[str, tuple[int, int]]  # our kind -> (summaries flawed, clean) it fired on
    ms_per_summary: float = 0.0  # wall clock
    cpu_ms_per_summary: float = 0.0  # the process's CPU time, all threads

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "summaries": self.summaries,
            "flawed": self.flawed,
            "balanced_accuracy": self.balanced_accuracy.to_dict(),
            "caught": self.caught.to_dict(),
            "passed": self.passed.to_dict(),
            "ms_per_summary": round(self.ms_per_summary, 3),
            "cpu_ms_per_summary": round(self.cpu_ms_per_summary, 3),
            "caught_by_error_kind": {k: s.to_dict() for k, s in self.by_error_kind.items()},
            "problem_kinds": {k: {"flawed": f, "clean": c} for k, (f, c) in self.problem_kinds.items()},
        }


FLAWED_MEANS = "factuality < 1 or label 0 (people found an error)"


@dataclass(frozen=True, slots=True)
class FaithfulnessReport:
    data: str
    checker: str
    results: tuple[DatasetResult, ...]
    ms_per_summary: float
    settings: dict[str, Any] = field(default_factory=dict)
    cpu_ms_per_summary: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "data": self.data,
            "checker": self.checker,
            "flawed_means": FLAWED_MEANS,
            "confidence": 0.95,
            **self.settings,
            "ms_per_summary": round(self.ms_per_summary, 3),
            "cpu_ms_per_summary": round(self.cpu_ms_per_summary, 3),
            "results": [r.to_dict() for r in self.results],
        }


# A judge: (article, summary) -> the kinds of problem found; an empty list means "supported".
Judge = Callable[[str, str], Sequence[str]]


def checker_judge(checker: str = "default", min_support: float = 0.5, as_text: bool = False, **settings: Any) -> Judge:
    """A judge that runs `verify` with the named checker. Each line of a summary is checked as it
    is (the labelled sets give one sentence a line); with `as_text`, the summary is read as
    `summarize check` reads a summary file: its sentences split, list markers, lead-ins and a chat
    model's preamble taken as layout (summaries written the way users bring them)."""
    from summarizer.verify.verification import make_checker, verify

    the_checker = make_checker(checker, **settings)

    def judge(article: str, summary: str) -> list[str]:
        result = verify(article, summary if as_text else summary.splitlines(), checker=the_checker, min_support=min_support)
        if not result.lines:
            return ["empty"]  # no line to check is no supported summary (`verify` says unsupported too)
        return sorted({p.kind for p in result.problems})

    return judge


def evaluate_faithfulness(
    judged: Sequence[JudgedSummary],
    judge: Judge,
    *,
    checker: str = "",
    data: str = "",
    resamples: int = 1000,
    seed: int = 0,
    progress: Callable[[int], Any] | None = None,
) -> FaithfulnessReport:
    verdicts: list[Sequence[str]] = []
    walls: list[float] = []
    cpus: list[float] = []
    for item in judged:
        wall, cpu = time.perf_counter(), time.process_time()
        verdicts.append(judge(item.article, item.summary))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        if progress is not None:
            progress(1)
    results = []
    for dataset in sorted({j.dataset for j in judged}):
        picked = [i for i, j in enumerate(judged) if j.dataset == dataset]
        rows = [(judged[i], verdicts[i]) for i in picked]
        result = _dataset_result(dataset, rows, resamples, seed)
        ms, cpu_ms = (sum(times[i] for i in picked) * 1000 / len(picked) for times in (walls, cpus))
        results.append(replace(result, ms_per_summary=ms, cpu_ms_per_summary=cpu_ms))
    count = max(1, len(judged))
    return FaithfulnessReport(
        data, checker, tuple(results), sum(walls) * 1000 / count, {"resamples": resamples}, cpu_ms_per_summary=sum(cpus) * 1000 / count,
    )


def _dataset_result(dataset: str, rows: Sequence[tuple[JudgedSummary, Sequence[str]]], resamples: int, seed: int) -> DatasetResult:
    import numpy as np

    flawed = np.array([j.flawed for j, _ in rows], dtype=bool)
    objected = np.array([bool(v) for _, v in rows], dtype=bool)
    rng = np.random.default_rng(seed)
    samples = rng.integers(0, len(rows), size=(resamples, len(rows)))

    def share(hit: np.ndarray, among: np.ndarray) -> Share:
        n = int(among.sum())
        if n == 0:
            return Share(0.0, 0.0, 0.0, 0)
        value = float(hit[among].mean())
        picked = np.where(among, 1, 0)[samples]
        counts = picked.sum(axis=1)
        means = np.divide((hit & among)[samples].sum(axis=1), counts, out=np.full(resamples, np.nan), where=counts > 0)
        low, high = np.nanpercentile(means, [2.5, 97.5])
        return Share(value, float(low), float(high), n)

    caught = share(objected, flawed)
    passed = share(~objected, ~flawed)
    # Balanced accuracy resampled as a whole, so its interval reflects both shares' uncertainty.
    f, o = flawed[samples], objected[samples]
    with np.errstate(invalid="ignore", divide="ignore"):
        bas = ((o & f).sum(1) / f.sum(1) + (~o & ~f).sum(1) / (~f).sum(1)) / 2
    low, high = np.nanpercentile(bas, [2.5, 97.5]) if np.isfinite(bas).any() else (0.0, 0.0)
    # (Undefined where the labels hold one class only: a set of clean summaries has only "passed".)
    balanced = Share((caught.value + passed.value) / 2, float(low), float(high), len(rows) if caught.n and passed.n else 0)
    kinds = sorted({k for j, _ in rows for k in j.error_kinds})
    by_kind = {k: share(objected, np.array([k in j.error_kinds for j, _ in rows])) for k in kinds}
    fired: dict[str, tuple[int, int]] = {}
    for j, verdict in rows:
        for kind in set(verdict):
            a, b = fired.get(kind, (0, 0))
            fired[kind] = (a + j.flawed, b + (not j.flawed))
    return DatasetResult(dataset, len(rows), int(flawed.sum()), balanced, caught, passed, by_kind, dict(sorted(fired.items())))


def render_faithfulness(report: FaithfulnessReport, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)
    header = ["dataset", "summaries", "flawed", "balanced accuracy [95%]", "caught", "clean passed", "ms/summary", "CPU ms/summary"]
    rows = [
        [
            r.dataset, str(r.summaries), str(r.flawed), str(r.balanced_accuracy), r.caught.shown, r.passed.shown,
            f"{r.ms_per_summary:.1f}", f"{r.cpu_ms_per_summary:.1f}",
        ]
        for r in report.results
    ]
    kinds = sorted({k for r in report.results for k in r.by_error_kind})
    kind_header = ["caught, by error kind", *[r.dataset for r in report.results]]
    kind_rows = [[k, *[f"{r.by_error_kind[k].value:.2f} (n={r.by_error_kind[k].n})" if k in r.by_error_kind else "-" for r in report.results]] for k in kinds]
    fired = sorted({k for r in report.results for k in r.problem_kinds})
    fired_header = ["problem kind: flawed/clean summaries", *[r.dataset for r in report.results]]
    fired_rows = [[k, *[("{}/{}".format(*r.problem_kinds[k]) if k in r.problem_kinds else "-") for r in report.results]] for k in fired]
    intro = (
        f"checker {report.checker or '?'} on {report.data}: {report.ms_per_summary:.1f} ms per summary "
        f"({report.cpu_ms_per_summary:.1f} ms CPU); flawed = {FLAWED_MEANS}"
    )
    if fmt == "markdown":
        return "\n\n".join([intro, _markdown(header, rows), _markdown(kind_header, kind_rows), _markdown(fired_header, fired_rows)])
    return "\n\n".join([intro, _aligned(header, rows), _aligned(kind_header, kind_rows), _aligned(fired_header, fired_rows)])


def _markdown(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _aligned(header: list[str], rows: Iterable[list[str]]) -> str:
    table = [header, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table)
