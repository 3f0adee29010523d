"""Run a batch on this machine: discover, skip what is current, summarise the rest, record all.

The parent process checks the layout, locks the output folder, walks the inputs, decides what
to skip, appends to the index and draws the progress bar; workers (a process pool, or this
process when workers == 1) summarise and write the summary files. Ctrl-C terminates the pool and
still leaves a consistent index behind.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from summarizer.batch.index import ERRORS_NAME, INDEX_NAME, Done, LineLog, compact, load_done, options_fingerprint, read_records
from summarizer.batch.index_page import write_index_page
from summarizer.batch.inputs import BatchItem, InputSpec, count_documents, discover
from summarizer.batch.outputs import OutputNamer
from summarizer.batch.safety import BatchError, OutputGuard, check_layout, output_lock, users_files
from summarizer.batch.work import FAILED, OK, WorkerSetup, process_item, process_items_as_finished
from summarizer.options import Options
from summarizer.pipeline import Summarizer, run_many, run_windows
from summarizer.progress import Progress

MAX_CHUNK_SIZE = 32
CHUNKS_PER_WORKER = 16


def chunk_size_for(documents: int, workers: int) -> int:
    """Documents sent to a worker at once: big enough that passing them costs little (measured:
    the parent's CPU time halved from 8 to 32), small enough that every worker gets many chunks
    so that none waits while another finishes a long tail."""
    return max(1, min(MAX_CHUNK_SIZE, documents // (max(1, workers) * CHUNKS_PER_WORKER)))


@dataclass(frozen=True, slots=True)
class BatchConfig:
    inputs: tuple[Path, ...]
    out_dir: Path
    options: Options = field(default_factory=Options)
    output_format: str = "text"
    spec: InputSpec = field(default_factory=InputSpec)
    workers: int = 1
    force: bool = False
    chunk_size: int | None = None  # None: chosen from the number of documents
    output_inside_input: bool = False  # allow OUT inside an input folder (it is then never walked)
    prune: bool = False  # forget documents no longer among the inputs, and remove their summaries
    protected_outputs: frozenset[str] = frozenset()  # the user's own files in OUT (`OutputGuard.protected`)

    @property
    def fingerprint(self) -> str:
        return options_fingerprint(self.options, self.output_format, self.spec.text_field)

    def worker_setup(self) -> WorkerSetup:
        guard = OutputGuard.for_batch(self.inputs, self.out_dir, self.protected_outputs)
        return WorkerSetup(self.options, self.output_format, str(self.out_dir), self.fingerprint, self.spec.text_field, guard)


@dataclass(slots=True)
class BatchReport:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    gone: int = 0  # documents in the index that this run no longer met among its inputs
    pruned: bool = False  # ... and were forgotten, their summaries removed (`--prune`)

    @property
    def processed(self) -> int:
        return self.done + self.failed

    @property
    def rate(self) -> float:
        """Documents summarised (or failed) per second, skipped ones not counted."""
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def summary_line(self) -> str:
        head = "interrupted" if self.interrupted else "finished"
        line = f"{head}: {self.done} done, {self.skipped} skipped, {self.failed} failed in {self.seconds:.1f} s"
        # A rate over skipped or failed documents only would claim a speed nothing was summarised at.
        line = f"{line} ({self.rate:.1f} articles/s)" if self.done else line
        if self.gone and self.pruned:
            return f"{line}; {self.gone} no longer among the inputs: their summaries removed"
        if self.gone:
            return f"{line}; {self.gone} in the index no longer among the inputs (--prune removes their summaries)"
        return line


def is_current(item: BatchItem, done: Done | None, config: BatchConfig, fingerprint: str | None = None) -> bool:
    """An output made from this input with these options, and newer than the input.
    `fingerprint`: the config's, worked out once for the run (it looks the model file up)."""
    if config.force or done is None or done.status != OK or done.fingerprint != (fingerprint or config.fingerprint):
        return False
    if not item.output or done.output != item.output:
        return False
    try:
        return (config.out_dir / item.output).stat().st_mtime >= item.input_mtime
    except OSError:
        return False


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files a killed run left behind (never renamed into place, so never output)."""
    for path in out_dir.rglob(".*.tmp"):
        path.unlink(missing_ok=True)


def _local_results(config: BatchConfig, items: Iterable[BatchItem]) -> Iterator[dict[str, Any]]:
    setup = config.worker_setup()
    if config.options.mode == "abstractive":
        # One model in this process, generating a batch of documents at a time, in the windows
        # every abstractive run uses: a model per worker process would multiply the memory and
        # fight over the same cores.
        with Summarizer(config.options) as summarizer:
            yield from run_windows(summarizer, items, functools.partial(_process_window, setup))
        return
    work = functools.partial(process_item, setup)
    yield from run_many(config.options, items, work, workers=config.workers, chunk_size=config.chunk_size or 1, in_order=False)


def _process_window(setup: WorkerSetup, summarizer: Summarizer, items: list[BatchItem]) -> Iterator[dict[str, Any]]:
    # Lazily: each summary is written (and its record indexed) the moment it is done, so that
    # Ctrl-C loses only the documents in flight.
    return process_items_as_finished(summarizer, setup, items)


Executor = Callable[[BatchConfig, Iterable[BatchItem]], Iterator[dict[str, Any]]]


def run_batch(
    config: BatchConfig, *, progress: bool = False, executor: Executor = _local_results, report: BatchReport | None = None,
) -> BatchReport:
    """Summarise every input of `config`; returns the counts (kept in `report` as they grow, when
    given). Never raises for a bad document; raises `BatchError` for an unsafe output folder, one
    in use, or inputs that grow as they are read. A Ctrl-C at any point returns the report with
    `interrupted` set (never a run that looks finished)."""
    started = time.perf_counter()
    report = report if report is not None else BatchReport()
    try:
        check_layout(config.inputs, config.out_dir, config.output_inside_input)
        config.out_dir.mkdir(parents=True, exist_ok=True)
        with output_lock(config.out_dir):
            return _run_locked(config, progress, executor, started, report)
    except KeyboardInterrupt:
        # A Ctrl-C outside the loop over results (walking the inputs, compacting the index,
        # writing the page, a second Ctrl-C while the pool stops) is an interruption all the
        # same, never a finished run: rows are appended whole and compaction is atomic, so the
        # index is resumable wherever it struck.
        report.interrupted = True
        report.seconds = time.perf_counter() - started
        return report


def write_interrupted(config: BatchConfig, report: BatchReport, seconds: float) -> None:
    """What a run still writes when its process must end at once, the main thread being stuck in
    a model's C call: the tally's state and the HTML index page of the documents done. The index
    needs nothing: each row was flushed as its summary was written."""
    report.interrupted = True
    report.seconds = seconds
    if config.output_format == "html":
        guard = OutputGuard.for_batch(config.inputs, config.out_dir)
        write_index_page(config.out_dir, (record for _, record in read_records(config.out_dir / INDEX_NAME)), config.options.language, guard)


def _remove_stale_output(config: BatchConfig, guard: OutputGuard, output: str) -> None:
    """Delete a summary an earlier run made that the index will no longer vouch for (its document
    now fails, its summary moved to another name, or it left the inputs); never a path outside
    OUT, an input, or a file of the user's."""
    target = config.out_dir / output
    if guard.refusal(target) is None:
        target.unlink(missing_ok=True)


def _identity(path: Path) -> tuple[int, int] | None:
    """Tells a file from the one renamed into its place (a summary written anew); None: no file."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def _remove_unrecorded(config: BatchConfig, guard: OutputGuard, outputs: dict[str, str], there_before: dict[str, Any]) -> None:
    """After a Ctrl-C: remove the summaries this run wrote whose records never reached the index
    (the interrupt struck between a file's rename and its record coming back, or a worker was
    killed there), so that the index lists every summary in OUT; a re-run redoes them. A file
    the run did not replace stays (`there_before`: each document's output before its work was sent)."""
    for document, output in outputs.items():
        if output and _identity(config.out_dir / output) not in (None, there_before.get(document)):
            _remove_stale_output(config, guard, output)


def _replaced_output(before: Done | None, intended: str | None, written: str | None, namer: OutputNamer) -> str | None:
    """The earlier summary of a document that this run gives up: the one made before, where the
    document now fails (`written` None) or its summary has a new name (another `--format`),
    unless another document met so far in this run has that name now. A document met later
    that has it finds it missing and is redone, so removing it early loses nothing."""
    if before is None or before.status != OK or not before.output or before.output == written:
        return None
    if before.output == intended or not namer.claimed(before.output):
        return before.output
    return None


def _run_locked(config: BatchConfig, progress: bool, executor: Executor, started: float, report: BatchReport) -> BatchReport:
    out_dir = config.out_dir
    remove_stale_temporaries(out_dir)
    index_path = out_dir / INDEX_NAME
    # Before the first run into OUT every file there is the user's; after it, those a run refused
    # to replace (a run stopped midway leaves summaries its index does not list yet: not the user's).
    first_run = not index_path.exists()
    compact(index_path)
    previous = load_done(index_path)
    protected = users_files(out_dir, first_run, (record for _, record in read_records(index_path)))
    config = replace(config, protected_outputs=protected)
    skip_dirs = frozenset({out_dir.resolve()})
    guard = OutputGuard.for_batch(config.inputs, out_dir, protected)
    total = count_documents(config.inputs, config.spec, skip_dirs)
    if config.chunk_size is None:
        config = replace(config, chunk_size=chunk_size_for(total, config.workers))
    bar = Progress(total, "doc", enabled=progress)
    index = LineLog(index_path, "a")
    errors = LineLog(out_dir / ERRORS_NAME, "w")  # this run's failures (failed documents are always retried)
    namer = OutputNamer(config.output_format)
    intended: dict[str, str] = {}  # output path of each document in flight, by id
    there_before: dict[str, Any] = {}  # ... and the `_identity` of the file there before it was sent
    met: set[str] = set()  # every document this run found among its inputs
    fingerprint = config.fingerprint

    def advance() -> None:
        bar.set_postfix(done=report.done, skipped=report.skipped, failed=report.failed)
        bar.update()

    def todo() -> Iterator[BatchItem]:
        for found, item in enumerate(discover(config.inputs, config.spec, namer, skip_dirs), start=1):
            if found > total:  # something is writing into the inputs as we read them (our own output?)
                raise BatchError(f"the inputs grew during the run (more than the {total} documents counted at its start); stopped")
            met.add(item.id)
            if is_current(item, previous.get(item.id), config, fingerprint):
                report.skipped += 1
                advance()
            else:
                intended[item.id] = item.output
                there_before[item.id] = _identity(out_dir / item.output) if item.output else None
                yield item

    results = executor(config, todo())
    rows = 0
    taken: list[dict[str, Any]] = []  # the record being handled, until it is in the index

    def record_one(record: dict[str, Any]) -> None:
        nonlocal rows
        # One row per document at most: whatever goes wrong, the index cannot feed on itself.
        if rows >= total:
            raise BatchError(f"the run produced more index rows than its {total} documents; stopped")
        index.append(record)
        taken.clear()
        rows += 1
        output = intended.pop(record["id"], None)
        failed = record["status"] == FAILED
        if failed:
            report.failed += 1
            errors.append({k: record[k] for k in ("id", "source", "row", "error", "error_type") if k in record})
        else:
            report.done += 1
        replaced = _replaced_output(previous.get(record["id"]), output, None if failed else record.get("output"), namer)
        if replaced is not None:
            _remove_stale_output(config, guard, replaced)
        advance()

    try:
        for record in results:
            taken[:] = [record]
            record_one(record)
    except KeyboardInterrupt:
        report.interrupted = True
        # The summaries written by then are recorded too (with -j N, rows a worker held or had
        # sent): the index then lists every summary in OUT, and a re-run need not redo them.
        for record in [*taken, *finished_when_stopped(results)]:
            record_one(record)
    finally:
        results.close()  # stops the executor: a pool still running is terminated
        if report.interrupted:
            _remove_unrecorded(config, guard, intended, there_before)
        bar.close()
        index.close()
        errors.close()
        # Only a run that walked every input knows which documents left them.
        gone = frozenset() if report.interrupted else frozenset(previous.keys() - met)
        report.gone, report.pruned = len(gone), config.prune
        if config.prune:
            for document in gone:
                output = previous[document].output
                if previous[document].status == OK and output and not namer.claimed(output):
                    _remove_stale_output(config, guard, output)
        compact(index_path, gone if config.prune else frozenset())
        report.seconds = time.perf_counter() - started
    if config.output_format == "html":
        write_index_page(out_dir, (record for _, record in read_records(index_path)), config.options.language, guard)
    return report


def finished_when_stopped(results: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """After a Ctrl-C: the records of the documents the executor had finished, which it gives
    when told of the interrupt (`WorkerPool`'s as-completed map does); none from one that does not."""
    throw = getattr(results, "throw", None)
    if throw is None:
        return
    try:
        record = throw(KeyboardInterrupt)
        while True:
            yield record
            record = next(results)
    except (KeyboardInterrupt, StopIteration):
        return


def check_inputs(inputs: Iterable[str]) -> tuple[Path, ...]:
    """The inputs as paths; a `ValueError` naming the first one that is missing or ambiguous."""
    paths = tuple(Path(p) for p in inputs)
    names: dict[str, Path] = {}
    for path in paths:
        if not path.exists():
            raise ValueError(f"{path}: no such file or folder")
        if not path.is_dir() and not path.is_file():
            # a device or a pipe: the documents are counted first and then read, so it would be read
            # twice (a pipe cannot be), and /dev/zero never ends
            raise ValueError(f"{path}: is no regular file (a device, pipe or socket); save the documents to a file first")
        if len(paths) > 1 and path.name in names:
            raise ValueError(f"{path} and {names[path.name]} share the name {path.name!r}; their outputs would mix")
        names[path.name] = path
    return paths

