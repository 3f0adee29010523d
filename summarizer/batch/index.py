"""The batch index (`summaries.jsonl`): one JSON line per document, safe against kills.

Lines are appended and flushed one at a time, so a killed run loses at most the line it was
writing. Reading tolerates such a torn line, and `compact` rewrites the file (atomically) with
only the newest record of each id, which is how a re-run ends up without duplicates.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from summarizer.render.files import write_lines_atomically

INDEX_NAME = "summaries.jsonl"
ERRORS_NAME = "errors.jsonl"


# Settings that change how a run goes (waits, retries, requests in flight), never what it writes:
# changing them must not redo a finished batch.
NOT_IN_FINGERPRINT = frozenset({"timeout", "retries", "retry_backoff", "concurrency"})


def options_fingerprint(options: Any, output_format: str, text_field: str) -> str:
    """A short hash of everything that shapes an output: a changed option means redo, and so
    does a model file replaced under the same name (a .gguf updated in place)."""
    from summarizer._version import __version__
    from summarizer.models.identity import model_identity

    settings = {name: value for name, value in asdict(options).items() if name not in NOT_IN_FINGERPRINT}
    shape = {"options": settings, "format": output_format, "text_field": text_field, "version": __version__}
    model_file = model_identity(options.model) if options.mode == "abstractive" else None
    if model_file is not None:  # an extractive run keeps the fingerprint it always had
        shape["model_file"] = model_file
    return hashlib.sha256(json.dumps(shape, sort_keys=True, default=_plain).encode("utf-8")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    """A value json cannot write as it is: read-only settings as the mapping they are, else text."""
    return dict(value) if isinstance(value, Mapping) else str(value)


@dataclass(frozen=True, slots=True)
class Done:
    """What the index remembers of a document, enough to decide whether to skip it."""

    status: str
    fingerprint: str | None
    output: str | None


def read_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for each well-formed line; torn or foreign lines are passed over."""
    if not path.exists():
        return
    with path.open("rb") as stream:
        for number, line in enumerate(stream):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                yield number, record


def compact(path: Path, forget: frozenset[str] = frozenset()) -> None:
    """Keep only the last record of each id (and drop torn lines), in their original order;
    the ids in `forget` lose every record."""
    if not path.exists():
        return
    last: dict[str, int] = {}
    total = 0
    with path.open("rb") as stream:
        total = sum(1 for _ in stream)
    for number, record in read_records(path):
        if record["id"] not in forget:
            last[record["id"]] = number
    if len(last) == total:
        return  # already one clean line per id
    keep = set(last.values())

    def kept() -> Iterator[str]:
        with path.open("rb") as stream:
            for number, line in enumerate(stream):
                if number in keep:
                    yield line.decode("utf-8").rstrip("\n") + "\n"

    write_lines_atomically(path, kept())


def load_done(path: Path) -> dict[str, Done]:
    """The newest state of every id in the index."""
    return {
        record["id"]: Done(str(record.get("status")), record.get("fingerprint"), record.get("output"))
        for _number, record in read_records(path)
    }


class LineLog:
    """A JSONL file that records are appended to and flushed one by one."""

    def __init__(self, path: Path, mode: str = "a"):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._stream: IO[str] = path.open(mode, encoding="utf-8", errors="backslashreplace")
        if mode == "a" and self._stream.tell() > 0 and not _ends_with_newline(path):
            self._stream.write("\n")  # a torn last line from a killed run must not swallow ours

    def append(self, record: dict[str, Any]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as stream:
        stream.seek(-1, os.SEEK_END)
        return stream.read(1) == b"\n"
