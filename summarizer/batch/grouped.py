"""`summarize batch ... --together-by FIELD|similarity`: one summary per story, not per article.

The inputs are found as for any batch run, every one is read, and they are grouped by the value
of a JSONL field (or an HTML page's metadata such as `sitename`), or by the similarity of their
opening sentences (summarizer/together/groups.py). Each group of two or more is summarised
together; an article alone in its group is summarised on its own. Outputs are `group-N.EXT` in
OUT, and OUT/groups.jsonl lists each group's members, output and lines. A run is not resumable:
the grouping depends on every input, so it is redone as a whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.batch.index import INDEX_NAME
from summarizer.batch.inputs import BatchItem, discover
from summarizer.batch.outputs import EXTENSIONS, OutputNamer
from summarizer.batch.runner import BatchConfig
from summarizer.batch.safety import (
    BatchError,
    OutputGuard,
    check_layout,
    output_lock,
    users_files,
)

GROUPS_NAME = "groups.jsonl"
SIMILARITY = "similarity"


@dataclass(slots=True)
class GroupedReport:
    groups: int = 0
    articles: int = 0
    failed: int = 0
    interrupted: bool = False  # Ctrl-C: the groups done so far are written and listed
    records: list[dict[str, Any]] = field(default_factory=list, repr=False)  # groups.jsonl's rows so far

    def summary_line(self) -> str:
        line = f"{self.articles} articles in {self.groups} groups, {self.failed} could not be read"
        return f"interrupted: {line}" if self.interrupted else line


def _fields(item: BatchItem, document: Any, text_field: str) -> dict[str, Any]:
    """What a field name can be looked up in: a JSONL row's own fields, else the document's metadata."""
    if item.format == "row":
        with open(item.source, "rb") as stream:
            stream.seek(item.offset)
            row = json.loads(stream.read(item.length))
        return {k: v for k, v in row.items() if k != text_field}
    return dict(document.metadata)


def _users_files(out_dir: Path) -> frozenset[str]:
    """The user's own files in OUT (`safety.users_files`): the first run into it is one with no
    groups list and no batch index there yet; the refusals are remembered in the groups list."""
    groups = out_dir / GROUPS_NAME
    first_run = not groups.exists() and not (out_dir / INDEX_NAME).exists()
    return users_files(out_dir, first_run, () if first_run else _groups_records(groups))


def _groups_records(path: Path) -> list[dict[str, Any]]:
    """The rows of a groups list that can be read (a torn or foreign line is passed over)."""
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def write_groups(out_dir: Path, records: list[dict[str, Any]]) -> None:
    from summarizer.render.files import write_atomically

    write_atomically(str(out_dir / GROUPS_NAME), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), make_folders=False)


def run_grouped(config: BatchConfig, by: str, report: GroupedReport | None = None) -> GroupedReport:
    """Summarise the inputs of `config` group by group (see the module); raises `BatchError` for
    an unsafe output folder or one in use, as `run_batch` does. The counts and rows are kept in
    `report` as they grow, when given."""
    from summarizer.batch.work import read_item
    from summarizer.pipeline import Summarizer
    from summarizer.render.files import write_atomically
    from summarizer.render.renderers import render
    from summarizer.together.groups import by_field, by_similarity
    from summarizer.lang import code_of
    from summarizer.together.run import together

    check_layout(config.inputs, config.out_dir, config.output_inside_input)
    config.out_dir.mkdir(parents=True, exist_ok=True)
    report = report if report is not None else GroupedReport()
    records = report.records
    with output_lock(config.out_dir), Summarizer(config.options) as summarizer:
        setup = config.worker_setup()
        guard = OutputGuard.for_batch(config.inputs, config.out_dir, _users_files(config.out_dir))
        items: list[BatchItem] = []
        documents: list[Any] = []
        fields: list[dict[str, Any]] = []
        try:
            skip = frozenset({config.out_dir.resolve()})
            for item in discover(config.inputs, config.spec, OutputNamer(config.output_format), skip):
                try:
                    if item.error:
                        raise ValueError(item.error)
                    document = read_item(summarizer, setup, item)
                except Exception as exc:  # noqa: BLE001 - an unreadable article is reported, the others go on
                    report.failed += 1
                    records.append({"id": item.id, "source": item.source, "status": "failed", "error": str(exc)})
                    continue
                items.append(item)
                documents.append(document)
                fields.append(_fields(item, document, config.spec.text_field))
            if by != SIMILARITY and fields and all(row.get(by) in (None, "") for row in fields):
                theirs = ", ".join(sorted({key for row in fields for key in row})) or "none"
                raise BatchError(f"--together-by {by}: no article has that field (theirs: {theirs})")  # a typo, most likely
            groups = by_similarity(documents) if by == SIMILARITY else by_field(fields, by)
            extension = EXTENSIONS[config.output_format]
            for number, members in enumerate(groups, start=1):
                output = f"group-{number}{extension}"
                target = config.out_dir / output
                record: dict[str, Any] = {"group": number, "members": [{"id": items[k].id, "source": items[k].source} for k in members]}
                try:
                    problem = guard.problem(target)
                    if problem:
                        raise ValueError(problem)
                    foreign = guard.foreign(target)
                    if foreign is not None:  # remembered, so that a re-run spares the file too
                        record["blocked"] = output
                        raise ValueError(f"{target}: not written: it {foreign}")
                    chosen = [documents[k] for k in members]
                    summary = together(summarizer, chosen) if len(chosen) > 1 else summarizer.summarize_document(chosen[0])
                    write_atomically(str(target), render(summary, config.output_format) + "\n", make_folders=False)
                    record.update(status="ok", output=output, lines=[line.text for line in summary.lines], warnings=list(summary.warnings),
                                  language=summary.document.language, language_code=code_of(summary.document.language))
                    report.groups += 1
                    report.articles += len(members)
                except Exception as exc:  # noqa: BLE001 - one group's failure is recorded, the others go on
                    record.update(status="failed", error=str(exc))
                    report.failed += len(members)
                records.append(record)
        except KeyboardInterrupt:
            # As `summarize batch` does: the groups written so far stay and are listed, exit 130.
            report.interrupted = True
        write_groups(config.out_dir, records)
        if config.output_format == "html":
            from summarizer.batch.index_page import write_index_page

            write_index_page(config.out_dir, map(_index_row, records), config.options.language, guard)
    return report


def _index_row(record: dict[str, Any]) -> dict[str, Any]:
    """A groups.jsonl row as the HTML index page lists a document: a group by its number and
    members, an article that could not be read by its id and reason."""
    if "group" not in record:
        return record
    members = [member["id"] for member in record["members"]]
    title = f"{len(members)} articles: {', '.join(members)}" if len(members) > 1 else members[0]
    return {"id": f"group-{record['group']}", "title": title, "status": record.get("status"), "output": record.get("output"),
            "summary": record.get("lines") or [], "error": record.get("error", ""),
            "language": record.get("language"), "language_code": record.get("language_code")}
