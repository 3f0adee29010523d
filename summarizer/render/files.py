"""Writing files so that a crash never leaves half of one behind."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from pathlib import Path

TEMPORARY_SUFFIX = ".tmp"


def write_atomically(path: str | os.PathLike[str], content: str, *, make_folders: bool = True) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    write_lines_atomically(path, [content], make_folders=make_folders)


def _create_temporary(target: Path) -> tuple[int, Path]:
    """A new hidden file beside `target`, opened for writing.

    Created with mode 0666 so that the umask decides the final mode, as for any file the user
    writes (0644 under the usual 022); `tempfile.mkstemp` would make every output 0600.
    """
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary
        except FileExistsError:
            continue


def write_lines_atomically(path: str | os.PathLike[str], lines: Iterable[str], *, make_folders: bool = True) -> None:
    """Write `lines` (each ending with ``\\n``) to a temporary file beside `path`, then rename it
    into place, so a crash never leaves half a file. A missing folder is created only with
    `make_folders` (otherwise `FileNotFoundError`)."""
    target = Path(path)
    if make_folders:
        target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _create_temporary(target)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            stream.writelines(lines)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
