"""Summarise one batch item: the code that runs inside each worker (a process or a Ray actor).

Each worker has one `Summarizer` built from the batch's options (see `pipeline.run_many`) and
turns items into index records (and rendered summaries) with the `WorkerSetup` it is handed.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.batch.inputs import BatchItem
from summarizer.batch.safety import OutputGuard
from summarizer.options import Options
from summarizer.pipeline import Outcome, Summarizer

OK = "ok"
FAILED = "failed"


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    options: Options
    output_format: str
    out_dir: str
    fingerprint: str
    text_field: str = "text"
    guard: OutputGuard | None = None  # None: write wherever the output path points


def _read_row(item: BatchItem, text_field: str, max_bytes: int) -> Any:
    import json

    from summarizer.errors import InputError
    from summarizer.read.raw import normalize_newlines
    from summarizer.read.sources import raw_from_text

    source = f"{item.source}#{item.id.rpartition('#')[2]}"
    if item.length > max_bytes:
        raise InputError(source, f"is {item.length} bytes, over the {max_bytes} byte limit (see --max-bytes)")
    with open(item.source, "rb") as stream:
        stream.seek(item.offset)
        row = json.loads(stream.read(item.length))
    # Text, or a web page as a scraped dump keeps it: told apart by its content, as summarize(str) does.
    return raw_from_text(normalize_newlines(row[text_field]), source)


def _citations(summary: Any) -> list[list[dict[str, int]]]:
    return [[{"sentence": c.sentence, "start": c.start, "end": c.end} for c in line.citations] for line in summary.lines]


def base_record(item: BatchItem, setup: WorkerSetup) -> dict[str, Any]:
    record: dict[str, Any] = {"id": item.id, "source": item.source}
    if item.row is not None:
        record["row"] = item.row
    record["output"] = item.output or None
    record["fingerprint"] = setup.fingerprint
    return record


def failure_record(item: BatchItem, setup: WorkerSetup, error: str, error_type: str, elapsed_ms: float = 0.0) -> dict[str, Any]:
    record = base_record(item, setup)
    record.update(output=None, status=FAILED, error=error, error_type=error_type, timing_ms={"total": round(elapsed_ms, 3)})
    return record


def read_item(summarizer: Any, setup: WorkerSetup, item: BatchItem) -> Any:
    """The item's `Document`; raises the reading error of a bad one."""
    if item.format == "row":
        from summarizer.read.document import build_document

        return build_document(_read_row(item, setup.text_field, setup.options.max_bytes), setup.options.language)
    return summarizer.read(Path(item.source), fmt=item.format)


def _failure(item: BatchItem, setup: WorkerSetup, outcome: Outcome, started: float) -> dict[str, Any]:
    return failure_record(item, setup, outcome.error or "", outcome.error_type or "", (time.perf_counter() - started) * 1000)


def _success(item: BatchItem, setup: WorkerSetup, summary: Any, started: float) -> tuple[dict[str, Any], str]:
    from summarizer.lang import code_of
    from summarizer.render.renderers import render

    rendered = render(summary, setup.output_format) + "\n"
    record = base_record(item, setup)
    record.update(
        status=OK,
        title=summary.document.title,
        language=summary.document.language,
        language_code=code_of(summary.document.language),
        summary=[line.text for line in summary.lines],
        citations=_citations(summary),
        method=summary.method,
        warnings=list(summary.warnings),
        timing_ms={"total": round((time.perf_counter() - started) * 1000, 3)},
    )
    return record, rendered


def summarize_item(summarizer: Summarizer, setup: WorkerSetup, item: BatchItem) -> tuple[dict[str, Any], str | None]:
    """(index record, rendered summary or None when it failed) for one item; never raises."""
    return summarize_items_together(summarizer, setup, [item])[0]


def summarize_items_together(
    summarizer: Summarizer, setup: WorkerSetup, items: list[BatchItem]
) -> list[tuple[dict[str, Any], str | None]]:
    """`summarize_item` for several items at once, so that a model generates them in batches;
    in input order (see `summarize_items_as_finished`)."""
    results: list[tuple[dict[str, Any], str | None] | None] = [None] * len(items)
    for position, result in summarize_items_as_finished(summarizer, setup, items):
        results[position] = result
    return results  # type: ignore[return-value]


def summarize_items_as_finished(
    summarizer: Summarizer, setup: WorkerSetup, items: list[BatchItem]
) -> Iterator[tuple[int, tuple[dict[str, Any], str | None]]]:
    """(position, (index record, rendered summary or None)) for each item as soon as it is done.

    Reading errors stay with their item; the documents that were read are summarised together.
    """
    started = time.perf_counter()
    readable = [position for position, item in enumerate(items) if item.error is None]
    for position, item in enumerate(items):
        if item.error is not None:
            yield position, (failure_record(item, setup, item.error, "InputError"), None)
    outcomes = summarizer.outcomes_as_finished([items[p] for p in readable], functools.partial(read_item, summarizer, setup))
    for index, outcome in outcomes:
        position = readable[index]
        item = items[position]
        if outcome.summary is None:
            yield position, (_failure(item, setup, outcome, started), None)
            continue
        try:
            yield position, _success(item, setup, outcome.summary, started)
        except Exception as exc:  # noqa: BLE001 - one odd document must never stop the batch
            yield position, (_failure(item, setup, Outcome.failed(item.source, exc), started), None)


def write_output(setup: WorkerSetup, record: dict[str, Any], rendered: str) -> dict[str, Any]:
    """Write the summary atomically; a failure to write, or a path that would overwrite an input,
    makes the record a failure (checked here, just before writing, whatever the layout checks said)."""
    from summarizer.parallel import hold_stop
    from summarizer.render.files import write_atomically

    target = Path(setup.out_dir) / record["output"]
    problem = setup.guard.problem(target) if setup.guard is not None else None
    if problem is not None:
        return {**record, "output": None, "status": FAILED, "error": f"{target}: not written: it {problem}", "error_type": "UnsafeOutput"}
    foreign = setup.guard.foreign(target) if setup.guard is not None else None
    if foreign is not None:  # remembered in the index ("blocked"), so that a re-run spares it too
        return {**record, "output": None, "status": FAILED, "error": f"{target}: not written: it {foreign}",
                "error_type": "UnsafeOutput", "blocked": record["output"]}
    hold_stop()  # in a pool worker: a Ctrl-C's stop waits until this record is handed back with the summary
    try:
        write_atomically(target, rendered, make_folders=True)
    except OSError as exc:
        return {**record, "output": None, "status": FAILED, "error": f"{record['output']}: cannot be written ({exc.strerror or exc})", "error_type": "OSError"}
    return record


def process_items(summarizer: Summarizer, setup: WorkerSetup, items: list[BatchItem]) -> list[dict[str, Any]]:
    """Summarise and write several items (generated together); their index records."""
    return list(process_items_as_finished(summarizer, setup, items))


def process_items_as_finished(summarizer: Summarizer, setup: WorkerSetup, items: list[BatchItem]) -> Iterator[dict[str, Any]]:
    """Summarise several items (generated together), writing each summary the moment it is done,
    and yield its index record then: a run stopped midway keeps every finished document."""
    for _position, (record, rendered) in summarize_items_as_finished(summarizer, setup, items):
        yield write_output(setup, record, rendered) if rendered is not None else record


def process_item(setup: WorkerSetup, summarizer: Summarizer, item: BatchItem) -> dict[str, Any]:
    """Summarise and write one item; its index record (`run_many` work: setup bound first)."""
    return process_items(summarizer, setup, [item])[0]
