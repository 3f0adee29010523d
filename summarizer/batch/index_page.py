"""`index.html` for an html batch: every document of the index, with a link to its page.

Written at the end of a run from `summaries.jsonl` (so documents skipped as current are listed
too), failures included with their reason. Titles, ids and errors come from the inputs and are
escaped like everything on the pages; links are relative paths, percent-encoded and prefixed
with ``./`` so that no file name can read as a URL scheme (``javascript:...``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

INDEX_PAGE = "index.html"


def page_link(output: str) -> str:
    """A relative link to an output path that a browser cannot read as anything else. A name
    that is not UTF-8 on disk ("caf\xe9.html", held as a surrogate) links by its own bytes."""
    return "./" + quote(output, safe="/", errors="surrogateescape")


def render_index(records: Iterable[dict[str, Any]], language: str) -> str:
    from summarizer.render.html import environment

    rows = []
    for record in records:
        ok = record.get("status") == "ok" and bool(record.get("output"))
        summary = record.get("summary") or []
        rows.append(
            {
                "id": record.get("id", ""),
                "title": record.get("title") or record.get("id", ""),
                "language": record.get("language") or ("" if language == "auto" else language),
                "first": summary[0] if summary and ok else "",
                "lang": record.get("language_code"),  # of the first line's words; the page's own are English
                "ok": ok,
                "status": record.get("status", ""),
                "error": record.get("error", "") if not ok else "",
                "link": page_link(record["output"]) if ok else None,
            }
        )
    failed = sum(not row["ok"] for row in rows)
    return environment().get_template("index.html.j2").render(rows=rows, language=language, failed=failed)


def write_index_page(out_dir: Path, records: Iterable[dict[str, Any]], language: str, guard: Any = None) -> Path | None:
    """Write `out_dir/index.html` atomically; None (nothing written) where the guard objects."""
    from summarizer.render.files import write_atomically

    target = out_dir / INDEX_PAGE
    if guard is not None and guard.refusal(target) is not None:
        return None  # (a file of the user's named index.html stays theirs)
    write_atomically(target, render_index(records, language) + "\n")
    return target
