"""Summarise one batch item: the code that runs inside each worker (a process or a Ray actor).

A worker builds its pipeline once from the `WorkerSetup` it is handed, whatever the options in
it hold, then turns items into index records (and rendered summaries).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.batch.inputs import BatchItem
from summarizer.options import Options

OK = "ok"
FAILED = "failed"


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    options: Options
    output_format: str
    out_dir: str
    fingerprint: str
    text_field: str = "text"


def _read_row(item: BatchItem, text_field: str, max_bytes: int) -> Any:
    import json

    from summarizer.errors import InputError
    from summarizer.reading import RawText, check_not_blank

    source = f"{item.source}#{item.id.rpartition('#')[2]}"
    if item.length > max_bytes:
        raise InputError(source, f"is {item.length} bytes, over the {max_bytes} byte limit (see --max-bytes)")
    with open(item.source, "rb") as stream:
        stream.seek(item.offset)
        row = json.loads(stream.read(item.length))
    text = row[text_field].replace("\r\n", "\n").replace("\r", "\n")
    return RawText(check_not_blank(text, source), source, "text")


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
        from summarizer.preprocess import build_document

        return build_document(_read_row(item, setup.text_field, setup.options.max_bytes), setup.options.language)
    return summarizer.read(Path(item.source), fmt=item.format)


def _failure(item: BatchItem, setup: WorkerSetup, exc: Exception, started: float) -> dict[str, Any]:
    from summarizer.errors import SummarizerError

    error = str(exc) if isinstance(exc, SummarizerError) else f"{item.source}: unexpected {type(exc).__name__}: {exc}"
    return failure_record(item, setup, error, type(exc).__name__, (time.perf_counter() - started) * 1000)


def _success(item: BatchItem, setup: WorkerSetup, summary: Any, started: float) -> tuple[dict[str, Any], str]:
    from summarizer.rendering import render

    rendered = render(summary, setup.output_format) + "\n"
    record = base_record(item, setup)
    record.update(
        status=OK,
        title=summary.document.title,
        summary=[line.text for line in summary.lines],
        citations=_citations(summary),
        method=summary.method,
        warnings=list(summary.warnings),
        timing_ms={"total": round((time.perf_counter() - started) * 1000, 3)},
    )
    return record, rendered


def summarize_item(summarizer: Any, setup: WorkerSetup, item: BatchItem) -> tuple[dict[str, Any], str | None]:
    """(index record, rendered summary or None when it failed) for one item; never raises."""
    started = time.perf_counter()
    if item.error is not None:
        return failure_record(item, setup, item.error, "InputError"), None
    try:
        return _success(item, setup, summarizer.summarize(read_item(summarizer, setup, item)), started)
    except Exception as exc:  # noqa: BLE001 - one odd document must never stop the batch
        return _failure(item, setup, exc, started), None


def summarize_items_batched(summarizer: Any, setup: WorkerSetup, items: list[BatchItem]) -> list[tuple[dict[str, Any], str | None]]:
    """`summarize_item` for several items at once, so that a model generates them in batches.

    Reading errors stay with their item; the documents that were read are summarised together.
    """
    started = time.perf_counter()
    results: list[tuple[dict[str, Any], str | None] | None] = []
    documents: list[Any] = []
    for item in items:
        if item.error is not None:
            results.append((failure_record(item, setup, item.error, "InputError"), None))
            continue
        try:
            documents.append(read_item(summarizer, setup, item))
            results.append(None)
        except Exception as exc:  # noqa: BLE001 - one unreadable document must never stop the batch
            results.append((_failure(item, setup, exc, started), None))
    summaries = iter(summarizer.summarize_documents(documents))
    return [
        result if result is not None else _success(item, setup, next(summaries), started)
        for item, result in zip(items, results)
    ]


def write_output(setup: WorkerSetup, record: dict[str, Any], rendered: str) -> dict[str, Any]:
    """Write the summary atomically; a failure to write makes the record a failure."""
    from summarizer.files import write_atomically

    try:
        write_atomically(Path(setup.out_dir) / record["output"], rendered)
    except OSError as exc:
        return {**record, "status": FAILED, "error": f"{record['output']}: cannot be written ({exc.strerror or exc})", "error_type": "OSError"}
    return record


# Per-process state of a local worker: built once by `start_worker`.
_worker: tuple[Any, WorkerSetup] | None = None


def build_pipeline(setup: WorkerSetup) -> Any:
    from summarizer.pipeline import Summarizer

    return Summarizer(setup.options)


def start_worker(setup: WorkerSetup) -> None:
    global _worker
    _worker = (build_pipeline(setup), setup)


def process_item(item: BatchItem) -> dict[str, Any]:
    """Summarise and write one item in this worker; returns its index record."""
    assert _worker is not None, "start_worker() was not called in this process"
    summarizer, setup = _worker
    record, rendered = summarize_item(summarizer, setup, item)
    return write_output(setup, record, rendered) if rendered is not None else record


def process_items_batched(items: list[BatchItem]) -> list[dict[str, Any]]:
    """Summarise and write several items in this worker with batched generation."""
    assert _worker is not None, "start_worker() was not called in this process"
    summarizer, setup = _worker
    return [
        write_output(setup, record, rendered) if rendered is not None else record
        for record, rendered in summarize_items_batched(summarizer, setup, items)
    ]
