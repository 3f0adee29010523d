"""What keeps a batch from destroying or re-reading its own work.

A summary mirrors its input's relative path, so an output folder that is (or holds) an input
folder can write summaries over articles, and a walk that enters an output folder reads summaries
and index rows back as articles (a run once grew its index to 24 GB that way). So: the layout is
checked before anything is written, every output path is checked before it is written, earlier
output folders are left out of walks, and one run at a time holds a lock on the output folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.batch.index import ERRORS_NAME, INDEX_NAME
from summarizer.errors import SummarizerError

LOCK_NAME = ".summarize.lock"
INDEX_FILES = frozenset({INDEX_NAME, ERRORS_NAME})
INSIDE_FLAG = "--output-inside-input"


class BatchError(SummarizerError):
    """A batch that must not start or go on: an unsafe output folder, one in use, runaway input."""


def _within(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def check_layout(inputs: Sequence[Path], out_dir: Path, output_inside_input: bool = False) -> None:
    """Refuse an output folder that would overwrite or feed back into the inputs (a `BatchError`)."""
    out = out_dir.resolve()
    for given in inputs:
        real = given.resolve()
        if not real.is_dir():
            if real.parent == out and real.name in INDEX_FILES:
                raise BatchError(f"{given} is this run's own index in {out_dir}; it cannot also be an input")
            continue
        # With several inputs each one's summaries go under OUT/<its name>; with one, under OUT.
        mirror = out / given.name if len(inputs) > 1 else out
        if out == real or mirror == real:
            raise BatchError(f"-o {out_dir} would write the summaries of {given} over its own files; choose another output folder")
        if _within(out, real) and not output_inside_input:
            raise BatchError(
                f"-o {out_dir} lies inside the input folder {given}; choose a folder outside it, "
                f"or pass {INSIDE_FLAG} to keep it there (it is then never read as input)"
            )


@dataclass(frozen=True, slots=True)
class OutputGuard:
    """Where outputs may not go: onto an input file, or into an input folder outside OUT.

    Handed to every worker (it pickles), and asked about each output path just before writing.
    """

    out_dir: Path
    input_files: frozenset[Path]
    input_folders: tuple[Path, ...]
    # The user's own files in OUT (relative paths), which no summary may replace: those that stood
    # there before the first run into it, and those an earlier run refused to replace.
    protected: frozenset[str] = frozenset()

    @classmethod
    def for_batch(cls, inputs: Sequence[Path], out_dir: Path, protected: frozenset[str] = frozenset()) -> OutputGuard:
        resolved = [p.resolve() for p in inputs]
        return cls(out_dir.resolve(), frozenset(p for p in resolved if not p.is_dir()), tuple(p for p in resolved if p.is_dir()), protected)

    def foreign(self, target: Path) -> str | None:
        """Why a summary must not replace `target`: one of the user's own files in OUT ("-o notes"
        where notes/ holds the user's city-budget.txt); None otherwise."""
        relative = self.relative(target)
        if relative is None or relative not in self.protected or not target.exists():
            return None
        return f"would overwrite {target.resolve()}, a file of yours that no summarize batch run wrote"

    def relative(self, target: Path) -> str | None:
        """`target`'s path inside OUT, or None outside it."""
        try:
            return target.resolve().relative_to(self.out_dir).as_posix()
        except ValueError:
            return None

    def problem(self, target: Path) -> str | None:
        """Why `target` must not be written (or removed), or None when it is ours to write."""
        real = target.resolve()
        if real in self.input_files:
            return f"would overwrite the input {real}"
        for folder in self.input_folders:
            if _within(real, folder) and not (_within(self.out_dir, folder) and _within(real, self.out_dir)):
                what = "would overwrite the input" if real.exists() else "would be written inside the input folder"
                return f"{what} {real if real.exists() else folder}"
        if not _within(real, self.out_dir):
            return f"would be written outside the output folder {self.out_dir}"
        return None

    def refusal(self, target: Path) -> str | None:
        """Why `target` must not be written or removed by a step that records no "blocked" file
        (the index page, removing a stale summary): `problem`, or it is the user's (`foreign`)."""
        return self.problem(target) or self.foreign(target)


def users_files(out_dir: Path, first_run: bool, records: Iterable[dict[str, Any]]) -> frozenset[str]:
    """The user's own files in OUT, for `OutputGuard.protected`: every file there before the first
    run into it, and afterwards those a run refused to replace (`records` with "blocked", from the
    run's index or groups list): a stopped run leaves summaries its index does not list yet."""
    if first_run:
        return files_before_first_run(out_dir)
    return frozenset(str(record["blocked"]) for record in records if record.get("blocked"))


def files_before_first_run(out_dir: Path) -> frozenset[str]:
    """The files a folder holds before any run has written into it (relative paths): the user's,
    every one of them, for `OutputGuard.protected`. A run's own lock and index are not among them."""
    found = set()
    for folder, _dirs, names in os.walk(out_dir):
        for name in names:
            if name != LOCK_NAME and name not in INDEX_FILES:
                found.add((Path(folder) / name).relative_to(out_dir).as_posix())
    return frozenset(found)


def is_earlier_output(folder: Path, filenames: Sequence[str]) -> bool:
    """Whether a folder met in a walk is a batch output folder (ours, now or from an earlier run):
    it holds our lock file, or an index whose first line is one of our records."""
    if LOCK_NAME in filenames:
        return True
    if INDEX_NAME not in filenames:
        return False
    try:
        with (folder / INDEX_NAME).open("rb") as stream:
            record = json.loads(stream.readline())
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and {"id", "status", "fingerprint"} <= record.keys()


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold OUT's lock for the run; a second run into the same folder is refused at once.

    Without it a second run would delete the first one's temporaries, compact the index under it
    and truncate its errors file. The lock file stays behind (removing it would race a run that
    is just opening it); being hidden, it is never taken for input or output.
    """
    from filelock import FileLock, Timeout

    lock = FileLock(str(out_dir / LOCK_NAME), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise BatchError(f"{out_dir} is in use by another summarize batch run (lock {out_dir / LOCK_NAME}); wait for it to finish") from None
    try:
        yield
    finally:
        lock.release()
