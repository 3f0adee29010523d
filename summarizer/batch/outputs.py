"""Where each summary goes: the input's tree mirrored under the output folder.

`politics/vote.html` becomes `politics/vote.md` (for `--format markdown`); row `a/7` of
`dump.jsonl` becomes `dump/a_7-<hash>.md`. Names are decided in the walk's stable order, so a
re-run gives every document the same output path.
"""

from __future__ import annotations

import hashlib
import re

EXTENSIONS = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 120


def sanitize_id(row_id: str) -> str:
    """A file name made from a row id: safe characters only, and distinct ids stay distinct."""
    safe = _UNSAFE.sub("_", row_id).strip("._")[:MAX_NAME]
    if safe != row_id or not safe:
        # Changing the id could make two ids equal ("a/b" and "a_b"): a short hash keeps them apart.
        safe = f"{safe or 'row'}-{hashlib.sha1(row_id.encode('utf-8')).hexdigest()[:8]}"
    return safe


class OutputNamer:
    """Hands out relative output paths, never the same one twice in a run."""

    def __init__(self, output_format: str):
        self.extension = EXTENSIONS.get(output_format, f".{output_format}")  # a plugin's format: its own name
        # An html batch ends with index.html listing every page: no document may take that name.
        self._taken: set[str] = {"index.html"} if output_format == "html" else set()

    def claimed(self, name: str) -> bool:
        """Whether a document of this run has been handed `name` so far (in any case)."""
        return name.casefold() in self._taken

    def _claim(self, preferred: str, fallback: str) -> str:
        # Names are compared without case: on macOS and Windows "dup.md" and "DUP.md" are one file,
        # and an output folder copied there must not lose one of them.
        name = preferred if preferred.casefold() not in self._taken else fallback
        self._taken.add(name.casefold())
        return name

    def for_file(self, relative: str) -> str:
        stem, dot, _suffix = relative.rpartition(".")
        base = stem if dot and "/" not in _suffix else relative
        # `a.txt` and `a.md` side by side: the second keeps its suffix (`a.md.md`) rather than clash.
        return self._claim(base + self.extension, relative + self.extension)

    def for_row(self, jsonl_stem: str, row_id: str) -> str:
        name = f"{jsonl_stem}/{sanitize_id(row_id)}{self.extension}"
        return self._claim(name, f"{jsonl_stem}/{sanitize_id(row_id)}-{len(self._taken)}{self.extension}")
