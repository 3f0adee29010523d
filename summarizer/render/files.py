"""Writing files so that a crash never leaves half of one behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], content: str) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    write_lines_atomically(path, [content])


def write_lines_atomically(path: str | os.PathLike[str], lines: Iterable[str]) -> None:
    """Write `lines` (each ending with ``\\n``) to a temporary file beside `path`, then rename it
    into place, so a crash never leaves half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.writelines(lines)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
