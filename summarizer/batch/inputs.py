"""Find the documents of a batch lazily: files in folders (walked in sorted order) and JSONL rows.

Nothing is read into memory ahead of need. A JSONL row is described by where it lies in its file
(byte offset and length), so the process that summarises it reads it back itself and the parent
never holds article texts; the parent parses each row only to learn its id.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.batch.outputs import OutputNamer
from summarizer.batch.safety import INDEX_FILES, is_earlier_output
from summarizer.read.sources import HTML_SUFFIXES, format_for_path, wide_encoding

DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", *HTML_SUFFIXES})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIX = ".json"
ROWS, FILE, JSON_DOCUMENT = "rows", "file", "json-document"


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One document to summarise, or one that is already known to be broken (`error`)."""

    id: str
    source: str
    output: str  # relative to the output folder
    input_mtime: float
    format: str  # text, markdown, html, or "row" for a JSONL row
    row: int | None = None  # the row's line number in its JSONL file
    offset: int = 0
    length: int = 0
    error: str | None = None

    def __str__(self) -> str:
        return self.source  # how an error message names the item


_NO_FOLDERS = re.compile(r"(^|/)\*\*/")  # a glob's "**/" matching no folder at all


@dataclass(frozen=True, slots=True)
class InputSpec:
    """Which files to take and how to read JSONL rows."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    text_field: str = "text"
    id_field: str = "id"


def _matches(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a file's relative path or name matches a glob. "**/" stands for any folders, none
    included, as in .gitignore, git and pathlib: "**/*.md" takes a Markdown file at the top too."""
    name = relative.rsplit("/", 1)[-1]
    return any(
        fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) or ("**/" in p and fnmatch.fnmatch(relative, _NO_FOLDERS.sub(r"\1", p)))
        for p in patterns
    )


def _wanted(relative: str, spec: InputSpec) -> bool:
    suffix = os.path.splitext(relative)[1].lower()
    if suffix not in DOCUMENT_SUFFIXES and suffix not in JSONL_SUFFIXES and suffix != JSON_SUFFIX:
        return False
    if spec.include and not _matches(relative, spec.include):
        return False
    return not (spec.exclude and _matches(relative, spec.exclude))


def holds_json_lines(path: Path, rows: int = 2) -> bool:
    """Whether a `.json` file is really JSON Lines: its first `rows` non-blank lines are JSON
    objects (two by default: one object on a single line may be anyone's data in a folder, while a
    file named on purpose is read as the one row it holds with ``rows=1``).
    """
    found = 0
    try:
        with path.open("rb") as stream:
            for line in stream:
                if not line.strip():
                    continue
                try:
                    if not isinstance(json.loads(line), dict):
                        return False
                except ValueError:  # also a pretty-printed document's lone "{"
                    return False
                found += 1
                if found == rows:
                    return True
    except OSError:
        return False
    return False


def kind_of(path: Path, named: bool = False) -> str:
    """ROWS (JSONL, or JSONL saved as .json), JSON_DOCUMENT (a .json that is not) or FILE (an
    article). A .json file `named` on the command line is rows from one JSON object a line on."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return ROWS
    if suffix == JSON_SUFFIX:
        return ROWS if holds_json_lines(path, rows=1 if named else 2) else JSON_DOCUMENT
    return FILE


def walk_files(root: Path, spec: InputSpec, skip_dirs: frozenset[Path] = frozenset()) -> Iterator[tuple[Path, str, str]]:
    """(path, path relative to root, kind) of every wanted file under root, in a stable sorted order.

    Hidden folders, our own output folder and earlier batch output folders are not inputs (their
    summaries and index would be summarised again). A `.json` file found in a folder is taken only
    when it holds JSON Lines: a single JSON document is data, not an article, like a `.csv` beside it.
    Linked folders are walked, each real folder once (a link back up is not walked again). A named
    pipe, a socket or a device (or a link to one) is no document: opening a pipe waits for a writer
    for ever, and a device such as /dev/zero never ends. A broken link is taken, to be reported.
    """
    walked: set[Path] = set()
    for folder, dirnames, filenames in os.walk(root, followlinks=True):
        here = Path(folder)
        real = here.resolve()
        if real in walked:
            dirnames[:] = []
            continue
        walked.add(real)
        if is_earlier_output(here, filenames):
            if here != root:
                dirnames[:] = []
                continue
            filenames = [name for name in filenames if name not in INDEX_FILES]  # named on purpose: its summaries only
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and (here / d).resolve() not in skip_dirs)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            relative = path.relative_to(root).as_posix()
            if not _wanted(relative, spec) or _special(path):
                continue
            kind = kind_of(path)
            if kind != JSON_DOCUMENT:
                yield path, relative, kind


def _row_item(
    line: bytes, number: int, offset: int, path: Path, relative: str, mtime: float, spec: InputSpec, namer: OutputNamer, seen: set[str]
) -> BatchItem:
    stem = relative[: -len(Path(relative).suffix)] if Path(relative).suffix else relative
    fallback_id = f"line-{number}"

    def broken(problem: str, row_id: str = fallback_id) -> BatchItem:
        return BatchItem(f"{relative}#{row_id}", str(path), "", mtime, "row", number, offset, len(line), f"{path}: line {number}: {problem}")

    try:
        row = json.loads(line)
    except UnicodeDecodeError:
        return broken("is not valid UTF-8")
    except ValueError as exc:
        return broken(f"is not valid JSON ({exc})")
    if not isinstance(row, dict):
        return broken(f"is a JSON {type(row).__name__}, not an object")
    raw_id = row.get(spec.id_field)
    row_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    if row_id in seen:
        row_id = f"{row_id}-line-{number}"  # a repeated id must not overwrite the first one's output
    seen.add(row_id)
    text = row.get(spec.text_field)
    if not isinstance(text, str):
        what = "has no" if text is None else f"has a non-text ({type(text).__name__})"
        return broken(f"{what} {spec.text_field!r} field (see --text-field)", row_id)
    output = namer.for_row(stem, row_id)
    return BatchItem(f"{relative}#{row_id}", str(path), output, mtime, "row", number, offset, len(line))


def jsonl_items(path: Path, relative: str, spec: InputSpec, namer: OutputNamer) -> Iterator[BatchItem]:
    """One item per non-blank line, read one line at a time."""
    mtime = path.stat().st_mtime
    seen: set[str] = set()
    with path.open("rb") as stream:
        head = stream.read(8192)
        if b"\x00" in head:
            wide = wide_encoding(head)
            problem = f"is {wide} text, and JSON Lines are read as UTF-8; re-save it as UTF-8" if wide else "looks like a binary file, not JSONL"
            yield BatchItem(relative, str(path), "", mtime, "row", error=f"{path}: {problem}")
            return
        stream.seek(0)
        offset = 0
        for number, line in enumerate(stream, start=1):
            start, offset = offset, offset + len(line)
            if line.strip():
                yield _row_item(line, number, start, path, relative, mtime, spec, namer, seen)


def _special(path: Path) -> bool:
    """Whether `path` is (or links to) something other than a file or a folder."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a broken link: reported as a document that cannot be read
        return False


def file_item(path: Path, relative: str, namer: OutputNamer) -> BatchItem:
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        return BatchItem(relative, str(path), "", 0.0, "text", error=f"{path}: cannot be read ({exc.strerror or exc})")
    return BatchItem(relative, str(path), namer.for_file(relative), mtime, format_for_path(path))


def _roots(inputs: Sequence[Path]) -> list[tuple[Path, str]]:
    """Each input with the prefix its items get: none for one input, the input's name for several."""
    if len(inputs) == 1:
        return [(inputs[0], "")]
    return [(path, path.name) for path in inputs]


def _found(root: Path, spec: InputSpec, skip_dirs: frozenset[Path]) -> Iterator[tuple[Path, str, str]]:
    """walk_files for a folder; a file named directly is taken whatever its name."""
    if root.is_dir():
        return walk_files(root, spec, skip_dirs)
    return iter([(root, root.name, kind_of(root, named=True))])


def discover(inputs: Sequence[Path], spec: InputSpec, namer: OutputNamer, skip_dirs: frozenset[Path] = frozenset()) -> Iterator[BatchItem]:
    """Every document under `inputs`, lazily."""
    for root, prefix in _roots(inputs):
        for path, relative, kind in _found(root, spec, skip_dirs):
            relative = f"{prefix}/{relative}" if prefix and root.is_dir() else relative
            if kind == ROWS:
                try:
                    yield from jsonl_items(path, relative, spec, namer)
                except OSError as exc:
                    yield BatchItem(relative, str(path), "", 0.0, "row", error=f"{path}: cannot be read ({exc.strerror or exc})")
            elif kind == JSON_DOCUMENT:
                # Named on purpose, so it is reported rather than passed over: summarising the
                # JSON text itself as an article (what happened before) is never what was meant.
                problem = "holds one JSON document, not JSON Lines (one JSON object per line, each with the article text)"
                yield BatchItem(relative, str(path), "", 0.0, "row", error=f"{path}: {problem}")
            else:
                yield file_item(path, relative, namer)


def count_documents(inputs: Sequence[Path], spec: InputSpec, skip_dirs: frozenset[Path] = frozenset()) -> int:
    """How many items `discover` will yield (JSONL rows counted as non-blank lines), for progress
    and as the bound on a run's index rows."""
    total = 0
    for root, _prefix in _roots(inputs):
        for path, _relative, kind in _found(root, spec, skip_dirs):
            if kind != ROWS:
                total += 1
                continue
            try:
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                total += 1
    return total
